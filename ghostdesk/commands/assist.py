"""CLI: writing assistants — add and list providers, store a key, test a connection, read the sent log."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ghostdesk.commands.assist_actions import register_actions
from ghostdesk.commands.output import NEXT_STEPS, Output
from ghostdesk.domain.assist import DEEPL_PLANS, KINDS, AssistNoKeyring, Provider

# `assist adapt` and `assist share-texts` live in commands/assist_actions.py (registered at the end below).

NEXT_STEPS.update(
    {
        "assist_no_consent": "Allow drafts to be sent first: ghostdesk assist add … --consent (or in Tools ▸ Writing assistants).",
        "assist_no_key": "Store the key: ghostdesk assist set-key --provider NAME (reads it from stdin).",
        "assist_no_keyring": "This system has no keyring: use --key-stdin for one run, or set the key in the app.",
        "assist_bad_key": "The key was refused: store a new one with ghostdesk assist set-key --provider NAME.",
        "assist_forbidden": "The key works but may not do this: check the account's permissions or plan.",
        "assist_not_found": "Check the base URL (it usually ends in /v1) and the model name.",
        "assist_rate_limited": "The service is busy or your quota is low: wait a minute and try again.",
        "assist_quota": "The plan's characters are used up for this period.",
        "assist_server_error": "The service is failing: try again later.",
        "assist_offline": "Check the network connection and the address.",
        "assist_refused": "Nothing answers at that address: is the local server (Ollama, LM Studio) running?",
        "assist_timeout": "The service was too slow: try again, or raise the read timeout.",
        "assist_tls": "The certificate was not trusted: set the company's CA bundle for this provider.",
        "assist_bad_response": "The service answered something unexpected: check the base URL and try again.",
        "assist_content_filtered": "The service's filter refused the text: rephrase it, or write this part yourself.",
        "assist_insecure_url": "Use https (plain http is only allowed for this machine).",
        "assist_bad_url": "Give a full address such as https://api.example.com/v1.",
        "assist_ca_bundle_missing": "Check the CA bundle path.",
    }
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("assist", help="writing assistants: providers, keys, connection test, sent log")
    actions = p.add_subparsers(dest="assist_command", metavar="ACTION", required=True)

    def workspace_option(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--workspace", type=Path, metavar="PATH", help="workspace (default: your usual one)")

    q = actions.add_parser("list", parents=[parent], help="list the configured providers")
    workspace_option(q)
    q.set_defaults(handler=_list)

    q = actions.add_parser("add", parents=[parent], help="add or update a provider")
    workspace_option(q)
    q.add_argument("--name", required=True)
    q.add_argument("--kind", required=True, choices=KINDS)
    q.add_argument("--base-url", default="", help="chat: e.g. http://localhost:11434/v1; DeepL: leave empty")
    q.add_argument("--model", default="")
    q.add_argument("--plan", choices=DEEPL_PLANS, default="free", help="DeepL plan (endpoint)")
    q.add_argument("--connect-timeout", type=float, default=5.0, metavar="S")
    q.add_argument("--read-timeout", type=float, default=60.0, metavar="S")
    q.add_argument("--ca-bundle", default="", metavar="FILE")
    q.add_argument("--glossary", nargs="*", default=[], metavar="TERM", help="terms never to translate")
    q.add_argument("--consent", action="store_true", help="drafts may be sent to this service")
    q.set_defaults(handler=_add)

    q = actions.add_parser("set-key", parents=[parent], help="store a provider's API key (read from stdin)")
    workspace_option(q)
    q.add_argument("--provider", required=True, metavar="NAME")
    q.set_defaults(handler=_set_key)

    q = actions.add_parser("test", parents=[parent], help="test the connection to a provider")
    workspace_option(q)
    q.add_argument("--provider", required=True, metavar="NAME")
    q.add_argument("--key-stdin", action="store_true", help="read the key from stdin for this run only")
    q.set_defaults(handler=_test)

    q = actions.add_parser("log", parents=[parent], help="what was sent to which service, and when")
    workspace_option(q)
    q.add_argument("--limit", type=int, default=50)
    q.set_defaults(handler=_log)

    register_actions(actions, parent, workspace_option)


def _open(args: argparse.Namespace, *, read_only: bool = False):
    from ghostdesk.services import locations, workspaces

    path = workspaces.with_suffix(args.workspace) if args.workspace else locations.default_workspace()
    return workspaces.open_workspace(path, read_only=read_only)


def _service(db, secrets=None):
    from ghostdesk.services.assist import AssistService, HttpClient
    from ghostdesk.services.secrets import SecretStore

    return AssistService(db, secrets or SecretStore(), HttpClient())


def _read_key() -> str:
    return sys.stdin.readline().strip()


def _describe(p: Provider, has_key: bool) -> dict:
    return {
        "name": p.name,
        "kind": p.kind,
        "endpoint": p.endpoint,
        "model": p.model,
        "consent": p.consent,
        "consent_at": p.consent_at,
        "has_key": has_key,
        "glossary": list(p.glossary),
    }


def _list(args: argparse.Namespace, out: Output) -> int:
    with _open(args, read_only=True) as ws:
        service = _service(ws.db)
        rows = [_describe(p, service.has_key(p)) for p in service.providers()]
    human = "\n".join(
        f"{r['name']} ({r['kind']}) {r['endpoint']} {r['model']}".rstrip()
        + ("" if r["consent"] else "  [no consent]")
        + ("" if r["has_key"] else "  [no key]")
        for r in rows
    )
    out.result(rows, human or "No writing assistants configured.")
    return 0


def _add(args: argparse.Namespace, out: Output) -> int:
    import dataclasses

    with _open(args) as ws:
        service = _service(ws.db)
        existing = next((p for p in service.providers() if p.name.lower() == args.name.strip().lower()), None)
        provider = Provider(
            id=existing.id if existing else "",
            name=args.name,
            kind=args.kind,
            base_url=args.base_url,
            model=args.model,
            deepl_plan=args.plan,
            connect_timeout=args.connect_timeout,
            read_timeout=args.read_timeout,
            ca_bundle=args.ca_bundle,
            consent=args.consent,
            glossary=tuple(args.glossary),
        )
        saved = service.save_provider(dataclasses.replace(provider, consent_at=existing.consent_at if existing else ""))
        out.result(_describe(saved, service.has_key(saved)), f"Saved writing assistant “{saved.name}”.")
    return 0


def _set_key(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services.secrets import SecretStore

    secrets = SecretStore()
    if secrets.storage != "keyring":
        raise AssistNoKeyring("No keyring to keep the key in")
    with _open(args) as ws:
        service = _service(ws.db, secrets)
        provider = service.provider(args.provider)
        key = _read_key()
        where = service.set_key(provider, key)
    stored = bool(key)
    out.result(
        {"provider": provider.name, "stored": stored, "storage": where},
        f"Key for “{provider.name}” stored in the system keyring." if stored else f"Key for “{provider.name}” removed.",
    )
    return 0


def _test(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services.secrets import SecretStore

    secrets = SecretStore()
    with _open(args) as ws:
        service = _service(ws.db, secrets)
        provider = service.provider(args.provider)
        if args.key_stdin:
            secrets.hold_for_session(provider.secret_name, _read_key())
        report = service.test_connection(provider)
    out.result(
        report, f"“{report.provider}” answered from {report.endpoint} ({report.detail}) in {report.elapsed_ms} ms."
    )
    return 0


def _log(args: argparse.Namespace, out: Output) -> int:
    with _open(args, read_only=True) as ws:
        entries = _service(ws.db).sent_log(limit=args.limit)
    human = "\n".join(
        f"{e.at[:19]}Z  {e.provider} ({e.host})  {e.action}  {e.chars_sent} chars  {e.outcome}  “{e.preview}”"
        for e in entries
    )
    out.result(entries, human or "Nothing has been sent to a writing assistant.")
    return 0
