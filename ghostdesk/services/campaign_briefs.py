"""Services: a campaign's brief — its name, dates, objective, markets and targets, the posts it shares and its
wave templates (what to share, to whom, when), each change audited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import time

from ghostdesk.domain.campaigns import (
    TARGETS,
    Campaign,
    CampaignInvalid,
    CampaignNotFound,
    CampaignPost,
    Objective,
    WaveTemplateRecord,
    default_wave_templates,
    parse_day,
)
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.records import content_hash
from ghostdesk.storage import audit_repo, campaigns_repo, trash_repo
from ghostdesk.storage.connection import Database


def _clean(campaign: Campaign) -> Campaign:
    name = " ".join(campaign.name.split())
    if not name:
        raise CampaignInvalid("A campaign needs a name", field="name")
    start = parse_day(campaign.start, "start")
    end = parse_day(campaign.end, "end")
    if end < start:
        raise CampaignInvalid("The campaign ends before it starts", field="end", start=campaign.start, end=campaign.end)
    targets = {}
    for key, value in campaign.targets.items():
        if key not in TARGETS:
            raise CampaignInvalid(f"Unknown target {key!r}", field="targets", value=key)
        if int(value) < 0:
            raise CampaignInvalid("A target is a positive number", field="targets", value=value)
        if int(value):
            targets[key] = int(value)
    from ghostdesk.markets import profiles

    markets = tuple(dict.fromkeys(m.strip().upper() for m in campaign.markets if m.strip()))
    for code in markets:
        if code not in profiles.codes():
            raise CampaignInvalid(f"Unknown market {code}", field="markets", value=code)
    return replace(campaign, name=name, objective=Objective(campaign.objective), targets=targets, markets=markets)


def create(
    db: Database,
    *,
    name: str,
    start: str,
    end: str,
    markets: Sequence[str],
    actor: str,
    objective: Objective | str = Objective.VISIBILITY,
    targets: dict[str, int] | None = None,
    executives: Sequence[str] = (),
    contact: str = "",
    notes: str = "",
) -> Campaign:
    now = utc_now_iso()
    campaign = _clean(
        Campaign(
            id=new_id(),
            name=name,
            objective=Objective(objective),
            targets=dict(targets or {}),
            start=start,
            end=end,
            markets=tuple(markets),
            executives=tuple(executives),
            contact=contact,
            notes=notes,
            created_at=now,
            updated_at=now,
        )
    )
    with db.atomic():
        campaigns_repo.insert(db, campaign)
        campaigns_repo.set_templates(db, campaign.id, default_wave_templates())
        audit_repo.record(
            db, actor=actor, action="campaign.create", entity_type="campaign", entity_id=campaign.id,
            content_hash=content_hash(campaign.content), details={"name": campaign.name},
        )  # fmt: skip
    return campaign


def update(db: Database, campaign: Campaign, *, actor: str) -> Campaign:
    cleaned = replace(_clean(campaign), updated_at=utc_now_iso())
    with db.atomic():
        campaigns_repo.update(db, cleaned)
        audit_repo.record(
            db, actor=actor, action="campaign.edit", entity_type="campaign", entity_id=campaign.id,
            content_hash=content_hash(cleaned.content),
        )  # fmt: skip
    return cleaned


def get(db: Database, campaign_id: str) -> Campaign:
    return campaigns_repo.get(db, campaign_id)


def resolve(db: Database, id_or_name: str) -> Campaign:
    """A campaign by its id or its name (case-insensitive)."""
    try:
        return campaigns_repo.get(db, id_or_name)
    except CampaignNotFound:
        found = campaigns_repo.find_by_name(db, id_or_name)
        if found is None:
            raise CampaignNotFound(f"No campaign {id_or_name!r}", id=id_or_name) from None
        return found


def list_campaigns(db: Database) -> list[Campaign]:
    return campaigns_repo.list_all(db)


def delete(db: Database, campaign_id: str, *, actor: str) -> None:
    campaigns_repo.delete(db, campaign_id, deleted_by=actor)


def restore(db: Database, trash_id: str) -> Campaign:
    """Bring a campaign back from the trash with its posts; its name must still be free."""
    name = trash_repo.get(db, trash_id).payload["campaign"][1]
    if campaigns_repo.find_by_name(db, name) is not None:
        raise CampaignInvalid(f"A campaign is already named {name}", field="name", value=name)
    return campaigns_repo.restore(db, trash_id)


def set_posts(db: Database, campaign_id: str, items: Sequence[CampaignPost], *, actor: str) -> None:
    campaign = get(db, campaign_id)
    for item in items:
        parse_day(item.day, "day")
        if item.local_time:
            try:
                time.fromisoformat(item.local_time)
            except ValueError:
                raise CampaignInvalid("A time is HH:MM", field="local_time", value=item.local_time) from None
    with db.atomic():
        campaigns_repo.set_posts(db, campaign.id, items)
        audit_repo.record(
            db, actor=actor, action="campaign.posts", entity_type="campaign", entity_id=campaign.id,
            details={"posts": [p.post_id for p in items]},
        )  # fmt: skip


def posts(db: Database, campaign_id: str) -> list[CampaignPost]:
    return campaigns_repo.posts(db, campaign_id)


def templates(db: Database, campaign_id: str) -> list[WaveTemplateRecord]:
    return campaigns_repo.templates(db, campaign_id) or list(default_wave_templates())


def set_templates(db: Database, campaign_id: str, records: Sequence[WaveTemplateRecord], *, actor: str) -> None:
    from ghostdesk.services.planner import _validate_templates

    if not records:
        raise CampaignInvalid("A campaign needs at least one wave", field="waves")
    try:
        built = tuple(r.to_template() for r in records)
    except ValueError:
        raise CampaignInvalid("A window time is HH:MM", field="waves") from None
    _validate_templates(built)
    with db.atomic():
        campaigns_repo.set_templates(db, campaign_id, records)
        audit_repo.record(
            db, actor=actor, action="campaign.waves", entity_type="campaign", entity_id=campaign_id,
            details={"waves": [r.name for r in records]},
        )  # fmt: skip
