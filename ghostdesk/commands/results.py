"""CLI: campaign results — import figures, the recognition board (privacy applied) and the results reports."""

from __future__ import annotations

import argparse
from pathlib import Path

from ghostdesk.commands.output import Output
from ghostdesk.domain.results import Board, ResultsInvalid, ResultsRejected, Shown
from ghostdesk.services import results, results_import, results_report, workspaces

ACTOR = "cli"


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("results", help="campaign results: import figures, the recognition board")
    commands = group.add_subparsers(dest="results_command", metavar="ACTION", required=True)

    def add(parser_group, name: str, help_text: str, handler) -> argparse.ArgumentParser:
        p = parser_group.add_parser(name, parents=[parent], help=help_text)
        p.add_argument("--workspace", dest="workspace_path", type=Path, required=True, metavar="W",
                       help="workspace file")  # fmt: skip
        p.set_defaults(handler=handler)
        return p

    p = add(commands, "import", "import a web-analytics UTM CSV or LinkedIn's post analytics .xlsx", _import)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--format", dest="fmt", choices=["utm", "linkedin"], required=True)
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="map a field to a column (remembered for files with the same columns)")  # fmt: skip
    p.add_argument("--campaign", default="", help="campaign id for rows the calendar cannot place")
    p.add_argument("--dry-run", action="store_true", help="check every row and report, write nothing")

    p = add(commands, "board", "the recognition board (names only for people who chose to be named)", _board)
    p.add_argument("--campaign", default="", help="campaign id (default: every campaign)")
    p.add_argument("--executives", action="store_true", help="the executives' own board instead")

    p = add(commands, "rules", "show or edit the points rules (e.g. --set per_click=3 --set floor=300)", _rules)
    p.add_argument("--set", dest="values", action="append", default=[], metavar="NAME=VALUE")

    p = add(commands, "works-council", "turn per-person ranking off (on) or back on (off) for this workspace", _council)
    p.add_argument("state", choices=["on", "off"])

    p = sub.add_parser("report", parents=[parent], help="write the results report and executive summary (.docx)")
    p.add_argument("--workspace", dest="workspace_path", type=Path, required=True, metavar="W", help="workspace file")
    p.add_argument("--campaign", required=True, metavar="C", help="campaign id")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the documents")
    p.add_argument("--language", choices=list(results_report.LANGUAGES), help="one language (default: all)")
    p.set_defaults(handler=_report)


def _mapping(pairs: list[str], usage: str = "--map FIELD=COLUMN") -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        name, sep, column = pair.partition("=")
        if not sep:
            raise ResultsInvalid(f"{usage}, not {pair!r}", field="map", value=pair)
        mapping[name.strip()] = column.strip()
    return mapping


def _import(args: argparse.Namespace, out: Output) -> int:
    with workspaces.open_workspace(args.workspace_path) as ws:
        try:
            report = results_import.import_file(
                ws.db, args.file, args.fmt, actor=ACTOR, mapping=_mapping(args.map), campaign_id=args.campaign,
                dry_run=args.dry_run,
            )  # fmt: skip
        except ResultsRejected as exc:
            report = exc.report
    lines = [f"{args.file}: {report.rows} rows"]
    if report.already_imported:
        lines.append("  This file was imported before: nothing was counted twice.")
    elif report.errors:
        lines += [
            f"  line {e.line}: {e.reason} {e.field}={e.value!r} — {e.message}"
            for e in sorted(report.errors, key=lambda e: e.line)
        ]  # in file order
        lines.append("Nothing was imported. Fix these rows and import the file again.")
    else:
        verb = "were" if report.written else "would be"
        lines.append(f"  {report.added} {verb} added, {report.replaced} {verb} updated, {report.ignored} ignored")
    out.result(report, "\n".join(lines))
    return 1 if report.errors else 0


def board_json(board: Board) -> dict:
    """The board as JSON: anonymous rows carry their alias only, never a name or an id."""
    entries = []
    for e in board.entries:
        row = {"rank": e.rank, "shown": str(e.shown), "points": e.points, "shares": e.shares,
               "badges": list(e.badges), **e.metrics.as_dict()}  # fmt: skip
        if e.shown is Shown.NAMED:
            row.update(name=e.name, ambassador_id=e.ambassador_id)
        else:
            row.update(name=f"Ambassador #{e.alias}", alias=e.alias)
        entries.append(row)
    return {
        "campaign": board.campaign_id, "ranking_enabled": board.ranking_enabled, "participants": board.participants,
        "hidden": board.hidden, "shares": board.shares, "totals": board.totals.as_dict(), "entries": entries,
    }  # fmt: skip


def _board(args: argparse.Namespace, out: Output) -> int:
    with workspaces.open_workspace(args.workspace_path) as ws:
        if args.executives:
            entries = results.executive_board(ws.db, args.campaign or None)
            data = [{"rank": e.rank, "name": e.name, "posts": e.posts, "amplification": e.amplification,
                     **e.metrics.as_dict()} for e in entries]  # fmt: skip
            human = "\n".join(f"{e.rank:>3}. {e.name:<30} {e.metrics.impressions:>9} impressions  ×{e.amplification}"
                              for e in entries)  # fmt: skip
            out.result(data, human or "No executive posts recorded yet.")
            return 0
        board = results.board(ws.db, args.campaign or None)
    data = board_json(board)
    if not board.ranking_enabled:
        human = (f"Per-person ranking is off (works-council mode). {board.participants} people shared "
                 f"{board.shares} times: {board.totals.clicks} clicks, {board.totals.conversions} conversions.")  # fmt: skip
    else:
        lines = [
            f"{r['rank']:>3}. {r['name']:<30} {r['points']:>9.1f} pts  {', '.join(r['badges'])}"
            for r in data["entries"]
        ]
        if board.hidden:
            lines.append(f"     (+{board.hidden} taking part who chose not to appear)")
        human = "\n".join(lines) or "No results recorded yet."
    out.result(data, human)
    return 0


def _rules(args: argparse.Namespace, out: Output) -> int:
    with workspaces.open_workspace(args.workspace_path) as ws:
        if args.values:
            rules = results.set_points_rules(ws.db, _mapping(args.values, "--set NAME=VALUE"), actor=ACTOR)
        else:
            rules = results.points_rules(ws.db)
    data = rules.as_dict()
    out.result(data, "\n".join(f"{name:<16} {value}" for name, value in data.items()))
    return 0


def _council(args: argparse.Namespace, out: Output) -> int:
    with workspaces.open_workspace(args.workspace_path) as ws:
        results.set_works_council_mode(ws.db, args.state == "on", actor=ACTOR)
    state = "off" if args.state == "on" else "on"
    out.result({"ranking_enabled": args.state == "off"}, f"Per-person ranking is now {state}.")
    return 0


def _report(args: argparse.Namespace, out: Output) -> int:
    languages = [args.language] if args.language else list(results_report.LANGUAGES)
    with workspaces.open_workspace(args.workspace_path) as ws:
        paths = results_report.write_reports(ws.db, args.campaign, args.out, languages)
    out.result({"paths": paths}, "\n".join(f"Wrote {p}" for p in paths))
    return 0
