"""Services: import campaign figures — a web-analytics CSV of UTM campaigns, or LinkedIn's post analytics .xlsx.

- Columns are mapped once per export shape and remembered (by the file's headers).
- All or nothing: any invalid row rejects the file (errors with line numbers), in one transaction.
- The same file twice is recognised by its hash and counts once; an overlapping later export replaces the
  earlier reading of the same share or post (analytics figures are running totals, never added up).
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ghostdesk.domain.ambassador import ImportProblem
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.kits import UTM_MEDIUM
from ghostdesk.domain.results import (
    Figures,
    FiguresKind,
    ImportReport,
    Metrics,
    ResultsFileUnreadable,
    ResultsInvalid,
    ResultsMappingNeeded,
    ResultsRejected,
    RowError,
)
from ghostdesk.services import ambassadors
from ghostdesk.services.ambassador_sources import SourceRow, cell_text, read_bytes
from ghostdesk.services.results import clean_count, clean_date
from ghostdesk.services.results_lookup import CampaignLookup, lookup_for
from ghostdesk.storage import audit_repo
from ghostdesk.storage import results_repo as repo
from ghostdesk.storage.connection import Database

MAX_BYTES = 20 * 1024 * 1024

# field → header words (folded: lower case, letters and digits only), English, French, German and GA4/Matomo.
UTM_FIELDS = {
    "utm_campaign": "utmcampaign campaign sessioncampaign sessionmanualcampaignname manualcampaignname campaignname"
    " campagne kampagne",
    "utm_content": "utmcontent content sessionmanualadcontent manualadcontent adcontent sessionadcontent contenu inhalt",
    "utm_source": "utmsource source sessionsource sessionmanualsource quelle",
    "utm_medium": "utmmedium medium sessionmedium sessionmanualmedium support",
    "date": "date day datum jour",
    "clicks": "clicks sessions visits visites sitzungen clics klicks",
    "conversions": "conversions keyevents goalcompletions konversionen transactions",
}
UTM_REQUIRED = ("utm_campaign", "utm_content", "clicks")

LINKEDIN_FIELDS = {
    "post_url": "posturl postlink link url lienpublication beitragslink",
    "posted_on": "postpublishdate createddate publishdate date datedepublication veroffentlichungsdatum",
    "title": "posttitle postcommentary title titre titel",
    "impressions": "impressions impressionen",
    "reactions": "reactions likes reactions reaktionen jaime",
    "comments": "comments commentaires kommentare",
    "reposts": "reposts shares repartages republications reposts",
    "clicks": "clicks clics klicks",
    "conversions": "conversions leads",
}
LINKEDIN_REQUIRED = ("posted_on", "impressions")


def _fold(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text or "")
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


def _synonyms(fields: Mapping[str, str]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for name, words in fields.items():
        for word in words.split():
            lookup.setdefault(word, name)
    return lookup


_LOOKUPS = {"utm": _synonyms(UTM_FIELDS), "linkedin": _synonyms(LINKEDIN_FIELDS)}
_FIELDS = {"utm": UTM_FIELDS, "linkedin": LINKEDIN_FIELDS}
_REQUIRED = {"utm": UTM_REQUIRED, "linkedin": LINKEDIN_REQUIRED}


def guess_mapping(fmt: str, headers: Sequence[str]) -> dict[str, str]:
    """field → header, each field once, first matching column wins."""
    found: dict[str, str] = {}
    for header in headers:
        name = _LOOKUPS[fmt].get(_fold(header))
        if name and name not in found:
            found[name] = header
    return found


def signature(headers: Sequence[str]) -> str:
    return "|".join(_fold(h) for h in headers)


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]


# --- reading ----------------------------------------------------------------------------------------------


def _header_index(fmt: str, records: Sequence[SourceRow]) -> int:
    """The first of the first rows with at least two known headers (exports put titles and notes above)."""
    for index, record in enumerate(records[:20]):
        if len(guess_mapping(fmt, record.cells)) >= 2:
            return index
    return 0


def _table(fmt: str, records: Sequence[SourceRow], name: str) -> Table:
    if not records:
        raise ResultsFileUnreadable(f"{name} has no rows", path=name, reason="empty")
    index = _header_index(fmt, records)
    headers = tuple(c.strip() for c in records[index].cells)
    return Table(headers, tuple(records[index + 1 :]))


def read_table(fmt: str, data: bytes, name: str) -> Table:
    if fmt == "linkedin" and data.startswith(b"PK\x03\x04"):
        return _table(fmt, _xlsx_records(data, name), name)
    try:
        source = read_bytes(data, name, max_bytes=MAX_BYTES)  # the roster importer's encoding/delimiter sniffing
    except ImportProblem as exc:
        raise ResultsFileUnreadable(str(exc), path=name, reason=exc.fields.get("reason", exc.code)) from exc
    records = [SourceRow(source.header_line, source.headers), *source.rows]
    return _table(fmt, records, name)


def _xlsx_records(data: bytes, name: str) -> list[SourceRow]:
    """LinkedIn's export has several sheets; the posts are on the one whose header names post figures."""
    try:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise ResultsFileUnreadable(f"{name} is not a readable .xlsx workbook", path=name, reason="xlsx") from exc
    try:
        best: list[SourceRow] = []
        for sheet in book.worksheets:
            records = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = tuple(cell_text(v) for v in values[:200])
                if any(c.strip() for c in cells):
                    records.append(SourceRow(number, cells))
                if number > 60_000:
                    raise ResultsFileUnreadable(f"{name} has too many rows", path=name, reason="too_many_rows")
            index = _header_index("linkedin", records)
            if records and len(guess_mapping("linkedin", records[index].cells)) >= 3:
                return records
            best = best or records
        return best
    except ResultsFileUnreadable:
        raise
    except Exception as exc:
        raise ResultsFileUnreadable(f"{name} is not a readable .xlsx workbook", path=name, reason="xlsx") from exc
    finally:
        book.close()


