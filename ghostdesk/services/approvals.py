"""Services: the workflow posts and variants share — approving exactly this content and moving along the statuses
(`domain.posts.TRANSITIONS`), each step written with its audit record in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from ghostdesk.domain.clock import utc_now_iso
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.posts import NEEDS_APPROVAL, ApprovableContent, Approval, PostStatus, check_transition
from ghostdesk.storage import audit_repo
from ghostdesk.storage.connection import Database

T = TypeVar("T", bound=ApprovableContent)


def approve(db: Database, item: T, *, actor: str, entity_type: str, update: Callable, details: dict) -> T:
    """Record who approved `item` (a post or a variant), when, and the hash of exactly what they approved;
    `update(db, approved)` writes it, and the audit record ("<entity_type>.approve") carries `details` after the
    status it came from."""
    check_transition(item.status, PostStatus.APPROVED)
    now = utc_now_iso()
    approved = replace(
        item,
        status=PostStatus.APPROVED,
        approval=Approval(by=actor, at=now, content_hash=item.content_hash),
        updated_at=now,
    )
    details = {"from": item.status.value, **details}
    return _store(
        db, item, approved, actor=actor, entity_type=entity_type, step="approve", update=update, details=details
    )


def move(
    db: Database,
    item: T,
    target: PostStatus,
    *,
    actor: str,
    entity_type: str,
    update: Callable,
    not_approved: type[GhostDeskError],
) -> T:
    """Move `item` to `target` (not through approval: see `approve`). The statuses resting on an approval need one
    of the current content (else `not_approved`); they and archiving keep it, the others drop it."""
    check_transition(item.status, target)
    if target in NEEDS_APPROVAL and not item.approval_valid:
        raise not_approved(f"{item.id} has no approval of its current content", id=item.id, target=target.value)
    keep = target in NEEDS_APPROVAL or target == PostStatus.ARCHIVED
    changed = replace(item, status=target, approval=item.approval if keep else None, updated_at=utc_now_iso())
    details = {"from": item.status.value, "to": target.value}
    return _store(
        db, item, changed, actor=actor, entity_type=entity_type, step="status", update=update, details=details
    )


def _store(
    db: Database, before: T, after: T, *, actor: str, entity_type: str, step: str, update: Callable, details: dict
) -> T:
    """Write `after` and its audit record ("<entity_type>.<step>", about `before`'s content) in one transaction."""
    with db.atomic():
        update(db, after)
        audit_repo.record(
            db,
            actor=actor,
            action=f"{entity_type}.{step}",
            entity_type=entity_type,
            entity_id=before.id,
            content_hash=before.content_hash,
            details=details,
        )
    return after
