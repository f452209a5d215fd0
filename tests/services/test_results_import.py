"""Importing figures: real-shaped files, remembered mappings, per-row errors, nothing half-imported, no double count."""

import shutil

import _results as h
import pytest

from ghostdesk.domain.results import FiguresKind, ResultsFileUnreadable, ResultsMappingNeeded, ResultsRejected
from ghostdesk.services import results, results_import


@pytest.fixture
def db(workspace):
    h.add_people(workspace.db)
    return workspace.db


def load(db, path, fmt="utm", **kw):
    return results_import.import_file(db, path, fmt, actor="test", lookup=h.lookup(), **kw)


def test_ga4_export_maps_utm_content_to_ambassadors_and_utm_campaign_to_the_campaign(db, files):
    report = load(db, files / "results" / "ga4_utm.csv")
    assert (report.added, report.ignored, report.written) == (4, 1, True)  # the e-mail newsletter row is not ours
    rows = {f.ambassador_id: f for f in results.figures(db, "c-spring")}
    assert rows["amb-jules"].metrics.clicks == 1204  # "1,204" read as a thousand-separated number
    assert rows["amb-emily"].metrics.clicks == 45  # two lines for the same share and day: one share, summed
    assert rows["amb-emily"].share_id == "s-emily" and rows["amb-emily"].wave == "Inner circle"
    assert rows["amb-lena"].network == "xing" and rows["amb-lena"].market == "DE"
    assert rows["amb-emily"].posted_on == "2026-03-03"


def test_the_same_file_twice_counts_once(db, files):
    load(db, files / "results" / "ga4_utm.csv")
    again = load(db, files / "results" / "ga4_utm.csv")
    assert again.already_imported and not again.written
    assert sum(f.metrics.clicks for f in results.figures(db, "c-spring")) == 1354


def test_a_later_overlapping_export_replaces_the_reading_instead_of_adding(db, files, tmp_path):
    load(db, files / "results" / "ga4_utm.csv")
    later = tmp_path / "later.csv"
    text = (files / "results" / "ga4_utm.csv").read_text(encoding="utf-8").replace(",88,1", ",95,2")
    later.write_text(text, encoding="utf-8")
    report = load(db, later)
    assert report.replaced == 4 and report.added == 0
    lena = next(f for f in results.figures(db, "c-spring") if f.ambassador_id == "amb-lena")
    assert (lena.metrics.clicks, lena.metrics.conversions) == (95, 2)


def test_bad_rows_come_back_with_line_numbers_and_nothing_is_written(db, files):
    with pytest.raises(ResultsRejected) as caught:
        load(db, files / "results" / "utm_bad_rows.csv")  # Windows-1252, semicolons, German headers
    errors = [(e.line, e.reason, e.value) for e in caught.value.report.errors]
    assert errors == [
        (3, "bad_date", "31.02.2026"),
        (4, "bad_number", "zwölf"),
        (5, "unknown_ambassador", "amb-nobody"),
        (6, "unknown_campaign", "winter-sale"),
    ]
    assert results.figures(db) == []
    # and the file was not logged, so fixing it and importing again works
    fixed = files / "results" / "ga4_utm.csv"
    assert load(db, fixed).written


def test_a_mapping_is_asked_for_once_then_remembered(db, tmp_path):
    path = tmp_path / "matomo.csv"
    path.write_text("Label,Segment,Visits,Goal 1\nspring-launch,amb-emily,12,1\n", encoding="utf-8")
    with pytest.raises(ResultsMappingNeeded) as caught:
        load(db, path)
    assert set(caught.value.fields["missing"]) == {"utm_campaign", "utm_content"}
    mapping = {"utm_campaign": "Label", "utm_content": "Segment", "conversions": "Goal 1"}
    assert load(db, path, mapping=mapping).added == 1
    second = tmp_path / "matomo-april.csv"
    second.write_text("Label,Segment,Visits,Goal 1\nspring-launch,amb-lena,7,0\n", encoding="utf-8")
    report = load(db, second)  # no mapping given: the remembered one is used
    assert report.mapping["utm_content"] == "Segment" and report.added == 1


def test_linkedin_export_finds_the_posts_sheet_and_the_executive_slot(db, tmp_path):
    report = load(db, h.linkedin_export(tmp_path / "li.xlsx"), "linkedin")
    assert (report.added, report.ignored) == (1, 1)  # the holiday greeting is not a campaign post
    (own,) = results.figures(db, "c-spring", FiguresKind.EXECUTIVE)
    assert (own.slot_id, own.executive_id, own.posted_on) == ("slot-1", "exec-claire", "2026-03-03")
    assert (own.metrics.impressions, own.metrics.reactions, own.metrics.comments) == (5200, 180, 24)
    newer = load(db, h.linkedin_export(tmp_path / "li-later.xlsx", impressions=6100), "linkedin")
    assert newer.replaced == 1
    assert results.figures(db, "c-spring", FiguresKind.EXECUTIVE)[0].metrics.impressions == 6100


def test_a_damaged_workbook_is_refused_clearly(db, tmp_path, files):
    broken = tmp_path / "export.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ResultsFileUnreadable):
        load(db, broken, "linkedin")
    copy = tmp_path / "copy.csv"
    shutil.copy(files / "results" / "ga4_utm.csv", copy)
    assert load(db, copy).written  # a readable file still imports afterwards


def test_manual_entry_replaces_the_same_share_and_day(db):
    entry = results.ManualFigures("c-spring", ambassador_id="amb-hana", network="x", posted_on="2026-03-04",
                                  metrics={"impressions": "1 200", "reactions": 30})  # fmt: skip
    first = results.record(db, entry, actor="test", lookup=h.lookup())
    assert first.metrics.impressions == 1200 and first.share_id == "s-hana" and first.wave == "Japan morning"
    results.record(db, results.ManualFigures(**{**entry.__dict__, "metrics": {"impressions": 1500}}), actor="test",
                   lookup=h.lookup())  # fmt: skip
    rows = results.figures(db, "c-spring")
    assert len(rows) == 1 and rows[0].metrics.impressions == 1500


@pytest.mark.parametrize("metrics", [{"clicks": "-3"}, {"clicks": "2.5"}, {"clicks": "12%"}, {"likes": 3}])
def test_manual_entry_refuses_bad_figures(db, metrics):
    from ghostdesk.domain.results import ResultsInvalid

    with pytest.raises(ResultsInvalid):
        results.record(db, results.ManualFigures("c-spring", ambassador_id="amb-hana", metrics=metrics), actor="t",
                       lookup=h.lookup())  # fmt: skip
    assert results.figures(db) == []
