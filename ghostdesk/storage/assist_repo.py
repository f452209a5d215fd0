"""Storage: writing-assistant providers and the local log of calls (rows ↔ domain dataclasses)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

from ghostdesk.domain.assist import (
    DEEPL_PLANS,
    KINDS,
    Provider,
    SentLogEntry,
    clean_glossary,
    clean_provider_name,
)
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound, ValidationError, WorkspaceError
from ghostdesk.storage.connection import Database

_COLUMNS = (
    "id, name, kind, base_url, model, deepl_plan, connect_timeout, read_timeout, ca_bundle, consent, consent_at,"
    " glossary, created_at, updated_at"
)
_LOG_COLUMNS = "id, at, provider, kind, host, action, chars_sent, preview, outcome, elapsed_ms"
MAX_TIMEOUT = 600.0


def _from_row(row: tuple) -> Provider:
    return Provider(
        id=row[0],
        name=row[1],
        kind=row[2],
        base_url=row[3],
        model=row[4],
        deepl_plan=row[5],
        connect_timeout=float(row[6]),
        read_timeout=float(row[7]),
        ca_bundle=row[8],
        consent=bool(row[9]),
        consent_at=row[10],
        glossary=tuple(json.loads(row[11] or "[]")),
        created_at=row[12],
        updated_at=row[13],
    )


def validated(provider: Provider) -> Provider:
    """Clean names and glossary, check kind, plan and timeouts (seconds, 0.5–600)."""
    if provider.kind not in KINDS:
        raise ValidationError(f"Unknown provider kind {provider.kind}", field="kind")
    if provider.deepl_plan not in DEEPL_PLANS:
        raise ValidationError(f"Unknown DeepL plan {provider.deepl_plan}", field="deepl_plan")
    for name in ("connect_timeout", "read_timeout"):
        value = getattr(provider, name)
        if not 0.5 <= float(value) <= MAX_TIMEOUT:
            raise ValidationError(f"{name} must be between 0.5 and {MAX_TIMEOUT:g} seconds", field=name)
    return dataclasses.replace(
        provider,
        name=clean_provider_name(provider.name),
        base_url=provider.base_url.strip(),
        model=provider.model.strip(),
        ca_bundle=provider.ca_bundle.strip(),
        glossary=clean_glossary(provider.glossary),
    )


def save(db: Database, provider: Provider) -> Provider:
    """Insert or update. Giving consent stamps when; withdrawing it clears the stamp."""
    provider = validated(provider)
    now = utc_now_iso()
    existing = find(db, provider.id) if provider.id else None
    if not provider.id:
        provider = dataclasses.replace(provider, id=new_id())
    consent_at = provider.consent_at
    if provider.consent and not (existing and existing.consent):
        consent_at = now
    if not provider.consent:
        consent_at = ""
    provider = dataclasses.replace(
        provider,
        consent_at=consent_at,
        created_at=(existing.created_at if existing else now),
        updated_at=now,
    )
    clash = find_by_name(db, provider.name)
    if clash is not None and clash.id != provider.id:
        raise ValidationError(f"A provider named {provider.name} exists", field="name", name=provider.name)
    with db.atomic():
        db.execute(
            f"""
            INSERT INTO assist_providers ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET
                name = excluded.name, kind = excluded.kind, base_url = excluded.base_url, model = excluded.model,
                deepl_plan = excluded.deepl_plan, connect_timeout = excluded.connect_timeout,
                read_timeout = excluded.read_timeout, ca_bundle = excluded.ca_bundle, consent = excluded.consent,
                consent_at = excluded.consent_at, glossary = excluded.glossary, updated_at = excluded.updated_at
            """,
            [
                provider.id,
                provider.name,
                provider.kind,
                provider.base_url,
                provider.model,
                provider.deepl_plan,
                float(provider.connect_timeout),
                float(provider.read_timeout),
                provider.ca_bundle,
                int(provider.consent),
                provider.consent_at,
                json.dumps(list(provider.glossary), ensure_ascii=False),
                provider.created_at,
                provider.updated_at,
            ],
        )
    return provider


def find(db: Database, provider_id: str) -> Provider | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM assist_providers WHERE id = ?", [provider_id]).fetchone()
    return _from_row(row) if row else None


def get(db: Database, provider_id: str) -> Provider:
    found = find(db, provider_id)
    if found is None:
        raise NotFound(f"No assistant provider {provider_id}", entity="assist_provider", id=provider_id)
    return found


def find_by_name(db: Database, name: str) -> Provider | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM assist_providers WHERE name = ? COLLATE NOCASE", [" ".join(name.split())]
    ).fetchone()
    return _from_row(row) if row else None


def list_all(db: Database) -> list[Provider]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM assist_providers ORDER BY name COLLATE NOCASE").fetchall()
    return [_from_row(row) for row in rows]


def delete(db: Database, provider_id: str) -> None:
    """Settings only (nothing a user wrote): removed outright; the log keeps the provider's name."""
    with db.atomic():
        db.execute("DELETE FROM assist_providers WHERE id = ?", [provider_id])


# -- the log of calls ---------------------------------------------------------------------------------


def log_call(db: Database, entry: SentLogEntry, provider_id: str) -> SentLogEntry:
    entry = dataclasses.replace(entry, id=entry.id or new_id(), at=entry.at or utc_now_iso())
    try:
        _insert_log(db, entry, provider_id)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"The assistant log could not be written: {exc}") from exc
    return entry


def _insert_log(db: Database, entry: SentLogEntry, provider_id: str) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO assist_log (id, at, provider_id, provider, kind, host, action, chars_sent, preview,"
            " outcome, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                entry.id,
                entry.at,
                provider_id,
                entry.provider,
                entry.kind,
                entry.host,
                entry.action,
                entry.chars_sent,
                entry.preview,
                entry.outcome,
                entry.elapsed_ms,
            ],
        )


def recent_calls(db: Database, limit: int = 500) -> list[SentLogEntry]:
    rows = db.execute(f"SELECT {_LOG_COLUMNS} FROM assist_log ORDER BY at DESC, rowid DESC LIMIT ?", [limit])
    return [SentLogEntry(*row) for row in rows.fetchall()]
