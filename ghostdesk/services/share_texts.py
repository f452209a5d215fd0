"""Services: N share texts for ambassadors — in a colleague's voice, each distinct from the others.

With a chat provider, the assistant writes them (first person as a colleague, shorter than the post, with
their own angle). Without one — or to top up when the answer has too few distinct texts — an offline
generator fills per-language templates (resources/assist_templates/<lang>.json) with the post's hook, key
phrase, author, link and hashtags: same input, same texts. Every text is checked against the ones already
kept with rapidfuzz (imported lazily); a text too close to another is dropped.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ghostdesk.domain.assist import KIND_CHAT, ChatMessage, Provider
from ghostdesk.domain.assist_actions import MAX_SHARE_TEXTS, SIMILARITY_LIMIT, AssistNoTemplates
from ghostdesk.domain.errors import NotFound, ValidationError
from ghostdesk.domain.posts import hashtags_in
from ghostdesk.services import voices
from ghostdesk.services.assist import AssistService, CancelToken
from ghostdesk.services.assist_actions import default_assist, pick_provider
from ghostdesk.storage import posts_repo
from ghostdesk.storage.connection import Database

TEMPLATE_LANGUAGES = ("en", "fr", "de", "ja", "zh", "es")
HOOK_CHARS = 120
KEY_CHARS = 90
MAX_HASHTAGS = 3
_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_URL = re.compile(r"https?://\S+")
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")
_CJK = ("ja", "zh")

SHARE_SYSTEM = (
    "You write short texts that employees post when they share their company's post on their own profile. "
    "Each text is in the first person, as a colleague (not as the author), shorter than the post, and adds "
    "the employee's own angle: why it matters to them, what they saw, a question to their network. No "
    "hashtags and no links (they are added afterwards). Each text must differ clearly from the others. "
    "Answer with a JSON array of strings only."
)


@dataclass(frozen=True, slots=True)
class ShareSource:
    """What a share text may draw on from the post."""

    text: str
    language: str = ""
    author: str = ""
    link: str = ""
    hashtags: tuple[str, ...] = ()

    @property
    def hook(self) -> str:
        sentences = _sentences(self.text)
        return _shorten(sentences[0], HOOK_CHARS, self.language) if sentences else ""

    @property
    def key(self) -> str:
        """The most telling sentence after the hook (the longest), shortened."""
        rest = _sentences(self.text)[1:]
        return _shorten(max(rest, key=len), KEY_CHARS, self.language) if rest else ""


def _sentences(text: str) -> list[str]:
    body = _URL.sub("", text)
    body = re.sub(r"(?<!\w)#\w+", "", body)
    # A sentence that led to a link ("I'd love your feedback: https://…") ends in a colon once the link is
    # taken out; quoted as it stands it would announce something that never comes.
    found = (s.strip().rstrip(":：").rstrip() for s in _SENTENCE.findall(body))
    return [s for s in found if len(s) > 3]


def _shorten(sentence: str, limit: int, language: str) -> str:
    sentence = sentence.strip()
    if len(sentence) <= limit:
        return sentence
    if language in _CJK:
        return sentence[: limit - 1] + "…"
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def source_for(db: Database, post_id_or_text: str) -> ShareSource:
    """The post (by id) or a bare text as a ShareSource."""
    value = (post_id_or_text or "").strip()
    if _ID.match(value):
        post = posts_repo.get(db, value)
        author = ""
        if post.executive_id:
            try:
                author = voices.get_profile(db, post.executive_id).executive.name
            except NotFound:
                author = ""
        urls = _URL.findall(post.body)
        link = post.links[0] if post.links else (urls[0] if urls else "")
        tags = tuple(post.hashtags) or tuple(hashtags_in(post.body))
        return ShareSource(post.body, post.language, author, link, tags[:MAX_HASHTAGS])
    if not value:
        raise ValidationError("There is no text to share", field="text")
    urls = _URL.findall(value)
    return ShareSource(value, "", "", urls[0] if urls else "", tuple(hashtags_in(value))[:MAX_HASHTAGS])


# -- similarity -----------------------------------------------------------------------------------


def own_words(text: str) -> str:
    """What differs between share texts: the text without links, hashtags, punctuation, case."""
    text = _URL.sub(" ", text)
    text = re.sub(r"(?<!\w)#\w+", " ", text)
    text = text.translate(str.maketrans("", "", string.punctuation + "«»“”„‘’「」。、！？：，"))
    return " ".join(text.casefold().split())


def similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # lazy: rapidfuzz is not needed at start-up

    return float(fuzz.ratio(own_words(a), own_words(b)))


def keep_distinct(candidates, n: int, kept: list[str] | None = None) -> list[str]:
    """Up to `n` texts from `candidates`, in order, each below SIMILARITY_LIMIT against every one kept."""
    kept = list(kept or [])
    for text in candidates:
        if len(kept) >= n:
            break
        text = text.strip()
        if text and all(similarity(text, other) < SIMILARITY_LIMIT for other in kept):
            kept.append(text)
    return kept


# -- offline ------------------------------------------------------------------------------------------


@cache
def templates(language: str) -> tuple[str, ...]:
    code = (language or "").strip().lower()[:2]
    if code not in TEMPLATE_LANGUAGES:
        raise AssistNoTemplates(f"No share-text templates in {language}", language=language)
    raw = resources.files("ghostdesk.resources").joinpath("assist_templates", f"{code}.json").read_text("utf-8")
    return tuple(json.loads(raw)["templates"])


def _slots(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _finish(text: str, source: ShareSource) -> str:
    tail = []
    if source.link:
        tail.append(source.link)
    if source.hashtags:
        tail.append(" ".join(f"#{h.lstrip('#')}" for h in source.hashtags))
    return text.strip() + ("\n\n" + "\n".join(tail) if tail else "")


def offline_candidates(source: ShareSource, language: str) -> list[str]:
    """Every template that can be filled from the source, in an order fixed by the source's content."""
    code = language.lower()[:2]
    same_language = not source.language or source.language.lower()[:2] == code
    values = {"hook": source.hook, "key": source.key, "author": source.author}
    if not same_language:  # quoting the post in another language would mix languages in one text
        values["hook"] = values["key"] = ""
    usable = [t for t in templates(code) if all(values.get(slot) for slot in _slots(t))]
    seed = hashlib.sha256(f"{code}\n{source.text}".encode()).hexdigest()
    random.Random(seed).shuffle(usable)
    return [_finish(t.format(**values), source) for t in usable]


