"""m010_results: an older workspace upgrades with its roster intact, and the results tables keep their rules."""

import sqlite3

import pytest

from ghostdesk.domain.ambassador import Ambassador
from ghostdesk.domain.results import Figures, FiguresKind, Metrics
from ghostdesk.storage import database
from ghostdesk.storage import results_repo as repo
from ghostdesk.storage.migrations import MIGRATIONS


def test_an_older_workspace_gains_results_and_keeps_its_people(tmp_path, monkeypatch):
    from ghostdesk.services import ambassadors
    from ghostdesk.storage.workspace import open_workspace_file

    path = tmp_path / "old.ghostdesk"
    every = list(MIGRATIONS.migrations)
    monkeypatch.setattr(MIGRATIONS, "migrations", [m for m in every if m.name != "m010_results"])
    db = database.create_database(path)
    ambassadors.create(db, Ambassador("amb-1", "Mia Roth", "mia@example.com", "DE", "", ""), actor="t")
    db.close()
    monkeypatch.setattr(MIGRATIONS, "migrations", every)
    assert "m010_results" in database.inspect_file(path).pending
    with open_workspace_file(path) as reopened:
        assert "m010_results" in reopened.migrated
        assert ambassadors.get(reopened.db, "amb-1").name == "Mia Roth"
        assert repo.setting(reopened.db, "no_person_ranking") == "0"
        assert repo.points_rules(reopened.db).floor == 500


def _figures(key: str, clicks: int) -> Figures:
    return Figures("", "c", FiguresKind.SHARE, Metrics(clicks=clicks), ambassador_id="a", row_key=key)


def test_one_row_per_key_and_no_negative_figures(workspace):
    db = workspace.db
    assert repo.save_figures(db, _figures("k", 3)) is True
    assert repo.save_figures(db, _figures("k", 5)) is False
    assert [f.metrics.clicks for f in repo.figures(db, "c")] == [5]
    with pytest.raises(sqlite3.IntegrityError):
        repo.save_figures(db, _figures("k2", -1))


def test_anonymous_numbers_are_handed_out_once_per_campaign(workspace):
    with workspace.db.atomic():
        first = repo.aliases(workspace.db, "c", ["b", "a"])
        again = repo.aliases(workspace.db, "c", ["a", "c"])
        other = repo.aliases(workspace.db, "d", ["c"])
    assert first == {"b": 1, "a": 2} and again == {"a": 2, "c": 3} and other == {"c": 1}
