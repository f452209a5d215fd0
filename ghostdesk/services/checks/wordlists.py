"""Services: the shipped per-language word lists (ghostdesk.resources/checks) and term matching."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources


@cache
def load(name: str) -> dict[str, tuple[str, ...]]:
    """A list file `resources/checks/<name>.json`: {language: [terms]}."""
    raw = resources.files("ghostdesk.resources").joinpath("checks", f"{name}.json").read_text(encoding="utf-8")
    return {lang: tuple(terms) for lang, terms in json.loads(raw).items() if not lang.startswith("_")}


def terms_for(name: str, language: str) -> tuple[str, ...]:
    return load(name).get(language, ())


def all_terms(name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for terms in load(name).values() for t in terms))


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


@cache
def term_pattern(term: str) -> re.Pattern[str]:
    """Whole-word, case-insensitive, any run of spaces; no word boundaries around CJK (no spaces there)."""
    body = r"\s+".join(re.escape(part) for part in term.split())
    left = r"(?<!\w)" if re.match(r"\w", term[0]) and not _is_cjk(term[0]) else ""
    right = r"(?!\w)" if re.match(r"\w", term[-1]) and not _is_cjk(term[-1]) else ""
    return re.compile(left + body + right, re.IGNORECASE)


# Case-insensitive matching lets an ASCII letter match only the ASCII letters of either case and four others
# (the re module's documentation): folded to those, a term's ASCII runs must all be in the text to match.
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_ASCII_RUN = re.compile(r"[A-Za-z0-9]+")


@cache
def _ascii_runs(term: str) -> tuple[str, ...]:
    return tuple(run.lower() for run in _ASCII_RUN.findall(term))


def find_terms(text: str, terms) -> list[tuple[int, int, str]]:
    """(start, end, term) for every occurrence of any term; overlapping hits keep the longest.

    A term whose ASCII letters cannot be in the text is not matched at all: most terms of a list are absent from
    a post, and compiling each one's pattern on first use made the first check of a post about 20 ms slower."""
    hits = []
    folded = text.translate(_ASCII_FOLD).lower()
    for term in terms:
        if term.strip() and all(run in folded for run in _ascii_runs(term)):
            hits.extend((m.start(), m.end(), term) for m in term_pattern(term.strip()).finditer(text))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str]] = []
    for hit in hits:
        if kept and hit[0] < kept[-1][1]:
            continue
        kept.append(hit)
    return kept
