"""CLI: the ambassador roster — import and export, consent, and data-protection requests."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ghostdesk.commands.output import Output
from ghostdesk.domain.ambassador import AmbassadorFilter
from ghostdesk.domain.errors import NotFound
from ghostdesk.services import ambassador_import, ambassadors, workspaces

ACTOR = "cli"
DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("ambassadors", help="the ambassador roster: import, export, consent, data requests")
    commands = group.add_subparsers(dest="ambassadors_command", metavar="ACTION", required=True)

    def add(name: str, help_text: str, handler) -> argparse.ArgumentParser:
        p = commands.add_parser(name, parents=[parent], help=help_text)
        p.add_argument("--workspace", dest="workspace_path", type=Path, required=True, metavar="W",
                       help="workspace file")  # fmt: skip
        p.set_defaults(handler=handler)
        return p

    p = add("import", "import people from a CSV or .xlsx file (updates people already there, by e-mail)", _import)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="check every row and report, write nothing")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows even if some are invalid")
    p.add_argument("--encoding", help="the file's encoding (default: detected), e.g. cp1252, utf-16")
    p.add_argument("--delimiter", choices=list(DELIMITERS), help="the column separator (default: detected)")
    p.add_argument("--market", default="", help="market for rows without one (e.g. FR)")

    p = add("export", "export the roster as spreadsheet-safe CSV", _export)
    p.add_argument("--out", type=Path, required=True, metavar="F")
    p.add_argument("--market", default="")
    p.add_argument("--consent", choices=["pending", "opted_in", "opted_out"], default="")

    p = add("list", "list the roster", _list)
    p.add_argument("--market", default="")
    p.add_argument("--team", default="")
    p.add_argument("--topic", default="")
    p.add_argument("--group", default="")
    p.add_argument("--consent", choices=["pending", "opted_in", "opted_out", "erased"], default="")
    p.add_argument("--search", default="")

    for name, help_text, handler in (
        ("opt-in", "record that people opted in (dated, with the current participation text)", _opt_in),
        ("opt-out", "record that people opted out (dated; history is kept)", _opt_out),
    ):
        p = add(name, help_text, handler)
        p.add_argument("emails", nargs="+", metavar="EMAIL")

    p = add("export-person", "everything held about one person, as JSON (data-protection request)", _export_person)
    p.add_argument("email")
    p.add_argument("--out", type=Path, metavar="F", help="write to this file instead of the screen")

    p = add("erase", "erase one person's personal data (their past results stay, anonymised)", _erase)
    p.add_argument("email")
    p.add_argument("--yes", action="store_true", help="confirm: erasing cannot be undone")


def _import(args: argparse.Namespace, out: Output) -> int:
    delimiter = DELIMITERS.get(args.delimiter) if args.delimiter else None
    options = ambassador_import.ImportOptions(
        default_market=args.market, skip_invalid=args.skip_invalid, dry_run=args.dry_run
    )
    with workspaces.open_workspace(args.workspace_path) as ws:
        report = ambassador_import.import_file(
            ws.db, args.file, options, actor=ACTOR, encoding=args.encoding, delimiter=delimiter, source="cli"
        )
    rows = "1 row" if report.rows == 1 else f"{report.rows} rows"
    lines = [f"{args.file}: {rows} ({report.encoding or 'xlsx'})"]
    if report.ignored_columns:
        lines.append(f"  not imported (no field for them, or a repeated column): {', '.join(report.ignored_columns)}")
    verb = "would be" if not report.written else "were"
    lines.append(f"  {report.created} {verb} created, {report.updated} {verb} updated, {report.unchanged} unchanged")
    for error in report.errors:
        detail = f" {error.field}={error.value!r}" if error.field else ""
        lines.append(f"  line {error.line}: {error.reason}{detail} — {error.message}")
    if report.errors and not args.skip_invalid and not args.dry_run:
        lines.append("Nothing was imported. Fix these rows, or pass --skip-invalid to import the others.")
    elif args.dry_run:
        lines.append("Dry run: nothing was written.")
    out.result(report.to_dict(), "\n".join(lines))
    return 1 if report.errors and not args.skip_invalid else 0


def _export(args: argparse.Namespace, out: Output) -> int:
    filt = AmbassadorFilter(market=args.market, consent=args.consent)
    with workspaces.open_workspace(args.workspace_path) as ws:
        count = ambassadors.export_csv(ws.db, args.out, filt)
    out.result({"path": args.out, "count": count}, f"Exported {count} people to {args.out}")
    return 0


def _list(args: argparse.Namespace, out: Output) -> int:
    filt = AmbassadorFilter(search=args.search, market=args.market, team=args.team, topic=args.topic,
                            group=args.group, consent=args.consent)  # fmt: skip
    with workspaces.open_workspace(args.workspace_path) as ws:
        people = ambassadors.get_many(ws.db, ambassadors.query_ids(ws.db, filt))
    rows = sorted(people.values(), key=lambda p: p.name.casefold())
    data = [{"id": p.id, "name": p.name, "email": p.email, "market": p.market, "team": p.team,
             "consent": p.consent.value, "groups": list(p.groups)} for p in rows]  # fmt: skip
    human = "\n".join(f"{p.name:<32} {p.email:<40} {p.market:<3} {p.consent.value}" for p in rows)
    out.result(data, human or "No one matches.")
    return 0


def _person_id(db, email: str) -> str:
    person = ambassadors.find_by_email(db, email)
    if person is None:
        raise NotFound(f"No ambassador with e-mail {email}", entity="ambassador", id=email)
    return person.id


def _consent(args: argparse.Namespace, out: Output, record) -> int:
    with workspaces.open_workspace(args.workspace_path) as ws:
        ids = [_person_id(ws.db, e) for e in args.emails]
        people = record(ws.db, ids, actor=ACTOR, source="cli")
    data = [{"email": p.email, "consent": p.consent.value, "at": p.consent_at} for p in people]
    out.result(data, "\n".join(f"{p.email}: {p.consent.value} ({p.consent_at})" for p in people))
    return 0


def _opt_in(args: argparse.Namespace, out: Output) -> int:
    return _consent(args, out, ambassadors.opt_in)


def _opt_out(args: argparse.Namespace, out: Output) -> int:
    return _consent(args, out, ambassadors.opt_out)


def _export_person(args: argparse.Namespace, out: Output) -> int:
    with workspaces.open_workspace(args.workspace_path) as ws:
        data = ambassadors.export_person(ws.db, _person_id(ws.db, args.email))
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
        out.result({"path": args.out}, f"Wrote {args.out}")
    else:
        out.stream.write(text + "\n")
    return 0


def _erase(args: argparse.Namespace, out: Output) -> int:
    if not args.yes:
        out.fail("Erasing cannot be undone; add --yes to confirm.")
        return 2
    with workspaces.open_workspace(args.workspace_path) as ws:
        person = ambassadors.erase(ws.db, _person_id(ws.db, args.email), actor=ACTOR)
    out.result({"id": person.id, "erased_at": person.erased_at}, f"Erased {args.email} (kept as {person.id})")
    return 0
