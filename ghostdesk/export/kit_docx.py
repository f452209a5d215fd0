"""Export: one ambassador's share kit as a Word document, in their language (python-docx, imported lazily).

Lean on purpose: the styles (fonts, East Asian font and language, hyperlink style) are set up once per process
and language and kept as a template in memory; each kit then only adds its own paragraphs. Every piece of user
text goes through `clean_text`, so no input can make the XML unreadable.
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ghostdesk.domain.files import writing
from ghostdesk.domain.kits import OBJECTIVES, KitInput, clean_text, utm_link
from ghostdesk.domain.networks import NETWORKS

DEFAULT_LANGUAGE = "en"
IMAGE_WIDTH_CM = 12.0
FIELD_INDENT_CM = 4.8  # wide enough for the longest label (“Freigegebene Fassung”)


@dataclass
class WrittenKit:
    path: Path
    utm_links: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def languages() -> list[str]:
    """Languages the kit's own texts exist in."""
    folder = resources.files("ghostdesk.resources") / "kits"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


def kit_language(language: str) -> str:
    """The kit language for an ambassador's language tag ('fr-CA' → 'fr'; unknown → 'en')."""
    base = (language or "").replace("_", "-").split("-")[0].lower()
    return base if base in _available() else DEFAULT_LANGUAGE


@cache
def _available() -> frozenset[str]:
    return frozenset(languages())


@cache
def kit_texts(language: str) -> dict[str, Any]:
    """The kit's own words in `language` (resources/kits/<language>.json)."""
    path = resources.files("ghostdesk.resources") / "kits" / f"{kit_language(language)}.json"
    return json.loads(path.read_text(encoding="utf-8"))


# --- dates -------------------------------------------------------------------------------------------


@cache
def _locale(tag: str, language: str):
    from babel import Locale, UnknownLocaleError

    for candidate in (tag, language, DEFAULT_LANGUAGE):
        if not candidate:
            continue
        try:
            return Locale.parse(candidate.replace("-", "_"))
        except (ValueError, TypeError, UnknownLocaleError):
            continue
    return Locale.parse(DEFAULT_LANGUAGE)


@cache
def _zone(name: str):
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(name), True
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return ZoneInfo("UTC"), False


def local_when(planned_at: datetime, time_zone: str, locale_tag: str, language: str) -> tuple[str, bool]:
    """The planned time as the reader writes it in their zone, e.g. 'mardi 1 décembre 2026 à 09:30 (heure
    normale d’Europe centrale)'; and whether the zone was known (else UTC is shown)."""
    from babel.dates import format_date, format_time, get_datetime_format, get_timezone_name

    zone, known = _zone(time_zone or "UTC")
    locale = _locale(locale_tag, language)
    moment = planned_at if planned_at.tzinfo else planned_at.replace(tzinfo=UTC)
    local = moment.astimezone(zone)
    date_text = format_date(local, "full", locale=locale)
    time_text = format_time(local, "short", locale=locale)
    pattern = str(get_datetime_format("long", locale=locale)).replace("'", "")
    combined = pattern.replace("{1}", date_text).replace("{0}", time_text)
    try:
        zone_name = get_timezone_name(local, width="long", locale=locale)
    except (LookupError, ValueError):
        zone_name = zone.key
    return f"{combined} ({zone_name})", known


# Regions whose Chinese is written in Simplified characters, like the kit's zh texts.
_SIMPLIFIED = {"cn", "sg", "my", "hans"}


def date_locale(locale: str, person_language: str, language: str) -> str:
    """The locale a kit's dates are written in: the person's own locale when given, else their language tag when
    it is a regional form of the kit's language (en-GB → 11 March 2027, 08:30, not March 11, 7:00 AM) — never
    another language's (a pt-BR reader of the English kit gets English dates) nor Traditional characters in the
    Simplified Chinese kit."""
    if locale:
        return locale
    tag = (person_language or "").replace("_", "-")
    parts = tag.lower().split("-")
    if len(parts) < 2 or parts[0] != language:
        return ""
    if language == "zh" and not _SIMPLIFIED & set(parts[1:]):
        return ""
    return tag.replace("-", "_")


