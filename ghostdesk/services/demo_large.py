"""Services: the large demo — the ordinary demo plus a synthetic load for benchmarks and scale checks.

`ghostdesk demo PATH --size large` builds it: 10,000 posts, 50,000 variants (every post in the five markets),
20,000 ambassadors (with their consent register), 40 campaigns with 200,000 planned shares. Seeded: the same
content on every machine (ids included). Rows go in through `storage.bulk` and the repositories' bulk
functions, in one transaction, with the FTS5 indexes kept by their triggers and optimized at the end.

`scale` shrinks every count (tests build `scale=0.01` in a second).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ghostdesk.domain.ambassador import Ambassador, ConsentEvent, ConsentKind, ConsentStatus, NetworkProfile
from ghostdesk.domain.campaigns import Campaign, CampaignPost, StoredShare, StoredSlot
from ghostdesk.domain.posts import Post, PostStatus
from ghostdesk.domain.variants import Variant
from ghostdesk.markets import profiles
from ghostdesk.storage import ambassadors_repo, bulk, campaigns_repo, executives_repo, meta_repo
from ghostdesk.storage.connection import Database
from ghostdesk.storage.workspace import Workspace

from . import ambassadors, demo

POSTS = 10_000
AMBASSADORS = 20_000
CAMPAIGNS = 40
SHARES = 200_000
MARKETS = ("US", "FR", "DE", "JP", "CN")
POSTS_PER_CAMPAIGN = 5
SEED = 20261131
ACTOR = "demo (large)"

_SENTENCE = (
    "grid balance forecast humility operators wind solar storage team data outage frequency reserve"
    " dispatch battery substation weather demand peak load night shift lesson customers regional honest"
    " simulation harness release incident review learn measure quiet careful transformer heat winter"
)
_WORDS = _SENTENCE.split()
_TOPICS = ("grid", "ai", "cloud", "hiring", "events", "security", "sustainability", "engineering")
_FIRST = ("Alex", "Sam", "Camille", "Jonas", "Yuki", "Wei", "Maria", "Noah", "Lea", "Ravi", "Aiko", "Lin")
_LAST = ("Martin", "Schmidt", "Tanaka", "Chen", "Smith", "Dubois", "Weber", "Sato", "Wang", "Garcia")


@dataclass(frozen=True, slots=True)
class Counts:
    posts: int
    variants: int
    ambassadors: int
    campaigns: int
    shares: int


def counts(scale: float = 1.0) -> Counts:
    posts = max(POSTS_PER_CAMPAIGN, round(POSTS * scale))
    campaigns = max(1, min(round(CAMPAIGNS * scale), posts // POSTS_PER_CAMPAIGN))
    shares = max(campaigns, round(SHARES * scale))
    return Counts(posts, posts * len(MARKETS), max(10, round(AMBASSADORS * scale)), campaigns, shares)


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


_BASE = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def _stamp(minutes: int) -> str:
    return (_BASE + timedelta(minutes=minutes)).isoformat(timespec="microseconds")


def _posts(rng: random.Random, n: int, executives: Sequence[str]) -> list[Post]:
    statuses = (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.DRAFT, PostStatus.IN_REVIEW)
    posts = []
    for i in range(n):
        stamp = _stamp(i * 37)
        posts.append(
            Post(
                id=_id(rng),
                executive_id=executives[i % len(executives)],
                title=f"{_text(rng, 5)[:-1]} #{i}",
                language=("en", "fr", "de")[i % 3],
                body=_text(rng, rng.randint(40, 90)) + f" post {i}",
                hashtags=tuple(rng.sample(_TOPICS, 2)),
                networks=("linkedin",),
                status=rng.choice(statuses),
                created_at=stamp,
                updated_at=stamp,
            )
        )
    return posts


def _variants(rng: random.Random, posts: Sequence[Post]) -> list[Variant]:
    found = []
    for post in posts:
        for market in MARKETS:
            profile = profiles.get(market)
            found.append(
                Variant(
                    id=_id(rng),
                    post_id=post.id,
                    market=market,
                    language=profile.language,
                    networks=profile.networks[:1],
                    body=f"[{market}] {_text(rng, rng.randint(30, 60))}",
                    hashtags=post.hashtags,
                    status=rng.choice((PostStatus.DRAFT, PostStatus.IN_REVIEW)),
                    created_at=post.created_at,
                    updated_at=post.updated_at,
                )
            )
    return found


def _ambassadors(rng: random.Random, n: int) -> list[Ambassador]:
    people = []
    for i in range(n):
        market = MARKETS[i % len(MARKETS)]
        profile = profiles.get(market)
        stamp = _stamp(i)
        opted_in = rng.random() < 0.85
        people.append(
            Ambassador(
                id=_id(rng),
                name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {i:05d}",
                email=f"person{i:05d}@lumenvale.example",
                market=market,
                language=profile.language,
                time_zone=rng.choice(profile.time_zones),
                team=f"Team {i % 60}",
                networks=(NetworkProfile(profile.networks[0], "", rng.randrange(50, 5000)),),
                topics=tuple(rng.sample(_TOPICS, rng.randint(1, 3))),
                max_shares_per_week=rng.choice((1, 2, 3, 3, 5)),
                groups=("Inner circle",) if i % 50 == 0 else (),
                consent=ConsentStatus.OPTED_IN if opted_in else ConsentStatus.PENDING,
                consent_at=stamp if opted_in else "",
                created_at=stamp,
                updated_at=stamp,
            )
        )
    return people


def _accepted_texts(db: Database, people: Sequence[Ambassador]) -> dict[str, int]:
    """The participation text version each language's people accept: the saved one, saved first if needed."""
    versions = {}
    for language in sorted({p.language for p in people}):
        text = ambassadors.participation_text(db, language)
        if text.version == 0:  # the shipped default is recorded as a version before anyone accepts it
            text = ambassadors_repo.add_participation_text(db, text.language, text.body, ACTOR)
        versions[language] = text.version
    return versions


