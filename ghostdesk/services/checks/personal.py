"""Services: personal data in a post — e-mail addresses, phone numbers, IBANs."""

from __future__ import annotations

import re

from ghostdesk.domain.checks import Finding, Severity
from ghostdesk.services.checks.engine import CheckContext, rule

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?!\w)", re.IGNORECASE)
PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .-]?(?:\(0\))?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}"
    r"|0\d(?:[ .-]?\d{2}){4}"
    r"|\(\d{3}\)\s?\d{3}-\d{4}"
    r"|\d{3}-\d{3}-\d{4}"
    r"|0\d{1,3}-\d{2,4}-\d{4})(?!\w)"
)
IBAN_RE = re.compile(r"(?<!\w)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?!\w)")


def iban_valid(candidate: str) -> bool:
    compact = candidate.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    digits = "".join(str(int(c, 36)) for c in moved)
    return int(digits) % 97 == 1


@rule("personal_data", "privacy")
def personal_data(text: str, context: CheckContext) -> list[Finding]:
    findings = []
    for m in EMAIL_RE.finditer(text):
        findings.append(
            Finding(
                "personal_data",
                Severity.WARN,
                "personal_email",
                f"“{m.group(0)}” is an e-mail address",
                "Do not publish personal contact details; link to a company contact page instead.",
                m.start(),
                m.end(),
                {"value": m.group(0), "kind": "email"},
            )
        )
    for m in PHONE_RE.finditer(text):
        if sum(c.isdigit() for c in m.group(0)) < 8:
            continue
        findings.append(
            Finding(
                "personal_data",
                Severity.WARN,
                "personal_phone",
                f"“{m.group(0)}” looks like a phone number",
                "Remove the number, or use the company's public switchboard.",
                m.start(),
                m.end(),
                {"value": m.group(0), "kind": "phone"},
            )
        )
    for m in IBAN_RE.finditer(text):
        if iban_valid(m.group(0)):
            findings.append(
                Finding(
                    "personal_data",
                    Severity.BLOCK,
                    "personal_iban",
                    f"“{m.group(0)}” is a bank account number (IBAN)",
                    "Never publish bank details.",
                    m.start(),
                    m.end(),
                    {"value": m.group(0), "kind": "iban"},
                )
            )
    return findings
