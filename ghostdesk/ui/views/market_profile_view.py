"""UI: one market profile in readable form — networks, register, disclosure, windows, holidays, formats."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import QTextBrowser

from ghostdesk.domain.networks import NETWORKS
from ghostdesk.markets import calendar, formats
from ghostdesk.markets.profiles import MarketProfile
from ghostdesk.services import markets
from ghostdesk.ui.i18n import count
from ghostdesk.ui.market_names import shown_name
from ghostdesk.ui.market_texts import shown_text
from ghostdesk.ui.tasks import run_in_background

translate = QCoreApplication.translate

HOLIDAY_DAYS = 120  # "the coming months"

# The profile uses the fonts the window already has (the text's, its bold, the page heading's): each other size
# or style (Qt's h2 and h3, italics, <small>) is a font loaded and its glyphs drawn anew on the page's first open.
_PARAGRAPHS = "p { margin-top: 3px; margin-bottom: 3px }  ul { margin-top: 3px; margin-bottom: 3px }"
_HEADING = "margin-top:14px"


def muted_style(widget) -> str:
    """Secondary lines in a colour between the text's and the background's, from the palette: readable on a light
    theme and a dark one alike (a fixed grey is faint on a dark background)."""
    palette = widget.palette()
    text, base = palette.color(palette.ColorRole.Text), palette.color(palette.ColorRole.Base)
    mixed = (round(0.6 * a + 0.4 * b) for a, b in zip(text.getRgb()[:3], base.getRgb()[:3], strict=True))
    return "color:#{:02x}{:02x}{:02x}".format(*mixed)


WARM_UP_WIDTH = 480  # px: the sample wraps, as the profile does, at about the profile pane's width


def warm_up_fonts(profiles):
    """Called by the Markets page's warm-up while the window is idle: lays out and draws a paragraph in each of the
    profile's fonts with the shipped markets' own words (their names, register and disclosure wording), so those
    fonts, the fallback fonts for scripts the window has not drawn yet (Chinese, Japanese), the line breaking of
    wrapped text and the glyphs themselves (rasterised once into the fonts' shared glyph caches) are ready then and
    not on the page's first open. Returns the picture it drew (tests look at it)."""
    from PySide6.QtGui import QImage, QPainter

    document = fonts_sample(profiles)
    document.setTextWidth(WARM_UP_WIDTH)  # wrapped: a line this long unwrapped is never broken nor drawn whole
    height = max(1, int(document.size().height()) + 1)
    image = QImage(WARM_UP_WIDTH, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    return image


def fonts_sample(profiles):
    """A document with a paragraph in each font the profile uses, in the markets' own words."""
    from PySide6.QtGui import QTextDocument

    words = " ".join(
        " ".join(
            (
                f"{shown_name(p.name)} ({p.code})",
                p.register.address,
                *p.register.wrong_markers,
                p.disclosure.label,
                *p.disclosure.accepted,
            )
        )
        for p in profiles
    )
    document = QTextDocument()
    document.setDefaultStyleSheet(_PARAGRAPHS)
    line = escape(words)
    title = f"<span style='font-size:{_title_points()!r}pt'><b>{line}</b></span>"
    document.setHtml(f"<p>{title}</p><p><b>{line}</b></p><p>{line}</p>")
    return document


def _title_points() -> float:
    """The page heading's size (Page.make_heading), so the profile's title reuses its font."""
    from PySide6.QtWidgets import QApplication

    return QApplication.font().pointSizeF() * 1.4


def field_label(field: str) -> str:
    """The translated name of a profile field (also used by the override dialog)."""
    labels = {
        "name": translate("MarketFields", "Name"),
        "language": translate("MarketFields", "Language"),
        "locale": translate("MarketFields", "Locale (formats)"),
        "time_zones": translate("MarketFields", "Time zones"),
        "networks": translate("MarketFields", "Networks"),
        "network_rules": translate("MarketFields", "Network limits"),
        "unavailable_networks": translate("MarketFields", "Networks not available"),
        "register": translate("MarketFields", "Register"),
        "disclosure": translate("MarketFields", "Disclosure"),
        "posting_windows": translate("MarketFields", "Posting windows"),
        "weekend": translate("MarketFields", "Weekend days"),
        "holiday_country": translate("MarketFields", "Holiday calendar (country)"),
        "holiday_subdivision": translate("MarketFields", "Holiday calendar (region)"),
        "currency": translate("MarketFields", "Currency"),
        "date_pattern": translate("MarketFields", "Date pattern"),
        "monitoring_needs_agreement": translate("MarketFields", "Per-person analytics need agreement"),
        "checklist": translate("MarketFields", "Cultural checklist"),
        "sources": translate("MarketFields", "Sources"),
    }
    return labels.get(field, field)


def _weekday(locale: QLocale, index: int) -> str:
    return locale.dayName(index + 1, QLocale.FormatType.LongFormat)


def dated_sections(profile: MarketProfile, today: date, language: str) -> dict:
    """What needs the holiday calendars and Babel (about half a second the first time they load): the next
    posting window, the coming holidays and the format examples, as plain values. Runs on a worker."""
    upcoming = calendar.next_posting_window(profile, datetime.now(UTC))
    found = calendar.holidays_between(profile, today, today + timedelta(days=HOLIDAY_DAYS), language=language)
    return {
        "upcoming": None
        if upcoming is None
        else (formats.format_date(profile, upcoming.start.date()) + f" {upcoming.start:%H:%M}", upcoming.zone),
        "holidays": [(d.weekday(), formats.format_date(profile, d), name) for d, name in found],
        "formats": formats.examples(profile),
    }


def _network(network: str) -> str:
    """A network by its name ("LinkedIn"), not its id ("linkedin")."""
    known = NETWORKS.get(network)
    return known.name if known is not None else network


class MarketProfileView(QTextBrowser):
    """UI: read-only rendering of a MarketEntry; re-renders on language change."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        # Every profile is longer than the view: with the bar always there, the document is laid out once, at
        # its real width (not first full width, then again narrower when the bar appears).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.document().setDefaultStyleSheet(_PARAGRAPHS)
        self.entry: markets.MarketEntry | None = None
        self.today: date | None = None  # tests pin the day; None = today
        # The dated sections, by what they depend on; filled on a worker so the profile shows at once.
        self._dated: dict[tuple, dict] = {}
        self._pending: set[tuple] = set()
        self._shown: tuple | None = None  # the dated key of what is on screen
        self._after_paint: list = []  # workers to start once the view has painted

    def show_entry(self, entry: markets.MarketEntry | None) -> None:
        if entry is not None and entry == self.entry and self._shown == self._dated_key():
            return  # already shown (selecting a row reports it twice); a changed profile is a different entry
        self.entry = entry
        self._render()

    def is_complete(self) -> bool:
        """True once the dated sections (next window, holidays, formats) are shown, not just announced."""
        return self.entry is not None and self._dated_key() in self._dated

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.entry is not None:
            self._render()
        super().changeEvent(event)

    def _dated_key(self) -> tuple:
        assert self.entry is not None
        return (self.entry.profile, self.today or date.today(), QLocale().name(), muted_style(self))

    def _render(self) -> None:
        if self.entry is None:
            self._shown = None
            self.setHtml("")
            return
        key = self._dated_key()
        self._shown = key
        self.setHtml(self.render_html(self._dated.get(key)))
        if key not in self._dated and key not in self._pending:
            self._pending.add(key)
            profile, today, language, _muted = key
            # The worker (loading the holiday calendars and Babel: pure Python, holding the interpreter) starts
            # once this profile is painted with its "Loading…" sections: started at once, it slowed that paint.
            self._after_paint.append(
                lambda: run_in_background(
                    lambda _task: dated_sections(profile, today, language),
                    lambda found: self._dated_arrived(key, found),
                    lambda exc: self._dated_arrived(key, {"error": str(exc)}),
                )
            )
            self.update()  # (not viewport(): its first wrapper makes PySide6 set up ~40 widget classes, ≈8 ms)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._after_paint:
            starts, self._after_paint = self._after_paint, []
            for start in starts:
                QTimer.singleShot(0, start)  # after this paint

    def _dated_arrived(self, key: tuple, found: dict) -> None:
        self._pending.discard(key)
        self._dated[key] = found
        if self.entry is not None and self._dated_key() == key:
            bar = self.verticalScrollBar()
            position = bar.value()  # the reader may have scrolled while the sections loaded
            self.setHtml(self.render_html(found))
            bar.setValue(position)

    # -- rendering -------------------------------------------------------------------------------
    def _section(self, field: str, title: str | None = None) -> str:
        mark = ""
        if self.entry is not None and field in self.entry.overridden:
            note = self.tr("overridden here")
            mark = f' <span style="color:#b5651d">({escape(note)})</span>'
        return f"<p style='{_HEADING}'><b>{escape(title or field_label(field))}</b>{mark}</p>"

    def render_html(self, dated: dict | None = None) -> str:
        """The profile as HTML; `dated` holds the sections from `dated_sections`, or None while they load."""
        entry = self.entry
        assert entry is not None
        muted = muted_style(self)
        if dated is not None and "error" in dated:  # the worker failed: say so where the sections go
            waiting = self.tr("This section could not be prepared: {0}").format(dated["error"])
            dated = None
        else:
            waiting = self.tr("Loading…")
        p = entry.profile
        # The default QLocale follows the interface language: holiday and day names follow it too.
        ui_locale = QLocale()
        out: list[str] = []
        origin = (
            self.tr("Added in this workspace")
            if entry.origin == markets.WORKSPACE
            else self.tr("Shipped with GhostDesk")
        )
        title = f"<span style='font-size:{_title_points()!r}pt'><b>{escape(shown_name(p.name))} ({escape(p.code)})</b></span>"
        out.append(f"<p>{title}</p><p style='{muted}'>{escape(origin)}</p>")

        out.append(self._section("locale", self.tr("Language and time")))
        out.append(
            "<p>"
            + escape(self.tr("Language: {0} · locale {1}").format(p.language, p.locale))
            + "<br>"
            + escape(self.tr("Time zones: {0}").format(", ".join(p.time_zones)))
            + "</p>"
        )

        out.append(self._section("networks"))
        # One paragraph a network, not an HTML table: Qt lays a table out several times over (each cell at
        # full width, then at its share), which was half the profile's first layout.
        for r in p.network_rules:
            if r.limit is None:
                limit = self.tr("unknown")
            elif r.counting == "x_weighted":
                limit = count(r.limit, self.tr("{0} weighted character"), self.tr("{0} weighted characters"))
            else:
                limit = count(r.limit, self.tr("{0} character"), self.tr("{0} characters"))
            if not r.verified:
                limit = self.tr("{0} · unverified").format(limit)
            facts = [self.tr("Post limit: {0}").format(limit)]
            fold = " / ".join(str(v) for v in (r.fold, r.fold_mobile) if v)
            if fold:
                facts.append(self.tr("Fold (desktop / mobile): {0}").format(fold))
            note = f"<br>{escape(shown_text(r.note))}" if r.note else ""
            out.append(f"<p><b>{escape(r.name)}</b> — {escape(' · '.join(facts))}{note}</p>")
        if p.unavailable_networks:
            out.append(self._section("unavailable_networks"))
            out.append(
                "<ul>"
                + "".join(
                    f"<li><b>{escape(_network(n))}</b> — {escape(shown_text(why))}</li>"
                    for n, why in p.unavailable_networks
                )
                + "</ul>"
            )

        out.append(self._section("register"))
        reg = p.register
        out.append(f"<p>{escape(reg.address)} · {escape(shown_text(reg.formality))} — {escape(shown_text(reg.note))}")
        if reg.wrong_markers:
            out.append(
                "<br>"
                + escape(self.tr("Words that betray the wrong register: {0}").format(", ".join(reg.wrong_markers)))
            )
        out.append("</p>")

        out.append(self._section("disclosure"))
        label = self.tr("Default label: {0}").format(p.disclosure.label or "—")
        out.append(f"<p>{escape(label)}")
        if p.disclosure.accepted:
            out.append("<br>" + escape(self.tr("Also accepted: {0}").format(", ".join(p.disclosure.accepted))))
        if p.disclosure.basis:
            out.append(f"<br>{escape(shown_text(p.disclosure.basis))}")
        hint = self.tr("A hint, not legal advice: check with your legal team.")
        out.append(f"<br><span style='{muted}'>{escape(hint)}</span></p>")

        out.append(self._section("posting_windows"))
        windows = ", ".join(
            f"{w.start:%H:%M}–{w.end:%H:%M}" + (f" ({shown_text(w.label)})" if w.label else "")
            for w in p.posting_windows
        )
        local = self.tr("Local time, working days: {0}").format(windows or "—")
        out.append(f"<p>{escape(local)}")
        weekend = ", ".join(_weekday(ui_locale, d) for d in p.weekend) or "—"
        out.append("<br>" + escape(self.tr("Weekend: {0}").format(weekend)))
        if dated is not None and dated["upcoming"] is not None:
            when, zone = dated["upcoming"]
            out.append("<br>" + escape(self.tr("Next window: {0} ({1})").format(when, zone)))
        out.append("</p>")

        loading = f"<p style='{muted}'>{escape(waiting)}</p>"
        out.append(self._section("holiday_country", self.tr("Public holidays in the coming months")))
        if dated is None:
            out.append(loading)
        elif dated["holidays"]:
            out.append(
                "<ul>"
                + "".join(
                    f"<li>{escape(_weekday(ui_locale, weekday))} {escape(day)} — {escape(name)}</li>"
                    for weekday, day, name in dated["holidays"]
                )
                + "</ul>"
            )
        else:
            none_known = self.tr("None known.")
            out.append(f"<p>{escape(none_known)}</p>")

        out.append(self._section("date_pattern", self.tr("Formats")))
        if dated is None:
            out.append(loading)
        else:
            ex = dated["formats"]
            parts = [
                self.tr("Date: {0} ({1})").format(ex["date"], ex["date_long"]),
                self.tr("Number: {0}").format(ex["number"]),
            ]
            if ex["money"]:
                parts.append(self.tr("Money: {0}").format(ex["money"]))
            out.append("<p>" + "<br>".join(escape(x) for x in parts) + "</p>")

        if p.monitoring_needs_agreement:
            out.append(self._section("monitoring_needs_agreement", self.tr("Works council")))
            out.append(
                "<p>"
                + escape(
                    self.tr(
                        "Tools that measure individual employees (analytics, leaderboards) need the works council's agreement."
                    )
                )
                + "</p>"
            )

        out.append(self._section("checklist"))
        out.append("<ul>" + "".join(f"<li>{escape(shown_text(item))}</li>" for item in p.checklist) + "</ul>")
        if p.sources:
            out.append(self._section("sources"))
            out.append(f"<p style='{muted}'>{escape('; '.join(map(shown_text, p.sources)))}</p>")
        return "".join(out)
