"""UI: the Calendar page's words for approval states, waves and the planner's reasons (translated here; the
CLI has its own English in commands/plan_words.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ghostdesk.domain.campaigns import ApprovalState
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.ui.i18n import count

translate = QCoreApplication.translate


def _counted(value: Any, one: str, other: str, *more: object) -> str:
    """count() for a planner fact, which may be missing (then the plural text shows it as it is)."""
    try:
        return count(int(value), one, other, *more)
    except (TypeError, ValueError):
        return other.format(value, *more)


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
        "too_close": _counted(
            f["minutes"],
            translate("CalendarTexts", "{1} shares the same post {0} minute apart (keep {2})."),
            translate("CalendarTexts", "{1} shares the same post {0} minutes apart (keep {2})."),
            f["other_name"] or translate("CalendarTexts", "A colleague"),
            f["stagger_minutes"],
        ),
        "not_opted_in": translate("CalendarTexts", "This person may no longer be planned (consent)."),
    }
    return texts.get(reason, reason)


def kind_text(kind: str) -> str:
    return translate("CalendarTexts", "Executive post") if kind == "slot" else translate("CalendarTexts", "Share")


def reason_title(reason: str) -> str:
    """A short name for a planner reason (the preview groups the people not planned by it)."""
    titles = {
        "not_opted_in": translate("CalendarTexts", "Not opted in"),
        "wrong_market_or_language": translate("CalendarTexts", "Other market or language"),
        "network_not_used": translate("CalendarTexts", "Does not use the network"),
        "no_matching_topic": translate("CalendarTexts", "No topic in common"),
        "already_sharing": translate("CalendarTexts", "Already shares this post"),
        "no_posting_window": translate("CalendarTexts", "No posting window"),
        "holiday": translate("CalendarTexts", "Public holiday"),
        "weekend": translate("CalendarTexts", "Weekend"),
        "quiet_hours": translate("CalendarTexts", "Quiet hours"),
        "weekly_cap_reached": translate("CalendarTexts", "Weekly cap reached"),
        "not_selected": translate("CalendarTexts", "Wave full (rotation)"),
        "no_share_text_left": translate("CalendarTexts", "No share text left"),
        "no_free_time": translate("CalendarTexts", "No free time in the window"),
        "before_executive": translate("CalendarTexts", "Before the executive's post"),
        "too_close": translate("CalendarTexts", "Too close to a colleague"),
    }
    return titles.get(reason, reason)


def _network_name(network: str) -> str:
    from ghostdesk.domain.networks import NETWORKS

    known = NETWORKS.get(network)
    return known.name if known is not None else network


def skip_text(reason: str, name: str, facts: dict[str, Any] | None = None) -> str:
    """One sentence for a planner skip: why this person was not planned for a post and wave."""
    f = dict(facts or {})

    def fact(key: str) -> str:
        value = f.get(key, "")
        if key in ("network", "networks"):  # "LinkedIn, WeChat Moments", not "linkedin, wechat_moments"
            value = [_network_name(str(v)) for v in value] if isinstance(value, list | tuple) else _network_name(value)
        return ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)

    none = translate("CalendarTexts", "none")
    texts = {
        "not_opted_in": translate("CalendarTexts", "{0} has not opted in to sharing.").format(name),
        "wrong_market_or_language": translate(
            "CalendarTexts", "{0} is in {1} and writes in {2}; this post is for {3} in {4}."
        ).format(name, fact("market"), fact("language"), fact("slot_market"), fact("slot_language")),
        "network_not_used": translate("CalendarTexts", "{0} does not use {1} (uses: {2}).").format(
            name, fact("network"), fact("networks") or none
        ),
        "no_matching_topic": translate("CalendarTexts", "None of {0}'s topics ({1}) match the post's ({2}).").format(
            name, fact("topics") or none, fact("post_topics") or none
        ),
        "already_sharing": translate("CalendarTexts", "{0} already shares this post (in the {1} wave).").format(
            name, fact("wave")
        ),
        "no_posting_window": translate(
            "CalendarTexts", "{0} has no posting window, so there is no time to ask {1}."
        ).format(fact("market"), name),
        "holiday": translate("CalendarTexts", "Public holiday in {0}: {1} ({2}).").format(
            fact("market"), fact("holiday"), fact("date")
        ),
        "weekend": translate("CalendarTexts", "{0} is a weekend day in {1}.").format(fact("date"), fact("market")),
        "quiet_hours": translate("CalendarTexts", "The wave falls in {0}'s quiet hours ({1}–{2} local time).").format(
            name, fact("quiet_start"), fact("quiet_end")
        ),
        "weekly_cap_reached": _counted(
            fact("cap"),
            translate("CalendarTexts", "{1}: weekly cap reached, {2} of {0} share already planned in {3}."),
            translate("CalendarTexts", "{1}: weekly cap reached, {2} of {0} shares already planned in {3}."),
            name,
            fact("planned"),
            fact("week"),
        ),
        "not_selected": _counted(
            fact("size"),
            translate(
                "CalendarTexts",
                "{1} was not asked this time: the wave takes {0} person and colleagues asked less often came first.",
            ),
            translate(
                "CalendarTexts",
                "{1} was not asked this time: the wave takes {0} people and colleagues asked less often came first.",
            ),
            name,
        ),
        "no_share_text_left": _counted(
            fact("available"),
            translate("CalendarTexts", "The only share text of this wave is taken; each person needs their own."),
            translate("CalendarTexts", "All {0} share texts of this wave are taken; each person needs their own."),
        ),
        "no_free_time": _counted(
            fact("stagger_minutes"),
            translate(
                "CalendarTexts",
                "No free time left in the window: colleagues are kept {0} minute apart and every time is taken.",
            ),
            translate(
                "CalendarTexts",
                "No free time left in the window: colleagues are kept {0} minutes apart and every time is taken.",
            ),
        ),
    }
    return texts.get(reason) or reason_text(reason, f)


# The brief's and the review files' words are the Calendar page's own (translation context "CalendarPage").


def brief_words() -> dict:
    """The campaign brief's words (`campaign_files.export_brief`), in the interface's language."""
    return {
        "heading": translate("CalendarPage", "Campaign brief: {name}"),
        "objective": translate("CalendarPage", "Objective"),
        "targets": translate("CalendarPage", "Targets"),
        "dates": translate("CalendarPage", "Dates"),
        "markets": translate("CalendarPage", "Markets"),
        "contact": translate("CalendarPage", "Contact"),
        "calendar": translate("CalendarPage", "Calendar (local times)"),
        "columns": [
            translate("CalendarPage", "Local time"),
            translate("CalendarPage", "Zone"),
            translate("CalendarPage", "Market"),
            translate("CalendarPage", "Network"),
            translate("CalendarPage", "Approval"),
        ],
        "variants": translate("CalendarPage", "Texts by market"),
        "variant_title": translate("CalendarPage", "{market} — {network_list}"),
        "footer": translate(
            "CalendarPage", "Exported by GhostDesk on {at}. Approvals bind to the exact text and time shown here."
        ),
        "states": {s.value: state_text(s) for s in ApprovalState},
        "objectives": {
            "visibility": translate("CalendarPage", "Visibility"),
            "reputation": translate("CalendarPage", "Reputation"),
            "leads": translate("CalendarPage", "Leads"),
        },
        "target_names": {
            "reach": translate("CalendarPage", "reach"),
            "engagement": translate("CalendarPage", "engagement"),
            "clicks": translate("CalendarPage", "clicks"),
            "conversions": translate("CalendarPage", "conversions"),
        },
    }


def package_problem(error: GhostDeskError) -> str:
    """Why a review decisions file was refused (a `review_package_invalid` error)."""
    why = error.fields.get("why", "")
    if why == "tampered":
        return translate("CalendarPage", "This file was changed after it was exported, so it was refused. Ask the "
                         "reviewer for the file GhostDesk wrote.")  # fmt: skip
    if why == "signature":
        return translate(
            "CalendarPage", "These decisions are about a review package that was not made in this workspace."
        )
    return translate("CalendarPage", "This is not a GhostDesk review file, or it is damaged.")
