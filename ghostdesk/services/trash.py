"""Services: the trash — what was deleted (newest first), bringing one item back, deleting for good.

Restoring dispatches by kind to the service that owns the record, after checking what it needs is there (a
variant's post, a post's or a sample's executive) and that nothing else now holds its name or code. Every
restore and purge is one transaction with its audit entry: nothing is half-written.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ghostdesk.domain.trash import KINDS, NotRestorable, RestoreConflict, RestoreNeedsParent, TrashEntry
from ghostdesk.storage import audit_repo, trash_repo
from ghostdesk.storage.connection import Database
from ghostdesk.storage.workspace import Workspace

__all__ = ["KINDS", "TrashEntry", "empty", "entries", "get", "purge", "restore"]


def _with_post() -> str:
    from ghostdesk.storage.variants_repo import WITH_ITS_POST

    return WITH_ITS_POST


def entries(db: Database) -> list[TrashEntry]:
    """Every item a user can restore or purge, newest first. Variants that went to the trash with their post are
    not listed on their own: they come back (or go for good) with it, counted in the post's `with_items`."""
    hidden = _with_post()
    counts = dict(
        db.execute(
            "SELECT json_extract(payload, '$.row.post_id'), COUNT(*) FROM trash"
            " WHERE entity_type = 'variant' AND deleted_by = ? GROUP BY 1",
            [hidden],
        ).fetchall()
    )
    return [
        TrashEntry(*row, with_items=counts.get(row[4], 0) if row[3] == "post" else 0)
        for row in trash_repo.entries(db, hidden_by=hidden)
    ]


def get(db: Database, trash_id: str) -> TrashEntry:
    item = trash_repo.get(db, trash_id)
    return TrashEntry(item.id, item.deleted_at, item.deleted_by, item.entity_type, item.entity_id, item.label)


# -- restoring ---------------------------------------------------------------------------------------------


def restore(workspace: Workspace, trash_id: str, *, actor: str) -> TrashEntry:
    """Bring one item back with what went to the trash with it. Raises RestoreNeedsParent (restore the parent
    first, or it is gone for good), RestoreConflict (its name/code is taken now) or NotRestorable."""
    db = workspace.db
    item = trash_repo.get(db, trash_id)
    kind = item.entity_type
    if kind not in KINDS:
        raise NotRestorable(f"A {kind} cannot be restored", entity_type=kind, label=item.label)
    _check(db, kind, item.payload, item.label)
    with db.atomic():
        _dispatch(workspace, kind, trash_id, actor)
        audit_repo.record(
            db, actor=actor, action="trash.restore", entity_type=kind, entity_id=item.entity_id,
            details={"trash_id": item.id, "label": item.label, "deleted_at": item.deleted_at},
        )  # fmt: skip
    return TrashEntry(item.id, item.deleted_at, item.deleted_by, kind, item.entity_id, item.label)


def _dispatch(workspace: Workspace, kind: str, trash_id: str, actor: str) -> None:
    db = workspace.db
    if kind == "post":
        from ghostdesk.services import posts

        posts.restore(workspace, trash_id)
    elif kind == "variant":
        from ghostdesk.services import variants

        variants.restore(db, trash_id)
    elif kind == "executive":
        from ghostdesk.services import voices

        voices.restore_executive(db, trash_id)
    elif kind == "voice_sample":
        from ghostdesk.services import voices

        voices.restore_sample(db, trash_id, actor=actor)
    elif kind == "market":
        from ghostdesk.services import markets

        markets.restore_market(db, trash_id)
    elif kind == "campaign":
        from ghostdesk.services import campaigns

        campaigns.restore(db, trash_id)


def _exists(db: Database, table: str, record_id: str) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone() is not None


def _parent(db: Database, parent_type: str, table: str, parent_id: str, label: str, kind: str) -> None:
    """Raise unless the parent record is there; say whether it waits in the trash (restore it first)."""
    if _exists(db, table, parent_id):
        return
    row = db.execute(
        "SELECT label FROM trash WHERE entity_type = ? AND entity_id = ? ORDER BY deleted_at DESC LIMIT 1",
        [parent_type, parent_id],
    ).fetchone()
    in_trash = row is not None
    hint = f"restore the {parent_type} first" if in_trash else f"its {parent_type} was deleted permanently"
    raise RestoreNeedsParent(
        f"Cannot restore {label!r}: {hint}",
        entity_type=kind, label=label, parent_type=parent_type, parent_label=row[0] if row else "",
        in_trash=in_trash,
    )  # fmt: skip


