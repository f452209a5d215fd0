"""Services: rules for confidential markers (shipped lists, every language) and the workspace's code names."""

from __future__ import annotations

from ghostdesk.domain.checks import Finding, Severity
from ghostdesk.services.checks.engine import CheckContext, rule
from ghostdesk.services.checks.wordlists import all_terms, find_terms


@rule("confidential_marker", "confidentiality")
def confidential_marker(text: str, context: CheckContext) -> list[Finding]:
    # Every language's markers: a French post can quote an English "internal only" slide.
    return [
        Finding(
            "confidential_marker",
            Severity.BLOCK,
            "confidential_marker",
            f"“{text[s:e]}” marks confidential material",
            "Remove the passage, or have it cleared for publication first.",
            s,
            e,
            {"term": text[s:e]},
        )
        for s, e, _term in find_terms(text, all_terms("confidential"))
    ]


@rule("sensitive_term", "confidentiality")
def sensitive_term(text: str, context: CheckContext) -> list[Finding]:
    return [
        Finding(
            "sensitive_term",
            Severity.BLOCK,
            "sensitive_term",
            f"“{text[s:e]}” is one of the workspace's sensitive terms",
            "Code names and unannounced projects stay out of public posts.",
            s,
            e,
            {"term": term},
        )
        for s, e, term in find_terms(text, context.sensitive_terms)
    ]
