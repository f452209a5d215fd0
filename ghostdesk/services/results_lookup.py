"""Services: what results need to know about campaigns, behind a small interface the calendar fills in.

Campaigns, planned shares and executive slots live in the calendar (another area). Results only keep their
ids, and ask a `CampaignLookup` for the rest: by default the calendar's (services/results_campaigns.py);
`_unlinked` takes a utm_campaign value as the campaign's id and knows no shares or executive slots.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ghostdesk.storage import results_index_repo
from ghostdesk.storage.connection import Database


@dataclass(frozen=True)
class CampaignRef:
    id: str
    name: str
    slug: str = ""  # utm_campaign
    starts_on: str = ""
    ends_on: str = ""
    targets: dict[str, int] = field(default_factory=dict)  # metric → target (impressions, clicks, conversions …)
    markets: tuple[str, ...] = ()


@dataclass(frozen=True)
class ShareRef:
    """A planned ambassador share."""

    id: str
    campaign_id: str
    ambassador_id: str
    network: str
    planned_on: str  # ISO date
    wave: str = ""
    content_key: str = ""  # the post (id) being shared
    content_title: str = ""


@dataclass(frozen=True)
class ExecutivePostRef:
    """An executive slot: the executive's own post in the campaign."""

    slot_id: str
    campaign_id: str
    executive_id: str
    executive_name: str
    network: str
    planned_on: str
    url: str = ""
    content_key: str = ""
    content_title: str = ""


class CampaignLookup(Protocol):
    def campaigns(self) -> Sequence[CampaignRef]: ...

    def campaign(self, campaign_id: str) -> CampaignRef | None: ...

    def campaign_for_utm(self, utm_campaign: str) -> CampaignRef | None: ...

    def shares(self, campaign_id: str) -> Sequence[ShareRef]: ...

    def share_for(self, campaign_id: str, ambassador_id: str, network: str, on: str) -> ShareRef | None: ...

    def executive_posts(self, campaign_id: str | None = None) -> Sequence[ExecutivePostRef]: ...


class StaticCampaignLookup:
    """A lookup over given lists (tests, the demo, and until the calendar is wired)."""

    def __init__(
        self,
        campaigns: Sequence[CampaignRef] = (),
        shares: Sequence[ShareRef] = (),
        executive_posts: Sequence[ExecutivePostRef] = (),
        *,
        accept_unknown_utm: bool = False,
    ) -> None:
        self._campaigns = list(campaigns)
        self._shares = list(shares)
        self._posts = list(executive_posts)
        self._accept_unknown = accept_unknown_utm

    def campaigns(self) -> Sequence[CampaignRef]:
        return list(self._campaigns)

    def campaign(self, campaign_id: str) -> CampaignRef | None:
        found = next((c for c in self._campaigns if c.id == campaign_id), None)
        if found is None and self._accept_unknown and campaign_id:
            return CampaignRef(campaign_id, campaign_id, campaign_id)
        return found

    def campaign_for_utm(self, utm_campaign: str) -> CampaignRef | None:
        key = utm_campaign.strip().lower()
        found = next((c for c in self._campaigns if key in ((c.slug or c.id).lower(), c.id.lower())), None)
        if found is None and self._accept_unknown and key:
            return CampaignRef(utm_campaign.strip(), utm_campaign.strip(), utm_campaign.strip())
        return found

    def shares(self, campaign_id: str) -> Sequence[ShareRef]:
        return [s for s in self._shares if s.campaign_id == campaign_id]

    def share_for(self, campaign_id: str, ambassador_id: str, network: str, on: str) -> ShareRef | None:
        candidates = [
            s
            for s in self._shares
            if s.campaign_id == campaign_id
            and s.ambassador_id == ambassador_id
            and (not network or s.network == network)
        ]
        if not candidates:
            return None
        exact = [s for s in candidates if s.planned_on == on]
        if exact:
            return exact[0]
        # The closest planned share on or before the day (people share late more often than early).
        earlier = sorted((s for s in candidates if s.planned_on <= on), key=lambda s: s.planned_on)
        return earlier[-1] if earlier else sorted(candidates, key=lambda s: s.planned_on)[0]

    def executive_posts(self, campaign_id: str | None = None) -> Sequence[ExecutivePostRef]:
        return [p for p in self._posts if campaign_id is None or p.campaign_id == campaign_id]


def _unlinked(db: Database) -> CampaignLookup:
    return StaticCampaignLookup(accept_unknown_utm=True)


def _calendar(db: Database) -> CampaignLookup:
    from ghostdesk.services.results_campaigns import CalendarCampaigns

    return CalendarCampaigns(db)


# The workspace's own campaigns (tests may point this elsewhere).
LOOKUP_FACTORY: Callable[[Database], CampaignLookup] = _calendar


def lookup_for(db: Database) -> CampaignLookup:
    return LOOKUP_FACTORY(db)


def campaigns(db: Database, lookup: CampaignLookup | None = None) -> list[CampaignRef]:
    """Campaigns the calendar knows, plus any campaign id that only appears in imported figures (by start date,
    then name). Light: it loads neither the figures' types nor the dashboard's code."""
    lookup = lookup or lookup_for(db)
    known = {c.id: c for c in lookup.campaigns()}
    for campaign_id in results_index_repo.campaign_ids(db):
        if campaign_id not in known:
            known[campaign_id] = lookup.campaign(campaign_id) or CampaignRef(campaign_id, campaign_id, campaign_id)
    return sorted(known.values(), key=lambda c: (c.starts_on, c.name.lower()))


def figure_count(db: Database, campaign_id: str) -> int:
    """How many figures rows the campaign has (one indexed count)."""
    return results_index_repo.figure_count(db, campaign_id)
