"""Services: the results report (per language, for ambassadors) and the executive summary, privacy applied."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ghostdesk.domain.results import ResultsInvalid, UnknownCampaign
from ghostdesk.export import results_docx
from ghostdesk.services import results, results_summary
from ghostdesk.services.results_lookup import CampaignLookup, lookup_for
from ghostdesk.storage.connection import Database

LANGUAGES = results_docx.LANGUAGES


def report_input(db: Database, campaign_id: str, lookup: CampaignLookup | None = None) -> results_docx.ReportInput:
    lookup = lookup or lookup_for(db)
    s = results_summary.summary(db, campaign_id, lookup)
    board = results.board(db, campaign_id)  # privacy applied here, once, for every output
    return results_docx.ReportInput(
        campaign_name=s.campaign.name,
        slug=s.campaign.slug or s.campaign.id,
        starts_on=s.campaign.starts_on,
        ends_on=s.campaign.ends_on,
        shares=s.shares,
        ambassadors=s.ambassadors,
        reach=s.ambassador_reach,
        own_reach=s.executive_totals.impressions,
        amplification=s.amplification,
        totals=s.ambassador_totals,
        targets=tuple((t.metric, t.target, t.actual) for t in s.targets),
        by_market=tuple((m.key, m.reach, m.metrics.clicks) for m in s.by_market),
        best_content=tuple(c.label for c in s.best_content),
        ranking_enabled=board.ranking_enabled,
        board=board.entries,
        hidden=board.hidden,
    )


def write_reports(
    db: Database,
    campaign_id: str,
    folder: Path,
    languages: Sequence[str] = LANGUAGES,
    lookup: CampaignLookup | None = None,
) -> list[Path]:
    """One results report and one executive summary per language; returns the written paths."""
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown:
        raise ResultsInvalid(f"No report texts in {unknown[0]!r}", field="language", value=unknown[0])
    lookup = lookup or lookup_for(db)
    if lookup.campaign(campaign_id) is None and not results.figure_count(db, campaign_id):
        # A mistyped id used to write two empty reports named after it and say "Wrote …".
        raise UnknownCampaign(f"No campaign {campaign_id!r}, and no results recorded for it", campaign=campaign_id)
    data = report_input(db, campaign_id, lookup)
    written: list[Path] = []
    for language in languages:
        written.extend(results_docx.write(data, Path(folder), language))
    return written
