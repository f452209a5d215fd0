"""The Calendar page at scale, pinned structurally: opening it reads only the visible month's shares (light rows,
an indexed query), builds no share item and no wave-plan hash before the first paint, and builds each market's
holiday calendar once per year per session, on a worker after the first paint."""

import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

from campaign_helpers import world

from ghostdesk.services import campaigns
from ghostdesk.storage import campaigns_repo


@pytest.fixture
def planned(workspace):
    """A planned campaign in March 2027, with one share moved by hand to May."""
    campaign, _post, _made, _roster = world(workspace, markets=("US", "FR", "JP"), day="2027-03-16")
    campaigns.plan_and_apply(workspace.db, campaign.id, actor="t")
    share = campaigns.shares(workspace.db, campaign.id)[0]
    campaigns.move_share(workspace.db, share.id, datetime(2027, 5, 12, 9, 0, tzinfo=UTC), actor="t", force=True)
    return campaign, share.id


@pytest.fixture
def spies(monkeypatch):
    calls = {"share_rows": [], "shares": 0, "waves_rows": 0}
    real_rows, real_shares, real_waves = campaigns_repo.share_rows, campaigns_repo.shares, campaigns_repo.waves_rows

    def share_rows(db, campaign_id, start=None, end=None):
        found = real_rows(db, campaign_id, start, end)
        calls["share_rows"].append((start, end, len(found)))
        return found

    def shares(*a, **k):
        calls["shares"] += 1
        return real_shares(*a, **k)

    def waves_rows(*a, **k):
        calls["waves_rows"] += 1
        return real_waves(*a, **k)

    monkeypatch.setattr(campaigns_repo, "share_rows", share_rows)
    monkeypatch.setattr(campaigns_repo, "shares", shares)
    monkeypatch.setattr(campaigns_repo, "waves_rows", waves_rows)
    return calls


def test_opening_reads_only_the_visible_months_shares_and_builds_no_share_item(main_window, planned, spies, qtbot):
    campaign, moved_id = planned
    total = len(campaigns.shares(main_window.context.workspace.db, campaign.id))
    spies["shares"] = 0
    page = main_window.show_page("calendar")
    page.month.repaint()
    assert page.month.month == 3
    (start, end, count) = spies["share_rows"][-1]
    assert datetime(2027, 2, 20, tzinfo=UTC) <= start < end <= datetime(2027, 4, 20, tzinfo=UTC)  # March's grid
    assert count == total - 1 and page.model.item(moved_id) is None  # May's share is not read
    # the month grid counts rows: no share dataclass, no wave-plan hash over every share before the first paint
    assert spies["shares"] == 0 and spies["waves_rows"] == 0
    assert not page.model.waves_state_known()
    assert all(page.model.kind_of(i) == "slot" for i in page.model._cache)
    cells = page.model.month_cells(page.month.first_day())
    assert sum(c["shares"] for c in cells.values()) == total - 1
    # a share's approval state is resolved once, when first needed
    page.set_view("agenda")
    page.agenda.viewport().repaint()
    assert spies["waves_rows"] == 1 and page.model.waves_state_known()
    page.set_view("month")
    page._step(1)
    page._step(1)
    assert page.month.month == 5 and page.model.item(moved_id) is not None
    assert spies["share_rows"][-1][2] == 1
    assert spies["shares"] == 1  # the moved share is re-checked against the stored plan, read once
    assert page.model.item(moved_id).moved


def test_the_share_read_uses_the_campaign_time_index(workspace, planned):
    """The statement `share_rows` really runs, explained: the (campaign_id, utc) index, no scan, no sort."""
    campaign, _ = planned
    db = workspace.db
    ran: list[str] = []
    db.conn.set_trace_callback(ran.append)
    try:
        campaigns_repo.share_rows(db, campaign.id, datetime(2027, 3, 1, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=UTC))
    finally:
        db.conn.set_trace_callback(None)
    (statement,) = [s for s in ran if "FROM planned_shares" in s]
    text = " ".join(str(row[-1]) for row in db.execute("EXPLAIN QUERY PLAN " + statement).fetchall())
    assert "USING INDEX planned_shares_campaign (campaign_id=? AND utc>? AND utc<?)" in text
    assert "SCAN planned_shares" not in text and "TEMP B-TREE" not in text