def _with_accepted_text(people: Sequence[Ambassador], versions: dict[str, int]) -> list[Ambassador]:
    return [
        replace(p, consent_text_language=p.language, consent_text_version=versions[p.language])
        if p.consent is ConsentStatus.OPTED_IN
        else p
        for p in people
    ]


def _consents(rng: random.Random, people: Sequence[Ambassador]) -> list[ConsentEvent]:
    return [
        ConsentEvent(
            _id(rng),
            p.id,
            ConsentKind.OPT_IN,
            p.consent_at,
            p.consent_text_language,
            p.consent_text_version,
            actor=ACTOR,
            source="demo",
        )
        for p in people
        if p.consent is ConsentStatus.OPTED_IN
    ]


def _campaigns(
    workspace: Workspace, rng: random.Random, size: Counts, posts: Sequence[Post], variants: Sequence[Variant],
    people: Sequence[Ambassador],
) -> list[str]:  # fmt: skip
    """Campaigns of five posts each, one slot per post × market, shares spread over the roster and a week."""
    db = workspace.db
    by_post: dict[str, list[Variant]] = {}
    for variant in variants:
        by_post.setdefault(variant.post_id, []).append(variant)
    share_ids = []
    for c in range(size.campaigns):
        start = datetime(2027, 1, 4, tzinfo=UTC) + timedelta(days=7 * c)
        campaign = Campaign(
            id=_id(rng), name=f"Scale campaign {c + 1:02d}", start=start.date().isoformat(),
            end=(start + timedelta(days=6)).date().isoformat(), markets=MARKETS, contact="comms@lumenvale.example",
            created_at=_stamp(c), updated_at=_stamp(c),
        )  # fmt: skip
        campaigns_repo.insert(db, campaign)
        chosen = posts[c * POSTS_PER_CAMPAIGN : (c + 1) * POSTS_PER_CAMPAIGN]
        day = start.date().isoformat()
        campaigns_repo.set_posts(db, campaign.id, [CampaignPost(campaign.id, p.id, day) for p in chosen])
        slots = [
            StoredSlot(_id(rng), campaign.id, v.id, v.post_id, v.market, v.networks[0], v.language,
                       start + timedelta(days=n, hours=8), profiles.get(v.market).time_zones[0])
            for n, p in enumerate(chosen) for v in by_post[p.id]
        ]  # fmt: skip
        per_campaign = size.shares // size.campaigns + (1 if c < size.shares % size.campaigns else 0)
        shares = []
        for i in range(per_campaign):
            person = people[rng.randrange(len(people))]
            slot = slots[i % len(slots)]
            shares.append(
                StoredShare(_id(rng), campaign.id, person.id, person.name, slot.id, "market morning",
                            slot.utc + timedelta(minutes=rng.randrange(24 * 60)), person.time_zone, i % 3,
                            f"Proud of this one. {_text(rng, 8)}")
            )  # fmt: skip
        campaigns_repo.replace_plan(db, campaign.id, slots, shares)
        share_ids.extend(s.id for s in shares)
    return share_ids


