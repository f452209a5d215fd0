"""Domain: ids and UTC timestamps, the two things every row carries."""

from __future__ import annotations

from datetime import UTC, datetime


def new_id() -> str:
    """A text UUID: stable across machines, so a later sync needs no rewrite."""
    import uuid  # on first use: opening a workspace and showing the window make no ids

    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


def utc_now_iso() -> str:
    """UTC ISO-8601 with microseconds; sorts lexically in time order."""
    return utc_now().isoformat(timespec="microseconds")


def parse_utc(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
