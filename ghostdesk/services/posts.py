"""Services: the drafting studio's use cases — create, edit (with versions), workflow, approval, sign-off,
autosave and recovery, history, search and the posts table."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound, ValidationError
from ghostdesk.domain.posts import (
    LOCKED,
    MAX_IMAGE_BYTES,
    ImageTooLarge,
    Post,
    PostError,
    PostFilter,
    PostLocked,
    PostRow,
    PostSort,
    PostStatus,
    PostVersion,
    SignOff,
    after_edit,
    clean_post,
)
from ghostdesk.services import approvals
from ghostdesk.storage import audit_repo, executives_repo, posts_repo
from ghostdesk.storage.workspace import Workspace

if TYPE_CHECKING:
    from ghostdesk.domain.variants import Variant


class NotApproved(PostError):
    """Scheduling or publishing needs a valid approval of the current content."""

    code = "post_not_approved"


SIGNOFF_CHANNELS = ("email", "chat", "in_person", "phone", "other")


@dataclass(frozen=True, slots=True)
class SaveResult:
    post: Post
    version: PostVersion | None  # None when nothing meaningful changed
    sent_back_to_review: bool = False


def new_post(
    workspace: Workspace,
    executive_id: str,
    *,
    actor: str,
    title: str = "",
    language: str = "en",
    body: str = "",
    networks: tuple[str, ...] = ("linkedin",),
    status: PostStatus = PostStatus.DRAFT,
    campaign_id: str | None = None,
    notes: str = "",
    links: tuple[str, ...] = (),
) -> Post:
    executives_repo.get(workspace.db, executive_id)  # a clear NotFound rather than a constraint error
    now = utc_now_iso()
    post = clean_post(
        Post(
            id=new_id(),
            executive_id=executive_id,
            title=title,
            language=language,
            body=body,
            networks=tuple(networks),
            status=status,
            campaign_id=campaign_id,
            notes=notes,
            links=links,
            created_at=now,
            updated_at=now,
        )
    )
    with workspace.db.atomic():
        posts_repo.insert(workspace.db, post)
        posts_repo.add_version(workspace.db, post, saved_by=actor, reason="created")
    return post


def get(workspace: Workspace, post_id: str) -> Post:
    return posts_repo.get(workspace.db, post_id)


def save(workspace: Workspace, edited: Post, *, actor: str, reason: str = "edit") -> SaveResult:
    """Save an edit. A version is kept when content, title or notes changed; editing approved content sends
    the post back to review (and the audit log says so)."""
    db = workspace.db
    before = posts_repo.get(db, edited.id)
    edited = replace(edited, status=before.status, approval=before.approval, image_hashes=before.image_hashes)
    after = replace(after_edit(before, clean_post(edited)), created_at=before.created_at, updated_at=utc_now_iso())
    sent_back = before.status != after.status
    latest = posts_repo.latest_version(db, after.id)
    changed = (
        latest is None
        or latest.content_hash != after.content_hash
        or latest.snapshot.get("title") != after.title
        or latest.snapshot.get("notes") != after.notes
    )
    with db.atomic():
        posts_repo.update(db, after)
        version = posts_repo.add_version(db, after, saved_by=actor, reason=reason) if changed else None
        posts_repo.clear_autosave(db, after.id)
        if sent_back:
            audit_repo.record(
                db,
                actor=actor,
                action="post.sent_back_to_review",
                entity_type="post",
                entity_id=after.id,
                content_hash=after.content_hash,
                details={"from": before.status.value, "approved_hash": before.approval.content_hash},
            )
    return SaveResult(after, version, sent_back)


def set_status(workspace: Workspace, post_id: str, target: PostStatus, *, actor: str) -> Post:
    db = workspace.db
    post = posts_repo.get(db, post_id)
    if target == PostStatus.APPROVED and post.status == PostStatus.IN_REVIEW:
        return approve(workspace, post_id, actor=actor)
    return approvals.move(
        db, post, target, actor=actor, entity_type="post", update=posts_repo.update, not_approved=NotApproved
    )


def approve(workspace: Workspace, post_id: str, *, actor: str) -> Post:
    """Record who approved, when, and the hash of exactly what they approved."""
    db = workspace.db
    post = posts_repo.get(db, post_id)
    return approvals.approve(db, post, actor=actor, entity_type="post", update=posts_repo.update, details={})


def sign_off(workspace: Workspace, post_id: str, *, relayed_by: str, how: str, note: str = "") -> SignOff:
    """The executive approved this exact version; `relayed_by` says who passed it on, `how` by what channel."""
    if how not in SIGNOFF_CHANNELS:
        raise ValidationError(f"Unknown channel {how!r}", field="how", allowed=list(SIGNOFF_CHANNELS))
    db = workspace.db
    post = posts_repo.get(db, post_id)
    signoff = SignOff(new_id(), post_id, post.executive_id, post.content_hash, relayed_by, how, note, utc_now_iso())
    with db.atomic():
        posts_repo.add_signoff(db, signoff)
        audit_repo.record(
            db,
            actor=relayed_by,
            action="post.executive_signoff",
            entity_type="post",
            entity_id=post_id,
            content_hash=post.content_hash,
            details={"how": how, "executive_id": post.executive_id, "note": note},
        )
    return signoff


def signoffs(workspace: Workspace, post_id: str) -> list[SignOff]:
    return posts_repo.signoffs(workspace.db, post_id)


def market_variants(workspace: Workspace, post_id: str) -> list[tuple[Variant, bool]]:
    """The post's market variants (market order), each with whether it is out of date: the master's content
    changed since the version it was adapted from. The same answer as `variants.stale(...).stale`, for the
    list under the posts table: the master's versions are read once (not once a variant), no diff is made,
    and the markets' rules (the variants service) are not loaded for it."""
    from ghostdesk.storage import variants_repo

    found = variants_repo.for_posts(workspace.db, [post_id])
    if not found:
        return []
    versions = posts_repo.versions(workspace.db, post_id)
    if not versions:
        return [(variant, False) for variant in found]
    current = versions[-1]
    by_number = {v.number: v for v in versions}
    return [
        (variant, by_number.get(variant.base_version, versions[0]).content_hash != current.content_hash)
        for variant in found
    ]


