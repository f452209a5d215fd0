"""Builders for share-kit inputs (plain data, as the campaigns adapter will produce them)."""

from __future__ import annotations

import struct
import zlib
from dataclasses import replace
from datetime import UTC, datetime

from ghostdesk.domain.kits import KitAmbassador, KitCampaign, KitImage, KitInput, KitShare


def png(width: int = 24, height: int = 16) -> bytes:
    """A real (tiny) PNG, so python-docx can embed it."""
    raw = b"".join(b"\x00" + b"\x30\x60\x90" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


CAMPAIGN = KitCampaign(
    id="c-1",
    name="Spring launch",
    objective="leads",
    contact_name="Anna Comms",
    contact_email="anna@example.com",
    company="Acme",
    slug="spring-launch",
)

DISTINCT = [
    "We shipped the new planner today and I am proud of what the team built.",
    "Three months of late-night debugging, and the planner finally feels fast.",
    "Our customers asked for offline mode; here it is, and it works on trains too.",
    "Small change, big effect: the calendar now respects every market's holidays.",
    "I tested the new export on my own team first. Honest verdict inside.",
    "What I learned from watching fifty people try our onboarding.",
]


def share(text: str = DISTINCT[0], **changes) -> KitShare:
    base = KitShare(
        id="s-1",
        planned_at=datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
        network="linkedin",
        link="https://acme.example/news/planner?ref=blog",
        texts=(text,),
        hashtags=("planner", "#launch"),
        images=(KitImage("visual.png", png()),),
        slot="wave-1",
        approved=True,
        content_hash="h1",
        approved_hash="h1",
    )
    return replace(base, **changes)


def kit(
    index: int = 0,
    language: str = "en",
    *,
    name: str | None = None,
    shares: tuple[KitShare, ...] | None = None,
    time_zone: str = "Europe/Paris",
    locale: str = "",
    market: str = "FR",
    **changes,
) -> KitInput:
    person = KitAmbassador(
        id=f"amb-{index}",
        name=name if name is not None else f"Person {index}",
        email=f"p{index}@example.com",
        language=language,
        market=market,
        time_zone=time_zone,
        locale=locale,
    )
    if shares is None:
        shares = (share(DISTINCT[index % len(DISTINCT)] + f" #{index}", id=f"s-{index}"),)
    base = KitInput(
        campaign=CAMPAIGN,
        ambassador=person,
        shares=shares,
        disclosure="#employee — I work at Acme",
        opt_out="Reply STOP to anna@example.com, no questions asked.",
        participation="",
    )
    return replace(base, **changes)
