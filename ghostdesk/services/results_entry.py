"""Services: the manual entry grid's rows (a campaign's planned shares and executive posts) and saving them.

One row per planned share (ambassador × planned share) and per executive post, from the calendar through the
results lookup, with the figures entered by hand before. A row's figures are saved under the same key as
`results.record` uses, so saving the same row again replaces its reading — it never adds to it. Erased people
keep their row (their figures still count, anonymised) but carry no name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ghostdesk.domain.ambassador import ConsentStatus
from ghostdesk.domain.results import METRICS, FiguresKind, Metrics, ResultsInvalid
from ghostdesk.services import ambassadors, results
from ghostdesk.services.results_lookup import CampaignLookup, lookup_for
from ghostdesk.storage.connection import Database


@dataclass(frozen=True)
class EntryRow:
    """One line of the grid: what was planned, and the figures entered for it so far (if any)."""

    key: str  # the manual row key the figures are saved under
    kind: FiguresKind
    campaign_id: str
    name: str  # the person's name; empty for an erased ambassador
    erased: bool
    network: str
    planned_on: str
    wave: str = ""
    ambassador_id: str = ""
    share_id: str = ""
    executive_id: str = ""
    slot_id: str = ""
    content_key: str = ""
    content_title: str = ""
    metrics: Metrics | None = None  # None: nothing entered by hand yet
    read_on: str = ""

    def entry(self, metrics: dict[str, object], read_on: str) -> results.ManualFigures:
        return results.ManualFigures(
            self.campaign_id, self.kind, ambassador_id=self.ambassador_id, executive_id=self.executive_id,
            share_id=self.share_id, slot_id=self.slot_id, network=self.network, posted_on=self.planned_on,
            read_on=read_on, content_key=self.content_key, content_title=self.content_title, wave=self.wave,
            metrics=metrics,
        )  # fmt: skip


def rows(db: Database, campaign_id: str, lookup: CampaignLookup | None = None) -> list[EntryRow]:
    """Executive posts first (in day order), then the planned shares (by day, then person)."""
    lookup = lookup or lookup_for(db)
    entered = {f.row_key: f for f in results.figures(db, campaign_id) if f.source == "manual"}
    found: list[EntryRow] = []
    for post in sorted(lookup.executive_posts(campaign_id), key=lambda p: (p.planned_on, p.executive_name, p.slot_id)):
        row = EntryRow(
            "", FiguresKind.EXECUTIVE, campaign_id, post.executive_name, False, post.network, post.planned_on,
            executive_id=post.executive_id, slot_id=post.slot_id, content_key=post.content_key,
            content_title=post.content_title,
        )  # fmt: skip
        found.append(_with_figures(row, entered))
    shares = list(lookup.shares(campaign_id))
    people = ambassadors.get_many(db, sorted({s.ambassador_id for s in shares}))
    share_rows = []
    for share in shares:
        person = people.get(share.ambassador_id)
        erased = person is None or person.consent is ConsentStatus.ERASED or bool(person.erased_at)
        row = EntryRow(
            "", FiguresKind.SHARE, campaign_id, "" if erased else person.name, erased, share.network,
            share.planned_on, share.wave, ambassador_id=share.ambassador_id, share_id=share.id,
            content_key=share.content_key, content_title=share.content_title,
        )  # fmt: skip
        share_rows.append(_with_figures(row, entered))
    share_rows.sort(key=lambda r: (r.planned_on, r.erased, r.name.casefold(), r.share_id))
    return found + share_rows


def _with_figures(row: EntryRow, entered: dict) -> EntryRow:
    from dataclasses import replace

    key = results.manual_row_key(row.entry({}, ""))
    figures = entered.get(key)
    if figures is None:
        return replace(row, key=key)
    return replace(row, key=key, metrics=figures.metrics, read_on=figures.read_on)


class EntryRejected(ResultsInvalid):
    """One row of a grid save was refused: nothing was saved. `row` is its position in the list given."""

    code = "results_entry_rejected"


def save(
    db: Database,
    changes: Sequence[tuple[EntryRow, dict[str, object], str]],
    *,
    actor: str,
    lookup: CampaignLookup | None = None,
) -> int:
    """Save (row, metrics, read_on) changes in one transaction: all rows or none. Returns the rows saved."""
    lookup = lookup or lookup_for(db)
    with db.atomic():
        for position, (row, metrics, read_on) in enumerate(changes):
            values = {m: metrics.get(m, 0) for m in METRICS}
            try:
                results.record(db, row.entry(values, read_on), actor=actor, lookup=lookup)
            except ResultsInvalid as exc:
                raise EntryRejected(exc.message, row=position, **exc.fields) from exc
    return len(changes)