def warm(pairs: Iterable[tuple[str, str]] | None = None) -> None:
    """Build now what every kit reuses, so the first kits of a batch do not pay for it: the template of each
    language, and Babel's locale data (dates and zone names) for each (language, locale tag) pair. With no
    pairs, every kit language. A worker of the kit pool calls it before its first kit."""
    if pairs is None:
        pairs = [(language, "") for language in languages()]
    sample = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    for language, locale_tag in pairs:
        language = kit_language(language)
        _template(language)
        local_when(sample, "Europe/Paris", locale_tag, language)


# --- the template, once per process and language ----------------------------------------------------


@cache
def _template(language: str) -> bytes:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    texts = kit_texts(language)
    document = docx.Document()
    styles = document.styles

    field_style = styles.add_style("Kit Field", WD_STYLE_TYPE.PARAGRAPH)
    field_style.base_style = styles["Normal"]
    field_style.paragraph_format.left_indent = Cm(FIELD_INDENT_CM)
    field_style.paragraph_format.first_line_indent = Cm(-FIELD_INDENT_CM)
    field_style.paragraph_format.tab_stops.add_tab_stop(Cm(FIELD_INDENT_CM))
    field_style.paragraph_format.space_after = Pt(2)

    note_style = styles.add_style("Kit Note", WD_STYLE_TYPE.PARAGRAPH)
    note_style.base_style = styles["Normal"]
    note_style.font.size = Pt(9)
    note_style.font.color.rgb = RGBColor(0x55, 0x5F, 0x6D)

    share_style = styles.add_style("Kit Share Text", WD_STYLE_TYPE.PARAGRAPH)
    share_style.base_style = styles["Normal"]
    share_style.paragraph_format.left_indent = Cm(0.5)
    share_style.paragraph_format.space_after = Pt(8)
    _border_left(share_style.element, qn)

    link_style = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link_style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link_style.font.underline = True

    ea_font = texts.get("east_asian_font") or ""
    ea_lang = texts.get("east_asian_lang") or ""
    lang_tag = texts.get("lang_tag") or ""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = child_element(child_element(defaults, "w:rPrDefault", qn), "w:rPr", qn)
    set_fonts(run_defaults, ea_font, ea_lang, lang_tag, qn)
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "Kit Field", "Kit Note"):
        set_fonts(styles[name].element.get_or_add_rPr(), ea_font, ea_lang, lang_tag, qn)
    set_fonts(link_style.element.get_or_add_rPr(), ea_font, ea_lang, lang_tag, qn)
    set_fonts(share_style.element.get_or_add_rPr(), ea_font, ea_lang, lang_tag, qn)

    _page_footer(document, texts["page_of"], qn)
    set_fonts(styles["Footer"].element.get_or_add_rPr(), ea_font, ea_lang, lang_tag, qn)

    _slim(document, qn)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# Parts of python-docx's default template that a kit never uses; dropping them (and the ~350 unused styles)
# halves the time to open and save every kit.
_DROPPED_PARTS = ("stylesWithEffects", "webSettings", "customXml", "thumbnail")
_KEPT_STYLES = {"Normal", "Title", "Heading1", "Heading2", "ListBullet", "KitField", "KitNote", "KitShareText"}
_KEPT_STYLES |= {"Hyperlink", "DefaultParagraphFont", "TableNormal", "NoList", "Footer"}


def _slim(document, qn) -> None:
    for part in (document.part, document.part.package):
        for rel_id, rel in list(part.rels.items()):
            if any(rel.reltype.endswith(name) for name in _DROPPED_PARTS):
                del part.rels[rel_id]
    styles = document.styles.element
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    keep: set[str] = set()
    todo = [i for i in _KEPT_STYLES if i in by_id]
    while todo:
        style_id = todo.pop()
        if style_id in keep:
            continue
        keep.add(style_id)
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = by_id[style_id].find(qn(tag))
            if ref is not None and ref.get(qn("w:val")) in by_id:
                todo.append(ref.get(qn("w:val")))
    for style_id, element in by_id.items():
        if style_id not in keep:
            styles.remove(element)


