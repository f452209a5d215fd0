"""Test helpers: an executive with a voice profile and a post to act on."""

from __future__ import annotations

from ghostdesk.domain.voice import GlossaryEntry, VoiceSettings
from ghostdesk.services import posts, voices

BODY = (
    "We cut our factory's energy use by 30% in two years. It took hundreds of small changes by the people on "
    "the floor, not one big bet. Here is what Lumenvale learned along the way. #energy #manufacturing"
)


def executive_with_voice(db):
    settings = VoiceSettings(
        registers={"fr": "vous"},
        tone={"bold": 7, "casual": 3, "warm": 6},
        sign_off="— Claire",
        preferred_terms=("team", "plant"),
        banned_phrases=("synergy", "game-changer"),
        glossary=(GlossaryEntry("Lumenvale", never_translate=True), GlossaryEntry("plant", {"fr": "usine"})),
    )
    executive = voices.create_executive(db, "Claire Martin", actor="test", settings=settings, company="Lumenvale")
    voices.add_samples(
        db, executive.id, [("Our plant team did it again. Proud of every one of them.", "en")], actor="test"
    )
    return executive


def post_for(workspace, executive, body: str = BODY, language: str = "en"):
    return posts.new_post(
        workspace, executive.id, actor="test", body=body, language=language, links=("https://example.com/energy",)
    )
