"""Services: the writing-assistant actions — rewrite in voice, translate, adapt to a market — as Proposals.

Each builds its prompt here (never in the UI) from the executive's voice profile and, for adaptation, the
market profile, then calls the `AssistService`. Nothing is saved: the caller shows the Proposal and applies
it only when the user accepts.
"""

from __future__ import annotations

import re

from ghostdesk.domain.assist import KIND_CHAT, KIND_DEEPL, ChatMessage, Proposal, Provider
from ghostdesk.domain.assist_actions import AssistNoProvider
from ghostdesk.domain.errors import NotFound, ValidationError
from ghostdesk.domain.voice import TONE_SCALES
from ghostdesk.markets.profiles import MarketProfile
from ghostdesk.markets.rules import disclosure_texts
from ghostdesk.services import markets, voices
from ghostdesk.services.assist import AssistService, CancelToken
from ghostdesk.storage import posts_repo
from ghostdesk.storage.connection import Database

SAMPLES_IN_PROMPT = 3
SAMPLE_CHARS = 700
# What each end of a tone scale means (0 … 10), for the prompt.
TONE_ENDS = {"bold": ("reserved", "bold"), "casual": ("formal", "casual"), "warm": ("serious", "warm")}
# DeepL wants a variant for English; the others take the plain code.
DEEPL_TARGETS = {"en": "EN-GB", "pt": "PT-PT"}
_KEEP = re.compile(r"https?://\S+|(?<!\w)[#@]\w+")

ADAPT_SYSTEM = (
    "You help a ghostwriter adapt an executive's approved master post for another market. Write the variant "
    "in the market's language and register, in the executive's voice. Keep the facts, figures, names and "
    "links; add no claims. Respect the networks' limits and the market's checklist, and include the "
    "disclosure wording when one is given. Keep never-translate terms exactly as written. Answer with the "
    "variant's text only."
)


# -- choosing a provider ---------------------------------------------------------------------------


def pick_provider(assist: AssistService, kind: str, name: str | None = None, *, action: str = "") -> Provider:
    """The named provider, or the first one of `kind`; `AssistNoProvider` when there is none."""
    if name:
        provider = assist.provider(name)
        if provider.kind != kind:
            raise ValidationError(f"{provider.name} cannot do that", field="provider", provider=provider.name)
        return provider
    found = [p for p in assist.providers() if p.kind == kind]
    if not found:
        what = "DeepL translator" if kind == KIND_DEEPL else "chat assistant"
        message = f"No {what} is configured"
        if action == "adapt":
            message += (
                ", so no variant can be proposed. Adapt the post in the side-by-side variant editor, "
                "with the market's checklist beside the master; it needs no network"
            )
        raise AssistNoProvider(message, kind=kind, action=action)
    return next((p for p in found if p.consent), found[0])


def has_provider(assist: AssistService, kind: str) -> bool:
    return any(p.kind == kind for p in assist.providers())


def default_assist(db: Database) -> AssistService:
    """A service with the system keyring and a fresh HTTP client (the CLI's; the GUI passes its own)."""
    from ghostdesk.services.assist import HttpClient
    from ghostdesk.services.secrets import SecretStore

    return AssistService(db, SecretStore(), HttpClient())


# -- the voice, in words ---------------------------------------------------------------------------


def never_translate_terms(db: Database, executive_id: str | None) -> list[str]:
    if not executive_id:
        return []
    settings = voices.get_profile(db, executive_id).settings
    return [g.term for g in settings.glossary if g.never_translate and g.term.strip()]


def voice_brief(db: Database, executive_id: str, language: str, *, samples: int = SAMPLES_IN_PROMPT) -> str:
    """The executive's voice profile as prompt text: tone, register, terms, banned phrases, sign-off, samples."""
    profile = voices.get_profile(db, executive_id)
    who, s = profile.executive, profile.settings
    lines = [
        f"Author: {who.name}" + (f", {who.title}" if who.title else "") + (f" at {who.company}" if who.company else "")
    ]
    tones = []
    for scale in TONE_SCALES:
        low, high = TONE_ENDS[scale]
        tones.append(f"{low}–{high} {int(s.tone.get(scale, 5))}/10")
    lines.append("Tone: " + "; ".join(tones))
    if s.registers.get(language):
        lines.append(f"Register in {language}: {s.registers[language]}")
    lines.append(f"Emoji: {s.emoji_policy}; hashtags: at most {s.hashtag_count}, placed {s.hashtag_position}")
    if s.preferred_terms:
        lines.append("Preferred terms: " + ", ".join(s.preferred_terms))
    if s.banned_phrases:
        lines.append("Never use: " + ", ".join(s.banned_phrases))
    renderings = [f"{g.term} → {g.renderings[language]}" for g in s.glossary if g.renderings.get(language)]
    if renderings:
        lines.append("Glossary: " + "; ".join(renderings))
    kept = never_translate_terms(db, executive_id)
    if kept:
        lines.append("Never translate: " + ", ".join(kept))
    if s.sign_off:
        lines.append(f"Sign-off: {s.sign_off}")
    chosen = voices.samples(db, executive_id, language)[:samples]
    for number, sample in enumerate(chosen, 1):
        lines.append(f"Sample {number}:\n{sample.text[:SAMPLE_CHARS].strip()}")
    return "\n".join(lines)


