"""The roster read a page at a time: every page, count and position agrees with the whole ordered list, for
every sort and filter; pages come from an index (LIMIT/OFFSET), never from a read of every id."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import pytest

from ghostdesk.domain.ambassador import Ambassador, AmbassadorFilter, ConsentStatus, NetworkProfile, RosterRow
from ghostdesk.services import ambassadors
from ghostdesk.storage import ambassadors_repo as repo

SORTS = ("name", "email", "market", "consent", "team", "network_size", "time_zone")
FILTERS = (
    AmbassadorFilter(),
    AmbassadorFilter(market="FR"),
    AmbassadorFilter(consent="opted_out"),
    AmbassadorFilter(consent="erased"),
    AmbassadorFilter(team="sales"),
    AmbassadorFilter(group="Inner circle"),
    AmbassadorFilter(topic="grid"),
    AmbassadorFilter(search="ma"),
)


def people(n: int, seed: int = 3) -> list[Ambassador]:
    """Names that tie (same folded name, accents), teams spelled in two cases, sizes that tie."""
    rng = random.Random(seed)
    first = ("Léa", "Lea", "Zoé", "Anna", "Ken", "Marc", "Émile", "mara")
    zones = {"FR": "Europe/Paris", "DE": "Europe/Berlin", "JP": "Asia/Tokyo", "US": "America/New_York"}
    found = []
    for i in range(n):
        market = rng.choice(sorted(zones))
        found.append(
            Ambassador(
                id=f"{rng.randrange(16**8):08x}-{i:04d}", name=f"{rng.choice(first)} {rng.choice('ABC')}",
                email=f"p{rng.randrange(10**6)}.{i}@x.example", market=market, language="en", time_zone=zones[market],
                team=rng.choice(("Sales", "sales", "Tech", "", "Ops")),
                networks=(NetworkProfile("linkedin", "", rng.choice((0, 10, 10, 500))),),
                topics=("grid",) if i % 3 == 0 else (), groups=("Inner circle",) if i % 4 == 0 else (),
            )
        )  # fmt: skip
    return found


@pytest.fixture
def roster(workspace):
    db = workspace.db
    everyone = people(90)
    repo.save_many(db, everyone)
    ambassadors.opt_in(db, [p.id for p in everyone[:40]], actor="t")
    ambassadors.opt_out(db, [p.id for p in everyone[30:45]], actor="t")
    for person in everyone[80:84]:
        ambassadors.erase(db, person.id, actor="t")
    return db


@pytest.mark.parametrize("sort", SORTS)
def test_pages_counts_and_positions_agree_with_the_whole_list(roster, sort):
    for base, descending in itertools.product(FILTERS, (False, True)):
        filt = replace(base, sort=sort, descending=descending)
        every = repo.query_ids(roster, filt)
        assert repo.count_ids(roster, filt) == len(every), filt
        pages = [repo.page_ids(roster, filt, start, 7) for start in range(0, len(every) + 7, 7)]
        assert [i for page in pages for i in page] == every, filt
        for row in range(0, len(every), 5):
            assert repo.position(roster, filt, every[row]) == row, (filt, row)
        lines = repo.roster_rows(roster, filt, 3, 11)
        assert [line.id for line in lines] == every[3:14]
        # read backwards from the end: the same rows, in display order
        assert repo.page_ids(roster, filt, 2, 9, from_end=True) == every[max(len(every) - 11, 0) : len(every) - 2]
        tail = repo.roster_rows(roster, filt, 0, 5, from_end=True)
        assert [line.id for line in tail] == every[-5:]
        lazy = ambassadors.query_ids(roster, filt)
        assert lazy[len(every) - 9 : len(every) + 4] == every[-9:], filt
        assert [line.id for line in lazy.rows(len(every) // 2 + 1, len(every) + 3)] == every[len(every) // 2 + 1 :]
        assert [line.id for line in repo.roster_rows_by_id(roster, every[3:14])] == every[3:14]
    assert repo.position(roster, AmbassadorFilter(market="FR", sort=sort), _one_not_in(roster, "FR")) == -1


def _one_not_in(db, market: str) -> str:
    return next(i for i in repo.query_ids(db, AmbassadorFilter()) if repo.get(db, i).market != market)


def test_a_roster_row_shows_what_the_whole_record_says(roster):
    every = repo.query_ids(roster, AmbassadorFilter())
    people_by_id = repo.get_many(roster, every)
    for line in repo.roster_rows(roster, AmbassadorFilter(), 0, len(every)):
        assert line == RosterRow.of(people_by_id[line.id])


def test_a_roster_row_lists_its_groups_as_the_whole_record_does(workspace):
    """The rows' groups come with them in one statement (a JSON array per row), in the record's order: SQLite's
    NOCASE, which folds ASCII letters only ('Équipe' after 'zeta', 'alpha' before 'Beta')."""
    names = ("zeta", 'Équipe "A", ventes', "alpha", "Beta", "écoles", "[]", "日本")
    rng = random.Random(9)
    crowd = [replace(p, groups=tuple(rng.sample(names, rng.randrange(len(names) + 1)))) for p in people(40)]
    repo.save_many(workspace.db, crowd)
    statements: list[str] = []
    workspace.db.conn.set_trace_callback(statements.append)
    lines = repo.roster_rows(workspace.db, AmbassadorFilter(), 0, 40)
    workspace.db.conn.set_trace_callback(None)
    assert len(statements) == 1
    records = repo.get_many(workspace.db, [line.id for line in lines])
    assert [line.groups for line in lines] == [records[line.id].groups for line in lines]
    assert any(len(line.groups) > 3 for line in lines) and any(not line.groups for line in lines)


def test_the_name_order_and_indexed_sorts_page_through_an_index(roster):
    for filt in (AmbassadorFilter(), AmbassadorFilter(descending=True), AmbassadorFilter(market="FR"),
                 AmbassadorFilter(sort="market"), AmbassadorFilter(sort="team"), AmbassadorFilter(sort="consent"),
                 AmbassadorFilter(consent="opted_in"), AmbassadorFilter(search="lea")):  # fmt: skip
        assert not repo.sorts_in_memory(roster, filt), filt
    for filt in (AmbassadorFilter(sort="email"), AmbassadorFilter(sort="network_size", descending=True)):
        assert repo.sorts_in_memory(roster, filt), filt


def test_roster_ids_is_a_lazy_sequence(roster):
    statements: list[str] = []
    roster.conn.set_trace_callback(statements.append)
    ids = ambassadors.query_ids(roster)
    every = repo.query_ids(roster, AmbassadorFilter())
    statements.clear()
    assert len(ids) == len(every) == 86
    assert ids[0:10] == every[:10] and ids[40:50] == every[40:50] and ids[-1] == every[-1] and ids[85] == every[85]
    assert ids.index(every[33]) == 33 and every[33] in ids and "nobody" not in ids
    reads = [s for s in statements if s.startswith("SELECT") and "FROM ambassadors" in s and "WHERE id = " not in s]
    # counted, then paged: every read of several rows has a LIMIT; no statement read all 86 ids
    assert reads and all("LIMIT" in s or "COUNT(" in s for s in reads), reads
    with pytest.raises(IndexError):
        ids[86]
    with pytest.raises(ValueError):
        ids.index("nobody")
    assert list(ids) == every and ids == every and ids != every[:-1]
    roster.conn.set_trace_callback(None)


def test_a_sort_no_index_gives_is_read_once_then_served_from_memory(roster):
    ids = ambassadors.query_ids(roster, AmbassadorFilter(sort="email"))
    every = repo.query_ids(roster, AmbassadorFilter(sort="email"))
    assert len(ids) == len(every)
    assert [line.id for line in ids.rows(0, 20)] == every[:20]
    assert ids[20:40] == every[20:40] and ids.index(every[50]) == 50
    assert ids.reads == 1


def test_counts_and_teams(roster):
    counts = ambassadors.counts(roster)
    by_status = dict(roster.execute("SELECT consent, COUNT(*) FROM ambassadors GROUP BY consent").fetchall())
    assert (counts.opted_in, counts.opted_out, counts.pending, counts.erased) == (
        by_status.get("opted_in", 0), by_status.get("opted_out", 0), by_status.get("pending", 0), by_status["erased"],
    )  # fmt: skip
    assert counts.total == 86
    # one entry per team whatever its spelling (the filter ignores case), in order; erased people have none
    assert [t.casefold() for t in ambassadors.teams(roster)] == ["ops", "sales", "tech"]
    assert ambassadors.group_names(roster) == ["Inner circle"]


def test_erased_people_sort_by_e_mail_with_the_rest(roster):
    filt = AmbassadorFilter(consent="erased", sort="email")
    erased = repo.query_ids(roster, filt)
    assert len(erased) == 4 and {repo.position(roster, filt, i) for i in erased} == {0, 1, 2, 3}
    assert repo.get(roster, erased[0]).consent is ConsentStatus.ERASED


def test_a_search_is_counted_and_read_in_one_scan_when_it_finds_few(roster, monkeypatch):
    ids = ambassadors.query_ids(roster, AmbassadorFilter(search="léa"))
    every = repo.query_ids(roster, AmbassadorFilter(search="lea"))
    assert len(ids) == len(every) > 0 and ids[0 : len(every)] == every and ids.reads == 1
    monkeypatch.setattr(ambassadors.RosterIds, "FEW", 3)  # finds more than a few: counted, then paged
    many = ambassadors.query_ids(roster, AmbassadorFilter(search="a"))
    assert len(many) == len(repo.query_ids(roster, AmbassadorFilter(search="a"))) > 3
    assert many[3:9] == repo.query_ids(roster, AmbassadorFilter(search="a"))[3:9] and many.reads == 2


@pytest.mark.parametrize(
    "filt",
    [
        AmbassadorFilter(),
        AmbassadorFilter(market="FR"),
        AmbassadorFilter(team="sales"),
        AmbassadorFilter(market="JP"),
        AmbassadorFilter(market="FR", descending=True),
        AmbassadorFilter(team="Tech", descending=True),
    ],
)
def test_a_market_or_a_team_is_counted_along_its_index_and_needs_no_plan(roster, filt):
    erased = repo.get_many(roster, [i for i in repo.query_ids(roster, AmbassadorFilter(consent="erased"))])
    if filt.market == "FR":  # erased people of that market are left out of its count
        assert any(p.market == "FR" for p in erased.values())
    statements: list[str] = []
    roster.conn.set_trace_callback(statements.append)
    shown = repo.count_ids(roster, filt)
    in_memory = repo.sorts_in_memory(roster, filt)
    roster.conn.set_trace_callback(None)
    assert shown == len(repo.query_ids(roster, filt))
    assert len(statements) == 1 and "consent != 'erased'" not in statements[0], statements  # only the count
    # The plan the shortcut stands for: an index gives this order (SQLite sorts nothing itself).
    where, args = repo._where(filt)
    plan = roster.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM ambassadors WHERE {where} ORDER BY {repo._order_by(filt)}", args
    ).fetchall()
    assert in_memory is False and not any("TEMP B-TREE" in row[-1] for row in plan)