def current_signoff(workspace: Workspace, post: Post) -> SignOff | None:
    """The newest executive sign-off of the post's current content, if any."""
    return _current_of(post, posts_repo.signoffs(workspace.db, post.id))


def _current_of(post: Post, signoffs) -> SignOff | None:
    matching = [s for s in signoffs if s.content_hash == post.content_hash]
    return matching[-1] if matching else None


@dataclass(frozen=True, slots=True)
class OpenedPost:
    """A post as the editor opens it: `recovered` as `recovered()` says, `signoff` as `current_signoff()`."""

    post: Post
    recovered: tuple[Post, str] | None
    signoff: SignOff | None
    executive_name: str
    executive_title: str


def open_post(workspace: Workspace, post_id: str) -> OpenedPost:
    """`get`, `recovered` and `current_signoff` together, read in one statement for most posts."""
    read = posts_repo.for_editor(workspace.db, post_id)
    return OpenedPost(
        post=read.post,
        recovered=_recovered_from(read.post, read.autosave),
        signoff=_current_of(read.post, read.signoffs) if read.signoffs else None,
        executive_name=read.executive_name,
        executive_title=read.executive_title,
    )


# -- autosave ------------------------------------------------------------------------------------

_AUTOSAVED = ("title", "body", "language", "notes", "links", "hashtags", "mentions", "networks")


def autosave(workspace: Workspace, post: Post) -> str:
    """Keep the editor's unsaved state (one row per post, replaced each time); returns when it was kept."""
    snapshot = {
        "title": post.title,
        "body": post.body,
        "language": post.language,
        "notes": post.notes,
        "links": list(post.links),
        "hashtags": list(post.hashtags),
        "mentions": list(post.mentions),
        "networks": list(post.networks),
    }
    return posts_repo.put_autosave(workspace.db, post.id, snapshot)


def recovered(workspace: Workspace, post_id: str) -> tuple[Post, str] | None:
    """The post with its unsaved autosaved edits applied, and when they were kept; None when there are none."""
    found = posts_repo.get_autosave(workspace.db, post_id)
    if found is None:
        return None
    return _recovered_from(posts_repo.get(workspace.db, post_id), found)


def _recovered_from(post: Post, found: tuple[dict, str] | None) -> tuple[Post, str] | None:
    if found is None:
        return None
    snapshot, saved_at = found
    values = {k: (tuple(v) if isinstance(v, list) else v) for k, v in snapshot.items() if k in _AUTOSAVED}
    draft = replace(post, **values)
    if draft == post:
        return None
    return draft, saved_at


def discard_autosave(workspace: Workspace, post_id: str) -> None:
    with workspace.db.atomic():
        posts_repo.clear_autosave(workspace.db, post_id)


# -- history -------------------------------------------------------------------------------------


def versions(workspace: Workspace, post_id: str) -> list[PostVersion]:
    return posts_repo.versions(workspace.db, post_id)


def diff(older: PostVersion, newer: PostVersion) -> list[tuple[str, str]]:
    """Line diff of two versions' bodies: (tag, line) with tag ' ', '-' or '+'."""
    result = []
    import difflib  # on first use, as hashlib and mimetypes below: opening the Posts page needs none

    for line in difflib.ndiff(older.body.splitlines(), newer.body.splitlines()):
        if line.startswith("? "):
            continue
        result.append((line[0], line[2:]))
    return result