def test_holiday_calendars_are_built_once_per_market_and_year_on_a_worker(main_window, planned, qtbot, monkeypatch):
    import threading

    import holidays

    from ghostdesk.markets import calendar as market_calendar

    market_calendar._calendar.cache_clear()
    built: list[tuple] = []
    real = holidays.country_holidays

    def counting(country, *a, **k):
        built.append(
            (country, k.get("years"), k.get("language"), threading.current_thread() is threading.main_thread())
        )
        return real(country, *a, **k)

    monkeypatch.setattr(holidays, "country_holidays", counting)
    page = main_window.show_page("calendar")
    assert built == []  # nothing before the first paint
    qtbot.waitUntil(page.holidays_ready, timeout=10_000)
    assert not any(on_main for *_k, on_main in built)  # built on a worker
    first = [b[:3] for b in built]
    assert {(c, y) for c, y, _l in first} == {("US", 2027), ("FR", 2027), ("JP", 2027)}
    assert len(first) == len(set(first))  # each (market, year, language) once
    assert any(d.month == 3 and d.day == 21 and ("JP", "Vernal Equinox Day") in names
               for d, names in page.month.holidays.items())  # fmt: skip
    for step in (1, 1, -1, -1, -1):  # move around the same year, reopen the campaign
        page._step(step)
    page.reload_campaigns()
    qtbot.waitUntil(page.holidays_ready, timeout=10_000)
    assert len(built) == len(first)  # nothing built again this session
    page._go(page.anchor + timedelta(days=300))  # a new year: its calendars only
    qtbot.waitUntil(page.holidays_ready, timeout=10_000)
    assert {b[1] for b in built[len(first) :]} == {2028}


def test_the_wave_plan_state_is_computed_on_a_worker_after_the_first_paint(main_window, planned, qtbot, monkeypatch):
    campaign, _ = planned
    threads = _waves_reads_on_gui(monkeypatch)
    page = main_window.show_page("calendar")
    page.month.repaint()
    assert threads == [] and not page.model.waves_state_known()
    qtbot.waitUntil(page.model.waves_state_known, timeout=10_000)
    assert threads == [False]  # once, on a worker with its own connection
    expected = campaigns.states(page.db, campaign.id)
    from ghostdesk.domain.campaigns import ItemType

    share = next(i for i in page.model.ids() if page.model.kind_of(i) == "share")
    assert page.model.item(share).state == expected[(ItemType.WAVES, campaign.id)].state


def _waves_reads_on_gui(monkeypatch) -> list[bool]:
    """Each read of the wave plan's rows from now on appends whether it ran on the GUI thread."""
    import threading

    on_gui: list[bool] = []
    real = campaigns_repo.waves_rows

    def waves_rows(*a, **k):
        on_gui.append(threading.current_thread() is threading.main_thread())
        return real(*a, **k)

    monkeypatch.setattr(campaigns_repo, "waves_rows", waves_rows)
    return on_gui


def _stripe(page, share_id: str):
    """The colour of a share chip's approval stripe as painted now."""
    page.month.repaint()
    point = page.month.point_for(share_id)
    assert point is not None, "the share is shown as a chip"
    rect = next(r for r, hit in page.month._hits if hit == share_id)
    image = page.month.grab().toImage()
    return image.pixelColor(int(rect.left()) + 2, point.y())


@pytest.fixture
def few(workspace):
    """A planned campaign small enough for its shares to be drawn as chips."""
    campaign, _post, _made, _roster = world(workspace, markets=("US", "FR"), day="2027-03-16", people=1)
    campaigns.plan_and_apply(workspace.db, campaign.id, actor="t")
    return campaign


def test_share_chips_never_compute_the_wave_plan_hash_on_the_gui_thread(main_window, few, qtbot, monkeypatch):
    """A day whose shares fit is drawn as chips before the worker has answered: the chips show the state as
    pending (nothing computes the hash over every share on the GUI thread) and take the real state when the
    worker's answer arrives."""
    from ghostdesk.domain.campaigns import ItemType
    from ghostdesk.ui.models.calendar_model import PENDING_COLOUR, STATE_COLOURS

    campaign = few
    on_gui = _waves_reads_on_gui(monkeypatch)
    page = main_window.show_page("calendar")
    page._after_paint.stop()  # the worker is late: chips are painted before it answers
    main_window.resize(1400, 1000)  # room for every share of a day as a chip
    page.month.repaint()
    chips = [hit for _rect, hit in page.month._hits if page.model.kind_of(hit) == "share"]
    assert chips, [page.model.month_cells(page.month.first_day())]
    share = chips[0]
    assert page.model.state_now(share) is None
    assert _stripe(page, share) == PENDING_COLOUR
    assert on_gui == [] and not page.model.waves_state_known()
    assert all(page.model.kind_of(i) == "slot" for i in page.model._cache)  # no share item built to paint
    page._after_first_paint()  # the worker, as the timer starts it
    qtbot.waitUntil(page.model.waves_state_known, timeout=10_000)
    assert on_gui == [False]
    state = campaigns.states(page.db, campaign.id)[(ItemType.WAVES, campaign.id)].state
    assert _stripe(page, share) == STATE_COLOURS[state]


