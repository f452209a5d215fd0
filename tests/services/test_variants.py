"""Variants: created from the master, their own workflow and approval hash, master-changed detection, matrix."""

from dataclasses import replace

import pytest

from ghostdesk.domain.posts import PostStatus, TransitionRefused
from ghostdesk.domain.variants import VariantExists, VariantLocked
from ghostdesk.services import posts, variants
from ghostdesk.storage import audit_repo, executives_repo, meta_repo, posts_repo, trash_repo

S = PostStatus
MASTER = "We opened a grid lab in Lyon.\nIt tests balancing software on real feeders."


@pytest.fixture
def post(workspace):
    meta_repo.put(workspace.db, "company", "Lumenvale")
    exec_ = executives_repo.create(workspace.db, "Claire Vasseur", title="CEO")
    return posts.new_post(workspace, exec_.id, actor="ines", body=MASTER, networks=("linkedin", "x"))


def test_create_prefills_from_market_and_marks_the_copy_as_not_adapted(workspace, post):
    cn = variants.create(workspace.db, post.id, "cn", actor="ines")
    assert cn.market == "CN" and cn.language == "zh"
    assert "linkedin" not in cn.networks and cn.networks  # LinkedIn is not available in China
    assert cn.disclosure == "广告"
    assert cn.body == MASTER and not cn.adapted
    findings = variants.check(workspace.db, cn)
    assert any(f.rule_id == "market_adaptation" for f in findings)
    fr = variants.create(workspace.db, post.id, "FR", actor="ines", body="Nous ouvrons un laboratoire à Lyon.")
    assert fr.adapted and fr.networks == ("linkedin", "x") and fr.disclosure == "#collaborateur"


def test_one_variant_per_post_and_market(workspace, post):
    variants.create(workspace.db, post.id, "FR", actor="ines")
    with pytest.raises(VariantExists):
        variants.create(workspace.db, post.id, "fr", actor="ines")


def test_approval_rests_on_the_content_hash_and_an_edit_sends_it_back(workspace, post):
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="ines", body="Nous ouvrons un laboratoire à Lyon.")
    with pytest.raises(TransitionRefused):
        variants.approve(db, fr.id, actor="marc")  # a draft goes to review first
    variants.set_status(db, fr.id, S.IN_REVIEW, actor="ines")
    approved = variants.approve(db, fr.id, actor="marc")
    assert approved.approval_valid and approved.approval.content_hash == approved.content_hash
    assert variants.for_posts(db, [post.id, "other"])[post.id][0].approval.by == "marc"
    edited = variants.save(db, replace(approved, body=approved.body + " Venez nous voir."), actor="ines")
    assert edited.status == S.IN_REVIEW and edited.approval is None
    actions = [e.action for e in audit_repo.for_entity(db, "variant", fr.id)]
    assert actions == ["variant.create", "variant.status", "variant.approve", "variant.sent_back_to_review"]


def test_published_variant_is_locked(workspace, post):
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="ines", body="Texte adapté.")
    variants.set_status(db, fr.id, S.IN_REVIEW, actor="ines")
    variants.approve(db, fr.id, actor="marc")
    variants.set_status(db, fr.id, S.SCHEDULED, actor="marc")
    published = variants.set_status(db, fr.id, S.PUBLISHED, actor="marc")
    with pytest.raises(VariantLocked):
        variants.save(db, replace(published, body="autre"), actor="ines")


def test_master_change_makes_the_variant_stale_with_the_diff_until_rebased(workspace, post):
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="ines", body="Nous ouvrons un laboratoire à Lyon.")
    assert not variants.stale(db, fr).stale
    posts.save(workspace, replace(posts.get(workspace, post.id), title="Only the title"), actor="ines")
    assert not variants.stale(db, fr).stale  # a title is not content
    new_body = MASTER.replace("Lyon", "Grenoble")
    posts.save(workspace, replace(posts.get(workspace, post.id), body=new_body), actor="ines")
    staleness = variants.stale(db, variants.get(db, fr.id))
    assert staleness.stale and staleness.base_version == 1 and staleness.current_version == 3
    assert ("-", "We opened a grid lab in Lyon.") in staleness.diff
    assert ("+", "We opened a grid lab in Grenoble.") in staleness.diff
    rebased = variants.save(db, replace(fr, body="Nous ouvrons un laboratoire à Grenoble."), actor="ines", rebase=True)
    assert rebased.base_version == 3 and not variants.stale(db, rebased).stale


def test_matrix_has_a_cell_per_market_with_status_staleness_and_findings(workspace, post):
    db = workspace.db
    meta_repo.put(db, "company_markets", "US,FR,CN")
    variants.create(db, post.id, "FR", actor="ines", body="Nous ouvrons un laboratoire à Lyon. #collaborateur")
    variants.create(db, post.id, "CN", actor="ines", networks=("linkedin",))
    result = variants.matrix(db)
    assert result.markets == ("US", "FR", "CN")
    (row,) = result.rows
    assert row.cells["US"] is None
    assert row.cells["FR"].status == S.DRAFT and not row.cells["FR"].stale
    assert row.cells["CN"].blocking >= 2  # LinkedIn unavailable + not adapted
    data = result.to_dict()
    assert data["posts"][0]["cells"]["CN"]["blocking"] == row.cells["CN"].blocking


def test_delete_moves_to_trash_and_restores(workspace, post):
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="ines", body="Bonjour")
    variants.delete(db, fr.id, actor="ines")
    assert variants.for_post(db, post.id) == []
    (item,) = trash_repo.items(db, "variant")
    assert variants.restore(db, item.id) == fr


def test_variant_texts_are_searchable(workspace, post):
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="ines", body="Un laboratoire d'équilibrage à Lyon")
    assert [v.id for v in variants.search(db, "equilibrage")] == [fr.id]
    variants.save(db, replace(fr, body="Autre texte"), actor="ines")
    assert variants.search(db, "equilibrage") == []


def test_deleting_the_post_keeps_its_variants_in_the_trash(workspace, post):
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="ines", body="Bonjour à Lyon")
    posts.delete(workspace, post.id, actor="ines")
    assert variants.for_post(db, post.id) == []
    items = {i.entity_type: i for i in trash_repo.items(db)}
    assert items["variant"].entity_id == fr.id and items["variant"].deleted_at < "9"
    posts_repo.restore(db, items["post"].id)
    assert variants.restore(db, items["variant"].id) == fr
