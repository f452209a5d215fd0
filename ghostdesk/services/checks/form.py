"""Services: form rules — insecure, internal or malformed links; too many hashtags or mentions."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ghostdesk.domain.checks import Finding, Severity
from ghostdesk.domain.posts import hashtags_in, mentions_in
from ghostdesk.services.checks.engine import CheckContext, rule

_URLISH = re.compile(r"(?<![\w@])(?:h?t?tps?:?/{0,3}|www\.)[^\s<>\"']+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\"»。、"
_INTERNAL = re.compile(
    r"^(?:localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+"
    r"|[\w.-]+\.(?:local|internal|intranet|corp|lan))$",
    re.IGNORECASE,
)
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$", re.IGNORECASE)

# The most hashtags / mentions a post should carry on each network; the strictest selected network wins.
MAX_HASHTAGS = {"x": 2, "linkedin": 5, "weibo": 3}
MAX_MENTIONS = {"x": 5, "linkedin": 5}
DEFAULT_MAX = 5


def link_problem(url: str) -> tuple[str, Severity] | None:
    """(message code, severity) for a link that should not go out as it is, else None."""
    lower = url.lower()
    if lower.startswith("www."):
        url, lower = "https://" + url, "https://" + lower
    if not re.match(r"^https?://", lower):
        return "link_malformed", Severity.WARN
    parts = urlsplit(url)
    host = parts.hostname or ""
    if _INTERNAL.match(host) or (host and "." not in host):
        return "link_internal", Severity.BLOCK
    if not _HOST.match(host) or ".." in url:
        return "link_malformed", Severity.WARN
    if lower.startswith("http://"):
        return "link_insecure", Severity.WARN
    return None


_LINK_TEXT = {
    "link_malformed": ("“{0}” is not a well-formed link", "Check the address: it needs https:// and a full domain."),
    "link_internal": ("“{0}” points to an internal address", "Outside readers cannot open it; link to a public page."),
    "link_insecure": ("“{0}” is not secure (http)", "Use the https:// address."),
}


def _link_finding(url: str, start: int, end: int) -> Finding | None:
    problem = link_problem(url)
    if problem is None:
        return None
    code, severity = problem
    message, advice = _LINK_TEXT[code]
    return Finding("link", severity, code, message.format(url), advice, start, end, {"url": url})


@rule("link", "form")
def links(text: str, context: CheckContext) -> list[Finding]:
    findings = []
    for m in _URLISH.finditer(text):
        url = m.group(0).rstrip(_TRAILING)
        found = _link_finding(url, m.start(), m.start() + len(url))
        if found:
            findings.append(found)
    for url in context.links:
        found = _link_finding(url.strip(), -1, -1)
        if found:
            findings.append(found)
    return findings


def _limit(table: dict[str, int], networks: tuple[str, ...]) -> int:
    return min((table.get(n, DEFAULT_MAX) for n in networks), default=DEFAULT_MAX)


@rule("tag_count", "form")
def tag_count(text: str, context: CheckContext) -> list[Finding]:
    findings = []
    for kind, found, extra, table, pattern in (
        ("hashtags", hashtags_in(text), context.hashtags, MAX_HASHTAGS, r"(?<![\w#])#\w"),
        ("mentions", mentions_in(text), context.mentions, MAX_MENTIONS, r"(?<![\w@.])@\w"),
    ):
        unique = {t.lower() for t in (*found, *extra)}
        limit = _limit(table, context.networks)
        if len(unique) <= limit:
            continue
        spans = [m.start() for m in re.finditer(pattern, text)]
        start = spans[limit] if len(spans) > limit else -1
        findings.append(
            Finding(
                "tag_count",
                Severity.WARN,
                f"too_many_{kind}",
                f"{len(unique)} {kind}; at most {limit} read well here",
                f"Keep the {limit} that matter most.",
                start,
                len(text.rstrip()) if start >= 0 else -1,
                {"count": len(unique), "limit": limit},
            )
        )
    return findings