def restore_version(workspace: Workspace, post_id: str, number: int, *, actor: str) -> SaveResult:
    for version in versions(workspace, post_id):
        if version.number == number:
            break
    else:
        raise NotFound(f"No version {number} of {post_id}", entity="post_version", id=f"{post_id}#{number}")
    post = posts_repo.get(workspace.db, post_id)
    snap = version.snapshot
    restored = replace(
        post,
        title=snap.get("title", post.title),
        body=snap["body"],
        language=snap["language"],
        notes=snap.get("notes", post.notes),
        links=tuple(snap["links"]),
        hashtags=tuple(snap["hashtags"]),
        mentions=tuple(snap["mentions"]),
        networks=tuple(snap["networks"]),
    )
    return save(workspace, restored, actor=actor, reason=f"restored version {number}")


# -- the posts table and search ------------------------------------------------------------------


def list_ids(workspace: Workspace, flt: PostFilter) -> list[str]:
    return posts_repo.list_ids(workspace.db, flt)


def page_ids(
    workspace: Workspace, flt: PostFilter, *, limit: int, after: tuple[str, str] | None = None
) -> list[tuple[str, str]]:
    return posts_repo.page_ids(workspace.db, flt, limit=limit, after=after)


def table_page(
    workspace: Workspace,
    flt: PostFilter,
    sort: PostSort | None = None,
    *,
    limit: int,
    cursor: object = None,
    with_rows: bool = False,
) -> posts_repo.TablePage:
    """A page of the posts table in display order from `cursor` (None: the first); its `cursor` says where the
    next starts (None: no more). `with_rows` also reads the lines (and a search's snippets) in the same query."""
    return posts_repo.table_page(workspace.db, flt, sort, limit=limit, cursor=cursor, with_rows=with_rows)


def count(workspace: Workspace, flt: PostFilter) -> int:
    return posts_repo.count_ids(workspace.db, flt)


def rows(workspace: Workspace, ids: list[str]) -> dict[str, PostRow]:
    return posts_repo.rows(workspace.db, ids)


def snippets(workspace: Workspace, search: str, ids: list[str]) -> dict[str, str]:
    return posts_repo.snippets(workspace.db, search, ids)


SNIPPET_START, SNIPPET_END = posts_repo.SNIPPET_START, posts_repo.SNIPPET_END


def used_hashtags(workspace: Workspace) -> list[str]:
    return posts_repo.used_tags(workspace.db, "hashtags")


def used_mentions(workspace: Workspace) -> list[str]:
    return posts_repo.used_tags(workspace.db, "mentions")


def delete(workspace: Workspace, post_id: str, *, actor: str) -> None:
    """Move the post (versions included) to the trash; its market variants go to the trash with it."""
    posts_repo.delete(workspace.db, post_id, deleted_by=actor)


def restore(workspace: Workspace, trash_id: str) -> Post:
    """Bring a deleted post back from the trash, with its versions and the market variants that went to the
    trash with it (variants deleted on their own earlier stay there), in one transaction."""
    from ghostdesk.storage import variants_repo

    with workspace.db.atomic():
        post = posts_repo.restore(workspace.db, trash_id)
        variants_repo.restore_with_post(workspace.db, post.id)
    return post


def executives(workspace: Workspace):
    return executives_repo.list_all(workspace.db)


# -- comments and images -------------------------------------------------------------------------


def add_comment(workspace: Workspace, post_id: str, *, author: str, text: str):
    posts_repo.get(workspace.db, post_id)
    return posts_repo.add_comment(workspace.db, post_id, author, text.strip())


def comments(workspace: Workspace, post_id: str):
    return posts_repo.comments(workspace.db, post_id)


def add_image(workspace: Workspace, post_id: str, path: Path, *, actor: str) -> Post:
    """Store an image inside the workspace (one file stays one file). Too large → ImageTooLarge, nothing kept."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise ImageTooLarge(f"{path.name} is {size} bytes", name=path.name, size=size, limit=MAX_IMAGE_BYTES)
    data = path.read_bytes()
    import hashlib
    import mimetypes

    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    post = posts_repo.get(workspace.db, post_id)
    if post.status in LOCKED:
        raise PostLocked(f"A {post.status.value} post cannot be edited", status=post.status.value)
    with workspace.db.atomic():
        posts_repo.add_image(workspace.db, post_id, path.name, mime, hashlib.sha256(data).hexdigest(), data)
    # A new image changes the content, so it follows the same approval rule as a text edit.
    result = save(workspace, post, actor=actor, reason="image added")
    return result.post


def images(workspace: Workspace, post_id: str):
    return posts_repo.images(workspace.db, post_id)
