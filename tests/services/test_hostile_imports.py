"""Services: files a person really picks by mistake — a database, random bytes or a spreadsheet of the wrong
kind renamed .csv, a file without the expected columns, a decisions file that is not one. Each is refused in
words that say what the file is and what is missing, and nothing is written."""

from __future__ import annotations

import os
import sqlite3

import pytest

from ghostdesk.domain.ambassador import ImportMissingColumns, ImportUnreadable
from ghostdesk.domain.campaigns import ReviewPackageInvalid
from ghostdesk.domain.results import ResultsMappingNeeded
from ghostdesk.services import ambassador_import, ambassadors, campaign_files, results_import
from ghostdesk.services.ambassador_sources import read_bytes


def _sqlite_bytes(tmp_path) -> bytes:
    path = tmp_path / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT, email TEXT)")
    conn.executemany("INSERT INTO people VALUES (?, ?)", [(f"P{i}", f"p{i}@lumenvale.example") for i in range(200)])
    conn.commit()
    conn.close()
    return path.read_bytes()


def _binaries(tmp_path) -> dict[str, bytes]:
    return {
        "an SQLite database": _sqlite_bytes(tmp_path),
        "random bytes": bytes(range(256)) * 8 + os.urandom(2000),
        "a PNG image": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(500),
    }


def test_a_binary_file_renamed_csv_is_called_what_it_is(tmp_path):
    """They used to be refused as "not in utf-16-be" or "not in cp1252", sending people hunting for an encoding."""
    for what, data in _binaries(tmp_path).items():
        with pytest.raises(ImportUnreadable) as caught:
            read_bytes(data, "roster.csv")
        assert caught.value.fields["reason"] == "binary", what
        assert "does not hold text" in caught.value.message, what
        assert "utf" not in caught.value.message and "cp1252" not in caught.value.message, what


def test_a_text_roster_with_one_stray_byte_past_the_sample_keeps_its_encoding_error():
    """Detection samples the file's head; a UTF-8 roster with one Windows-1252 "é" near its end is text, and its
    error says where (it was called "does not hold text" for a while)."""
    rows = "".join(f"Person {i},p{i}@lumenvale.example,FR\n" for i in range(12_000))
    data = ("name,email,market\n" + rows).encode("utf-8") + "Ren\xe9,rene@lumenvale.example,FR\n".encode("cp1252")
    with pytest.raises(ImportUnreadable) as caught:
        read_bytes(data, "roster.csv")
    assert caught.value.fields["reason"] == "encoding"
    assert "does not hold text" not in caught.value.message


def test_text_in_every_encoding_people_send_still_reads(tmp_path):
    rows = "name,email,market\nRené Müller,rene@lumenvale.example,DE\n"
    for encoding in ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-le", "utf-16-be"):
        table = read_bytes(rows.encode(encoding), "roster.csv")
        assert table.rows[0].cells[0] == "René Müller", encoding
    semicolons = read_bytes(rows.replace(",", ";").encode("utf-8"), "roster.csv")
    assert semicolons.delimiter == ";" and semicolons.rows[0].cells[1] == "rene@lumenvale.example"


def test_a_forced_encoding_that_does_not_fit_still_says_so(tmp_path):
    with pytest.raises(ImportUnreadable) as caught:
        read_bytes("name,email\nÉmile,e@x.example\n".encode(), "roster.csv", encoding="ascii")
    assert caught.value.fields["reason"] == "encoding"


def test_a_roster_without_the_needed_columns_names_them_and_the_file_s_own(workspace, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Badge,Desk\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportMissingColumns) as caught:
        ambassador_import.import_file(workspace.db, path, ambassador_import.ImportOptions(), actor="t")
    assert caught.value.message == "export.csv has no column for: email, name (its columns: Badge, Desk)"
    assert caught.value.fields["headers"] == ["Badge", "Desk"]
    assert ambassadors.counts(workspace.db).total == 0


def test_a_binary_roster_writes_nothing(workspace, tmp_path):
    for what, data in _binaries(tmp_path).items():
        path = tmp_path / "roster.csv"
        path.write_bytes(data)
        with pytest.raises(ImportUnreadable):
            ambassador_import.import_file(workspace.db, path, ambassador_import.ImportOptions(), actor="t")
        assert ambassadors.counts(workspace.db).total == 0, what


