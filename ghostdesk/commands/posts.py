"""CLI: faux-pas checks of a stored post or of a text file."""

from __future__ import annotations

import argparse
from pathlib import Path

from ghostdesk.commands.output import Output
from ghostdesk.domain.checks import Finding, Severity
from ghostdesk.domain.errors import ValidationError
from ghostdesk.domain.posts import LANGUAGES
from ghostdesk.services import checks, workspaces


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check-post", parents=[parent], help="run the faux-pas checks on a post")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.add_argument("--post", required=True, metavar="ID", help="the post's id")
    p.add_argument(
        "--market",
        metavar="CODE",
        help="check the post's variant for this market (or the master against the market's rules if it has none)",
    )
    p.set_defaults(handler=_check_post)

    p = sub.add_parser("check-text", parents=[parent], help="run the faux-pas checks on a text file")
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH")
    p.add_argument("--text-file", type=Path, required=True, metavar="FILE", help="UTF-8 text ('-' for stdin)")
    p.add_argument("--language", required=True, choices=LANGUAGES)
    p.add_argument(
        "--network", action="append", default=None, metavar="ID", help="target network (repeatable; default linkedin)"
    )
    p.set_defaults(handler=_check_text)


def _human(findings: list[Finding], text: str) -> str:
    if not findings:
        return "No findings."
    lines = []
    for f in findings:
        where = ""
        if f.has_span:
            line = text.count("\n", 0, f.start) + 1
            column = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
            where = f" (line {line}, column {column})"
        lines.append(f"{f.severity.value.upper():5} {f.rule_id}{where}: {f.message}\n      → {f.advice}")
    blocks = sum(f.severity == Severity.BLOCK for f in findings)
    lines.append(f"{len(findings)} finding(s), {blocks} blocking.")
    return "\n".join(lines)


def _exit_code(findings: list[Finding]) -> int:
    # Blocking findings fail the command, so scripts and CI can gate on it.
    return 1 if any(f.severity == Severity.BLOCK for f in findings) else 0


def _check_post(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.storage import posts_repo

    if args.market:
        return _check_post_market(args, out)
    with workspaces.open_workspace(args.workspace, read_only=True) as ws:
        findings = checks.check_post(ws, args.post)
        text = posts_repo.get(ws.db, args.post).body
    out.result([f.to_dict() for f in findings], _human(findings, text))
    return _exit_code(findings)


def _check_post_market(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import variants
    from ghostdesk.storage import posts_repo

    with workspaces.open_workspace(args.workspace, read_only=True) as ws:
        market = args.market.strip().upper()
        variant = variants.find(ws.db, args.post, market)
        if variant is not None:
            findings = variants.check(ws.db, variant)
            text = variant.body
            checked = {"checked": "variant", "variant_id": variant.id}
            head = f"Checked the {market} variant ({variant.status.value})."
        else:
            findings = variants.check_master_for_market(ws.db, args.post, market)
            text = posts_repo.get(ws.db, args.post).body
            checked = {"checked": "master"}
            head = f"No {market} variant: checked the master against the {market} rules."
    data = {"market": market, "post_id": args.post, **checked, "findings": [f.to_dict() for f in findings]}
    out.result(data, head + "\n" + _human(findings, text))
    return _exit_code(findings)


def _check_text(args: argparse.Namespace, out: Output) -> int:
    import sys

    if str(args.text_file) == "-":
        text = sys.stdin.read()
    else:
        try:
            text = args.text_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ValidationError(f"No file {args.text_file}", field="text_file", path=str(args.text_file)) from None
        except UnicodeDecodeError:
            raise ValidationError(
                f"{args.text_file} is not UTF-8 text", field="text_file", path=str(args.text_file)
            ) from None
    with workspaces.open_workspace(args.workspace, read_only=True) as ws:
        findings = checks.check_text(ws, text, args.language, networks=tuple(args.network or ("linkedin",)))
    out.result([f.to_dict() for f in findings], _human(findings, text))
    return _exit_code(findings)
