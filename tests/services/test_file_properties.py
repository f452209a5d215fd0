"""Hostile files, property-based: every importer and exporter not covered elsewhere either gives a clean result
or fails with our own GhostDeskError — never another exception, never a partial write.

Covered elsewhere: the ambassadors CSV importer (test_ambassador_import) and the share-kit writer
(test_kit_docx, test_kits). Here: LinkedIn's Shares.csv (voices), the .xlsx roster, review packages and
decisions files (read, written and imported), the .ics writer, the roster CSV export and the two .docx
documents (campaign brief, post review copy).
"""

from __future__ import annotations

import copy
import csv
import io
import json
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from campaign_helpers import world
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ghostdesk.domain.ambassador import Ambassador, ConsentStatus, NetworkProfile
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.records import content_hash
from ghostdesk.export import ambassadors_csv, campaign_brief, ics, post_review
from ghostdesk.services import ambassador_sources, campaign_files, campaigns, voices

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text as users paste it: any character a str from a file or the keyboard can hold (no lone surrogates,
# which no decoder or Qt widget produces), control characters included.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)


def _scratch(suffix: str, data: bytes) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="gd-prop-"))
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    return path


def _folder_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- Shares.csv -------------------------------------------------------------------------------------------


@st.composite
def shares_csv(draw) -> bytes:
    extra = draw(st.lists(st.sampled_from(["Date", "ShareLink", "SharedUrl", "Visibility", "MediaUrl"]), max_size=3))
    header = draw(st.permutations(["ShareCommentary", *dict.fromkeys(extra)]))
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        cells = []
        for _column in range(len(header) + draw(st.sampled_from([0, 0, 0, -1, 1]))):
            cell = draw(TEXT | st.sampled_from(['""quoted""', "multi\nline", 'a "b" c', "", "   "]))
            quoted = draw(st.booleans()) or any(c in cell for c in ',"\n\r')
            cells.append('"' + cell.replace('"', '""') + '"' if quoted and draw(st.integers(0, 9)) else cell)
        rows.append(",".join(cells))
    text = "\n".join([",".join(header), *rows])
    return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])), errors="replace")


@PROPERTY
@given(data=shares_csv() | st.binary(max_size=300))
def test_any_shares_csv_imports_cleanly_or_fails_with_our_error_and_adds_nothing(workspace, data):
    executive = voices.executive_named(workspace.db, "Prop") or voices.create_executive(workspace.db, "Prop", actor="t")
    before = len(voices.samples(workspace.db, executive.id))
    changes = workspace.db.conn.total_changes
    path = _scratch(".csv", data)
    try:
        result = voices.import_samples(workspace.db, executive.id, [path], actor="t")
    except GhostDeskError:
        assert workspace.db.conn.total_changes == changes
        assert len(voices.samples(workspace.db, executive.id)) == before
        return
    after = voices.samples(workspace.db, executive.id)
    assert len(after) == before + result.added
    assert all(s.text.strip() for s in after)


# -- .xlsx rosters ----------------------------------------------------------------------------------------


