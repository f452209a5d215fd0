"""CLI: share kits — `ghostdesk kits export --workspace W --campaign C --out DIR [--jobs N] [--json]`.

Exit 1, with the list, when shares still need approval (or changed since) or when share texts in one wave
are nearly identical (each pair printed; `--accept-similar` writes them anyway)."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from pathlib import Path

from ghostdesk.commands.output import Output
from ghostdesk.services import settings as settings_service
from ghostdesk.services import workspaces


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("kits", help="share kits: one Word document per ambassador")
    actions = group.add_subparsers(dest="kits_command", metavar="ACTION", required=True)
    p = actions.add_parser("export", parents=[parent], help="write every opted-in ambassador's kit for a campaign")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.add_argument("--campaign", required=True, metavar="ID_OR_NAME")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--jobs", type=int, default=None, metavar="N", help="worker processes (default: all cores)")
    p.add_argument("--accept-similar", action="store_true", help="write kits even when share texts look alike")
    p.add_argument("--zip", action="store_true", help="also write a zip of the campaign's folder")
    p.set_defaults(handler=_export)


def _export(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.domain.kits import KitsNeedApproval, KitsTooSimilar
    from ghostdesk.services import campaigns, kit_inputs, kits

    user = settings_service.load().user_name
    if args.jobs is not None and args.jobs < 1:
        out.fail("--jobs must be 1 or more")
        return 1
    if (args.jobs or os.cpu_count() or 1) > 1:
        kits.prepare_workers()  # the pool's fork server warms up in its own process while the plan is read
    # not read-only: share texts still holding the campaign's placeholder are chosen and stored first
    with workspaces.open_workspace(args.workspace) as ws:
        campaign = campaigns.resolve(ws.db, args.campaign)
        plan = kit_inputs.build(ws.db, campaign.id, user_name=user, actor=user or "cli")
    try:
        result = kits.export(plan.inputs, args.out, jobs=args.jobs, accept_similar=args.accept_similar, zip=args.zip)
    except KitsNeedApproval as exc:
        items = _with_titles(exc.fields.get("items", []), plan)
        exc.fields["items"] = items
        hint = "Approve them on the Calendar, then export again."
        if any(not i.get("variant_approved", True) for i in items):  # the Calendar alone cannot unblock these
            hint = "Approve their variants on the Variants page, then their places on the Calendar, then export again."
        _blocked(out, exc, [_approval_line(i) for i in items], hint)
        return 1
    except KitsTooSimilar as exc:
        lines = [f"{p['a_name']} and {p['b_name']}: {p['score']:g}% alike ({p['slot']})" for p in exc.fields["pairs"]]
        _blocked(out, exc, lines, "Change one text of each pair, or pass --accept-similar.")
        return 1
    result = replace(result, skipped=tuple(plan.left_out) + result.skipped)
    data = kits.result_to_dict(result)
    data["texts_stored"] = plan.texts_stored
    lines = [f"Wrote {len(result.files)} kits to {', '.join(result.folders) or args.out}."]
    lines += [f"  skipped {s.name}: {s.reason}" + (f" ({s.detail})" if s.detail else "") for s in result.skipped]
    lines += [f"  warning: {w}" for w in result.warnings]
    lines += [f"  zip: {z}" for z in result.zips]
    lines += [f"  removed from an earlier export (no longer in this one): {r}" for r in result.removed]
    out.result(data, "\n".join(lines))
    return 1 if result.cancelled else 0


def _with_titles(items: list[dict], plan) -> list[dict]:
    extra = {i["share_id"]: i for i in plan.needs_approval}
    return [{**extra.get(i["share_id"], {}), **i} for i in items]


def _approval_line(item: dict) -> str:
    what = item.get("post_title") or item["share_id"]
    market = f" [{item['market']}]" if item.get("market") else ""
    problem = item["problem"].replace("_", " ")
    if item["problem"] == "not_approved" and not item.get("variant_approved", True):
        problem = "variant not approved yet"
    return f"{item['name']}: {what}{market} — {problem}"


def _blocked(out: Output, exc, lines: list[str], hint: str) -> None:
    if out.json_mode:
        out.error(exc)
        return
    out.err_stream.write(f"ghostdesk: {exc.message}\n")
    for line in lines:
        out.err_stream.write(f"  {line}\n")
    out.err_stream.write(f"  {hint}\n")
