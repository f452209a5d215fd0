"""Services: voice profiles and posts together — banned phrases in checks, deleting an author."""

from __future__ import annotations

import dataclasses

import pytest

from ghostdesk.domain.voice import ExecutiveHasPosts
from ghostdesk.services import checks, posts, voices
from ghostdesk.storage import executives_repo


def test_profile_banned_phrases_are_flagged_in_drafts(workspace):
    executive = voices.create_executive(workspace.db, "Claire Moreau", actor="t")
    profile = voices.get_profile(workspace.db, executive.id)
    voices.save_profile(
        workspace.db, executive, dataclasses.replace(profile.settings, banned_phrases=("synergy",)), actor="t"
    )
    text = "Real synergy with our partners."
    found = checks.check_text(workspace, text, "en", executive_id=executive.id)
    spans = [text[f.start : f.end].lower() for f in found if f.has_span]
    assert "synergy" in spans
    other = executives_repo.create(workspace.db, "Jordan Hale")
    found = checks.check_text(workspace, text, "en", executive_id=other.id)
    assert "synergy" not in [text[f.start : f.end].lower() for f in found if f.has_span]


def test_an_executive_with_posts_cannot_be_deleted(workspace):
    executive = executives_repo.create(workspace.db, "Jordan Hale")
    posts.new_post(workspace, executive_id=executive.id, actor="t")
    with pytest.raises(ExecutiveHasPosts) as caught:
        voices.delete_executive(workspace.db, executive.id, actor="t")
    assert caught.value.fields == {"executive": "Jordan Hale", "posts": 1}
    assert executives_repo.get(workspace.db, executive.id).name == "Jordan Hale"
