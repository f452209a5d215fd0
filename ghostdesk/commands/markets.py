"""CLI: markets — list the workspace's markets, show one profile, override or reset a field."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from pathlib import Path

from ghostdesk.commands.opening import open_workspace as _open
from ghostdesk.commands.output import Output
from ghostdesk.markets import calendar, formats
from ghostdesk.markets.profiles import WEEKDAYS, profile_to_raw
from ghostdesk.services import markets


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("markets", help="market profiles: list, show, override")
    actions = group.add_subparsers(dest="markets_command", metavar="ACTION", required=True)

    p = actions.add_parser("list", parents=[parent], help="the workspace's markets")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.set_defaults(handler=_list)

    p = actions.add_parser("show", parents=[parent], help="one market's effective profile")
    p.add_argument("code")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.set_defaults(handler=_show)

    p = actions.add_parser("override", parents=[parent], help="override one field for this workspace")
    p.add_argument("code")
    p.add_argument("field")
    p.add_argument("value", help="the field's new value as JSON (plain text for a text field)")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.set_defaults(handler=_override)

    p = actions.add_parser("reset", parents=[parent], help="drop a field's override (all fields without FIELD)")
    p.add_argument("code")
    p.add_argument("field", nargs="?")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.set_defaults(handler=_reset)


def _summary(entry: markets.MarketEntry) -> dict:
    p = entry.profile
    return {
        "code": p.code,
        "name": p.name,
        "language": p.language,
        "locale": p.locale,
        "time_zones": list(p.time_zones),
        "networks": list(p.networks),
        "origin": entry.origin,
        "overridden": list(entry.overridden),
    }


def _list(args: argparse.Namespace, out: Output) -> int:
    with _open(args.workspace) as ws:
        found = markets.entries(ws.db)
    lines = []
    for e in found:
        mark = " (added)" if e.origin == markets.WORKSPACE else ""
        over = f"  [overridden: {', '.join(e.overridden)}]" if e.overridden else ""
        lines.append(f"{e.code:<4} {e.profile.name}{mark} — {e.profile.locale}, {', '.join(e.profile.networks)}{over}")
    out.result({"markets": [_summary(e) for e in found]}, "\n".join(lines))
    return 0


def _show(args: argparse.Namespace, out: Output) -> int:
    with _open(args.workspace) as ws:
        entry = markets.entry(ws.db, args.code)
    p = entry.profile
    today = date.today()
    upcoming = calendar.holidays_between(p, today, today + timedelta(days=90))
    data = {
        **profile_to_raw(p),
        "origin": entry.origin,
        "overridden": list(entry.overridden),
        "formats": formats.examples(p),
        "holidays_next_90_days": [{"date": d.isoformat(), "name": n} for d, n in upcoming],
    }
    lines = [f"{p.code} — {p.name} ({p.locale}; {', '.join(p.time_zones)})"]
    if entry.overridden:
        lines.append(f"overridden here: {', '.join(entry.overridden)}")
    lines.append("networks:")
    for r in p.network_rules:
        unit = "weighted characters" if r.counting == "x_weighted" else "characters"
        limit = f"{r.limit:,} {unit}" if r.limit else "limit unknown"
        fold = f", fold ~{r.fold}" if r.fold else ""
        lines.append(f"  {r.name}: {limit}{fold}{'' if r.verified else ' (unverified)'}")
    for network, why in p.unavailable_networks:
        lines.append(f"  not available: {network}" + (f" — {why}" if why else ""))
    lines.append(f"register: {p.register.formality}, {p.register.address}")
    lines.append(f"disclosure (a hint, not legal advice): {p.disclosure.label}")
    windows = ", ".join(f"{w.start:%H:%M}–{w.end:%H:%M}" for w in p.posting_windows)
    lines.append(f"posting windows (local): {windows}; weekend: {', '.join(WEEKDAYS[d] for d in p.weekend)}")
    ex = data["formats"]
    lines.append(f"formats: {ex['date']}, {ex['number']}" + (f", {ex['money']}" if ex["money"] else ""))
    lines.append("holidays in the next 90 days:")
    lines.extend(f"  {d.isoformat()} {n}" for d, n in upcoming)
    if not upcoming:
        lines.append("  none")
    lines.append("checklist:")
    lines.extend(f"  - {item}" for item in p.checklist)
    out.result(data, "\n".join(lines))
    return 0


def _parse_value(text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text  # plain text for a text field


def _override(args: argparse.Namespace, out: Output) -> int:
    with _open(args.workspace, write=True) as ws:
        markets.set_override(ws.db, args.code, args.field, _parse_value(args.value))
        entry = markets.entry(ws.db, args.code)
    out.result(_summary(entry), f"{entry.code}: {args.field} overridden for this workspace")
    return 0


def _reset(args: argparse.Namespace, out: Output) -> int:
    with _open(args.workspace, write=True) as ws:
        removed = markets.clear_override(ws.db, args.code, args.field)
    out.result({"code": args.code.upper(), "removed": removed}, f"{removed} override(s) removed")
    return 0
