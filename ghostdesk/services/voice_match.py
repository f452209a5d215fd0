"""Services: score a text against a voice fingerprint and settings — 0–100 with one line per dimension.

Pure Python; fast enough to run on every keystroke (a 3,000-character post takes about a millisecond).
"""

from __future__ import annotations

import math
import re

from ghostdesk.domain.voice import Dimension, VoiceSettings
from ghostdesk.services.voice_analysis import _EMOJI, Fingerprint, Spread, TextStats, cosine, measure

BANNED_PENALTY = 15


def _closeness(value: float, spread: Spread, floor: float) -> float:
    """1.0 within half a spread of the usual value, falling smoothly beyond."""
    sd = max(spread.sd, floor, 0.15 * abs(spread.mean))
    z = max(0.0, abs(value - spread.mean) / sd - 0.5)
    return math.exp(-0.5 * z * z)


_LABELS = {
    "sentence_length": ("Sentences", "long"),
    "paragraph_length": ("Paragraphs", "long"),
    "post_length": ("The post", "long"),
    "one_line_paragraphs": ("One-line paragraphs", ""),
    "questions": ("Questions", ""),
    "exclamations": ("Exclamations", ""),
    "emoji": ("Emoji", ""),
    "hashtags": ("Hashtags", ""),
}


def _compare(name: str, value: float, expected: float) -> str:
    label, size = _LABELS.get(name, (name, ""))
    ratio = value / expected if expected else math.inf
    if expected == 0:
        return f"{label}: the voice usually has none"
    if value == 0:
        return f"No {label.lower()}" if not size else f"{label} are empty"
    for limit, words in ((2.7, "three times"), (1.8, "twice")):
        if ratio >= limit:
            return f"{label} {words} as {size} as usual" if size else f"{label}: {words} the usual"
    if ratio <= 0.6:
        return f"{label} half as {size} as usual" if size else f"{label}: half the usual or less"
    direction = "longer" if size and value > expected else "shorter" if size else None
    if direction:
        return f"{label} {direction} than usual"
    return f"{label}: {'more' if value > expected else 'fewer'} than usual"


def _numeric(
    name: str,
    value: float,
    spread: Spread,
    *,
    floor: float,
    weight: float,
    unit: str,
    more: str,
    less: str,
    precision: int = 1,
) -> Dimension:
    sim = _closeness(value, spread, floor)
    expected = spread.mean
    code = "ok"
    advice = f"{_LABELS.get(name, (name,))[0]}: as usual."
    if sim < 0.6:
        code = "higher" if value > expected else "lower"
        advice = (
            f"{_compare(name, value, expected)} ({value:.{precision}f} {unit} vs {expected:.{precision}f}): "
            f"{more if code == 'lower' else less}."
        )
    return Dimension(
        name=name,
        value=round(value, 3),
        expected=round(expected, 3),
        advice=advice,
        code=code,
        similarity=round(sim, 3),
        weight=weight,
        facts={"unit": unit, "ratio": round(value / expected, 2) if expected else None},
    )


# The dimensions measured as one number each, in the order they are listed: name, what the text has (a TextStats
# field), what the voice has (a Fingerprint spread), the spread's floor, the weight, the unit, the advice when the
# text has less / more than usual, and the decimals shown. ("sentence_length" is first: its floor and unit depend
# on whether the language counts words or characters.)
_NUMERIC = (
    ("paragraph_length", "paragraph_length", "paragraph_length", 0.6, 1.5, "sentences",
     "group sentences into fuller paragraphs", "break paragraphs up with blank lines", 1),
    ("post_length", "chars", "post_length", 120.0, 1.0, "characters",
     "say more: the voice usually writes longer posts", "cut: the voice usually writes shorter posts", 0),
    ("one_line_paragraphs", "one_line_share", "one_line_share", 0.12, 1.5, "share",
     "use more one-line paragraphs", "use fewer one-line paragraphs", 2),
    ("questions", "question_rate", "question_rate", 0.06, 1.0, "per sentence",
     "ask the reader something", "ask fewer questions", 2),
    ("exclamations", "exclamation_rate", "exclamation_rate", 0.05, 1.0, "per sentence",
     "the voice is more emphatic", "drop exclamation marks", 2),
    ("emoji", "emoji", "emoji", 0.7, 1.0, "per post", "the voice uses emoji", "remove emoji", 0),
    ("hashtags", "hashtags", "hashtags", 0.8, 1.0, "per post", "add the usual hashtags", "remove hashtags", 0),
)  # fmt: skip


