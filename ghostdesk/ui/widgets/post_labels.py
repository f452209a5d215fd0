"""UI: the translated words for post statuses, networks, finding messages and post errors (one place)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ghostdesk.domain.checks import Finding, Severity
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.posts import PostStatus

translate = QCoreApplication.translate

_STATUS = {
    PostStatus.IDEA: QT_TRANSLATE_NOOP("PostLabels", "Idea"),
    PostStatus.DRAFT: QT_TRANSLATE_NOOP("PostLabels", "Draft"),
    PostStatus.IN_REVIEW: QT_TRANSLATE_NOOP("PostLabels", "In review"),
    PostStatus.APPROVED: QT_TRANSLATE_NOOP("PostLabels", "Approved"),
    PostStatus.SCHEDULED: QT_TRANSLATE_NOOP("PostLabels", "Scheduled"),
    PostStatus.PUBLISHED: QT_TRANSLATE_NOOP("PostLabels", "Published"),
    PostStatus.ARCHIVED: QT_TRANSLATE_NOOP("PostLabels", "Archived"),
}

STATUS_COLOURS = {
    PostStatus.IDEA: "#8a6fb3",
    PostStatus.DRAFT: "#6b7785",
    PostStatus.IN_REVIEW: "#c27c0e",
    PostStatus.APPROVED: "#2e8b57",
    PostStatus.SCHEDULED: "#2f6fb5",
    PostStatus.PUBLISHED: "#1d5e3a",
    PostStatus.ARCHIVED: "#9aa3ad",
}

SEVERITY_COLOURS = {
    Severity.BLOCK: QColor("#d0302f"),
    Severity.WARN: QColor("#d08a00"),
    Severity.INFO: QColor("#2f6fb5"),
}

_SEVERITY = {
    Severity.BLOCK: QT_TRANSLATE_NOOP("PostLabels", "Must fix"),
    Severity.WARN: QT_TRANSLATE_NOOP("PostLabels", "Check"),
    Severity.INFO: QT_TRANSLATE_NOOP("PostLabels", "Note"),
}

LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("PostLabels", "English"),
    "fr": QT_TRANSLATE_NOOP("PostLabels", "French"),
    "de": QT_TRANSLATE_NOOP("PostLabels", "German"),
    "es": QT_TRANSLATE_NOOP("PostLabels", "Spanish"),
    "ja": QT_TRANSLATE_NOOP("PostLabels", "Japanese"),
    "zh": QT_TRANSLATE_NOOP("PostLabels", "Chinese"),
}


def status_label(status: PostStatus) -> str:
    return translate("PostLabels", _STATUS[status])


def severity_label(severity: Severity) -> str:
    return translate("PostLabels", _SEVERITY[severity])


def language_label(code: str) -> str:
    return translate("PostLabels", LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code


def finding_text(finding: Finding) -> tuple[str, str]:
    """(message, advice) in the interface language; the English from the core when a code is unknown."""
    p = finding.params
    value = p.get("term") or p.get("figure") or p.get("value") or p.get("url") or p.get("text") or ""
    table = {
        "confidential_marker": (
            translate("PostLabels", "“{0}” marks confidential material"),
            translate("PostLabels", "Remove the passage, or have it cleared for publication first."),
        ),
        "sensitive_term": (
            translate("PostLabels", "“{0}” is one of the workspace's sensitive terms"),
            translate("PostLabels", "Code names and unannounced projects stay out of public posts."),
        ),
        "unapproved_figure": (
            translate("PostLabels", "“{0}” is not in the approved facts"),
            translate("PostLabels", "Check the figure, add it to the approved facts, or remove it."),
        ),
        "personal_email": (
            translate("PostLabels", "“{0}” is an e-mail address"),
            translate("PostLabels", "Do not publish personal contact details."),
        ),
        "personal_phone": (
            translate("PostLabels", "“{0}” looks like a phone number"),
            translate("PostLabels", "Remove the number, or use the public switchboard."),
        ),
        "personal_iban": (
            translate("PostLabels", "“{0}” is a bank account number (IBAN)"),
            translate("PostLabels", "Never publish bank details."),
        ),
        "offensive_term": (
            translate("PostLabels", "“{0}” can offend"),
            translate("PostLabels", "Rephrase: a post in the executive's name must not insult anyone."),
        ),
        "absolute_claim": (
            translate("PostLabels", "“{0}” is an absolute claim"),
            translate("PostLabels", "Say what you can prove; absolute claims invite challenge."),
        ),
        "shouting": (
            translate("PostLabels", "Capitals read as shouting"),
            translate("PostLabels", "Write it in normal case."),
        ),
        "exclamations": (
            translate("PostLabels", "Several exclamation marks in a row"),
            translate("PostLabels", "One is enough in a professional post."),
        ),
        "banned_phrase": (
            translate("PostLabels", "“{0}” is a phrase this executive never uses"),
            translate("PostLabels", "Rephrase in the executive's own words."),
        ),
        "link_malformed": (
            translate("PostLabels", "“{0}” is not a well-formed link"),
            translate("PostLabels", "Check the address: it needs https:// and a full domain."),
        ),
        "link_internal": (
            translate("PostLabels", "“{0}” points to an internal address"),
            translate("PostLabels", "Outside readers cannot open it; link to a public page."),
        ),
        "link_insecure": (
            translate("PostLabels", "“{0}” is not secure (http)"),
            translate("PostLabels", "Use the https:// address."),
        ),
        "too_many_hashtags": (
            translate("PostLabels", "{count} hashtags; at most {limit} read well here"),
            translate("PostLabels", "Keep the ones that matter most."),
        ),
        "too_many_mentions": (
            translate("PostLabels", "{count} mentions; at most {limit} read well here"),
            translate("PostLabels", "Keep the ones that matter most."),
        ),
    }
    if finding.message_code not in table:
        return finding.message, finding.advice
    message, advice = table[finding.message_code]
    return message.format(value, count=p.get("count", ""), limit=p.get("limit", "")), advice


def post_error_text(exc: GhostDeskError) -> str | None:
    f = exc.fields
    if exc.code == "post_transition_refused":
        return translate("PostLabels", "A post cannot go from “{0}” to “{1}”.").format(
            status_label(PostStatus(f["current"])), status_label(PostStatus(f["target"]))
        )
    if exc.code == "post_not_approved":
        return translate(
            "PostLabels", "This post has no approval of its current text. Send it to review and approve it first."
        )
    if exc.code == "post_locked":
        return translate("PostLabels", "A published or archived post is not edited in place. Move it back to draft.")
    if exc.code == "post_image_too_large":
        return translate("PostLabels", "“{0}” is larger than {1} MB. Choose a smaller image.").format(
            f.get("name", ""), int(f.get("limit", 0)) // (1024 * 1024)
        )
    if exc.code == "post_import_failed":
        return translate("PostLabels", "The file could not be read as a draft. Nothing was changed.")
    return None


def local_time(iso: str) -> str:
    """A stored UTC time, in the user's zone and locale's short format."""
    from PySide6.QtCore import QDateTime, QLocale

    from ghostdesk.domain.clock import parse_utc

    moment = QDateTime.fromSecsSinceEpoch(int(parse_utc(iso).timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
