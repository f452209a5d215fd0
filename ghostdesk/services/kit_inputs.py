"""Services: the campaigns → share kits adapter. Builds one `KitInput` per opted-in ambassador with planned
shares, and says who gets no kit and why.

    plan = kit_inputs.build(db, campaign_id, user_name=settings.user_name, actor=...)
    plan.inputs        # KitInput per person (plain data: hand them to services.kits.export)
    plan.left_out      # KitSkip per person of the campaign's markets who gets no kit (not_opted_in, no_shares)
    plan.needs_approval, plan.similar   # what services.kits.export would refuse (same checks, run here first)

Share texts: chosen when the plan is stored (services/campaign_texts.py). `build` fills in any share still
holding a placeholder (a plan stored before texts existed), which the wave plan's approval then follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC

from ghostdesk.domain.ambassador import AmbassadorFilter, ConsentStatus
from ghostdesk.domain.campaigns import ApprovalState, Campaign, ItemState, ItemType
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.kits import KitAmbassador, KitCampaign, KitImage, KitInput, KitShare, KitSkip
from ghostdesk.domain.variants import Variant
from ghostdesk.services.campaign_texts import store_share_texts
from ghostdesk.storage import ambassadors_repo, campaigns_repo, executives_repo, posts_repo
from ghostdesk.storage.connection import Database

_EMAIL = re.compile(r"[^\s<>(),;]+@[^\s<>(),;]+\.[^\s<>(),;]+")
_URL = re.compile(r"https?://[^\s<>\"'）)]+")
NOT_OPTED_IN = "not_opted_in"
NO_SHARES = "no_shares"


@dataclass(frozen=True)
class KitPlan:
    campaign: Campaign
    inputs: tuple[KitInput, ...] = ()
    left_out: tuple[KitSkip, ...] = ()
    needs_approval: tuple[dict, ...] = ()  # services.kits.check_approval items (+ post title, market)
    similar: tuple[dict, ...] = ()  # services.kits.similar_pairs
    texts_stored: int = 0  # share texts written by this build
    markets: dict[str, str] = field(default_factory=dict)  # ambassador id → market, for everyone listed

    @property
    def blocked(self) -> bool:
        return bool(self.needs_approval or self.similar)


def split_contact(contact: str) -> tuple[str, str]:
    """'Marc Lefèvre, comms@x.example' → ('Marc Lefèvre', 'comms@x.example'); either part may be ''."""
    text = (contact or "").strip()
    match = _EMAIL.search(text)
    email = match.group(0) if match else ""
    name = (text[: match.start()] + text[match.end() :]) if match else text
    name = name.strip().strip(",;<>()[]").strip()
    return name, email


def _company(db: Database, campaign: Campaign) -> str:
    """The workspace's company setting, else the campaign's first executive's company."""
    from ghostdesk.services import variants as variant_service

    if variant_service.company(db):
        return variant_service.company(db)
    for executive_id in campaign.executives:
        try:
            company = executives_repo.get(db, executive_id).company
        except GhostDeskError:
            continue
        if company:
            return company
    return ""


def _approval(
    share_approved: bool, variant: Variant, slot: ItemState | None, current: str | None = None
) -> tuple[bool, str, str]:
    """(approved, approved hash, current hash) for a KitShare. Approved content whose variant or slot changed
    since comes back "approved" with a stale hash, so the gate says changed_since_approval, not not_approved.
    `current` is the variant's content hash when already known (it is computed from the content each time)."""
    current = variant.content_hash if current is None else current
    if variant.approval is not None and variant.approval.content_hash != current:
        return True, variant.approval.content_hash, current
    if slot is not None and slot.state == ApprovalState.CHANGED and slot.last is not None:
        return True, slot.last.content_hash, slot.current_hash
    return share_approved, current, current


def _images(db: Database, post_id: str, cache: dict[str, tuple[KitImage, ...]]) -> tuple[KitImage, ...]:
    if post_id not in cache:
        cache[post_id] = tuple(KitImage(name, bytes(data)) for _id, name, _mime, data in posts_repo.images(db, post_id))
    return cache[post_id]


