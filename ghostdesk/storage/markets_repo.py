"""Storage: a workspace's market overrides and added markets (rows ↔ frozen dataclasses)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound
from ghostdesk.storage import trash_repo
from ghostdesk.storage.connection import Database


@dataclass(frozen=True, slots=True)
class MarketOverride:
    id: str
    market: str
    field: str
    value: Any  # the field's JSON value
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class WorkspaceMarket:
    id: str
    code: str
    profile: dict  # JSON form of the profile, as first added
    created_at: str
    updated_at: str


def overrides(db: Database, market: str | None = None) -> list[MarketOverride]:
    sql = "SELECT id, market, field, value, created_at, updated_at FROM market_overrides"
    args: list[Any] = []
    if market is not None:
        sql += " WHERE market = ?"
        args.append(market)
    rows = db.execute(sql + " ORDER BY market, field", args).fetchall()
    return [MarketOverride(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5]) for r in rows]


def put_override(db: Database, market: str, field: str, value: Any) -> None:
    now = utc_now_iso()
    with db.atomic():
        db.execute(
            """
            INSERT INTO market_overrides (id, market, field, value, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(market, field) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """,
            [new_id(), market, field, json.dumps(value, ensure_ascii=False), now, now],
        )


def delete_overrides(db: Database, market: str, field: str | None = None) -> int:
    """Remove one field's override, or all of a market's; returns how many went."""
    with db.atomic():
        if field is None:
            cursor = db.execute("DELETE FROM market_overrides WHERE market = ?", [market])
        else:
            cursor = db.execute("DELETE FROM market_overrides WHERE market = ? AND field = ?", [market, field])
        return cursor.rowcount


def markets(db: Database) -> list[WorkspaceMarket]:
    rows = db.execute(
        "SELECT id, code, profile, created_at, updated_at FROM workspace_markets ORDER BY code"
    ).fetchall()
    return [WorkspaceMarket(r[0], r[1], json.loads(r[2]), r[3], r[4]) for r in rows]


def find_market(db: Database, code: str) -> WorkspaceMarket | None:
    row = db.execute(
        "SELECT id, code, profile, created_at, updated_at FROM workspace_markets WHERE code = ?", [code]
    ).fetchone()
    return WorkspaceMarket(row[0], row[1], json.loads(row[2]), row[3], row[4]) if row else None


def add_market(db: Database, code: str, profile: dict) -> WorkspaceMarket:
    now = utc_now_iso()
    market = WorkspaceMarket(new_id(), code, profile, now, now)
    with db.atomic():
        db.execute(
            "INSERT INTO workspace_markets (id, code, profile, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            [market.id, code, json.dumps(profile, ensure_ascii=False), now, now],
        )
    return market


def delete_market(db: Database, code: str, *, deleted_by: str) -> None:
    """Move an added market and its overrides to the trash."""
    market = find_market(db, code)
    if market is None:
        raise NotFound(f"No workspace market {code}", entity="market", id=code)
    with db.atomic():
        trash_repo.put(
            db,
            entity_type="market",
            entity_id=market.id,
            label=code,
            payload={
                "market": {"id": market.id, "code": code, "profile": market.profile, "created_at": market.created_at},
                "overrides": {o.field: o.value for o in overrides(db, code)},
            },
            deleted_by=deleted_by,
        )
        db.execute("DELETE FROM market_overrides WHERE market = ?", [code])
        db.execute("DELETE FROM workspace_markets WHERE code = ?", [code])


def restore_market(db: Database, trash_id: str) -> WorkspaceMarket:
    """Bring an added market and its overrides back from the trash, in one transaction."""
    with db.atomic():
        payload = trash_repo.take(db, trash_id).payload
        market = payload["market"]
        now = utc_now_iso()
        db.execute(
            "INSERT INTO workspace_markets (id, code, profile, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            [market["id"], market["code"], json.dumps(market["profile"], ensure_ascii=False),
             market["created_at"], now],
        )  # fmt: skip
        for field, value in payload.get("overrides", {}).items():
            put_override(db, market["code"], field, value)
    found = find_market(db, market["code"])
    assert found is not None
    return found
