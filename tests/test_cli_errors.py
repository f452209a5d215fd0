"""CLI: what a person reads when something goes wrong — one plain sentence on stderr, what to do next, a
non-zero exit code, never a traceback nor SQLite's or a parser's own words."""

from __future__ import annotations

import argparse
import io
import json
import os

from ghostdesk.cli import build_parser, main

JARGON = ("Traceback", "malformed", "database disk image", "Expecting value", "codec", "sqlite3")


def _damaged(tmp_path, capsys, *, backup: bool):
    assert main(["init", str(tmp_path / "w")]) == 0
    path = tmp_path / "w.ghostdesk"
    if backup:
        assert main(["backup", str(path)]) == 0
    capsys.readouterr()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # cut short, as an interrupted copy leaves it
    return path


def test_a_damaged_workspace_names_its_newest_good_backup_from_any_command(tmp_path, capsys):
    path = _damaged(tmp_path, capsys, backup=True)
    assert main(["variants", "status", "--workspace", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path} is damaged and cannot be opened safely" in err
    assert "ghostdesk restore " in err and ".manual.ghostdesk --to NEW_PATH" in err
    assert not any(word in err for word in JARGON)

    assert main(["variants", "status", "--workspace", str(path), "--json"]) == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "workspace_corrupt"
    assert error["newest_good_backup"].endswith(".manual.ghostdesk")
    assert error["problems"], "SQLite's own words stay available to scripts"


def test_a_damaged_workspace_without_a_backup_says_there_is_none(tmp_path, capsys):
    path = _damaged(tmp_path, capsys, backup=False)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "No good backup of it was found" in err and "ghostdesk restore" not in err
    assert not any(word in err for word in JARGON)


def test_import_errors_say_what_is_missing_and_what_to_do(tmp_path, capsys):
    assert main(["init", str(tmp_path / "w")]) == 0
    roster = tmp_path / "people.csv"
    roster.write_text("Badge,Desk\n1,2\n", encoding="utf-8")
    assert main(["ambassadors", "import", str(roster), "--workspace", str(tmp_path / "w.ghostdesk")]) == 1
    err = capsys.readouterr().err
    assert "people.csv has no column for: email, name (its columns: Badge, Desk)" in err
    assert "Nothing was imported" in err

    figures = tmp_path / "figures.csv"
    figures.write_text("Day,Visitors\n2027-03-16,12\n", encoding="utf-8")
    ws = str(tmp_path / "w.ghostdesk")
    assert main(["results", "import", str(figures), "--workspace", ws, "--format", "utm"]) == 1
    err = capsys.readouterr().err
    assert "No column for:" in err and "--map FIELD=COLUMN" in err

    figures.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    assert main(["results", "import", str(figures), "--workspace", ws, "--format", "utm"]) == 1
    err = capsys.readouterr().err
    assert "figures.csv is not a CSV or .xlsx file GhostDesk can read" in err
    assert not any(word in err for word in JARGON)


class _ClosedPipe(io.StringIO):
    """stdout whose reader has gone (`ghostdesk … --json | head -1`)."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        return self._fd


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path, capsys, monkeypatch):
    assert main(["init", str(tmp_path / "w")]) == 0
    capsys.readouterr()
    fd = os.open(tmp_path / "sink", os.O_WRONLY | os.O_CREAT)
    try:
        monkeypatch.setattr("sys.stdout", _ClosedPipe(fd))
        assert main(["markets", "list", "--workspace", str(tmp_path / "w.ghostdesk"), "--json"]) == 1
    finally:
        os.close(fd)
    assert "Traceback" not in capsys.readouterr().err


def _arguments(parser: argparse.ArgumentParser, prefix: str):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield f"{prefix} {name}", helps.get(name)
                yield from _arguments(sub, f"{prefix} {name}")
        elif action.dest != "help":
            yield f"{prefix} {'/'.join(action.option_strings) or action.dest}", action.help


def test_every_command_and_option_says_what_it_is_for():
    silent = [name for name, text in _arguments(build_parser(), "ghostdesk") if not text]
    assert not silent, "no help text: " + ", ".join(silent)


def test_a_draft_to_score_that_is_missing_or_not_text_is_said_plainly(tmp_path, capsys):
    assert main(["demo", str(tmp_path / "demo")]) == 0
    capsys.readouterr()
    demo = str(tmp_path / "demo.ghostdesk")
    binary = tmp_path / "draft.txt"
    binary.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 4)
    latin = tmp_path / "brouillon.txt"
    latin.write_bytes("Une idée simple, portée par l’équipe.".encode("cp1252"))
    for path, expected in ((tmp_path / "missing.txt", "is not a file"), (binary, "is not readable text")):
        args = ["voice", "score", "--workspace", demo, "--executive", "Claire Moreau", "--text-file", str(path)]
        assert main(args) == 1
        err = capsys.readouterr().err
        assert expected in err and not any(word in err for word in JARGON)
    args = ["voice", "score", "--workspace", demo, "--executive", "Claire Moreau", "--text-file", str(latin)]
    assert main(args) == 0, "a Windows-1252 draft is read, not refused"


def test_backup_and_restore_mistakes_get_the_right_advice(tmp_path, capsys):
    assert main(["init", str(tmp_path / "w")]) == 0
    capsys.readouterr()
    assert main(["restore", str(tmp_path / "nothing.ghostdesk"), "--to", str(tmp_path / "new")]) == 1
    err = capsys.readouterr().err
    assert "No backup at" in err and "backups folder beside their workspace" in err and "ghostdesk init" not in err
    assert main(["init", str(tmp_path / "no-such-folder" / "w")]) == 1
    assert "Create the folder first" in capsys.readouterr().err
    assert not (tmp_path / "new.ghostdesk").exists()


def test_a_copy_into_a_place_that_cannot_be_written_is_not_called_missing(tmp_path):
    """It used to be WorkspaceNotFound ("There is no workspace at … It may have been moved or deleted")."""
    import pytest

    from ghostdesk.domain.errors import WorkspaceReadOnly
    from ghostdesk.services import workspaces

    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    with workspaces.create(tmp_path / "w") as ws, pytest.raises(WorkspaceReadOnly):
        workspaces.save_copy(ws, blocker / "copy.ghostdesk")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_mistyped_ids_are_said_plainly_and_write_nothing(tmp_path, capsys):
    """Each of these ended in a traceback (a foreign-key failure, an enum's ValueError) or, for `report`, wrote two
    empty reports named after the typo and said "Wrote …"."""
    assert main(["demo", str(tmp_path / "demo")]) == 0
    demo = str(tmp_path / "demo.ghostdesk")
    capsys.readouterr()
    campaign = "Grid week 2027"
    cases = [
        (["campaigns", "add-post", "--workspace", demo, "--campaign", campaign, "--post", "nope", "--day",
          "2027-03-10"], "No post nope"),
        (["campaigns", "approve", "--workspace", demo, "--campaign", campaign, "--item", "bogus"],
         "--item is slot:ID, waves, campaign or all, not 'bogus'"),
        (["report", "--workspace", demo, "--campaign", "nope", "--out", str(tmp_path / "reports")],
         "No campaign 'nope', and no results recorded for it"),
    ]  # fmt: skip
    for args, expected in cases:
        assert main(args) == 1, args
        err = capsys.readouterr().err
        assert expected in err and not any(word in err for word in JARGON), args
    assert not (tmp_path / "reports").exists()


def test_the_main_help_says_how_to_learn_more_and_what_exit_codes_mean(capsys):
    import pytest

    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "ghostdesk COMMAND --help" in text and "Exit codes: 0 done; 1 failed" in text


def test_a_command_that_writes_to_a_workspace_open_in_the_app_says_what_to_do(tmp_path, capsys):
    from ghostdesk.services import workspaces

    assert main(["init", str(tmp_path / "w")]) == 0
    capsys.readouterr()
    path = tmp_path / "w.ghostdesk"
    with workspaces.open_workspace(path):  # "the app" holds it
        args = ["campaigns", "create", "--workspace", str(path), "--name", "Spring", "--start", "2027-03-01",
                "--end", "2027-03-31", "--markets", "US"]  # fmt: skip
        assert main(args) == 1
        err = capsys.readouterr().err
        assert "is open in another GhostDesk" in err
        # It advised "open this one read-only", which a command that writes cannot do.
        assert "read-only" not in err and "Close GhostDesk on this workspace (process " in err
        assert "Commands that only read" in err
        assert main(["campaigns", "list", "--workspace", str(path)]) == 0


def test_a_disk_error_and_a_busy_file_get_their_own_advice():
    import sqlite3
    from pathlib import Path

    from ghostdesk.commands.output import next_step
    from ghostdesk.storage.sqlite_errors import translate_error

    failing = translate_error(sqlite3.OperationalError("disk I/O error"), Path("w.ghostdesk"))
    assert "reconnect the network drive" in next_step(failing) and "Free some" not in next_step(failing)
    busy = translate_error(sqlite3.OperationalError("database is locked"), Path("w.ghostdesk"))
    assert busy.message == "w.ghostdesk is busy: another program is writing to it. Try again in a moment"
    assert "try again in a moment" in next_step(busy)


def test_results_row_errors_come_in_file_order(tmp_path, capsys, files):
    assert main(["init", str(tmp_path / "w")]) == 0
    capsys.readouterr()
    args = ["results", "import", str(files / "results" / "utm_bad_rows.csv"), "--workspace",
            str(tmp_path / "w.ghostdesk"), "--format", "utm"]  # fmt: skip
    assert main(args) == 1
    lines = [
        int(line.split()[1].rstrip(":")) for line in capsys.readouterr().out.splitlines() if line.startswith("  line ")
    ]
    assert len(lines) >= 3 and lines == sorted(lines)  # they came as 3, 4, 2, 5 …: checks first, lookups after


def test_an_empty_workspace_file_names_its_backup(tmp_path, capsys):
    assert main(["init", str(tmp_path / "w")]) == 0
    path = tmp_path / "w.ghostdesk"
    assert main(["backup", str(path)]) == 0
    capsys.readouterr()
    path.write_bytes(b"")
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "is empty (0 bytes)" in err and "ghostdesk restore " in err
