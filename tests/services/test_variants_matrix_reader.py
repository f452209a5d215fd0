"""The matrix a few rows at a time (the Variants page): the same counts as checking each variant, remembered
while what the checks read is unchanged; and a restored post brings back the variants trashed with it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from _variant_master import MASTER, lab_post

from ghostdesk.domain.checks import Severity
from ghostdesk.domain.posts import PostStatus
from ghostdesk.services import checks, markets, posts, variants
from ghostdesk.storage import executives_repo, markets_repo, trash_repo


@pytest.fixture
def post(workspace):
    return lab_post(workspace)


def _expected(db, variant_id: str) -> tuple[int, int]:
    found = variants.check(db, variant_id)
    return sum(f.severity == Severity.BLOCK for f in found), sum(f.severity == Severity.WARN for f in found)


def _counts(db, post_id: str, *, store: bool = True) -> tuple[dict, variants.MatrixReader]:
    reader = variants.MatrixReader(db, store=store)
    row = reader.counted(reader.rows([post_id])[post_id])
    reader.flush()
    return {m: (c.blocking, c.warnings) for m, c in row.cells.items() if c is not None}, reader


def test_reader_counts_match_checking_each_variant_and_are_remembered(workspace, post):
    db = workspace.db
    made = {
        "FR": variants.create(db, post.id, "FR", actor="i", body="Merci, tu es formidable. Rendez-vous le 03/12."),
        "CN": variants.create(db, post.id, "CN", actor="i"),
        "DE": variants.create(db, post.id, "DE", actor="i", body="Wir eröffnen ein Labor in Lyon.", planned_date="2026-12-25"),
    }  # fmt: skip
    counts, reader = _counts(db, post.id)
    assert counts == {m: _expected(db, v.id) for m, v in made.items()}
    assert reader.checks_run == 3 and any(b for b, _ in counts.values()) and any(w for _, w in counts.values())
    again, reader = _counts(db, post.id)
    assert again == counts and reader.checks_run == 0  # read back, nothing checked
    # anything a check reads makes the remembered counts recount: the variant, its master, a list, a market
    variants.save(db, replace(made["FR"], body="Nous ouvrons un laboratoire."), actor="i")
    _, reader = _counts(db, post.id)
    assert reader.checks_run == 1
    posts.save(workspace, replace(posts.get(workspace, post.id), body=MASTER + " More."), actor="i")
    counts, reader = _counts(db, post.id)
    assert reader.checks_run == 3 and counts == {m: _expected(db, v.id) for m, v in made.items()}
    checks.set_terms(workspace, checks.SENSITIVE, ["Lyon"])
    counts, reader = _counts(db, post.id)
    assert reader.checks_run == 3 and counts == {m: _expected(db, v.id) for m, v in made.items()}
    markets.set_override(db, "DE", "networks", ["x"])
    counts, reader = _counts(db, post.id)
    assert reader.checks_run == 1 and counts == {m: _expected(db, v.id) for m, v in made.items()}


def test_a_read_only_reader_writes_nothing(workspace, post):
    db = workspace.db
    variants.create(db, post.id, "CN", actor="i")
    _counts(db, post.id, store=False)
    _, reader = _counts(db, post.id, store=False)
    assert reader.checks_run == 1
    assert variants.matrix(db).rows[0].cells["CN"].blocking >= 1  # the CLI's full matrix, stored nothing either
    _, reader = _counts(db, post.id)
    assert reader.checks_run == 1


def test_stale_flags_match_the_staleness_check(workspace, post):
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="i", body="Nous ouvrons un labo à Lyon.")
    de = variants.create(db, post.id, "DE", actor="i", body="Wir eröffnen ein Labor.")
    posts.save(workspace, replace(posts.get(workspace, post.id), body=MASTER.replace("Lyon", "Grenoble")), actor="i")
    variants.save(db, variants.get(db, de.id), actor="i", rebase=True)
    posts.save(workspace, replace(posts.get(workspace, post.id), title="Only the title"), actor="i")
    reader = variants.MatrixReader(db)
    row = reader.rows([post.id])[post.id]
    assert row.cells["FR"].stale and variants.stale(db, variants.get(db, fr.id)).stale
    assert not row.cells["DE"].stale and not variants.stale(db, variants.get(db, de.id)).stale


def test_restoring_a_post_brings_back_the_variants_trashed_with_it(workspace, post):
    db = workspace.db
    fr = variants.create(db, post.id, "FR", actor="i", body="Nous ouvrons un labo à Lyon.")
    de = variants.create(db, post.id, "DE", actor="i", body="Wir eröffnen ein Labor.")
    jp = variants.create(db, post.id, "JP", actor="i", body="リヨンに研究所を開設しました。")
    variants.delete(db, jp.id, actor="ines")  # deleted on its own, before the post
    posts.delete(workspace, post.id, actor="ines")
    assert variants.for_post(db, post.id) == []
    (post_item,) = trash_repo.items(db, "post")
    restored = posts.restore(workspace, post_item.id)
    assert restored.id == post.id and posts.versions(workspace, post.id)
    assert {v.id for v in variants.for_post(db, post.id)} == {fr.id, de.id}
    assert variants.get(db, fr.id) == fr
    left = trash_repo.items(db, "variant")
    assert [i.entity_id for i in left] == [jp.id]  # the separately deleted one is still in the trash
    variants.restore(db, left[0].id)
    assert {v.market for v in variants.for_post(db, post.id)} == {"FR", "DE", "JP"}


def test_a_new_release_of_ghostdesk_recounts_remembered_counts(workspace, post, monkeypatch):
    """Shipped word lists and rule code change with a release, without any input in the workspace changing."""
    import ghostdesk

    variants.create(workspace.db, post.id, "FR", actor="i", body="Merci, tu es formidable.")
    _counts(workspace.db, post.id)
    _, reader = _counts(workspace.db, post.id)
    assert reader.checks_run == 0
    monkeypatch.setattr(ghostdesk, "__version__", ghostdesk.__version__ + ".1")
    _, reader = _counts(workspace.db, post.id)
    assert reader.checks_run == 1


def test_a_screen_of_rows_builds_no_variant_and_reads_approvals_from_the_stored_hash(workspace, post, monkeypatch):
    from ghostdesk.storage import variants_repo

    db = workspace.db
    for market in ("FR", "DE", "JP"):
        variants.create(db, post.id, market, actor="i", body=f"Adapted for {market}.")
    approved = variants.set_status(db, variants.find(db, post.id, "DE").id, PostStatus.IN_REVIEW, actor="i")
    approved = variants.approve(db, approved.id, actor="lead")
    built = []
    original = variants_repo._from_row
    monkeypatch.setattr(variants_repo, "_from_row", lambda row: built.append(row[0]) or original(row))
    row = variants.MatrixReader(db, store=False).rows([post.id])[post.id]
    assert built == []  # the statuses on screen need no Variant, nor an approval (the stored content hash, m014)
    assert row.cells["DE"].approved and not row.cells["FR"].approved
    assert {m: c.status for m, c in row.cells.items() if c} == {
        v.market: v.status for v in variants.for_post(db, post.id)
    }


def test_the_rules_identity_reads_the_holidays_release_without_importlib_metadata():
    import subprocess
    import sys
    from importlib import metadata

    assert variants._holidays_release() == metadata.version("holidays")
    code = (
        "import sys; from ghostdesk.services import variants; variants._rules_identity();"
        " print('importlib.metadata' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "False"  # ~25 ms of imports before the page's first paint


def test_an_added_market_changing_recounts_and_rows_parse_no_market_profile(workspace, post, monkeypatch):
    db = workspace.db
    markets.copy_market(db, "BE", "Belgium", "FR")
    variant = variants.create(db, post.id, "BE", actor="i", body="Nous ouvrons un laboratoire à Lyon.")
    counts, reader = _counts(db, post.id)
    assert reader.checks_run == 1 and counts["BE"] == _expected(db, variant.id)
    # The same code, another profile (removal now refuses a market in use; an older version did not).
    markets_repo.delete_market(db, "BE", deleted_by="i")
    markets.invalidate(db)
    markets.copy_market(db, "BE", "Belgium", "DE")
    counts, reader = _counts(db, post.id)
    assert reader.checks_run == 1 and counts["BE"] == _expected(db, variant.id)

    def parsing(*_args):
        raise AssertionError("a market profile merged and parsed before the first paint")

    monkeypatch.setattr(markets, "effective", parsing)
    row = variants.MatrixReader(db).rows([post.id])[post.id]
    assert row.cells["BE"].counted  # the remembered counts hold: checked against the market's stored inputs


def test_the_word_lists_key_equals_the_checks_context_and_is_read_once_per_reader(workspace, post):
    """The counts' key digests the word lists the checks use for a (language, executive), picked by the rules
    (checked against the rules written out as SQL); the reader reads every term once, not once per pair."""
    from ghostdesk.domain.voice import VoiceSettings
    from ghostdesk.services import voices

    db = workspace.db
    claire = post.executive_id
    marc = executives_repo.create(db, "Marc Duval").id
    voices.save_profile(
        db, executives_repo.get(db, marc), VoiceSettings(banned_phrases=("game changer", "Lyon")), actor="t"
    )
    for kind in (checks.SENSITIVE, checks.FACT, checks.OFFENSIVE, checks.BANNED):
        checks.add_term(workspace, kind, f"{kind} everywhere")
        checks.add_term(workspace, kind, f"{kind} in French", language="fr")
        checks.add_term(workspace, kind, f"{kind} for Marc", executive_id=marc)
        checks.add_term(workspace, kind, f"{kind} for Marc in German", language="de", executive_id=marc)
    checks.add_term(workspace, checks.BANNED, "Lyon", executive_id=marc)  # also in Marc's profile: listed once
    pairs = [(language, executive) for language in ("en", "fr", "de", "ja") for executive in (None, claire, marc)]
    contexts = {pair: checks.context_for(workspace, pair[0], executive_id=pair[1]) for pair in pairs}

    def rule(kind, language=None, executive=None):  # the picking rules, written out independently as SQL
        sql = "SELECT term FROM check_terms WHERE kind = ?" + (" AND language IN ('', ?)" if language else "")
        sql += " AND (executive_id IS NULL" + (" OR executive_id = ?)" if executive else ")") + " ORDER BY term"
        return tuple(r[0] for r in db.execute(sql, [kind, *filter(None, (language, executive))]).fetchall())

    for (language, executive), c in contexts.items():  # what every context holds, by the rules
        profile = ("game changer", "Lyon") if executive == marc else ()
        assert c.sensitive_terms == rule(checks.SENSITIVE) and c.approved_facts == rule(checks.FACT)
        assert c.extra_offensive == rule(checks.OFFENSIVE, language)
        assert c.banned_phrases == tuple(dict.fromkeys(rule(checks.BANNED, language, executive) + profile))
    expected = {  # the digest as it was made from the context, before the first paint
        (language, executive): variants._digest(
            language, c.sensitive_terms, c.approved_facts, c.extra_offensive, c.banned_phrases
        )
        for (language, executive), c in contexts.items()
    }

    reader = variants.MatrixReader(db)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        found = {pair: reader._base_key(*pair) for pair in pairs}
    finally:
        db.conn.set_trace_callback(None)
    assert found == expected
    assert {pair: reader._base(*pair)[0] for pair in pairs} == contexts  # what counting checks with
    assert len(set(expected.values())) > 3  # the lists differ by language and executive: the check above can fail
    assert sum("check_terms" in s for s in statements) == 1  # not four per (language, executive)
    assert sum("FROM executives" in s for s in statements) <= 2  # the executives' own phrases: once each


def test_the_markets_key_reads_the_workspace_markets_once_per_reader(workspace, post):
    db = workspace.db
    reader = variants.MatrixReader(db)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        for market in ("US", "FR", "DE", "JP", "CN"):
            reader._market_key(market)
    finally:
        db.conn.set_trace_callback(None)
    assert len(statements) == 2  # the added markets and the overrides, not two reads per market


def test_the_counts_key_and_the_profile_they_are_counted_with_come_from_one_read(workspace, post):
    """A market override changed after the screen's read and before counting, then changed back: the counts
    remembered under the key of the screen's read are those of the profile that key names, never the changed one."""
    db = workspace.db
    variant = variants.create(db, post.id, "DE", actor="i", body="Wir eröffnen ein Labor in Lyon.")
    before = _expected(db, variant.id)
    reader = variants.MatrixReader(db)
    row = reader.rows([post.id])[post.id]  # the key digests the overrides as they are now (none)
    markets.set_override(db, "DE", "networks", ["weibo"])  # LinkedIn and X no longer available in the market
    assert _expected(db, variant.id) != before  # (the change changes the counts: the test can fail)
    counted = reader.counted(row).cells["DE"]
    reader.flush()
    assert (counted.blocking, counted.warnings) == before
    markets_repo.delete_overrides(db, "DE", "networks")  # changed back: the first read's key holds again
    markets.invalidate(db)
    again = variants.MatrixReader(db).rows([post.id])[post.id].cells["DE"]
    assert again.counted and (again.blocking, again.warnings) == before == _expected(db, variant.id)
