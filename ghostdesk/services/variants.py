"""Services: market variants — one master post adapted for each market, with its own workflow and approval.

API used by other features (all take the workspace connection, `ghostdesk.storage.connection.Database`):
- `for_posts(db, post_ids) -> dict[post_id, list[Variant]]`; each `Variant.approval_valid` and
  `Variant.approval.content_hash` (== `Variant.content_hash` when valid) say what was approved.
- `get`, `for_post`, `create`, `save`, `set_status`, `approve`, `delete`, `stale`, `check`, `matrix`.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, replace

from ghostdesk.domain.checks import Finding, Severity
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound
from ghostdesk.domain.posts import LANGUAGES, Post, PostFilter, PostStatus, after_edit
from ghostdesk.domain.variants import (
    Matrix,
    MatrixCell,
    MatrixRow,
    Staleness,
    Variant,
    VariantExists,
    VariantLocked,
    VariantNotApproved,
    clean_variant,
)
from ghostdesk.markets import rules as market_rules
from ghostdesk.markets.profiles import MarketProfile
from ghostdesk.services import approvals, markets, voices
from ghostdesk.storage import audit_repo, markets_repo, meta_repo, posts_repo, variants_repo
from ghostdesk.storage.connection import Database

# The markets the matrix shows when no variant exists yet (the demo company's markets come from its meta).
DEFAULT_MARKETS = ("US", "FR", "DE", "JP", "CN")


@dataclass(frozen=True)
class _Workspace:
    """What the checks' context builder reads from a workspace: its connection."""

    db: Database


def company(db: Database) -> str:
    return meta_repo.get(db, "company", "")


def workspace_markets(db: Database) -> tuple[str, ...]:
    """The markets this workspace works in: its `company_markets` setting, plus any that already has variants."""
    configured = [m.strip().upper() for m in meta_repo.get(db, "company_markets", "").split(",") if m.strip()]
    listed = list(dict.fromkeys([*(configured or DEFAULT_MARKETS), *variants_repo.markets_in_use(db)]))
    return tuple(listed)


# -- reading -------------------------------------------------------------------------------------


def get(db: Database, variant_id: str) -> Variant:
    return variants_repo.get(db, variant_id)


def find(db: Database, post_id: str, market: str) -> Variant | None:
    return variants_repo.find(db, post_id, market.strip().upper())


def for_post(db: Database, post_id: str) -> list[Variant]:
    return variants_repo.for_posts(db, [post_id])


def for_posts(db: Database, post_ids: list[str]) -> dict[str, list[Variant]]:
    """Every post's variants (market order); posts without variants map to []."""
    found: dict[str, list[Variant]] = {p: [] for p in post_ids}
    for variant in variants_repo.for_posts(db, list(post_ids)):
        found[variant.post_id].append(variant)
    return found


def search(db: Database, text: str) -> list[Variant]:
    return [variants_repo.get(db, i) for i in variants_repo.search(db, text)]


# -- creating and editing ------------------------------------------------------------------------


def _master_version(db: Database, post_id: str) -> int:
    latest = posts_repo.latest_version(db, post_id)
    return latest.number if latest else 0


def _master_body_at(db: Database, post: Post, number: int) -> str:
    for version in posts_repo.versions(db, post.id):
        if version.number == number:
            return version.body
    return post.body


def create(
    db: Database,
    post_id: str,
    market: str,
    *,
    actor: str,
    networks: tuple[str, ...] | None = None,
    reviewer: str = "",
    planned_date: str = "",
    body: str | None = None,
    hashtags: tuple[str, ...] | None = None,
) -> Variant:
    """A variant pre-filled from the master and the market: the market's language, default disclosure label and
    the master's networks that exist there. The body starts as the master's text, marked not yet adapted
    (`adapted=False`, and the `market_adaptation` check says so) unless `body` gives the adapted text."""
    post = posts_repo.get(db, post_id)
    profile = markets.effective(db, market)
    if variants_repo.find(db, post_id, profile.code) is not None:
        raise VariantExists(f"{post_id} already has a {profile.code} variant", post_id=post_id, market=profile.code)
    if networks is None:
        networks = tuple(n for n in post.networks if n in profile.networks) or profile.networks[:1]
    labels = market_rules.disclosure_texts(profile, company(db))
    language = profile.language if profile.language in LANGUAGES else post.language
    now = utc_now_iso()
    variant = clean_variant(
        Variant(
            id=new_id(),
            post_id=post_id,
            market=profile.code,
            language=language,
            networks=tuple(networks),
            body=post.body if body is None else body,
            hashtags=post.hashtags if hashtags is None else tuple(hashtags),
            link=post.links[0] if post.links else "",
            disclosure=labels[0] if labels else "",
            reviewer=reviewer,
            base_version=_master_version(db, post_id),
            planned_date=planned_date,
            adapted=body is not None and body.strip() != post.body.strip(),
            created_at=now,
            updated_at=now,
        )
    )
    with db.atomic():
        variants_repo.insert(db, variant)
        audit_repo.record(
            db,
            actor=actor,
            action="variant.create",
            entity_type="variant",
            entity_id=variant.id,
            content_hash=variant.content_hash,
            details={"post_id": post_id, "market": variant.market, "base_version": variant.base_version},
        )
    return variant


