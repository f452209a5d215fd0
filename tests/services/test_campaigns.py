"""Campaigns: the brief, feeding the planner from the workspace, stored plans, moves and approvals."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from campaign_helpers import person, world

from ghostdesk.domain.campaigns import (
    ApprovalState,
    CampaignInvalid,
    CampaignNotFound,
    ItemType,
    WaveTemplateRecord,
)
from ghostdesk.domain.planning import SkipReason
from ghostdesk.services import ambassadors, campaigns, variants
from ghostdesk.storage import audit_repo


def test_create_validates_and_finds_by_id_or_name(workspace):
    db = workspace.db
    c = campaigns.create(db, name="  Spring   launch ", start="2027-03-01", end="2027-03-31", markets=["us", "FR"],
                         actor="t", targets={"reach": 1000, "clicks": 0})  # fmt: skip
    assert c.name == "Spring launch" and c.markets == ("US", "FR") and c.targets == {"reach": 1000}
    assert campaigns.resolve(db, "spring LAUNCH").id == c.id == campaigns.resolve(db, c.id).id
    with pytest.raises(CampaignNotFound):
        campaigns.resolve(db, "autumn")
    with pytest.raises(CampaignInvalid):
        campaigns.create(db, name="x", start="2027-03-31", end="2027-03-01", markets=["US"], actor="t")
    with pytest.raises(CampaignInvalid):
        campaigns.create(db, name="Spring launch", start="2027-03-01", end="2027-03-31", markets=["US"], actor="t")
    with pytest.raises(CampaignInvalid):
        campaigns.create(db, name="y", start="2027-03-01", end="2027-03-31", markets=["XX"], actor="t")
    assert [w.name for w in campaigns.templates(db, c.id)] == ["inner circle", "market", "last"]


def test_only_opted_in_people_are_planned_and_the_rest_are_explained(workspace):
    db = workspace.db
    campaign, _, _made, roster = world(workspace, markets=("US", "FR"))
    quitter = roster["FR"][0]
    ambassadors.opt_out(db, [quitter.id], actor="t")
    capped = person(db, "US", 9, max_shares_per_week=0)
    result = campaigns.compute(db, campaign.id)
    planned = {s.ambassador_id for s in result.shares}
    assert quitter.id not in planned and capped.id not in planned
    assert {p.id for p in roster["US"]} <= planned
    reasons = {(k.ambassador_id, k.reason) for k in result.skipped}
    assert (capped.id, SkipReason.WEEKLY_CAP_REACHED) in reasons
    assert all(k.ambassador_id != quitter.id for k in result.skipped)  # not even a candidate: not opted in


def test_plan_is_deterministic_and_stored_as_is(workspace):
    db = workspace.db
    campaign, *_ = world(workspace, markets=("US", "FR", "DE"))
    first, second = campaigns.compute(db, campaign.id), campaigns.compute(db, campaign.id)
    assert first == second
    campaigns.apply(db, campaign.id, first, actor="t")
    stored = campaigns.shares(db, campaign.id)
    assert sorted((s.ambassador_id, s.utc) for s in stored) == sorted((s.ambassador_id, s.utc) for s in first.shares)
    assert campaigns.get(db, campaign.id).status == "planned"
    assert len(campaigns.stored_plan(db, campaign.id).shares) == len(first.shares)


def test_dst_switch_in_the_us_keeps_local_times(workspace):
    """US clocks move on 2027-03-14: posts on the 12th and the 16th are both at 08:00 local."""
    from ghostdesk.domain.campaigns import CampaignPost
    from ghostdesk.services import posts

    db = workspace.db
    campaign, post, _, _ = world(workspace, markets=("US", "FR"), day="2027-03-12")
    second = posts.new_post(workspace, post.executive_id, actor="t", body="Second post.", networks=("linkedin",))
    variants.create(db, second.id, "US", actor="t", body="Second post, for the US.")
    campaigns.set_posts(db, campaign.id, [CampaignPost(campaign.id, post.id, "2027-03-12", "08:00"),
                                          CampaignPost(campaign.id, second.id, "2027-03-16", "08:00")], actor="t")  # fmt: skip
    result = campaigns.compute(db, campaign.id)
    us = sorted((s for s in result.slots if s.market == "US"), key=lambda s: s.utc)
    assert [s.local.hour for s in us] == [8, 8]
    assert [s.utc.hour for s in us] == [13, 12]  # EST then EDT
    for share in result.shares:
        local = share.utc.astimezone(share.local.tzinfo)
        assert local == share.local and local.utcoffset() == share.local.utcoffset()
        if share.wave == "market":
            assert 8 <= share.local.hour < 10
    fr = next(s for s in result.slots if s.market == "FR")
    assert fr.utc.hour == 7 and fr.local.hour == 8  # Paris still on winter time (EU switches on the 28th)


def test_public_holidays_are_per_market(workspace):
    """3 May 2027 is Constitution Day in Japan, an ordinary Monday in France."""
    db = workspace.db
    campaign, *_ = world(workspace, markets=("FR", "JP"), day="2027-05-03")
    campaigns.set_templates(db, campaign.id, [WaveTemplateRecord("market", "window", start="08:00", end="10:00")],
                            actor="t")  # fmt: skip
    result = campaigns.compute(db, campaign.id)
    jp_slot = next(s for s in result.slots if s.market == "JP")
    assert jp_slot.holiday and not next(s for s in result.slots if s.market == "FR").holiday
    jp_skips = [k for k in result.skipped if k.reason == SkipReason.HOLIDAY]
    assert jp_skips and all(k.facts["market"] == "JP" for k in jp_skips)
    assert {s.market for s in result.shares} == {"FR"}
    from ghostdesk.commands.plan_words import explain

    assert explain(jp_skips[0]).startswith("Holiday in JP:")


def _planned(workspace, markets=("US", "FR")):
    campaign, post, made, roster = world(workspace, markets=markets)
    campaigns.plan_and_apply(workspace.db, campaign.id, actor="t")
    return campaign, post, made, roster


def test_approval_binds_to_the_hash_and_an_edit_asks_for_a_new_one(workspace):
    db = workspace.db
    campaign, _, made, _ = _planned(workspace)
    slot = next(s for s in campaigns.slots(db, campaign.id) if s.market == "FR")
    record = campaigns.approve(db, campaign.id, ItemType.SLOT, slot.id, actor="marc")
    states = campaigns.states(db, campaign.id)
    assert states[(ItemType.SLOT, slot.id)].state == ApprovalState.APPROVED
    assert states[(ItemType.WAVES, campaign.id)].state == ApprovalState.NOT_REVIEWED
    # the variant is edited: the slot's approval no longer holds
    fr = variants.get(db, made["FR"].id)
    variants.save(db, replace(fr, body=fr.body + " Bienvenue."), actor="ines")
    state = campaigns.states(db, campaign.id)[(ItemType.SLOT, slot.id)]
    assert state.state == ApprovalState.CHANGED and state.current_hash != record.content_hash
    audit = audit_repo.for_entity(db, "campaign_slot", slot.id)
    assert [e.action for e in audit] == ["campaign.approve"] and audit[0].content_hash == record.content_hash


def test_moving_a_share_changes_the_wave_plan_hash_and_is_revalidated(workspace):
    db = workspace.db
    campaign, *_ = _planned(workspace)
    campaigns.approve_all(db, campaign.id, actor="marc")
    assert campaigns.get(db, campaign.id).status == "approved"
    share = campaigns.shares(db, campaign.id)[0]
    slot = next(s for s in campaigns.slots(db, campaign.id) if s.id == share.slot_id)
    conflicts = campaigns.move_share(db, share.id, slot.utc - timedelta(hours=1), actor="t")
    assert SkipReason.BEFORE_EXECUTIVE in {c.reason for c in conflicts}
    assert campaigns.shares(db, campaign.id)[0].utc == share.utc  # refused: nothing moved
    assert campaigns.move_share(db, share.id, share.utc + timedelta(minutes=3), actor="t", force=True) is not None
    states = campaigns.states(db, campaign.id)
    assert states[(ItemType.WAVES, campaign.id)].state == ApprovalState.CHANGED
    assert states[(ItemType.CAMPAIGN, campaign.id)].state == ApprovalState.CHANGED
    assert states[(ItemType.SLOT, slot.id)].state == ApprovalState.APPROVED


def test_reject_needs_a_comment_and_is_audited(workspace):
    db = workspace.db
    campaign, *_ = _planned(workspace)
    with pytest.raises(CampaignInvalid):
        campaigns.reject(db, campaign.id, ItemType.WAVES, actor="marc", comment=" ")
    campaigns.reject(db, campaign.id, ItemType.WAVES, actor="marc", comment="Too many shares on Monday")
    assert campaigns.states(db, campaign.id)[(ItemType.WAVES, campaign.id)].state == ApprovalState.REJECTED
    entry = audit_repo.for_entity(db, "campaign_waves", campaign.id)[-1]
    assert entry.action == "campaign.reject" and entry.details["comment"] == "Too many shares on Monday"


def test_kit_shares_say_what_is_approved(workspace):
    db = workspace.db
    campaign, _, made, roster = _planned(workspace)
    kits = campaigns.kit_shares(db, campaign.id)
    assert kits and not any(k.approved for k in kits)
    campaigns.approve_all(db, campaign.id, actor="marc")
    one = roster["FR"][0]
    mine = campaigns.kit_shares(db, campaign.id, one.id)
    assert mine and all(k.ambassador_id == one.id and k.approved for k in mine)
    k = mine[0]
    assert k.link == "https://lumenvale.example/lab" and k.content_hash == made["FR"].content_hash
    assert k.local.utcoffset() == timedelta(hours=1)
    # Their own words, chosen with the plan: not the variant's text, and no link (the kit adds theirs).
    assert k.share_text and k.share_text != made["FR"].full_text and "http" not in k.share_text


def test_share_texts_are_chosen_with_the_plan_and_differ_within_a_wave(workspace):
    db = workspace.db
    campaign, *_ = _planned(workspace)
    stored = campaigns.shares(db, campaign.id)
    by_wave: dict = {}
    for share in stored:
        by_wave.setdefault((share.slot_id, share.wave), []).append(share.share_text)
    assert all(len(texts) == len(set(texts)) for texts in by_wave.values()), "distinct within a wave"
    campaigns.approve_all(db, campaign.id, actor="marc")
    from ghostdesk.services import kit_inputs

    kit_inputs.build(db, campaign.id, user_name="Marc", actor="marc")
    states = campaigns.states(db, campaign.id)
    assert all(state.state == ApprovalState.APPROVED for state in states.values()), "the kits changed nothing"


def test_planned_shares_are_read_through_indexes(workspace):
    db = workspace.db
    for sql, index in [
        ("SELECT * FROM planned_shares WHERE campaign_id = ? ORDER BY utc", "planned_shares_campaign"),
        ("SELECT * FROM planned_shares WHERE ambassador_id = ? AND utc >= ?", "planned_shares_ambassador"),
        ("SELECT * FROM planned_shares WHERE utc >= ? AND utc < ?", "planned_shares_utc"),
    ]:
        plan = " ".join(str(r[-1]) for r in db.execute(f"EXPLAIN QUERY PLAN {sql}", ["x"] * sql.count("?")))
        assert index in plan, plan


def test_shares_planned_in_other_campaigns_count_towards_the_weekly_cap(workspace):
    from ghostdesk.domain.campaigns import CampaignPost

    db = workspace.db
    first, post, _, roster = world(workspace, markets=("FR",), people=2)
    busy = roster["FR"][0]
    ambassadors.update(db, replace(busy, max_shares_per_week=1), actor="t")
    campaigns.plan_and_apply(db, first.id, actor="t")
    assert any(s.ambassador_id == busy.id for s in campaigns.shares(db, first.id))
    second = campaigns.create(db, name="Echo", start="2027-03-10", end="2027-03-20", markets=["FR"], actor="t")
    campaigns.set_posts(db, second.id, [CampaignPost(second.id, post.id, "2027-03-11")], actor="t")
    result = campaigns.compute(db, second.id)
    from ghostdesk.domain.planning import iso_week

    weeks = {iso_week(s.local.date()) for s in result.shares if s.ambassador_id == busy.id}
    assert "2027-W10" not in weeks  # full that week; the last wave may still ask them the week after
    skip = next(k for k in result.skipped if k.ambassador_id == busy.id)
    assert (
        skip.reason == SkipReason.WEEKLY_CAP_REACHED and skip.facts["planned"] == 1 and skip.facts["week"] == "2027-W10"
    )


def test_no_executive_slot_on_a_network_the_market_does_not_have(workspace):
    """A CN variant left on LinkedIn is never planned there: China has no LinkedIn."""
    db = workspace.db
    campaign, _post, made, _roster = world(workspace, markets=("US", "CN"))
    cn = variants.get(db, made["CN"].id)
    variants.save(db, replace(cn, networks=("linkedin", "weibo")), actor="t")
    slots = campaigns.compute(db, campaign.id).slots
    assert {(s.market, s.network) for s in slots if s.market == "CN"} == {("CN", "weibo")}
    cn = variants.get(db, made["CN"].id)
    variants.save(db, replace(cn, networks=("linkedin",)), actor="t")
    slots = campaigns.compute(db, campaign.id).slots
    assert [s for s in slots if s.market == "CN"] == []
    assert any(s.market == "US" and s.network == "linkedin" for s in slots)


def test_first_time_is_the_earliest_post_or_live_share_in_one_statement(workspace):
    db = workspace.db
    campaign, *_ = world(workspace, markets=("US", "FR"))
    assert campaigns.first_time(db, campaign.id) is None  # before planning
    campaigns.apply(db, campaign.id, campaigns.compute(db, campaign.id), actor="t")
    slots, shares = campaigns.slots(db, campaign.id), campaigns.shares(db, campaign.id)
    assert campaigns.first_time(db, campaign.id) == min([slots[0].utc, *(s.utc for s in shares)])
    # A share made the earliest, then cancelled: only shares still planned count.
    early = min(slots[0].utc, *(s.utc for s in shares)) - timedelta(days=2)
    first = shares[-1]
    db.execute("UPDATE planned_shares SET utc = ? WHERE id = ?", [early.isoformat(), first.id])
    assert campaigns.first_time(db, campaign.id) == early
    db.execute("UPDATE planned_shares SET status = 'cancelled' WHERE id = ?", [first.id])
    live = [s.utc for s in campaigns.shares(db, campaign.id) if s.id != first.id]
    assert campaigns.first_time(db, campaign.id) == min([slots[0].utc, *live])
    statements = []
    db.conn.set_trace_callback(statements.append)
    try:
        campaigns.first_time(db, campaign.id)
    finally:
        db.conn.set_trace_callback(None)
    assert len(statements) == 1


def test_slot_states_read_every_slot_variant_at_once_and_survive_a_deleted_one(workspace):
    db = workspace.db
    campaign, *_ = world(workspace, markets=("US", "FR", "DE"))
    campaigns.apply(db, campaign.id, campaigns.compute(db, campaign.id), actor="t")
    statements = []
    db.conn.set_trace_callback(statements.append)
    try:
        items = campaigns.calendar_slots(db, campaign.id)
    finally:
        db.conn.set_trace_callback(None)
    assert len({s.market for s in campaigns.slots(db, campaign.id)}) == 3 and len(items) >= 3
    assert sum("FROM variants" in s for s in statements) == 1
    campaigns.approve_all(db, campaign.id, actor="t")
    assert {i.state for i in campaigns.calendar_slots(db, campaign.id)} == {ApprovalState.APPROVED}
    gone = campaigns.slots(db, campaign.id)[0]  # its variant deleted since planning: its content is gone
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("DELETE FROM variants WHERE id = ?", [gone.variant_id])
    states = {i.slot_id: i.state for i in campaigns.calendar_slots(db, campaign.id)}
    assert len(states) == len(items) and states.pop(gone.id) != ApprovalState.APPROVED
    assert set(states.values()) == {ApprovalState.APPROVED}
