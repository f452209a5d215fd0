"""UI: the Markets page lists markets, shows a profile, and overrides or adds markets through the service."""

from __future__ import annotations

from datetime import date

import pytest
from _model_checks import assert_multidata_answers_as_data
from _window_helpers import interface_language
from PySide6.QtCore import Qt

from ghostdesk.markets import profiles
from ghostdesk.markets.profiles import profile_to_raw
from ghostdesk.services import markets
from ghostdesk.ui.dialogs.market_dialogs import (
    MarketAddDialog,
    MarketChange,
    MarketFieldDialog,
    MarketPrompts,
    NewMarket,
    text_to_value,
    value_to_text,
)
from ghostdesk.ui.models.market_list_model import CODE_ROLE, MarketListModel


@pytest.fixture
def page(main_window):
    return main_window.show_page("markets")


def test_markets_page_comes_right_after_posts(main_window):
    keys = [spec.key for spec in main_window.specs]
    assert keys.index("markets") == keys.index("posts") + 1
    assert not main_window.sidebar.item(keys.index("markets")).icon().isNull()
    assert main_window.sidebar.item(keys.index("markets")).text() == "Markets"


def test_model_passes_the_tester(qtmodeltester, workspace):
    model = MarketListModel()
    model.reload(workspace.db)
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    assert [model.index(r, 0).data(CODE_ROLE) for r in range(7)] == ["CN", "DE", "ES", "FR", "JP", "UK", "US"]
    model.reload(None)
    assert model.rowCount() == 0


def test_selecting_a_market_shows_its_profile(page, qtbot):
    row = page.model.row_of("CN")
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(page.model.index(row, 1)).center()
    )
    text = page.profile_view.toPlainText()
    assert page.current_code() == "CN"
    assert "China (CN)" in text and "Weibo" in text and "2,000 characters" in text
    assert "LinkedIn withdrew from China" in text and "广告" in text
    assert "Plan for WeChat and WeCom Moments" in text  # the checklist


def test_holidays_for_the_coming_months_are_listed(page, qtbot):
    page.profile_view.today = date(2026, 6, 20)
    page.select_code("FR")
    qtbot.waitUntil(page.profile_view.is_complete)
    text = page.profile_view.toPlainText()
    assert "14/07/2026 — National Day" in text
    assert "12/03/2026" in text and "1 234,56" in text.replace("\u202f", " ")


def test_override_a_field_through_the_dialog(page, monkeypatch, main_window):
    page.select_code("FR")
    change = MarketChange("disclosure", {"label": "#salarié", "accepted": [], "basis": ""})
    monkeypatch.setattr(MarketFieldDialog, "get_change", classmethod(lambda cls, *a, **k: change))
    assert page.override_field()
    db = main_window.context.workspace.db
    assert markets.effective(db, "FR").disclosure.label == "#salarié"
    assert "Default label: #salarié" in page.profile_view.toPlainText()
    assert "overridden here" in page.profile_view.toPlainText()
    assert page.model.index(page.model.row_of("FR"), 4).data() == "Shipped, 1 overridden"
    assert page.reset_button.isEnabled()

    monkeypatch.setattr(MarketPrompts, "confirm_reset", classmethod(lambda cls, *a: True))
    page.reset_button.click()
    assert markets.overrides(db, "FR") == {}
    assert not page.reset_button.isEnabled()


def test_a_bad_override_is_explained_and_nothing_changes(page, monkeypatch, main_window):
    page.select_code("DE")
    change = MarketChange("time_zones", ["Mars/Olympus"])
    monkeypatch.setattr(MarketFieldDialog, "get_change", classmethod(lambda cls, *a, **k: change))
    shown = []
    monkeypatch.setattr(MarketPrompts, "error", classmethod(lambda cls, parent, exc: shown.append(exc)))
    assert not page.override_field()
    assert shown and shown[0].code == "market_invalid"
    assert markets.overrides(main_window.context.workspace.db, "DE") == {}


