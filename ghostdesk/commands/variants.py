"""CLI: market variants — the posts × markets matrix, create a variant from its master, show one."""

from __future__ import annotations

import argparse
from pathlib import Path

from ghostdesk.commands.actor import actor as _actor
from ghostdesk.commands.output import Output
from ghostdesk.commands.posts import _exit_code, _human
from ghostdesk.domain.errors import NotFound
from ghostdesk.services import variants, workspaces


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("variants", help="market variants of posts: matrix, create, show")
    actions = group.add_subparsers(dest="variants_command", metavar="ACTION", required=True)

    p = actions.add_parser("status", parents=[parent], help="posts × markets: each variant's status and findings")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.add_argument("--campaign", metavar="ID", help="only this campaign's posts")
    p.set_defaults(handler=_status)

    p = actions.add_parser("create", parents=[parent], help="a variant of a post for a market, from its master")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.add_argument("--post", required=True, metavar="ID")
    p.add_argument("--market", required=True, metavar="CODE")
    p.add_argument("--reviewer", default="", metavar="NAME", help="the local reviewer")
    p.add_argument("--planned-date", default="", metavar="YYYY-MM-DD")
    p.set_defaults(handler=_create)

    p = actions.add_parser("show", parents=[parent], help="one variant, whether its master changed, its findings")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.add_argument("--post", required=True, metavar="ID")
    p.add_argument("--market", required=True, metavar="CODE")
    p.set_defaults(handler=_show)


def _cell_text(cell) -> str:
    if cell is None:
        return "—"
    text = cell.status.value
    if cell.stale:
        text += " (master changed)"
    if cell.blocking or cell.warnings:
        text += f" [{cell.blocking}✖ {cell.warnings}⚠]"
    return text


def _status(args: argparse.Namespace, out: Output) -> int:
    with workspaces.open_workspace(args.workspace, read_only=True) as ws:
        result = variants.matrix(ws.db, args.campaign)
    lines = []
    for row in result.rows:
        lines.append(f"{row.title[:50]} ({row.language}, {row.status.value})")
        for market in result.markets:
            lines.append(f"  {market:4} {_cell_text(row.cells.get(market))}")
    human = "\n".join(lines) if lines else "No posts."
    out.result(result.to_dict(), human)
    return 0


def _variant_dict(variant, staleness) -> dict:
    return {
        "id": variant.id,
        "post_id": variant.post_id,
        "market": variant.market,
        "language": variant.language,
        "networks": list(variant.networks),
        "body": variant.body,
        "hashtags": list(variant.hashtags),
        "link": variant.link,
        "disclosure": variant.disclosure,
        "status": variant.status.value,
        "reviewer": variant.reviewer,
        "planned_date": variant.planned_date,
        "adapted": variant.adapted,
        "content_hash": variant.content_hash,
        "approved_hash": variant.approval.content_hash if variant.approval else None,
        "approval_valid": variant.approval_valid,
        "base_version": variant.base_version,
        "master_version": staleness.current_version,
        "master_changed": staleness.stale,
        "master_diff": [list(d) for d in staleness.diff],
    }


def _create(args: argparse.Namespace, out: Output) -> int:
    with workspaces.open_workspace(args.workspace) as ws:
        variant = variants.create(
            ws.db, args.post, args.market, actor=_actor(), reviewer=args.reviewer, planned_date=args.planned_date
        )
        data = _variant_dict(variant, variants.stale(ws.db, variant))
    out.result(data, f"Created the {variant.market} variant {variant.id} (to adapt from the master's text).")
    return 0


def _show(args: argparse.Namespace, out: Output) -> int:
    with workspaces.open_workspace(args.workspace, read_only=True) as ws:
        variant = variants.find(ws.db, args.post, args.market)
        if variant is None:
            raise NotFound(f"No {args.market.upper()} variant of {args.post}", entity="variant", id=args.post)
        staleness = variants.stale(ws.db, variant)
        findings = variants.check(ws.db, variant)
    data = _variant_dict(variant, staleness) | {"findings": [f.to_dict() for f in findings]}
    head = [f"{variant.market} variant, {variant.language}, {variant.status.value}, on {', '.join(variant.networks)}"]
    if staleness.stale:
        head.append(f"Master changed since version {staleness.base_version} (now {staleness.current_version}):")
        head.extend(f"  {tag} {line}" for tag, line in staleness.diff if tag != " ")
    head.append("")
    head.append(variant.body)
    head.append("")
    out.result(data, "\n".join(head) + "\n" + _human(findings, variant.body))
    return _exit_code(findings)
