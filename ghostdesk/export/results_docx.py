"""Export: the results report for ambassadors and the one-page executive summary, as Word documents per language.

The input is already privacy-filtered by the service (names only for people who chose "named"; no board at all
in works-council mode). East Asian fonts and languages are set the way the share kits set them
(`kit_docx.set_fonts`), so Japanese and Chinese reports open with CJK glyphs in Word and LibreOffice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ghostdesk.domain.files import writing
from ghostdesk.domain.kits import clean_text
from ghostdesk.domain.results import BoardEntry, Metrics, Shown
from ghostdesk.export.kit_docx import child_element, document_properties, kit_texts, save_atomically, set_fonts

LANGUAGES = ("en", "fr", "de", "ja", "zh")


@dataclass(frozen=True)
class ReportRow:
    label: str
    value: int
    target: int = 0


@dataclass(frozen=True)
class ReportInput:
    campaign_name: str
    slug: str
    starts_on: str
    ends_on: str
    shares: int
    ambassadors: int
    reach: int  # ambassadors' reach
    own_reach: int  # the executive's own impressions
    amplification: float
    totals: Metrics  # ambassadors' shares together
    targets: tuple[tuple[str, int, int], ...] = ()  # (metric, target, actual)
    by_market: tuple[tuple[str, int, int], ...] = ()  # (market, reach, clicks)
    best_content: tuple[str, ...] = ()
    ranking_enabled: bool = True
    board: tuple[BoardEntry, ...] = ()
    hidden: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@cache
def texts(language: str) -> dict[str, Any]:
    language = language if language in LANGUAGES else "en"
    path = resources.files("ghostdesk.resources") / "results" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def number(value: float, language: str) -> str:
    """Grouped digits as each language writes them (1,234 · 1 234 · 1.234)."""
    text = f"{round(value):,}"
    if language == "fr":
        return text.replace(",", "\u202f")
    if language == "de":
        return text.replace(",", ".")
    return text


def ratio(value: float, language: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if language in ("fr", "de") else text


def person_label(entry: BoardEntry, language: str) -> str:
    if entry.shown is Shown.NAMED:
        return entry.name
    return texts(language)["anonymous"].format(number=entry.alias)


def badge_names(badges: tuple[str, ...], language: str) -> str:
    """The default badges in the report's language; badges the user named stay as named."""
    words = texts(language).get("default_badges", {})
    separator = "、" if language in ("ja", "zh") else ", "  # はじめての共有、成約の立役者 (not "共有, 成約")
    return separator.join(words.get(b, b) for b in badges)


def _document(language: str):
    import docx
    from docx.oxml.ns import qn

    style = kit_texts(language)  # the kits' font and language tags per language
    document = docx.Document()
    ea_font, ea_lang, lang_tag = (
        style.get("east_asian_font", ""),
        style.get("east_asian_lang", ""),
        style.get("lang_tag", ""),
    )
    defaults = document.styles.element.find(qn("w:docDefaults"))
    set_fonts(child_element(child_element(defaults, "w:rPrDefault", qn), "w:rPr", qn), ea_font, ea_lang, lang_tag, qn)
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "Table Grid"):
        set_fonts(document.styles[name].element.get_or_add_rPr(), ea_font, ea_lang, lang_tag, qn)
    return document


LOCALES = {"en": "en_US", "fr": "fr_FR", "de": "de_DE", "ja": "ja_JP", "zh": "zh_CN"}


def local_date(iso: str, language: str) -> str:
    """A campaign day as the reader writes it (Mar 8, 2027 · 8 mars 2027 · 08.03.2027 · 2027/03/08 · 2027年3月8日);
    the text as given when it is not a date."""
    from datetime import date

    from babel.dates import format_date

    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    return format_date(day, "medium", locale=LOCALES.get(language, "en_US"))


def _properties(document, title: str, language: str) -> None:
    """File → Properties: the document's title and language, made now (not python-docx's own)."""
    document_properties(document, title=title, language=kit_texts(language).get("lang_tag", language))


def _fill(template: str, **values: Any) -> str:
    return clean_text(template.format(**values))


