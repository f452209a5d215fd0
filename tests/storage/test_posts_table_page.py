"""The posts table's pages: every column's order, in both directions, read a few rows at a time, is the same
list a plain sort gives; filters and searches keep it; the orders stream from indexes."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from ghostdesk.domain.posts import LANGUAGES, Post, PostFilter, PostSort, PostStatus
from ghostdesk.storage import bulk, executives_repo, posts_repo

WORKFLOW = [s.value for s in PostStatus]


@pytest.fixture
def many(workspace):
    """60 posts over three executives, every status and language, some untitled, many equal timestamps."""
    rng = random.Random(7)
    names = ["Zoé Martin", "adrien Roux", "Béatrice Lenoir"]
    executives = [executives_repo.create(workspace.db, name) for name in names]
    made = []
    for i in range(60):
        stamp = f"2026-0{1 + i % 5}-1{i % 7}T10:00:00.000000+00:00"  # many ties: the id breaks them
        made.append(
            Post(
                id=f"post-{rng.randrange(10**9):09d}-{i}",
                executive_id=executives[i % 3].id,
                title="" if i % 9 == 0 else f"{rng.choice(['alpha', 'Beta', 'gamma', 'Delta'])} {i}",
                language=LANGUAGES[i % len(LANGUAGES)],
                body=f"Body {i} about the grid" + (" humility" if i % 4 == 0 else ""),
                status=PostStatus(WORKFLOW[i % len(WORKFLOW)]),
                created_at=stamp,
                updated_at=stamp,
            )
        )
    with workspace.db.atomic():
        bulk.insert_posts(workspace.db, made)
    by_id = {e.id: e.name for e in executives}
    return workspace, made, by_id


def _all(db, flt, sort, limit):
    """Every id, a page of `limit` at a time, as the table model reads them."""
    page = posts_repo.table_page(db, flt, sort, limit=limit, with_rows=True)
    ids, cursor = list(page.ids), page.cursor
    assert set(page.rows) == set(page.ids)  # the first page comes with its lines
    while cursor is not None:
        page = posts_repo.table_page(db, flt, sort, limit=limit, cursor=cursor)
        assert len(page.ids) <= limit
        ids.extend(page.ids)
        cursor = page.cursor
    return ids


def _recent(post: Post) -> tuple:
    return (post.updated_at, post.id)


def _expected(made: list[Post], sort: PostSort, names: dict[str, str]) -> list[str]:
    newest = sorted(made, key=_recent, reverse=True)
    if sort.column == "updated":
        return [p.id for p in sorted(made, key=_recent, reverse=sort.descending)]
    if sort.column == "title":
        titled = sorted((p for p in made if p.title), key=lambda p: (p.title.casefold(), p.id), reverse=sort.descending)
        return [p.id for p in titled] + [p.id for p in newest if not p.title]
    if sort.column == "executive":
        order = sorted(names, key=lambda e: (names[e].casefold(), e))
        rank = {e: i for i, e in enumerate(order[::-1] if sort.descending else order)}
        return [p.id for p in sorted(newest, key=lambda p: rank[p.executive_id])]
    values = list(sort.order) or (WORKFLOW if sort.column == "status" else list(LANGUAGES))
    rank = {v: i for i, v in enumerate(values[::-1] if sort.descending else values)}
    return [p.id for p in sorted(newest, key=lambda p: rank[getattr(p, sort.column)])]  # sorted() is stable


SORTS = [
    PostSort("updated", True),
    PostSort("updated", False),
    PostSort("title", False),
    PostSort("title", True),
    PostSort("status", False),
    PostSort("status", True),
    PostSort("language", False, ("zh", "en", "fr", "de", "ja", "es")),  # e.g. by the names a user reads
    PostSort("language", True),
    PostSort("executive", False),
    PostSort("executive", True),
]


@pytest.mark.parametrize("sort", SORTS, ids=lambda s: f"{s.column}-{'desc' if s.descending else 'asc'}")
@pytest.mark.parametrize("limit", [7, 100])
def test_every_order_paged_equals_a_plain_sort(many, sort, limit):
    workspace, made, names = many
    assert _all(workspace.db, PostFilter(), sort, limit) == _expected(made, sort, names)


def test_the_default_order_is_newest_first_and_filters_still_apply(many):
    workspace, made, names = many
    newest = [p.id for p in sorted(made, key=_recent, reverse=True)]
    assert _all(workspace.db, PostFilter(), None, 5) == newest
    flt = PostFilter(statuses=(PostStatus.DRAFT, PostStatus.IDEA), language="en")
    kept = [p for p in made if p.status in flt.statuses and p.language == "en"]
    assert _all(workspace.db, flt, PostSort("title", False), 2) == _expected(kept, PostSort("title", False), names)
    assert posts_repo.list_ids(workspace.db, flt) == [p.id for p in sorted(kept, key=_recent, reverse=True)]


def test_a_search_pages_its_ranked_matches_and_can_be_sorted(many):
    workspace, made, names = many
    flt = PostFilter(search="humility")
    ranked = posts_repo.list_ids(workspace.db, flt)
    assert len(ranked) == 15
    assert _all(workspace.db, flt, None, 4) == ranked  # pages of the ranked list, in rank order
    first = posts_repo.table_page(workspace.db, flt, None, limit=4, with_rows=True)
    assert all("\x02humility\x03" in first.snippets[i] for i in first.ids)  # snippets come with the lines
    matching = [p for p in made if "humility" in p.body]
    for sort in (PostSort("title", False), PostSort("status", True), PostSort("executive", False)):
        assert _all(workspace.db, flt, sort, 4) == _expected(matching, sort, names), sort
    assert posts_repo.table_page(workspace.db, PostFilter(search="nothing-like-this"), None, limit=5).ids == []


def test_a_page_that_ends_a_group_exactly_moves_on_to_the_next(many):
    workspace, made, _names = many
    ideas = sum(p.status == PostStatus.IDEA for p in made)  # the first group in workflow order
    page = posts_repo.table_page(workspace.db, PostFilter(), PostSort("status", False), limit=ideas)
    assert page.cursor is not None
    rest = posts_repo.table_page(workspace.db, PostFilter(), PostSort("status", False), limit=100, cursor=page.cursor)
    assert len(page.ids) + len(rest.ids) == len(made) and rest.cursor is None


def test_sorted_pages_stream_from_indexes(many):
    """No order sorts the whole table: each page's query walks an index (a plan without a temporary B-tree)."""
    workspace, _made, _names = many
    plans = []
    workspace.db.conn.set_trace_callback(lambda sql: plans.append(sql) if sql.lstrip().startswith("SELECT") else None)
    try:
        for sort in SORTS:
            posts_repo.table_page(workspace.db, PostFilter(), sort, limit=5)
    finally:
        workspace.db.conn.set_trace_callback(None)
    page_queries = [sql for sql in plans if "FROM posts p" in sql and "LIMIT" in sql]
    assert page_queries
    for sql in page_queries:
        plan = " ".join(r[3] for r in workspace.db.execute("EXPLAIN QUERY PLAN " + sql))
        assert "TEMP B-TREE" not in plan, (sql, plan)


def test_an_edited_post_is_found_under_its_new_title(many):
    workspace, made, _names = many
    post = replace(posts_repo.get(workspace.db, made[1].id), title="aaa first")
    posts_repo.update(workspace.db, post)
    first = posts_repo.table_page(workspace.db, PostFilter(), PostSort("title", False), limit=1, with_rows=True)
    assert first.ids == [post.id] and first.rows[post.id].title == "aaa first"
