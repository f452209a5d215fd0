"""The status workflow and the approval hash rules (pure domain)."""

from dataclasses import replace

import pytest

from ghostdesk.domain.errors import ValidationError
from ghostdesk.domain.posts import (
    Approval,
    Post,
    PostLocked,
    PostStatus,
    TransitionRefused,
    after_edit,
    allowed_targets,
    check_transition,
    clean_post,
    hashtags_in,
    mentions_in,
)

S = PostStatus

ALLOWED = [
    (S.IDEA, S.DRAFT),
    (S.DRAFT, S.IN_REVIEW),
    (S.IN_REVIEW, S.APPROVED),
    (S.APPROVED, S.SCHEDULED),
    (S.SCHEDULED, S.PUBLISHED),
    (S.PUBLISHED, S.ARCHIVED),
    (S.IN_REVIEW, S.DRAFT),
    (S.APPROVED, S.DRAFT),
    (S.SCHEDULED, S.DRAFT),
    (S.ARCHIVED, S.DRAFT),
]
REFUSED = [
    (S.IDEA, S.APPROVED),
    (S.DRAFT, S.APPROVED),
    (S.DRAFT, S.PUBLISHED),
    (S.IN_REVIEW, S.SCHEDULED),
    (S.PUBLISHED, S.DRAFT),
    (S.ARCHIVED, S.PUBLISHED),
    (S.DRAFT, S.DRAFT),
]


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_allowed_transitions(current, target):
    check_transition(current, target)
    assert target in allowed_targets(current)


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_refused_transitions_say_what_is_allowed(current, target):
    with pytest.raises(TransitionRefused) as caught:
        check_transition(current, target)
    assert caught.value.fields["current"] == current.value
    assert caught.value.fields["allowed"] == sorted(s.value for s in allowed_targets(current))


def _approved(body="Our hook."):
    post = Post(id="p", executive_id="e", body=body, status=S.APPROVED)
    return replace(post, approval=Approval("boss", "2026-01-01T00:00:00+00:00", post.content_hash))


def test_editing_approved_content_sends_it_back_to_review():
    post = _approved()
    assert post.approval_valid
    edited = after_edit(post, replace(post, body="Our new hook."))
    assert edited.status == S.IN_REVIEW and edited.approval is None


def test_editing_title_or_notes_keeps_the_approval():
    post = _approved()
    edited = after_edit(post, replace(post, title="Internal", notes="call Marc"))
    assert edited.status == S.APPROVED and edited.approval_valid


def test_published_content_is_locked():
    post = replace(_approved(), status=S.PUBLISHED)
    with pytest.raises(PostLocked):
        after_edit(post, replace(post, body="changed"))


def test_content_hash_covers_what_goes_out():
    post = Post(id="p", executive_id="e", body="x")
    assert post.content_hash != replace(post, links=("https://a.example",)).content_hash
    assert post.content_hash != replace(post, networks=("x",)).content_hash
    assert post.content_hash == replace(post, title="t", notes="n").content_hash


def test_clean_post_validates_and_normalises():
    post = clean_post(Post(id="p", executive_id="e", title="  a   b ", body="x\r\ny", hashtags=("#ai", "ai", " ")))
    assert post.title == "a b" and post.body == "x\ny" and post.hashtags == ("ai",)
    with pytest.raises(ValidationError):
        clean_post(Post(id="p", executive_id="e", language="xx"))
    with pytest.raises(ValidationError):
        clean_post(Post(id="p", executive_id=""))


def test_hashtags_and_mentions_found_in_text():
    text = "Thanks @claire.v and @Lumenvale! #GridTech #énergie mail a@b.com C#"
    assert hashtags_in(text) == ["GridTech", "énergie"]
    assert mentions_in(text) == ["claire.v", "Lumenvale"]
