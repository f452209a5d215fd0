"""m014: the Variants page's first screen reads no text. Remembered finding counts are dropped by triggers whenever
what the checks read of a variant or its master changes, and each variant's content hash is stored by every write
path, so an approval's validity is read without the body; an older workspace gets the hashes filled when it
migrates."""

from __future__ import annotations

import ast
import json
from dataclasses import replace
from pathlib import Path

import pytest
from _old_workspace import workspace_before
from _variant_master import MASTER, lab_post

import ghostdesk
from ghostdesk.domain.posts import PostStatus
from ghostdesk.services import posts, variants
from ghostdesk.storage import bulk, executives_repo, trash_repo, variants_repo
from ghostdesk.storage.migrations import known_names


@pytest.fixture
def post(workspace):
    return lab_post(workspace)


def assert_hashes(db) -> int:
    """Every variant's stored content hash is its content's, none unknown. Returns how many variants."""
    rows = db.execute(f"SELECT {variants_repo.FIELDS}, content_hash FROM variants").fetchall()
    for row in rows:
        assert row[-1] == variants_repo._from_row(row[:-1]).content_hash, row[0]
    return len(rows)


def count_all(db, post_ids) -> variants.MatrixReader:
    reader = variants.MatrixReader(db)
    for row in reader.rows(list(post_ids)).values():
        reader.counted(row)
    reader.flush()
    return reader


def remembered(db) -> set[str]:
    return {r[0] for r in db.execute("SELECT variant_id FROM variant_findings").fetchall()}


def test_m014_comes_after_the_variants_and_their_findings():
    names = known_names()
    assert names.index("m014_variant_inputs") > names.index("m011_variant_findings") > names.index("m008_variants")


def test_every_write_path_stores_the_content_hash(workspace, post):
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="i", body="Nous ouvrons un labo à Lyon.")
    de = variants.create(db, post.id, "DE", actor="i")
    assert assert_hashes(db) == 2
    fr = variants.save(db, replace(fr, body="Nous ouvrons un laboratoire.", hashtags=("Lyon",)), actor="i")
    variants.save(db, replace(de, networks=("x",), link="https://x.example"), actor="i", rebase=True)
    assert_hashes(db)
    fr = variants.set_status(db, fr.id, PostStatus.IN_REVIEW, actor="i")
    fr = variants.approve(db, fr.id, actor="lead")
    assert_hashes(db)
    variants.save(db, replace(fr, disclosure="Publicité"), actor="i")  # sent back to review
    variants.delete(db, de.id, actor="i")
    variants.restore(db, trash_repo.items(db, "variant")[0].id)
    assert_hashes(db)
    posts.delete(workspace, post.id, actor="i")  # the m008 trigger's payloads hold no hash
    posts.restore(workspace, trash_repo.items(db, "post")[0].id)
    assert assert_hashes(db) == 2
    other = posts.new_post(workspace, post.executive_id, actor="i", body="Another one")
    made = variants_repo._from_row(db.execute(f"SELECT {variants_repo.FIELDS} FROM variants").fetchone())
    bulk.insert_variants(db, [replace(made, id="bulk-1", post_id=other.id, body="In bulk")])
    assert assert_hashes(db) == 3


def test_the_demo_stores_the_content_hashes(tmp_path):
    from ghostdesk.services import demo

    with demo.build(tmp_path / "demo") as ws:
        assert assert_hashes(ws.db) > 0


def test_no_other_code_writes_variants():
    """Every statement that inserts or updates variants is in one of these functions, each exercised by the test
    above: a new write path must store `content_hash` too (`variants_repo.write_values`) and be added there."""
    root = Path(ghostdesk.__file__).parent
    writers = set()
    for path in root.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        for function in ast.walk(ast.parse(source)):
            if not isinstance(function, ast.FunctionDef):
                continue
            text = ast.get_source_segment(source, function) or ""
            flat = " ".join(text.split()).upper()
            if "INTO VARIANTS " in flat or "UPDATE VARIANTS " in flat or "REPLACE INTO VARIANTS" in flat:
                writers.add(f"{path.relative_to(root).as_posix()}:{function.name}")
    assert writers == {
        "storage/variants_repo.py:insert",
        "storage/variants_repo.py:update",
        "storage/variants_repo.py:_reinsert",
        "storage/bulk.py:insert_variants",
    }


