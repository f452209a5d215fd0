"""CLI: --version, --help and usage errors are printed once, not once per parser."""

from __future__ import annotations

import pytest

from ghostdesk import __version__
from ghostdesk.cli import main


def test_version_is_printed_once(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.splitlines() == [f"GhostDesk {__version__}"]


def test_help_is_printed_once_and_lists_the_subcommands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.count("usage: ghostdesk") == 1
    assert "check" in out and "--workspace" in out


def test_a_usage_error_is_reported_once(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--quit-after", "soon"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("usage: ghostdesk") == 1