# --- mapping ----------------------------------------------------------------------------------------------


def resolve_mapping(db: Database, fmt: str, headers: Sequence[str], given: Mapping[str, str] | None) -> dict[str, str]:
    """Explicit mapping, else the one remembered for this export shape, else the guess; required fields checked."""
    mapping = dict(repo.mapping(db, fmt, signature(headers)) or guess_mapping(fmt, headers))
    for name, header in (given or {}).items():
        if name not in _FIELDS[fmt]:
            raise ResultsInvalid(f"Unknown field {name!r}", field=name, value=header)
        if header and header not in headers:
            raise ResultsInvalid(f"No column {header!r} in the file", field=name, value=header)
        if header:
            mapping[name] = header
        else:
            mapping.pop(name, None)
    missing = [f for f in _REQUIRED[fmt] if f not in mapping]
    if fmt == "linkedin" and "post_url" not in mapping and "posted_on" not in mapping:
        missing.append("post_url")
    if missing:
        raise ResultsMappingNeeded(
            f"No column for: {', '.join(missing)} (the file's columns: {', '.join(h for h in headers if h) or 'none'})",
            missing=missing,
            headers=list(headers),
            fields=list(_FIELDS[fmt]),
        )
    return mapping


# --- importing ----------------------------------------------------------------------------------------------


def import_file(
    db: Database,
    path: Path,
    fmt: str,
    *,
    actor: str,
    mapping: Mapping[str, str] | None = None,
    campaign_id: str = "",
    lookup: CampaignLookup | None = None,
    dry_run: bool = False,
) -> ImportReport:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ResultsFileUnreadable(f"{path.name} is larger than the limit", path=path.name, reason="too_large")
        data = path.read_bytes()
    except OSError as exc:
        raise ResultsFileUnreadable(
            f"{path} cannot be read: {exc.strerror or exc}", path=str(path), reason="os"
        ) from exc
    return import_bytes(
        db, data, path.name, fmt, actor=actor, mapping=mapping, campaign_id=campaign_id, lookup=lookup, dry_run=dry_run
    )


