"""The demo workspace holds two Lumenvale executives whose voices the scorer tells apart."""

from __future__ import annotations

from ghostdesk.services import demo, voices


def test_demo_has_two_distinct_voices_in_english_and_french(tmp_path):
    with demo.build(tmp_path / "demo.ghostdesk") as ws:
        profiles = voices.list_profiles(ws.db)
        assert [p.executive.name for p in profiles] == ["Claire Moreau", "Jordan Hale"]
        assert all(p.sample_counts.get("en", 0) >= 5 and p.sample_counts.get("fr", 0) >= 5 for p in profiles)
        claire, jordan = profiles
        assert claire.settings.emoji_policy == "never" and "synergy" in claire.settings.banned_phrases
        punchy = "Shipped tonight! ⚡\n\nI'm proud of this team.\n\nWho's next?\n\n#gridtech #engineering #energy"
        assert (
            voices.score_text(ws.db, jordan.executive.id, punchy).score
            > voices.score_text(ws.db, claire.executive.id, punchy).score
        )