def test_a_hand_edit_of_the_content_makes_the_hash_unknown_and_the_approval_is_computed(workspace, post):
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="i", body="Nous ouvrons un labo à Lyon.")
    de = variants.create(db, post.id, "DE", actor="i", body="Wir eröffnen ein Labor.", networks=("linkedin", "x"))
    for v in (fr, de):
        variants.approve(db, variants.set_status(db, v.id, PostStatus.IN_REVIEW, actor="i").id, actor="lead")
    with db.atomic():  # what only a tool could do: the content changes, the hash is left as it was
        db.execute("UPDATE variants SET body = 'Changed by hand' WHERE id = ?", [fr.id])
        db.execute("UPDATE variants SET networks = ? WHERE id = ?", [json.dumps(["x", "linkedin"]), de.id])
        db.execute("UPDATE variants SET status = 'scheduled' WHERE id = ?", [de.id])  # not content: hash kept
    stored = dict(db.execute("SELECT id, content_hash FROM variants").fetchall())
    assert stored[fr.id] is None and stored[de.id] is None  # unknown, never stale
    row = variants.MatrixReader(db, store=False).rows([post.id])[post.id]
    assert not row.cells["FR"].approved and not variants.get(db, fr.id).approval_valid
    assert row.cells["DE"].approved and variants.get(db, de.id).approval_valid  # same content, reordered


# -- the remembered counts ------------------------------------------------------------------------


def test_a_change_to_any_input_of_the_checks_drops_the_counts_and_nothing_else_does(workspace, post):
    db = workspace.db
    made = [variants.create(db, post.id, m, actor="i", body=f"Adapted for {m}.") for m in ("FR", "DE")]
    other = posts.new_post(workspace, post.executive_id, actor="i", body="Another master")
    values = {  # a new value for each column the checks read
        "post_id": other.id, "market": "JP", "language": "de", "networks": '["x"]', "body": "New body",
        "hashtags": '["New"]', "link": "https://new.example", "disclosure": "Ad", "planned_date": "2027-01-04",
    }  # fmt: skip
    assert set(values) | {"id"} == set(variants_repo.VARIANT_INPUTS)
    for column, value in values.items():
        count_all(db, [post.id, other.id])
        assert remembered(db) == {v.id for v in made}
        (before,) = db.execute(f"SELECT {column} FROM variants WHERE id = ?", [made[0].id]).fetchone()
        with db.atomic():
            db.execute(f"UPDATE variants SET {column} = ? WHERE id = ?", [value, made[0].id])
        assert remembered(db) == {made[1].id}, column
        with db.atomic():  # back as it was
            db.execute(f"UPDATE variants SET {column} = ? WHERE id = ?", [before, made[0].id])
    master = {"body": "New master", "language": "fr", "hashtags": '["X"]', "mentions": '["@y"]',
              "executive_id": executives_repo.create(db, "Someone Else").id}  # fmt: skip
    assert set(master) | {"id"} == set(variants_repo.MASTER_INPUTS)
    for column, value in master.items():
        count_all(db, [post.id])
        with db.atomic():
            db.execute(f"UPDATE posts SET {column} = ? WHERE id = ?", [value, post.id])
        assert remembered(db) == set(), column
    count_all(db, [post.id])
    with db.atomic():  # what the checks do not read: the counts stay
        db.execute("UPDATE variants SET status = 'in_review', reviewer = 'Anne', adapted = 1, updated_at = 'x'")
        db.execute("UPDATE posts SET title = 'A title', notes = 'n', status = 'in_review' WHERE id = ?", [post.id])
        db.execute("UPDATE variants SET body = body, language = language")  # written, unchanged
        db.execute("UPDATE posts SET body = body WHERE id = ?", [post.id])
    assert remembered(db) == {v.id for v in made}
    with db.atomic():  # a REPLACE deletes without the delete triggers: the insert trigger drops the counts
        row = db.execute(f"SELECT {variants_repo.WRITE_FIELDS} FROM variants WHERE id = ?", [made[0].id]).fetchone()
        db.execute(f"INSERT OR REPLACE INTO variants ({variants_repo.WRITE_FIELDS}) VALUES ({', '.join('?' * len(row))})",
                   list(row))  # fmt: skip
    assert remembered(db) == {made[1].id}