def test_add_then_remove_a_market(page, monkeypatch, main_window):
    monkeypatch.setattr(MarketAddDialog, "get_new_market", classmethod(lambda cls, *a: NewMarket("BR", "Brazil", "ES")))
    assert page.current_code() == "CN" and not page.remove_button.isEnabled()  # shipped: not removable
    page.add_button.click()
    assert page.current_code() == "BR" and page.model.rowCount() == 8
    assert "Brazil (BR)" in page.profile_view.toPlainText()
    assert page.remove_button.isEnabled()
    monkeypatch.setattr(MarketPrompts, "confirm_remove", classmethod(lambda cls, *a: True))
    page.remove_button.click()
    assert page.model.rowCount() == 7


def test_field_dialog_edits_values_in_their_own_form(qtbot):
    values = profile_to_raw(profiles.get("FR"))
    dialog = MarketFieldDialog(None, "FR", values, {"networks"})
    qtbot.addWidget(dialog)
    dialog.select_field("networks")
    assert dialog.editor.toPlainText() == "linkedin\nx"
    assert dialog.reset_button.isEnabled()
    dialog.editor.setPlainText("linkedin\nx\nxing\n")
    dialog._accept()
    assert dialog.result_change == MarketChange("networks", ["linkedin", "x", "xing"])

    dialog = MarketFieldDialog(None, "FR", values, set())
    qtbot.addWidget(dialog)
    dialog.select_field("register")
    assert not dialog.reset_button.isEnabled()
    dialog.editor.setPlainText("{not json")
    dialog._accept()
    assert dialog.result_change is None and dialog.problem.text()
    assert text_to_value("currency", value_to_text("currency", "EUR")) == "EUR"


def test_page_is_read_only_without_a_writable_workspace(page, main_window):
    main_window.controller.close_workspace()
    assert page.model.rowCount() == 0
    assert not page.add_button.isEnabled() and not page.override_button.isEnabled()


def test_the_page_speaks_french(page, app_context, qtbot):
    page.select_code("DE")
    with interface_language(app_context, "fr"):
        qtbot.waitUntil(lambda: page.heading.text() == "Marchés")
        qtbot.waitUntil(page.profile_view.is_complete)
        text = page.profile_view.toPlainText()
        assert "Jours fériés des prochains mois" in text
        assert "3 000 caractères" in text.replace("\u202f", " ").replace("\xa0", " ")
        assert "samedi" in text  # weekend days in the interface language
        assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Marché"
    qtbot.waitUntil(lambda: page.heading.text() == "Markets")


def test_the_page_loads_only_when_shown(main_window, qtbot):
    page = main_window.page("markets")
    assert main_window.current_page_key() != "markets"
    assert page.model.rowCount() == 0  # nothing loaded behind the user's back
    main_window.show_page("markets")
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)


def test_error_words(qapp):
    from ghostdesk.domain.errors import StorageFull
    from ghostdesk.markets.errors import MarketExists
    from ghostdesk.ui.dialogs.market_dialogs import error_text

    assert error_text(MarketExists("x", market="BR")) == "A market with the code BR already exists."
    assert "full" in error_text(StorageFull("x", path="/w.ghostdesk"))


def test_the_profile_shows_before_its_holidays_and_formats_load(page, qtbot, monkeypatch):
    """The holiday calendars and Babel take about half a second to load the first time: the rest of the
    profile is shown at once and those sections follow from a worker, without blocking the window."""
    from threading import Event

    from ghostdesk.ui.views import market_profile_view

    release = Event()
    real = market_profile_view.dated_sections
    monkeypatch.setattr(market_profile_view, "dated_sections", lambda *a: (release.wait(10), real(*a))[1])
    page.profile_view.today = date(2026, 12, 20)  # a day no earlier test has loaded
    page.select_code("DE")
    text = page.profile_view.toPlainText()
    assert "Germany (DE)" in text and "Loading…" in text and not page.profile_view.is_complete()
    release.set()
    qtbot.waitUntil(page.profile_view.is_complete)
    text = page.profile_view.toPlainText()
    assert "Loading…" not in text and "25.12.2026" in text  # Christmas Day, in the German date format