def _table(document, header: list[str], rows: list[list[str]]):
    """A grid whose rows never break across pages and whose header row repeats on each page it runs onto (the
    board ran over two pages with a person's badges cut in half and no column names on the second)."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = clean_text(text)
        for run in cell.paragraphs[0].runs:
            run.bold = True
    _row_flags(table.rows[0], header=True)
    for values in rows:
        row = table.add_row()
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = clean_text(text)
        _row_flags(row)
    return table


def _row_flags(row, *, header: bool = False) -> None:
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader") if header else ("w:cantSplit",):
        properties.append(OxmlElement(tag))


def _targets(document, report: ReportInput, language: str) -> None:
    t = texts(language)
    if not report.targets:
        document.add_paragraph(t["no_targets"])
        return
    for metric, target, actual in report.targets:
        percent = (
            f"{round(100 * actual / target)} %" if language in ("fr", "de") else f"{round(100 * actual / target)}%"
        )
        document.add_paragraph(
            _fill(t["target_line"], metric=t["metrics"].get(metric, metric), actual=number(actual, language),
                  target=number(target, language), percent=percent),
            style="List Bullet",
        )  # fmt: skip


def build_report(report: ReportInput, language: str):
    """The ambassadors' results report."""
    t = texts(language)
    document = _document(language)
    title = _fill(t["title"], campaign=report.campaign_name)
    _properties(document, title, language)
    document.add_heading(title, level=0)
    if report.starts_on:
        start, end = local_date(report.starts_on, language), local_date(report.ends_on, language)
        document.add_paragraph(_fill(t["period"], start=start, end=end))
    document.add_heading(t["achieved"], level=1)
    document.add_paragraph(t["achieved_intro"])
    _targets(document, report, language)
    document.add_heading(t["together"], level=1)
    values = {
        "ambassadors": number(report.ambassadors, language), "shares": number(report.shares, language),
        "reach": number(report.reach, language), "ratio": ratio(report.amplification, language),
        "clicks": number(report.totals.clicks, language), "conversions": number(report.totals.conversions, language),
    }  # fmt: skip
    document.add_paragraph(_fill(t["together_text"] if report.amplification else t["together_no_ratio"], **values))
    if report.by_market:
        document.add_heading(t["by_market"], level=2)
        _table(
            document,
            [t["market"], t["metrics"]["reach"], t["metrics"]["clicks"]],
            [[m, number(r, language), number(c, language)] for m, r, c in report.by_market],
        )
    if report.best_content:
        document.add_heading(t["best_content"], level=2)
        for title in report.best_content[:3]:
            document.add_paragraph(clean_text(title), style="List Bullet")
    document.add_heading(t["thanks"], level=1)
    document.add_paragraph(t["thanks_text"])
    document.add_heading(t["board"], level=1)
    if not report.ranking_enabled:
        document.add_paragraph(t["board_disabled"])
    else:
        document.add_paragraph(t["board_note"])
        if report.board:
            _table(
                document,
                [t["rank"], t["person"], t["points"], t["badges"]],
                [[str(e.rank), person_label(e, language), ratio(e.points, language), badge_names(e.badges, language)]
                 for e in report.board],
            )  # fmt: skip
        if report.hidden:
            document.add_paragraph(_fill(t["board_hidden"], count=report.hidden))
    return document


def build_summary(report: ReportInput, language: str):
    """The one-page summary for the executive: targets, amplification, headline figures. No board."""
    t = texts(language)
    document = _document(language)
    title = _fill(t["summary_title"], campaign=report.campaign_name)
    _properties(document, title, language)
    document.add_heading(title, level=0)
    document.add_paragraph(t["summary_intro"])
    document.add_heading(t["achieved"], level=1)
    _targets(document, report, language)
    document.add_heading(t["amplification"], level=1)
    if report.amplification:
        document.add_paragraph(
            _fill(t["amplification_text"], ratio=ratio(report.amplification, language),
                  reach=number(report.reach, language), own=number(report.own_reach, language))
        )  # fmt: skip
    else:
        document.add_paragraph(t["amplification_unknown"])
    document.add_heading(t["headline"], level=1)
    m = t["metrics"]
    _table(
        document,
        [m["shares"], m["reach"], m["clicks"], m["conversions"]],
        [[number(report.shares, language), number(report.reach, language), number(report.totals.clicks, language),
          number(report.totals.conversions, language)]],
    )  # fmt: skip
    if report.by_market and report.best_content:
        document.add_heading(t["next"], level=1)
        document.add_paragraph(_fill(t["next_text"], market=report.by_market[0][0], content=report.best_content[0]))
    return document


def write(report: ReportInput, folder: Path, language: str) -> tuple[Path, Path]:
    """Write `results-<slug>-<lang>.docx` and `summary-<slug>-<lang>.docx` atomically into `folder`."""
    folder = Path(folder)
    with writing(folder):  # a read-only or vanished place says so in our words, like every other export
        folder.mkdir(parents=True, exist_ok=True)
    stem = _safe(report.slug or report.campaign_name)
    report_path = folder / f"results-{stem}-{language}.docx"
    summary_path = folder / f"summary-{stem}-{language}.docx"
    save_atomically(report_path, build_report(report, language).save)
    save_atomically(summary_path, build_summary(report, language).save)
    return report_path, summary_path


def _safe(name: str) -> str:
    import re

    cleaned = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip(".-")
    return cleaned[:60] or "campaign"