def set_fonts(rpr, ea_font: str, ea_lang: str, lang_tag: str, qn) -> None:
    """East Asian font and language on a run-properties element: an explicit font (the theme attribute,
    which would win, removed) and w:lang so Word and LibreOffice pick CJK glyphs for the right language."""
    from docx.oxml import OxmlElement

    if ea_font:
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        fonts.set(qn("w:eastAsia"), ea_font)
        fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    if lang_tag:
        lang.set(qn("w:val"), lang_tag)
    if ea_lang:
        lang.set(qn("w:eastAsia"), ea_lang)


def child_element(parent, tag: str, qn):
    from docx.oxml import OxmlElement

    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


_FOOTER_XML = (
    '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p></w:ftr>'
)


def _page_footer(document, words: str, qn) -> None:
    """ "Page 2 of 3" in the reader's language at the foot of every page (a printed kit's pages stay in order).
    Part of the template: made once per language, not per kit."""
    from docx.enum.section import WD_HEADER_FOOTER
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement, parse_xml
    from docx.parts.hdrftr import FooterPart
    from docx.shared import Pt, RGBColor

    # The footer part is made here, not by python-docx's FooterPart.new: that reads its template through
    # "docx/parts/../templates", a path that does not exist in the frozen app (its modules are in an archive).
    part = FooterPart(
        document.part.package.next_partname("/word/footer%d.xml"),
        CONTENT_TYPE.WML_FOOTER,
        parse_xml(_FOOTER_XML),
        document.part.package,
    )
    document.sections[0]._sectPr.add_footerReference(
        WD_HEADER_FOOTER.PRIMARY, document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTER)
    )
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = 2  # right
    for piece in re.split(r"(\{page\}|\{pages\})", words):
        if not piece:
            continue
        run = paragraph.add_run("1" if piece in ("{page}", "{pages}") else piece)
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor(0x55, 0x5F, 0x6D)
        if piece in ("{page}", "{pages}"):  # the number itself: a field Word and LibreOffice fill in
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), "PAGE" if piece == "{page}" else "NUMPAGES")
            run._r.addprevious(field)
            field.append(run._r)


def _border_left(style_element, qn) -> None:
    from docx.oxml import OxmlElement

    ppr = style_element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for key, value in (("val", "single"), ("sz", "18"), ("space", "8"), ("color", "9BB3D0")):
        left.set(qn(f"w:{key}"), value)
    borders.append(left)
    ppr.append(borders)


# --- the document ------------------------------------------------------------------------------------


