"""CLI: the real entry point, its exit codes and its JSON."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ghostdesk import __version__
from ghostdesk.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    """Through the installed console script when present (the real entry point), else `python -m`."""
    script = shutil.which("ghostdesk-cli", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "ghostdesk"]
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=60, env=os.environ.copy())


def test_version_and_help():
    done = run("--version")
    assert done.returncode == 0 and __version__ in done.stdout
    done = run("--help")
    assert done.returncode == 0
    for command in ("init", "demo", "check", "backup", "restore"):
        assert command in done.stdout


def test_bad_usage_exits_2():
    assert run("restore", "only-a-backup").returncode == 2
    assert run("no-such-command").returncode == 2


def test_init_check_backup_restore_round_trip(tmp_path):
    target = tmp_path / "team"
    done = run("init", str(target), "--name", "Team", "--json")
    assert done.returncode == 0, done.stderr
    created = json.loads(done.stdout)
    assert created == {"path": str(target) + ".ghostdesk", "name": "Team"}

    done = run("check", created["path"], "--json")
    report = json.loads(done.stdout)
    assert done.returncode == 0
    assert report["ok"] is True and report["name"] == "Team"
    assert report["schema_version"] == report["latest_schema_version"] >= 2

    done = run("backup", created["path"], "--json")
    backup = json.loads(done.stdout)["path"]
    assert done.returncode == 0 and Path(backup).parent.name == "backups"

    done = run("restore", backup, "--to", str(tmp_path / "again"), "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["path"] == str(tmp_path / "again.ghostdesk")
    assert run("check", str(tmp_path / "again.ghostdesk")).returncode == 0


def test_init_never_overwrites(tmp_path):
    target = tmp_path / "w.ghostdesk"
    target.write_text("mine")
    done = run("init", str(target))
    assert done.returncode == 1
    assert "already exists" in done.stderr and "Traceback" not in done.stderr
    assert target.read_text() == "mine"


def test_check_on_bad_files_says_so_clearly(tmp_path, capsys):
    text = tmp_path / "notes.ghostdesk"
    text.write_text("shopping list")
    assert main(["check", str(text)]) == 1
    err = capsys.readouterr().err
    assert "not a GhostDesk workspace" in err and "Traceback" not in err

    assert main(["check", str(tmp_path / "missing.ghostdesk"), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["error"]["code"] == "workspace_not_found"
    assert payload["error"]["next_step"]


def test_check_on_corrupt_file_names_the_newest_good_backup(tmp_path, capsys):
    assert main(["init", str(tmp_path / "w")]) == 0
    path = tmp_path / "w.ghostdesk"
    assert main(["backup", str(path)]) == 0
    capsys.readouterr()
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\x00" * 3900  # the schema page is wiped
    path.write_bytes(bytes(data))
    assert main(["check", str(path), "--json"]) == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] in ("workspace_corrupt", "not_a_workspace")
    if error["code"] == "workspace_corrupt":
        assert error["newest_good_backup"].endswith(".manual.ghostdesk")


def test_demo_creates_a_checked_workspace(tmp_path, capsys):
    assert main(["demo", str(tmp_path / "demo"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["name"] == "Lumenvale (demo)"
    assert main(["demo", str(tmp_path / "demo")]) == 1, "an existing file is not replaced without --force"
    assert main(["demo", str(tmp_path / "demo"), "--force"]) == 0
    assert main(["check", str(tmp_path / "demo.ghostdesk")]) == 0


@pytest.mark.parametrize("command", [["init"], ["check"], ["backup"]])
def test_missing_arguments_are_usage_errors(command):
    with pytest.raises(SystemExit) as caught:
        main(command)
    assert caught.value.code == 2


def test_check_and_backup_leave_nothing_beside_the_workspace(tmp_path):
    assert main(["init", str(tmp_path / "w.ghostdesk")]) == 0
    assert main(["check", str(tmp_path / "w.ghostdesk")]) == 0
    assert main(["backup", str(tmp_path / "w.ghostdesk"), "--to", str(tmp_path / "copies")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copies", "w.ghostdesk"]


def test_check_while_the_workspace_is_open_keeps_the_open_connection_working(tmp_path):
    from ghostdesk.services import workspaces

    workspace = workspaces.create(tmp_path / "w.ghostdesk")
    try:
        workspace.db.execute("CREATE TABLE scratch (x)")
        assert workspaces.check(workspace.path).ok
        with workspace.db.atomic():
            workspace.db.execute("INSERT INTO scratch VALUES (1)")
        assert (tmp_path / "w.ghostdesk-wal").exists()  # still the open connection's
        assert workspace.db.execute("SELECT x FROM scratch").fetchall() == [(1,)]
    finally:
        workspace.close()
    assert workspaces.check(tmp_path / "w.ghostdesk").ok


def test_check_leaves_a_backup_copy_byte_for_byte_as_it_was(tmp_path):
    """Backup copies are in rollback-journal mode: checking one must not switch it to WAL (or touch it)."""
    assert main(["init", str(tmp_path / "w.ghostdesk")]) == 0
    assert main(["backup", str(tmp_path / "w.ghostdesk"), "--to", str(tmp_path / "copies")]) == 0
    (copy,) = (tmp_path / "copies").iterdir()
    before, mtime = copy.read_bytes(), copy.stat().st_mtime_ns
    assert before[18:20] == b"\x01\x01"
    assert main(["check", str(copy)]) == 0
    assert copy.read_bytes() == before and copy.stat().st_mtime_ns == mtime


def test_the_gui_path_reads_its_plain_options_without_building_a_parser(monkeypatch):
    # Start-up reads the GUI's own options, spelled out in full, without argparse (≈4 ms of gettext lookups);
    # anything else (an abbreviation, help, a subcommand) goes to argparse: first the small GUI-only parser,
    # then the full one when that one does not settle it. (Was: always one small parser.)
    import types

    from ghostdesk import cli

    built, started = [], []
    original = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda **kw: (built.append(kw), original(**kw))[1])
    gui = types.SimpleNamespace(run=lambda args: (started.append(args), 0)[1])
    with monkeypatch.context() as patch:
        patch.setattr(cli.importlib, "import_module", lambda name: gui)
        assert main(["--demo", "--read-only"]) == 0
        assert built == []
        assert main(["--work", "x.ghostdesk"]) == 0  # argparse's abbreviations still work, through argparse
        assert built == [{"with_commands": False}]
    first, second = started
    assert first.demo and first.read_only and first.workspace is None and first.command is None
    assert second.workspace == "x.ghostdesk" and not second.demo
    built.clear()
    with pytest.raises(SystemExit):
        main(["--help"])  # anything else still gets the full parser (its help lists every subcommand)
    assert built[-1] == {}


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--demo", "--startup-probe", "--no-crash-dialog"],
        ["--workspace", "a b.ghostdesk", "--read-only"],
        ["--workspace=w.ghostdesk", "--quit-after=0"],
        ["--quit-after", "250", "--demo", "--demo"],
        ["--workspace", "first", "--workspace", "second"],
        ["--workspace="],
        ["--quit-after=-5"],
    ],
)
def test_the_plain_reading_of_gui_options_gives_what_argparse_gives(argv):
    import argparse

    from ghostdesk import cli

    plain = cli._plain_gui_arguments(argv)
    expected, rest = cli.build_parser(with_commands=False).parse_known_args(argv)
    assert rest == []
    assert isinstance(plain, argparse.Namespace) and vars(plain) == vars(expected)


@pytest.mark.parametrize(
    "argv",
    [
        ["--work", "x"],  # an abbreviation
        ["--workspace"],  # a value missing
        ["--workspace", "--demo"],
        ["--workspace", "-x"],
        ["--quit-after", "soon"],  # not a number
        ["--quit-after", "-5"],
        ["--demo=yes"],  # a flag with a value
        ["--demo", "check", "x"],  # a subcommand
        ["--", "--demo"],
        ["-h"],
        ["--version"],
    ],
)
def test_anything_else_is_left_to_argparse(argv):
    from ghostdesk import cli

    assert cli._plain_gui_arguments(argv) is None
