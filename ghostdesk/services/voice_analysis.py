"""Services: measure a text's style, build a voice fingerprint from samples, score a text against it.

Pure Python (standard library only): no Qt, no network, no database. Japanese and Chinese are measured in
characters; other languages in words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ghostdesk.domain.voice import CJK_LANGUAGES

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])[\"'”»)]*\s+|(?<=[。！？])")
_HASHTAG = re.compile(r"(?<![\w#])#[^\W_][\w-]*", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+")
_BLANK_LINE = re.compile(r"\n\s*\n")
_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f000-\U0001f2ff\U00002b50\U00002b55\U0000203c\U00002049]"
)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# First person singular / plural markers per language (lower case; CJK are substrings).
PERSON: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (
        _set("i me my mine myself i'm i've i'd i'll"),
        _set("we us our ours ourselves we're we've we'd we'll"),
    ),
    "fr": (
        _set("je j' moi me m' mon ma mes"),
        _set("nous notre nos"),
    ),
    "de": (
        _set("ich mich mir mein meine meinen meinem meiner"),
        _set("wir uns unser unsere unseren unserem unserer"),
    ),
    "es": (_set("yo me mi mis conmigo"), _set("nosotros nosotras nuestro nuestra nuestros")),
    "it": (_set("io mi mio mia miei"), _set("noi ci nostro nostra nostri")),
    "ja": (frozenset(["私", "僕", "俺", "わたし"]), frozenset(["私たち", "我々", "弊社", "当社", "私共", "チーム"])),
    "zh": (frozenset(["我"]), frozenset(["我们", "咱们", "本公司"])),
}
# Formal / informal address markers; value = share of formal.
REGISTER_MARKERS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "fr": (_set("vous votre vos"), _set("tu te t' toi ton ta tes")),
    "de": (_set("sie ihnen ihr ihre"), _set("du dich dir dein deine")),
    "es": (_set("usted ustedes su"), _set("tú tu te ti")),
    "ja": (
        frozenset(["です", "ます", "ました", "ません", "ございます"]),
        frozenset(["だ。", "だよ", "だね", "である"]),
    ),
    "zh": (frozenset(["您"]), frozenset(["你"])),
}
STOPWORDS: dict[str, frozenset[str]] = {
    "en": _set(
        "the a an and or but of to in on at for with from by is are was were be been it this that these those "
        "as not no so if than then there their they them he she his her you your its what which who when how "
        "all can will would just about into more most also out up do does did have has had"
    ),
    "fr": _set(
        "le la les l' un une des du de d' et ou mais à au aux en dans sur pour par avec sans est sont été être "
        "ce cet cette ces c' qui que qu' quoi dont où ne n' pas plus il elle ils elles on se s' son sa ses leur "
        "leurs y a ont fait comme tout tous toute toutes très bien aussi"
    ),
    "de": _set(
        "der die das den dem des ein eine einen einem und oder aber in im an am auf für mit von zu zum zur ist "
        "sind war es nicht auch sich so wie als wenn dass"
    ),
    "es": _set("el la los las un una y o pero de del en con por para es son que se no su al"),
    "it": _set("il lo la gli le un una e o ma di del in con per è sono che si non al della"),
}


def is_cjk(language: str) -> bool:
    return language in CJK_LANGUAGES


def tokens(text: str, language: str) -> list[str]:
    """Lower-case words; for Japanese and Chinese, CJK characters (plus any Latin words)."""
    clean = _URL.sub(" ", _HASHTAG.sub(" ", text))
    words = [w.lower().replace("’", "'") for w in _WORD.findall(clean)]
    if language in ("fr", "it"):
        split: list[str] = []
        for word in words:
            head, sep, tail = word.partition("'")
            if sep and len(head) <= 2 and tail:
                split += [head + "'", tail]
            else:
                split.append(word)
        words = split
    if is_cjk(language):
        chars = _CJK_CHAR.findall(clean)
        return chars + [w for w in words if not _CJK_CHAR.search(w)]
    return words


def sentences(paragraph: str) -> list[str]:
    out = []
    for line in paragraph.split("\n"):
        out += [s.strip() for s in _SENTENCE_END.split(line) if s and s.strip()]
    return out


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _BLANK_LINE.split(text.strip()) if p.strip()]


def detect_language(text: str, default: str = "en") -> str:
    """A quick guess from the script and common words; good enough to label imported samples."""
    if _KANA.search(text):
        return "ja"
    if len(_CJK_CHAR.findall(text)) > 10:
        return "zh"
    words = Counter(tokens(text, "fr"))
    best, best_hits = default, 0
    for language, stop in STOPWORDS.items():
        hits = sum(count for word, count in words.items() if word in stop)
        if hits > best_hits:
            best, best_hits = language, hits
    return best


@dataclass(frozen=True, slots=True)
class TextStats:
    """What one text looks like, in numbers."""

    language: str
    chars: int
    words: int
    sentence_length: float  # words (or characters) per sentence
    paragraph_length: float  # sentences per paragraph
    one_line_share: float  # paragraphs of one sentence / paragraphs
    question_rate: float  # per sentence
    exclamation_rate: float
    emoji: int
    hashtags: int
    hashtags_at_end: int
    singular: int
    plural: int
    formal: int
    informal: int
    opening: str
    closing: str
    counts: Counter = field(repr=False, compare=False, default_factory=Counter)

    @property
    def singular_share(self) -> float | None:
        total = self.singular + self.plural
        return self.singular / total if total else None

    @property
    def formal_share(self) -> float | None:
        total = self.formal + self.informal
        return self.formal / total if total else None


def measure(text: str, language: str) -> TextStats:
    text = (text or "").replace("\r\n", "\n").strip()
    every = paragraphs(text)
    # A block of hashtags is not a paragraph of prose; it is counted as hashtags.
    paras = [p for p in every if _HASHTAG.sub("", p).strip()]
    sents = [s for p in paras for s in sentences(p)]
    toks = tokens(text, language)
    counts = Counter(toks)
    per_sentence = [len(tokens(s, language)) for s in sents]
    per_sentence = [n for n in per_sentence if n] or [0]
    tags = _HASHTAG.findall(text)
    last = every[-1] if every else ""
    tags_at_end = len(_HASHTAG.findall(last)) if last and len(_HASHTAG.sub("", last).split()) <= 3 else 0
    singular, plural = _markers(text, toks, PERSON.get(language), language)
    formal, informal = _markers(text, toks, REGISTER_MARKERS.get(language), language)
    if language == "de":
        # "Sie" is formal only when capitalised inside a sentence; "sie" is she/they.
        formal = len(re.findall(r"(?<![.!?]\s)(?<!^)\b(?:Sie|Ihnen|Ihr|Ihre)\b", text, re.MULTILINE))
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return TextStats(
        language=language,
        chars=len(text),
        words=len(toks),
        sentence_length=sum(per_sentence) / len(per_sentence),
        paragraph_length=(len(sents) / len(paras)) if paras else 0.0,
        one_line_share=(sum(1 for p in paras if len(sentences(p)) <= 1) / len(paras)) if paras else 0.0,
        question_rate=(sum(1 for s in sents if s.rstrip("\"'”» )").endswith(("?", "？"))) / len(sents))
        if sents
        else 0.0,
        exclamation_rate=(sum(1 for s in sents if s.rstrip("\"'”» )").endswith(("!", "！"))) / len(sents))
        if sents
        else 0.0,
        emoji=len(_EMOJI.findall(text)),
        hashtags=len(tags),
        hashtags_at_end=tags_at_end,
        singular=singular,
        plural=plural,
        formal=formal,
        informal=informal,
        opening=_phrase(lines[0] if lines else "", language, first=True),
        closing=_phrase(lines[-1] if lines else "", language, first=False),
        counts=counts,
    )


def _markers(text: str, toks: list[str], markers, language: str) -> tuple[int, int]:
    if not markers:
        return 0, 0
    first, second = markers
    if is_cjk(language):
        # Count the longer (plural) forms first so 私たち is not also counted as 私.
        rest = text
        b = 0
        for m in sorted(second, key=len, reverse=True):
            b += rest.count(m)
            rest = rest.replace(m, " ")
        a = sum(rest.count(m) for m in first)
        return a, b
    return sum(1 for t in toks if t in first), sum(1 for t in toks if t in second)


def _phrase(line: str, language: str, *, first: bool) -> str:
    line = _HASHTAG.sub("", line).strip()
    if is_cjk(language):
        return line[:4] if first else line[-4:]
    words = line.split()
    return " ".join(words[:3] if first else words[-3:]).lower()


# -- fingerprint ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Spread:
    mean: float
    sd: float
    n: int = 0

    @classmethod
    def of(cls, values: list[float]) -> Spread:
        if not values:
            return cls(0.0, 0.0, 0)
        mean = sum(values) / len(values)
        var = sum((v - mean) ** 2 for v in values) / (len(values) - 1) if len(values) > 1 else 0.0
        return cls(mean, math.sqrt(var), len(values))


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A voice in one language, measured from its samples."""

    language: str
    samples: int
    unit: str  # "words" or "characters"
    sentence_length: Spread
    paragraph_length: Spread
    post_length: Spread  # characters
    one_line_share: Spread
    question_rate: Spread
    exclamation_rate: Spread
    emoji: Spread  # per post
    hashtags: Spread  # per post
    hashtags_at_end_share: float
    singular_share: Spread  # among first-person markers, posts that have any
    formal_share: Spread
    vocabulary: dict[str, float] = field(repr=False)  # relative frequencies
    vocabulary_fit: Spread = Spread(0.0, 0.0)  # how close each sample is to the profile's vocabulary
    signature_words: tuple[str, ...] = ()
    openings: tuple[str, ...] = ()
    closings: tuple[str, ...] = ()


