"""CLI: campaigns — `ghostdesk plan`, `ghostdesk calendar ics` and `ghostdesk campaigns …` (list, create, add a
post, approve or reject, review packages and decisions)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ghostdesk.commands.actor import actor as _actor
from ghostdesk.commands.output import Output
from ghostdesk.services import workspaces


def _ws(parser: argparse.ArgumentParser, campaign: bool = True) -> None:
    parser.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    if campaign:
        parser.add_argument("--campaign", required=True, metavar="ID_OR_NAME")


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("plan", parents=[parent], help="plan a campaign's executive posts and ambassador shares")
    _ws(p)
    p.add_argument("--apply", action="store_true", help="store the plan (replacing the campaign's previous plan)")
    p.set_defaults(handler=_plan)

    cal = sub.add_parser("calendar", help="calendar files")
    cal_actions = cal.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    p = cal_actions.add_parser("ics", parents=[parent], help="export a campaign's planned times as an .ics file")
    _ws(p)
    p.add_argument("--ambassador", metavar="EMAIL", help="only this ambassador's shares")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.set_defaults(handler=_ics)

    group = sub.add_parser("campaigns", help="campaigns: list, create, add posts, approve, review packages")
    actions = group.add_subparsers(dest="campaigns_command", metavar="ACTION", required=True)
    p = actions.add_parser("list", parents=[parent], help="the workspace's campaigns")
    _ws(p, campaign=False)
    p.set_defaults(handler=_list)

    p = actions.add_parser("create", parents=[parent], help="a new campaign")
    _ws(p, campaign=False)
    p.add_argument("--name", required=True)
    p.add_argument("--objective", choices=("visibility", "reputation", "leads"), default="visibility")
    p.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--end", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--markets", required=True, metavar="US,FR,…")
    p.add_argument("--contact", default="", help="whom ambassadors ask")
    for target in ("reach", "engagement", "clicks", "conversions"):
        p.add_argument(f"--{target}", type=int, default=0, metavar="N", help=f"target {target}")
    p.set_defaults(handler=_create)

    p = actions.add_parser("add-post", parents=[parent], help="put a post in the campaign on a day")
    _ws(p)
    p.add_argument("--post", required=True, metavar="ID")
    p.add_argument("--day", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--time", default="", metavar="HH:MM", help="local time (default: the market's window)")
    p.set_defaults(handler=_add_post)

    p = actions.add_parser("status", parents=[parent], help="each item's approval state")
    _ws(p)
    p.set_defaults(handler=_status)

    p = actions.add_parser("approve", parents=[parent], help="approve (or reject) items or the whole campaign")
    _ws(p)
    p.add_argument("--item", default="all", metavar="slot:ID|waves|campaign|all")
    p.add_argument("--reject", action="store_true", help="reject (needs --comment)")
    p.add_argument("--comment", default="")
    p.set_defaults(handler=_approve)

    p = actions.add_parser("review-export", parents=[parent], help="a review package for an offline reviewer")
    _ws(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.set_defaults(handler=_review_export)

    p = actions.add_parser("brief", parents=[parent], help="the campaign brief as a Word document")
    _ws(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.docx")
    p.set_defaults(handler=_brief)

    p = actions.add_parser("review-import", parents=[parent], help="apply a reviewer's decisions file")
    _ws(p, campaign=False)
    p.add_argument("--decisions", type=Path, required=True, metavar="FILE")
    p.set_defaults(handler=_review_import)


def _plan(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.commands.plan_words import explain
    from ghostdesk.services import campaigns
    from ghostdesk.services.planner import plan_to_dict

    with workspaces.open_workspace(args.workspace, read_only=not args.apply) as ws:
        campaign = campaigns.resolve(ws.db, args.campaign)
        result = campaigns.compute(ws.db, campaign.id)
        if args.apply:
            campaigns.apply(ws.db, campaign.id, result, actor=_actor())
    data = {"campaign": {"id": campaign.id, "name": campaign.name}, "applied": bool(args.apply), **plan_to_dict(result)}
    for row, skip in zip(data["skipped"], result.skipped, strict=True):
        row["explanation"] = explain(skip)
    lines = [f"{campaign.name}: {len(result.slots)} executive posts, {len(result.shares)} shares, "
             f"{len(result.skipped)} not planned."]  # fmt: skip
    for slot in result.slots:
        lines.append(f"  {slot.local:%Y-%m-%d %H:%M} {slot.time_zone:20} {slot.market} {slot.network}"
                     + (f"  (holiday: {slot.holiday})" if slot.holiday else ""))  # fmt: skip
    for share in result.shares:
        lines.append(f"    {share.local:%Y-%m-%d %H:%M} {share.time_zone:20} {share.wave:14} {share.ambassador_name}"
                     f" on {share.network}")  # fmt: skip
    for skip in result.skipped:
        lines.append(f"  - {explain(skip)}")
    if args.apply:
        lines.append("Stored as the campaign's plan.")
    out.result(data, "\n".join(lines))
    return 0


def _ics(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import campaign_files, campaigns

    with workspaces.open_workspace(args.workspace, read_only=True) as ws:
        campaign = campaigns.resolve(ws.db, args.campaign)
        count = campaign_files.export_ics(ws.db, campaign.id, args.out, ambassador_email=args.ambassador)
    out.result({"path": str(args.out), "events": count}, f"Wrote {count} events to {args.out}.")
    return 0


def _list(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import campaigns

    with workspaces.open_workspace(args.workspace, read_only=True) as ws:
        found = campaigns.list_campaigns(ws.db)
    lines = [f"{c.id}  {c.name}  {c.start}–{c.end}  {','.join(c.markets)}  {c.status.value}" for c in found]
    out.result(found, "\n".join(lines) or "No campaigns.")
    return 0


def _create(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import campaigns

    targets = {t: getattr(args, t) for t in ("reach", "engagement", "clicks", "conversions")}
    with workspaces.open_workspace(args.workspace) as ws:
        campaign = campaigns.create(
            ws.db, name=args.name, objective=args.objective, start=args.start, end=args.end,
            markets=args.markets.split(","), contact=args.contact, targets=targets, actor=_actor(),
        )  # fmt: skip
    out.result(campaign, f"Created campaign {campaign.name} ({campaign.id}).")
    return 0


def _add_post(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.domain.campaigns import CampaignPost
    from ghostdesk.services import campaigns, posts

    with workspaces.open_workspace(args.workspace) as ws:
        campaign = campaigns.resolve(ws.db, args.campaign)
        posts.get(ws, args.post)  # an unknown id is "No post …", not a foreign-key failure
        items = [p for p in campaigns.posts(ws.db, campaign.id) if p.post_id != args.post]
        items.append(CampaignPost(campaign.id, args.post, args.day, args.time))
        campaigns.set_posts(ws.db, campaign.id, items, actor=_actor())
    out.result({"campaign": campaign.id, "posts": len(items)}, f"{campaign.name} now has {len(items)} post(s).")
    return 0


def _status(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import campaigns

    with workspaces.open_workspace(args.workspace, read_only=True) as ws:
        campaign = campaigns.resolve(ws.db, args.campaign)
        states = campaigns.states(ws.db, campaign.id)
    rows = [{"type": k[0].value, "id": k[1], "state": v.state.value, "hash": v.current_hash} for k, v in states.items()]
    out.result(rows, "\n".join(f"{r['type']:8} {r['state']:24} {r['id']}" for r in rows) or "Nothing planned.")
    return 0


def _approve(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.domain.campaigns import Decision, ItemType
    from ghostdesk.domain.errors import ValidationError
    from ghostdesk.services import campaigns

    decision = Decision.REJECT if args.reject else Decision.APPROVE
    with workspaces.open_workspace(args.workspace) as ws:
        campaign = campaigns.resolve(ws.db, args.campaign)
        if args.item == "all" and decision == Decision.APPROVE:
            records = campaigns.approve_all(ws.db, campaign.id, actor=_actor(), comment=args.comment)
        else:
            kind, _, item_id = ("campaign" if args.item == "all" else args.item).partition(":")
            if kind not in {t.value for t in ItemType}:
                raise ValidationError(
                    f"--item is slot:ID, waves, campaign or all, not {args.item!r}", field="item", value=args.item
                )
            records = [campaigns.decide(ws.db, campaign.id, ItemType(kind), item_id, decision, actor=_actor(),
                                        comment=args.comment)]  # fmt: skip
    out.result(records, f"{len(records)} decision(s) recorded ({decision.value}).")
    return 0


def _review_export(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import campaign_files, campaigns

    with workspaces.open_workspace(args.workspace) as ws:  # not read-only: the first export makes the key
        campaign = campaigns.resolve(ws.db, args.campaign)
        path = campaign_files.export_review(ws.db, campaign.id, args.out, actor=_actor())
    out.result({"path": str(path)}, f"Wrote the review package {path}.")
    return 0


def _review_import(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import campaign_files

    with workspaces.open_workspace(args.workspace) as ws:
        result = campaign_files.import_decisions(ws.db, args.decisions, actor=_actor())
    lines = [f"{len(result.applied)} decision(s) applied."]
    lines += [f"  changed since the review, not applied: {r['type']} {r['id']}" for r in result.outdated]
    lines += [f"  no longer exists: {r['type']} {r['id']}" for r in result.unknown]
    out.result(result, "\n".join(lines))
    return 0


def _brief(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import campaign_files, campaigns

    with workspaces.open_workspace(args.workspace, read_only=True) as ws:
        campaign = campaigns.resolve(ws.db, args.campaign)
        path = campaign_files.export_brief(ws.db, campaign.id, args.out)
    out.result({"path": str(path)}, f"Wrote the campaign brief {path}.")
    return 0
