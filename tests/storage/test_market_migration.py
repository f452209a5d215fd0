"""m006 adds the market tables to a workspace made before it, and leaves existing data alone."""

from __future__ import annotations

from ghostdesk.storage import database, markets_repo
from ghostdesk.storage.migrations import known_names


def test_m006_is_registered_after_the_executives():
    names = known_names()
    assert "m006_market_overrides" in names
    assert names.index("m006_market_overrides") > names.index("m002_executives")


def test_fresh_workspace_has_the_tables(workspace):
    tables = set(workspace.db.table_names())
    assert {"market_overrides", "workspace_markets"} <= tables
    markets_repo.put_override(workspace.db, "FR", "currency", "CHF")
    markets_repo.put_override(workspace.db, "FR", "currency", "EUR")
    (only,) = markets_repo.overrides(workspace.db)
    assert (only.market, only.field, only.value) == ("FR", "currency", "EUR")


def test_upgrade_from_a_workspace_without_m006(tmp_path):
    from ghostdesk.services import workspaces

    path = tmp_path / "old.ghostdesk"
    ws = workspaces.create(path, name="Old")
    ws.db.execute("INSERT INTO meta (key, value) VALUES ('marker', 'kept')")
    ws.db.execute("DROP TABLE market_overrides")
    ws.db.execute("DROP TABLE workspace_markets")
    ws.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_market_overrides'")
    ws.close()
    assert "m006_market_overrides" in database.inspect_file(path).pending
    with workspaces.open_workspace(path) as reopened:
        assert "m006_market_overrides" in reopened.migrated
        assert {"market_overrides", "workspace_markets"} <= set(reopened.db.table_names())
        assert reopened.db.execute("SELECT value FROM meta WHERE key = 'marker'").fetchone()[0] == "kept"