def score_stats(stats: TextStats, text: str, fp: Fingerprint, settings: VoiceSettings) -> tuple[int, list[Dimension]]:
    unit = fp.unit
    dims: list[Dimension] = [
        _numeric(
            "sentence_length",
            stats.sentence_length,
            fp.sentence_length,
            floor=3.0 if unit == "words" else 8.0,
            weight=2.0,
            unit=unit,
            more="write fuller sentences",
            less="split long sentences",
        ),
    ]
    for name, measured, usual, floor, weight, shown_unit, more, less, precision in _NUMERIC:
        dims.append(
            _numeric(
                name,
                float(getattr(stats, measured)),
                getattr(fp, usual),
                floor=floor,
                weight=weight,
                unit=shown_unit,
                more=more,
                less=less,
                precision=precision,
            )
        )
    person = _person(stats, fp)
    if person:
        dims.append(person)
    dims.append(_vocabulary(stats, fp))
    register = _register(stats, fp, settings)
    if register:
        dims.append(register)
    dims += _rules(stats, text, fp, settings)
    total_weight = sum(d.weight for d in dims) or 1.0
    score = 100.0 * sum(d.similarity * d.weight for d in dims) / total_weight
    banned = sum(len(d.facts.get("found", ())) for d in dims if d.name == "banned_phrases")
    score -= BANNED_PENALTY * banned
    return max(0, min(100, round(score))), dims


def _person(stats: TextStats, fp: Fingerprint) -> Dimension | None:
    share = stats.singular_share
    expected = fp.singular_share.mean
    if share is None or fp.singular_share.n == 0:
        return None  # nothing to compare: no first person in the text, or never in the samples
    sim = _closeness(share, fp.singular_share, 0.15)
    code, advice = "ok", "First person matches the voice."
    if sim < 0.6:
        if share > expected:
            code, advice = (
                "singular",
                f"Says 'I' ({share:.0%} of first person) where the voice says 'we' ({expected:.0%}).",
            )
        else:
            code, advice = "plural", f"Says 'we' where the voice says 'I' ({share:.0%} 'I' vs {expected:.0%})."
    return Dimension("person", round(share, 3), round(expected, 3), advice, code, round(sim, 3), 2.0)


def _vocabulary(stats: TextStats, fp: Fingerprint) -> Dimension:
    total = sum(stats.counts.values()) or 1
    fit = cosine({w: c / total for w, c in stats.counts.items()}, fp.vocabulary)
    expected = fp.vocabulary_fit.mean or 1.0
    ratio = fit / expected if expected else 0.0
    sim = max(0.0, min(1.0, ratio)) ** 2
    code, advice = "ok", "Word choice matches the voice."
    if sim < 0.6:
        code = "different"
        hint = ", ".join(fp.signature_words[:5])
        advice = f"Word choice is unlike the samples ({fit:.2f} vs {expected:.2f})" + (
            f"; the voice often uses: {hint}." if hint else "."
        )
    return Dimension(
        "vocabulary",
        round(fit, 3),
        round(expected, 3),
        advice,
        code,
        round(sim, 3),
        3.0,
        {"signature": list(fp.signature_words[:5])},
    )


