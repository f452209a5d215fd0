"""CLI: one module per subcommand group, each with `register(subparsers, json_parent)`."""

# One line per module; the order is the order `ghostdesk --help` lists them.
COMMAND_MODULES = (
    "workspace",
    "voice",
    "posts",
    "ambassadors",
    "markets",
    "assist",
    "variants",
    "campaigns",
    "results",
    "kits",
    "trash",
)
