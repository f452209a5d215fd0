"""Services: the demo's results — figures for the demo campaign's planned shares and executive posts.

Runs after the calendar's populator: it reads the demo campaign through the results lookup.
"""

from __future__ import annotations

import random

from ghostdesk.domain.results import FiguresKind
from ghostdesk.services import ambassadors, results
from ghostdesk.services.results_lookup import CampaignLookup, lookup_for
from ghostdesk.storage.workspace import Workspace

ACTOR = "demo"


def populate(workspace: Workspace, rng: random.Random, lookup: CampaignLookup | None = None) -> int:
    """Record plausible figures for most planned shares (bigger networks reach more, engage proportionally less)
    and for each executive post. Returns the number of figures rows written."""
    db = workspace.db
    lookup = lookup or lookup_for(db)
    written = 0
    for campaign in lookup.campaigns():
        shares = list(lookup.shares(campaign.id))
        people = ambassadors.get_many(db, sorted({s.ambassador_id for s in shares}))
        for share in shares:
            person = people.get(share.ambassador_id)
            if person is None or not person.plannable or rng.random() < 0.2:
                continue  # about one planned share in five is not made: sharing is voluntary
            size = max(person.network_size, 80)
            impressions = int(size * rng.uniform(0.15, 0.6))
            rate = rng.uniform(0.01, 0.05) * (1000 / max(size, 1000)) ** 0.3
            metrics = {
                "impressions": impressions,
                "reactions": int(impressions * rate),
                "comments": int(impressions * rate * rng.uniform(0.05, 0.2)),
                "reposts": int(impressions * rate * rng.uniform(0.0, 0.1)),
                "clicks": int(impressions * rng.uniform(0.004, 0.02)),
                "conversions": int(rng.random() < 0.15),
            }
            results.record(
                db,
                results.ManualFigures(campaign.id, ambassador_id=person.id, share_id=share.id, network=share.network,
                                      posted_on=share.planned_on, read_on=share.planned_on, wave=share.wave,
                                      content_key=share.content_key, content_title=share.content_title,
                                      metrics=metrics),
                actor=ACTOR, lookup=lookup,
            )  # fmt: skip
            written += 1
        for post in lookup.executive_posts(campaign.id):
            impressions = rng.randint(2500, 9000)
            metrics = {"impressions": impressions, "reactions": int(impressions * 0.03), "comments": rng.randint(5, 40),
                       "reposts": rng.randint(0, 12), "clicks": int(impressions * 0.01)}  # fmt: skip
            results.record(
                db,
                results.ManualFigures(campaign.id, FiguresKind.EXECUTIVE, executive_id=post.executive_id,
                                      slot_id=post.slot_id, network=post.network, posted_on=post.planned_on,
                                      content_key=post.content_key, content_title=post.content_title, metrics=metrics),
                actor=ACTOR, lookup=lookup,
            )  # fmt: skip
            written += 1
    return written