def _register(stats: TextStats, fp: Fingerprint, settings: VoiceSettings) -> Dimension | None:
    wanted = settings.registers.get(fp.language, "")
    share = stats.formal_share
    if share is None:
        return None
    from ghostdesk.domain.voice import REGISTERS

    formal_choice = REGISTERS.get(fp.language, ("",))[0] if REGISTERS.get(fp.language) else ""
    if wanted:
        expected = 1.0 if wanted == formal_choice else 0.0
    elif fp.formal_share.n:
        expected = fp.formal_share.mean
    else:
        return None
    sim = max(0.0, 1.0 - abs(share - expected) * 1.5)
    code, advice = "ok", "Form of address matches the voice."
    if sim < 0.6:
        code = "informal" if share < expected else "formal"
        advice = (
            f"Mixes or changes the form of address ({share:.0%} formal vs {expected:.0%}): "
            f"use {wanted or ('the formal form' if expected > 0.5 else 'the familiar form')} throughout."
        )
    return Dimension("register", round(share, 3), round(expected, 3), advice, code, round(sim, 3), 2.0)


def _contains(text: str, phrase: str) -> bool:
    pattern = r"(?<!\w)" + re.escape(phrase.casefold()) + r"(?!\w)"
    return re.search(pattern, text) is not None


def _rules(stats: TextStats, text: str, fp: Fingerprint, settings: VoiceSettings) -> list[Dimension]:
    folded = text.casefold()
    dims = []
    banned = [p for p in settings.banned_phrases if _contains(folded, p)]
    if settings.banned_phrases:
        advice = "Banned phrase: " + ", ".join(f"'{p}'" for p in banned) + "." if banned else "No banned phrase."
        dims.append(
            Dimension(
                "banned_phrases",
                float(len(banned)),
                0.0,
                advice,
                "banned" if banned else "ok",
                0.0 if banned else 1.0,
                3.0 if banned else 0.5,
                {"found": banned},
            )
        )
    if settings.emoji_policy == "never" and stats.emoji:
        dims.append(
            Dimension("emoji_policy", float(stats.emoji), 0.0, "This voice never uses emoji.", "never", 0.0, 1.0)
        )
    if stats.hashtags > settings.hashtag_count:
        dims.append(
            Dimension(
                "hashtag_count",
                float(stats.hashtags),
                float(settings.hashtag_count),
                f"{stats.hashtags} hashtags; this voice uses at most {settings.hashtag_count}.",
                "too_many",
                0.3,
                1.0,
            )
        )
    if settings.hashtag_position == "end" and stats.hashtags and stats.hashtags_at_end < stats.hashtags:
        dims.append(
            Dimension(
                "hashtag_position",
                float(stats.hashtags - stats.hashtags_at_end),
                0.0,
                "Hashtags go at the end in this voice, not inside sentences.",
                "inline",
                0.4,
                0.5,
            )
        )
    if settings.sign_off:
        tail = text.strip()[-max(len(settings.sign_off) + 20, 40) :].casefold()
        present = settings.sign_off.casefold() in tail
        dims.append(
            Dimension(
                "sign_off",
                1.0 if present else 0.0,
                1.0,
                "Ends with the usual sign-off." if present else f"Missing the sign-off '{settings.sign_off}'.",
                "ok" if present else "missing",
                1.0 if present else 0.3,
                1.0,
                {"sign_off": settings.sign_off},
            )
        )
    missing_never = [
        g.term
        for g in settings.glossary
        if g.never_translate and g.term.casefold() not in folded and _renders(g, folded)
    ]
    if missing_never:
        dims.append(
            Dimension(
                "glossary",
                float(len(missing_never)),
                0.0,
                "Keep these terms untranslated: " + ", ".join(missing_never) + ".",
                "translated",
                0.3,
                1.0,
                {"terms": missing_never},
            )
        )
    return dims


def _renders(entry, folded: str) -> bool:
    return any(r and r.casefold() in folded for r in entry.renderings.values())


def emoji_count(text: str) -> int:
    return len(_EMOJI.findall(text))


def score_text(text: str, fp: Fingerprint, settings: VoiceSettings) -> tuple[int, list[Dimension]]:
    return score_stats(measure(text, fp.language), text, fp, settings)
