"""Services: a campaign's approvals — each executive post (slot), the wave plan and the whole campaign.

Approvals bind to a content hash: a slot's hash covers the variant's content, the network and the time; the wave
plan's covers every share; the campaign's covers the brief, every slot and the wave plan. A later change gives a
different hash, so the item shows "changed since approval" until approved again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ghostdesk.domain.campaigns import (
    ApprovalOutdated,
    ApprovalRecord,
    ApprovalState,
    CampaignInvalid,
    CampaignStatus,
    Decision,
    ItemType,
    NotPlanned,
    ShareStatus,
    StoredShare,
    StoredSlot,
)
from ghostdesk.domain.records import content_hash
from ghostdesk.domain.variants import Variant
from ghostdesk.services.campaign_briefs import get
from ghostdesk.services.campaign_plans import slots
from ghostdesk.storage import audit_repo, campaigns_repo
from ghostdesk.storage.connection import Database

if TYPE_CHECKING:
    from ghostdesk.domain.campaign_reports import ItemState


ACTIONS = {Decision.APPROVE: "campaign.approve", Decision.REJECT: "campaign.reject"}


def _slot_content(slot: StoredSlot, variant: Variant | None) -> dict:
    return {
        "variant": variant.content if variant is not None else None,
        "network": slot.network,
        "utc": slot.utc.astimezone(UTC).isoformat(),
    }


def _waves_content(stored: Sequence[StoredShare]) -> list:
    return sorted(
        [s.ambassador_id, s.slot_id, s.wave, s.utc.astimezone(UTC).isoformat(), s.share_text_index, s.share_text]
        for s in stored
        if s.status != ShareStatus.CANCELLED
    )


def slot_hashes(db: Database, stored_slots: Sequence[StoredSlot]) -> dict[str, str]:
    # The stored variant as it is (what services.variants.get returns): reading it from the repository keeps
    # the variants service — the market rules and checks — out of the Calendar page's first open.
    from ghostdesk.storage import variants_repo

    # One read for every slot's variant; a variant deleted since planning is missing: the slot's content is gone.
    variants = variants_repo.by_ids(db, list({s.variant_id for s in stored_slots}))
    return {s.id: content_hash(_slot_content(s, variants.get(s.variant_id))) for s in stored_slots}


def waves_hash(db: Database, campaign_id: str) -> str:
    """The wave plan's hash, as `_waves_content` of every share, from plain rows (no dataclasses)."""
    iso = {}  # stored UTC text → its isoformat (the same for rows we wrote; normalised for any other)
    content = []
    for ambassador_id, slot_id, wave, utc, index, text in campaigns_repo.waves_rows(db, campaign_id):
        if utc not in iso:
            iso[utc] = datetime.fromisoformat(utc).astimezone(UTC).isoformat()
        content.append([ambassador_id, slot_id, wave, iso[utc], index, text])
    content.sort()
    return content_hash(content)


def current_hashes(db: Database, campaign_id: str) -> dict[tuple[ItemType, str], str]:
    """The hash of every approvable item as it is now: each slot, the wave plan, the campaign."""
    campaign = get(db, campaign_id)
    hashes = {(ItemType.SLOT, k): h for k, h in slot_hashes(db, slots(db, campaign_id)).items()}
    waves = waves_hash(db, campaign_id)
    hashes[(ItemType.WAVES, campaign_id)] = waves
    hashes[(ItemType.CAMPAIGN, campaign_id)] = content_hash(
        {
            "brief": campaign.content,
            "slots": sorted(h for (t, _), h in hashes.items() if t == ItemType.SLOT),
            "waves": waves,
        }
    )
    return hashes


def approval_state(record: ApprovalRecord | None, current: str) -> ApprovalState:
    if record is None:
        return ApprovalState.NOT_REVIEWED
    if record.decision == Decision.REJECT:
        return ApprovalState.REJECTED if record.content_hash == current else ApprovalState.NOT_REVIEWED
    return ApprovalState.APPROVED if record.content_hash == current else ApprovalState.CHANGED


def states(db: Database, campaign_id: str) -> dict[tuple[ItemType, str], ItemState]:
    """Every item's approval state now. A rejected item that changed since is to be reviewed again."""
    from ghostdesk.domain.campaign_reports import ItemState

    latest = campaigns_repo.latest_approvals(db, campaign_id)
    return {
        key: ItemState(key[0], key[1], approval_state(latest.get(key), current), current, latest.get(key))
        for key, current in current_hashes(db, campaign_id).items()
    }


def decide(
    db: Database,
    campaign_id: str,
    item_type: ItemType | str,
    item_id: str,
    decision: Decision | str,
    *,
    actor: str,
    comment: str = "",
    expected_hash: str | None = None,
) -> ApprovalRecord:
    """Record a decision on one item, bound to the hash of its current content (also in the audit log).

    A rejection needs a comment. With `expected_hash` (a reviewer's decision from a review package), the
    decision is refused with `ApprovalOutdated` when the content changed since."""
    item_type, decision = ItemType(item_type), Decision(decision)
    if item_type != ItemType.SLOT:
        item_id = campaign_id
    current = current_hashes(db, campaign_id).get((item_type, item_id))
    if current is None:
        raise NotPlanned(f"Nothing to decide on: {item_type.value} {item_id}", item_type=item_type.value, id=item_id)
    if decision == Decision.REJECT and not comment.strip():
        raise CampaignInvalid("A rejection needs a comment", field="comment")
    if expected_hash is not None and expected_hash != current:
        raise ApprovalOutdated("The content changed since it was reviewed", item_type=item_type.value, id=item_id)
    record = campaigns_repo.new_approval(campaign_id, item_type, item_id, current, decision, actor, comment.strip())
    with db.atomic():
        campaigns_repo.add_approval(db, record)
        audit_repo.record(
            db, actor=actor, action=ACTIONS[decision], entity_type=f"campaign_{item_type.value}", entity_id=item_id,
            content_hash=current, details={"campaign_id": campaign_id, "comment": record.comment},
        )  # fmt: skip
        if item_type == ItemType.CAMPAIGN:
            campaign = get(db, campaign_id)
            status = CampaignStatus.APPROVED if decision == Decision.APPROVE else CampaignStatus.PLANNED
            campaigns_repo.touch(db, campaign, status)
    return record


def approve(db: Database, campaign_id: str, item_type: ItemType | str, item_id: str = "", *, actor: str,
            comment: str = "") -> ApprovalRecord:  # fmt: skip
    return decide(db, campaign_id, item_type, item_id, Decision.APPROVE, actor=actor, comment=comment)


def reject(db: Database, campaign_id: str, item_type: ItemType | str, item_id: str = "", *, actor: str,
           comment: str) -> ApprovalRecord:  # fmt: skip
    return decide(db, campaign_id, item_type, item_id, Decision.REJECT, actor=actor, comment=comment)


def approve_all(db: Database, campaign_id: str, *, actor: str, comment: str = "") -> list[ApprovalRecord]:
    """Approve every slot, the wave plan and the campaign, in one transaction."""
    with db.atomic():
        done = [
            approve(db, campaign_id, ItemType.SLOT, s.id, actor=actor, comment=comment) for s in slots(db, campaign_id)
        ]
        done.append(approve(db, campaign_id, ItemType.WAVES, actor=actor, comment=comment))
        done.append(approve(db, campaign_id, ItemType.CAMPAIGN, actor=actor, comment=comment))
    return done


def history(db: Database, campaign_id: str) -> list[ApprovalRecord]:
    return campaigns_repo.approvals(db, campaign_id)
