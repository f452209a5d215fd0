"""CLI: the writing-assistant actions — `assist adapt` (a proposed market variant) and `assist share-texts`.

Nothing is saved: both print proposals for a person to accept, edit or reject.
"""

from __future__ import annotations

import argparse

from ghostdesk.commands.output import NEXT_STEPS, Output

NEXT_STEPS.update(
    {
        "assist_no_provider": (
            "Add a chat assistant with: ghostdesk assist add --kind openai_chat --name NAME --base-url URL "
            "--model MODEL --consent. Without one, adapt the post yourself in the app's variant editor: the "
            "master and the market's checklist side by side (nothing needs the network)."
        ),
        "assist_no_templates": "Share texts are available offline in en, fr, de, ja, zh and es.",
    }
)


def register_actions(actions: argparse._SubParsersAction, parent: argparse.ArgumentParser, workspace_option) -> None:
    q = actions.add_parser("adapt", parents=[parent], help="propose a post's variant for a market (nothing is saved)")
    workspace_option(q)
    q.add_argument("--post", required=True, metavar="ID")
    q.add_argument("--market", required=True, metavar="CODE", help="e.g. JP, DE, FR")
    q.add_argument("--provider", metavar="NAME", help="chat assistant to ask (default: the first one configured)")
    q.set_defaults(handler=_adapt)

    q = actions.add_parser("share-texts", parents=[parent], help="propose share texts for ambassadors")
    workspace_option(q)
    q.add_argument("--post", required=True, metavar="ID")
    q.add_argument("--language", required=True, metavar="LANG", help="en, fr, de, ja, zh or es")
    q.add_argument("-n", type=int, default=3, help="how many texts (1–10; default 3)")
    q.add_argument("--provider", metavar="NAME", help="chat assistant to ask (default: offline templates)")
    q.set_defaults(handler=_share_texts)


def _open(args: argparse.Namespace):
    from ghostdesk.services import locations, workspaces

    path = workspaces.with_suffix(args.workspace) if args.workspace else locations.default_workspace()
    return workspaces.open_workspace(path)  # read-write: the sent log records every call


def _adapt(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import assist_actions

    with _open(args) as ws:
        proposal = assist_actions.adapt_to_market(ws.db, args.post, args.market, args.provider)
    data = {
        "market": args.market.upper(),
        "provider": proposal.provider,
        "original": proposal.original,
        "proposed": proposal.proposed,
        "truncated": proposal.truncated,
    }
    note = "\n(The service stopped at its length limit: the text may be cut.)" if proposal.truncated else ""
    human = f"Proposed variant for {data['market']} by “{proposal.provider}” (not saved):\n\n{proposal.proposed}{note}"
    out.result(data, human)
    return 0


def _share_texts(args: argparse.Namespace, out: Output) -> int:
    from ghostdesk.services import share_texts

    with _open(args) as ws:
        texts = share_texts.propose_share_texts(ws.db, args.post, args.language, args.n, provider=args.provider)
    human = "\n\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))
    out.result({"language": args.language, "texts": texts}, human)
    return 0
