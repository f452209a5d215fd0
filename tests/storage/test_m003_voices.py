"""m003 upgrades a workspace made before voice profiles, keeping its executives."""

from __future__ import annotations

import sqlite3

from ghostdesk.services import voices, workspaces


def test_upgrade_from_m002_keeps_executives_and_adds_voice_tables(tmp_path):
    path = tmp_path / "old.ghostdesk"
    ws = workspaces.create(path)
    ws.close()
    # Make the file what a GhostDesk without m003 left behind: no voice tables, m003 not applied.
    conn = sqlite3.connect(path)
    for table in ("voice_profiles", "voice_samples", "voice_versions"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_voices'")
    conn.execute(
        "INSERT INTO executives (id, name, created_at, updated_at) VALUES ('e1', 'Old Exec', '2025-01-01', '2025-01-01')"
    )
    conn.commit()
    conn.close()

    with workspaces.open_workspace(path) as upgraded:
        assert "m003_voices" in upgraded.migrated
        profile = voices.get_profile(upgraded.db, "e1")
        assert profile.executive.name == "Old Exec"
        assert profile.version == 0 and profile.samples == 0
        voices.add_samples(upgraded.db, "e1", [("A first sample post.", "en")], actor="t")
        assert voices.current_version(upgraded.db, "e1") == 1
    assert list((tmp_path / "backups").glob("*pre-migration*"))