def test_a_results_file_without_the_needed_columns_names_them(workspace, tmp_path):
    path = tmp_path / "analytics.csv"
    path.write_text("Day,Visitors\n2027-03-16,12\n", encoding="utf-8")
    with pytest.raises(ResultsMappingNeeded) as caught:
        results_import.import_file(workspace.db, path, "utm", actor="t")
    message = caught.value.message
    assert message.startswith("No column for: ") and "(the file's columns: Day, Visitors)" in message
    assert all(field in message for field in caught.value.fields["missing"])


def test_a_binary_results_file_is_called_what_it_is(workspace, tmp_path):
    path = tmp_path / "analytics.csv"
    path.write_bytes(_sqlite_bytes(tmp_path))
    with pytest.raises(Exception) as caught:
        results_import.import_file(workspace.db, path, "utm", actor="t")
    assert "does not hold text" in str(caught.value)


@pytest.mark.parametrize(
    "content",
    [b"", b"name,email\n", "é".encode("latin-1") * 10, b"\xff\xfe" + "{}".encode("utf-16-le"), b"\x00" * 64],
)
def test_a_decisions_file_that_is_not_one_is_refused_in_plain_words(workspace, tmp_path, content):
    path = tmp_path / "decisions.json"
    path.write_bytes(content)
    with pytest.raises(ReviewPackageInvalid) as caught:
        campaign_files.import_decisions(workspace.db, path, actor="t")
    message = caught.value.message
    assert message == f"{path} is not a review file GhostDesk wrote (it cannot be read as one)"
    for jargon in ("Expecting value", "codec", "char 0", "position"):
        assert jargon not in message


def test_a_repeated_or_unknown_column_is_named_not_dropped_silently(workspace, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text(
        "name,email,market,email,Badge\nAnn Example,ann@lumenvale.example,US,ann.private@example.org,7\n",
        encoding="utf-8",
    )
    options = ambassador_import.ImportOptions(dry_run=True)
    report = ambassador_import.import_file(workspace.db, path, options, actor="t")
    assert report.ignored_columns == ["email", "Badge"]
    assert report.to_dict()["ignored_columns"] == ["email", "Badge"]
    assert report.created == 1 and ambassadors.counts(workspace.db).total == 0


def test_ten_thousand_rows_with_formulas_and_control_characters(workspace, tmp_path):
    """A large file is read whole; a control character is reported on its own line; formula-looking names are
    kept as text (the roster CSV export neutralises them, see test_file_properties)."""
    lines = ["name,email,market"] + [f"Person {i},p{i}@lumenvale.example,US" for i in range(10_000)]
    lines[5] = '=HYPERLINK("http://x"),formula@lumenvale.example,US'
    lines[7] = "Bell\x07Ringer,bell@lumenvale.example,US"
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = ambassador_import.import_file(workspace.db, path, ambassador_import.ImportOptions(), actor="t")
    assert report.rows == 10_000 and not report.written
    assert [(e.line, e.reason) for e in report.errors] == [(8, "bad_name")]
    assert ambassadors.counts(workspace.db).total == 0, "all rows or none"


def test_another_csv_offered_as_shares_csv_is_called_what_it_is(tmp_path):
    from ghostdesk.domain.voice import VoiceImportError
    from ghostdesk.services import voice_import

    path = tmp_path / "Shares.csv"
    path.write_text("name,email,market\nAnn,ann@lumenvale.example,US\n", encoding="utf-8")
    with pytest.raises(VoiceImportError) as caught:
        voice_import.read_posts(path)
    # It said "Shares.csv: 1 row(s) could not be read", as if one post were damaged.
    assert caught.value.message == (
        "Shares.csv is not LinkedIn's Shares.csv: it has no ShareCommentary column (its columns: name, email, "
        "market); nothing was imported"
    )
    assert [p.code for p in caught.value.problems] == ["missing_column"]


def test_the_cli_lists_the_shares_rows_it_could_not_read(workspace, tmp_path, capsys):
    from ghostdesk.cli import main

    path = tmp_path / "Shares.csv"
    path.write_text('Date,ShareCommentary\n2024-01-01,"A fine post"\n2024-01-02,"broken"x,\n', encoding="utf-8")
    args = ["voice", "add", "--workspace", str(workspace.path), "--name", "Ann", "--samples", str(path)]
    workspace.close()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "1 row(s) could not be read; nothing was imported" in err
    assert "  row 3: cannot be read" in err and "check its quotes" in err
