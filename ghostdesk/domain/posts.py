"""Domain: a post, its status workflow, and the content hash that approvals and sign-offs rest on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from ghostdesk.domain.errors import GhostDeskError, ValidationError
from ghostdesk.domain.records import content_hash

MAX_TITLE = 200
MAX_BODY = 20_000
MAX_IMAGE_BYTES = 5 * 1024 * 1024
LANGUAGES = ("en", "fr", "de", "es", "ja", "zh")


class PostStatus(StrEnum):
    IDEA = "idea"
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    ARCHIVED = "archived"


S = PostStatus
# The workflow: forward along the pipeline, archive from anywhere, and back to draft while not yet out.
TRANSITIONS: dict[PostStatus, frozenset[PostStatus]] = {
    S.IDEA: frozenset({S.DRAFT, S.ARCHIVED}),
    S.DRAFT: frozenset({S.IDEA, S.IN_REVIEW, S.ARCHIVED}),
    S.IN_REVIEW: frozenset({S.APPROVED, S.DRAFT, S.ARCHIVED}),
    S.APPROVED: frozenset({S.SCHEDULED, S.DRAFT, S.IN_REVIEW, S.ARCHIVED}),
    S.SCHEDULED: frozenset({S.PUBLISHED, S.APPROVED, S.DRAFT, S.ARCHIVED}),
    S.PUBLISHED: frozenset({S.ARCHIVED}),
    S.ARCHIVED: frozenset({S.DRAFT}),
}
# Content that is out (or put away) is not edited in place; move it back to draft first.
LOCKED = frozenset({S.PUBLISHED, S.ARCHIVED})
# Statuses that rest on an approval of this exact content.
NEEDS_APPROVAL = frozenset({S.APPROVED, S.SCHEDULED, S.PUBLISHED})


class PostError(GhostDeskError):
    code = "post"


class TransitionRefused(PostError):
    code = "post_transition_refused"


class PostLocked(PostError):
    code = "post_locked"


class ImageTooLarge(PostError):
    code = "post_image_too_large"


@dataclass(frozen=True, slots=True)
class Approval:
    by: str
    at: str
    content_hash: str


class ApprovableContent:
    """What a post and a variant share: their `content` (what goes out in the executive's name) is hashed, and an
    `approval` holds while it is about that exact content. Subclasses define `content` and `approval`."""

    __slots__ = ()

    @property
    def content_hash(self) -> str:
        return content_hash(self.content)

    @property
    def approval_valid(self) -> bool:
        return self.approval is not None and self.approval.content_hash == self.content_hash


def clean_hashtags(tags) -> tuple[str, ...]:
    """Hashtags as stored: without their "#", blank ones dropped, each once in its first place."""
    return tuple(dict.fromkeys(t.strip().lstrip("#") for t in tags if t.strip().lstrip("#")))


@dataclass(frozen=True, slots=True)
class Post(ApprovableContent):
    id: str
    executive_id: str
    title: str = ""
    language: str = "en"
    body: str = ""
    links: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    networks: tuple[str, ...] = ("linkedin",)
    campaign_id: str | None = None
    notes: str = ""
    status: PostStatus = PostStatus.DRAFT
    approval: Approval | None = None
    image_hashes: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""

    @property
    def content(self) -> dict:
        """What goes out in the executive's name: what approvals and sign-offs are about (not title or notes)."""
        return {
            "body": self.body,
            "language": self.language,
            "links": list(self.links),
            "hashtags": list(self.hashtags),
            "mentions": list(self.mentions),
            "networks": sorted(self.networks),
            "images": sorted(self.image_hashes),
        }


def check_transition(current: PostStatus, target: PostStatus) -> None:
    if target not in TRANSITIONS[current]:
        raise TransitionRefused(
            f"A post cannot go from {current.value} to {target.value}",
            current=current.value,
            target=target.value,
            allowed=sorted(s.value for s in TRANSITIONS[current]),
        )


def allowed_targets(current: PostStatus) -> list[PostStatus]:
    return [s for s in PostStatus if s in TRANSITIONS[current]]


def after_edit(before: Post, after: Post, *, locked: type[GhostDeskError] = PostLocked, noun: str = "post") -> Post:
    """The status an edit leaves a post (or a variant: `locked` its error, `noun` its name) in: changing approved
    content sends it back to review; published or archived content cannot change."""
    if before.status in LOCKED and before.content_hash != after.content_hash:
        raise locked(
            f"A {before.status.value} {noun} cannot be edited; move it back to draft first",
            status=before.status.value,
        )
    if before.status in NEEDS_APPROVAL and before.approval and after.content_hash != before.approval.content_hash:
        return replace(after, status=PostStatus.IN_REVIEW, approval=None)
    return after


_TAG_RE = re.compile(r"(?<![\w#])#(\w[\w-]*)", re.UNICODE)
_MENTION_RE = re.compile(r"(?<![\w@.])@(\w[\w.-]*\w|\w)", re.UNICODE)


def hashtags_in(text: str) -> list[str]:
    return [m.group(1) for m in _TAG_RE.finditer(text)]


def mentions_in(text: str) -> list[str]:
    return [m.group(1) for m in _MENTION_RE.finditer(text)]


def clean_post(post: Post) -> Post:
    """Validate and normalise user input; raise ValidationError naming the field."""
    title = " ".join(post.title.split())
    if len(title) > MAX_TITLE:
        raise ValidationError(f"A title has at most {MAX_TITLE} characters", field="title", limit=MAX_TITLE)
    if len(post.body) > MAX_BODY:
        raise ValidationError(f"A post has at most {MAX_BODY} characters", field="body", limit=MAX_BODY)
    if post.language not in LANGUAGES:
        raise ValidationError(f"Unknown language {post.language!r}", field="language", value=post.language)
    if not post.executive_id:
        raise ValidationError("A post needs an executive", field="executive")
    body = post.body.replace("\r\n", "\n").replace("\r", "\n")
    return replace(
        post,
        title=title,
        body=body,
        links=tuple(dict.fromkeys(link.strip() for link in post.links if link.strip())),
        hashtags=clean_hashtags(post.hashtags),
        mentions=tuple(dict.fromkeys(m.strip().lstrip("@") for m in post.mentions if m.strip().lstrip("@"))),
        networks=tuple(dict.fromkeys(post.networks)),
    )


@dataclass(frozen=True, slots=True)
class PostVersion:
    id: str
    post_id: str
    number: int
    saved_at: str
    saved_by: str
    reason: str
    content_hash: str
    snapshot: dict = field(default_factory=dict)

    @property
    def body(self) -> str:
        return self.snapshot.get("body", "")


@dataclass(frozen=True, slots=True)
class SignOff:
    """The executive approved this exact content, relayed by someone (they rarely use the tool themselves)."""

    id: str
    post_id: str
    executive_id: str
    content_hash: str
    relayed_by: str
    how: str  # "email", "chat", "in_person", "phone", "other"
    note: str
    signed_at: str


@dataclass(frozen=True, slots=True)
class Comment:
    id: str
    post_id: str
    author: str
    text: str
    created_at: str


@dataclass(frozen=True, slots=True)
class PostRow:
    """One line of the posts table: what the list shows, nothing more."""

    id: str
    title: str
    executive_name: str
    status: PostStatus
    language: str
    networks: tuple[str, ...]
    updated_at: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class PostFilter:
    statuses: tuple[PostStatus, ...] = ()
    executive_id: str | None = None
    campaign_id: str | None = None
    language: str | None = None
    updated_from: str | None = None  # ISO date, inclusive
    updated_to: str | None = None  # ISO date, inclusive
    search: str = ""


SORT_COLUMNS = ("updated", "title", "executive", "status", "language")


@dataclass(frozen=True, slots=True)
class PostSort:
    """The posts table's order. `order` lists the values of a grouped column (status, language, executive id) in
    ascending order — the workflow, the translated names, the executives' names; empty means the stored order.
    Within a group, and for untitled posts when sorting by title, the most recently updated come first."""

    column: str = "updated"
    descending: bool = True
    order: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.column not in SORT_COLUMNS:
            raise ValueError(f"Unknown sort column {self.column!r}")
