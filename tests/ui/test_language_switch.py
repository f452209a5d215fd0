"""UI: switching the interface language re-sets the texts of the window and of every page, through
`ui.i18n.follow_language` (a signal) rather than `changeEvent` overrides, which cost start-up QEvent's types."""

from __future__ import annotations

import pytest
from _window_helpers import interface_language
from PySide6.QtWidgets import QLabel, QWidget

from ghostdesk.ui.i18n import follow_language, language_followers
from ghostdesk.ui.views.pages import Page, page_specs


def test_switching_the_language_retranslates_the_window_and_every_page(main_window, qtbot):
    pages = {spec.key: main_window.page(spec.key) for spec in page_specs()}  # every page built
    english = {key: page.heading.text() for key, page in pages.items()}
    assert all(english.values()), english
    main_window.context.languages.apply("fr")
    qtbot.waitUntil(lambda: main_window.file_menu.title() == "&Fichier")
    assert main_window.tools_menu.title() == "&Outils"
    assert [main_window.sidebar.item(row).text() for row in range(2)] == ["Voix", "Publications"]
    french = {key: page.heading.text() for key, page in pages.items()}
    assert all(french[key] and french[key] != english[key] for key in pages), (english, french)
    assert pages["voices"].summary.edit_button.text() == "Modifier le profil…"
    main_window.context.languages.apply("en")
    qtbot.waitUntil(lambda: main_window.file_menu.title() == "&File")
    assert {key: page.heading.text() for key, page in pages.items()} == english
    assert pages["voices"].summary.edit_button.text() == "Edit profile…"


def test_the_start_up_classes_override_no_event_handler():
    # The first event PySide6 hands to a Python override makes the Python types of QEvent and its ≈50
    # subclasses (≈4 ms of start-up): the classes built before the first paint take none.
    from ghostdesk.ui.assist_menu import ToolsMenu
    from ghostdesk.ui.mainwindow import MainWindow
    from ghostdesk.ui.views.voices_page import VoicesPage
    from ghostdesk.ui.widgets.voice_profile_summary import VoiceProfileSummary

    for cls in (MainWindow, Page, VoicesPage, ToolsMenu, VoiceProfileSummary):
        overridden = {
            name
            for klass in cls.__mro__
            if klass.__module__.startswith("ghostdesk.")
            for name in vars(klass)
            if (name.endswith("Event") and name != "closeEvent") or name in ("event", "eventFilter")
        }
        assert not overridden, (cls.__name__, overridden)


class _Probe(QWidget):
    def __init__(self, seen: list[str]) -> None:
        super().__init__()
        self.seen = seen
        follow_language(self)

    def retranslate_ui(self) -> None:
        self.seen.append(self.objectName())


def test_a_destroyed_widget_no_longer_follows_the_language(qapp, qtbot):
    seen: list[str] = []
    kept, gone = _Probe(seen), _Probe(seen)
    kept.setObjectName("kept")
    gone.setObjectName("gone")
    language_followers().post()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == ["kept", "gone"]  # in the order they joined
    seen.clear()
    from shiboken6 import Shiboken

    Shiboken.delete(gone)  # the C++ widget destroyed, its Python wrapper still referenced here
    assert not Shiboken.isValid(gone)
    language_followers().post()
    qtbot.waitUntil(lambda: seen == ["kept"])  # no call into the deleted widget
    late = _Probe(seen)
    late.setObjectName("late")
    language_followers().post()
    seen.clear()
    third = _Probe(seen)  # joined after the switch was posted: not called for it (nor would Qt's LanguageChange be)
    third.setObjectName("third")
    qtbot.waitUntil(lambda: seen == ["kept", "late"])
    qtbot.wait(20)
    assert seen == ["kept", "late"]


def test_widgets_that_still_catch_language_change_switch_after_the_page_that_holds_them(app_context, qtbot):
    from PySide6.QtCore import QEvent

    order: list[str] = []

    class Inner(QWidget):
        def changeEvent(self, event) -> None:
            if event.type() == QEvent.Type.LanguageChange:
                order.append("inner")
            super().changeEvent(event)

    class Outer(Page):
        def __init__(self) -> None:
            super().__init__()
            self.inner = Inner(self)

        def retranslate_ui(self) -> None:
            order.append("page")

    page = Outer()
    qtbot.addWidget(page)
    with interface_language(app_context, "fr"):
        qtbot.waitUntil(lambda: len(order) == 2)
        assert order == ["page", "inner"]  # Qt's own order, parent first, kept across the two mechanisms


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_page_built_after_a_switch_is_in_that_language_and_follows_the_next(app_context, qtbot, language):
    app_context.languages.apply(language)
    heading = QLabel()

    class Probe(Page):
        def __init__(self) -> None:
            super().__init__()
            self.retranslate_ui()

        def retranslate_ui(self) -> None:
            heading.setText(self.tr("Voices"))

    page = Probe()
    qtbot.addWidget(page)
    assert heading.text() == "Voices"  # a context without a catalogue entry: the source text
    heading.clear()
    app_context.languages.apply("fr" if language == "en" else "en")
    qtbot.waitUntil(lambda: heading.text() == "Voices")  # called again


class _Broken(_Probe):
    def retranslate_ui(self) -> None:
        raise RuntimeError("reads a workspace closed a moment ago")


def test_a_widget_that_fails_to_retranslate_is_logged_and_the_others_still_switch(qapp, qtbot, caplog):
    seen: list[str] = []
    first, broken, last = _Probe(seen), _Broken(seen), _Probe(seen)
    first.setObjectName("first")
    last.setObjectName("last")
    language_followers().post()
    qtbot.waitUntil(lambda: seen == ["first", "last"])
    assert "_Broken after a language switch failed" in caplog.text
    assert "reads a workspace closed a moment ago" in caplog.text
    del broken