def import_bytes(
    db: Database,
    data: bytes,
    name: str,
    fmt: str,
    *,
    actor: str,
    mapping: Mapping[str, str] | None = None,
    campaign_id: str = "",
    lookup: CampaignLookup | None = None,
    dry_run: bool = False,
) -> ImportReport:
    if fmt not in _FIELDS:
        raise ResultsInvalid(f"Unknown format {fmt!r}", field="format", value=fmt)
    file_hash = hashlib.sha256(data).hexdigest()
    if repo.import_by_hash(db, file_hash):
        return ImportReport(name, fmt, already_imported=True)
    lookup = lookup or lookup_for(db)
    table = read_table(fmt, data, name)
    columns = resolve_mapping(db, fmt, table.headers, mapping)
    index = {f: table.headers.index(h) for f, h in columns.items()}
    reader = _read_utm if fmt == "utm" else _read_linkedin
    figures, ignored, errors = reader(db, table, index, lookup, campaign_id)
    report = ImportReport(name, fmt, rows=len(table.rows), ignored=ignored, errors=tuple(errors), mapping=columns)
    if errors:
        error = ResultsRejected(
            f"{len(errors)} rows of {name} are invalid; nothing was imported",
            errors=[f"line {e.line}: {e.reason} {e.field}={e.value!r}" for e in errors],
        )
        error.report = report
        raise error
    if dry_run:
        return report
    added = replaced = 0
    with db.atomic():
        import_id = repo.log_import(db, file_hash, name, fmt, len(table.rows), [f.row_key for f in figures], actor)
        for f in figures:
            if repo.save_figures(db, _with_import(f, import_id)):
                added += 1
            else:
                replaced += 1
        repo.save_mapping(db, fmt, signature(table.headers), columns)
        audit_repo.record(
            db, actor=actor, action="results.import", entity_type="results_import", entity_id=import_id,
            content_hash=file_hash, details={"file": name, "format": fmt, "added": added, "replaced": replaced},
        )  # fmt: skip
    return ImportReport(name, fmt, len(table.rows), added, replaced, ignored, False, (), columns, True)


def _with_import(f: Figures, import_id: str) -> Figures:
    from dataclasses import replace

    return replace(f, import_id=import_id)


def _cell_of(row: SourceRow, index: Mapping[str, int], name: str) -> str:
    position = index.get(name)
    if position is None or position >= len(row.cells):
        return ""
    return row.cells[position].strip()


def _read_utm(db: Database, table: Table, index, lookup: CampaignLookup, campaign_id: str):
    errors: list[RowError] = []
    ignored = 0
    merged: dict[str, Figures] = {}
    people_ids = set()
    parsed = []
    today = utc_now_iso()[:10]
    for row in table.rows:
        if row.problem:
            errors.append(RowError(row.line, row.problem, message=row.detail))
            continue
        cell = lambda n, r=row: _cell_of(r, index, n)  # noqa: E731
        campaign, content = cell("utm_campaign"), cell("utm_content")
        if cell("utm_campaign").startswith("#") or campaign.lower() in ("(not set)", "total", "grand total", "totals"):
            ignored += 1
            continue
        medium = cell("utm_medium")
        if "utm_medium" in index and medium and medium.lower() != UTM_MEDIUM:
            ignored += 1  # someone else's campaign traffic
            continue
        if not campaign:
            errors.append(RowError(row.line, "missing_campaign", "utm_campaign", "", "utm_campaign is empty"))
            continue
        if not content or content.lower() == "(not set)":
            errors.append(RowError(row.line, "missing_ambassador", "utm_content", content, "utm_content is empty"))
            continue
        try:
            posted_on = clean_date(cell("date"), "date") if cell("date") else ""
            clicks = clean_count(cell("clicks"), "clicks")
            conversions = clean_count(cell("conversions"), "conversions")
        except ResultsInvalid as exc:
            reason = "bad_date" if exc.fields.get("field") == "date" else "bad_number"
            errors.append(
                RowError(row.line, reason, exc.fields.get("field", ""), exc.fields.get("value", ""), str(exc))
            )
            continue
        parsed.append((row.line, campaign, content, cell("utm_source").lower(), posted_on, clicks, conversions))
        people_ids.add(content)
    people = ambassadors.get_many(db, sorted(people_ids))
    for line, campaign, content, network, posted_on, clicks, conversions in parsed:
        ref = lookup.campaign_for_utm(campaign) if not campaign_id else lookup.campaign(campaign_id)
        if ref is None:
            errors.append(
                RowError(line, "unknown_campaign", "utm_campaign", campaign, "No campaign with this utm_campaign")
            )
            continue
        person = people.get(content)
        if person is None:
            errors.append(RowError(line, "unknown_ambassador", "utm_content", content, "No ambassador with this id"))
            continue
        share = lookup.share_for(ref.id, person.id, network, posted_on) if posted_on else None
        key = "|".join(("utm", ref.id, person.id, network, posted_on))
        figures = Figures(
            id=new_id(), campaign_id=ref.id, kind=FiguresKind.SHARE, metrics=Metrics(clicks=clicks, conversions=conversions),
            ambassador_id=person.id, share_id=share.id if share else "", network=network, market=person.market,
            wave=share.wave if share else "", content_key=share.content_key if share else "",
            content_title=share.content_title if share else "", posted_on=posted_on, read_on=today, source="utm", row_key=key,
        )  # fmt: skip
        if key in merged:  # the same person, campaign, network and day on several lines: one share, summed
            before = merged[key]
            figures = _replace_metrics(before, before.metrics + figures.metrics)
        merged[key] = figures
    return list(merged.values()), ignored, errors