def test_a_section_that_cannot_be_prepared_says_so_instead_of_loading_for_ever(page, qtbot, monkeypatch):
    from ghostdesk.ui.views import market_profile_view

    def fail(*_args):
        raise OSError("no holiday data")

    monkeypatch.setattr(market_profile_view, "dated_sections", fail)
    page.profile_view.today = date(2026, 11, 2)  # a day no earlier test has loaded
    page.select_code("JP")
    qtbot.waitUntil(lambda: "could not be prepared" in page.profile_view.toPlainText())
    text = page.profile_view.toPlainText()
    assert "Japan (JP)" in text and "no holiday data" in text and "Loading…" not in text


def test_a_market_still_in_use_says_how_many_variants_keep_it(qapp):
    from ghostdesk.markets.errors import MarketInUse
    from ghostdesk.ui.dialogs.market_dialogs import error_text

    one = error_text(MarketInUse("in use", market="BE", variants=1))
    many = error_text(MarketInUse("in use", market="BE", variants=3))
    assert one == "BE still has 1 variant. Move it to the trash first, then remove the market."
    assert many == "BE still has 3 variants. Move them to the trash first, then remove the market."


def test_showing_a_profile_never_wraps_the_text_view_s_viewport(page, qtbot, monkeypatch):
    """The first Python wrapper of that viewport makes PySide6 set up some forty widget classes and their enums
    (≈8 ms of the page's first open): the view asks for its repaint without it."""
    from PySide6.QtWidgets import QTextBrowser

    from ghostdesk.ui.views.market_profile_view import MarketProfileView

    asked: list[int] = []
    monkeypatch.setattr(MarketProfileView, "viewport", lambda self: asked.append(1) or QTextBrowser.viewport(self))
    page.profile_view.today = date(2026, 10, 3)  # a day no earlier test has loaded: the worker runs
    page.select_code("FR")
    qtbot.waitUntil(page.profile_view.is_complete)  # painted, then its dated sections arrived
    page.select_code("DE")
    qtbot.waitUntil(page.profile_view.is_complete)
    assert asked == []
    assert "France" not in page.profile_view.toPlainText() and "Germany (DE)" in page.profile_view.toPlainText()


def test_multidata_answers_every_role_as_data_does_and_clears_the_others(workspace):
    from ghostdesk.ui.models.market_list_model import ENTRY_ROLE

    model = MarketListModel()
    model.reload(workspace.db)
    markets.set_override(workspace.db, "FR", "currency", "EUR")  # an overridden row has a tooltip
    model.reload(workspace.db)
    roles = [*range(0, 14), CODE_ROLE, ENTRY_ROLE]
    assert_multidata_answers_as_data(model, range(model.rowCount()), roles)


def test_the_market_list_is_painted_with_one_call_into_python_per_cell(main_window, monkeypatch):
    """Qt's default multiData asks data() once per role (about ten a cell); the model answers a cell at once."""
    counted = {"data": 0, "multiData": 0}
    for name in counted:
        original = getattr(MarketListModel, name)

        def wrapper(self, *args, _name=name, _original=original):
            counted[_name] += 1
            return _original(self, *args)

        monkeypatch.setattr(MarketListModel, name, wrapper)  # before the page builds its model
    page = main_window.show_page("markets")
    page.grab()
    counted.update(data=0, multiData=0)
    page.table.viewport().grab()
    assert counted["multiData"] == page.model.rowCount() * page.model.columnCount()
    assert counted["data"] == 0


def _fonts(document, base: float) -> set[tuple[float, bool, bool]]:
    from PySide6.QtGui import QTextFormat

    used = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            font = fmt.font()
            used.add((round(fmt.fontPointSize() or base, 2), font.bold(), font.italic()))
            assert fmt.intProperty(QTextFormat.Property.FontSizeAdjustment) == 0  # Qt's <h1>…<h6>, <small>
            it += 1
        block = block.next()
    return used


