"""Services: a campaign's files — .ics calendars, the offline review package and its decisions, the brief .docx.

Review on another machine: `export_review` writes a package (every approvable item with its content and
hash, plus a digest of the whole and a signature keyed by this workspace). Another GhostDesk reads it with
`read_review` (refused when the digest does not match: the file was altered), the reviewer decides and
`write_decisions` saves the decisions. `import_decisions`, back here, checks the signature (it is a package
we made, unaltered), then applies each decision whose hash still matches the current content and lists the
rest.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ghostdesk.domain.campaigns import (
    ApprovalOutdated,
    Decision,
    ItemType,
    ReviewPackageInvalid,
    ShareStatus,
)
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound
from ghostdesk.domain.files import writing
from ghostdesk.domain.records import content_hash
from ghostdesk.services import campaigns
from ghostdesk.storage import meta_repo
from ghostdesk.storage.connection import Database

PACKAGE_FORMAT = "ghostdesk-review-package"
DECISIONS_FORMAT = "ghostdesk-review-decisions"
VERSION = 1


# -- .ics ----------------------------------------------------------------------------------------


def ics_events(db: Database, campaign_id: str, *, ambassador_email: str | None = None) -> list:
    """The campaign's events: executive posts (in the market's zone) and shares (in each person's zone);
    with an e-mail, only that person's shares, each with a reminder — in that person's language (the share
    kit's words) and with the personal tracked link their kit gives, so a tap from the reminder still counts."""
    from ghostdesk.domain.kits import utm_link
    from ghostdesk.export import kit_docx
    from ghostdesk.export.ics import IcsEvent
    from ghostdesk.services import variants as variant_service

    campaign = campaigns.get(db, campaign_id)
    campaigns.require_planned(db, campaign.id)
    slots = {s.id: s for s in campaigns.slots(db, campaign.id)}
    person_id = None
    words: dict[str, Any] = kit_docx.kit_texts("en")
    disclosure = ""  # a person's own calendar gives the line their kit asks them to add to each post
    if ambassador_email:
        from ghostdesk.services import ambassadors as ambassador_service

        person = ambassador_service.find_by_email(db, ambassador_email.strip())
        if person is None:
            raise NotFound(f"No ambassador {ambassador_email}", email=ambassador_email)
        person_id = person.id
        words = kit_docx.kit_texts(person.language or "en")
        disclosure = _disclosure(db, campaign, person.market)
    variants: dict[str, Any] = {}

    def variant(vid: str):
        if vid not in variants:
            variants[vid] = variant_service.get(db, vid)
        return variants[vid]

    events = []
    if person_id is None:
        for slot in slots.values():
            v = variant(slot.variant_id)
            events.append(
                IcsEvent(
                    uid=f"slot-{slot.id}@ghostdesk",
                    summary=f"{campaign.name}: executive post ({slot.market}, {kit_docx.network_name(slot.network, words)})",
                    start=slot.utc,
                    time_zone=slot.time_zone,
                    description=v.full_text,
                    url=v.link,
                    categories=(slot.market, slot.network, "executive"),
                    alarm_minutes=30,
                )
            )
    from ghostdesk.services import ambassadors as ambassador_service

    shares = [
        s for s in campaigns.shares(db, campaign.id, ambassador_id=person_id) if s.status != ShareStatus.CANCELLED
    ]
    # Someone who opted out since the plan was made gets no reminders to share (their kit is not written either),
    # and the campaign's calendar no longer counts on them.
    willing = set(ambassador_service.plannable(db, sorted({s.ambassador_id for s in shares})))
    for share in shares:
        if share.ambassador_id not in willing:
            continue
        slot = slots[share.slot_id]
        v = variant(slot.variant_id)
        network = kit_docx.network_name(slot.network, words)
        summary = words["calendar_share"].replace("{campaign}", campaign.name).replace("{network}", network)
        link = v.link
        if person_id and v.link:  # the reader's own link, as in their kit (an untracked one only if it cannot be)
            link = utm_link(v.link, slot.network, campaign.tracking_code, person_id) or v.link
        events.append(
            IcsEvent(
                uid=f"share-{share.id}@ghostdesk",
                summary=summary + ("" if person_id else f" — {share.ambassador_name}"),
                start=share.utc,
                time_zone=share.time_zone,
                description=share.share_text
                + (f"\n{disclosure}" if disclosure and disclosure not in share.share_text else "")
                + (f"\n\n{link}" if link and v.link not in share.share_text else ""),
                url=link,
                categories=(slot.market, slot.network, share.wave),
                alarm_minutes=15,
            )
        )
    return events


def _disclosure(db: Database, campaign, market: str) -> str:
    """The disclosure line a kit gives for `market` ('' when the market has none or is unknown)."""
    from ghostdesk.domain.errors import GhostDeskError
    from ghostdesk.markets import rules
    from ghostdesk.services import kit_inputs
    from ghostdesk.services import markets as market_service

    if not market:
        return ""
    try:
        texts = rules.disclosure_texts(market_service.effective(db, market), kit_inputs._company(db, campaign))
    except GhostDeskError:
        return ""
    return texts[0] if texts else ""


def export_ics(db: Database, campaign_id: str, target: Path, *, ambassador_email: str | None = None) -> int:
    from ghostdesk.export.ics import write_ics

    campaign = campaigns.get(db, campaign_id)
    events = ics_events(db, campaign.id, ambassador_email=ambassador_email)
    write_ics(target, events, name=campaign.name)
    return len(events)


# -- the review package --------------------------------------------------------------------------


def _digest(body: dict) -> str:
    return content_hash(body)


def _key(db: Database) -> bytes:
    key = meta_repo.get(db, "review_key")
    if not key:
        key = secrets.token_hex(32)
        meta_repo.put(db, "review_key", key)
    return bytes.fromhex(key)


def _sign(db: Database, package_id: str, items: list[dict]) -> str:
    message = json.dumps([package_id, [[i["type"], i["id"], i["hash"]] for i in items]], sort_keys=True)
    return hmac.new(_key(db), message.encode("utf-8"), hashlib.sha256).hexdigest()


def _local(utc: datetime, zone: str) -> str:
    return utc.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M %Z")


def export_review(db: Database, campaign_id: str, target: Path, *, actor: str) -> Path:
    from ghostdesk.services import variants as variant_service

    campaign = campaigns.get(db, campaign_id)
    campaigns.require_planned(db, campaign.id)
    hashes = campaigns.current_hashes(db, campaign.id)
    items: list[dict] = []
    for slot in campaigns.slots(db, campaign.id):
        v = variant_service.get(db, slot.variant_id)
        items.append(
            {
                "type": ItemType.SLOT.value,
                "id": slot.id,
                "hash": hashes[(ItemType.SLOT, slot.id)],
                "market": slot.market,
                "network": slot.network,
                "local_time": _local(slot.utc, slot.time_zone),
                "utc": slot.utc.isoformat(),
                "text": v.full_text,
                "link": v.link,
            }
        )
    shares = campaigns.shares(db, campaign.id)
    waves: dict[str, int] = {}
    for s in shares:
        waves[s.wave] = waves.get(s.wave, 0) + 1
    items.append(
        {
            "type": ItemType.WAVES.value,
            "id": campaign.id,
            "hash": hashes[(ItemType.WAVES, campaign.id)],
            "waves": waves,
            "shares": len(shares),
        }
    )
    items.append(
        {
            "type": ItemType.CAMPAIGN.value,
            "id": campaign.id,
            "hash": hashes[(ItemType.CAMPAIGN, campaign.id)],
            "brief": campaign.content,
        }
    )
    package_id = new_id()
    body = {
        "format": PACKAGE_FORMAT,
        "version": VERSION,
        "package_id": package_id,
        "exported_at": utc_now_iso(),
        "exported_by": actor,
        "campaign": {"id": campaign.id, **campaign.content},
        "items": items,
        "signature": _sign(db, package_id, items),
    }
    _write_json(target, {**body, "digest": _digest(body)})
    return Path(target)


@dataclass(frozen=True)
class ReviewPackage:
    package_id: str
    campaign: dict
    items: tuple[dict, ...]
    signature: str
    raw: dict = field(repr=False, default_factory=dict)


def _read_json(path: Path, fmt: str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotFound(f"{path} does not exist", path=str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        # The reader's own words ("Expecting value: line 1 column 1 (char 0)") tell a person nothing.
        raise ReviewPackageInvalid(
            f"{path} is not a review file GhostDesk wrote (it cannot be read as one)", path=str(path), why="unreadable"
        ) from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise ReviewPackageInvalid(f"{path} is not a {fmt} file", path=str(path), why="format")
    if data.get("version") != VERSION:
        raise ReviewPackageInvalid("Made by another GhostDesk version", path=str(path), why="version")
    body = {k: v for k, v in data.items() if k != "digest"}
    if data.get("digest") != _digest(body):
        raise ReviewPackageInvalid(f"{path} was altered after it was exported", path=str(path), why="tampered")
    return data


def _write_json(target: Path, data: dict) -> None:
    import os
    import tempfile

    target = Path(target)
    with writing(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _texts(value: Any, *keys: str) -> bool:
    return isinstance(value, dict) and all(isinstance(value.get(k), str) for k in keys)


def _well_formed(ok: bool, path: Path) -> None:
    """The digest only proves a file was not damaged by accident; anyone can write one with the right digest.
    Every field read below is checked first, so a hand-made file is refused in our words, never a crash."""
    if not ok:
        raise ReviewPackageInvalid(f"{path} is not a well-formed review file", path=str(path), why="format")


def read_review(path: Path) -> ReviewPackage:
    """Open a review package on any machine (no workspace needed). Altered files are refused."""
    data = _read_json(path, PACKAGE_FORMAT)
    items = data.get("items")
    _well_formed(
        _texts(data, "package_id", "signature")
        and _texts(data.get("campaign"), "id")
        and isinstance(items, list)
        and all(_texts(i, "type", "id", "hash") for i in items),
        path,
    )
    return ReviewPackage(data["package_id"], data["campaign"], tuple(data["items"]), data["signature"], data)


def write_decisions(
    package: ReviewPackage, decisions: dict[tuple[str, str], tuple[str, str]], target: Path, *, reviewer: str
) -> Path:
    """The reviewer's decisions: {(item type, item id): ("approve"|"reject", comment)} → a decisions file."""
    known = {(i["type"], i["id"]): i for i in package.items}
    rows = []
    for (item_type, item_id), (decision, comment) in sorted(decisions.items()):
        if (item_type, item_id) not in known:
            raise ReviewPackageInvalid("A decision about an item not in the package", why="unknown_item", id=item_id)
        if Decision(decision) == Decision.REJECT and not comment.strip():
            raise ReviewPackageInvalid("A rejection needs a comment", why="comment", id=item_id)
        rows.append(
            {
                "type": item_type,
                "id": item_id,
                "hash": known[(item_type, item_id)]["hash"],
                "decision": decision,
                "comment": comment,
            }
        )
    body = {
        "format": DECISIONS_FORMAT,
        "version": VERSION,
        "package_id": package.package_id,
        "package_signature": package.signature,
        "package_items": [[i["type"], i["id"], i["hash"]] for i in package.items],
        "campaign_id": package.campaign["id"],
        "reviewer": reviewer,
        "decided_at": utc_now_iso(),
        "decisions": rows,
    }
    _write_json(target, {**body, "digest": _digest(body)})
    return Path(target)


@dataclass(frozen=True)
class DecisionsResult:
    applied: tuple[dict, ...]  # decisions recorded
    outdated: tuple[dict, ...]  # the content changed since the review: not applied, listed
    unknown: tuple[dict, ...]  # items that no longer exist


def import_decisions(db: Database, path: Path, *, actor: str) -> DecisionsResult:
    """Apply a reviewer's decisions whose hashes still match; list the rest. Refuses altered files and
    packages this workspace did not make."""
    data = _read_json(path, DECISIONS_FORMAT)
    kinds, choices = {t.value for t in ItemType}, {d.value for d in Decision}
    listed, rows = data.get("package_items"), data.get("decisions")
    _well_formed(
        _texts(data, "package_id", "package_signature", "campaign_id")
        and isinstance(listed, list)
        and all(isinstance(i, list) and len(i) == 3 and all(isinstance(x, str) for x in i) for i in listed)
        and isinstance(rows, list)
        and all(
            _texts(r, "type", "id", "hash", "decision")
            and r["type"] in kinds
            and r["decision"] in choices
            and isinstance(r.get("comment", ""), str)
            for r in rows
        ),
        path,
    )
    items = [{"type": t, "id": i, "hash": h} for t, i, h in data["package_items"]]
    # As bytes: compare_digest refuses str with non-ASCII characters (TypeError), and a file may hold anything.
    signature = str(data["package_signature"]).encode("utf-8")
    if not hmac.compare_digest(_sign(db, data["package_id"], items).encode("ascii"), signature):
        raise ReviewPackageInvalid("These decisions are not about a package made here", path=str(path), why="signature")
    exported = {(i["type"], i["id"]): i["hash"] for i in items}
    campaign = campaigns.get(db, data["campaign_id"])
    reviewer = str(data.get("reviewer") or "reviewer")
    applied, outdated, unknown = [], [], []
    current = campaigns.current_hashes(db, campaign.id)
    with db.atomic():
        for row in data["decisions"]:
            key = (ItemType(row["type"]), row["id"])
            if exported.get((row["type"], row["id"])) != row["hash"]:
                raise ReviewPackageInvalid("A decision's hash differs from the package's", why="tampered", id=row["id"])
            if key not in current:
                unknown.append(row)
                continue
            try:
                campaigns.decide(
                    db,
                    campaign.id,
                    key[0],
                    key[1],
                    row["decision"],
                    actor=f"{reviewer} (review, imported by {actor})",
                    comment=row.get("comment", ""),
                    expected_hash=row["hash"],
                )
            except ApprovalOutdated:
                outdated.append(row)
                continue
            applied.append(row)
    return DecisionsResult(tuple(applied), tuple(outdated), tuple(unknown))


# -- the brief -----------------------------------------------------------------------------------

BRIEF_WORDS = {
    "heading": "Campaign brief: {name}",
    "objective": "Objective",
    "targets": "Targets",
    "dates": "Dates",
    "markets": "Markets",
    "contact": "Contact",
    "calendar": "Calendar (local times)",
    "columns": ["Local time", "Zone", "Market", "Network", "Approval"],
    "variants": "Texts by market",
    "variant_title": "{market} — {network_list}",
    "footer": "Exported by GhostDesk on {at}. Approvals bind to the exact text and time shown here.",
    "states": {"not_reviewed": "Not reviewed", "approved": "Approved", "rejected": "Rejected",
               "changed_since_approval": "Changed since approval"},
    "objectives": {"visibility": "Visibility", "reputation": "Reputation", "leads": "Leads"},
    "target_names": {"reach": "reach", "engagement": "engagement", "clicks": "clicks", "conversions": "conversions"},
}  # fmt: skip


def export_brief(db: Database, campaign_id: str, target: Path, *, words: dict | None = None) -> Path:
    """The campaign brief .docx; `words` overrides the English labels (the GUI passes its translations)."""
    from ghostdesk.export.campaign_brief import BriefCopy, write
    from ghostdesk.services import variants as variant_service

    w = {**BRIEF_WORDS, **(words or {})}
    campaign = campaigns.get(db, campaign_id)
    state = campaigns.states(db, campaign.id)
    targets = ", ".join(f"{w['target_names'].get(k, k)} {v:,}" for k, v in campaign.targets.items()) or "—"
    facts = [
        (w["objective"], w["objectives"].get(campaign.objective.value, campaign.objective.value)),
        (w["targets"], targets),
        (w["dates"], f"{campaign.start} – {campaign.end}"),
        (w["markets"], ", ".join(campaign.markets)),
        (w["contact"], campaign.contact or "—"),
    ]
    from ghostdesk.domain.networks import NETWORKS

    def network(key: str) -> str:  # LinkedIn, WeChat Moments — not the stored ids linkedin, wechat_moments
        return NETWORKS[key].name if key in NETWORKS else key

    rows, seen, texts = [], set(), []
    for slot in campaigns.slots(db, campaign.id):
        local = slot.utc.astimezone(ZoneInfo(slot.time_zone))
        approval = state[(ItemType.SLOT, slot.id)].state.value
        rows.append(
            [f"{local:%Y-%m-%d %H:%M}", slot.time_zone, slot.market, network(slot.network), w["states"][approval]]
        )
        if slot.variant_id not in seen:
            seen.add(slot.variant_id)
            v = variant_service.get(db, slot.variant_id)
            title = w["variant_title"].format(market=v.market, network_list=", ".join(network(n) for n in v.networks))
            texts.append((title, v.full_text + (f"\n{v.link}" if v.link and v.link not in v.full_text else "")))
    copy = BriefCopy(
        heading=w["heading"].format(name=campaign.name),
        facts=facts,
        calendar_heading=w["calendar"],
        calendar_columns=list(w["columns"]),
        calendar_rows=rows,
        variants_heading=w["variants"],
        variants=texts,
        footer=w["footer"].format(at=utc_now_iso()[:16].replace("T", " ") + " UTC"),
    )
    return write(copy, target)
