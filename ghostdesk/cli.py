"""The `ghostdesk` entry point: no subcommand opens the GUI; subcommands run the same services, scriptable.

Exit codes: 0 done, 1 failed with a clear message, 2 bad usage. `--json` prints machine-readable output.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import io
import os
import sys
from collections.abc import Sequence

from ghostdesk import __version__
from ghostdesk.commands import COMMAND_MODULES
from ghostdesk.domain.errors import GhostDeskError


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ghostdesk",
        description="GhostDesk: executive posts, market variants, amplification plans and share kits.",
    )
    parser.add_argument("--version", action="version", version=f"GhostDesk {__version__}")
    gui = parser.add_argument_group("opening the application (no subcommand)")
    gui.add_argument("--workspace", metavar="PATH", help="workspace file to open")
    gui.add_argument("--demo", action="store_true", help="open the ready demo workspace")
    gui.add_argument("--read-only", action="store_true", help="open the workspace without changing it")
    gui.add_argument("--no-crash-dialog", action="store_true", help="log unexpected errors and exit instead of asking")
    # For smoke tests and benchmarks: close after MS milliseconds / print when first idle, then quit.
    gui.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    gui.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    from ghostdesk.commands.output import json_parent

    parser.epilog = (
        "Run 'ghostdesk COMMAND --help' for a command's options. Exit codes: 0 done; 1 failed, with the reason on "
        'stderr (with --json, {"error": …} on stdout); 2 bad usage.'
    )
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parent = json_parent()
    for module_name in COMMAND_MODULES:
        importlib.import_module(f"ghostdesk.commands.{module_name}").register(subcommands, parent)
    from ghostdesk.commands.output import describe_arguments

    describe_arguments(parser)
    return parser


# The GUI's own options (build_parser's "opening the application" group): name → (attribute, value type or None
# for a flag). `_plain_gui_arguments` reads them without argparse when argv holds nothing else.
_GUI_OPTIONS: dict[str, tuple[str, type | None]] = {
    "--workspace": ("workspace", str),
    "--demo": ("demo", None),
    "--read-only": ("read_only", None),
    "--no-crash-dialog": ("no_crash_dialog", None),
    "--quit-after": ("quit_after", int),
    "--startup-probe": ("startup_probe", None),
}


def _plain_gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The GUI's arguments when argv is only the GUI's options, spelled out in full, each value a plain one
    (`--workspace PATH`, `--quit-after=MS`); else None, and argparse reads argv (abbreviations, help, errors,
    subcommands). Start-up pays ≈4 ms for an argparse parser: it asks gettext for each of its texts, and
    gettext looks for catalogue files on disk at every call. The result is the Namespace argparse would give
    (tests/test_cli.py compares the two)."""
    values: dict[str, object] = {attribute: None if kind else False for attribute, kind in _GUI_OPTIONS.values()}
    values["command"] = None
    items = iter(argv)
    for item in items:
        name, equals, inline = item.partition("=")
        if name not in _GUI_OPTIONS:
            return None
        attribute, kind = _GUI_OPTIONS[name]
        if kind is None:
            if equals:
                return None
            values[attribute] = True
            continue
        text = inline if equals else next(items, None)
        if text is None or (not equals and text.startswith("-")):
            return None
        try:
            values[attribute] = kind(text)
        except ValueError:
            return None
    return argparse.Namespace(**values)


def _gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The GUI's arguments when only GUI options are given (the GUI then starts without loading every
    subcommand), else None."""
    # This probe only decides; its own --version, --help or usage error would print a second time after
    # the full parser's, so whatever it prints is discarded.
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            args, rest = build_parser(with_commands=False).parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest or any(a in ("-h", "--help") for a in argv) else args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The probe's own parse is the GUI's: with nothing left over, the same parser would read the same values.
    args = _plain_gui_arguments(argv) or _gui_arguments(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if args.command is None:
        # Start-up creates ~30,000 objects that live as long as the process (modules, classes, Qt's enums): the
        # cyclic collector would walk them ~60 times for almost nothing. It is off until the window, with its
        # first page, is built and shown; ui.app.run then freezes those objects out of later collections and
        # turns it back on.
        gc.disable()
        try:
            # A string import keeps Qt out of every scripted run; only the GUI path loads it.
            return importlib.import_module("ghostdesk.ui.app").run(args)
        finally:
            gc.enable()
    from ghostdesk.commands.output import Output

    out = Output(json_mode=getattr(args, "json", False))
    try:
        return int(args.handler(args, out) or 0)
    except GhostDeskError as exc:
        out.error(exc)
        return 1
    except KeyboardInterrupt:
        out.fail("interrupted")
        return 1
    except BrokenPipeError:
        # `ghostdesk … --json | head`: the reader left. Say nothing (Python would print a traceback at exit).
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
