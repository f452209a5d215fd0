"""CLI: the trash — list what was deleted, restore one item, delete one or all for good."""

from __future__ import annotations

import argparse
from pathlib import Path

from ghostdesk.commands.actor import actor as _actor
from ghostdesk.commands.opening import open_workspace as _open
from ghostdesk.commands.output import Output

_KIND_WORDS = {
    "post": "post",
    "variant": "variant",
    "executive": "voice profile",
    "voice_sample": "voice sample",
    "market": "market",
    "campaign": "campaign",
}


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("trash", help="deleted records: list, restore, delete for good")
    actions = group.add_subparsers(dest="trash_command", metavar="ACTION", required=True)

    p = actions.add_parser("list", parents=[parent], help="what is in the trash, newest first")
    p.add_argument("path", type=Path, metavar="PATH")
    p.set_defaults(handler=_list)

    p = actions.add_parser("restore", parents=[parent], help="bring one item back (with what went with it)")
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("id", metavar="ID", help="the trash item's id (see: ghostdesk trash list)")
    p.set_defaults(handler=_restore)

    p = actions.add_parser("purge", parents=[parent], help="delete one item, or everything, for good")
    p.add_argument("path", type=Path, metavar="PATH")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", metavar="ID", help="the trash item's id")
    which.add_argument("--all", action="store_true", help="empty the whole trash")
    p.set_defaults(handler=_purge)


def _entry(e) -> dict:
    return {
        "id": e.id,
        "type": e.entity_type,
        "label": e.label,
        "deleted_at": e.deleted_at,
        "deleted_by": e.deleted_by,
        "entity_id": e.entity_id,
        "with_items": e.with_items,
    }


def _line(e) -> str:
    extra = f" (+{e.with_items} variant(s))" if e.with_items else ""
    return f"{e.id}  {e.deleted_at[:16].replace('T', ' ')}  {_KIND_WORDS.get(e.entity_type, e.entity_type):<13} {e.label}{extra}  — by {e.deleted_by}"


def _list(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import trash

    with _open(args.path) as ws:
        found = trash.entries(ws.db)
    human = "\n".join(_line(e) for e in found) if found else "The trash is empty."
    out.result({"items": [_entry(e) for e in found]}, human)
    return 0


def _restore(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import trash

    with _open(args.path, write=True) as ws:
        entry = trash.restore(ws, args.id, actor=_actor())
    word = _KIND_WORDS.get(entry.entity_type, entry.entity_type)
    out.result({"restored": _entry(entry)}, f"Restored the {word} “{entry.label}”.")
    return 0


def _purge(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import trash

    with _open(args.path, write=True) as ws:
        count = trash.empty(ws.db, actor=_actor()) if args.all else trash.purge(ws.db, args.id, actor=_actor())
    out.result({"purged": count}, f"Deleted {count} item(s) for good.")
    return 0
