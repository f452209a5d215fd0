"""Services: campaigns — one import for everything a caller does with a campaign, each part in its own module:

- `campaign_briefs`: the brief (name, dates, markets, targets), its posts and wave templates;
- `campaign_plans`: feeding the pure planner and storing, previewing and reading back its plan;
- `campaign_moves`: moving a planned share (the calendar's drag), checked by the planner's rules;
- `campaign_approvals`: approvals of each executive post, the wave plan and the campaign, bound to content hashes;
- `campaign_kit_shares`: what the share kits read of the plan;
- `campaign_calendar`: the campaign as calendar items, and the markets' holidays.

Callers use `campaigns.<name>`; the names below are the ones this module has always offered.
"""

from __future__ import annotations

from ghostdesk.services.campaign_approvals import (
    ACTIONS,
    approve,
    approve_all,
    current_hashes,
    decide,
    history,
    reject,
    states,
)
from ghostdesk.services.campaign_briefs import (
    create,
    delete,
    get,
    list_campaigns,
    posts,
    resolve,
    restore,
    set_posts,
    set_templates,
    templates,
    update,
)
from ghostdesk.services.campaign_calendar import (
    SHARE_ROW,
    calendar_items,
    calendar_shares,
    calendar_slots,
    first_time,
    holiday_profiles,
    holidays,
    holidays_from,
    moved_conflicts,
    share_item,
    waves_state,
)
from ghostdesk.services.campaign_kit_shares import kit_shares, require_planned, share_count
from ghostdesk.services.campaign_moves import check_move, move_checker, move_share
from ghostdesk.services.campaign_plans import (
    MAX_SPILL_DAYS,
    PlannerInputs,
    apply,
    apply_preview,
    compute,
    market_calendars,
    plan_and_apply,
    planner_inputs,
    preview_plan,
    share_text,
    share_texts,
    shares,
    slots,
    stored_plan,
)

__all__ = [
    "ACTIONS", "MAX_SPILL_DAYS", "SHARE_ROW", "PlannerInputs",
    "apply", "apply_preview", "approve", "approve_all", "calendar_items", "calendar_shares", "calendar_slots",
    "check_move", "compute", "create", "current_hashes", "decide", "delete", "first_time", "get", "history",
    "holiday_profiles", "holidays", "holidays_from", "kit_shares", "list_campaigns", "market_calendars",
    "move_checker", "move_share", "moved_conflicts", "plan_and_apply", "planner_inputs", "posts", "preview_plan",
    "reject", "require_planned", "resolve", "restore", "set_posts", "set_templates", "share_count", "share_item",
    "share_text", "share_texts", "shares", "slots", "states", "stored_plan", "templates", "update", "waves_state",
]  # fmt: skip
