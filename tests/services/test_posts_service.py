"""Posts use cases: versions, workflow with approval hash, sign-off, autosave recovery, search and filters."""

from dataclasses import replace

import pytest

from ghostdesk.domain.errors import NotFound, ValidationError
from ghostdesk.domain.posts import ImageTooLarge, PostFilter, PostLocked, PostStatus, TransitionRefused
from ghostdesk.services import posts
from ghostdesk.services.posts import NotApproved
from ghostdesk.storage import audit_repo, executives_repo, trash_repo

S = PostStatus


@pytest.fixture
def claire(workspace):
    return executives_repo.create(workspace.db, "Claire Vasseur", title="CEO")


def _post(workspace, claire, body="First hook, then the story.", **kwargs):
    return posts.new_post(workspace, claire.id, actor="ines", body=body, **kwargs)


def test_new_post_keeps_a_first_version(workspace, claire):
    post = _post(workspace, claire, title="Hook")
    assert posts.get(workspace, post.id) == post
    assert [v.reason for v in posts.versions(workspace, post.id)] == ["created"]


def test_new_post_needs_a_known_executive(workspace):
    with pytest.raises(NotFound):
        posts.new_post(workspace, "nobody", actor="ines")


def test_each_meaningful_save_is_a_version_and_can_be_restored(workspace, claire):
    post = _post(workspace, claire, body="one")
    posts.save(workspace, replace(post, body="one\ntwo"), actor="ines")
    unchanged = posts.save(workspace, replace(posts.get(workspace, post.id)), actor="ines")
    assert unchanged.version is None
    posts.save(workspace, replace(post, body="one\nthree"), actor="ines")
    history = posts.versions(workspace, post.id)
    assert [v.number for v in history] == [1, 2, 3]
    assert posts.diff(history[1], history[2]) == [(" ", "one"), ("-", "two"), ("+", "three")]
    restored = posts.restore_version(workspace, post.id, 2, actor="ines")
    assert restored.post.body == "one\ntwo" and restored.version.reason == "restored version 2"
    with pytest.raises(NotFound):
        posts.restore_version(workspace, post.id, 99, actor="ines")


def test_invalid_edit_writes_nothing(workspace, claire):
    post = _post(workspace, claire)
    with pytest.raises(ValidationError):
        posts.save(workspace, replace(post, body="x" * 20_001), actor="ines")
    assert posts.get(workspace, post.id).body == post.body
    assert len(posts.versions(workspace, post.id)) == 1


def test_workflow_approval_records_who_when_and_hash(workspace, claire):
    post = _post(workspace, claire)
    with pytest.raises(TransitionRefused):
        posts.set_status(workspace, post.id, S.APPROVED, actor="marc")
    posts.set_status(workspace, post.id, S.IN_REVIEW, actor="ines")
    approved = posts.set_status(workspace, post.id, S.APPROVED, actor="marc")
    assert approved.approval.by == "marc" and approved.approval.content_hash == post.content_hash
    log = audit_repo.for_entity(workspace.db, "post", post.id)
    assert [e.action for e in log] == ["post.status", "post.approve"]
    assert log[-1].content_hash == post.content_hash
    scheduled = posts.set_status(workspace, post.id, S.SCHEDULED, actor="marc")
    assert scheduled.approval_valid


def test_edit_after_approval_goes_back_to_review_and_says_so(workspace, claire):
    post = _post(workspace, claire)
    posts.set_status(workspace, post.id, S.IN_REVIEW, actor="ines")
    approved = posts.approve(workspace, post.id, actor="marc")
    notes_only = posts.save(workspace, replace(approved, notes="ask about the photo"), actor="ines")
    assert not notes_only.sent_back_to_review and notes_only.post.status == S.APPROVED
    result = posts.save(workspace, replace(approved, body="A new hook."), actor="ines")
    assert result.sent_back_to_review and result.post.status == S.IN_REVIEW and result.post.approval is None
    stored = posts.get(workspace, post.id)
    assert stored.status == S.IN_REVIEW and stored.approval is None
    assert audit_repo.for_entity(workspace.db, "post", post.id)[-1].action == "post.sent_back_to_review"
    with pytest.raises(TransitionRefused):
        posts.set_status(workspace, post.id, S.SCHEDULED, actor="marc")