def build(
    db: Database,
    campaign_id: str,
    *,
    user_name: str = "",
    actor: str = "",
    store_texts: bool = True,
    ambassador_ids: Sequence[str] | None = None,
) -> KitPlan:
    """Everything a kit export of this campaign needs, read now. `user_name` is the contact when the
    campaign names none. With `store_texts`, placeholder share texts are replaced first (and stored)."""
    from ghostdesk.markets import rules
    from ghostdesk.services import ambassadors as ambassador_service
    from ghostdesk.services import campaigns
    from ghostdesk.services import kits as kit_service
    from ghostdesk.services import markets as market_service
    from ghostdesk.services import variants as variant_service

    campaign = campaigns.get(db, campaign_id)
    stored = store_share_texts(db, campaign.id, actor=actor or user_name or "unknown") if store_texts else 0
    state = campaigns.states(db, campaign.id)
    shares = campaigns.kit_shares(db, campaign.id, state=state)
    slot_of = {s.id: s.slot_id for s in campaigns_repo.shares(db, campaign.id)}
    slot_times = {slot.id: slot.utc for slot in campaigns.slots(db, campaign.id)}
    by_person: dict[str, list] = {}
    for share in shares:
        by_person.setdefault(share.ambassador_id, []).append(share)

    # who could get one: the campaign's markets' roster, and anyone planned
    roster: list[str] = []
    for market in campaign.markets:
        roster.extend(ambassadors_repo.query_ids(db, AmbassadorFilter(market=market)))
    listed = set(roster)  # a set: testing membership in the list was quadratic (1 s over 20,000 people)
    roster.extend(i for i in by_person if i not in listed)
    if ambassador_ids is not None:
        wanted = set(ambassador_ids)
        roster = [i for i in roster if i in wanted]
    # Everyone listed, as the roster shows them (name, market, consent: enough for who gets no kit and why);
    # whole records only for the people getting a kit (reading all 20,000 whole took half a second).
    heads = {row.id: row for row in ambassadors_repo.roster_rows_by_id(db, roster, with_groups=False)}
    allowed = {i for i, row in heads.items() if row.consent is ConsentStatus.OPTED_IN}  # Ambassador.plannable
    people = ambassador_service.get_many(db, [i for i in roster if i in allowed and i in by_person])

    contact_name, contact_email = split_contact(campaign.contact)
    if not contact_name and not contact_email:
        contact_name, contact_email = split_contact(user_name)
    company = _company(db, campaign)
    kit_campaign = KitCampaign(
        id=campaign.id,
        name=campaign.name,
        objective=campaign.objective.value,
        contact_name=contact_name,
        contact_email=contact_email,
        company=company,
        slug=campaign.tracking_code,
    )
    variants: dict[str, Variant] = {}
    hashes: dict[str, str] = {}  # variant id → its content hash
    posts: dict[str, object] = {}
    images: dict[str, tuple[KitImage, ...]] = {}
    disclosures: dict[str, str] = {}
    participation: dict[str, str] = {}
    inputs: list[KitInput] = []
    left_out: list[KitSkip] = []
    titles: dict[str, str] = {}
    executives: dict[str, str] = {}  # executive id → name
    for person_id in sorted(roster, key=lambda i: (heads[i].name.casefold(), i) if i in heads else ("", i)):
        head = heads.get(person_id)
        if head is None:
            continue
        if person_id not in allowed:
            left_out.append(KitSkip(head.id, head.name, NOT_OPTED_IN, head.consent.value))
            continue
        mine = by_person.get(person_id, [])
        person = people.get(person_id)
        if not mine or person is None:
            left_out.append(KitSkip(head.id, head.name, NO_SHARES, "nothing planned for this person"))
            continue
        kit_shares = []
        for share in mine:
            if share.variant_id not in variants:
                variants[share.variant_id] = variant_service.get(db, share.variant_id)
                hashes[share.variant_id] = variants[share.variant_id].content_hash  # once per variant, not share
            variant = variants[share.variant_id]
            if share.post_id not in posts:
                posts[share.post_id] = posts_repo.get(db, share.post_id)
            post = posts[share.post_id]
            titles[share.share_id] = getattr(post, "title", "")
            # the variant's link; else the post's first link, else the first web address in the variant or the post
            body_links = _URL.findall(variant.body) or _URL.findall(getattr(post, "body", ""))
            link = (
                variant.link
                or next(iter(getattr(post, "links", ()) or ()), "")
                or (body_links[0] if body_links else "")
            )
            slot_id = slot_of.get(share.share_id, "")
            executive_id = getattr(post, "executive_id", "") or ""
            if executive_id and executive_id not in executives:
                try:
                    executives[executive_id] = executives_repo.get(db, executive_id).name
                except GhostDeskError:
                    executives[executive_id] = ""
            approved, approved_hash, current = _approval(
                share.approved, variant, state.get((ItemType.SLOT, slot_id)), hashes[share.variant_id]
            )
            kit_shares.append(
                KitShare(
                    id=share.share_id,
                    planned_at=share.utc.astimezone(UTC),
                    network=share.network,
                    link=link,
                    texts=(share.share_text,) if share.share_text.strip() else (),
                    hashtags=variant.hashtags,
                    images=_images(db, share.post_id, images),
                    slot=f"{slot_id}/{share.wave}",
                    approved=approved,
                    content_hash=current,
                    approved_hash=approved_hash,
                    executive=executives.get(executive_id, ""),
                    executive_at=slot_times.get(slot_id),
                )
            )
        market = person.market or mine[0].market
        if market not in disclosures:
            try:
                texts = rules.disclosure_texts(market_service.effective(db, market), company)
            except GhostDeskError:
                texts = []
            disclosures[market] = texts[0] if texts else ""
        language = (person.language or "en").split("-")[0].lower()
        if language not in participation:
            participation[language] = ambassador_service.participation_text(db, language).body
        inputs.append(
            KitInput(
                campaign=kit_campaign,
                ambassador=KitAmbassador(
                    id=person.id,
                    name=person.name,
                    email=person.email,
                    language=person.language or "en",
                    market=market,
                    time_zone=person.time_zone or mine[0].time_zone,
                ),
                shares=tuple(kit_shares),
                disclosure=disclosures[market],
                opt_out=campaign.contact or user_name,
                participation=participation[language],
            )
        )
    needs = kit_service.check_approval(inputs)
    markets_of = {s.share_id: s.market for s in shares}
    variant_of = {s.share_id: s.variant_id for s in shares}
    for item in needs:
        item["post_title"] = titles.get(item["share_id"], "")
        item["market"] = markets_of.get(item["share_id"], "")
        # where to approve: the variant itself (Variants page) before its place in the calendar can count
        variant = variants.get(variant_of.get(item["share_id"], ""))
        item["variant_approved"] = variant is None or variant.approval is not None
    similar = kit_service.similar_pairs(inputs) if inputs else []
    return KitPlan(
        campaign=campaign,
        inputs=tuple(inputs),
        left_out=tuple(left_out),
        needs_approval=tuple(needs),
        similar=tuple(similar),
        texts_stored=stored,
        markets={i: row.market for i, row in heads.items()},
    )