def test_editing_a_variant_or_its_master_counts_the_cell_again_with_the_new_counts(workspace, post):
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="i", body="Nous ouvrons un laboratoire à Lyon.")
    count_all(db, [post.id])
    assert count_all(db, [post.id]).checks_run == 0
    fr = variants.save(db, replace(fr, body="Merci, tu es formidable. Rendez-vous le 03/12."), actor="i")
    reader = variants.MatrixReader(db)
    row = reader.rows([post.id])[post.id]
    assert not row.cells["FR"].counted  # the old counts no longer hold
    row = reader.counted(row)
    reader.flush()
    found = variants.check(db, fr.id)
    assert (row.cells["FR"].blocking, row.cells["FR"].warnings) == (
        sum(f.severity.value == "block" for f in found), sum(f.severity.value == "warn" for f in found),
    )  # fmt: skip
    assert row.cells["FR"].warnings > 0
    posts.save(workspace, replace(posts.get(workspace, post.id), body="Nous ouvrons un laboratoire à Lyon."), actor="i")
    row = variants.MatrixReader(db).rows([post.id])[post.id]
    assert not row.cells["FR"].counted  # its master changed: "still the master's text" may now apply


def test_counts_of_inputs_changed_after_counting_are_not_written(workspace, post):
    """The page counts a row, then writes a few ticks later: an edit in between must not see stale counts come
    back under a key that would match."""
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="i", body="Nous ouvrons un laboratoire à Lyon.")
    de = variants.create(db, post.id, "DE", actor="i", body="Wir eröffnen ein Labor in Lyon.")
    reader = variants.MatrixReader(db)
    reader.counted(reader.rows([post.id])[post.id])
    variants.save(db, replace(fr, body="Merci, tu es formidable."), actor="i")  # after counting, before writing
    reader.flush()
    assert remembered(db) == {de.id}
    again = variants.MatrixReader(db)
    cell = again.counted(again.rows([post.id])[post.id]).cells["FR"]
    assert again.checks_run == 1 and cell.blocking > 0  # "tu" in French: counted from the text saved


def test_the_first_screen_reads_no_text(workspace, post):
    db = workspace.db
    for market in ("FR", "DE", "JP"):
        variants.create(db, post.id, market, actor="i", body=f"Adapted for {market}.")
    reader = variants.MatrixReader(db)
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        reader.rows([post.id])
    finally:
        db.conn.set_trace_callback(None)
    reads = [s for s in seen if "posts" in s or "variants" in s]
    assert len(reads) == 1 and "v.id" in reads[0]  # one statement: the posts' titles and their variants
    selected = reads[0].replace("CASE WHEN p.title = '' THEN substr(p.body, 1, 160) END", "")  # an untitled post's
    for column in ("body", "hashtags", "mentions", "networks", "disclosure", "link", "planned_date"):
        assert column not in selected, column


