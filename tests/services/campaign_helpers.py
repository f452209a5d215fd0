"""Test helpers: a small workspace with one post, its variants and a few opted-in ambassadors per market."""

from __future__ import annotations

from ghostdesk.domain.ambassador import Ambassador, NetworkProfile
from ghostdesk.domain.campaigns import CampaignPost
from ghostdesk.domain.posts import PostStatus
from ghostdesk.services import ambassadors, campaigns, posts, variants
from ghostdesk.storage import executives_repo, meta_repo

ZONES = {
    "US": "America/New_York",
    "FR": "Europe/Paris",
    "DE": "Europe/Berlin",
    "JP": "Asia/Tokyo",
    "CN": "Asia/Shanghai",
}
LANGS = {"US": "en", "FR": "fr", "DE": "de", "JP": "ja", "CN": "zh"}
BODIES = {
    "US": "Our grid lab opens in Lyon.",
    "FR": "Notre laboratoire ouvre à Lyon.",
    "DE": "Unser Netzlabor öffnet in Lyon.",
    "JP": "リヨンにグリッド研究所を開設します。",
    "CN": "我们在里昂开设电网实验室。",
}


def person(db, market: str, n: int, **changes) -> Ambassador:
    networks = ("wechat_moments", "weibo") if market == "CN" else ("linkedin", "x")
    draft = Ambassador(
        id="",
        name=changes.pop("name", f"{market} person {n}"),
        email=changes.pop("email", f"{market.lower()}{n}@example.com"),
        market=market,
        language=LANGS[market],
        time_zone=ZONES[market],
        networks=tuple(NetworkProfile(x) for x in changes.pop("networks", networks)),
        **changes,
    )
    created = ambassadors.create(db, draft, actor="test")
    ambassadors.opt_in(db, [created.id], actor="test")
    return ambassadors.get(db, created.id)


def world(workspace, *, markets=("US", "FR"), day="2027-03-10", people=3, approve=True, name="Spring launch"):
    """A campaign over `markets` with one post on `day`, its variants (approved when asked), people per market."""
    db = workspace.db
    meta_repo.put(db, "company", "Lumenvale")
    exec_ = executives_repo.create(db, "Claire Vasseur", title="CEO")
    post = posts.new_post(workspace, exec_.id, actor="t", body=BODIES["US"], networks=("linkedin",),
                          links=("https://lumenvale.example/lab",))  # fmt: skip
    made = {}
    for m in markets:
        v = variants.create(db, post.id, m, actor="t", body=BODIES[m])
        if approve:
            variants.set_status(db, v.id, PostStatus.IN_REVIEW, actor="t")
            v = variants.approve(db, v.id, actor="boss")
        made[m] = v
    roster = {m: [person(db, m, i) for i in range(people)] for m in markets}
    campaign = campaigns.create(db, name=name, start=day, end="2027-12-31", markets=markets, actor="t",
                                objective="visibility", targets={"reach": 50000}, executives=(exec_.id,),
                                contact="comms@lumenvale.example")  # fmt: skip
    campaigns.set_posts(db, campaign.id, [CampaignPost(campaign.id, post.id, day)], actor="t")
    return campaign, post, made, roster
