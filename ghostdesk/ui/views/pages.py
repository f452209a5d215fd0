"""UI: the product's areas, one page each, in sidebar order."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ghostdesk.ui.i18n import follow_language


class Page(QWidget):
    """UI: base of every page. `set_workspace` is called whenever the open workspace changes."""

    context = None  # the AppContext, kept by each page's `set_workspace`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_language(self)  # a language switch calls retranslate_ui (no changeEvent: see ui/i18n.py)

    def hasHeightForWidth(self) -> bool:
        """No height-for-width to the window's layouts: a page's wrapped texts (counts lines, rows of buttons,
        profiles) wrap inside it, which its own layout handles. Else the window's stack, sizing itself while a page
        shows, asks every page built so far for its height at a width, and the hidden ones lay their wrapped texts
        out again (six times each on opening Ambassadors after Posts and Variants)."""
        return False

    def set_workspace(self, context) -> None:
        """Reload from `context.workspace` (None when no workspace is open)."""

    @property
    def workspace(self):
        """The open workspace, or None."""
        return self.context.workspace if self.context is not None else None

    @property
    def db(self):
        """The open workspace's connection (owned by the GUI thread), or None."""
        workspace = self.workspace
        return workspace.db if workspace is not None else None

    @property
    def writable(self) -> bool:
        """A workspace is open and may be changed (not opened read-only)."""
        workspace = self.workspace
        return workspace is not None and not workspace.read_only

    def retranslate_ui(self) -> None:
        """Set every visible string again, in the current language (called after each language switch)."""

    @staticmethod
    def make_heading() -> QLabel:
        """The page's title, the same size and weight on every page."""
        heading = QLabel()
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        return heading


translate = QCoreApplication.translate


class PageSpec(NamedTuple):
    """One sidebar entry (a named tuple: a frozen dataclass costs start-up ≈0.6 ms to create, this ≈0.1 ms)."""

    key: str
    icon: str
    label: Callable[[], str]
    factory: Callable[[], Page]


def _markets_page() -> Page:
    from ghostdesk.ui.views.markets_page import MarketsPage

    return MarketsPage()


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
    from ghostdesk.ui.views.posts_page import PostsPage

    page = PostsPage()

    def score(executive_id: str, text: str, language: str):
        # The studio's live voice match, against the profile of the post's executive (its analysis code loads
        # with the first post shown, not with the page).
        from types import SimpleNamespace

        from ghostdesk.services import voices
        from ghostdesk.ui.views.voice_texts import dimension_advice

        workspace = page.workspace
        result = voices.score_text(workspace.db, executive_id, text, language) if workspace else None
        if result is None:
            return None
        # In the interface language, what differs from the voice first (the editor shows the first few).
        ordered = sorted(result.dimensions, key=lambda d: d.ok)
        return SimpleNamespace(
            score=result.score,
            dimensions=[SimpleNamespace(name=d.name, ok=d.ok, advice=dimension_advice(d)) for d in ordered],
        )

    page.set_voice_scorer(score)

    def open_variant(variant_id: str) -> None:
        # The Variants page's own editor opens it (shown before the page, so its matrix is not rebuilt first).
        window = page.window()
        if hasattr(window, "show_page"):
            window.page("variants").open_variant(variant_id)
            window.show_page("variants")

    page.variant_requested.connect(open_variant)
    return page


def _calendar_page() -> Page:
    from ghostdesk.ui.views.calendar_page import CalendarPage

    return CalendarPage()


def _results_page() -> Page:
    from ghostdesk.ui.views.results_page import ResultsPage

    return ResultsPage()


def _kits_page() -> Page:
    from ghostdesk.ui.views.kits_page import KitsPage

    return KitsPage()


def page_specs() -> list[PageSpec]:
    """Sidebar order; each page is built the first time it is shown (MainWindow.page)."""
    return [
        PageSpec("voices", "voices", lambda: translate("Pages", "Voices"), _voices_page),
        PageSpec("posts", "posts", lambda: translate("Pages", "Posts"), _posts_page),
        PageSpec("markets", "markets", lambda: translate("Pages", "Markets"), _markets_page),
        PageSpec("variants", "variants", lambda: translate("Pages", "Variants"), _variants_page),
        PageSpec("calendar", "calendar", lambda: translate("Pages", "Calendar"), _calendar_page),
        PageSpec("ambassadors", "ambassadors", lambda: translate("Pages", "Ambassadors"), _ambassadors_page),
        PageSpec("kits", "kits", lambda: translate("Pages", "Share kits"), _kits_page),
        PageSpec("results", "results", lambda: translate("Pages", "Results"), _results_page),
    ]
