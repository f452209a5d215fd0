"""Services: a campaign's dashboard figures — targets vs actual, by market, network and wave, amplification,
best content and the trend over time. Aggregates only: no person appears here."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ghostdesk.domain import results as rules_mod
from ghostdesk.domain.results import METRICS, Figures, FiguresKind, Metrics
from ghostdesk.services import results, results_lookup
from ghostdesk.services.results_lookup import CampaignLookup, CampaignRef, lookup_for
from ghostdesk.storage.connection import Database


@dataclass(frozen=True)
class Target:
    metric: str
    target: int
    actual: int

    @property
    def share(self) -> float:
        return self.actual / self.target if self.target else 0.0


@dataclass(frozen=True)
class Slice:
    key: str  # market code, network id, wave name, content key or ISO date
    label: str
    metrics: Metrics
    shares: int = 0
    reach: int = 0


@dataclass(frozen=True)
class CampaignSummary:
    campaign: CampaignRef
    shares: int
    ambassadors: int
    ambassador_totals: Metrics
    executive_totals: Metrics
    ambassador_reach: int
    amplification: float
    targets: tuple[Target, ...] = ()
    by_market: tuple[Slice, ...] = ()
    by_network: tuple[Slice, ...] = ()
    by_wave: tuple[Slice, ...] = ()
    best_content: tuple[Slice, ...] = ()
    trend: tuple[Slice, ...] = ()  # per day, ambassadors and executive together
    notes: dict[str, str] = field(default_factory=dict)


def campaigns(db: Database, lookup: CampaignLookup | None = None) -> list[CampaignRef]:
    """Campaigns the calendar knows, plus any campaign id that only appears in imported figures."""
    return results_lookup.campaigns(db, lookup)


def summary(
    db: Database, campaign_id: str, lookup: CampaignLookup | None = None, *, figures: list[Figures] | None = None
) -> CampaignSummary:
    """The campaign's dashboard. `figures`: its figures (every kind) when the caller has read them already."""
    lookup = lookup or lookup_for(db)
    campaign = lookup.campaign(campaign_id) or CampaignRef(campaign_id, campaign_id, campaign_id)
    rows = results.figures(db, campaign_id) if figures is None else figures
    shares_rows = [f for f in rows if f.kind is FiguresKind.SHARE]
    exec_rows = [f for f in rows if f.kind is FiguresKind.EXECUTIVE]
    sizes = results.network_sizes(db, shares_rows)
    ambassador_totals = rules_mod.total(f.metrics for f in shares_rows)
    executive_totals = rules_mod.total(f.metrics for f in exec_rows)
    reach = sum(results.reach_of(f, sizes) for f in shares_rows)
    everything = ambassador_totals + executive_totals
    actual = {
        **everything.as_dict(),
        "reach": reach + executive_totals.impressions,
        "engagement": everything.engagement,  # a property, not in as_dict(): the target read 0 before
        "shares": _count_shares(shares_rows),
    }
    targets = tuple(Target(m, int(t), int(actual.get(m, 0))) for m, t in campaign.targets.items() if t)
    return CampaignSummary(
        campaign=campaign,
        shares=_count_shares(shares_rows),
        ambassadors=len({f.ambassador_id for f in shares_rows}),
        ambassador_totals=ambassador_totals,
        executive_totals=executive_totals,
        ambassador_reach=reach,
        amplification=rules_mod.amplification(reach, executive_totals.impressions),
        targets=targets,
        by_market=_slices(shares_rows, lambda f: f.market or "?", sizes),
        by_network=_slices(shares_rows, lambda f: f.network or "?", sizes),
        by_wave=_slices(shares_rows, lambda f: f.wave or "", sizes),
        best_content=_slices(
            [f for f in rows if f.content_key or f.content_title],
            lambda f: f.content_key or f.content_title,
            sizes,
            best=True,
        )[:5],
        trend=tuple(
            sorted(_slices([f for f in rows if f.posted_on], lambda f: f.posted_on, sizes), key=lambda s: s.key)
        ),
    )


def _count_shares(rows: list[Figures]) -> int:
    return len({(f.ambassador_id, f.share_id or f.content_key or f.posted_on, f.network, f.posted_on) for f in rows})


def _slices(rows: list[Figures], key, sizes, *, best: bool = False) -> tuple[Slice, ...]:
    groups: dict[str, list[Figures]] = defaultdict(list)
    for f in rows:
        groups[key(f)].append(f)
    slices = []
    for name, items in groups.items():
        titles = [f.content_title for f in items if f.content_title]
        shares = _count_shares([f for f in items if f.kind is FiguresKind.SHARE])
        slices.append(
            Slice(
                name,
                titles[0] if best and titles else name,
                rules_mod.total(f.metrics for f in items),
                shares,
                sum(results.reach_of(f, sizes) for f in items),
            )
        )
    if best:
        return tuple(sorted(slices, key=lambda s: (-s.metrics.engagement, -s.metrics.impressions, s.key)))
    return tuple(sorted(slices, key=lambda s: (-s.reach, -s.metrics.clicks, s.key)))


__all__ = ["METRICS", "CampaignSummary", "Slice", "Target", "campaigns", "summary"]
