"""`ghostdesk ambassadors …` as a script uses it: exit codes, JSON, nothing written on invalid rows."""

import csv
import json

import pytest

from ghostdesk.cli import main
from ghostdesk.services import ambassadors, workspaces


@pytest.fixture
def ws_path(tmp_path):
    path = tmp_path / "w.ghostdesk"
    workspaces.create(path).close()
    return path


def run(capsys, *argv):
    code = main(list(argv))
    return code, capsys.readouterr()


def count(path):
    with workspaces.open_workspace(path) as ws:
        return ambassadors.counts(ws.db).total


def test_invalid_rows_exit_1_with_json_errors_and_write_nothing(capsys, ws_path, files):
    code, out = run(capsys, "ambassadors", "import", str(files / "ambassadors" / "row_errors.csv"),
                    "--workspace", str(ws_path), "--json")  # fmt: skip
    data = json.loads(out.out)
    assert code == 1
    assert data["created"] == 1 and data["updated"] == 0 and data["written"] is False
    assert [(e["line"], e["reason"]) for e in data["errors"]][:2] == [(3, "bad_email"), (4, "unknown_market")]
    assert count(ws_path) == 0


def test_skip_invalid_imports_the_rest(capsys, ws_path, files):
    code, out = run(capsys, "ambassadors", "import", str(files / "ambassadors" / "row_errors.csv"),
                    "--workspace", str(ws_path), "--skip-invalid", "--json")  # fmt: skip
    assert code == 0 and json.loads(out.out)["written"] is True
    assert count(ws_path) == 1


def test_dry_run_then_import_then_reimport_updates(capsys, ws_path, files):
    source = str(files / "ambassadors" / "fr_excel_cp1252.csv")
    code, out = run(capsys, "ambassadors", "import", source, "--workspace", str(ws_path), "--dry-run")
    assert code == 0 and "Dry run" in out.out and count(ws_path) == 0
    code, out = run(capsys, "ambassadors", "import", source, "--workspace", str(ws_path), "--json")
    assert json.loads(out.out)["created"] == 4
    code, out = run(capsys, "ambassadors", "import", source, "--workspace", str(ws_path), "--json")
    assert (json.loads(out.out)["created"], json.loads(out.out)["unchanged"]) == (0, 4)
    assert count(ws_path) == 4


def test_unreadable_file_is_a_clear_error(capsys, ws_path, tmp_path):
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 64)
    code, out = run(capsys, "ambassadors", "import", str(bad), "--workspace", str(ws_path), "--json")
    assert code == 1 and json.loads(out.out)["error"]["code"] == "import_unreadable"


def test_export_consent_and_data_protection(capsys, ws_path, files, tmp_path):
    run(capsys, "ambassadors", "import", str(files / "ambassadors" / "de_headers.csv"), "--workspace", str(ws_path))
    code, _ = run(capsys, "ambassadors", "opt-in", "anna.weiss@lumenvale.example", "--workspace", str(ws_path))
    assert code == 0
    out_file = tmp_path / "out.csv"
    code, _ = run(capsys, "ambassadors", "export", "--workspace", str(ws_path), "--out", str(out_file))
    rows = list(csv.DictReader(out_file.open(encoding="utf-8-sig")))
    assert code == 0 and {r["email"]: r["consent"] for r in rows}["anna.weiss@lumenvale.example"] == "opted_in"

    code, out = run(capsys, "ambassadors", "export-person", "anna.weiss@lumenvale.example", "--workspace", str(ws_path))
    assert json.loads(out.out)["ambassador"]["name"] == "Anna Weiß"

    code, out = run(capsys, "ambassadors", "erase", "anna.weiss@lumenvale.example", "--workspace", str(ws_path))
    assert code == 2 and count(ws_path) == 2
    code, _ = run(capsys, "ambassadors", "erase", "anna.weiss@lumenvale.example", "--workspace", str(ws_path), "--yes")
    assert code == 0 and count(ws_path) == 1
    code, out = run(capsys, "ambassadors", "export-person", "anna.weiss@lumenvale.example", "--workspace",
                    str(ws_path), "--json")  # fmt: skip
    assert code == 1 and json.loads(out.out)["error"]["code"] == "not_found"


def test_encoding_and_delimiter_can_be_forced(capsys, ws_path, files):
    source = str(files / "ambassadors" / "fr_excel_cp1252.csv")
    code, out = run(capsys, "ambassadors", "import", source, "--workspace", str(ws_path), "--dry-run", "--json",
                    "--encoding", "cp1252", "--delimiter", "semicolon")  # fmt: skip
    data = json.loads(out.out)
    assert code == 0 and (data["encoding"], data["delimiter"], data["created"]) == ("cp1252", ";", 4)
    code, out = run(
        capsys, "ambassadors", "import", source, "--workspace", str(ws_path), "--json", "--encoding", "utf-8"
    )
    assert code == 1 and json.loads(out.out)["error"]["code"] == "import_unreadable"
