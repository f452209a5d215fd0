"""Importing HR files as they really arrive: encodings, delimiters, header languages, per-row errors."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ghostdesk.domain.ambassador import (
    ImportEmpty,
    ImportMissingColumns,
    ImportRejected,
    ImportTooLarge,
    ImportTooManyRows,
    ImportUnreadable,
)
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.services import ambassador_import as imp
from ghostdesk.services import ambassadors
from ghostdesk.services.ambassador_sources import read_bytes, read_source

OPTS = imp.ImportOptions()


def people(db):
    found = ambassadors.get_many(db, ambassadors.query_ids(db))
    return {p.email: p for p in found.values()}


def test_french_excel_export_in_windows_1252_with_semicolons(workspace, files):
    table = read_source(files / "ambassadors" / "fr_excel_cp1252.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    mapping = imp.guess_mapping(table.headers)
    assert mapping[:5] == ("first_name", "last_name", "email", "team", "market")
    report = imp.run(workspace.db, table, mapping, OPTS, actor="me")
    assert (report.created, report.errors, report.written) == (4, [], True)
    amelie = people(workspace.db)["amelie.lefevre@lumenvale.example"]
    assert (amelie.name, amelie.team, amelie.market, amelie.notes) == (
        "Amélie Lefèvre",
        "Ventes Paris",
        "FR",
        "Très active",
    )
    assert amelie.topics == ("énergie", "réseaux")
    assert amelie.network_size == 1250
    assert people(workspace.db)["zoe.mercier@lumenvale.example"].notes == "Note; avec point-virgule"


def test_utf8_with_bom_and_network_columns(workspace, files):
    table = read_source(files / "ambassadors" / "utf8_bom.csv")
    assert table.encoding == "utf-8-sig" and table.headers[0] == "name"
    report = imp.run(workspace.db, table, imp.guess_mapping(table.headers), OPTS, actor="me")
    assert report.created == 3
    emily = people(workspace.db)["emily.carter@lumenvale.example"]
    assert emily.time_zone == "America/Chicago"
    assert [(n.network, n.url, n.size) for n in emily.networks] == [
        ("linkedin", "https://www.linkedin.com/in/emilycarter", 1200)
    ]
    assert people(workspace.db)["ken.sato@lumenvale.example"].name == "佐藤 健"


def test_utf16_with_tabs(workspace, files):
    table = read_source(files / "ambassadors" / "utf16_tabs.csv")
    assert table.encoding == "utf-16" and table.delimiter == "\t"
    imp.run(workspace.db, table, imp.guess_mapping(table.headers), OPTS, actor="me")
    wang = people(workspace.db)["wang.fang@lumenvale.example"]
    assert (wang.name, wang.market, wang.time_zone, wang.topics) == (
        "王 芳",
        "CN",
        "Asia/Shanghai",
        ("grid", "storage"),
    )


def test_utf16_without_bom_is_recognised():
    data = "Name,E-mail,Pays\nLéa,lea@x.example,FR\n".encode("utf-16-le")
    assert read_bytes(data).encoding == "utf-16-le"


def test_german_headers(workspace, files):
    table = read_source(files / "ambassadors" / "de_headers.csv")
    assert imp.guess_mapping(table.headers)[:5] == ("first_name", "last_name", "email", "team", "market")
    imp.run(workspace.db, table, imp.guess_mapping(table.headers), OPTS, actor="me")
    assert people(workspace.db)["anna.weiss@lumenvale.example"].name == "Anna Weiß"
    assert people(workspace.db)["juergen.schaefer@lumenvale.example"].groups == ("Inner circle",)


def test_french_nom_alone_is_the_full_name_and_german_name_beside_vorname_is_the_surname():
    assert imp.guess_mapping(["Nom", "Courriel", "Pays"]) == ("name", "email", "market")
    assert imp.guess_mapping(["Vorname", "Name", "E-Mail"]) == ("first_name", "last_name", "email")


def test_broken_quoting_is_reported_by_line_and_blocks_the_import(workspace, files):
    table = read_source(files / "ambassadors" / "broken_quoting.csv")
    with pytest.raises(ImportRejected):
        imp.run(workspace.db, table, imp.guess_mapping(table.headers), OPTS, actor="me")
    assert people(workspace.db) == {}
    report = imp.plan(workspace.db, table, imp.guess_mapping(table.headers), OPTS)
    assert [(e.line, e.reason) for e in report.errors] == [(3, "broken_quoting"), (5, "broken_quoting")]
    assert "lines 5–6" in report.errors[1].message


def test_every_row_error_has_a_line_and_reason_and_nothing_is_written(workspace, files):
    table = read_source(files / "ambassadors" / "row_errors.csv")
    mapping = imp.guess_mapping(table.headers)
    report = imp.plan(workspace.db, table, mapping, OPTS)
    assert [(e.line, e.reason) for e in report.errors] == [
        (3, "bad_email"),
        (4, "unknown_market"),
        (5, "bad_time_zone"),
        (6, "duplicate"),
        (7, "bad_number"),
    ]
    with pytest.raises(ImportRejected) as caught:
        imp.run(workspace.db, table, mapping, OPTS, actor="me")
    assert caught.value.fields["count"] == 5
    assert people(workspace.db) == {}
    skipped = imp.run(workspace.db, table, mapping, imp.ImportOptions(skip_invalid=True), actor="me")
    assert skipped.written and list(people(workspace.db)) == ["valid@lumenvale.example"]


def test_dry_run_writes_nothing(workspace, files):
    table = read_source(files / "ambassadors" / "de_headers.csv")
    report = imp.run(workspace.db, table, imp.guess_mapping(table.headers), imp.ImportOptions(dry_run=True), actor="me")
    assert report.created == 2 and not report.written
    assert people(workspace.db) == {}


def test_reimport_updates_by_email_and_keeps_what_empty_cells_do_not_say(workspace):
    first = b"name,email,market,team,groups\nKen Sato,ken@x.example,JP,Sales,Inner circle\n"
    second = b"Name,E-mail,Team,Groups\nKen Sato,KEN@x.example,Field sales,Tokyo\nNew One,new@x.example,,\n"
    imp.run(
        workspace.db,
        read_bytes(first),
        imp.guess_mapping(["name", "email", "market", "team", "groups"]),
        OPTS,
        actor="me",
    )
    table = read_bytes(second)
    report = imp.run(
        workspace.db, table, imp.guess_mapping(table.headers), imp.ImportOptions(default_market="US"), actor="me"
    )
    assert (report.created, report.updated) == (1, 1)
    ken = people(workspace.db)["ken@x.example"]
    assert (ken.market, ken.team, ken.groups) == ("JP", "Field sales", ("Inner circle", "Tokyo"))
    again = imp.run(
        workspace.db, table, imp.guess_mapping(table.headers), imp.ImportOptions(default_market="US"), actor="me"
    )
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert len(people(workspace.db)) == 2


def test_missing_market_without_default_is_a_row_error(workspace):
    table = read_bytes(b"name,email\nA,a@x.example\n")
    report = imp.plan(workspace.db, table, imp.guess_mapping(table.headers), OPTS)
    assert [(e.line, e.reason) for e in report.errors] == [(2, "missing_market")]


def test_required_columns(workspace):
    table = read_bytes(b"name,team\nA,B\n")
    with pytest.raises(ImportMissingColumns) as caught:
        imp.plan(workspace.db, table, imp.guess_mapping(table.headers), OPTS)
    assert caught.value.fields["fields"] == ["email"]


def test_title_line_above_the_header_is_skipped():
    table = read_bytes("Export RH du 12/03/2026\n\nPrénom;Nom;E-mail\nA;B;a@x.example\n".encode())
    assert table.headers == ("Prénom", "Nom", "E-mail") and table.rows[0].line == 4


def test_caps_on_size_and_rows():
    with pytest.raises(ImportTooLarge):
        read_bytes(b"x" * 101, max_bytes=100)
    rows = "name,email\n" + "".join(f"P{i},p{i}@x.example\n" for i in range(12))
    with pytest.raises(ImportTooManyRows) as caught:
        read_bytes(rows.encode(), max_rows=10)
    assert caught.value.fields["limit"] == 10


def test_unreadable_inputs_are_our_errors():
    for data in (b"", b"\xd0\xcf\x11\xe0old excel", b"PK\x03\x04broken zip", b"a\x00b\x00\x00\x00\x00"):
        with pytest.raises(GhostDeskError):
            read_bytes(data, "f")
    with pytest.raises(ImportUnreadable):
        read_bytes("é".encode("cp1252") + b",x\n", encoding="utf-8")
    with pytest.raises(ImportEmpty):
        read_bytes(b"\n\n  \n")


def test_user_can_override_encoding_and_delimiter():
    data = "Prénom|E-mail\nJosé|j@x.example\n".encode("cp1252")
    table = read_bytes(data, encoding="latin-1", delimiter="|")
    assert table.headers == ("Prénom", "E-mail")


def test_xlsx_built_on_the_fly(workspace, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Vorname", "Nachname", "E-Mail", "Land", "Follower"])
    sheet.append(["Jürgen", "Schäfer", "j@x.example", "DE", 1500])
    sheet.append([None, None, None, None, None])
    sheet.append(["Yuki", "Tanaka", "not-an-email", "JP", 12.0])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    table = read_source(path)
    assert table.kind == "xlsx" and table.headers[0] == "Vorname"
    report = imp.plan(workspace.db, table, imp.guess_mapping(table.headers), OPTS)
    assert report.created == 1
    assert [(e.line, e.reason) for e in report.errors] == [(4, "bad_email")]


def test_export_then_import_round_trips(workspace, tmp_path, files):
    table = read_source(files / "ambassadors" / "fr_excel_cp1252.csv")
    imp.run(workspace.db, table, imp.guess_mapping(table.headers), OPTS, actor="me")
    out = tmp_path / "roster.csv"
    ambassadors.export_csv(workspace.db, out)
    back = read_source(out)
    report = imp.plan(workspace.db, back, imp.guess_mapping(back.headers), OPTS)
    assert (report.created, report.updated, report.unchanged, report.errors) == (0, 0, 4, [])


def test_twenty_thousand_rows_import_quickly(workspace):
    import time

    lines = ["name;email;pays;service"] + [f"Person {i};p{i}@x.example;FR;Team {i % 40}" for i in range(20_000)]
    table = read_bytes("\n".join(lines).encode("cp1252"))
    started = time.perf_counter()
    report = imp.run(workspace.db, table, imp.guess_mapping(table.headers), OPTS, actor="me")
    assert report.created == 20_000
    assert time.perf_counter() - started < 20
    assert ambassadors.counts(workspace.db).total == 20_000


# -- property: any input gives a clean import or our own error, never a partial write ---------------

_junk = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12) | st.sampled_from(
    ['"', ";", ",", "=1+1", "Mars/Base", "Atlantis", "", "\t", "a@@b"]
)
_names = st.sampled_from(["Zoé Mercier", "佐藤 健", "Anna Weiß", "O'Brien", "Lee"]) | _junk
_emails = st.integers(0, 40).map(lambda i: f"p{i}@x.example") | _junk
_markets = st.sampled_from(["FR", "Japon", "Deutschland", "US", "cn", ""]) | _junk


@st.composite
def csv_bytes(draw):
    header, sep = draw(
        st.sampled_from([("name,email,market", ","), ("Nom;Courriel;Pays", ";"), ("Name\tE-Mail\tLand", "\t")])
    )
    count = draw(st.integers(0, 8))
    rows = []
    for _ in range(count):
        cells = [draw(_names), draw(_emails), draw(_markets)]
        if draw(st.integers(0, 9)) == 0:
            cells.append(draw(_junk))  # now and then a stray cell
        rows.append(sep.join(cells))
    text = header + "\n" + "\n".join(rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


SUCCESSES: list[int] = []


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=csv_bytes() | st.binary(max_size=200), skip_invalid=st.booleans())
def test_any_input_imports_cleanly_or_fails_with_our_error_and_writes_nothing(workspace, data, skip_invalid):
    before = ambassadors.counts(workspace.db).total
    changes_before = workspace.db.conn.total_changes
    options = imp.ImportOptions(default_market="FR", skip_invalid=skip_invalid)
    try:
        table = read_bytes(data, "fuzz.csv")
        report = imp.run(workspace.db, table, imp.guess_mapping(table.headers), options, actor="fuzz")
    except GhostDeskError:
        assert ambassadors.counts(workspace.db).total == before
        assert workspace.db.conn.total_changes == changes_before
        return
    assert report.written and (skip_invalid or not report.errors)
    assert ambassadors.counts(workspace.db).total == before + report.created
    SUCCESSES.append(report.created + report.updated)


def test_a_failure_while_writing_leaves_nothing_behind(workspace, files, monkeypatch):
    from ghostdesk.storage import audit_repo

    def broken(*args, **kwargs):
        raise OSError("disk pulled out")

    table = read_source(files / "ambassadors" / "fr_excel_cp1252.csv")
    monkeypatch.setattr(audit_repo, "record", broken)
    with pytest.raises(OSError):
        imp.run(workspace.db, table, imp.guess_mapping(table.headers), OPTS, actor="me")
    assert ambassadors.counts(workspace.db).total == 0
    assert workspace.db.execute("SELECT COUNT(*) FROM ambassador_groups").fetchone()[0] == 0


def test_short_rows_are_padded_and_long_rows_refused(workspace):
    table = read_bytes(b"name,email,market,team\nA,a@x.example,FR\nB,b@x.example,FR,Sales,extra\n")
    report = imp.plan(workspace.db, table, imp.guess_mapping(table.headers), OPTS)
    assert report.created == 1
    assert [(e.line, e.reason) for e in report.errors] == [(3, "wrong_column_count")]


def test_japanese_shift_jis_export(workspace, files):
    table = read_source(files / "ambassadors" / "jp_shift_jis.csv")
    assert table.encoding in ("cp932", "shift_jis")
    mapping = imp.guess_mapping(table.headers)
    assert mapping == ("name", "email", "market", "team", "time_zone", "notes")
    imp.run(workspace.db, table, mapping, OPTS, actor="me")
    yuki = people(workspace.db)["yuki.tanaka@lumenvale.example"]
    assert (yuki.name, yuki.market, yuki.team, yuki.notes) == ("田中 由紀", "JP", "技術", "朝は不可")


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("Nom;Courriel\nHélène Garnier;h@x.example\n", "cp1252", "Hélène Garnier"),
        ("Nom;Courriel;Remarques\nZoé;z@x.example;“très” active – ok\n", "cp1252", "Zoé"),
        ("name,email,market\n佐藤 健,ken@x.example,JP\n", "shift_jis", "佐藤 健"),
        ("name,email,market\n王芳,wang@x.example,CN\n李伟,li@x.example,CN\n", "gb18030", "王芳"),
        ("姓名,邮箱,国家\n王芳,wang@x.example,CN\n", "gb18030", "王芳"),
    ],
)
def test_short_files_in_legacy_encodings_are_read_right(text, encoding, expected):
    assert read_bytes(text.encode(encoding)).rows[0].cells[0] == expected
