"""UI: the words for voice dimensions, profile changes and voice errors — the core gives codes and facts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.ui.i18n import count

if TYPE_CHECKING:
    from ghostdesk.domain.voice import Dimension

translate = QCoreApplication.translate

_RATES = {"one_line_paragraphs", "questions", "exclamations", "person", "register"}


def language_name(code: str) -> str:
    names = {
        "en": translate("VoiceTexts", "English"),
        "fr": translate("VoiceTexts", "French"),
        "de": translate("VoiceTexts", "German"),
        "es": translate("VoiceTexts", "Spanish"),
        "it": translate("VoiceTexts", "Italian"),
        "ja": translate("VoiceTexts", "Japanese"),
        "zh": translate("VoiceTexts", "Chinese"),
    }
    return names.get(code, code)


def dimension_label(name: str) -> str:
    labels = {
        "sentence_length": translate("VoiceTexts", "Sentence length"),
        "paragraph_length": translate("VoiceTexts", "Paragraph length"),
        "post_length": translate("VoiceTexts", "Post length"),
        "one_line_paragraphs": translate("VoiceTexts", "One-line paragraphs"),
        "questions": translate("VoiceTexts", "Questions"),
        "exclamations": translate("VoiceTexts", "Exclamations"),
        "emoji": translate("VoiceTexts", "Emoji"),
        "hashtags": translate("VoiceTexts", "Hashtags"),
        "person": translate("VoiceTexts", "“I” rather than “we”"),
        "vocabulary": translate("VoiceTexts", "Word choice"),
        "register": translate("VoiceTexts", "Form of address"),
        "banned_phrases": translate("VoiceTexts", "Banned phrases"),
        "emoji_policy": translate("VoiceTexts", "Emoji policy"),
        "hashtag_count": translate("VoiceTexts", "Number of hashtags"),
        "hashtag_position": translate("VoiceTexts", "Hashtag position"),
        "sign_off": translate("VoiceTexts", "Sign-off"),
        "glossary": translate("VoiceTexts", "Glossary"),
    }
    return labels.get(name, name)


def figure(name: str, value: float) -> str:
    if name in _RATES:
        from ghostdesk.ui.i18n import percent

        return percent(value)
    if name in ("post_length", "emoji", "hashtags", "hashtag_count"):
        return f"{value:.0f}"
    from PySide6.QtCore import QLocale  # decimals as the interface's locale writes them (1,5 in French)

    if name == "vocabulary":
        return QLocale().toString(float(value), "f", 2)
    return QLocale().toString(float(value), "f", 1)


def _action(name: str, code: str) -> str:
    actions = {
        ("sentence_length", "higher"): translate("VoiceTexts", "Split long sentences."),
        ("sentence_length", "lower"): translate("VoiceTexts", "Write fuller sentences."),
        ("paragraph_length", "higher"): translate("VoiceTexts", "Break paragraphs up with blank lines."),
        ("paragraph_length", "lower"): translate("VoiceTexts", "Group sentences into fuller paragraphs."),
        ("post_length", "higher"): translate("VoiceTexts", "Cut: this voice writes shorter posts."),
        ("post_length", "lower"): translate("VoiceTexts", "Say more: this voice writes longer posts."),
        ("one_line_paragraphs", "higher"): translate("VoiceTexts", "Use fewer one-line paragraphs."),
        ("one_line_paragraphs", "lower"): translate("VoiceTexts", "Use more one-line paragraphs."),
        ("questions", "higher"): translate("VoiceTexts", "Ask fewer questions."),
        ("questions", "lower"): translate("VoiceTexts", "Ask the reader something."),
        ("exclamations", "higher"): translate("VoiceTexts", "Drop some exclamation marks."),
        ("exclamations", "lower"): translate("VoiceTexts", "This voice is more emphatic."),
        ("emoji", "higher"): translate("VoiceTexts", "Remove emoji."),
        ("emoji", "lower"): translate("VoiceTexts", "This voice uses emoji."),
        ("hashtags", "higher"): translate("VoiceTexts", "Remove hashtags."),
        ("hashtags", "lower"): translate("VoiceTexts", "Add the usual hashtags."),
    }
    return actions.get((name, code), "")


def dimension_advice(d: Dimension) -> str:
    """One sentence: what differs and what to do, in the interface language."""
    label = dimension_label(d.name)
    if d.ok:
        return translate("VoiceTexts", "{0}: as usual.").format(label)
    if d.name == "person":
        if d.code == "singular":
            return translate("VoiceTexts", "Says “I” where this voice says “we” ({0} “I”, usually {1}).").format(
                figure("person", d.value), figure("person", d.expected)
            )
        return translate("VoiceTexts", "Says “we” where this voice says “I” ({0} “I”, usually {1}).").format(
            figure("person", d.value), figure("person", d.expected)
        )
    if d.name == "vocabulary":
        words = ", ".join(d.facts.get("signature", []))
        text = translate("VoiceTexts", "Word choice is unlike the samples.")
        if words:
            text += " " + translate("VoiceTexts", "This voice often uses: {0}.").format(words)
        return text
    if d.name == "register":
        return translate("VoiceTexts", "The form of address differs from this voice ({0} formal, usually {1}).").format(
            figure("register", d.value), figure("register", d.expected)
        )
    if d.name == "banned_phrases":
        found = ", ".join(f"“{p}”" for p in d.facts.get("found", []))
        return translate("VoiceTexts", "Banned phrase: {0}.").format(found)
    if d.name == "emoji_policy":
        return translate("VoiceTexts", "This voice never uses emoji.")
    if d.name == "hashtag_count":
        return count(
            int(d.value),
            translate("VoiceTexts", "{0} hashtag; this voice uses at most {1}."),
            translate("VoiceTexts", "{0} hashtags; this voice uses at most {1}."),
            int(d.expected),
        )
    if d.name == "hashtag_position":
        return translate("VoiceTexts", "Hashtags go at the end in this voice, not inside sentences.")
    if d.name == "sign_off":
        return translate("VoiceTexts", "Missing the sign-off “{0}”.").format(d.facts.get("sign_off", ""))
    if d.name == "glossary":
        return translate("VoiceTexts", "Keep these terms untranslated: {0}.").format(
            ", ".join(d.facts.get("terms", []))
        )
    return (
        translate("VoiceTexts", "{0}: {1} (usually {2}). {3}")
        .format(label, figure(d.name, d.value), figure(d.name, d.expected), _action(d.name, d.code))
        .strip()
    )


def change_label(field: str) -> str:
    head, _, tail = field.partition(".")
    fields = {
        "created": translate("VoiceTexts", "Profile created"),
        "name": translate("VoiceTexts", "Name"),
        "title": translate("VoiceTexts", "Title"),
        "company": translate("VoiceTexts", "Company"),
        "bio": translate("VoiceTexts", "Bio"),
        "languages": translate("VoiceTexts", "Languages"),
        "markets": translate("VoiceTexts", "Markets"),
        "pillars": translate("VoiceTexts", "Content pillars"),
        "photo": translate("VoiceTexts", "Photo"),
        "emoji_policy": translate("VoiceTexts", "Emoji policy"),
        "hashtag_count": translate("VoiceTexts", "Hashtags per post"),
        "hashtag_position": translate("VoiceTexts", "Hashtag position"),
        "sign_off": translate("VoiceTexts", "Sign-off"),
        "preferred_terms": translate("VoiceTexts", "Preferred terms"),
        "banned_phrases": translate("VoiceTexts", "Banned phrases"),
        "glossary": translate("VoiceTexts", "Glossary"),
    }
    if head == "registers":
        return translate("VoiceTexts", "Register ({0})").format(tail)
    if head == "tone":
        return tone_label(tail)
    if head == "samples":
        if tail == "edited":
            return translate("VoiceTexts", "Samples edited")
        return translate("VoiceTexts", "Samples ({0})").format(language_name(tail))
    return fields.get(field, field)


def tone_label(scale: str) -> str:
    return {
        "bold": translate("VoiceTexts", "Reserved ↔ bold"),
        "casual": translate("VoiceTexts", "Formal ↔ casual"),
        "warm": translate("VoiceTexts", "Serious ↔ warm"),
    }.get(scale, scale)


def _short(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        text = ", ".join(v if isinstance(v, str) else str(v.get("term", v)) for v in value)
    else:
        text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def change_text(change: dict[str, Any]) -> str:
    label = change_label(change["field"])
    if change["field"] in ("created", "samples.edited"):
        return label
    if change["field"] == "photo":
        return translate("VoiceTexts", "Photo changed")
    return translate("VoiceTexts", "{0}: {1} → {2}").format(
        label, _short(change.get("before")), _short(change.get("after"))
    )


def error_text(exc: GhostDeskError) -> str:
    f = exc.fields
    if exc.code == "voice_import_failed":
        problems = getattr(exc, "problems", [])
        lines = [translate("VoiceTexts", "Nothing was imported. These rows could not be read:")]
        for p in problems[:20]:
            reason = {
                "columns": translate("VoiceTexts", "wrong number of fields (look for a stray comma or quote)"),
                "quote": translate("VoiceTexts", "a quote is opened and never closed"),
                "too_long": translate("VoiceTexts", "the post is too long to be a sample"),
                "missing_column": translate("VoiceTexts", "no ShareCommentary column: is this LinkedIn's Shares.csv?"),
            }.get(p.code, p.message)
            lines.append(translate("VoiceTexts", "Row {0}: {1}").format(p.row, reason))
        return "\n".join(lines)
    if exc.code == "voice_unsupported_file":
        return {
            "type": translate("VoiceTexts", "Choose a .txt file, a Word .docx file or LinkedIn's Shares.csv."),
            "docx": translate("VoiceTexts", "This Word file cannot be read. Save it again as .docx and retry."),
            "encoding": translate("VoiceTexts", "This file is not readable text. Save it as UTF-8 and retry."),
        }.get(f.get("reason", ""), translate("VoiceTexts", "This file cannot be read."))
    if exc.code == "voice_no_samples":
        return translate("VoiceTexts", "There are no samples in this language yet: add some to score texts in it.")
    if exc.code == "executive_has_posts":
        return count(
            int(f.get("posts", 0)),
            translate("VoiceTexts", "{1} has {0} post written in their name. Delete or reassign it first."),
            translate("VoiceTexts", "{1} has {0} posts written in their name. Delete or reassign them first."),
            f.get("executive", ""),
        )
    if exc.code == "invalid":
        return translate("VoiceTexts", "Please check this field: {0}").format(f.get("field", ""))
    return exc.message
