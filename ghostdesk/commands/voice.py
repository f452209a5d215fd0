"""CLI: voice profiles — `voice list`, `voice add` (samples from .txt/.docx/Shares.csv) and `voice score`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ghostdesk.commands.actor import actor as _actor
from ghostdesk.commands.output import Output
from ghostdesk.domain.voice import LANGUAGES
from ghostdesk.services import voice_import, voices, workspaces


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    voice = sub.add_parser("voice", help="executive voice profiles: list, add samples, score a text")
    actions = voice.add_subparsers(dest="voice_command", metavar="ACTION", required=True)

    p = actions.add_parser("list", parents=[parent], help="list executives and their samples per language")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.set_defaults(handler=_list)

    p = actions.add_parser("add", parents=[parent], help="add an executive (if new) and sample posts from files")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.add_argument("--name", required=True, help="the executive's name (created when unknown)")
    p.add_argument("--language", choices=LANGUAGES, help="language of the samples (default: detected per post)")
    p.add_argument(
        "--samples",
        type=Path,
        nargs="+",
        required=True,
        metavar="F",
        help="a .txt (posts separated by a line '---'), a .docx, or LinkedIn's Shares.csv",
    )
    p.set_defaults(handler=_add)

    p = actions.add_parser("score", parents=[parent], help="score a text against an executive's voice (0–100)")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.add_argument("--executive", required=True, metavar="NAME")
    p.add_argument("--text-file", type=Path, required=True, metavar="F")
    p.add_argument("--language", choices=LANGUAGES, help="language of the text (default: detected)")
    p.set_defaults(handler=_score)


def _list(args: argparse.Namespace, out: Output) -> int:
    with workspaces.open_workspace(args.workspace, read_only=True) as ws:
        profiles = voices.list_profiles(ws.db)
    data = [
        {
            "id": p.executive.id,
            "name": p.executive.name,
            "title": p.executive.title,
            "company": p.executive.company,
            "languages": list(p.executive.languages),
            "version": p.version,
            "samples": p.sample_counts,
        }
        for p in profiles
    ]
    lines = [
        f"{p['name']}"
        + (f" — {p['title']}" if p["title"] else "")
        + f"  (v{p['version']}; samples: "
        + (", ".join(f"{lang} {n}" for lang, n in p["samples"].items()) or "none")
        + ")"
        for p in data
    ]
    out.result(data, "\n".join(lines) or "No executives yet.")
    return 0


def _add(args: argparse.Namespace, out: Output) -> int:
    actor = _actor()
    with workspaces.open_workspace(args.workspace) as ws:
        db = ws.db
        # One transaction: a failed import takes a newly created executive with it.
        with db.atomic():
            found = voices.executive_named(db, args.name)
            created = found is None
            executive = found or voices.create_executive(db, args.name, actor=actor)
            result = voices.import_samples(db, executive.id, args.samples, actor=actor, language=args.language)
    counts = ", ".join(f"{n} {lang}" for lang, n in result.languages.items())
    out.result(
        {
            "executive_id": executive.id,
            "name": executive.name,
            "created": created,
            "added": result.added,
            "duplicates": result.duplicates,
            "languages": result.languages,
            "version": result.version,
        },
        f"{'Created' if created else 'Updated'} {executive.name}: {result.added} sample(s) added ({counts or 'none'}), "
        f"{result.duplicates} already there; "
        f"profile version {result.version}",
    )
    return 0


def _score(args: argparse.Namespace, out: Output) -> int:
    text = voice_import.read_text_file(args.text_file)  # a missing or binary file is said, not a traceback
    with workspaces.open_workspace(args.workspace, read_only=True) as ws:
        executive = voices.find_executive(ws.db, args.executive)
        result = voices.score_text(ws.db, executive.id, text, args.language)
    lines = [f"{executive.name}: {result.score}/100 ({result.language}, profile v{result.profile_version})"]
    lines += [f"  {'✓' if d.ok else '✗'} {d.name}: {d.advice}" for d in result.dimensions]
    out.result(result.to_dict(), "\n".join(lines))
    return 0