def test_an_untitled_post_shows_the_start_of_its_body(workspace, post):
    db = workspace.db
    long = posts.new_post(workspace, post.executive_id, actor="i", body="  A  long\nfirst line " + "x" * 200)
    titled = posts.new_post(workspace, post.executive_id, actor="i", body="Body", title="The title")
    variants.create(db, titled.id, "FR", actor="i", body="Texte")
    rows = variants.MatrixReader(db).rows([post.id, long.id, titled.id, "gone"])
    assert list(rows) == [post.id, long.id, titled.id]
    assert rows[post.id].title == " ".join(MASTER.split())[:60]
    assert rows[long.id].title == ("A long first line " + "x" * 200)[:60]
    assert rows[titled.id].title == "The title" and rows[titled.id].cells["FR"] is not None
    assert all(c is None for c in rows[long.id].cells.values())


# -- an older workspace ---------------------------------------------------------------------------


def test_an_older_workspace_gets_its_hashes_and_its_counts_start_over(tmp_path, monkeypatch):
    from ghostdesk.services import workspaces
    from ghostdesk.storage.workspace import open_workspace_file

    path = tmp_path / "old.ghostdesk"
    with workspace_before(path, "m014_variant_inputs", monkeypatch) as ws:
        executive = executives_repo.create(ws.db, "Claire Vasseur")
        post = posts.new_post(ws, executive.id, actor="t", body=MASTER)
        made = []
        for i, market in enumerate(("FR", "DE", "JP")):
            v = variants_repo._from_row(
                (
                    f"v{i}",
                    post.id,
                    market,
                    "fr",
                    '["x", "linkedin"]',
                    f"Texte {i}",
                    '["Lyon"]',
                    "",
                    "",
                    "approved",
                    "",
                    1,
                    "",
                    1,
                    "lead",
                    "2026-01-01",
                    "x",
                    "2026-01-01",
                    "2026-01-01",
                )
            )
            made.append(replace(v, approval=replace(v.approval, content_hash=v.content_hash)))
        with ws.db.atomic():  # as the repository wrote them before m014: no content_hash column
            for v in made:
                ws.db.execute(f"INSERT INTO variants ({variants_repo.FIELDS}) VALUES ({', '.join('?' * 19)})",
                              variants_repo.row_values(v))  # fmt: skip
                ws.db.execute("INSERT INTO variant_findings VALUES (?, 'old-key', 1, 2)", [v.id])
        assert "content_hash" not in [c[1] for c in ws.db.execute("PRAGMA table_info(variants)").fetchall()]
    with open_workspace_file(path) as reopened:
        assert "m014_variant_inputs" in reopened.migrated
        db = reopened.db
        assert assert_hashes(db) == 3
        row = variants.MatrixReader(db, store=False).rows([post.id])[post.id]
        assert all(c.approved for c in row.cells.values() if c)  # from the filled hashes
        assert remembered(db) == set()  # counted again, as their rows are shown
        reader = count_all(db, [post.id])
        assert reader.checks_run == 3 and remembered(db) == {"v0", "v1", "v2"}
        with db.atomic():  # and the triggers keep them from then on
            db.execute("UPDATE posts SET body = 'Changed' WHERE id = ?", [post.id])
        assert remembered(db) == set()
    assert workspaces.check(path).ok


def test_check_reports_a_stored_hash_that_is_not_the_content(tmp_path):
    from ghostdesk.services import workspaces

    path = tmp_path / "w.ghostdesk"
    with workspaces.create(path, name="w") as ws:
        executive = executives_repo.create(ws.db, "Claire Vasseur")
        post = posts.new_post(ws, executive.id, actor="t", body=MASTER)
        fr = variants.create(ws.db, post.id, "FR", actor="t", body="Texte")
        with ws.db.atomic():  # unknown is fine: computed when read
            ws.db.execute("UPDATE variants SET content_hash = NULL WHERE id = ?", [fr.id])
    assert workspaces.check(path).ok
    with workspaces.open_workspace(path) as ws, ws.db.atomic():  # what only a hand edit could do
        ws.db.execute("UPDATE variants SET content_hash = 'abc' WHERE id = ?", [fr.id])
    report = workspaces.check(path)
    assert not report.ok and any(fr.id in p for p in report.problems)
