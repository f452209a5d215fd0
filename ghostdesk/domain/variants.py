"""Domain: a market variant — one master post adapted (not just translated) for one market.

A variant follows the posts' own workflow (draft → in review → approved …, `domain.posts.TRANSITIONS`) and
its approval rests on the hash of its own content, exactly like a post's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ghostdesk.domain.errors import GhostDeskError, ValidationError
from ghostdesk.domain.posts import (
    LANGUAGES,
    MAX_BODY,
    ApprovableContent,
    Approval,
    PostStatus,
    PostVersion,
    clean_hashtags,
)

MAX_REVIEWER = 120
MAX_DISCLOSURE = 200


class VariantError(GhostDeskError):
    code = "variant"


class VariantExists(VariantError):
    """One variant per (post, market)."""

    code = "variant_exists"


class VariantLocked(VariantError):
    code = "variant_locked"


class VariantNotApproved(VariantError):
    code = "variant_not_approved"


@dataclass(frozen=True, slots=True)
class Variant(ApprovableContent):
    id: str
    post_id: str
    market: str  # upper-case market code, e.g. "FR"
    language: str
    networks: tuple[str, ...] = ()
    body: str = ""
    hashtags: tuple[str, ...] = ()
    link: str = ""
    disclosure: str = ""
    status: PostStatus = PostStatus.DRAFT
    reviewer: str = ""  # the local reviewer (a person in that market)
    base_version: int = 0  # the master's version number this variant was adapted from
    planned_date: str = ""  # ISO date, optional
    adapted: bool = False  # False while the body is still the master's text, copied as a starting point
    approval: Approval | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def content(self) -> dict:
        """What goes out in the executive's name in that market: what an approval is about."""
        return {
            "market": self.market,
            "body": self.body,
            "language": self.language,
            "networks": sorted(self.networks),
            "hashtags": list(self.hashtags),
            "link": self.link,
            "disclosure": self.disclosure,
        }

    @property
    def full_text(self) -> str:
        """The text as it goes out: body, then the disclosure and hashtags when not already in the body."""
        parts = [self.body.rstrip()]
        if self.disclosure and self.disclosure.casefold() not in self.body.casefold():
            parts.append(self.disclosure)
        tags = [f"#{t}" for t in self.hashtags if f"#{t}".casefold() not in self.body.casefold()]
        if tags:
            parts.append(" ".join(tags))
        return "\n\n".join(p for p in parts if p)


def clean_variant(variant: Variant) -> Variant:
    """Validate and normalise; raise ValidationError naming the field."""
    if len(variant.body) > MAX_BODY:
        raise ValidationError(f"A variant has at most {MAX_BODY} characters", field="body", limit=MAX_BODY)
    if variant.language not in LANGUAGES:
        raise ValidationError(f"Unknown language {variant.language!r}", field="language", value=variant.language)
    if not variant.market.strip():
        raise ValidationError("A variant needs a market", field="market")
    reviewer = " ".join(variant.reviewer.split())
    if len(reviewer) > MAX_REVIEWER:
        raise ValidationError("The reviewer's name is too long", field="reviewer", limit=MAX_REVIEWER)
    disclosure = " ".join(variant.disclosure.split())
    if len(disclosure) > MAX_DISCLOSURE:
        raise ValidationError("The disclosure label is too long", field="disclosure", limit=MAX_DISCLOSURE)
    planned = variant.planned_date.strip()
    if planned:
        from datetime import date

        try:
            planned = date.fromisoformat(planned[:10]).isoformat()
        except ValueError:
            raise ValidationError(f"Not a date: {planned!r}", field="planned_date", value=planned) from None
    return replace(
        variant,
        market=variant.market.strip().upper(),
        body=variant.body.replace("\r\n", "\n").replace("\r", "\n"),
        networks=tuple(dict.fromkeys(n.strip().lower() for n in variant.networks if n.strip())),
        hashtags=clean_hashtags(variant.hashtags),
        link=variant.link.strip(),
        disclosure=disclosure,
        reviewer=reviewer,
        planned_date=planned,
    )


@dataclass(frozen=True, slots=True)
class Staleness:
    """Whether the master changed since the variant's base version, and the master's diff since then."""

    stale: bool
    base_version: int
    current_version: int
    diff: tuple[tuple[str, str], ...] = ()  # (tag, line): ' ', '-', '+' — as posts.diff
    base: PostVersion | None = None
    current: PostVersion | None = None


@dataclass(frozen=True, slots=True)
class MatrixCell:
    variant_id: str
    status: PostStatus
    stale: bool
    blocking: int  # findings that block
    warnings: int
    approved: bool  # holds a valid approval of its current content
    counted: bool = True  # False: the finding counts are not known yet (0 until the checks run)


@dataclass(frozen=True, slots=True)
class MatrixRow:
    post_id: str
    title: str
    language: str
    status: PostStatus
    cells: dict  # market code → MatrixCell | None (no variant yet)


@dataclass(frozen=True, slots=True)
class Matrix:
    markets: tuple[str, ...]
    rows: tuple[MatrixRow, ...]

    def to_dict(self) -> dict:
        return {
            "markets": list(self.markets),
            "posts": [
                {
                    "post_id": r.post_id,
                    "title": r.title,
                    "language": r.language,
                    "status": r.status.value,
                    "cells": {
                        m: (
                            None
                            if c is None
                            else {
                                "variant_id": c.variant_id,
                                "status": c.status.value,
                                "stale": c.stale,
                                "blocking": c.blocking,
                                "warnings": c.warnings,
                                "approved": c.approved,
                            }
                        )
                        for m, c in r.cells.items()
                    },
                }
                for r in self.rows
            ],
        }
