"""Domain: what the trash lists, and why an item cannot come back from it."""

from __future__ import annotations

from dataclasses import dataclass

from ghostdesk.domain.errors import GhostDeskError

# The kinds of record that go to the trash today, in the order the UI names them.
KINDS = ("post", "variant", "executive", "voice_sample", "market", "campaign")


@dataclass(frozen=True, slots=True)
class TrashEntry:
    """One line of the trash (the stored payload stays in storage). `with_items` counts the records that went
    to the trash with this one and come back with it (a post's market variants)."""

    id: str
    deleted_at: str
    deleted_by: str
    entity_type: str
    entity_id: str
    label: str
    with_items: int = 0


class TrashError(GhostDeskError):
    code = "trash"


class RestoreNeedsParent(TrashError):
    """The record belongs to another one that is not there: `parent_type` is in the trash (`in_trash`, restore
    it first, its label in `parent_label`) or was deleted permanently (the record cannot come back)."""

    code = "trash_parent_missing"


class RestoreConflict(TrashError):
    """Another record now holds what this one needs to be unique (`field`: name, code or market; `value`)."""

    code = "trash_restore_conflict"


class NotRestorable(TrashError):
    """A kind of record GhostDesk does not know how to bring back (`entity_type`)."""

    code = "trash_not_restorable"
