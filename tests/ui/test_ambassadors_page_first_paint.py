"""What the Ambassadors page reads before its table's first paint: the roster's stored totals (the counts line and
the table's row count share them; nothing counts the people), then the rows on screen with their groups in one
statement — nothing else. The filter combos' choices are read right after that paint, or at once when a person
reaches for a combo before then."""

from __future__ import annotations

from pathlib import Path

import pytest
from _window_helpers import traced_main_window
from PySide6.QtCore import QEvent, QObject, Qt

from ghostdesk.domain.ambassador import Ambassador, ConsentStatus
from ghostdesk.markets import profiles
from ghostdesk.services import ambassadors
from ghostdesk.storage import ambassadors_repo

PEOPLE = 300


def crowd(n: int) -> list[Ambassador]:
    return [
        Ambassador(
            id=f"id-{i:05d}", name=f"Person {i:05d}", email=f"p{i}@x.example", market=("FR", "DE", "JP")[i % 3],
            language="en", time_zone="Europe/Paris", team=f"Team {i % 7}", topics=(f"topic {i % 4}",),
            groups=("Inner circle",) if i % 40 == 0 else (),
            consent=(ConsentStatus.OPTED_OUT, ConsentStatus.PENDING, ConsentStatus.OPTED_IN)[i % 3],
        )
        for i in range(n)
    ]  # fmt: skip


class FirstPaint(QObject):
    """Notes how many statements had run when the watched viewport first painted."""

    def __init__(self, statements: list[str]) -> None:
        super().__init__()
        self.statements = statements
        self.before: list[str] | None = None
        self.counts_text = ""
        self.page = None

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.before is None:
            self.before = list(self.statements)
            self.counts_text = self.page.counts_label.text()
        return False


@pytest.fixture
def window(qtbot, app_context, workspace):
    ambassadors_repo.save_many(workspace.db, crowd(PEOPLE))
    with traced_main_window(qtbot, app_context, workspace) as traced:
        yield traced


def _built_page(window):
    # Built (and given the workspace) without showing it yet, so the test can watch its first paint.
    return window.page("ambassadors")


def test_before_the_first_paint_the_page_counts_once_and_reads_the_screen(qtbot, window):
    window, statements = window
    watcher = FirstPaint(statements)
    page = _built_page(window)
    watcher.page = page
    page.table.viewport().installEventFilter(watcher)
    assert page.choices_pending  # nothing read for the combos yet
    window.show_page("ambassadors")
    qtbot.waitUntil(lambda: watcher.before is not None)
    # Before it paints, the page has read the roster's stored totals (m013), in one statement over a few rows that
    # the counts line and the row count share: nothing counts the people, no teams, topics or group names.
    assert watcher.before == ["SELECT consent, people FROM ambassador_counts"], watcher.before
    qtbot.waitUntil(lambda: not page.choices_pending)  # right after the paint, the combos get their choices
    # The paint read the rows on screen with their groups, in one statement (LIMIT); the choices came after.
    painted = statements[1]
    assert "LIMIT" in painted and "ambassador_group_members" in painted, statements
    later = statements[2:]
    assert any("WITH RECURSIVE" in s for s in later) and any("ambassador_topics" in s for s in later), later
    assert not any("COUNT(" in s for s in statements), statements
    # …and only the rows it shows: the screen's rows, a row cut at its top and bottom included
    view = page.table
    shown = view.viewport().height() // view.rowHeight(0) + 2
    assert page.model.loads == 1 and shown - 2 <= page.model.rows_read <= shown < page.model.PAGE
    assert page.model.rowCount() == PEOPLE
    assert watcher.counts_text.startswith(f"{PEOPLE} people · 100 opted in · 100 opted out · 100 not asked yet")
    assert [page.team_combo.itemData(i) for i in range(page.team_combo.count())] == ["", *ambassadors.teams(page.db)]
    assert [page.topic_combo.itemData(i) for i in range(page.topic_combo.count())][1:] == [
        f"topic {i}" for i in range(4)
    ]
    assert [page.group_combo.itemText(i) for i in range(page.group_combo.count())] == ["All groups", "Inner circle"]
    assert [page.market_combo.itemData(i) for i in range(page.market_combo.count())] == ["", *profiles.codes()]
    assert page.consent_combo.count() == 1 + len(ConsentStatus)