def test_chips_do_not_stay_pending_when_the_worker_fails(main_window, few, qtbot, monkeypatch, caplog):
    """A worker that cannot read the wave plan's state (a busy or unreadable file) is logged, and the state is
    then computed on the GUI thread, so the chips show it instead of staying grey."""
    import threading

    from ghostdesk.domain.campaigns import ItemType
    from ghostdesk.ui.models.calendar_model import STATE_COLOURS

    real = campaigns_repo.waves_rows

    def waves_rows(*a, **k):
        if threading.current_thread() is not threading.main_thread():
            raise sqlite3.OperationalError("database is locked")
        return real(*a, **k)

    monkeypatch.setattr(campaigns_repo, "waves_rows", waves_rows)
    page = main_window.show_page("calendar")
    page._after_paint.stop()
    main_window.resize(1400, 1000)
    page.month.repaint()
    share = next(hit for _rect, hit in page.month._hits if page.model.kind_of(hit) == "share")
    page._after_first_paint()
    qtbot.waitUntil(page.model.waves_state_known, timeout=10_000)
    state = campaigns.states(page.db, few.id)[(ItemType.WAVES, few.id)].state
    page.month.repaint()
    assert _stripe(page, share) == STATE_COLOURS[state]
    assert "wave plan" in caplog.text


def test_opening_runs_a_few_queries_and_builds_no_agenda(main_window, planned, spies):
    """What opening the page asks SQLite before its first paint, counted: one read of the month's shares, no
    statement per share or per day, and no widget for the agenda nobody is looking at yet."""
    statements: list[str] = []
    conn = main_window.context.workspace.db.conn
    conn.set_trace_callback(statements.append)
    try:
        page = main_window.show_page("calendar")
        page.month.repaint()
    finally:
        conn.set_trace_callback(None)
    shares_read = [s for s in statements if "FROM planned_shares" in s]
    assert len(spies["share_rows"]) == 1 and len(shares_read) <= 2  # the month's rows, and the first share's time
    # the campaigns (picker, brief), its executive posts (first time, states), their variants, approvals and
    # the month's shares: about ten for this campaign of three posts, whatever its number of shares
    assert len(statements) <= 12, statements
    assert page._agenda is None and page._week is None
    assert not page.model._utc  # no datetime per share to place the month's rows on the grid
    page.set_view("agenda")
    assert page._agenda is not None and page.stack.currentWidget() is page.agenda
    assert page.agenda.model() is page.model


def test_opening_the_calendar_does_not_load_the_planner():
    """The planner's records (domain.planning) load when planning or checking a move, and the reports (item
    states, kit shares, plan previews) when asked for, not to show a month."""
    import os
    import subprocess

    code = (
        "import sys; import ghostdesk.services.campaigns, ghostdesk.ui.views.calendar_page, "
        "ghostdesk.ui.widgets.calendar_views; "
        "print([m for m in ('ghostdesk.domain.planning', 'ghostdesk.domain.campaign_reports') if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))  # fmt: skip
    assert done.stdout.strip() == "[]", done.stderr


def test_share_rows_come_in_time_then_id_order_ties_included(workspace, planned):
    """The index gives time order; shares at the same time come in id order (sorted after the read)."""
    campaign, _ = planned
    db = workspace.db
    same = datetime(2027, 3, 16, 23, 55, tzinfo=UTC)
    for share in sorted(campaigns.shares(db, campaign.id), key=lambda s: s.id, reverse=True)[:3]:
        campaigns.move_share(db, share.id, same, actor="t", force=True)
    rows = campaigns_repo.share_rows(db, campaign.id)
    assert [r[0] for r in rows if r[4] == same.strftime("%Y-%m-%dT%H:%M:%S+00:00")] == sorted(
        r[0] for r in rows if r[4] == same.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    )
    assert len([r for r in rows if r[4].startswith("2027-03-16T23:55")]) == 3
    assert rows == sorted(rows, key=lambda r: (r[4], r[0]))
