"""The trash: every kind of deleted record is listed, comes back with what went with it, or goes for good."""

from __future__ import annotations

import pytest

from ghostdesk.domain.errors import NotFound
from ghostdesk.domain.trash import RestoreConflict, RestoreNeedsParent
from ghostdesk.services import campaigns, markets, posts, trash, variants, voices
from ghostdesk.storage import audit_repo, executives_repo, voices_repo


@pytest.fixture
def world(workspace):
    db = workspace.db
    claire = voices.create_executive(db, "Claire Vasseur", actor="t", title="CEO")
    voices.add_samples(db, claire.id, [("We opened a grid lab in Lyon today.", "en")], actor="t")
    post = posts.new_post(workspace, claire.id, actor="t", title="Grid lab", body="We opened a grid lab in Lyon.")
    fr = variants.create(db, post.id, "FR", actor="t", body="Nous ouvrons un laboratoire à Lyon.")
    return workspace, claire, post, fr


def _only(db, kind):
    (entry,) = [e for e in trash.entries(db) if e.entity_type == kind]
    return entry


def _actions(db, kind, entity_id):
    return [e.action for e in audit_repo.for_entity(db, kind, entity_id)]


def test_a_post_comes_back_with_its_versions_and_variants(world):
    workspace, _claire, post, fr = world
    db = workspace.db
    posts.delete(workspace, post.id, actor="ines")
    listed = trash.entries(db)
    assert [(e.entity_type, e.label, e.deleted_by, e.with_items) for e in listed] == [("post", "Grid lab", "ines", 1)]
    trash.restore(workspace, listed[0].id, actor="marc")
    assert posts_body(workspace, post.id) == post.body
    assert variants.get(db, fr.id).body == fr.body
    assert trash.entries(db) == []
    assert "trash.restore" in _actions(db, "post", post.id)


def posts_body(workspace, post_id):
    from ghostdesk.storage import posts_repo

    return posts_repo.get(workspace.db, post_id).body


def test_a_variant_waits_for_its_post(world):
    workspace, _claire, post, fr = world
    db = workspace.db
    variants.delete(db, fr.id, actor="t")
    posts.delete(workspace, post.id, actor="t")
    kinds = [e.entity_type for e in trash.entries(db)]
    assert kinds == ["post", "variant"]  # newest first
    with pytest.raises(RestoreNeedsParent) as refused:
        trash.restore(workspace, _only(db, "variant").id, actor="t")
    assert refused.value.fields["parent_type"] == "post" and refused.value.fields["in_trash"]
    assert "restore the post first" in refused.value.message
    trash.restore(workspace, _only(db, "post").id, actor="t")
    # Deleted on its own before the post, the variant stayed in the trash; now it can come back.
    trash.restore(workspace, _only(db, "variant").id, actor="t")
    assert variants.get(db, fr.id).market == "FR"


def test_a_variant_whose_market_is_taken_again_is_refused_and_nothing_changes(world):
    workspace, _claire, post, fr = world
    db = workspace.db
    variants.delete(db, fr.id, actor="t")
    again = variants.create(db, post.id, "FR", actor="t", body="Autre texte.")
    entry = _only(db, "variant")
    with pytest.raises(RestoreConflict) as refused:
        trash.restore(workspace, entry.id, actor="t")
    assert refused.value.fields["field"] == "market"
    assert trash.get(db, entry.id).entity_id == fr.id and variants.get(db, again.id).body == "Autre texte."


def test_an_executive_comes_back_with_voice_and_samples_wait_for_them(world):
    workspace, claire, post, _fr = world
    db = workspace.db
    posts.delete(workspace, post.id, actor="t")
    sample = voices.samples(db, claire.id)[0]
    voices.delete_sample(db, sample.id, actor="t")
    voices.delete_executive(db, claire.id, actor="t")
    with pytest.raises(RestoreNeedsParent) as refused:
        trash.restore(workspace, _only(db, "post").id, actor="t")
    assert refused.value.fields["parent_label"] == "Claire Vasseur"
    with pytest.raises(RestoreNeedsParent):
        trash.restore(workspace, _only(db, "voice_sample").id, actor="t")
    trash.restore(workspace, _only(db, "executive").id, actor="t")
    assert executives_repo.get(db, claire.id).title == "CEO"
    version = voices.current_version(db, claire.id)
    trash.restore(workspace, _only(db, "voice_sample").id, actor="t")
    assert [s.id for s in voices.samples(db, claire.id)] == [sample.id]
    assert voices.current_version(db, claire.id) == version + 1
    trash.restore(workspace, _only(db, "post").id, actor="t")
    assert trash.entries(db) == []


def test_a_market_comes_back_with_its_overrides_unless_its_code_is_taken(workspace):
    db = workspace.db
    markets.copy_market(db, "BR", "Brazil", based_on="ES")
    markets.set_override(db, "BR", "locale", "pt_BR")
    markets.remove_market(db, "BR", deleted_by="t")
    entry = _only(db, "market")
    assert entry.label == "BR"
    markets.copy_market(db, "BR", "Brasil", based_on="FR")
    with pytest.raises(RestoreConflict) as refused:
        trash.restore(workspace, entry.id, actor="t")
    assert refused.value.fields == {"entity_type": "market", "label": "BR", "field": "code", "value": "BR"}
    markets.remove_market(db, "BR", deleted_by="t")
    trash.restore(workspace, entry.id, actor="t")
    assert markets.effective(db, "BR").name == "Brazil" and markets.overrides(db, "BR") == {"locale": "pt_BR"}


def test_a_campaign_comes_back_with_its_posts_unless_its_name_is_taken(world):
    workspace, _claire, post, _fr = world
    db = workspace.db
    c = campaigns.create(db, name="Spring", start="2027-03-01", end="2027-03-31", markets=["FR"], actor="t")
    from ghostdesk.domain.campaigns import CampaignPost

    campaigns.set_posts(db, c.id, [CampaignPost(c.id, post.id, "2027-03-02", "09:00", 0)], actor="t")
    campaigns.delete(db, c.id, actor="t")
    entry = _only(db, "campaign")
    other = campaigns.create(db, name="spring", start="2027-03-01", end="2027-03-31", markets=["FR"], actor="t")
    with pytest.raises(RestoreConflict):
        trash.restore(workspace, entry.id, actor="t")
    campaigns.delete(db, other.id, actor="t")
    trash.restore(workspace, _only_label(db, "Spring").id, actor="t")
    assert campaigns.get(db, c.id).name == "Spring"
    assert [p.post_id for p in campaigns.posts(db, c.id)] == [post.id]


def _only_label(db, label):
    (entry,) = [e for e in trash.entries(db) if e.label == label]
    return entry


def test_purge_takes_companions_and_empty_forgets_voices(world):
    workspace, claire, post, _fr = world
    db = workspace.db
    posts.delete(workspace, post.id, actor="t")
    assert trash.purge(db, _only(db, "post").id, actor="marc") == 2  # the post and its variant
    assert trash.entries(db) == [] and "trash.purge" in _actions(db, "post", post.id)
    with pytest.raises(NotFound):
        trash.restore(workspace, "no-such-item", actor="t")
    voices.delete_executive(db, claire.id, actor="t")
    assert trash.empty(db, actor="marc") == 1
    assert trash.entries(db) == [] and voices_repo.samples(db, claire.id) == []
    assert trash.empty(db, actor="marc") == 0
