"""UI: the product's areas, one page each, in sidebar order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    """UI: base of every page. `set_workspace` is called whenever the open workspace changes."""

    def set_workspace(self, context) -> None:
        """Reload from `context.workspace` (None when no workspace is open)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible string again, in the current language."""


class ComingPage(Page):
    """UI: a page whose feature has not landed yet; it says what will be there, and shows no fake data."""

    def __init__(self, heading: Callable[[], str], body: Callable[[], str]) -> None:
        super().__init__()
        self._heading, self._body = heading, body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setMaximumWidth(720)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self._heading())
        self.body.setText(self._body())


translate = QCoreApplication.translate


@dataclass(frozen=True)
class PageSpec:
    key: str
    icon: str
    label: Callable[[], str]
    factory: Callable[[], Page]


def _coming(heading: str, body: str) -> Callable[[], Page]:
    # The texts are marked with QT_TRANSLATE_NOOP for lupdate and translated when shown.
    return lambda: ComingPage(lambda: translate("Pages", heading), lambda: translate("Pages", body))


def _markets_page() -> Page:
    from ghostdesk.ui.views.markets_page import MarketsPage

    return MarketsPage()


def _variants_label() -> str:
    from ghostdesk.ui.views.variants_page import page_label

    return page_label()


def _variants_page() -> Page:
    from ghostdesk.ui.views.variants_page import VariantsPage

    return VariantsPage()


def _voices_page() -> Page:
    from ghostdesk.ui.views.voices_page import VoicesPage

    return VoicesPage()


def _ambassadors_page() -> Page:
    from ghostdesk.ui.views.ambassadors_page import AmbassadorsPage

    return AmbassadorsPage()


def _posts_page() -> Page:
    from ghostdesk.services import voices
    from ghostdesk.ui.views.posts_page import PostsPage

    page = PostsPage()

    def score(executive_id: str, text: str, language: str):
        # The studio's live voice match, against the profile of the post's executive.
        workspace = page.workspace
        return voices.score_text(workspace.db, executive_id, text, language) if workspace else None

    page.set_voice_scorer(score)
    return page


def _calendar_page() -> Page:
    from ghostdesk.ui.views.calendar_page import CalendarPage

    return CalendarPage()


def _kits_page() -> Page:
    from ghostdesk.ui.views.kits_page import KitsPage

    return KitsPage()


def page_specs() -> list[PageSpec]:
    """Sidebar order. Each feature replaces its ComingPage with its real page."""
    return [
        PageSpec("voices", "voices", lambda: translate("Pages", "Voices"), _voices_page),
        PageSpec("posts", "posts", lambda: translate("Pages", "Posts"), _posts_page),
        PageSpec("markets", "markets", lambda: translate("Pages", "Markets"), _markets_page),
        PageSpec("variants", "variants", _variants_label, _variants_page),
        PageSpec("calendar", "calendar", lambda: translate("Pages", "Calendar"), _calendar_page),
        PageSpec("ambassadors", "ambassadors", lambda: translate("Pages", "Ambassadors"), _ambassadors_page),
        PageSpec(
            "kits",
            "kits",
            lambda: translate("Pages", "Share kits"),
            _kits_page,
        ),
        PageSpec(
            "results",
            "results",
            lambda: translate("Pages", "Results"),
            _coming(
                QT_TRANSLATE_NOOP("Pages", "Results"),
                QT_TRANSLATE_NOOP(
                    "Pages",
                    "Campaign results will live here: reach and engagement by market, "
                    "network and wave, fair recognition for the people who shared, and reports to "
                    "share the results back.",
                ),
            ),
        ),
    ]
