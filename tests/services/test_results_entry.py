"""Services: the manual entry grid's rows and saves — one transaction, a reading replaced, never added to."""

from __future__ import annotations

import _results as h
import pytest

from ghostdesk.domain.results import FiguresKind
from ghostdesk.services import ambassadors, results, results_entry, results_lookup


@pytest.fixture
def db(workspace, monkeypatch):
    monkeypatch.setattr(results_lookup, "LOOKUP_FACTORY", lambda db: h.lookup())
    h.add_people(workspace.db)
    return workspace.db


def test_rows_are_the_executive_posts_then_the_planned_shares(db):
    rows = results_entry.rows(db, "c-spring")
    assert [r.kind for r in rows] == [FiguresKind.EXECUTIVE] + [FiguresKind.SHARE] * 4
    assert rows[0].name == "Claire Fontaine" and rows[0].slot_id == "slot-1"
    assert [r.share_id for r in rows[1:]] == ["s-emily", "s-jules", "s-hana", "s-lena"]  # by day, then name
    assert all(r.metrics is None for r in rows)


def test_saving_twice_replaces_and_erased_people_keep_their_row_without_a_name(db):
    rows = {r.share_id or r.slot_id: r for r in results_entry.rows(db, "c-spring")}
    changes = [(rows["s-emily"], {"clicks": 12}, "2026-03-10"), (rows["slot-1"], {"impressions": 900}, "")]
    assert results_entry.save(db, changes, actor="t") == 2
    assert results_entry.save(db, changes, actor="t") == 2
    saved = results.figures(db, "c-spring")
    assert len(saved) == 2 and sum(f.metrics.clicks for f in saved) == 12
    again = {r.share_id or r.slot_id: r for r in results_entry.rows(db, "c-spring")}
    assert again["s-emily"].metrics.clicks == 12 and again["s-emily"].read_on == "2026-03-10"
    ambassadors.erase(db, "amb-emily", actor="t")
    erased = next(r for r in results_entry.rows(db, "c-spring") if r.share_id == "s-emily")
    assert erased.erased and erased.name == "" and erased.metrics.clicks == 12


def test_one_bad_row_saves_nothing_and_names_the_row(db):
    rows = [r for r in results_entry.rows(db, "c-spring") if r.kind is FiguresKind.SHARE]
    changes = [(rows[0], {"clicks": 3}, ""), (rows[1], {"clicks": "2.5"}, "")]
    with pytest.raises(results_entry.EntryRejected) as caught:
        results_entry.save(db, changes, actor="t")
    assert caught.value.fields["row"] == 1 and caught.value.fields["field"] == "clicks"
    assert results.figures(db, "c-spring") == []
