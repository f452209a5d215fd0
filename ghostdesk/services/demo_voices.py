"""Services: demo voices — two Lumenvale executives with opposite styles, with samples in English and French."""

from __future__ import annotations

import random
from importlib import resources

from ghostdesk.domain.voice import GlossaryEntry, VoiceSettings
from ghostdesk.services import voice_import, voices
from ghostdesk.storage.workspace import Workspace

ACTOR = "demo"

EXECUTIVES = [
    {
        "file": "claire_moreau",
        "name": "Claire Moreau",
        "title": "Chief Executive Officer",
        "bio": "Co-founded Lumenvale after fifteen years at a regional grid operator. Measured, precise, "
        "speaks for the company.",
        "languages": ("fr", "en"),
        "markets": ("FR", "DE", "US"),
        "pillars": ("Energy transition", "Grid reliability", "Public service"),
        "settings": VoiceSettings(
            registers={"fr": "vous"},
            tone={"bold": 3, "casual": 2, "warm": 5},
            emoji_policy="never",
            hashtag_count=2,
            hashtag_position="end",
            preferred_terms=("grid operators", "energy transition"),
            banned_phrases=("game changer", "disruptive", "synergy"),
            glossary=(
                GlossaryEntry("Lumenvale", {}, never_translate=True),
                GlossaryEntry("grid operator", {"fr": "gestionnaire de réseau", "de": "Netzbetreiber"}),
            ),
        ),
    },
    {
        "file": "jordan_hale",
        "name": "Jordan Hale",
        "title": "Chief Technology Officer",
        "bio": "Wrote Lumenvale's first forecasting engine. Direct, hands-on, talks to engineers.",
        "languages": ("en", "fr"),
        "markets": ("US", "FR", "DE"),
        "pillars": ("Forecasting", "Engineering culture", "Hiring"),
        "settings": VoiceSettings(
            registers={"fr": "vous"},
            tone={"bold": 8, "casual": 8, "warm": 6},
            emoji_policy="sparing",
            hashtag_count=3,
            hashtag_position="end",
            preferred_terms=("grid", "forecast"),
            banned_phrases=("leverage", "best-in-class"),
            glossary=(GlossaryEntry("Lumenvale", {}, never_translate=True),),
        ),
    },
]


def populate(workspace: Workspace, rng: random.Random) -> None:
    db = workspace.db
    folder = resources.files("ghostdesk.resources").joinpath("demo", "voices")
    for spec in EXECUTIVES:
        executive = voices.create_executive(
            db,
            spec["name"],
            actor=ACTOR,
            settings=spec["settings"],
            title=spec["title"],
            company="Lumenvale",
            bio=spec["bio"],
            languages=spec["languages"],
            markets=spec["markets"],
            pillars=spec["pillars"],
        )
        for language in spec["languages"]:
            text = folder.joinpath(f"{spec['file']}_{language}.txt").read_text(encoding="utf-8")
            posts = [(p.text, language) for p in voice_import.split_text(text, "txt")]
            voices.add_samples(db, executive.id, posts, actor=ACTOR, source="txt")