def test_a_combo_used_before_the_first_paint_has_its_choices(qtbot, window):
    window, _statements = window
    page = _built_page(window)
    assert page.choices_pending and page.team_combo.count() == 1
    assert page.team_combo.currentText() == "All teams"  # what the first paint shows
    qtbot.keyClick(page.team_combo, Qt.Key.Key_Down)  # before any event is processed: the choices come first
    assert not page.choices_pending
    assert page.team_combo.currentData() == "Team 0"
    assert page.model.rowCount() == len([i for i in range(PEOPLE) if i % 7 == 0])


@pytest.mark.parametrize("use", ["click", "wheel"])
def test_a_combo_clicked_or_wheeled_before_the_first_paint_has_its_choices(qtbot, window, use):
    window, _statements = window
    page = _built_page(window)
    assert page.choices_pending and page.market_combo.count() == 1
    if use == "click":
        page.market_combo.mousePressEvent(_mouse_press(page.market_combo))  # what a click delivers first
        page.market_combo.hidePopup()
    else:
        page.market_combo.wheelEvent(_wheel_down(page.market_combo))
    assert not page.choices_pending
    assert [page.market_combo.itemData(i) for i in range(page.market_combo.count())] == ["", *profiles.codes()]


def _mouse_press(widget):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    at = QPointF(widget.rect().center())
    return QMouseEvent(
        QEvent.Type.MouseButtonPress, at, widget.mapToGlobal(at), Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip


def _wheel_down(widget):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    at = QPointF(widget.rect().center())
    return QWheelEvent(
        at, widget.mapToGlobal(at), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip


def test_the_page_watches_its_table_and_combos_without_an_event_filter():
    """The table's resizes and paints and the combos' clicks, keys and wheel reach the page through overrides
    of those widgets: an event filter would send every event of the table's viewport and of the five combos
    into Python (and build each event class's Python type the first time one arrives)."""
    from PySide6.QtWidgets import QWidget

    from ghostdesk.ui.views import ambassadors_page

    assert ambassadors_page.AmbassadorsPage.eventFilter is QWidget.eventFilter
    assert "installEventFilter" not in Path(ambassadors_page.__file__).read_text(encoding="utf-8")


def test_the_counts_line_is_laid_out_once_per_width_while_the_page_first_shows(qtbot, window, monkeypatch):
    """The layouts ask the word-wrapped counts line for its height hundreds of times while the page first shows;
    each answer from Qt lays the whole line out again, so the page keeps one answer per width and text."""
    from PySide6.QtWidgets import QLabel

    window, _statements = window
    asked: list[tuple[object, int]] = []
    measure = QLabel.heightForWidth
    monkeypatch.setattr(
        QLabel, "heightForWidth", lambda label, width: asked.append((label, width)) or measure(label, width)
    )
    page = window.show_page("ambassadors")
    page.grab()
    widths = [width for label, width in asked if label is page.counts_label]
    assert widths and len(widths) == len(set(widths)), widths


def test_the_counts_line_s_height_follows_its_text_and_font(qtbot, window):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    window, _statements = window
    page = window.show_page("ambassadors")
    label = page.counts_label
    for width in (150, 300, 900):
        assert label.heightForWidth(width) == QLabel.heightForWidth(label, width)
    narrow = label.heightForWidth(150)
    label.setText(label.text() + " · " + label.text())  # longer: more lines at the same width
    assert label.heightForWidth(150) == QLabel.heightForWidth(label, 150) > narrow
    font = QFont(label.font())
    font.setPointSize(font.pointSize() * 2)
    label.setFont(font)  # a font change (or style, margins) is measured again
    assert label.heightForWidth(150) == QLabel.heightForWidth(label, 150)


@pytest.mark.parametrize("key", ["ambassadors", "markets", "kits", "results"])
def test_while_the_page_shows_the_window_lays_out_no_hidden_page(qtbot, app_context, workspace, monkeypatch, key):
    """A page wraps its texts itself (the roster's counts line, Markets' profile, the kits' and results' notes): no
    page reports height-for-width (`Page.hasHeightForWidth`), so the window's page stack, sizing itself, does not
    ask every page built so far (the hidden ones too) for their height at a width."""
    import shiboken6
    from PySide6.QtWidgets import QLabel

    from ghostdesk.ui.mainwindow import MainWindow
    from ghostdesk.ui.views.pages import Page

    pages: list[Page] = []
    labels: list[QLabel] = []
    # Patched before any page or label exists (PySide looks a widget's override up once).
    asked_page, asked_label = Page.heightForWidth, QLabel.heightForWidth
    monkeypatch.setattr(Page, "heightForWidth", lambda page, width: pages.append(page) or asked_page(page, width))
    monkeypatch.setattr(QLabel, "heightForWidth", lambda label, w: labels.append(label) or asked_label(label, w))
    app_context.workspace = workspace
    window = MainWindow(app_context)
    try:
        window.resize(1180, 760)
        window.show()
        qtbot.waitExposed(window)
        variants = window.show_page("variants")  # a page with word-wrapped labels, hidden from here on
        variants.grab()
        qtbot.wait(50)  # its own layout settles
        pages.clear()
        labels.clear()
        page = window.show_page(key)
        page.grab()
        for width in (1100, 900, 820):
            window.resize(width, 700)
            page.grab()
        assert pages == [], {p.objectName() for p in pages}  # no page, shown or hidden, was asked
        assert not [label for label in labels if variants.isAncestorOf(label)]
        if key == "ambassadors":
            assert page.counts_label in labels  # the page's own layout still wraps its counts line
        assert not page.hasHeightForWidth()
    finally:  # gone while the patched methods are still there (PySide keeps the override it looked up)
        window.close()
        shiboken6.delete(window)
        app_context.workspace = None


def test_the_counts_are_one_statement(workspace):
    ambassadors_repo.save_many(workspace.db, crowd(30))
    statements: list[str] = []
    workspace.db.conn.set_trace_callback(statements.append)
    counts = ambassadors.counts(workspace.db)
    workspace.db.conn.set_trace_callback(None)
    assert len(statements) == 1 and "COUNT(" not in statements[0]  # stored: nothing is counted
    assert (counts.total, counts.opted_in, counts.opted_out, counts.pending, counts.erased) == (30, 10, 10, 10, 0)


def test_a_given_count_is_not_counted_again(workspace):
    ambassadors_repo.save_many(workspace.db, crowd(30))
    statements: list[str] = []
    workspace.db.conn.set_trace_callback(statements.append)
    ids = ambassadors.query_ids(workspace.db, count=30)
    assert len(ids) == 30
    workspace.db.conn.set_trace_callback(None)
    assert not any("COUNT(" in s for s in statements), statements


def test_the_totals_line_follows_every_change(qtbot, window, monkeypatch):
    from ghostdesk.ui.dialogs.ambassador_prompts import AmbassadorPrompts

    window, _statements = window
    page = window.show_page("ambassadors")
    page.grab()

    def line() -> str:
        counted = dict(page.db.execute("SELECT consent, COUNT(*) FROM ambassadors GROUP BY consent").fetchall())
        people = sum(n for state, n in counted.items() if state != "erased")
        return f"{people} people · {counted.get('opted_in', 0)} opted in · {counted.get('opted_out', 0)} opted out"

    assert page.counts_label.text().startswith(line())
    page.select_ids([page.model.id_at(r) for r in range(5)])
    qtbot.mouseClick(page.opt_out_button, Qt.MouseButton.LeftButton)
    assert page.counts_label.text().startswith(line()) and "opted out" in line()
    page.select_ids([page.model.id_at(r) for r in range(3)])
    qtbot.mouseClick(page.opt_in_button, Qt.MouseButton.LeftButton)
    assert page.counts_label.text().startswith(line())
    monkeypatch.setattr(AmbassadorPrompts, "confirm_erase", classmethod(lambda cls, parent, name: True))
    page.select_id(page.model.id_at(0))
    page.erase_person()
    assert page.counts_label.text().startswith(f"{PEOPLE - 1} people") and page.model.rowCount() == PEOPLE - 1
