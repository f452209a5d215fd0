"""Services: the demo's campaign — "Grid week 2027" across the five markets, planned and partly approved.

Its three posts fall in March 2027, so the calendar shows both daylight-saving switches (the US on the 14th,
Europe on the 28th) and a public holiday (Japan's Vernal Equinox substitute day, Monday the 22nd).
"""

from __future__ import annotations

import random

from ghostdesk.domain.campaigns import CampaignPost, ItemType
from ghostdesk.domain.posts import PostFilter
from ghostdesk.services import campaigns, posts
from ghostdesk.storage.workspace import Workspace

ACTOR = "Inès (ghostwriter)"
APPROVER = "Marc (comms)"
NAME = "Grid week 2027"
# post title → (day, local time or "" for the market's posting window)
SCHEDULE = {
    "Why grids need humility": ("2027-03-11", ""),
    "Open-sourcing our test harness": ("2027-03-22", "09:00"),
    "On-call without heroics": ("2027-03-30", ""),
}


def populate(workspace: Workspace, rng: random.Random) -> None:
    db = workspace.db
    by_title = {posts.get(workspace, i).title: i for i in posts.list_ids(workspace, PostFilter())}
    executives = sorted({posts.get(workspace, i).executive_id for i in by_title.values()})
    campaign = campaigns.create(
        db,
        name=NAME,
        objective="reputation",
        targets={"reach": 250_000, "engagement": 6_000, "clicks": 1_800},
        start="2027-03-08",
        end="2027-04-09",
        markets=("US", "FR", "DE", "JP", "CN"),
        executives=executives,
        contact="Marc Lefèvre, comms@lumenvale.example",
        notes="Three posts on how we build and run grid software, adapted for each market.",
        actor=ACTOR,
    )
    items = [CampaignPost(campaign.id, by_title[t], day, at) for t, (day, at) in SCHEDULE.items() if t in by_title]
    campaigns.set_posts(db, campaign.id, items, actor=ACTOR)
    # the roster's "Inner circle" group fills the first wave (group names match whatever their case)
    campaigns.plan_and_apply(db, campaign.id, actor=ACTOR)
    # partly approved: the first post's slots and the campaign brief's first pass, one rejection with a comment
    slots = campaigns.slots(db, campaign.id)
    first_post = items[0].post_id if items else ""
    for slot in slots:
        if slot.post_id == first_post:
            campaigns.approve(db, campaign.id, ItemType.SLOT, slot.id, actor=APPROVER)
    japanese = [s for s in slots if s.market == "JP" and s.post_id != first_post]
    if japanese:
        campaigns.reject(
            db, campaign.id, ItemType.SLOT, japanese[0].id, actor=APPROVER,
            comment="Monday the 22nd is a public holiday in Japan; move it to Tuesday.",
        )  # fmt: skip
