"""m013: the roster's totals are stored per consent state and kept by triggers. After every way people are written
— added, edited, opted in or out, grouped, imported, erased, deleted, rolled back, built in bulk — the stored totals
equal a plain COUNT(*) of the rows, and an older workspace gets them counted when it migrates."""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import random
import sqlite3

import pytest
from _old_workspace import workspace_before
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ghostdesk.domain.ambassador import Ambassador, AmbassadorFilter, ConsentStatus
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.services import ambassador_import as imp
from ghostdesk.services import ambassadors, demo_ambassadors, demo_large, workspaces
from ghostdesk.services.ambassador_sources import read_bytes
from ghostdesk.storage import ambassadors_repo
from ghostdesk.storage.migrations import known_names


def person(i: int, **fields) -> Ambassador:
    values = {"id": "", "name": f"Person {i}", "email": f"p{i}@x.example", "market": ("FR", "DE", "JP")[i % 3]}
    return Ambassador(**{**values, "language": "en", "time_zone": "UTC", **fields})


def assert_exact(db) -> None:
    """The stored totals are what counting the rows gives, state by state, and as the page reads them."""
    rows = dict(db.execute("SELECT consent, COUNT(*) FROM ambassadors GROUP BY consent").fetchall())
    stored = {k: v for k, v in db.execute("SELECT consent, people FROM ambassador_counts").fetchall() if v}
    assert stored == rows
    totals = ambassadors.counts(db)
    assert totals.total == sum(n for state, n in rows.items() if state != "erased")
    assert (totals.opted_in, totals.opted_out, totals.pending, totals.erased) == (
        rows.get("opted_in", 0), rows.get("opted_out", 0), rows.get("pending", 0), rows.get("erased", 0),
    )  # fmt: skip
    assert ambassadors_repo.count_problems(db) == []
    for state in ("", *(s.value for s in ConsentStatus)):  # the table's row count, whole roster or one state
        filt = AmbassadorFilter(consent=state)
        assert len(ambassadors.query_ids(db, filt)) == len(ambassadors_repo.query_ids(db, filt))


def test_m013_comes_after_the_ambassadors():
    names = known_names()
    assert names.index("m013_ambassador_counts") > names.index("m005_ambassadors")


def test_every_write_path_keeps_the_totals_exact(workspace):
    db = workspace.db
    assert_exact(db)  # empty
    made = [ambassadors.create(db, person(i), actor="t") for i in range(6)]
    assert_exact(db)
    assert ambassadors.counts(db).pending == 6
    ambassadors.update(db, dataclasses.replace(made[0], team="Sales", email="new@x.example"), actor="t")
    assert_exact(db)
    ambassadors.opt_in(db, [m.id for m in made[:4]], actor="t")
    assert_exact(db)
    ambassadors.opt_in(db, [made[0].id], actor="t")  # already in: nothing changes
    ambassadors.opt_out(db, [made[1].id, made[4].id], actor="t")
    assert_exact(db)
    ambassadors.add_to_group(db, [m.id for m in made], "Inner circle", actor="t")  # saves every person again
    assert_exact(db)
    ambassadors.erase(db, made[2].id, actor="t")
    ambassadors.erase(db, made[2].id, actor="t")  # twice: still one erased person
    assert_exact(db)
    totals = ambassadors.counts(db)
    assert (totals.total, totals.opted_in, totals.opted_out, totals.pending, totals.erased) == (5, 2, 2, 1, 1)
    with db.atomic():
        db.execute("DELETE FROM ambassador_group_members WHERE ambassador_id = ?", [made[5].id])
        db.execute("DELETE FROM ambassadors WHERE id = ?", [made[5].id])
    assert_exact(db)
    assert ambassadors.counts(db).pending == 0


def test_an_import_counts_what_it_writes_and_nothing_when_refused(workspace):
    db = workspace.db
    good = "Name,E-mail,Market\nAmélie,amelie@x.example,FR\nJonas,jonas@x.example,DE\n".encode()
    table = read_bytes(good)
    report = imp.run(db, table, imp.guess_mapping(table.headers), imp.ImportOptions(), actor="t")
    assert report.written and report.created == 2
    assert_exact(db)
    again = "Name,E-mail,Market\nAmélie L,amelie@x.example,FR\nNoor,noor@x.example,XX\n".encode()
    table = read_bytes(again)
    try:  # an invalid row: all or nothing
        refused = imp.run(db, table, imp.guess_mapping(table.headers), imp.ImportOptions(), actor="t")
        assert not refused.written
    except GhostDeskError:
        pass
    assert_exact(db)
    assert ambassadors.counts(db).total == 2


