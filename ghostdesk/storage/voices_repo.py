"""Storage: voice profiles — settings, sample posts and numbered versions (rows ↔ domain dataclasses)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound
from ghostdesk.domain.voice import VoiceSettings
from ghostdesk.storage import trash_repo
from ghostdesk.storage.connection import Database

if TYPE_CHECKING:
    from ghostdesk.domain.voice_results import VoiceSample, VoiceVersion

_SAMPLE = "id, executive_id, language, text, source, created_at, updated_at"
_VERSION = "executive_id, number, created_at, actor, changes, snapshot"


def settings(db: Database, executive_id: str) -> VoiceSettings:
    row = db.execute("SELECT settings FROM voice_profiles WHERE executive_id = ?", [executive_id]).fetchone()
    return VoiceSettings.from_dict(json.loads(row[0])) if row else VoiceSettings()


def settings_of(db: Database, executive_id: str) -> VoiceSettings | None:
    """The executive's voice settings (the defaults when none were saved), or None when there is no such
    executive: one read."""
    row = db.execute(
        "SELECT v.settings FROM executives e LEFT JOIN voice_profiles v ON v.executive_id = e.id WHERE e.id = ?",
        [executive_id],
    ).fetchone()
    if row is None:
        return None
    return VoiceSettings() if row[0] is None else VoiceSettings.from_dict(json.loads(row[0]))


def save_settings(db: Database, executive_id: str, value: VoiceSettings) -> None:
    now = utc_now_iso()
    db.execute(
        """
        INSERT INTO voice_profiles (executive_id, settings, version, created_at, updated_at) VALUES (?, ?, 0, ?, ?)
        ON CONFLICT(executive_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at
        """,
        [executive_id, json.dumps(value.to_dict(), ensure_ascii=False, sort_keys=True), now, now],
    )


def current_version(db: Database, executive_id: str) -> int:
    row = db.execute("SELECT version FROM voice_profiles WHERE executive_id = ?", [executive_id]).fetchone()
    return int(row[0]) if row else 0


def add_version(db: Database, executive_id: str, *, actor: str, changes: list[str], snapshot: dict[str, Any]) -> int:
    """Record the next version; call inside the `db.atomic()` block that made the change."""
    number = current_version(db, executive_id) + 1
    now = utc_now_iso()
    db.execute(
        f"INSERT INTO voice_versions (id, {_VERSION}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            new_id(),
            executive_id,
            number,
            now,
            actor,
            json.dumps(changes, ensure_ascii=False),
            json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
        ],
    )
    db.execute(
        """
        INSERT INTO voice_profiles (executive_id, settings, version, created_at, updated_at) VALUES (?, '{}', ?, ?, ?)
        ON CONFLICT(executive_id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at
        """,
        [executive_id, number, now, now],
    )
    return number


def versions(db: Database, executive_id: str) -> list[VoiceVersion]:
    rows = db.execute(
        f"SELECT {_VERSION} FROM voice_versions WHERE executive_id = ? ORDER BY number DESC", [executive_id]
    ).fetchall()
    from ghostdesk.domain.voice_results import VoiceVersion  # made on first use (not needed at start-up)

    return [VoiceVersion(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), json.loads(r[5])) for r in rows]


def latest_snapshot(db: Database, executive_id: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT snapshot FROM voice_versions WHERE executive_id = ? ORDER BY number DESC LIMIT 1", [executive_id]
    ).fetchone()
    return json.loads(row[0]) if row else None


def _sample(row: tuple) -> VoiceSample:
    from ghostdesk.domain.voice_results import VoiceSample  # made on first use: start-up reads no sample

    return VoiceSample(*row)


def add_sample(db: Database, executive_id: str, language: str, text: str, source: str) -> VoiceSample:
    now = utc_now_iso()
    sample = _sample((new_id(), executive_id, language, text, source, now, now))
    db.execute(
        f"INSERT INTO voice_samples ({_SAMPLE}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [sample.id, executive_id, language, text, source, now, now],
    )
    return sample


def samples(db: Database, executive_id: str, language: str | None = None) -> list[VoiceSample]:
    sql = f"SELECT {_SAMPLE} FROM voice_samples WHERE executive_id = ?"
    args: list[Any] = [executive_id]
    if language:
        sql += " AND language = ?"
        args.append(language)
    return [_sample(r) for r in db.execute(sql + " ORDER BY created_at, rowid", args).fetchall()]


def sample(db: Database, sample_id: str) -> VoiceSample:
    row = db.execute(f"SELECT {_SAMPLE} FROM voice_samples WHERE id = ?", [sample_id]).fetchone()
    if row is None:
        raise NotFound(f"No voice sample {sample_id}", entity="voice_sample", id=sample_id)
    return _sample(row)


def update_sample(db: Database, sample_id: str, *, text: str, language: str) -> None:
    db.execute(
        "UPDATE voice_samples SET text = ?, language = ?, updated_at = ? WHERE id = ?",
        [text, language, utc_now_iso(), sample_id],
    )


def delete_sample(db: Database, sample_id: str, *, deleted_by: str) -> VoiceSample:
    """Move a sample to the trash; call inside `db.atomic()`."""
    item = sample(db, sample_id)
    trash_repo.put(
        db,
        entity_type="voice_sample",
        entity_id=item.id,
        label=item.text[:60],
        payload={"row": dict(zip(_SAMPLE.split(", "), [*_values(item)], strict=True))},
        deleted_by=deleted_by,
    )
    db.execute("DELETE FROM voice_samples WHERE id = ?", [sample_id])
    return item


def _values(item: VoiceSample) -> tuple:
    return (item.id, item.executive_id, item.language, item.text, item.source, item.created_at, item.updated_at)


def restore_sample(db: Database, trash_id: str) -> VoiceSample:
    with db.atomic():
        row = trash_repo.take(db, trash_id).payload["row"]
        # The payload is stored with sorted keys: name the columns from it, not in _SAMPLE's order.
        db.execute(
            f"INSERT INTO voice_samples ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )
    return sample(db, row["id"])


def language_counts(db: Database, executive_id: str) -> dict[str, int]:
    rows = db.execute(
        "SELECT language, COUNT(*) FROM voice_samples WHERE executive_id = ? GROUP BY language ORDER BY 2 DESC",
        [executive_id],
    ).fetchall()
    return dict(rows)


def background_texts(db: Database, executive_id: str, language: str) -> list[str]:
    """Other voices' samples in a language: the background signature words stand out from."""
    rows = db.execute(
        "SELECT text FROM voice_samples WHERE executive_id != ? AND language = ?", [executive_id, language]
    ).fetchall()
    return [r[0] for r in rows]


def samples_stamp(db: Database) -> tuple:
    """Changes whenever any sample in the workspace changes (fingerprint caches key on it)."""
    return tuple(db.execute("SELECT COUNT(*), MAX(updated_at), SUM(LENGTH(text)) FROM voice_samples").fetchone())


def forget_executive(db: Database, executive_id: str) -> None:
    """Delete an executive's voice rows for good (their profile was purged from the trash). Inside `db.atomic()`."""
    for table in ("voice_samples", "voice_versions", "voice_profiles"):
        db.execute(f"DELETE FROM {table} WHERE executive_id = ?", [executive_id])