def test_scheduling_needs_a_valid_approval(workspace, claire):
    from ghostdesk.storage import posts_repo

    post = _post(workspace, claire)
    posts.set_status(workspace, post.id, S.IN_REVIEW, actor="ines")
    approved = posts.approve(workspace, post.id, actor="marc")
    back = posts.set_status(workspace, post.id, S.DRAFT, actor="ines")
    assert back.approval is None and posts.get(workspace, post.id).approval is None
    # A row whose content no longer matches its approval (changed outside the studio) cannot be scheduled.
    posts_repo.update(workspace.db, replace(approved, body="changed behind our back"))
    with pytest.raises(NotApproved):
        posts.set_status(workspace, post.id, S.SCHEDULED, actor="marc")


def test_published_posts_are_locked(workspace, claire):
    post = _post(workspace, claire)
    for status in (S.IN_REVIEW, S.APPROVED, S.SCHEDULED, S.PUBLISHED):
        posts.set_status(workspace, post.id, status, actor="marc")
    with pytest.raises(PostLocked):
        posts.save(workspace, replace(post, body="changed after publication"), actor="ines")


def test_executive_signoff_is_tied_to_the_exact_content(workspace, claire):
    post = _post(workspace, claire)
    signoff = posts.sign_off(workspace, post.id, relayed_by="marc", how="email", note="OK by mail")
    assert signoff.executive_id == claire.id and signoff.content_hash == post.content_hash
    assert posts.current_signoff(workspace, posts.get(workspace, post.id)) == signoff
    posts.save(workspace, replace(post, body="Different words."), actor="ines")
    assert posts.current_signoff(workspace, posts.get(workspace, post.id)) is None
    assert audit_repo.for_entity(workspace.db, "post", post.id)[0].action == "post.executive_signoff"
    with pytest.raises(ValidationError):
        posts.sign_off(workspace, post.id, relayed_by="marc", how="telepathy")


def test_autosave_is_recovered_until_saved_or_discarded(workspace, claire):
    post = _post(workspace, claire, body="saved text")
    assert posts.recovered(workspace, post.id) is None
    posts.autosave(workspace, replace(post, body="saved text and more typing", title="T"))
    draft, saved_at = posts.recovered(workspace, post.id)
    assert draft.body == "saved text and more typing" and draft.title == "T" and saved_at
    posts.save(workspace, draft, actor="ines")
    assert posts.recovered(workspace, post.id) is None
    posts.autosave(workspace, replace(post, body="other"))
    posts.discard_autosave(workspace, post.id)
    assert posts.recovered(workspace, post.id) is None


def test_images_are_stored_in_the_workspace_and_capped(workspace, claire, tmp_path):
    post = _post(workspace, claire)
    small = tmp_path / "photo.png"
    small.write_bytes(b"\x89PNG fake")
    updated = posts.add_image(workspace, post.id, small, actor="ines")
    assert len(updated.image_hashes) == 1 and updated.content_hash != post.content_hash
    assert posts.images(workspace, post.id)[0][1:3] == ("photo.png", "image/png")
    big = tmp_path / "huge.jpg"
    big.write_bytes(b"0" * (5 * 1024 * 1024 + 1))
    with pytest.raises(ImageTooLarge):
        posts.add_image(workspace, post.id, big, actor="ines")
    assert len(posts.images(workspace, post.id)) == 1


def test_comments_thread(workspace, claire):
    post = _post(workspace, claire)
    posts.add_comment(workspace, post.id, author="marc", text=" Shorter hook? ")
    assert [(c.author, c.text) for c in posts.comments(workspace, post.id)] == [("marc", "Shorter hook?")]


def test_search_with_snippets_in_several_languages(workspace, claire):
    a = _post(workspace, claire, body="Les réseaux électriques régionaux s'équilibrent en temps réel.", language="fr")
    b = _post(workspace, claire, body="Grid balancing needs humility and better forecasts.", title="Humility")
    _post(workspace, claire, body="Nothing to see here.")
    assert posts.list_ids(workspace, PostFilter(search="reseaux")) == [a.id]  # accents folded
    assert posts.list_ids(workspace, PostFilter(search="forecast")) == [b.id]  # prefix match
    assert posts.list_ids(workspace, PostFilter(search="humility")) == [b.id]
    assert posts.list_ids(workspace, PostFilter(search='" OR *')) == []  # no query injection
    snippet = posts.snippets(workspace, "forecast", [b.id])[b.id]
    assert f"{posts.SNIPPET_START}forecasts{posts.SNIPPET_END}" in snippet
    posts.save(workspace, replace(b, body="Completely different words."), actor="ines")
    assert posts.list_ids(workspace, PostFilter(search="forecast")) == []  # index follows edits


