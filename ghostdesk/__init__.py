"""GhostDesk: write in an executive's voice, adapt per market, plan the amplification, send share kits."""

__version__ = "0.1.0"
APP_NAME = "GhostDesk"
