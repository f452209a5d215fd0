"""Services: each planned share's own words. When a plan is stored, every share in a wave gets a distinct
text from `share_texts.propose_share_texts` (offline templates: deterministic), web addresses taken out (each
kit gives its reader their own tracked link). Chosen with the plan, before anyone approves it, so the
Calendar, the review package and the kits show the same words and an approval stays valid.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ghostdesk.domain.campaigns import ShareStatus, StoredShare
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.variants import Variant
from ghostdesk.storage import audit_repo, campaigns_repo
from ghostdesk.storage.connection import Database

_URL = re.compile(r"https?://[^\s<>\"'）)]+")


def is_placeholder(text: str, variant: Variant) -> bool:
    """Whether a stored share text is not a personal text yet (empty, or the variant's own text)."""
    stripped = (text or "").strip()
    return not stripped or stripped == variant.full_text.strip() or stripped == variant.body.strip()


def _without_links(text: str) -> str:
    """A share text without web addresses: each kit gives its reader their own tracked link to post."""
    lines = [" ".join(_URL.sub("", line).split()) for line in text.split("\n")]
    return "\n".join(lines).strip()


def store_share_texts(db: Database, campaign_id: str, *, actor: str) -> int:
    """Give every planned share still holding a placeholder its own distinct text (see the module note).
    Returns how many texts were stored; 0 when every share already has a personal text."""
    from ghostdesk.domain.assist_actions import MAX_SHARE_TEXTS
    from ghostdesk.services import share_texts
    from ghostdesk.services import variants as variant_service

    slots = {s.id: s for s in campaigns_repo.slots(db, campaign_id)}
    groups: dict[tuple[str, str], list[StoredShare]] = {}
    for share in campaigns_repo.shares(db, campaign_id):
        if share.status != ShareStatus.CANCELLED and share.slot_id in slots:
            groups.setdefault((share.slot_id, share.wave), []).append(share)
    # Texts are chosen per executive post (slot), across its waves: choosing per wave gave the first person of
    # every wave the same first text, so colleagues sharing one post on one day posted the same words (three
    # of the demo's five Chinese ambassadors had one identical sentence in their WeChat Moments).
    by_slot: dict[str, list[list[StoredShare]]] = {}
    for (slot_id, _wave), group in sorted(groups.items()):
        by_slot.setdefault(slot_id, []).append(group)
    variants: dict[str, Variant] = {}
    changed: list[StoredShare] = []
    for slot_id, waves in by_slot.items():
        slot = slots[slot_id]
        if slot.variant_id not in variants:
            variants[slot.variant_id] = variant_service.get(db, slot.variant_id)
        variant = variants[slot.variant_id]
        everyone = [s for group in waves for s in group]
        if not any(is_placeholder(s.share_text, variant) for s in everyone):
            continue
        kept = {s.share_text.strip() for s in everyone if not is_placeholder(s.share_text, variant)}
        try:
            proposed = share_texts.propose_share_texts(
                db, variant.post_id, variant.language or slot.language, min(MAX_SHARE_TEXTS, len(everyone) + len(kept))
            )
        except GhostDeskError:  # no templates for that language, or no text: the placeholders stay
            continue
        fresh = [text for text in dict.fromkeys(_without_links(t) for t in proposed) if text and text not in kept]
        used: set[str] = set()  # by anyone sharing this post
        for group in waves:
            group.sort(key=lambda s: (s.share_text_index, s.ambassador_name, s.id))
            in_wave = {s.share_text.strip() for s in group if not is_placeholder(s.share_text, variant)}
            for share in group:
                if not is_placeholder(share.share_text, variant):
                    continue
                # a text nobody sharing this post has; past that (more people than texts), one nobody in this wave has
                text = next((t for t in fresh if t not in used), None) or next(
                    (t for t in fresh if t not in in_wave), None
                )
                if text is None:
                    break  # fewer distinct texts than people in the wave: the uniqueness guard reports the rest
                used.add(text)
                in_wave.add(text)
                changed.append(replace(share, share_text=text))
    if changed:
        with db.atomic():
            for share in changed:
                campaigns_repo.update_share(db, share)
            audit_repo.record(
                db, actor=actor, action="campaign.share_texts", entity_type="campaign", entity_id=campaign_id,
                details={"stored": len(changed), "source": "offline templates"},
            )  # fmt: skip
    return len(changed)