def test_a_write_that_fails_leaves_the_totals_as_they_were(workspace):
    db = workspace.db
    ambassadors_repo.save_many(db, [person(1, id="a", consent=ConsentStatus.OPTED_IN)])
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        # the second row reuses the first one's e-mail: the whole statement (and its trigger work) is undone
        ambassadors_repo.save_many(
            db, [person(2, id="b"), dataclasses.replace(person(3), id="c", email="p2@x.example")]
        )
    assert_exact(db)
    assert ambassadors.counts(db).total == 1


def test_the_demo_populators_and_the_bulk_builder_keep_them(workspace):
    demo_ambassadors.populate(workspace, random.Random(3))
    assert_exact(workspace.db)
    demo_large.populate(workspace, random.Random(4), scale=0.002)  # people in bulk, with their consent set
    assert_exact(workspace.db)
    assert ambassadors.counts(workspace.db).opted_in > 0


def test_an_older_workspace_gets_its_totals_counted_when_it_migrates(tmp_path, monkeypatch):
    from ghostdesk.storage.workspace import open_workspace_file

    path = tmp_path / "old.ghostdesk"
    with workspace_before(path, "m013_ambassador_counts", monkeypatch) as ws:
        states = [ConsentStatus.OPTED_IN] * 5 + [ConsentStatus.OPTED_OUT] * 2 + [ConsentStatus.PENDING] * 3
        ambassadors_repo.save_many(ws.db, [person(i, id=f"p{i}", consent=s) for i, s in enumerate(states)])
        ambassadors.erase(ws.db, "p0", actor="t")
        assert not ws.db.table_exists("ambassador_counts")
    with open_workspace_file(path) as reopened:
        assert "m013_ambassador_counts" in reopened.migrated
        assert_exact(reopened.db)
        totals = ambassadors.counts(reopened.db)
        assert (totals.total, totals.opted_in, totals.opted_out, totals.pending, totals.erased) == (9, 4, 2, 3, 1)
        ambassadors.opt_in(reopened.db, ["p5"], actor="t")  # and the triggers keep them from then on
        assert_exact(reopened.db)
    assert workspaces.check(path).ok


def test_check_reports_totals_that_disagree_with_the_rows(tmp_path):
    path = tmp_path / "w.ghostdesk"
    with workspaces.create(path, name="w") as ws:
        ambassadors_repo.save_many(ws.db, [person(i, id=f"p{i}") for i in range(3)])
        assert workspaces.check(path).ok
        with ws.db.atomic():  # what only a hand edit could do: the triggers never leave this
            ws.db.execute("UPDATE ambassador_counts SET people = 7 WHERE consent = 'pending'")
    report = workspaces.check(path)
    assert not report.ok
    assert report.problems == ["ambassador counts: pending stored 7, counted 3"]


_NUMBERS = itertools.count(1000)  # e-mail addresses never used before
_OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "opt_in", "opt_out", "erase", "delete", "group", "import", "fail"]),
        st.integers(min_value=0, max_value=50),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=_OPERATIONS)
def test_any_sequence_of_writes_keeps_the_totals_exact(workspace, operations):
    db = workspace.db  # one workspace for every example: the roster only grows more varied
    for kind, n in operations:
        live = list(ambassadors_repo.query_ids(db, AmbassadorFilter()))
        target = live[n % len(live)] if live else ""
        if kind == "add" or not target:
            ambassadors.create(db, person(next(_NUMBERS)), actor="t")
        elif kind == "edit":
            current = ambassadors.get(db, target)
            if current.consent is not ConsentStatus.ERASED:
                ambassadors.update(db, dataclasses.replace(current, team=f"T{n}"), actor="t")
        elif kind == "opt_in":
            with contextlib.suppress(GhostDeskError):  # an erased person cannot opt in
                ambassadors.opt_in(db, [target], actor="t")
        elif kind == "opt_out":
            ambassadors.opt_out(db, [target], actor="t")
        elif kind == "erase":
            ambassadors.erase(db, target, actor="t")
        elif kind == "group":
            ambassadors.add_to_group(db, live[: n % 5 + 1], f"G{n % 3}", actor="t")
        elif kind == "import":
            rows = f"Name,E-mail,Market\nImported {n},imported{n}@x.example,FR\n".encode()
            table = read_bytes(rows)
            imp.run(db, table, imp.guess_mapping(table.headers), imp.ImportOptions(), actor="t")
        elif kind == "delete":
            if not db.execute("SELECT 1 FROM consent_events WHERE ambassador_id = ?", [target]).fetchone():
                with db.atomic():
                    db.execute("DELETE FROM ambassador_group_members WHERE ambassador_id = ?", [target])
                    db.execute("DELETE FROM ambassador_topics WHERE ambassador_id = ?", [target])
                    db.execute("DELETE FROM ambassadors WHERE id = ?", [target])
        elif kind == "fail":
            with pytest.raises(RuntimeError), db.atomic():
                ambassadors.opt_out(db, [target], actor="t")
                ambassadors.create(db, person(next(_NUMBERS)), actor="t")
                raise RuntimeError("rolled back")
        assert_exact(db)
