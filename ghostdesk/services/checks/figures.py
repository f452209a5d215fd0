"""Services: figures (amounts, percentages, results periods) must come from the approved facts list."""

from __future__ import annotations

import re

from ghostdesk.domain.checks import Finding, Severity
from ghostdesk.services.checks.engine import CheckContext, rule

_NUMBER = r"\d+(?:[ \u00a0\u202f.,]\d+)*"
_SCALE = r"(?:millions?|milliards?|billions?|Milliarden?|Millionen?|Mio\.?|Mrd\.?|Md|bn|k|K|M|万|億|亿)(?![a-z])"
_CURRENCY = r"(?:€|\$|£|¥|元|円|EUR|USD|GBP|JPY|CNY|RMB)"
FIGURE_RE = re.compile(
    "|".join(
        [
            rf"{_NUMBER}\s?(?:%|‰|percent|pour\s?cent|Prozent|por\s?ciento)",
            rf"{_CURRENCY}\s?{_NUMBER}(?:\s?{_SCALE})?",
            rf"{_NUMBER}\s?(?:{_SCALE}\s?)?{_CURRENCY}",
            rf"{_NUMBER}\s?{_SCALE}(?![\w])",
            r"(?<!\w)(?:Q[1-4]|H[12]|T[1-4]|S[12])\s?(?:20\d\d|FY\d\d)(?!\w)",
            r"(?<!\w)FY\s?(?:20)?\d\d(?!\w)",
            r"20\d\d年(?:第[1-4一二三四]四半期|第[1-4一二三四]季度|上半期|下半期)",
        ]
    ),
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]", "", text).lower().replace(",", ".")


@rule("unapproved_figure", "figures")
def unapproved_figure(text: str, context: CheckContext) -> list[Finding]:
    facts = [normalise(f) for f in context.approved_facts]
    findings = []
    for match in FIGURE_RE.finditer(text):
        figure = match.group(0).strip()
        if any(normalise(figure) in fact for fact in facts):
            continue
        findings.append(
            Finding(
                "unapproved_figure",
                Severity.WARN,
                "unapproved_figure",
                f"“{figure}” is not in the approved facts",
                "Check the figure with finance or communications, then add it to the approved facts, or remove it.",
                match.start(),
                match.start() + len(figure),
                {"figure": figure},
            )
        )
    return findings