def _xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Email", "Market"])
    sheet.append(["Anna Berg", "anna@example.com", "DE"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


XLSX = _xlsx_bytes()


@st.composite
def damaged_xlsx(draw) -> bytes:
    """A real workbook with a few bytes changed, cut short, or a member replaced by junk."""
    how = draw(st.sampled_from(["flip", "cut", "member"]))
    data = bytearray(XLSX)
    if how == "flip":
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    if how == "cut":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    member = draw(st.sampled_from(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml",
                                   "xl/sharedStrings.xml", "xl/styles.xml"]))  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(XLSX)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = source.read(info) if info.filename != member else draw(st.binary(max_size=200))
            target.writestr(info, body)
    return out.getvalue()


@settings(max_examples=80, deadline=None)
@given(data=damaged_xlsx() | st.binary(max_size=200))
def test_any_xlsx_reads_cleanly_or_fails_with_our_error(data):
    try:
        table = ambassador_sources.read_bytes(data, "roster.xlsx")
    except GhostDeskError:
        return
    assert all(isinstance(cell, str) for row in table.rows for cell in row.cells)


# -- review packages and decisions ------------------------------------------------------------------------


@pytest.fixture
def review(workspace, tmp_path):
    campaign, _post, _made, _roster = world(workspace, people=2)
    campaigns.plan_and_apply(workspace.db, campaign.id, actor="t")
    package = campaign_files.export_review(workspace.db, campaign.id, tmp_path / "package.json", actor="t")
    read = campaign_files.read_review(package)
    decisions = {(i["type"], i["id"]): ("reject", "too early") for i in read.items}
    answer = campaign_files.write_decisions(read, decisions, tmp_path / "decisions.json", reviewer="Rita")
    return campaign, json.loads(package.read_text("utf-8")), json.loads(answer.read_text("utf-8"))


def _redigest(data: dict) -> dict:
    """A hostile file with a correct digest: the digest only proves the file was not damaged by accident."""
    body = {k: v for k, v in data.items() if k != "digest"}
    return {**body, "digest": content_hash(body)}


@st.composite
def mutated(draw, original: dict) -> dict:
    data = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        target = data
        path = [draw(st.sampled_from(sorted(k for k in data if k != "digest")))]
        while isinstance(target.get(path[-1]) if isinstance(target, dict) else None, dict | list) and draw(
            st.booleans()
        ):
            inner = target[path[-1]]
            if isinstance(inner, list):
                if not inner:
                    break
                key = draw(st.integers(0, len(inner) - 1))
            else:
                if not inner:
                    break
                key = draw(st.sampled_from(sorted(inner)))
            target, path = inner, [key]
        action = draw(st.sampled_from(["replace", "delete"]))
        if action == "delete" and isinstance(target, dict):
            target.pop(path[-1], None)
        elif isinstance(target, dict | list):
            target[path[-1]] = draw(JSON_VALUES)
    return _redigest(data) if draw(st.integers(0, 4)) else data


@PROPERTY
@given(data=st.data())
def test_any_review_package_reads_cleanly_or_is_refused_with_our_error(review, data):
    _campaign, package, _answer = review
    content = data.draw(mutated(package).map(lambda d: json.dumps(d).encode()) | st.binary(max_size=200))
    path = _scratch(".json", content)
    try:
        read = campaign_files.read_review(path)
    except GhostDeskError:
        return
    # What opened must also be answerable: the reviewer's decisions file is written whole, or refused.
    decisions = {}
    for item in read.items:
        try:
            decisions[(item["type"], item["id"])] = ("approve", "")
        except (TypeError, KeyError):  # pragma: no cover - read_review promised items with a type and id
            pytest.fail("read_review let a malformed item through")
    out = path.with_name("decisions.json")
    try:
        campaign_files.write_decisions(read, decisions, out, reviewer="r")
    except GhostDeskError:
        assert _folder_files(path.parent) == ["input.json"]
        return
    assert json.loads(out.read_text("utf-8"))["format"]


@PROPERTY
@given(data=st.data())
def test_any_decisions_file_applies_cleanly_or_is_refused_with_our_error_writing_nothing(workspace, review, data):
    campaign, _package, answer = review
    content = data.draw(mutated(answer).map(lambda d: json.dumps(d).encode()) | st.binary(max_size=200))
    path = _scratch(".json", content)
    before = campaigns.history(workspace.db, campaign.id)
    changes = workspace.db.conn.total_changes
    try:
        result = campaign_files.import_decisions(workspace.db, path, actor="t")
    except GhostDeskError:
        assert workspace.db.conn.total_changes == changes
        assert campaigns.history(workspace.db, campaign.id) == before
        return
    assert len(campaigns.history(workspace.db, campaign.id)) == len(before) + len(result.applied)


# -- .ics -------------------------------------------------------------------------------------------------

# Zone names come from the workspace; one made on another machine may name a zone this one does not know.
ZONES = st.sampled_from(["Europe/Paris", "America/New_York", "Asia/Tokyo", "UTC", "Australia/Lord_Howe",
                         "Mars/Olympus_Mons", "", "../etc"])  # fmt: skip


@st.composite
def ics_events(draw) -> ics.IcsEvent:
    start = draw(st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31), timezones=st.just(UTC)))
    return ics.IcsEvent(
        uid=draw(TEXT),
        summary=draw(TEXT),
        start=start,
        time_zone=draw(ZONES),
        minutes=draw(st.integers(0, 24 * 60)),
        description=draw(TEXT),
        url=draw(TEXT | st.just("https://example.com/a?b=c,d;e")),
        categories=tuple(draw(st.lists(TEXT, max_size=3))),
        alarm_minutes=draw(st.none() | st.integers(0, 7 * 24 * 60)),
    )


@settings(max_examples=60, deadline=None)
@given(events=st.lists(ics_events(), max_size=4), name=TEXT)
def test_any_events_write_a_calendar_that_reads_back(events, name):
    import icalendar

    folder = Path(tempfile.mkdtemp(prefix="gd-ics-"))
    target = folder / "calendar.ics"
    try:
        ics.write_ics(target, events, name=name)
    except GhostDeskError:
        assert _folder_files(folder) == []
        return
    assert _folder_files(folder) == ["calendar.ics"]
    parsed = icalendar.Calendar.from_ical(target.read_bytes())
    read = parsed.walk("VEVENT")
    assert len(read) == len(events)
    for event, original in zip(read, events, strict=True):
        assert event.decoded("dtstart") == original.start.replace(microsecond=0)
        # Control characters are not calendar text (RFC 5545) and a leading byte-order mark is a pasted leftover.
        expected = "".join(c for c in original.summary if c in "\t\n\r" or not (c < " " or c == "\x7f"))
        expected = expected.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
        assert str(event["summary"]) == expected