def test_filters(workspace, claire):
    daniel = executives_repo.create(workspace.db, "Daniel Okafor")
    a = _post(workspace, claire, language="fr")
    b = posts.new_post(workspace, daniel.id, actor="ines", body="x", campaign_id="camp-1")
    posts.set_status(workspace, b.id, S.IN_REVIEW, actor="ines")
    assert posts.list_ids(workspace, PostFilter()) == [b.id, a.id]  # newest first
    assert posts.list_ids(workspace, PostFilter(statuses=(S.IN_REVIEW,))) == [b.id]
    assert posts.list_ids(workspace, PostFilter(executive_id=claire.id)) == [a.id]
    assert posts.list_ids(workspace, PostFilter(language="fr")) == [a.id]
    assert posts.list_ids(workspace, PostFilter(campaign_id="camp-1")) == [b.id]
    today = b.created_at[:10]
    assert len(posts.list_ids(workspace, PostFilter(updated_from=today, updated_to=today))) == 2
    assert posts.list_ids(workspace, PostFilter(updated_to="2000-01-01")) == []
    rows = posts.rows(workspace, [a.id, b.id])
    assert rows[b.id].executive_name == "Daniel Okafor" and rows[b.id].status == S.IN_REVIEW


def test_delete_goes_to_the_trash_and_restores_with_history(workspace, claire):
    from ghostdesk.storage import posts_repo

    post = _post(workspace, claire, body="keep me")
    posts.save(workspace, replace(post, body="keep me, v2"), actor="ines")
    posts.delete(workspace, post.id, actor="ines")
    assert posts.list_ids(workspace, PostFilter(search="keep")) == []
    item = trash_repo.items(workspace.db, "post")[0]
    restored = posts_repo.restore(workspace.db, item.id)
    assert restored.body == "keep me, v2" and len(posts.versions(workspace, post.id)) == 2
    assert posts.list_ids(workspace, PostFilter(search="keep")) == [post.id]


def test_search_inside_chinese_and_japanese_text(workspace, claire):
    ja = _post(workspace, claire, body="本日、東京で電力網の新しい予測ツールを発表しました。", language="ja")
    zh = _post(workspace, claire, body="我们在上海发布了新的电网预测工具。", language="zh")
    _post(workspace, claire, body="Nothing in Asian scripts, 100% plain.")
    assert posts.list_ids(workspace, PostFilter(search="予測ツール")) == [ja.id]
    assert posts.list_ids(workspace, PostFilter(search="电网")) == [zh.id]
    assert posts.list_ids(workspace, PostFilter(search="上海 工具")) == [zh.id]
    assert posts.list_ids(workspace, PostFilter(search="電網 %")) == []  # LIKE wildcards are escaped
    assert posts.list_ids(workspace, PostFilter(search="电网", language="ja")) == []
    from ghostdesk.storage import posts_repo

    assert posts_repo.count_ids(workspace.db, PostFilter(search="预测")) == 1
    snippet = posts.snippets(workspace, "电网", [zh.id])[zh.id]
    assert f"{posts.SNIPPET_START}电网{posts.SNIPPET_END}" in snippet


def test_market_variants_say_out_of_date_as_the_variants_service_does(workspace, claire):
    """The list under the posts table reads each variant's staleness without the variants service: the same
    answer, from one read of the master's versions whatever the number of variants."""
    from ghostdesk.services import variants

    master = _post(workspace, claire, title="Grid", body="Grids need humility.")
    lonely = _post(workspace, claire, title="Alone", body="No variants here.")
    variants.create(workspace.db, master.id, "DE", actor="t")
    posts.save(workspace, replace(posts.get(workspace, master.id), title="Grid, renamed"), actor="t")  # not content
    fr = variants.create(workspace.db, master.id, "FR", actor="t")
    variants.create(workspace.db, master.id, "JP", actor="t")
    posts.save(workspace, replace(posts.get(workspace, master.id), body="Grids need humility. Always."), actor="t")
    variants.save(workspace.db, replace(variants.get(workspace.db, fr.id), body="Les réseaux."), actor="t", rebase=True)
    statements: list[str] = []
    workspace.db.conn.set_trace_callback(statements.append)
    try:
        found = posts.market_variants(workspace, master.id)
    finally:
        workspace.db.conn.set_trace_callback(None)
    assert len(statements) == 2  # the variants, then the master's versions once
    assert [(v.market, stale) for v, stale in found] == [("DE", True), ("FR", False), ("JP", True)]
    assert [stale for _v, stale in found] == [variants.stale(workspace.db, v).stale for v, _s in found]
    assert posts.market_variants(workspace, lonely.id) == []
