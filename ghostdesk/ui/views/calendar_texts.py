"""UI: the Calendar page's words for approval states, waves and the planner's reasons (translated here; the
CLI has its own English in commands/plan_words.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ghostdesk.domain.campaigns import ApprovalState

translate = QCoreApplication.translate


def state_text(state: ApprovalState) -> str:
    return {
        ApprovalState.NOT_REVIEWED: translate("CalendarTexts", "Not reviewed"),
        ApprovalState.APPROVED: translate("CalendarTexts", "Approved"),
        ApprovalState.REJECTED: translate("CalendarTexts", "Rejected"),
        ApprovalState.CHANGED: translate("CalendarTexts", "Changed since approval"),
    }[state]


def reason_text(reason: str, facts: dict[str, Any] | None = None) -> str:
    """One sentence for a planner reason code (a Skip or a Conflict)."""
    f = {"market": "", "holiday": "", "date": "", "minutes": "", "stagger_minutes": "", "other_name": "",
         "week": "", "cap": "", "planned": "", "quiet_start": "", "quiet_end": "", **(facts or {})}  # fmt: skip
    texts = {
        "before_executive": translate("CalendarTexts", "Before the executive's own post."),
        "holiday": translate("CalendarTexts", "Public holiday in {0}: {1}.").format(f["market"], f["holiday"]),
        "weekend": translate("CalendarTexts", "A weekend day in {0}.").format(f["market"]),
        "quiet_hours": translate("CalendarTexts", "In this person's quiet hours ({0}–{1}).").format(
            f["quiet_start"], f["quiet_end"]
        ),
        "weekly_cap_reached": translate("CalendarTexts", "Weekly cap reached: {0} of {1} in {2}.").format(
            f["planned"], f["cap"], f["week"]
        ),
        "too_close": translate("CalendarTexts", "{0} shares the same post {1} minutes apart (keep {2}).").format(
            f["other_name"] or translate("CalendarTexts", "A colleague"), f["minutes"], f["stagger_minutes"]
        ),
        "not_opted_in": translate("CalendarTexts", "This person may no longer be planned (consent)."),
    }
    return texts.get(reason, reason)


def kind_text(kind: str) -> str:
    return translate("CalendarTexts", "Executive post") if kind == "slot" else translate("CalendarTexts", "Share")
