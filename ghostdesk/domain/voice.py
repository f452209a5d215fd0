"""Domain: voice profiles — settings, samples, versions, the fingerprint and the match score."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ghostdesk.domain.errors import GhostDeskError, ValidationError

LANGUAGES = ("en", "fr", "de", "es", "it", "ja", "zh")
CJK_LANGUAGES = ("ja", "zh")
EMOJI_POLICIES = ("never", "sparing", "free")
HASHTAG_POSITIONS = ("end", "inline", "any")
# Register choices per language (formal first). Languages without a choice accept "".
REGISTERS: dict[str, tuple[str, ...]] = {
    "fr": ("vous", "tu"),
    "de": ("Sie", "du"),
    "es": ("usted", "tú"),
    "it": ("Lei", "tu"),
    "ja": ("desu-masu", "plain"),
    "zh": ("您", "你"),
    "en": (),
}
TONE_SCALES = ("bold", "casual", "warm")  # 0 = reserved / formal / serious … 10 = bold / casual / warm
MAX_SAMPLE = 20_000


class VoiceImportError(GhostDeskError):
    """Some rows of an import file could not be read; nothing was imported. `rows` lists them."""

    code = "voice_import_failed"


class UnsupportedSampleFile(GhostDeskError):
    code = "voice_unsupported_file"


class ExecutiveHasPosts(GhostDeskError):
    """An executive cannot go to the trash while posts are written in their name."""

    code = "executive_has_posts"


class NoVoiceSamples(GhostDeskError):
    """A score needs samples in the text's language."""

    code = "voice_no_samples"


_RESULTS = ("RowProblem", "Dimension", "VoiceScore", "VoiceVersion", "VoiceSample")


def __getattr__(name: str) -> Any:
    # An import's row problems, a match's dimensions and score, a profile's saved versions and its samples live
    # in domain/voice_results.py and are re-exported here on first use: the GUI start-up (the Voices page shows
    # a profile's summary and sample counts) needs none of them, and each frozen dataclass costs ≈1 ms to create.
    if name in _RESULTS:
        from ghostdesk.domain import voice_results

        return getattr(voice_results, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A term and how the executive wants it written (or translated)."""

    term: str
    renderings: dict[str, str] = field(default_factory=dict)  # language → rendering
    never_translate: bool = False


@dataclass(frozen=True, slots=True)
class VoiceSettings:
    """How an executive writes, beyond what the samples show."""

    registers: dict[str, str] = field(default_factory=dict)  # language → register ("vous", "Sie" …)
    tone: dict[str, int] = field(default_factory=lambda: {k: 5 for k in TONE_SCALES})
    emoji_policy: str = "sparing"
    hashtag_count: int = 3
    hashtag_position: str = "end"
    sign_off: str = ""
    preferred_terms: tuple[str, ...] = ()
    banned_phrases: tuple[str, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "registers": dict(sorted(self.registers.items())),
            "tone": {k: int(self.tone.get(k, 5)) for k in TONE_SCALES},
            "emoji_policy": self.emoji_policy,
            "hashtag_count": self.hashtag_count,
            "hashtag_position": self.hashtag_position,
            "sign_off": self.sign_off,
            "preferred_terms": list(self.preferred_terms),
            "banned_phrases": list(self.banned_phrases),
            "glossary": [
                {"term": g.term, "renderings": dict(sorted(g.renderings.items())), "never_translate": g.never_translate}
                for g in self.glossary
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> VoiceSettings:
        tone = {k: int(v) for k, v in (data.get("tone") or {}).items() if k in TONE_SCALES}
        return cls(
            registers=dict(data.get("registers") or {}),
            tone={k: tone.get(k, 5) for k in TONE_SCALES},
            emoji_policy=data.get("emoji_policy", "sparing"),
            hashtag_count=int(data.get("hashtag_count", 3)),
            hashtag_position=data.get("hashtag_position", "end"),
            sign_off=data.get("sign_off", ""),
            preferred_terms=tuple(data.get("preferred_terms") or ()),
            banned_phrases=tuple(data.get("banned_phrases") or ()),
            glossary=tuple(
                GlossaryEntry(g["term"], dict(g.get("renderings") or {}), bool(g.get("never_translate")))
                for g in data.get("glossary") or ()
            ),
        )


def clean_settings(settings: VoiceSettings) -> VoiceSettings:
    """Validate and normalise: trimmed unique phrases, tones 0–10, known policies."""
    if settings.emoji_policy not in EMOJI_POLICIES:
        raise ValidationError("Unknown emoji policy", field="emoji_policy", value=settings.emoji_policy)
    if settings.hashtag_position not in HASHTAG_POSITIONS:
        raise ValidationError("Unknown hashtag position", field="hashtag_position", value=settings.hashtag_position)
    if not 0 <= settings.hashtag_count <= 30:
        raise ValidationError("Hashtags per post: 0 to 30", field="hashtag_count", value=settings.hashtag_count)
    for key, value in settings.tone.items():
        if key not in TONE_SCALES or not 0 <= int(value) <= 10:
            raise ValidationError("Tone scales run from 0 to 10", field=f"tone.{key}", value=value)
    registers = {}
    for language, register in settings.registers.items():
        allowed = REGISTERS.get(language, ())
        if register and register not in allowed:
            raise ValidationError("Unknown register for this language", field="registers", language=language)
        if register:
            registers[language] = register
    glossary = []
    seen: set[str] = set()
    for entry in settings.glossary:
        term = " ".join(entry.term.split())
        if not term or term.casefold() in seen:
            continue
        seen.add(term.casefold())
        renderings = {k: " ".join(v.split()) for k, v in entry.renderings.items() if v and v.strip()}
        glossary.append(GlossaryEntry(term, renderings, entry.never_translate))
    return VoiceSettings(
        registers=registers,
        tone={k: int(settings.tone.get(k, 5)) for k in TONE_SCALES},
        emoji_policy=settings.emoji_policy,
        hashtag_count=settings.hashtag_count,
        hashtag_position=settings.hashtag_position,
        sign_off=settings.sign_off.strip(),
        preferred_terms=_unique(settings.preferred_terms),
        banned_phrases=_unique(settings.banned_phrases),
        glossary=tuple(glossary),
    )


def _unique(phrases: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    out: list[str] = []
    seen: set[str] = set()
    for phrase in phrases:
        text = " ".join(phrase.split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return tuple(out)


def clean_sample(text: str, language: str) -> tuple[str, str]:
    body = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body:
        raise ValidationError("A sample needs some text", field="text")
    if len(body) > MAX_SAMPLE:
        raise ValidationError(f"A sample has at most {MAX_SAMPLE} characters", field="text", limit=MAX_SAMPLE)
    lang = (language or "").strip().lower()
    if lang not in LANGUAGES:
        raise ValidationError("Unknown language", field="language", value=language)
    return body, lang
