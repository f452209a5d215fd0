"""Plan again, previewed: the differences with the stored plan (per wave and per person) and the planner's skips,
computed without writing anything."""

from datetime import UTC, datetime

from campaign_helpers import person, world

from ghostdesk.domain.planning import SkipReason
from ghostdesk.services import ambassadors, campaigns
from ghostdesk.storage import audit_repo


def _snapshot(db, campaign_id):
    shares = [(s.id, s.utc, s.status) for s in campaigns.shares(db, campaign_id)]
    return shares, len(audit_repo.recent(db, 1000)), campaigns.get(db, campaign_id).updated_at


def test_preview_counts_added_moved_removed_per_wave_and_person_and_writes_nothing(workspace):
    db = workspace.db
    campaign, _post, _made, roster = world(workspace, markets=("US", "FR"))
    campaigns.plan_and_apply(db, campaign.id, actor="t")
    same = campaigns.preview_plan(db, campaign.id)
    assert same.shares.total == 0 and same.slots.total == 0 and same.unchanged == len(campaigns.shares(db, campaign.id))

    quitter = roster["FR"][0]
    ambassadors.opt_out(db, [quitter.id], actor="t")
    newcomer = person(db, "US", 7)
    capped = person(db, "US", 8, max_shares_per_week=0)
    moved = next(s for s in campaigns.shares(db, campaign.id) if s.ambassador_id == roster["US"][1].id)
    campaigns.move_share(db, moved.id, datetime(2027, 3, 12, 15, 0, tzinfo=UTC), actor="t", force=True)
    before = _snapshot(db, campaign.id)

    preview = campaigns.preview_plan(db, campaign.id)

    assert _snapshot(db, campaign.id) == before  # nothing written
    quitter_shares = sum(1 for s in campaigns.shares(db, campaign.id) if s.ambassador_id == quitter.id)
    assert preview.by_person[quitter.id][1].removed == quitter_shares > 0
    assert preview.by_person[newcomer.id][1].added > 0 and newcomer.id in {s.ambassador_id for s in preview.plan.shares}
    assert preview.by_person[moved.ambassador_id][1].moved == 1  # planned back at its rule-abiding time
    assert capped.id not in preview.by_person  # never planned: nothing changes for them…
    assert (capped.id, SkipReason.WEEKLY_CAP_REACHED) in {(k.ambassador_id, k.reason) for k in preview.skipped}
    assert preview.shares.removed == quitter_shares and preview.shares.moved >= 1
    assert sum(c.total for c in preview.by_wave.values()) == preview.shares.total
    assert sum(c.total for _n, c in preview.by_person.values()) == preview.shares.total

    campaigns.apply_preview(db, preview, actor="t")
    assert campaigns.preview_plan(db, campaign.id).shares.total == 0
