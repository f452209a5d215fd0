"""CLI: English sentences for the planner's skip reasons (the GUI translates its own)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ghostdesk.domain.planning import Conflict, Skip, SkipReason

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_TEMPLATES: dict[SkipReason, str] = {
    SkipReason.NOT_OPTED_IN: "{name} has not opted in to sharing.",
    SkipReason.WRONG_MARKET_OR_LANGUAGE: (
        "{name} is in {market} and writes in {language}; this post is for {slot_market} in {slot_language}."
    ),
    SkipReason.NETWORK_NOT_USED: "{name} does not use {network} (uses: {networks_text}).",
    SkipReason.NO_MATCHING_TOPIC: "None of {name}'s topics ({topics_text}) match the post's ({post_topics_text}).",
    SkipReason.ALREADY_SHARING: "{name} already shares this post (in the {wave} wave).",
    SkipReason.NO_POSTING_WINDOW: "{market} has no posting window, so there is no time to ask {name}.",
    SkipReason.HOLIDAY: "Holiday in {market}: {holiday} ({date}).",
    SkipReason.WEEKEND: "{date} is a {weekday_name}, a weekend day in {market}.",
    SkipReason.QUIET_HOURS: "The wave falls in {name}'s quiet hours ({quiet_start}–{quiet_end} local time).",
    SkipReason.WEEKLY_CAP_REACHED: "Weekly cap reached: {planned} of {cap} shares already planned in {week}.",
    SkipReason.NOT_SELECTED: (
        "Not asked this time: the wave takes {size} people and colleagues asked less often came first."
    ),
    SkipReason.NO_SHARE_TEXT_LEFT: "All {available} share texts of this wave are taken; each person needs their own.",
    SkipReason.NO_FREE_TIME: (
        "No free time left in the window: colleagues are kept {stagger_minutes} minutes apart and every time is taken."
    ),
    SkipReason.BEFORE_EXECUTIVE: "This would be before the executive's own post ({slot_utc}).",
    SkipReason.TOO_CLOSE: "{other_name} shares the same post {minutes} minutes apart; keep {stagger_minutes} minutes.",
}


def explain(skip: Skip | Conflict | Mapping[str, Any], name: str | None = None) -> str:
    """One English sentence for a Skip, a Conflict (give the person's `name`) or a `plan_to_dict` skip."""
    if isinstance(skip, Skip):
        reason, facts, name = skip.reason, dict(skip.facts), skip.ambassador_name
    elif isinstance(skip, Conflict):
        reason, facts = skip.reason, dict(skip.facts)
    else:
        reason, facts, name = SkipReason(skip["reason"]), dict(skip.get("facts") or {}), skip.get("ambassador_name")
    values: dict[str, Any] = {"other_name": "A colleague", **facts, "name": name or "This person"}
    values["networks_text"] = ", ".join(facts.get("networks") or []) or "none"
    values["topics_text"] = ", ".join(facts.get("topics") or []) or "none"
    values["post_topics_text"] = ", ".join(facts.get("post_topics") or []) or "none"
    if "weekday" in facts:
        values["weekday_name"] = WEEKDAYS[int(facts["weekday"])]
    try:
        return _TEMPLATES[reason].format(**values)
    except (KeyError, IndexError, ValueError):
        return f"{values['name']}: {reason.value}"