def build(kit: KitInput, images_folder: str = "", created: datetime | None = None) -> tuple[Any, list[str], list[str]]:
    """The kit as a python-docx Document; with the UTM links it carries and warnings (in English, for logs).
    `created`: the time written in the document's properties (now when None; a batch passes one time)."""
    import docx
    from docx.shared import Cm

    person = kit.ambassador
    language = kit_language(person.language)
    texts = kit_texts(language)
    document = docx.Document(io.BytesIO(_template(language)))
    warnings: list[str] = []
    links: list[str] = []
    name = clean_text(person.name)
    campaign = kit.campaign

    _properties(document, kit, name, texts.get("lang_tag", language), created)

    _para(document, "Title", texts["title"])
    cover = document.add_paragraph()
    cover.add_run(_fill(texts["prepared_for"], name=name)).bold = True
    _field(document, texts["campaign"], clean_text(campaign.name))
    if campaign.company:
        _field(document, texts["company"], clean_text(campaign.company))

    _para(document, "Heading1", texts["why_heading"])
    objective = campaign.objective if campaign.objective in OBJECTIVES else OBJECTIVES[0]
    document.add_paragraph(texts["objectives"][objective])
    own_words = campaign.objective_text.get(language) or campaign.objective_text.get(person.language, "")
    if own_words:
        document.add_paragraph(clean_text(own_words))

    shares = sorted(kit.shares, key=lambda s: utc(s.planned_at))
    dates_in = date_locale(person.locale, person.language, language)
    _para(document, "Heading1", texts["shares_heading"])
    zone_warned = False
    for number, share in enumerate(shares, 1):
        block = [_para(document, "Heading2", _fill(texts["share_heading"], n=str(number), count=str(len(shares))))]
        when, known = local_when(share.planned_at, person.time_zone, dates_in, language)
        if not known and not zone_warned:
            warnings.append(f"{name}: unknown time zone {clean_text(person.time_zone)!r}; times shown in UTC")
            zone_warned = True
        elif not (person.time_zone or "").strip() and not zone_warned:
            warnings.append(f"{name}: no time zone; times shown in UTC")
            zone_warned = True
        block.append(_field(document, texts["when"], when))
        block.append(_field(document, texts["network"], network_name(share.network, texts)))
        if share.executive and share.executive_at is not None:  # a comment alone told nobody which post it is for
            posted, _known = local_when(share.executive_at, person.time_zone, dates_in, language)
            block.append(_field(document, texts["goes_with"], _fill(texts["goes_with_value"],
                                                                    name=clean_text(share.executive), when=posted)))  # fmt: skip
        link = utm_link(share.link, share.network, campaign.utm_campaign, person.id)
        if share.link and not link:  # the tracked link below stands for it: one link, the one to use
            block.append(_field(document, texts["approved_version"], clean_text(share.link)))
        share_texts = [t for t in (clean_text(t) for t in share.texts) if t.strip()]
        heading = document.add_paragraph()
        heading.add_run(texts["your_text"]).bold = True
        block.append(heading)
        if not share_texts:  # never a label with nothing under it
            block.append(_para(document, "KitShareText", texts["no_text"]))
        for index, text in enumerate(share_texts, 1):
            if len(share_texts) > 1:
                option = document.add_paragraph()
                option.add_run(_fill(texts["text_option"], n=str(index))).italic = True
                block.append(option)
            block.append(_para(document, "KitShareText"))
            block[-1].add_run(text)
        tags = _hashtags(share.hashtags)
        if tags:
            block.append(_field(document, texts["hashtags"], tags))
        if link:
            links.append(link)
            paragraph = _para(document, "KitField")
            paragraph.add_run(texts["link"]).bold = True
            paragraph.add_run("\t")
            add_hyperlink(paragraph, link, link)
            block.append(paragraph)
            block.append(_para(document, "KitNote", texts["link_hint"]))
        elif share.link:
            warnings.append(f"{name}: share {share.id}: link {clean_text(share.link)!r} is not http(s); no link added")
        _keep_with_next(block[:-1])  # the share's heading, time, text and link on one page
        if share.images:
            images = document.add_paragraph()
            images.paragraph_format.keep_with_next = True  # never the label alone at the foot of a page
            images.add_run(texts["images"]).bold = True
            for image in share.images:
                try:
                    document.add_picture(io.BytesIO(image.data), width=Cm(IMAGE_WIDTH_CM))
                except Exception:  # python-docx raises several types for bytes it cannot read as an image
                    warnings.append(
                        f"{name}: image {clean_text(image.file_name)!r} is not a picture Word can show; "
                        "it is only written beside the document"
                    )
            if images_folder:
                _para(document, "KitNote", _fill(texts["images_hint"], folder=clean_text(images_folder)))

    _para(document, "Heading1", texts["disclosure_heading"])
    if clean_text(kit.disclosure).strip():
        _keep_with_next([document.add_paragraph(texts["disclosure_intro"])])
        _para(document, "KitShareText").add_run(clean_text(kit.disclosure)).bold = True
    else:  # no line set for the market: the heading still asks for something, never an empty section
        document.add_paragraph(texts["disclosure_own_words"])

    _para(document, "Heading1", texts["dos_heading"])
    for line in texts["dos"]:
        _para(document, "ListBullet", line)
    _para(document, "Heading1", texts["donts_heading"])
    for line in texts["donts"]:
        _para(document, "ListBullet", line)

    voluntary = [_para(document, "Heading1", texts["voluntary_heading"]), document.add_paragraph(texts["voluntary"])]
    if kit.participation:
        voluntary.append(document.add_paragraph(clean_text(kit.participation)))
    # How to say no is always there: with no contact or instructions given, the sender is the one to tell.
    how = clean_text(kit.opt_out).strip() or texts["opt_out_sender"]
    opt_out = document.add_paragraph()
    opt_out.add_run(texts["opt_out_label"]).bold = True
    opt_out.add_run(_after_label(texts["opt_out_label"]) + how)
    voluntary.append(opt_out)
    _keep_with_next(voluntary[:-1])  # how to say no stays with the words saying it is voluntary

    if campaign.contact_name or campaign.contact_email:
        _para(document, "Heading1", texts["contact_heading"])
        document.add_paragraph(
            _fill(texts["contact"], name=clean_text(campaign.contact_name), email=clean_text(campaign.contact_email))
        )
    return document, links, warnings