def _norm(counts: Counter) -> dict[str, float]:
    total = sum(counts.values()) or 1
    return {w: c / total for w, c in counts.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) < len(b) else (b, a)
    dot = sum(v * large.get(k, 0.0) for k, v in small.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def build_fingerprint(texts: list[str], language: str, background: list[str] | None = None) -> Fingerprint:
    """Measure `texts` (one language). `background`: other voices' samples, to find signature words."""
    stats = [measure(t, language) for t in texts if t.strip()]
    total = Counter()
    for s in stats:
        total.update(s.counts)
    vocabulary = _norm(total)
    fits = []
    for s in stats:
        rest = total - s.counts  # leave-one-out, so the fit is honest
        fits.append(cosine(_norm(s.counts), _norm(rest)) if len(stats) > 1 else 1.0)
    tag_total = sum(s.hashtags for s in stats)
    return Fingerprint(
        language=language,
        samples=len(stats),
        unit="characters" if is_cjk(language) else "words",
        sentence_length=Spread.of([s.sentence_length for s in stats]),
        paragraph_length=Spread.of([s.paragraph_length for s in stats]),
        post_length=Spread.of([float(s.chars) for s in stats]),
        one_line_share=Spread.of([s.one_line_share for s in stats]),
        question_rate=Spread.of([s.question_rate for s in stats]),
        exclamation_rate=Spread.of([s.exclamation_rate for s in stats]),
        emoji=Spread.of([float(s.emoji) for s in stats]),
        hashtags=Spread.of([float(s.hashtags) for s in stats]),
        hashtags_at_end_share=(sum(s.hashtags_at_end for s in stats) / tag_total) if tag_total else 0.0,
        singular_share=Spread.of([v for s in stats if (v := s.singular_share) is not None]),
        formal_share=Spread.of([v for s in stats if (v := s.formal_share) is not None]),
        vocabulary=vocabulary,
        vocabulary_fit=Spread.of(fits),
        signature_words=_signature(total, background or [], language),
        openings=_common([s.opening for s in stats]),
        closings=_common([s.closing for s in stats]),
    )


def _signature(counts: Counter, background: list[str], language: str, top: int = 12) -> tuple[str, ...]:
    """Words this voice uses far more than the background (smoothed log-odds)."""
    bg = Counter()
    for text in background:
        bg.update(tokens(text, language))
    stop = STOPWORDS.get(language, frozenset())
    n_a, n_b = sum(counts.values()) or 1, sum(bg.values()) or 1
    scored = []
    for word, count in counts.items():
        if count < 2 or word in stop or (not is_cjk(language) and len(word) < 4):
            continue
        ratio = math.log((count + 0.5) / n_a) - math.log((bg.get(word, 0) + 0.5) / n_b)
        scored.append((ratio * math.sqrt(count), word))
    return tuple(w for _, w in sorted(scored, reverse=True)[:top])


def _common(phrases: list[str], top: int = 3) -> tuple[str, ...]:
    counts = Counter(p for p in phrases if p)
    return tuple(p for p, c in counts.most_common(top) if c >= 2)
