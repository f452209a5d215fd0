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


# -- .ics -------------------------------------------------------------------------------------------------

ZONES = st.sampled_from(["Europe/Paris", "America/New_York", "Asia/Tokyo", "UTC", "Australia/Lord_Howe"])


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
        assert str(event["summary"]) == original.summary.replace("\r\n", "\n").replace("\r", "\n")


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