def save(db: Database, edited: Variant, *, actor: str, rebase: bool = False) -> Variant:
    """Save an edit. Editing approved content sends the variant back to review (audited). `rebase` marks the
    variant as adapted from the master's current version (the "master changed" flag clears)."""
    before = variants_repo.get(db, edited.id)
    after = clean_variant(
        replace(
            edited,
            post_id=before.post_id,
            market=before.market,
            status=before.status,
            approval=before.approval,
            created_at=before.created_at,
            updated_at=utc_now_iso(),
        )
    )
    after = after_edit(before, after, locked=VariantLocked, noun="variant")  # (sent back to review: IN_REVIEW)
    sent_back = after.status != before.status
    post = posts_repo.get(db, before.post_id)
    if rebase:
        after = replace(after, base_version=_master_version(db, post.id))
    else:
        after = replace(after, base_version=before.base_version)
    master_text = _master_body_at(db, post, after.base_version)
    adapted = " ".join(after.body.split()) != " ".join(master_text.split()) and bool(after.body.strip())
    after = replace(after, adapted=adapted)
    with db.atomic():
        variants_repo.update(db, after)
        if sent_back:
            audit_repo.record(
                db,
                actor=actor,
                action="variant.sent_back_to_review",
                entity_type="variant",
                entity_id=after.id,
                content_hash=after.content_hash,
                details={"from": before.status.value, "approved_hash": before.approval.content_hash},
            )
        if rebase and before.base_version != after.base_version:
            audit_repo.record(
                db,
                actor=actor,
                action="variant.rebase",
                entity_type="variant",
                entity_id=after.id,
                content_hash=after.content_hash,
                details={"from_version": before.base_version, "to_version": after.base_version},
            )
    return after


def approve(db: Database, variant_id: str, *, actor: str) -> Variant:
    """Record who approved this variant, when, and the hash of exactly what they approved."""
    variant = variants_repo.get(db, variant_id)
    details = {"market": variant.market, "post_id": variant.post_id}
    return approvals.approve(
        db, variant, actor=actor, entity_type="variant", update=variants_repo.update, details=details
    )


def set_status(db: Database, variant_id: str, target: PostStatus, *, actor: str) -> Variant:
    """Move a variant along the posts' workflow; approval goes through `approve`."""
    variant = variants_repo.get(db, variant_id)
    if target == PostStatus.APPROVED and variant.status == PostStatus.IN_REVIEW:
        return approve(db, variant_id, actor=actor)
    return approvals.move(
        db, variant, target, actor=actor, entity_type="variant", update=variants_repo.update,
        not_approved=VariantNotApproved,
    )  # fmt: skip


def delete(db: Database, variant_id: str, *, actor: str) -> None:
    """Move the variant to the trash (restore with `restore`)."""
    variants_repo.delete(db, variant_id, deleted_by=actor)


def restore(db: Database, trash_id: str) -> Variant:
    return variants_repo.restore(db, trash_id)


# -- master changed ------------------------------------------------------------------------------


def _diff(older_body: str, newer_body: str) -> tuple[tuple[str, str], ...]:
    import difflib

    return tuple(
        (line[0], line[2:])
        for line in difflib.ndiff(older_body.splitlines(), newer_body.splitlines())
        if not line.startswith("? ")
    )


def stale(db: Database, variant: Variant) -> Staleness:
    """Whether the master's content changed since the version this variant was adapted from, with the master's
    body diff since then (same shape as `posts.diff`). A version that changed only the title or notes does
    not make a variant stale."""
    from ghostdesk.services.posts import diff as post_diff

    versions = posts_repo.versions(db, variant.post_id)
    if not versions:
        return Staleness(False, variant.base_version, 0)
    current = versions[-1]
    base = next((v for v in versions if v.number == variant.base_version), None)
    if base is None:  # based on nothing we still have: compare with the first version
        base = versions[0]
    changed = base.content_hash != current.content_hash
    diff = tuple(post_diff(base, current)) if changed else ()
    return Staleness(changed, variant.base_version, current.number, diff, base, current)


