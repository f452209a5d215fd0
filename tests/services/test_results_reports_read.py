"""The results report and executive summary as their readers check them (sixth session's walk-through): every
target named in the reader's language with its real figure, the campaign's dates as they write dates, File →
Properties that say what the document is."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import _results as h
import docx
import pytest

from ghostdesk.domain.campaigns import TARGETS
from ghostdesk.export import results_docx
from ghostdesk.services import results_import, results_lookup, results_report, results_summary, workspaces

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "results"


def _lookup():
    base = h.lookup()
    campaign = base.campaigns()[0]
    engaged = replace(campaign, targets={**campaign.targets, "engagement": 400})
    return results_lookup.StaticCampaignLookup([engaged], base._shares, base.executive_posts())


@pytest.fixture
def ws_path(tmp_path, files, monkeypatch):
    monkeypatch.setattr(results_lookup, "LOOKUP_FACTORY", lambda db: _lookup())
    path = tmp_path / "w.ghostdesk"
    with workspaces.create(path) as ws:
        h.add_people(ws.db)
        results_import.import_file(ws.db, files / "results" / "ga4_utm.csv", "utm", actor="t")
        results_import.import_file(ws.db, h.linkedin_export(tmp_path / "li.xlsx"), "linkedin", actor="t")
    return path


def _text(path) -> str:
    document = docx.Document(path)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_every_target_a_campaign_can_have_is_named_in_every_report_language():
    # Before: "engagement" had no words, so the Japanese report read "engagement：目標 6,000 に対して …".
    for language in results_docx.LANGUAGES:
        metrics = json.loads((RESOURCES / f"{language}.json").read_text(encoding="utf-8"))["metrics"]
        assert set(TARGETS) <= set(metrics), language


def test_the_engagement_target_counts_what_happened(ws_path):
    # Before: its actual was always 0 (engagement is a computed property, absent from the metrics' dict), so
    # every report told ambassadors and the executive "0 (0%)".
    with workspaces.open_workspace(ws_path) as ws:
        summary = results_summary.summary(ws.db, "c-spring")
        (engagement,) = [t for t in summary.targets if t.metric == "engagement"]
        totals = summary.ambassador_totals + summary.executive_totals
        assert engagement.actual == totals.engagement > 0


@pytest.mark.parametrize(
    ("language", "period", "engagement"),
    [
        ("en", "Mar 1, 2026 – Mar 31, 2026", "Engagement"),
        ("fr", "1 mars 2026 – 31 mars 2026", "Engagement"),
        ("de", "01.03.2026 – 31.03.2026", "Interaktionen"),
        ("ja", "2026/03/01～2026/03/31", "エンゲージメント"),
        ("zh", "2026年3月1日 至 2026年3月31日", "互动"),
    ],
)
def test_reports_read_in_the_readers_words_and_dates(ws_path, tmp_path, language, period, engagement):
    before = datetime.now(UTC).replace(microsecond=0)
    with workspaces.open_workspace(ws_path) as ws:
        report, summary = results_report.write_reports(ws.db, "c-spring", tmp_path / "out", [language])
    text = _text(report)
    assert period in text.splitlines()  # not 2026-03-01 – 2026-03-31
    assert f"{engagement}" in text and "engagement" not in text.replace("Engagement", "")
    assert engagement in _text(summary)
    for path in (report, summary):
        properties = docx.Document(path).core_properties
        assert properties.title == docx.Document(path).paragraphs[0].text
        assert "python-docx" not in f"{properties.author} {properties.comments} {properties.last_modified_by}"
        assert properties.created >= before  # not python-docx's template date (2013)
        assert properties.language.split("-")[0] == language


def test_a_report_folder_that_cannot_be_made_is_our_error(ws_path, tmp_path):
    from ghostdesk.domain.files import TargetNotWritable

    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    with workspaces.open_workspace(ws_path) as ws, pytest.raises(TargetNotWritable):
        results_report.write_reports(ws.db, "c-spring", blocker / "reports", ["en"])


def test_the_boards_rows_never_break_across_pages_and_its_header_repeats(ws_path, tmp_path):
    # Before: the demo's Japanese board ran onto a third page with one person's badges cut in two and no header.
    from docx.oxml.ns import qn

    with workspaces.open_workspace(ws_path) as ws:
        report, _ = results_report.write_reports(ws.db, "c-spring", tmp_path / "out", ["ja"])
    tables = docx.Document(report).tables
    assert tables
    for table in tables:
        rows = table._tbl.findall(qn("w:tr"))
        assert all(r.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for r in rows)
        assert rows[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None


def test_badges_are_listed_with_each_languages_own_separator():
    badges = ("First share", "Deal maker")
    assert results_docx.badge_names(badges, "ja") == "はじめての共有、成約の立役者"
    assert "、" in results_docx.badge_names(badges, "zh") and ", " not in results_docx.badge_names(badges, "zh")
    assert results_docx.badge_names(badges, "en") == "First share, Deal maker"
