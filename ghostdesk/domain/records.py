"""Domain: the audit log and trash records, and the content hash approvals rely on."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


def content_hash(content: Any) -> str:
    """SHA-256 of a canonical JSON rendering: the same content always gives the same hash."""
    import hashlib  # on first use: loading OpenSSL's hashes costs start-up ≈7 ms and it needs no hash

    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: str
    at: str
    actor: str
    action: str
    entity_type: str
    entity_id: str
    content_hash: str
    details: dict[str, Any]


@dataclass(frozen=True, slots=True)
class TrashItem:
    id: str
    deleted_at: str
    deleted_by: str
    entity_type: str
    entity_id: str
    label: str
    payload: dict[str, Any]