# -- checks --------------------------------------------------------------------------------------


def _glossary(db: Database, executive_id: str | None) -> tuple:
    """The executive's glossary, from their voice settings (none once the executive is gone)."""
    settings = voices.settings_of(db, executive_id)
    return tuple(settings.glossary) if settings is not None else ()


def context_for_market(
    db: Database,
    post: Post,
    profile: MarketProfile,
    *,
    language: str,
    networks: tuple[str, ...],
    hashtags: tuple[str, ...],
    links: tuple[str, ...],
    disclosure: str = "",
    planned_date: str = "",
    is_variant: bool = True,
):
    from ghostdesk.services import checks

    context = checks.context_for(
        _Workspace(db),
        language,
        executive_id=post.executive_id,
        networks=networks,
        links=links,
        hashtags=hashtags,
        mentions=post.mentions,
    )
    extras = {
        "market_profile": profile,
        "master_text": post.body,
        "master_language": post.language,
        "master_hashtags": post.hashtags,
        "disclosure": disclosure,
        "glossary": _glossary(db, post.executive_id),
        "company": company(db),
        "planned_date": planned_date,
        "is_variant": is_variant,
    }
    return replace(context, market=profile.code, extras=extras)


def check(db: Database, variant: Variant | str) -> list[Finding]:
    """Every rule (the shipped faux-pas rules and the market rules) over the variant's text, as it goes out."""
    from ghostdesk.services.checks import run

    if isinstance(variant, str):
        variant = variants_repo.get(db, variant)
    post = posts_repo.get(db, variant.post_id)
    profile = markets.effective(db, variant.market)
    context = context_for_market(
        db,
        post,
        profile,
        language=variant.language,
        networks=variant.networks,
        hashtags=variant.hashtags,
        links=(variant.link,) if variant.link else (),
        disclosure=variant.disclosure,
        planned_date=variant.planned_date,
    )
    return run(variant.body, context)


def check_master_for_market(db: Database, post_id: str, market: str) -> list[Finding]:
    """The master post checked against a market's rules, as if it went out there unchanged."""
    from ghostdesk.services.checks import run

    post = posts_repo.get(db, post_id)
    profile = markets.effective(db, market)
    context = context_for_market(
        db,
        post,
        profile,
        language=post.language,
        networks=post.networks,
        hashtags=post.hashtags,
        links=post.links,
        is_variant=False,
    )
    return run(post.body, context)


# -- the matrix ----------------------------------------------------------------------------------

# Bump when a rule changes what it finds without any input changing: every remembered count is recounted.
RULES_VERSION = "1"


def _rules_identity() -> tuple[str, ...]:
    """What the checks' own behaviour depends on besides the workspace: the rules, this release of GhostDesk
    (its shipped word lists and rule code) and the holiday data. A change to any means counting again."""
    from ghostdesk import __version__

    return (RULES_VERSION, __version__, _holidays_release())


@functools.cache
def _holidays_release() -> str:
    """The installed release of `holidays`, read from its metadata file next to the package: importing
    `importlib.metadata` (email, zipfile, csv …) costs ~25 ms, paid before the page's first paint. Only when the
    file is not where an installed package keeps it (a frozen build) is `importlib.metadata` asked."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("holidays")
    if spec is not None and spec.origin:
        for info in sorted(Path(spec.origin).parent.parent.glob("holidays-*.dist-info")):
            try:
                with open(info / "METADATA", encoding="utf-8") as headers:
                    for line in headers:
                        if line.startswith("Version:"):
                            return line.partition(":")[2].strip()
                        if not line.strip():  # the end of the headers
                            break
            except OSError:
                continue
    from importlib import metadata

    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:  # a frozen build without package metadata: its release decides
        return ""


def _digest(*parts) -> str:
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False, default=repr).encode()).hexdigest()


def matrix_page_ids(
    db: Database, campaign_id: str | None = None, *, limit: int | None, after: tuple[str, str] | None = None
) -> list[tuple[str, str]]:
    """The matrix's posts in display order (most recently edited first), a page at a time: (id, updated_at)."""
    return posts_repo.page_ids(db, PostFilter(campaign_id=campaign_id), limit=limit, after=after)