def test_the_profile_is_laid_out_in_the_window_s_own_fonts_and_without_a_table(page):
    """Each font size or style the window has not used yet is loaded, and its glyphs drawn, on the page's first
    open; an HTML table is laid out several times over. The profile keeps to the text's font, its bold and the
    page heading's size, in paragraphs and lists."""
    from PySide6.QtGui import QTextFrame

    from ghostdesk.ui.views.market_profile_view import fonts_sample

    base = round(page.profile_view.font().pointSizeF(), 2)
    heading = round(page.heading.font().pointSizeF(), 2)
    for code in ("CN", "DE", "JP"):
        page.select_code(code)
        document = page.profile_view.document()
        assert [f for f in document.rootFrame().childFrames() if isinstance(f, QTextFrame)] == []  # no table
        used = _fonts(document, base)
        assert used == {(base, False, False), (base, True, False), (heading, True, False)}
    text = page.profile_view.toPlainText()
    assert "Post limit: 3,000 characters" in text and "Fold (desktop / mobile): 210 / 140" in text
    # The idle warm-up (markets_page.warm_up) lays out a line in each of those fonts, in the shipped markets'
    # own words: their fonts and fallback fonts (Chinese, Japanese) are loaded before the page first opens.
    sample = fonts_sample(profiles.shipped().values())
    assert _fonts(sample, base) == used
    assert "广告" in sample.toPlainText() and "您" in sample.toPlainText()


def test_on_an_800_px_screen_the_profile_keeps_a_readable_width(page, main_window, qtbot):
    main_window.resize(800, 600)
    qtbot.wait(20)
    main_window.resize(1180, 760)  # back and forth: the panes share what the window gives them
    main_window.resize(800, 600)
    qtbot.waitUntil(lambda: main_window.width() == 800)
    qtbot.wait(20)
    listing, profile = page.splitter.sizes()
    assert profile >= 0.4 * (listing + profile), (listing, profile)


def test_shipped_market_names_follow_the_interface_language_and_a_workspace_s_own_do_not(
    page, main_window, monkeypatch, qtbot
):
    from ghostdesk.markets import profiles
    from ghostdesk.ui.market_names import shipped_names

    assert {p.name for p in profiles.shipped().values()} == set(shipped_names())  # a new shipped market is named here
    monkeypatch.setattr(MarketAddDialog, "get_new_market", classmethod(lambda cls, *a: NewMarket("BR", "Brazil", "ES")))
    page.add_button.click()
    names = page.model.COLUMNS.index("name")

    def name_of(code: str) -> str:
        return page.model.index(page.model.row_of(code), names).data()

    with interface_language(main_window.context, "fr"):
        qtbot.waitUntil(lambda: name_of("CN") == "Chine")
        assert name_of("DE") == "Allemagne" and name_of("US") == "États-Unis"
        assert name_of("BR") == "Brazil"  # named by the workspace: shown as written
        page.select_code("CN")
        qtbot.waitUntil(lambda: "Chine (CN)" in page.profile_view.toPlainText())
    qtbot.waitUntil(lambda: name_of("CN") == "China")


def test_the_profile_s_secondary_lines_stay_readable_on_a_dark_palette(page):
    from PySide6.QtGui import QColor, QPalette

    from ghostdesk.ui.views.market_profile_view import muted_style

    view = page.profile_view
    light = muted_style(view)
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    view.setPalette(dark)
    shade = QColor(muted_style(view).removeprefix("color:"))
    assert shade.lightness() > 140 and muted_style(view) != light  # lighter than the background, not a fixed grey
    assert muted_style(view) in view.render_html()


