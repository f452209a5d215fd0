"""Services: what the share kits read of a campaign's plan — each planned share with its person, text and
approval."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ghostdesk.domain.campaigns import ApprovalState, ItemType, NotPlanned, ShareStatus
from ghostdesk.domain.variants import Variant
from ghostdesk.services.campaign_approvals import states
from ghostdesk.services.campaign_plans import shares, slots
from ghostdesk.storage import ambassadors_repo, campaigns_repo
from ghostdesk.storage.connection import Database

if TYPE_CHECKING:
    from ghostdesk.domain.campaign_reports import ItemState, KitShare


def share_count(db: Database, campaign_id: str) -> int:
    """How many shares the campaign plans (one indexed count)."""
    return campaigns_repo.share_count(db, campaign_id)


def kit_shares(
    db: Database,
    campaign_id: str,
    ambassador_id: str | None = None,
    *,
    state: dict[tuple[ItemType, str], ItemState] | None = None,
) -> list[KitShare]:
    """Each planned share (not cancelled) as the kits need it, in time order. `approved` is True only when
    the variant holds a valid approval of its current content AND its campaign slot is approved now.
    `state`: the campaign's `states`, when the caller has them already."""
    from ghostdesk.domain.campaign_reports import KitShare
    from ghostdesk.services import variants as variant_service

    stored_slots = {s.id: s for s in slots(db, campaign_id)}
    state = states(db, campaign_id) if state is None else state
    planned = shares(db, campaign_id, ambassador_id=ambassador_id)
    emails = ambassadors_repo.emails(db, list({s.ambassador_id for s in planned}))
    variants: dict[str, Variant] = {}
    hashes: dict[str, str] = {}  # variant id → content hash (a property that hashes the content on each call)
    result = []
    for share in planned:
        if share.status == ShareStatus.CANCELLED:
            continue
        slot = stored_slots[share.slot_id]
        if slot.variant_id not in variants:
            variants[slot.variant_id] = variant_service.get(db, slot.variant_id)
            hashes[slot.variant_id] = variants[slot.variant_id].content_hash
        variant = variants[slot.variant_id]
        current = hashes[slot.variant_id]
        slot_state = state.get((ItemType.SLOT, slot.id))
        result.append(
            KitShare(
                share_id=share.id,
                ambassador_id=share.ambassador_id,
                ambassador_email=emails.get(share.ambassador_id, ""),
                utc=share.utc,
                time_zone=share.time_zone,
                local=share.utc.astimezone(ZoneInfo(share.time_zone)),
                network=slot.network,
                market=slot.market,
                wave=share.wave,
                variant_id=variant.id,
                post_id=variant.post_id,
                approved=variant.approval is not None
                and variant.approval.content_hash == current  # Variant.approval_valid, hashed once
                and slot_state is not None
                and slot_state.state == ApprovalState.APPROVED,
                content_hash=current,
                share_text_index=share.share_text_index,
                share_text=share.share_text,
                link=variant.link,
            )
        )
    return result


def require_planned(db: Database, campaign_id: str) -> None:
    if not slots(db, campaign_id):
        raise NotPlanned("The campaign has no stored plan yet", id=campaign_id)
