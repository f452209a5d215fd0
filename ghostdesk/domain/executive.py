"""Domain: the executive a ghostwriter writes for (their voice profile builds on this)."""

from __future__ import annotations

from dataclasses import dataclass

from ghostdesk.domain.errors import ValidationError

MAX_NAME = 120


@dataclass(frozen=True, slots=True)
class Executive:
    """A person whose voice GhostDesk writes in."""

    id: str
    name: str
    title: str = ""
    company: str = ""
    bio: str = ""
    languages: tuple[str, ...] = ()
    markets: tuple[str, ...] = ()
    pillars: tuple[str, ...] = ()
    has_photo: bool = False
    created_at: str = ""
    updated_at: str = ""


def clean_name(name: str) -> str:
    """Names are single-line, trimmed, printable, 1–120 characters."""
    text = " ".join((name or "").split())
    if not text:
        raise ValidationError("A name is required", field="name")
    if len(text) > MAX_NAME:
        raise ValidationError(f"A name has at most {MAX_NAME} characters", field="name", limit=MAX_NAME)
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in text):
        raise ValidationError("A name cannot hold control characters", field="name")
    return text
