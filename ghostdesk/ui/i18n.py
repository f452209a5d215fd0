"""UI: interface language — Qt Linguist catalogues from ghostdesk.resources/i18n, switchable live.

After a switch (`LanguageSwitcher.apply`) the main window, the Page base and the first page's widgets re-set
their texts because they `follow_language`, instead of overriding `changeEvent` for `QEvent.LanguageChange`.
The first event PySide6 hands to a Python override creates the Python types of `QEvent` (whose enum has 179
members) and of its ≈50 subclasses, ≈4 ms of every start-up; following hands
Python no event at start-up. Qt still sends LanguageChange, so widgets built after start-up may keep their
`changeEvent`. Followers are called from the event loop just before Qt's LanguageChange events (a page, then
the widgets inside it, the order Qt itself keeps), like them a moment after `apply` returns.
"""

from __future__ import annotations

import logging
import weakref
from collections import deque

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator
from shiboken6 import Shiboken

log = logging.getLogger(__name__)

SUPPORTED = ("en", "fr")


class LanguageFollowers(QObject):
    """UI: the widgets that follow the interface language, in the order they joined (a page before the widgets
    inside it), and the switches posted for them.

    `post` (from `LanguageSwitcher.apply`, before it changes the translators) posts one event of our own; Qt
    delivers it from the event loop just before the LanguageChange events the translators cause, and then each
    widget that followed the language when `post` ran, and still lives, has its `retranslate_ui` called — the
    widgets and the moment Qt's own LanguageChange would have had."""

    def __init__(self) -> None:
        super().__init__()
        self._widgets: weakref.WeakValueDictionary[int, QObject] = weakref.WeakValueDictionary()
        self._joined = 0
        self._pending: deque[list[weakref.ref]] = deque()
        self._event_type: int | None = None

    def add(self, widget: QObject) -> None:
        self._joined += 1
        self._widgets[self._joined] = widget

    def post(self) -> None:
        followers = [weakref.ref(widget) for widget in self._widgets.values()]
        if not followers:
            return  # at start-up: nothing to post, and no QEvent made
        from PySide6.QtCore import QEvent

        if self._event_type is None:
            self._event_type = QEvent.registerEventType()
        self._pending.append(followers)
        QCoreApplication.postEvent(self, QEvent(QEvent.Type(self._event_type)))

    def customEvent(self, event) -> None:  # Qt calls it for our own event types only: the one `post` makes
        if not self._pending:
            return
        for ref in self._pending.popleft():
            widget = ref()
            if widget is not None and Shiboken.isValid(widget):
                try:
                    widget.retranslate_ui()
                except Exception:  # one widget's failure must not leave the others in the old language
                    log.exception("Re-setting the texts of %s after a language switch failed", type(widget).__name__)


_followers: LanguageFollowers | None = None


def language_followers() -> LanguageFollowers:
    """The one LanguageFollowers of the process (made on first use, in the GUI thread)."""
    global _followers
    if _followers is None:
        _followers = LanguageFollowers()
    return _followers


def follow_language(widget: QObject) -> None:
    """Call `widget.retranslate_ui()` after every interface language switch while it lives. Use it instead of a
    `changeEvent` override on the start-up path (see the module's docstring)."""
    language_followers().add(widget)


def resolve(choice: str) -> str:
    """'system' becomes the system's language when we ship it, else English."""
    if choice in SUPPORTED:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


class LanguageSwitcher:
    """Owns the installed translators; installing new ones makes Qt send LanguageChange to every widget, and
    `apply` has the widgets that `follow_language` retranslated just before (LanguageFollowers)."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.current = "en"
        self._translators: list[QTranslator] = []
        self._catalogues: list[bytes] = []

    def apply(self, choice: str) -> str:
        language = resolve(choice)
        language_followers().post()  # first: it is delivered before the LanguageChange events of the lines below
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


def date_format() -> str:
    """The interface locale's short date with a four-digit year (08/03/2027, 3/8/2027, 08.03.2027): ISO text
    read as foreign in French, and "27" could be any century."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def short_date(iso: str) -> str:
    """An ISO date ("2027-03-11") as the interface locale writes it; any other text as it is."""
    from datetime import date

    try:
        day = date.fromisoformat(iso[:10]) if len(iso) >= 10 else None
    except ValueError:
        day = None
    if day is None:
        return iso
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def percent(share: float) -> str:
    """A share (0.27) as the interface language writes a percentage: "27%" in English, "27 %" in French (the
    pattern is translated, with its space), the number in the locale's digits."""
    number = QLocale().toString(round(share * 100))
    return QCoreApplication.translate("Numbers", "{0}%").format(number)
