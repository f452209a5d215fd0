"""The demo's campaign: five markets, planned, partly approved, across both DST switches and a holiday."""

from collections import Counter

from ghostdesk.domain.campaigns import ApprovalState
from ghostdesk.services import campaigns, demo, workspaces


def test_demo_has_a_living_campaign(tmp_path):
    demo.build(tmp_path / "demo.ghostdesk")
    with workspaces.open_workspace(tmp_path / "demo.ghostdesk", read_only=True) as ws:
        (campaign,) = campaigns.list_campaigns(ws.db)
        assert set(campaign.markets) == {"US", "FR", "DE", "JP", "CN"} and campaign.status == "planned"
        slots = campaigns.slots(ws.db, campaign.id)
        assert {s.market for s in slots} == set(campaign.markets)
        assert any(s.holiday and s.market == "JP" for s in slots)
        us = sorted({s.utc.hour for s in slots if s.market == "US"})
        assert len(us) > 1  # the same local morning is a different UTC hour after the US switch
        waves = Counter(s.wave for s in campaigns.shares(ws.db, campaign.id))
        assert set(waves) == {"inner circle", "market", "last"}
        states = Counter(v.state for v in campaigns.states(ws.db, campaign.id).values())
        assert states[ApprovalState.APPROVED] and states[ApprovalState.NOT_REVIEWED] and states[ApprovalState.REJECTED]
