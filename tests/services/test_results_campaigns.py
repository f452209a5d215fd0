"""Services: results read the calendar's campaigns, shares and executive posts (the demo, end to end)."""

from __future__ import annotations

import pytest

from ghostdesk.domain.campaigns import Campaign
from ghostdesk.services import campaigns, demo, results
from ghostdesk.services.results_campaigns import CalendarCampaigns
from ghostdesk.services.results_lookup import lookup_for


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory):
    ws = demo.build(tmp_path_factory.mktemp("demo") / "demo.ghostdesk")
    yield ws
    ws.close()


def test_utm_campaign_is_a_readable_slug():
    assert Campaign(id="c1", name="Grid week 2027").utm_campaign == "grid-week-2027"
    assert Campaign(id="c1", name="Été à Paris !").utm_campaign == "ete-a-paris"
    assert Campaign(id="c1", name="東京").utm_campaign == "c1"


def test_the_default_lookup_is_the_calendar(demo_workspace):
    db = demo_workspace.db
    lookup = lookup_for(db)
    assert isinstance(lookup, CalendarCampaigns)
    campaign = campaigns.list_campaigns(db)[0]
    found = lookup.campaign_for_utm(campaign.utm_campaign)
    assert found is not None and found.id == campaign.id
    shares = lookup.shares(campaign.id)
    assert len(shares) == len(campaigns.shares(db, campaign.id)) > 0
    share = shares[0]
    assert lookup.share_for(campaign.id, share.ambassador_id, share.network, share.planned_on) == share
    posts = lookup.executive_posts(campaign.id)
    assert len(posts) == len(campaigns.slots(db, campaign.id))
    assert all(p.executive_name for p in posts)


def test_the_demo_has_results_for_its_campaign(demo_workspace):
    db = demo_workspace.db
    campaign = campaigns.list_campaigns(db)[0]
    rows = results.figures(db, campaign.id)
    assert rows, "the demo's Results page has something to show"
    assert {r.campaign_id for r in rows} == {campaign.id}