def _replace_metrics(f: Figures, metrics: Metrics) -> Figures:
    from dataclasses import replace

    return replace(f, metrics=metrics)


def _read_linkedin(db: Database, table: Table, index, lookup: CampaignLookup, campaign_id: str):
    errors: list[RowError] = []
    ignored = 0
    found: dict[str, Figures] = {}
    posts = list(lookup.executive_posts(None))
    by_url = {_url_key(p.url): p for p in posts if p.url}
    fallback = lookup.campaign(campaign_id) if campaign_id else None
    if campaign_id and fallback is None:
        raise ResultsInvalid(f"No campaign {campaign_id!r}", field="campaign", value=campaign_id)
    today = utc_now_iso()[:10]
    for row in table.rows:
        if row.problem:
            errors.append(RowError(row.line, row.problem, message=row.detail))
            continue
        cell = lambda n, r=row: _cell_of(r, index, n)  # noqa: E731
        url, title = cell("post_url"), cell("title")
        if not url and not cell("posted_on") and not cell("impressions"):
            ignored += 1
            continue
        try:
            posted_on = clean_date(cell("posted_on"), "posted_on") if cell("posted_on") else ""
            metrics = Metrics(
                **{
                    m: clean_count(cell(m), m)
                    for m in ("impressions", "reactions", "comments", "reposts", "clicks", "conversions")
                }
            )
        except ResultsInvalid as exc:
            reason = "bad_date" if exc.fields.get("field") == "posted_on" else "bad_number"
            errors.append(
                RowError(row.line, reason, exc.fields.get("field", ""), exc.fields.get("value", ""), str(exc))
            )
            continue
        slot = by_url.get(_url_key(url)) if url else None
        if slot is None and posted_on:
            same_day = [p for p in posts if p.planned_on == posted_on and p.network == "linkedin"]
            slot = same_day[0] if len(same_day) == 1 else None
        if slot is None and fallback is None:
            ignored += 1  # a post outside any campaign
            continue
        key = "linkedin|" + (_url_key(url) or f"{posted_on}|{title[:60]}")
        if key in found:
            errors.append(RowError(row.line, "duplicate", "post_url", url, "The same post appears twice in the file"))
            continue
        found[key] = Figures(
            id=new_id(), campaign_id=slot.campaign_id if slot else fallback.id, kind=FiguresKind.EXECUTIVE,
            metrics=metrics, slot_id=slot.slot_id if slot else "", executive_id=slot.executive_id if slot else "",
            network="linkedin", content_key=(slot.content_key if slot else "") or url, content_title=title[:200],
            posted_on=posted_on, read_on=today, source="linkedin", row_key=key,
        )  # fmt: skip
    return list(found.values()), ignored, errors


def _url_key(url: str) -> str:
    """A post address without query, fragment, scheme or trailing slash (exports and calendars differ there)."""
    url = (url or "").strip().split("?")[0].split("#")[0].rstrip("/")
    return re.sub(r"^https?://(www\.)?", "", url, flags=re.I).lower()
