"""m006 adds the market tables to a workspace made before it, and leaves existing data alone."""

from __future__ import annotations

from ghostdesk.storage import database, markets_repo
from ghostdesk.storage.migrations import known_names


def test_m006_is_registered_after_the_executives():
    names = known_names()
    assert "m006_market_overrides" in names
    assert names.index("m006_market_overrides") > names.index("m002_executives")


def test_fresh_workspace_has_the_tables(workspace):
    assert workspace.db.table_exists("market_overrides") and workspace.db.table_exists("workspace_markets")
    markets_repo.put_override(workspace.db, "FR", "currency", "CHF")
    markets_repo.put_override(workspace.db, "FR", "currency", "EUR")
    (only,) = markets_repo.overrides(workspace.db)
    assert (only.market, only.field, only.value) == ("FR", "currency", "EUR")


def test_upgrade_from_a_workspace_without_m006(tmp_path, monkeypatch):
    from ghostdesk.storage.migrations import MIGRATIONS
    from ghostdesk.storage.workspace import open_workspace_file

    path = tmp_path / "old.ghostdesk"
    every = list(MIGRATIONS.migrations)
    monkeypatch.setattr(MIGRATIONS, "migrations", [m for m in every if m.name != "m006_market_overrides"])
    db = database.create_database(path)
    with db.atomic():
        db.execute("INSERT INTO meta (key, value) VALUES ('marker', 'kept')")
    db.close()
    monkeypatch.setattr(MIGRATIONS, "migrations", every)
    assert "m006_market_overrides" in database.inspect_file(path).pending
    with open_workspace_file(path) as reopened:
        assert "m006_market_overrides" in reopened.migrated
        assert reopened.db.table_exists("market_overrides") and reopened.db.table_exists("workspace_markets")
        assert reopened.db.execute("SELECT value FROM meta WHERE key = 'marker'").fetchone()[0] == "kept"
        assert markets_repo.overrides(reopened.db) == []