class MatrixReader:
    """The matrix a few rows at a time, for one reload of the page.

    `rows(post_ids)` reads the rows' posts and variants in one query, with each variant's status, stale flag,
    whether its approval holds and its remembered finding counts when they still hold (`MatrixCell.counted`) —
    no variant's or master's text: triggers drop the counts when what the checks read of either changes (m014),
    so the counts' key names only what is shared. `counted(row)` reads what the checks read for the cells whose
    counts are missing or out of date, runs the checks — a few ms a variant — and remembers the new counts
    (`flush()` writes them unless the inputs changed meanwhile; nothing is written when `store` is false). What
    the checks read besides the variant — each market's effective profile, the word lists per executive and
    language, the glossary, the company — is built once per reader and shared, never copied per variant.
    """

    def __init__(self, db: Database, *, store: bool = True) -> None:
        from ghostdesk.services.checks import REGISTRY

        self.db = db
        self.store = store
        self.markets = workspace_markets(db)
        self.checks_run = 0  # variants checked by this reader (tests pin that only shown rows are)
        self._company = company(db)
        self._rules = _digest(*_rules_identity(), sorted(REGISTRY))
        self._profiles: dict[str, MarketProfile] = {}
        self._market_keys: dict[str, str] = {}
        self._market_parts: tuple[dict, list] | None = None  # the workspace's added markets and overrides
        self._bases: dict[tuple[str, str | None], tuple[object, str]] = {}
        self._base_keys: dict[tuple[str, str | None], str] = {}
        self._word_lists = None  # checks.WordLists, made on first use
        self._glossaries: dict[str | None, tuple[tuple, str]] = {}
        self._prefixes: dict[tuple[str, str, str | None], str] = {}
        self._pending: list[tuple[str, int, int, variants_repo.CheckInputs]] = []

    # -- what the checks read, once per reader -----------------------------------------------------
    def _parts(self, market: str) -> tuple[dict | None, list[markets_repo.MarketOverride]]:
        """What the market's effective profile is made of here: the workspace's own profile for it (an added
        market) and its overrides, in the order they apply — read once per reader, for every market (two reads,
        not two per market). The counts' key and the profile the checks run with are both made from this one
        read: an override changed between `rows()` and `counted()` cannot count under a key it does not match."""
        if self._market_parts is None:
            added_all = {m.code: m for m in markets_repo.markets(self.db)}
            self._market_parts = (added_all, markets_repo.overrides(self.db))
        added = self._market_parts[0].get(market)
        return added.profile if added else None, [o for o in self._market_parts[1] if o.market == market]

    def _profile(self, market: str) -> MarketProfile:
        if market not in self._profiles:
            self._profiles[market] = markets.entry_from(market, *self._parts(market)).profile
        return self._profiles[market]

    def _market_key(self, market: str) -> str:
        """A digest of `_parts(market)`; the shipped profiles are this release's (in the rules identity). Equal
        digests, equal profiles — without merging and parsing the profiles (~1 ms a market, with every shipped
        file) before the first paint: the checks build them when they run."""
        key = self._market_keys.get(market)
        if key is None:
            added, found = self._parts(market)
            key = self._market_keys[market] = _digest(market, added, [(o.field, o.value) for o in found])
        return key

    def _base(self, language: str, executive_id: str | None):
        """The check context for this language and executive (`checks.context_for` over the reader's shared word
        lists), and its digest for the counts' key."""
        key = (language, executive_id)
        if key not in self._bases:
            from ghostdesk.services import checks

            self._lists(language, executive_id)  # (makes the shared lists)
            base = checks.context_for(_Workspace(self.db), language, executive_id=executive_id, lists=self._word_lists)
            self._bases[key] = (base, self._base_key(language, executive_id))
        return self._bases[key]

    def _base_key(self, language: str, executive_id: str | None) -> str:
        """`_base(language, executive_id)[1]`, without building the context: before the first paint."""
        key = (language, executive_id)
        digest = self._base_keys.get(key)
        if digest is None:
            digest = self._base_keys[key] = _digest(language, *self._lists(language, executive_id))
        return digest

    def _lists(self, language: str, executive_id: str | None) -> tuple[tuple[str, ...], ...]:
        """The word lists the checks read for this language and executive (`checks.WordLists`, shared by the
        reader: one read of every term, the executive's own banned phrases once per executive)."""
        if self._word_lists is None:
            from ghostdesk.services.checks import WordLists

            self._word_lists = WordLists(_Workspace(self.db))
        return self._word_lists.lists(language, executive_id)

    def _glossary(self, executive_id: str | None) -> tuple[tuple, str]:
        if executive_id not in self._glossaries:
            glossary = _glossary(self.db, executive_id) if executive_id else ()
            self._glossaries[executive_id] = (glossary, _digest(glossary))
        return self._glossaries[executive_id]

    def _key(self, market: str, language: str, executive_id: str | None) -> str:
        """A digest of everything the checks read for a variant of this market and language whose master is this
        executive's, besides the variant's and its master's stored inputs (whose changes drop the counts: m014
        triggers): equal keys and a remembered row, equal findings."""
        shared = (market, language, executive_id)
        key = self._prefixes.get(shared)
        if key is None:
            key = self._prefixes[shared] = _digest(
                "m014", self._rules, self._market_key(market), self._base_key(language, executive_id),
                self._glossary(executive_id)[1], self._company,
            )  # fmt: skip
        return key

    def _context(self, found: variants_repo.CheckInputs):
        """The same context as `check` builds, from the shared pieces (`context_for_market`)."""
        v = found.variant
        profile = self._profile(v.market)
        return replace(
            self._base(v.language, found.executive_id)[0],
            networks=v.networks,
            links=(v.link,) if v.link else (),
            hashtags=v.hashtags,
            mentions=found.master_mentions,
            market=profile.code,
            extras={
                "market_profile": profile,
                "master_text": found.master_body,
                "master_language": found.master_language,
                "master_hashtags": found.master_hashtags,
                "disclosure": v.disclosure,
                "glossary": self._glossary(found.executive_id)[0],
                "company": self._company,
                "planned_date": v.planned_date,
                "is_variant": True,
            },
        )

    # -- rows ---------------------------------------------------------------------------------------
    def rows(self, post_ids: list[str]) -> dict[str, MatrixRow]:
        """The rows of these posts (posts no longer there are left out); counts only where remembered."""
        heads, found = variants_repo.for_matrix(self.db, list(post_ids))
        cells: dict[str, dict[str, MatrixCell | None]] = {p: dict.fromkeys(self.markets) for p in heads}
        for v in found:
            counted = v.checks_key == self._key(v.market, v.language, v.executive_id)
            cells[v.post_id][v.market] = MatrixCell(
                variant_id=v.id,
                status=v.status,
                stale=v.stale,
                blocking=v.blocking if counted else 0,
                warnings=v.warnings if counted else 0,
                approved=v.approval_valid,
                counted=counted,
            )
        return {
            post_id: MatrixRow(
                post_id, heads[post_id].title, heads[post_id].language, heads[post_id].status, cells[post_id]
            )
            for post_id in post_ids
            if post_id in heads
        }

    def counted(self, row: MatrixRow) -> MatrixRow:
        """The row with every cell's findings counted (running the checks where the counts are not known)."""
        from ghostdesk.services.checks import run

        if all(c is None or c.counted for c in row.cells.values()):
            return row
        cells = dict(row.cells)
        # What the checks read, as stored now (the screen read no text): after the paint, one query per row.
        inputs = variants_repo.check_inputs(self.db, [c.variant_id for c in row.cells.values() if c and not c.counted])
        for market, cell in row.cells.items():
            if cell is None or cell.counted or cell.variant_id not in inputs:  # (deleted meanwhile: left uncounted)
                continue
            found = inputs[cell.variant_id]
            v = found.variant
            try:
                context = self._context(found)
            except NotFound:  # its market was removed (before removal refused markets in use): left uncounted
                continue
            findings = run(v.body, context)
            self.checks_run += 1
            blocking = sum(f.severity == Severity.BLOCK for f in findings)
            warnings = sum(f.severity == Severity.WARN for f in findings)
            cells[market] = replace(cell, blocking=blocking, warnings=warnings, counted=True)
            self._pending.append((self._key(v.market, v.language, found.executive_id), blocking, warnings, found))
        return replace(row, cells=cells)

    def flush(self) -> None:
        """Write the counts found since the last flush (one transaction)."""
        pending, self._pending = self._pending, []
        if self.store and pending:
            variants_repo.put_findings(self.db, pending)


def matrix(db: Database, campaign_id: str | None = None, *, with_findings: bool = True, store: bool = False) -> Matrix:
    """Posts × markets, every post: each cell's status, whether its master changed, and its finding counts
    (remembered counts are used while they hold; `store` remembers the ones counted here)."""
    reader = MatrixReader(db, store=store)
    post_ids = [post_id for post_id, _ in matrix_page_ids(db, campaign_id, limit=None)]
    found: list[MatrixRow] = []
    for start in range(0, len(post_ids), 500):
        rows = reader.rows(post_ids[start : start + 500])
        for post_id in post_ids[start : start + 500]:
            if post_id in rows:
                found.append(reader.counted(rows[post_id]) if with_findings else rows[post_id])
    reader.flush()
    return Matrix(reader.markets, tuple(found))
