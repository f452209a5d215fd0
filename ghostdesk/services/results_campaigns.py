"""Services: the calendar's campaigns, planned shares and executive slots, as results see them."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from ghostdesk.domain.campaigns import Campaign
from ghostdesk.domain.errors import NotFound
from ghostdesk.services import campaigns
from ghostdesk.services.results_lookup import CampaignRef, ExecutivePostRef, ShareRef
from ghostdesk.storage.connection import Database


class CalendarCampaigns:
    """Results' CampaignLookup over the workspace's campaigns (read on demand, cached per lookup)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._shares: dict[str, list[ShareRef]] = {}

    def _ref(self, c: Campaign) -> CampaignRef:
        return CampaignRef(c.id, c.name, c.utm_campaign, c.start, c.end, dict(c.targets), tuple(c.markets))

    def campaigns(self) -> Sequence[CampaignRef]:
        return [self._ref(c) for c in campaigns.list_campaigns(self.db)]

    def campaign(self, campaign_id: str) -> CampaignRef | None:
        try:
            return self._ref(campaigns.get(self.db, campaign_id))
        except NotFound:
            return None

    def campaign_for_utm(self, utm_campaign_value: str) -> CampaignRef | None:
        """The campaign a link's `utm_campaign` names: its id, or the id part that ends a kit's tracking code
        (`Campaign.tracking_code`, whatever the name is now); else its slug or name, when only one campaign has
        it. None for none, or for a slug two campaigns share."""
        key = utm_campaign_value.strip().casefold()
        every = self.campaigns()
        tag = key.rsplit("-", 1)[-1]
        by_id = [c for c in every if key == c.id.casefold()]
        if not by_id and len(tag) == 8:
            by_id = [c for c in every if c.id.replace("-", "").casefold().startswith(tag)]
        named = [c for c in every if key in (c.slug, c.name.casefold())]
        found = by_id or named
        return found[0] if len(found) == 1 else None

    def shares(self, campaign_id: str) -> Sequence[ShareRef]:
        if campaign_id not in self._shares:
            slots = {s.id: s for s in campaigns.slots(self.db, campaign_id)}
            self._shares[campaign_id] = [
                ShareRef(
                    id=share.id,
                    campaign_id=campaign_id,
                    ambassador_id=share.ambassador_id,
                    network=slots[share.slot_id].network if share.slot_id in slots else "",
                    # The day the person shares, in their own zone: that is the day analytics report.
                    planned_on=share.utc.astimezone(ZoneInfo(share.time_zone)).date().isoformat(),
                    wave=share.wave,
                    content_key=slots[share.slot_id].post_id if share.slot_id in slots else "",
                )
                for share in campaigns.shares(self.db, campaign_id)
            ]
        return self._shares[campaign_id]

    def share_for(self, campaign_id: str, ambassador_id: str, network: str, on: str) -> ShareRef | None:
        candidates = [
            s
            for s in self.shares(campaign_id)
            if s.ambassador_id == ambassador_id and (not network or s.network == network)
        ]
        if not candidates:
            return None
        exact = [s for s in candidates if s.planned_on == on]
        if exact:
            return exact[0]
        earlier = sorted((s for s in candidates if s.planned_on <= on), key=lambda s: s.planned_on)
        return earlier[-1] if earlier else min(candidates, key=lambda s: s.planned_on)

    def executive_posts(self, campaign_id: str | None = None) -> Sequence[ExecutivePostRef]:
        from ghostdesk.storage import executives_repo, posts_repo

        ids = [campaign_id] if campaign_id else [c.id for c in campaigns.list_campaigns(self.db)]
        found = []
        for cid in ids:
            for slot in campaigns.slots(self.db, cid):
                try:
                    post = posts_repo.get(self.db, slot.post_id)
                    executive = executives_repo.get(self.db, post.executive_id)
                except NotFound:
                    post = executive = None
                found.append(
                    ExecutivePostRef(
                        slot_id=slot.id,
                        campaign_id=cid,
                        executive_id=executive.id if executive else "",
                        executive_name=executive.name if executive else "",
                        network=slot.network,
                        planned_on=slot.utc.astimezone(ZoneInfo(slot.time_zone)).date().isoformat(),
                        content_key=slot.post_id,
                        content_title=post.title if post else "",
                    )
                )
        return found


def lookup(db: Database) -> CalendarCampaigns:
    return CalendarCampaigns(db)