def offline_share_texts(source: ShareSource, language: str, n: int) -> list[str]:
    return keep_distinct(offline_candidates(source, language), n)


# -- with a provider ----------------------------------------------------------------------------------


def parse_texts(answer: str) -> list[str]:
    """The texts in an assistant's answer: a JSON array, or else one text per block/numbered line."""
    cleaned = answer.strip()
    fenced = re.match(r"^```(?:json)?\s*(.*?)\s*```$", cleaned, re.S)
    if fenced:
        cleaned = fenced.group(1)
    try:
        data = json.loads(cleaned)
    except ValueError:
        data = None
    if isinstance(data, list):
        return [str(item).strip() for item in data if str(item).strip()]
    blocks = re.split(r"\n\s*(?:---+|\d+[.)]\s)", "\n" + cleaned)
    return [re.sub(r"^\s*\d+[.)]\s*", "", b).strip() for b in blocks if b.strip()]


def share_messages(source: ShareSource, language: str, n: int) -> list[ChatMessage]:
    about = f"The post's author: {source.author}\n" if source.author else ""
    ask = f"Write {n} different share texts in the language '{language}'.\n{about}"
    return [ChatMessage("system", SHARE_SYSTEM), ChatMessage("user", f"{ask}\nText:\n{source.text}")]


def _assistant_texts(
    assist: AssistService, provider: Provider, source: ShareSource, language: str, n: int, cancel
) -> list[str]:
    proposal = assist.propose(provider, "share_texts", source.text, share_messages(source, language, n), cancel=cancel)
    return [_finish(_URL.sub("", t).strip(), source) for t in parse_texts(proposal.proposed)]


def propose_share_texts(
    db: Database,
    post_id_or_text: str,
    language: str,
    n: int,
    *,
    provider: str | Provider | None = None,
    assist: AssistService | None = None,
    cancel: CancelToken | None = None,
) -> list[str]:
    """Up to `n` distinct share texts in `language` for ambassadors to post with the post.

    `provider` (a Provider or its name) asks that chat assistant, topping up from the offline templates
    when its answer has fewer than `n` distinct texts; None uses the offline templates only (deterministic).
    Fewer than `n` come back only when the templates cannot make more distinct texts."""
    if not 1 <= n <= MAX_SHARE_TEXTS:
        raise ValidationError(f"Ask for 1 to {MAX_SHARE_TEXTS} share texts", field="n", value=n)
    source = source_for(db, post_id_or_text)
    templates(language)  # unknown language: refused before anything is sent
    if provider is None:
        return offline_share_texts(source, language, n)
    assist = assist or default_assist(db)
    if not isinstance(provider, Provider):
        provider = pick_provider(assist, KIND_CHAT, provider, action="share_texts")
    kept = keep_distinct(_assistant_texts(assist, provider, source, language, n, cancel), n)
    return keep_distinct(offline_candidates(source, language), n, kept)
