"""Services: wording rules — offensive terms, absolute claims, shouting, banned phrases."""

from __future__ import annotations

import re

from ghostdesk.domain.checks import Finding, Severity
from ghostdesk.services.checks.engine import CheckContext, rule
from ghostdesk.services.checks.wordlists import find_terms, terms_for


@rule("offensive_term", "wording")
def offensive_term(text: str, context: CheckContext) -> list[Finding]:
    terms = (*terms_for("offensive", context.language), *context.extra_offensive)
    return [
        Finding(
            "offensive_term",
            Severity.BLOCK,
            "offensive_term",
            f"“{text[s:e]}” can offend",
            "Rephrase: a post in the executive's name must not insult anyone.",
            s,
            e,
            {"term": text[s:e]},
        )
        for s, e, _ in find_terms(text, terms)
    ]


@rule("absolute_claim", "wording")
def absolute_claim(text: str, context: CheckContext) -> list[Finding]:
    return [
        Finding(
            "absolute_claim",
            Severity.WARN,
            "absolute_claim",
            f"“{text[s:e]}” is an absolute claim",
            "Absolute claims invite challenge and may breach advertising rules; say what you can prove.",
            s,
            e,
            {"term": text[s:e]},
        )
        for s, e, _ in find_terms(text, terms_for("claims", context.language))
    ]


_WORD = re.compile(r"\w+")
_BANGS = re.compile(r"[!！]{3,}")


def _caps_runs(text: str) -> list[tuple[int, int]]:
    """Spans of 3+ consecutive words in capitals holding 10+ letters (acronyms alone do not shout)."""
    runs: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        letters = sum(c.isalpha() for m in run for c in m.group(0))
        if len(run) >= 3 and letters >= 10:
            runs.append((run[0].start(), run[-1].end()))
        run.clear()

    for match in _WORD.finditer(text):
        word = match.group(0)
        shouted = any(c.isalpha() for c in word) and word.isupper()
        gap = text[run[-1].end() : match.start()] if run else ""
        if shouted and (not run or "\n" not in gap):
            run.append(match)
        else:
            close()
            if shouted:
                run.append(match)
    close()
    return runs


@rule("shouting", "wording")
def shouting(text: str, context: CheckContext) -> list[Finding]:
    findings = [
        Finding(
            "shouting",
            Severity.WARN,
            "shouting",
            "A run of words in capitals reads as shouting",
            "Write it in normal case; use one strong word instead of capitals.",
            start,
            end,
            {"text": text[start:end]},
        )
        for start, end in _caps_runs(text)
    ]
    findings.extend(
        Finding(
            "shouting",
            Severity.INFO,
            "exclamations",
            "Several exclamation marks in a row",
            "One is enough in a professional post.",
            m.start(),
            m.end(),
            {"text": m.group(0)},
        )
        for m in _BANGS.finditer(text)
    )
    return findings


@rule("banned_phrase", "voice")
def banned_phrase(text: str, context: CheckContext) -> list[Finding]:
    return [
        Finding(
            "banned_phrase",
            Severity.WARN,
            "banned_phrase",
            f"“{text[s:e]}” is on the list of phrases this executive never uses",
            "Rephrase in the executive's own words.",
            s,
            e,
            {"term": term},
        )
        for s, e, term in find_terms(text, context.banned_phrases)
    ]
