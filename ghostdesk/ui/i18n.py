"""UI: interface language — Qt Linguist catalogues from ghostdesk.resources/i18n, switchable live.

Switching (`LanguageSwitcher.apply`) emits `language_signal().changed`; the main window, the Page base and the
first page's widgets re-set their texts from it (`follow_language`) instead of overriding `changeEvent` for
`QEvent.LanguageChange`. The first event PySide6 hands to a Python override makes the Python types of `QEvent`
(its `Type` enum has 179 members) and of its ≈50 subclasses (≈4 ms, one start-up in fifty); a signal hands
Python nothing. Qt still sends LanguageChange, so widgets built after start-up may keep their `changeEvent`.
The signal comes from the event loop, just before Qt's LanguageChange events (a page, then the widgets inside
it, the order Qt itself keeps), like them a moment after `apply` returns.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SIGNAL, QCoreApplication, QLocale, QObject, QTranslator, Signal

log = logging.getLogger(__name__)

SUPPORTED = ("en", "fr")


class LanguageSignal(QObject):
    """UI: `changed` is emitted after each `LanguageSwitcher.apply`, translators and default locale in place."""

    changed = Signal()
    _event_type: int | None = None

    def post(self) -> None:
        """Emit `changed` from the event loop. Posted before the translators change, it arrives before the
        LanguageChange events Qt posts for them. With nothing following the language yet (at start-up) there is
        nothing to post, and no `QEvent` is made."""
        if not self.receivers(SIGNAL("changed()")):
            return
        from PySide6.QtCore import QEvent

        if LanguageSignal._event_type is None:
            LanguageSignal._event_type = QEvent.registerEventType()
        QCoreApplication.postEvent(self, QEvent(QEvent.Type(LanguageSignal._event_type)))

    def customEvent(self, event) -> None:  # Qt calls it for our own event types only: the one `post` makes
        self.changed.emit()


_signal: LanguageSignal | None = None


def language_signal() -> LanguageSignal:
    """The one LanguageSignal of the process (made on first use, in the GUI thread)."""
    global _signal
    if _signal is None:
        _signal = LanguageSignal()
    return _signal


def follow_language(widget: QObject) -> None:
    """Call `widget.retranslate_ui()` after every interface language switch, as long as the widget lives (Qt
    drops the connection when it is destroyed). Use it instead of a `changeEvent` override on the start-up path
    (see the module's docstring)."""
    language_signal().changed.connect(widget.retranslate_ui)


def resolve(choice: str) -> str:
    """'system' becomes the system's language when we ship it, else English."""
    if choice in SUPPORTED:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


class LanguageSwitcher:
    """Owns the installed translators; installing new ones makes Qt send LanguageChange to every widget, and
    `apply` has `language_signal().changed` emitted just before, for the widgets that `follow_language`."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.current = "en"
        self._translators: list[QTranslator] = []
        self._catalogues: list[bytes] = []

    def apply(self, choice: str) -> str:
        language = resolve(choice)
        language_signal().post()  # first: it is delivered before the LanguageChange events of the lines below
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators, self._catalogues = [], []
        if language != "en":
            for data in catalogues(language):
                translator = QTranslator(self.app)
                # Qt reads the catalogue in place: the bytes must live as long as the translator.
                if translator.load(data):
                    self._translators.append(translator)
                    self._catalogues.append(data)
            from PySide6.QtCore import QLibraryInfo  # with the catalogues: not needed in English

            qt_own = QTranslator(self.app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
                self._translators.append(qt_own)
        for translator in self._translators:
            self.app.installTranslator(translator)
        self.current = language
        QLocale.setDefault(locale_for(language))
        return language


def locale_for(language: str) -> QLocale:
    """Dates and numbers follow the system's locale when it speaks the interface language, else the language's."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def catalogues(language: str) -> list[bytes]:
    """Every area's compiled catalogue for `language` (one .qm per area, see tools/i18n.py)."""
    from importlib import resources  # ≈2 ms to import: only when a language other than English is chosen

    folder = resources.files("ghostdesk.resources").joinpath("i18n")
    found = [entry for entry in folder.iterdir() if entry.name.endswith(f"_{language}.qm")]
    if not found:
        log.warning("No interface catalogues for %s", language)
    return [entry.read_bytes() for entry in sorted(found, key=lambda e: e.name)]


def count(n: float, one: str, other: str, *more: object) -> str:
    """A counted phrase: `one` or `other` (both already translated) by the interface language's plural rule.

    `{0}` becomes `n` written in the interface locale (QLocale().toString, so 1,000 / 1 000; a float with
    one decimal, 1.5 / 1,5); `{1}`… take `more`. Callers pass both forms through tr/translate so lupdate
    extracts both: `count(n, self.tr("{0} post"), self.tr("{0} posts"))`. We use this instead of Qt's `%n`
    numerus forms because English is the source text and ships no catalogue. Rules (CLDR): French takes the
    singular when the whole part is 0 or 1 (0, 1, 1,5); English, and any language we do not know, only for
    the whole number 1 (a shown decimal, 1.0, is plural).
    """
    locale = QLocale()
    french = locale.name().split("_")[0] == "fr"
    singular = 0 <= n < 2 if french else n == 1 and not isinstance(n, float)
    number = locale.toString(float(n), "f", 1) if isinstance(n, float) else locale.toString(n)
    return (one if singular else other).format(number, *more)
