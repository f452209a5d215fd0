"""Services: offline spell checking (pyspellchecker's word lists for en, fr, de, es) with the workspace's
personal dictionary of names, brands and code words."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from ghostdesk.domain.errors import ValidationError
from ghostdesk.storage import posts_repo
from ghostdesk.storage.workspace import Workspace

SUPPORTED = ("en", "fr", "de", "es")
DICTIONARY = "dictionary"  # check_terms kind

# Letters, with inner apostrophes or hyphens (aujourd'hui, e-mail); digits and underscores end a word.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Text that is not prose: links, e-mail addresses, hashtags and mentions.
_SKIP = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|[#@][\w.-]+", re.IGNORECASE)
# pyspellchecker's Spanish list lacks many plurals and verb forms: accept them when the base form is known.
_INFLECTIONS = {
    "es": (("es", ""), ("s", ""), ("amos", "ar"), ("emos", "er"), ("imos", "ir"), ("an", "ar"), ("en", "er")),
    "fr": (("s", ""), ("x", "")),
    "en": (("s", ""),),
    "de": (),
}
ELISIONS = {
    "fr": {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"},
    "en": set(),
    "de": set(),
    "es": set(),
}


@dataclass(frozen=True)
class Misspelling:
    start: int
    end: int
    word: str


class Speller:
    """One language's dictionary (loading takes 0.1–0.8 s: do it off the GUI thread)."""

    def __init__(self, language: str) -> None:
        if language not in SUPPORTED:
            raise ValidationError(f"No dictionary for {language!r}", field="language", supported=list(SUPPORTED))
        from spellchecker import SpellChecker  # lazy: loads a compressed word list

        self.language = language
        self._checker = SpellChecker(language=language, case_sensitive=False)
        self._lock = threading.Lock()

    def known(self, word: str, personal: set[str]) -> bool:
        lower = word.lower().replace("’", "'")
        if lower in personal or (word.isupper() and len(word) > 1):  # acronyms are not checked
            return True
        with self._lock:
            if self._checker.known([lower]):
                return True
            for suffix, base in _INFLECTIONS.get(self.language, ()):
                stem = lower[: -len(suffix)]
                if lower.endswith(suffix) and len(stem) >= 3 and self._checker.known([stem + base]):
                    return True
            parts = re.split(r"['-]", lower)
            if len(parts) > 1:
                elisions = ELISIONS.get(self.language, set())
                rest = [p for i, p in enumerate(parts) if not (i == 0 and p in elisions)]
                return all(p in personal or self._checker.known([p]) or len(p) <= 1 for p in rest)
        return False

    def misspelled(self, text: str, personal: set[str] | frozenset[str] = frozenset()) -> list[Misspelling]:
        personal_lower = {w.lower() for w in personal}
        skipped = [m.span() for m in _SKIP.finditer(text)]
        found = []
        for match in _WORD.finditer(text):
            start, end = match.span()
            if any(s <= start < e for s, e in skipped) or self._proper_noun(text, match.group(0), start):
                continue
            if not self.known(match.group(0), personal_lower):
                found.append(Misspelling(start, end, match.group(0)))
        return found

    def _proper_noun(self, text: str, word: str, start: int) -> bool:
        """A capitalised word inside a sentence is taken for a name (not in German, which capitalises nouns)."""
        if self.language == "de" or not (word[:1].isupper() and word[1:].islower()):
            return False
        before = text[:start].rstrip(" \t\u00a0«“\"'(")
        return bool(before) and before[-1] not in ".!?…\n:"

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        with self._lock:
            candidates = self._checker.candidates(word.lower()) or set()
            ranked = sorted(candidates, key=lambda w: (-self._checker.word_usage_frequency(w), w))
        if word[:1].isupper():
            ranked = [w[:1].upper() + w[1:] for w in ranked]
        return [w for w in ranked if w.lower() != word.lower()][:limit]


_cache: dict[str, Speller] = {}
_cache_lock = threading.Lock()


def speller(language: str) -> Speller | None:
    """The language's speller, loaded once per process; None for languages without a dictionary."""
    if language not in SUPPORTED:
        return None
    with _cache_lock:
        found = _cache.get(language)
    if found is None:
        found = Speller(language)
        with _cache_lock:
            found = _cache.setdefault(language, found)
    return found


def is_loaded(language: str) -> bool:
    return language in _cache


def personal_words(workspace: Workspace) -> set[str]:
    return set(posts_repo.terms(workspace.db, DICTIONARY))


def add_to_dictionary(workspace: Workspace, word: str) -> None:
    word = word.strip()
    if not word or len(word) > 80 or any(c.isspace() for c in word):
        raise ValidationError("A dictionary entry is one word", field="word")
    if word.lower() in {w.lower() for w in personal_words(workspace)}:
        return
    posts_repo.add_term(workspace.db, DICTIONARY, word)
