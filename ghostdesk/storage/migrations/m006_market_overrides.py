"""Storage: m006 — per-workspace market overrides and markets a workspace adds without code."""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m006_market_overrides")
def m006_market_overrides(db: Database) -> None:
    # One row per (market, field): the field's whole value as JSON, replacing the shipped one.
    db.execute(
        """
        CREATE TABLE market_overrides (
            id TEXT PRIMARY KEY,
            market TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (market, field)
        )
        """
    )
    # A workspace-defined market: its full profile as JSON (same shape as resources/markets/*.json).
    db.execute(
        """
        CREATE TABLE workspace_markets (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            profile TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