def populate_results(
    workspace: Workspace, rng: random.Random, share_ids: Sequence[str], titles: dict[str, str] | None = None
) -> None:
    """Results for half the planned shares (every other one), seeded: reach grows with the network, clicks and
    conversions are a small, varying part of it. `titles` names each post's content, as an import would."""
    titles = titles or {}
    from ghostdesk.domain.results import Figures, FiguresKind, Metrics

    rows = []
    for share_id, campaign_id, ambassador_id, wave, utc, network, market, post_id in bulk.share_facts(
        workspace.db, share_ids[::2]
    ):
        impressions = rng.randint(80, 6000)
        clicks = int(impressions * rng.uniform(0.002, 0.03))
        rows.append(
            Figures(
                id="",
                campaign_id=campaign_id,
                kind=FiguresKind.SHARE,
                metrics=Metrics(
                    impressions=impressions,
                    reactions=int(impressions * rng.uniform(0.01, 0.05)),
                    comments=rng.randint(0, 6),
                    reposts=rng.randint(0, 3),
                    clicks=clicks,
                    conversions=int(clicks * rng.uniform(0, 0.08)),
                ),
                ambassador_id=ambassador_id,
                share_id=share_id,
                network=network,
                market=market,
                wave=wave,
                content_key=post_id,
                content_title=titles.get(post_id, ""),
                posted_on=utc[:10],
                read_on=utc[:10],
                source="demo",
                row_key=f"demo-large:{share_id}",
            )
        )
    bulk.insert_figures(workspace.db, rows)


def populate(workspace: Workspace, rng: random.Random, scale: float = 1.0) -> Counts:
    """Add the synthetic load to an open workspace (which already holds the ordinary demo's executives)."""
    size = counts(scale)
    db = workspace.db
    executives = [e.id for e in executives_repo.list_all(db)]
    if not executives:
        executives = [executives_repo.create(db, "Claire Vasseur").id]
    with db.atomic():
        posts = _posts(rng, size.posts, executives)
        bulk.insert_posts(db, posts)
        variants = _variants(rng, posts)
        bulk.insert_variants(db, variants)
        people = _ambassadors(rng, size.ambassadors)
        people = _with_accepted_text(people, _accepted_texts(db, people))
        ambassadors_repo.save_many(db, people)
        bulk.insert_consent_events(db, _consents(rng, people))
        share_ids = _campaigns(workspace, rng, size, posts, variants, people)
        populate_results(workspace, rng, share_ids, {p.id: p.title for p in posts})
        meta_repo.put(db, "demo_size", "large" if scale == 1.0 else f"large×{scale:g}")
    bulk.optimize_search(db)
    return size


def build(path: Path, *, replace: bool = False, scale: float = 1.0) -> Workspace:
    """Create the large demo at `path`: built under a staging name, renamed into place when complete."""

    def fill(workspace: Workspace) -> None:
        demo.fill(workspace)
        populate(workspace, random.Random(SEED), scale)

    return demo.build_staged(path, "Lumenvale (large demo)", fill, replace=replace)