def test_a_shipped_profile_s_words_follow_the_interface_language_and_a_workspace_s_own_do_not(
    page, main_window, monkeypatch, qtbot
):
    """The notes, register, disclosure basis, windows and checklist of a shipped market are read in French in the
    French interface; a field the workspace overrides is shown as its user wrote it."""
    page.select_code("DE")
    change = MarketChange("checklist", ["Nur auf Deutsch posten."])
    monkeypatch.setattr(MarketFieldDialog, "get_change", classmethod(lambda cls, *a, **k: change))
    page.select_code("CN")
    with interface_language(main_window.context, "fr"):
        qtbot.waitUntil(lambda: "LinkedIn s'est retiré de Chine" in page.profile_view.toPlainText())
        text = page.profile_view.toPlainText()
        assert "您 · soutenu — Chinois simplifié, registre soutenu" in text
        assert "08:00–09:30 (matin)" in text and "(midi)" in text and "(soir)" in text
        assert "Prévoyez WeChat et WeCom Moments, Weibo et Maimai" in text  # the checklist
        assert "LinkedIn — LinkedIn s'est retiré de Chine" in text  # the network by its name, not its id
        assert "withdrew" not in text and "morning" not in text and "formal" not in text
        page.select_code("DE")
        assert page.override_field()
        qtbot.waitUntil(lambda: "Nur auf Deutsch posten." in page.profile_view.toPlainText())
        assert "UWG : les publications commerciales doivent être signalées" in page.profile_view.toPlainText()
    qtbot.waitUntil(lambda: "UWG: commercial posts must be labelled" in page.profile_view.toPlainText())


def test_the_first_open_sets_the_profile_once_and_lays_it_out_at_its_final_width(main_window, monkeypatch):
    """The profile's HTML is parsed and laid out once when the page opens: set once (not a provisional version
    then another), at the width the view keeps through the first paint (not at a provisional width first)."""
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from ghostdesk.ui.views.market_profile_view import MarketProfileView

    widths: list[float] = []  # the document's width at each setHtml
    laid_out: list[float] = []  # its width at each layout that changed its size

    def set_html(self, html):
        if not widths:
            self.document().documentLayout().documentSizeChanged.connect(lambda size: laid_out.append(size.width()))
        QTextBrowser.setHtml(self, html)
        widths.append(self.document().textWidth())

    monkeypatch.setattr(MarketProfileView, "setHtml", set_html)
    main_window.resize(1180, 760)
    page = main_window.show_page("markets")
    QApplication.processEvents()
    page.grab()
    assert page.current_code() == "CN" and "China (CN)" in page.profile_view.toPlainText()
    assert len(widths) == 1
    assert widths[0] == page.profile_view.document().textWidth() > 300
    assert laid_out and set(laid_out) == {widths[0]}, laid_out


def test_the_idle_warm_up_draws_the_profile_s_fonts_wrapped(qapp, monkeypatch):
    """Laid out wrapped and drawn while the window is idle: the fonts, fallback fonts, line breaking and glyphs the
    first profile needs are ready before the page opens."""
    from ghostdesk.ui.views import market_profile_view

    samples = []
    real = market_profile_view.fonts_sample
    monkeypatch.setattr(market_profile_view, "fonts_sample", lambda found: samples.append(real(found)) or samples[-1])
    image = market_profile_view.warm_up_fonts(profiles.shipped().values())
    sample = samples[0]
    assert sample.textWidth() == market_profile_view.WARM_UP_WIDTH == image.width()
    assert image.height() > 100 and sample.documentLayout().blockBoundingRect(sample.firstBlock()).height() > 40
    drawn = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert len(drawn) > 2  # glyphs, not a blank picture
    assert "China (CN)" in sample.toPlainText() and "广告" in sample.toPlainText()


def test_a_narrow_list_gives_the_locale_s_width_to_the_networks(page, main_window, qtbot):
    """At 800 px in French the "Code régional" header alone took the width the networks' names needed (they read
    "Li…"); the profile beside the list says the locale anyway."""
    locale = page.model.COLUMNS.index("locale")
    networks = page.model.COLUMNS.index("networks")
    main_window.resize(1180, 760)
    qtbot.waitUntil(lambda: page.table.width() >= 360)
    assert not page.table.isColumnHidden(locale)
    main_window.resize(800, 600)
    main_window.fit_sidebar()  # as the window's width signal does once the window is idle: icons only
    qtbot.waitUntil(lambda: page.table.width() < 360)
    assert page.table.isColumnHidden(locale)
    wanted = page.table.fontMetrics().horizontalAdvance("LinkedIn, XING")
    qtbot.waitUntil(lambda: page.table.columnWidth(networks) >= wanted, timeout=2000)