def test_calendar_text_loses_control_characters_and_a_leading_byte_order_mark(tmp_path):
    import icalendar

    start = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)
    event = ics.IcsEvent(uid="u1", summary="\ufeffLaunch\x00 day\x07", start=start, time_zone="Europe/Paris",
                         description="line one\r\nline\x1b two", categories=("wave\x0c 1",))  # fmt: skip
    target = ics.write_ics(tmp_path / "calendar.ics", [event], name="Grid\x00 week")
    parsed = icalendar.Calendar.from_ical(target.read_bytes())
    (read,) = parsed.walk("VEVENT")
    assert str(read["summary"]) == "Launch day"
    assert str(read["description"]) == "line one\nline two"
    assert b"\x00" not in target.read_bytes() and b"\x07" not in target.read_bytes()
    assert str(parsed["x-wr-calname"]) == "Grid week"


# -- roster CSV export ------------------------------------------------------------------------------------


@st.composite
def people(draw) -> list[Ambassador]:
    found = []
    for n in range(draw(st.integers(0, 5))):
        found.append(
            Ambassador(
                id=f"id-{n}",
                name=draw(TEXT),
                email=draw(TEXT),
                market="FR",
                language="fr",
                time_zone="Europe/Paris",
                team=draw(TEXT),
                notes=draw(TEXT),
                topics=tuple(draw(st.lists(TEXT, max_size=3))),
                consent=draw(st.sampled_from(list(ConsentStatus))),
                networks=tuple(
                    NetworkProfile(network, url=draw(TEXT), size=draw(st.integers(0, 10**9)))
                    for network in draw(st.lists(st.sampled_from(["linkedin", "x", "weibo"]), unique=True))
                ),
            )
        )
    return found


@settings(max_examples=60, deadline=None)
@given(roster=people())
def test_any_roster_exports_a_whole_spreadsheet_safe_csv(roster):
    folder = Path(tempfile.mkdtemp(prefix="gd-csv-"))
    target = folder / "roster.csv"
    try:
        ambassadors_csv.write(target, roster)
    except GhostDeskError:
        assert _folder_files(folder) == []
        return
    assert _folder_files(folder) == ["roster.csv"]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + len(roster)
    assert all(len(row) == len(rows[0]) for row in rows)
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for row in rows[1:] for cell in row)
    for row, person in zip(rows[1:], roster, strict=True):
        assert person.name.strip() in row[rows[0].index("name")] or not person.name.strip()


# -- the .docx documents ----------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    words=st.lists(TEXT, min_size=8, max_size=8),
    rows=st.lists(st.lists(TEXT, min_size=5, max_size=5), max_size=3),
    texts=st.lists(st.tuples(TEXT, TEXT), max_size=3),
)
def test_any_brief_writes_a_whole_document_or_fails_with_our_error(words, rows, texts):
    import docx

    folder = Path(tempfile.mkdtemp(prefix="gd-brief-"))
    target = folder / "brief.docx"
    brief = campaign_brief.BriefCopy(
        heading=words[0],
        facts=[(words[1], words[2]), (words[3], words[4])],
        calendar_heading=words[5],
        calendar_columns=words[:5],
        calendar_rows=rows,
        variants_heading=words[6],
        variants=texts,
        footer=words[7],
    )
    try:
        campaign_brief.write(brief, target)
    except GhostDeskError:
        assert _folder_files(folder) == []
        return
    assert _folder_files(folder) == ["brief.docx"]
    docx.Document(str(target))


@settings(max_examples=40, deadline=None)
@given(words=st.lists(TEXT, min_size=6, max_size=6), body=TEXT, questions=st.lists(TEXT, max_size=3))
def test_any_post_review_copy_writes_a_whole_document_or_fails_with_our_error(words, body, questions):
    import docx

    folder = Path(tempfile.mkdtemp(prefix="gd-review-"))
    target = folder / "post.docx"
    review_copy = post_review.ReviewCopy(
        heading=words[0],
        executive_name=words[1],
        meta_lines=[words[2]],
        body=body,
        preview_label=words[3],
        preview_text=body[:20],
        questions_label=words[4],
        questions=questions,
        findings_label=words[5],
        findings=questions,
        signoff_label=words[5],
        signoff_lines=[words[2]],
    )
    try:
        post_review.write(review_copy, target)
    except GhostDeskError:
        assert _folder_files(folder) == []
        return
    assert _folder_files(folder) == ["post.docx"]
    docx.Document(str(target))