def write(kit: KitInput, target: Path, images_folder: str = "", created: datetime | None = None) -> WrittenKit:
    """Build the kit and write it atomically (a temp file in the same folder, then os.replace)."""
    document, links, warnings = build(kit, images_folder, created)
    target = Path(target)
    save_atomically(target, document.save)
    return WrittenKit(target, links, warnings)


def save_atomically(target: Path, save) -> None:
    """`save(file)` into a hidden temp file beside `target`, then replace: readers never see half a file."""
    with writing(target):
        fd, temp = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                save(handle)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


def add_hyperlink(paragraph, url: str, text: str):
    """A real w:hyperlink with an external relationship (clickable in Word and LibreOffice)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), rel_id)
    hyperlink.set(qn("w:history"), "1")
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    properties.append(style)
    run.append(properties)
    label = OxmlElement("w:t")
    label.text = text
    label.set(qn("xml:space"), "preserve")
    run.append(label)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)
    return hyperlink


def _properties(document, kit: KitInput, name: str, lang_tag: str, created: datetime | None) -> None:
    """File → Properties as the reader sees them: the kit's title, its sender as author, its language."""
    campaign = kit.campaign
    document_properties(
        document,
        title=f"{clean_text(campaign.name)} — {name}",
        language=lang_tag,
        author=clean_text(campaign.contact_name or campaign.company).strip(),
        created=created,
    )


def document_properties(
    document, *, title: str, language: str = "", author: str = "", created: datetime | None = None
) -> None:
    """Core properties of a document GhostDesk writes for someone: its title, author and language, the time it was
    made — instead of python-docx's own ("python-docx", "generated by python-docx", 2013-12-23) that every
    document made from its template otherwise carries into File → Properties."""
    properties = document.core_properties
    properties.title = clean_text(title)[:250]
    properties.author = properties.last_modified_by = clean_text(author)[:250]
    properties.comments = ""
    if language:
        properties.language = language
    properties.revision = 1
    moment = utc(created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0, tzinfo=None)
    properties.created = properties.modified = moment


def _keep_with_next(paragraphs) -> None:
    """Each paragraph stays on the page of the one after it: a share's block (or a short closing section)
    is never cut between its heading, its time, its text and its link. (w:keepNext is put in place directly:
    python-docx's setter searches the schema's successor list each time, ~0.1 ms a paragraph.)"""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for paragraph in paragraphs:
        properties = paragraph._p.get_or_add_pPr()
        if properties.find(qn("w:keepNext")) is not None:
            continue
        keep = OxmlElement("w:keepNext")
        style = properties.find(qn("w:pStyle"))
        if style is not None:
            style.addnext(keep)  # keepNext comes right after pStyle in CT_PPr's order
        else:
            properties.insert(0, keep)


def _para(document, style_id: str = "", text: str = ""):
    """A paragraph with a style given by id: python-docx's lookup by name scans every style each time, which
    made it most of the cost of a kit."""
    paragraph = document.add_paragraph(text)
    if style_id:
        paragraph._p.style = style_id
    return paragraph


def _field(document, label: str, value: str):
    paragraph = _para(document, "KitField")
    paragraph.add_run(label).bold = True
    paragraph.add_run("\t" + value)
    return paragraph


def _after_label(label: str) -> str:
    """The space after a label, none after a full-width colon (参加をやめる方法：Marc, not "： Marc")."""
    return "" if label.endswith(("：", "︰")) else " "


def _fill(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def network_name(network: str, texts: dict[str, Any]) -> str:
    """A network as the reader's language names it (微信朋友圈, LinkedIn, X)."""
    own = texts.get("networks", {}).get(network)
    if own:
        return own
    known = NETWORKS.get(network)
    return known.name if known else clean_text(network)


def _hashtags(tags) -> str:
    cleaned = []
    for tag in tags:
        tag = clean_text(tag).strip()
        if tag:
            cleaned.append(tag if tag.startswith(("#", "＃")) else "#" + tag)
    return " ".join(cleaned)


def utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