# -- rewrite and translate -------------------------------------------------------------------------


def rewrite_in_voice(
    db: Database,
    executive_id: str,
    text: str,
    language: str,
    *,
    assist: AssistService,
    provider: str | Provider | None = None,
    cancel: CancelToken | None = None,
) -> Proposal:
    """The selected `text` rewritten in the executive's voice (a Proposal; nothing changes)."""
    chosen = (
        provider if isinstance(provider, Provider) else pick_provider(assist, KIND_CHAT, provider, action="rewrite")
    )
    instructions = voice_brief(db, executive_id, language) if executive_id else ""
    return assist.rewrite_in_voice(chosen, text, f"Language: {language}\n{instructions}", cancel=cancel)


def untranslatable(text: str) -> list[str]:
    """Links, hashtags and mentions in `text`: kept as written in a translation."""
    return list(dict.fromkeys(_KEEP.findall(text)))


def deepl_target(language: str) -> str:
    code = language.strip().lower()
    return DEEPL_TARGETS.get(code, code.upper())


def translate(
    db: Database,
    executive_id: str | None,
    text: str,
    target_language: str,
    *,
    assist: AssistService,
    provider: str | Provider | None = None,
    source_language: str | None = None,
    cancel: CancelToken | None = None,
) -> Proposal:
    """`text` translated by DeepL, the voice's never-translate terms kept as written (a Proposal)."""
    chosen = (
        provider if isinstance(provider, Provider) else pick_provider(assist, KIND_DEEPL, provider, action="translate")
    )
    done = assist.translate(
        chosen,
        text,
        deepl_target(target_language),
        [*never_translate_terms(db, executive_id), *untranslatable(text)],
        source_lang=source_language,
        cancel=cancel,
    )
    return Proposal(action="translate", original=text, proposed=done.text, provider=chosen.name)


# -- adapt to a market -----------------------------------------------------------------------------


def market_brief(profile: MarketProfile, company: str = "") -> str:
    """The market profile as prompt text: language, register, disclosure, networks and limits, checklist."""
    lines = [f"Market: {profile.name} ({profile.code}); language {profile.language}"]
    register = profile.register
    words = [register.formality]
    if register.address:
        words.append(f"address readers as {register.address}")
    if register.note:
        words.append(register.note)
    lines.append("Register: " + "; ".join(words))
    if register.wrong_markers:
        lines.append("Avoid (wrong register): " + ", ".join(register.wrong_markers))
    wordings = disclosure_texts(profile, company)
    if wordings:
        lines.append(f"Disclosure to include: {wordings[0]}")
    for rule in profile.network_rules:
        limits = []
        if rule.limit:
            limits.append(f"limit {rule.limit} characters ({rule.counting})")
        if rule.fold:
            limits.append(f"first {rule.fold} characters show before 'see more'")
        lines.append(f"Network {rule.name}: " + (", ".join(limits) or "no known limit"))
    if profile.checklist:
        lines.append("Checklist:\n" + "\n".join(f"- {item}" for item in profile.checklist))
    return "\n".join(lines)


def adapt_messages(db: Database, post_id: str, market_code: str) -> tuple[str, list[ChatMessage], MarketProfile]:
    """The master text and the chat messages that ask for its variant in `market_code`."""
    post = posts_repo.get(db, post_id)
    if not post.body.strip():
        raise ValidationError("The post has no text to adapt", field="body", post=post_id)
    profile = markets.effective(db, market_code)
    company = ""
    voice = ""
    if post.executive_id:
        try:
            company = voices.get_profile(db, post.executive_id).executive.company
            voice = voice_brief(db, post.executive_id, profile.language)
        except NotFound:
            voice = ""
    parts = [market_brief(profile, company)]
    if voice:
        parts.append("Voice:\n" + voice)
    extras = []
    if post.links:
        extras.append("Links: " + " ".join(post.links))
    if post.hashtags:
        extras.append("Hashtags: " + " ".join(f"#{h.lstrip('#')}" for h in post.hashtags))
    if extras:
        parts.append("\n".join(extras))
    parts.append(f"Master ({post.language}):\nText:\n{post.body}")
    return post.body, [ChatMessage("system", ADAPT_SYSTEM), ChatMessage("user", "\n\n".join(parts))], profile


def adapt_to_market(
    db: Database,
    post_id: str,
    market_code: str,
    provider: str | Provider | None = None,
    *,
    assist: AssistService | None = None,
    cancel: CancelToken | None = None,
) -> Proposal:
    """A proposed variant of the post for the market (master + market profile + voice + glossary). Nothing is
    saved. Without a chat provider: `AssistNoProvider` (the offline path is the side-by-side variant editor)."""
    original, messages, _profile = adapt_messages(db, post_id, market_code)
    assist = assist or default_assist(db)
    chosen = provider if isinstance(provider, Provider) else pick_provider(assist, KIND_CHAT, provider, action="adapt")
    return assist.propose(chosen, "adapt", original, messages, cancel=cancel)