def _check(db: Database, kind: str, payload: dict[str, Any], label: str) -> None:
    if kind == "post":
        _parent(db, "executive", "executives", payload["row"]["executive_id"], label, kind)
    elif kind == "variant":
        row = payload["row"]
        _parent(db, "post", "posts", row["post_id"], label, kind)
        taken = db.execute(
            "SELECT 1 FROM variants WHERE post_id = ? AND market = ?", [row["post_id"], row["market"]]
        ).fetchone()
        if taken:
            raise RestoreConflict(
                f"The post has a {row['market']} variant again", entity_type=kind, label=label, field="market",
                value=row["market"],
            )  # fmt: skip
    elif kind == "voice_sample":
        _parent(db, "executive", "executives", payload["row"]["executive_id"], label, kind)
    elif kind == "market":
        from ghostdesk.markets import profiles

        code = payload["market"]["code"]
        if (
            code in profiles.shipped()
            or db.execute("SELECT 1 FROM workspace_markets WHERE code = ?", [code]).fetchone()
        ):
            raise RestoreConflict(f"Market {code} exists again", entity_type=kind, label=label, field="code",
                                  value=code)  # fmt: skip
    elif kind == "campaign":
        name = payload["campaign"][1]
        if db.execute("SELECT 1 FROM campaigns WHERE name = ? COLLATE NOCASE", [name]).fetchone():
            raise RestoreConflict(f"A campaign is named {name} again", entity_type=kind, label=label, field="name",
                                  value=name)  # fmt: skip


# -- deleting for good ---------------------------------------------------------------------------------------


def purge(db: Database, trash_id: str, *, actor: str) -> int:
    """Delete one item for good, with what went to the trash with it (a post's variants; an executive's voice
    profile and trashed samples). Returns how many trash items went."""
    item = trash_repo.get(db, trash_id)
    with db.atomic():
        ids = [item.id, *_companions(db, item.entity_type, item.entity_id)]
        if item.entity_type == "executive" and not _exists(db, "executives", item.entity_id):
            from ghostdesk.storage import voices_repo

            voices_repo.forget_executive(db, item.entity_id)
        count = trash_repo.purge(db, ids)
        audit_repo.record(
            db, actor=actor, action="trash.purge", entity_type=item.entity_type, entity_id=item.entity_id,
            details={"trash_id": item.id, "label": item.label, "deleted_at": item.deleted_at,
                     "deleted_by": item.deleted_by, "items": count},
        )  # fmt: skip
    return count


def _companions(db: Database, kind: str, entity_id: str) -> list[str]:
    if kind == "post":
        sql = (
            "SELECT id FROM trash WHERE entity_type = 'variant' AND deleted_by = ?"
            " AND json_extract(payload, '$.row.post_id') = ?"
        )
        return [r[0] for r in db.execute(sql, [_with_post(), entity_id]).fetchall()]
    if kind == "executive" and not _exists(db, "executives", entity_id):
        sql = "SELECT id FROM trash WHERE entity_type = 'voice_sample' AND json_extract(payload, '$.row.executive_id') = ?"
        return [r[0] for r in db.execute(sql, [entity_id]).fetchall()]
    return []


def empty(db: Database, *, actor: str) -> int:
    """Delete everything in the trash for good (executives' voice profiles with them); one audit entry."""
    with db.atomic():
        kinds = Counter(r[0] for r in db.execute("SELECT entity_type FROM trash").fetchall())
        executives = [
            r[0]
            for r in db.execute(
                "SELECT DISTINCT entity_id FROM trash WHERE entity_type = 'executive'"
                " AND entity_id NOT IN (SELECT id FROM executives)"
            ).fetchall()
        ]
        if executives:
            from ghostdesk.storage import voices_repo

            for executive_id in executives:
                voices_repo.forget_executive(db, executive_id)
        count = trash_repo.purge_all(db)
        if count:
            audit_repo.record(
                db, actor=actor, action="trash.empty", entity_type="trash", entity_id="",
                details={"items": count, "kinds": dict(sorted(kinds.items()))},
            )  # fmt: skip
    return count
