"""UI: interface language — Qt Linguist catalogues from ghostdesk.resources/i18n, switchable live."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SUPPORTED = ("en", "fr")
CATALOGUE = "ghostdesk"


def resolve(choice: str) -> str:
    """'system' becomes the system's language when we ship it, else English."""
    if choice in SUPPORTED:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


class LanguageSwitcher:
    """Owns the installed translators; installing new ones makes Qt send LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.current = "en"
        self._translators: list[QTranslator] = []
        self._data = b""

    def apply(self, choice: str) -> str:
        language = resolve(choice)
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        if language != "en":
            ours = QTranslator(self.app)
            data = resources.files("ghostdesk.resources").joinpath("i18n", f"{CATALOGUE}_{language}.qm")
            # The bytes must outlive the translator: Qt reads the catalogue in place.
            self._data = data.read_bytes() if data.is_file() else b""
            if self._data and ours.load(self._data):
                self._translators.append(ours)
            else:
                log.warning("No %s catalogue for %s", CATALOGUE, language)
            qt_own = QTranslator(self.app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
                self._translators.append(qt_own)
        for translator in self._translators:
            self.app.installTranslator(translator)
        self.current = language
        return language
