"""UI: the PySide6 face of GhostDesk. The only package that imports Qt."""
