"""Storage: assistant providers (non-secret settings, consent) and the local log of calls."""

from __future__ import annotations

import dataclasses

import pytest

from ghostdesk.domain.assist import KIND_CHAT, KIND_DEEPL, Provider, SentLogEntry
from ghostdesk.domain.errors import ValidationError
from ghostdesk.storage import assist_repo


def _chat(**changes) -> Provider:
    base = Provider(id="", name="Local", kind=KIND_CHAT, base_url="http://localhost:11434/v1", model="llama3")
    return dataclasses.replace(base, **changes)


def test_save_and_read_back(workspace):
    db = workspace.db
    saved = assist_repo.save(db, _chat(glossary=("Lumenvale", " lumenvale ", "GridOS", "")))
    assert saved.id and saved.created_at and saved.glossary == ("Lumenvale", "GridOS")
    assert assist_repo.get(db, saved.id) == saved
    assert assist_repo.find_by_name(db, "LOCAL") == saved
    deepl = assist_repo.save(db, Provider(id="", name="DeepL", kind=KIND_DEEPL, deepl_plan="pro"))
    assert deepl.endpoint == "https://api.deepl.com"
    assert [p.name for p in assist_repo.list_all(db)] == ["DeepL", "Local"]


def test_consent_is_stamped_when_given_and_cleared_when_withdrawn(workspace):
    db = workspace.db
    saved = assist_repo.save(db, _chat())
    assert not saved.consent and saved.consent_at == ""
    given = assist_repo.save(db, dataclasses.replace(saved, consent=True))
    assert given.consent and given.consent_at
    again = assist_repo.save(db, dataclasses.replace(given, model="other"))
    assert again.consent_at == given.consent_at
    withdrawn = assist_repo.save(db, dataclasses.replace(again, consent=False))
    assert withdrawn.consent_at == ""


@pytest.mark.parametrize(
    "changes",
    [{"name": " "}, {"kind": "telepathy"}, {"read_timeout": 0}, {"connect_timeout": 10_000}, {"deepl_plan": "x"}],
)
def test_bad_settings_are_refused_and_nothing_is_written(workspace, changes):
    with pytest.raises(ValidationError):
        assist_repo.save(workspace.db, _chat(**changes))
    assert assist_repo.list_all(workspace.db) == []


def test_names_are_unique(workspace):
    assist_repo.save(workspace.db, _chat())
    with pytest.raises(ValidationError):
        assist_repo.save(workspace.db, _chat(name="local"))


def test_no_column_can_hold_a_key(workspace):
    columns = {row[1] for row in workspace.db.execute("PRAGMA table_info(assist_providers)")}
    assert not any(word in column for column in columns for word in ("key", "secret", "token", "password"))


def test_log_lists_newest_first(workspace):
    db = workspace.db
    provider = assist_repo.save(db, _chat())
    for action in ("test", "rewrite"):
        assist_repo.log_call(
            db,
            SentLogEntry("", "", provider.name, provider.kind, "localhost", action, 12, "preview", "ok"),
            provider.id,
        )
    assert [e.action for e in assist_repo.recent_calls(db)] == ["rewrite", "test"]
    assist_repo.delete(db, provider.id)
    assert len(assist_repo.recent_calls(db)) == 2  # the log outlives the provider


def test_a_workspace_from_before_m007_is_upgraded_keeping_its_data(tmp_path, monkeypatch):
    from ghostdesk.storage import database, executives_repo
    from ghostdesk.storage.migrations import MIGRATIONS
    from ghostdesk.storage.workspace import open_workspace_file

    path = tmp_path / "old.ghostdesk"
    every = list(MIGRATIONS.migrations)
    monkeypatch.setattr(MIGRATIONS, "migrations", [m for m in every if m.name != "m007_assistants"])
    db = database.create_database(path)
    executives_repo.create(db, "Ada Ruiz")
    db.close()
    monkeypatch.setattr(MIGRATIONS, "migrations", every)

    with open_workspace_file(path) as ws:
        assert "m007_assistants" in ws.migrated
        assert [e.name for e in executives_repo.list_all(ws.db)] == ["Ada Ruiz"]
        assert assist_repo.list_all(ws.db) == [] and assist_repo.recent_calls(ws.db) == []
        assert assist_repo.save(ws.db, _chat()).id
