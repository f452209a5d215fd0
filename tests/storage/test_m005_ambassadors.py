"""Migration m005 upgrades a workspace made before ambassadors existed, keeping its data."""

import shutil

from ghostdesk.services import ambassadors, workspaces
from ghostdesk.storage import backups, executives_repo


def test_upgrade_from_a_workspace_without_ambassadors(tmp_path, files):
    path = tmp_path / "old.ghostdesk"
    shutil.copy(files / "ambassadors" / "workspace_before_m005.ghostdesk", path)
    with workspaces.open_workspace(path) as ws:
        assert "m005_ambassadors" in ws.migrated
        assert [e.name for e in executives_repo.list_all(ws.db)] == ["Claire Vautrin"]
        assert ambassadors.counts(ws.db).total == 0
        assert ws.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert [b.reason for b in backups.list_backups(path)][-1] == "pre-migration"
    report = workspaces.check(path)
    assert report.ok and not report.pending_migrations
