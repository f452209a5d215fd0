"""Services: faux-pas checks — run every registered rule over a post or a text, with the workspace's lists.

Importing this package registers the shipped rules (one module per family).
"""

from __future__ import annotations

from collections.abc import Callable

from ghostdesk.domain.checks import Finding
from ghostdesk.services.checks import confidential, figures, form, market, personal, wording  # noqa: F401
from ghostdesk.services.checks.engine import REGISTRY, CheckContext, register, rule, run
from ghostdesk.storage import posts_repo
from ghostdesk.storage.workspace import Workspace

__all__ = [
    "BANNED_PHRASE_SOURCES",
    "REGISTRY",
    "CheckContext",
    "Finding",
    "WordLists",
    "check_post",
    "check_text",
    "context_for",
    "register",
    "rule",
]

# Term kinds in the workspace's check_terms table.
SENSITIVE, FACT, OFFENSIVE, BANNED, DICTIONARY = "sensitive", "fact", "offensive", "banned", "dictionary"


def _voice_profile_banned(workspace: Workspace, executive_id: str | None) -> list[str]:
    """The executive's own banned phrases, from their voice settings (none once the executive is gone)."""
    from ghostdesk.services import voices

    settings = voices.settings_of(workspace.db, executive_id)
    return list(settings.banned_phrases) if settings is not None else []


# Sources of banned phrases besides the workspace's list: fn(workspace, executive_id) -> list[str].
BANNED_PHRASE_SOURCES: list[Callable[[Workspace, str | None], list[str]]] = [_voice_profile_banned]


class WordLists:
    """The word lists the checks read for each language and executive — sensitive terms, approved facts, extra
    offensive words, banned phrases (the workspace's and each source's in `BANNED_PHRASE_SOURCES`) — picked from
    one read of every term (`posts_repo.pick_terms`' rules), the sources asked once per executive, each pair's
    lists picked once. One for a single context (`context_for`), or shared by a caller that builds many (the
    variants matrix, for every language and executive on screen)."""

    KINDS = (SENSITIVE, FACT, OFFENSIVE, BANNED)

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._rows: list[tuple[str, str, str, str | None]] | None = None
        self._sourced: dict[str | None, list[str]] = {}
        self._picked: dict[tuple[str, str | None], tuple[tuple[str, ...], ...]] = {}

    def lists(self, language: str, executive_id: str | None = None) -> tuple[tuple[str, ...], ...]:
        """(sensitive terms, approved facts, extra offensive words, banned phrases) for this pair."""
        found = self._picked.get((language, executive_id))
        if found is not None:
            return found
        if self._rows is None:
            self._rows = posts_repo.terms_of_kinds(self.workspace.db, self.KINDS)
        rows = self._rows
        if executive_id not in self._sourced:
            self._sourced[executive_id] = [
                p for source in BANNED_PHRASE_SOURCES for p in source(self.workspace, executive_id)
            ]
        banned = posts_repo.pick_terms(rows, BANNED, language, executive_id) + self._sourced[executive_id]
        found = self._picked[(language, executive_id)] = (
            tuple(posts_repo.pick_terms(rows, SENSITIVE)),
            tuple(posts_repo.pick_terms(rows, FACT)),
            tuple(posts_repo.pick_terms(rows, OFFENSIVE, language)),
            tuple(dict.fromkeys(banned)),
        )
        return found


def context_for(
    workspace: Workspace,
    language: str,
    *,
    executive_id: str | None = None,
    networks: tuple[str, ...] = ("linkedin",),
    links: tuple[str, ...] = (),
    hashtags: tuple[str, ...] = (),
    mentions: tuple[str, ...] = (),
    lists: WordLists | None = None,
) -> CheckContext:
    """The checks' context for a text; `lists`: word lists already read, shared between many contexts."""
    sensitive, facts, offensive, banned = (lists or WordLists(workspace)).lists(language, executive_id)
    return CheckContext(
        language=language,
        networks=tuple(networks),
        links=tuple(links),
        hashtags=tuple(hashtags),
        mentions=tuple(mentions),
        sensitive_terms=sensitive,
        approved_facts=facts,
        extra_offensive=offensive,
        banned_phrases=banned,
    )


def check_text(workspace: Workspace, text: str, language: str, **kwargs) -> list[Finding]:
    return run(text, context_for(workspace, language, **kwargs))


def check_post(workspace: Workspace, post_id: str) -> list[Finding]:
    post = posts_repo.get(workspace.db, post_id)
    context = context_for(
        workspace,
        post.language,
        executive_id=post.executive_id,
        networks=post.networks,
        links=post.links,
        hashtags=post.hashtags,
        mentions=post.mentions,
    )
    return run(post.body, context)


def add_term(workspace: Workspace, kind: str, term: str, *, language: str = "", executive_id: str | None = None):
    from ghostdesk.domain.errors import ValidationError

    if kind not in (SENSITIVE, FACT, OFFENSIVE, BANNED, DICTIONARY):
        raise ValidationError(f"Unknown term kind {kind!r}", field="kind")
    if not term.strip():
        raise ValidationError("A term cannot be empty", field="term")
    return posts_repo.add_term(workspace.db, kind, term.strip(), language, executive_id)


def terms(workspace: Workspace, kind: str) -> list[str]:
    return posts_repo.terms(workspace.db, kind)


EDITABLE_KINDS = (SENSITIVE, FACT, BANNED, OFFENSIVE, DICTIONARY)


def set_terms(workspace: Workspace, kind: str, lines: list[str]) -> list[str]:
    """Replace a workspace list from user lines (blank lines and duplicates dropped). Returns what was kept."""
    from ghostdesk.domain.errors import ValidationError

    if kind not in EDITABLE_KINDS:
        raise ValidationError(f"Unknown term kind {kind!r}", field="kind")
    kept = list(dict.fromkeys(" ".join(line.split()) for line in lines if line.strip()))
    too_long = [t for t in kept if len(t) > 300]
    if too_long:
        raise ValidationError("A list entry has at most 300 characters", field="terms", value=too_long[0][:40])
    posts_repo.replace_terms(workspace.db, kind, kept)
    return kept
