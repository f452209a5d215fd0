"""Voice profiles through the service API: versions, samples, fingerprint cache and scores."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from ghostdesk.domain.errors import ValidationError
from ghostdesk.domain.voice import NoVoiceSamples
from ghostdesk.services import voices
from ghostdesk.services.voice_import import split_text
from ghostdesk.storage import executives_repo, trash_repo


def load(files, name):
    return [p.text for p in split_text((files / "voices" / name).read_text("utf-8"), "txt")]


@pytest.fixture
def two_voices(workspace, files):
    db = workspace.db
    dana = voices.create_executive(db, "Dana", actor="t", title="CEO")
    voices.add_samples(db, dana.id, [(t, "en") for t in load(files, "dana_en.txt")], actor="t")
    henri = voices.create_executive(db, "Henri Hartmann", actor="t")
    voices.add_samples(db, henri.id, [(t, "en") for t in load(files, "hartmann_en.txt")], actor="t")
    return dana, henri


def test_every_save_makes_a_version_that_says_what_changed(workspace):
    db = workspace.db
    exec_ = voices.create_executive(db, "Ada Lovelace", actor="alice")
    assert voices.current_version(db, exec_.id) == 1
    profile = voices.get_profile(db, exec_.id)
    # Saving without a change makes no new version.
    assert voices.save_profile(db, profile.executive, profile.settings, actor="alice") == 1
    settings = replace(profile.settings, tone={"bold": 9, "casual": 5, "warm": 5}, banned_phrases=("synergy",))
    executive = replace(profile.executive, title="Countess")
    assert voices.save_profile(db, executive, settings, actor="bob") == 2
    voices.add_samples(db, exec_.id, [("We measure twice. We cut once.", "en")], actor="bob")
    history = voices.versions(db, exec_.id)
    assert [v.number for v in history] == [3, 2, 1]
    fields = {c["field"]: c for c in history[1].changes}
    assert fields["tone.bold"] == {"field": "tone.bold", "before": 5, "after": 9}
    assert fields["title"]["after"] == "Countess"
    assert fields["banned_phrases"]["after"] == ["synergy"]
    assert history[1].actor == "bob"
    assert {c["field"] for c in history[0].changes} == {"languages", "samples.en"}


def test_bad_settings_are_refused_and_nothing_changes(workspace):
    db = workspace.db
    exec_ = voices.create_executive(db, "Ada", actor="t")
    profile = voices.get_profile(db, exec_.id)
    with pytest.raises(ValidationError):
        voices.save_profile(
            db, replace(profile.executive, title="X"), replace(profile.settings, emoji_policy="lots"), actor="t"
        )
    assert voices.get_profile(db, exec_.id).executive.title == ""
    assert voices.current_version(db, exec_.id) == 1


def test_score_tells_apart_two_voices_and_names_the_banned_phrase(workspace, two_voices):
    db = workspace.db
    dana, henri = two_voices
    draft = "Shipped it! 🚀\n\nI love this team.\n\nWhat would you build next?\n\n#startups #product #shipping"
    assert voices.score_text(db, dana.id, draft).score > voices.score_text(db, henri.id, draft).score + 20
    profile = voices.get_profile(db, dana.id)
    voices.save_profile(db, profile.executive, replace(profile.settings, banned_phrases=("love this",)), actor="t")
    result = voices.score_text(db, dana.id, draft, "en")
    banned = next(d for d in result.dimensions if d.name == "banned_phrases")
    assert banned.code == "banned" and "'love this'" in banned.advice
    assert result.profile_version == voices.current_version(db, dana.id)


def test_score_needs_samples_in_the_language(workspace, two_voices):
    dana, _ = two_voices
    with pytest.raises(NoVoiceSamples) as caught:
        voices.score_text(workspace.db, dana.id, "Bonjour à toutes et à tous.", "fr")
    assert caught.value.fields["available"] == ["en"]


def test_fingerprint_is_cached_until_the_samples_change(workspace, two_voices):
    db = workspace.db
    dana, _ = two_voices
    first = voices.fingerprint(db, dana.id, "en")
    assert voices.fingerprint(db, dana.id, "en") is first
    voices.add_samples(db, dana.id, [("One more short post!", "en")], actor="t")
    assert voices.fingerprint(db, dana.id, "en").samples == first.samples + 1


def test_live_scoring_of_a_3000_character_post_is_under_50_ms(workspace, two_voices, files):
    db = workspace.db
    dana, _ = two_voices
    text = "\n\n".join(load(files, "lina_en.txt"))[:3000]
    voices.score_text(db, dana.id, text, "en")  # first call builds the cached fingerprint
    start = time.perf_counter()
    for _ in range(10):
        voices.score_text(db, dana.id, text, "en")
    assert (time.perf_counter() - start) / 10 < 0.050


def test_deleting_an_executive_keeps_photo_and_voice_for_restore(workspace, two_voices):
    db = workspace.db
    dana, _ = two_voices
    voices.set_photo(db, dana.id, b"\x89PNG fake", actor="t")
    voices.delete_executive(db, dana.id, actor="t")
    assert [e.name for e in executives_repo.list_all(db)] == ["Henri Hartmann"]
    item = trash_repo.items(db, "executive")[0]
    executives_repo.restore(db, item.id)
    assert voices.photo(db, dana.id) == b"\x89PNG fake"
    assert len(voices.samples(db, dana.id)) == 16


def test_sample_edit_and_delete_make_versions_and_go_to_the_trash(workspace, two_voices):
    db = workspace.db
    dana, _ = two_voices
    before = voices.current_version(db, dana.id)
    sample = voices.samples(db, dana.id)[0]
    voices.update_sample(db, sample.id, "Edited post.", "en", actor="t")
    voices.delete_sample(db, sample.id, actor="t")
    assert voices.current_version(db, dana.id) == before + 2
    assert voices.versions(db, dana.id)[1].changes[0]["field"] == "samples.edited"
    assert trash_repo.items(db, "voice_sample")[0].entity_id == sample.id
    with pytest.raises(ValidationError):
        voices.update_sample(db, voices.samples(db, dana.id)[0].id, "   ", "en", actor="t")


def test_settings_of_is_one_read_and_says_when_the_executive_is_gone(workspace):
    """The checks' banned phrases and the variants' glossary both come from `settings_of`: the saved settings,
    the defaults for an executive who never saved any, nothing once the executive is gone — in one statement."""
    from ghostdesk.domain.voice import GlossaryEntry, VoiceSettings
    from ghostdesk.services import checks, variants

    db = workspace.db
    saved = executives_repo.create(db, "Claire Vasseur")
    entry = GlossaryEntry(term="GridOS")
    voices.save_profile(db, saved, VoiceSettings(banned_phrases=("game changer",), glossary=(entry,)), actor="t")
    bare = executives_repo.create(db, "Daniel Okafor")
    db.execute("DELETE FROM voice_profiles WHERE executive_id = ?", [bare.id])  # never saved any settings
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        found = voices.settings_of(db, saved.id)
        assert len(statements) == 1
        assert found.banned_phrases == ("game changer",) and found.glossary == (entry,)
        assert voices.settings_of(db, bare.id) == VoiceSettings()
        assert voices.settings_of(db, "no-such-executive") is None
        assert voices.settings_of(db, None) is None
        assert len(statements) == 3  # nothing read without an executive
        statements.clear()
        assert checks.BANNED_PHRASE_SOURCES[0](workspace, saved.id) == ["game changer"]
        assert variants._glossary(db, saved.id) == (entry,)
        assert checks.BANNED_PHRASE_SOURCES[0](workspace, "no-such-executive") == []
        assert variants._glossary(db, "no-such-executive") == ()
        assert len(statements) == 4  # one each (a whole profile was four reads)
    finally:
        db.conn.set_trace_callback(None)
    voices.delete_executive(db, saved.id, actor="t")  # the voice settings stay for a restore, unused meanwhile
    assert voices.settings_of(db, saved.id) is None and variants._glossary(db, saved.id) == ()
