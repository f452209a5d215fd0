"""Services: read an HR spreadsheet the way it really arrives — any common encoding, any delimiter, or .xlsx.

The result is a plain table of text cells with the file's line numbers, for mapping and checking.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ghostdesk.domain.ambassador import ImportEmpty, ImportTooLarge, ImportTooManyRows, ImportUnreadable

MAX_BYTES = 20 * 1024 * 1024  # a 20,000-person roster is about 4 MB
MAX_ROWS = 50_000
MAX_COLUMNS = 200
DELIMITERS = (",", ";", "\t", "|")
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "cp1252",
    "iso-8859-1",
    "iso-8859-15",
    "mac-roman",
    "cp850",
    "shift_jis",
    "cp932",
    "euc-jp",
    "gb18030",
    "gbk",
    "big5",
)


@dataclass(frozen=True)
class SourceRow:
    line: int  # line (CSV) or row (sheet) number as the user sees it in their editor
    cells: tuple[str, ...]
    problem: str = ""  # "broken_quoting" when the CSV reader could not read this record
    detail: str = ""


@dataclass(frozen=True)
class SourceTable:
    name: str
    kind: str  # "csv" or "xlsx"
    encoding: str  # "" for xlsx
    delimiter: str  # "" for xlsx
    header_line: int
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...] = field(default_factory=tuple)
    detected_encoding: str = ""


def read_source(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
) -> SourceTable:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ImportTooLarge(f"{path.name} is larger than the limit", size=size, limit=max_bytes)
        data = path.read_bytes()
    except OSError as exc:
        raise ImportUnreadable(f"{path} cannot be read: {exc.strerror or exc}", path=str(path)) from exc
    return read_bytes(data, path.name, encoding=encoding, delimiter=delimiter, max_bytes=max_bytes, max_rows=max_rows)


def read_bytes(
    data: bytes,
    name: str = "",
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
) -> SourceTable:
    if len(data) > max_bytes:
        raise ImportTooLarge(f"{name} is larger than the limit", size=len(data), limit=max_bytes)
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, name, max_rows)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportUnreadable(f"{name} is an old Excel (.xls) file", path=name, reason="old_excel")
    detected = detect_encoding(data)
    chosen = encoding or detected
    if encoding is None and _looks_binary(data, detected):
        # A database, an image or a zip renamed .csv: "not in cp1252" would send the user hunting for an encoding.
        raise ImportUnreadable(_NOT_TEXT.format(name), path=name, reason="binary")
    try:
        text = decode(data, chosen, name)
    except ImportUnreadable as exc:
        # Many control bytes (over 1 %: a binary file the NUL check missed): the encoding error would send the user
        # hunting for an encoding. A text file with one stray byte keeps its error and its position.
        if encoding is None and exc.fields.get("reason") == "encoding" and _control_bytes(data) > len(data) // 100:
            raise ImportUnreadable(_NOT_TEXT.format(name), path=name, reason="binary") from None
        raise
    if "\x00" in text:
        raise ImportUnreadable(_NOT_TEXT.format(name), path=name, reason="binary")
    sep = delimiter or sniff_delimiter(text)
    if sep not in DELIMITERS:
        raise ImportUnreadable(f"Unsupported delimiter {sep!r}", path=name, reason="delimiter")
    return _read_csv(text, name, chosen, sep, detected, max_rows)


_NOT_TEXT = "{0} is not a CSV or .xlsx file GhostDesk can read (it does not hold text)"


def _looks_binary(data: bytes, detected: str) -> bool:
    """NUL bytes that UTF-16 text would not have: text in UTF-16 has them at every other byte, on one side only."""
    head = data[:4000]
    if detected.startswith("utf-16"):
        if detected == "utf-16":  # a byte-order mark
            return False
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return min(even, odd) > len(head) // 50
    return b"\x00" in head


_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f")


def _control_bytes(data: bytes) -> int:
    """How many bytes are control characters no text file has (tab, line breaks and form feed aside)."""
    return len(data) - len(data.translate(None, _CONTROL))


def detect_encoding(data: bytes) -> str:
    """BOMs first, then UTF-16 without BOM, then strict UTF-8, then charset-normalizer (Windows-1252 as last resort)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4000]
    if len(head) >= 4 and head.count(b"\x00") > len(head) // 4:
        even_zero = head[0::2].count(0)
        odd_zero = head[1::2].count(0)
        return "utf-16-be" if even_zero > odd_zero else "utf-16-le"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:200_000])
    ranked = [codecs.lookup(m.encoding).name for m in matches]
    # HR exports from Western offices are Windows-1252; prefer it over look-alike single-byte guesses.
    if not ranked or ranked[0] in _LOOK_ALIKES:
        ranked.insert(0, "cp1252")
    ranked += [e for e in _FALLBACKS if e not in ranked]
    # Short files fool statistics; the header row does not: take the reading whose header we recognise best.
    scored: list[tuple[tuple[int, int], str]] = []
    for candidate in ranked:
        try:
            text = data[:20_000].decode(candidate, errors="strict")
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append(((_header_hits(text), -_odd_characters(text)), candidate))
    if not scored:
        return "cp1252"
    top = max(score for score, _ in scored)
    tied = [candidate for score, candidate in scored if score == top]
    # Among equally good readings: accented Latin text has lone high bytes (é between ASCII letters), while
    # Japanese and Chinese double-byte text has them in pairs. That picks the family; our markets' order decides.
    order = _WESTERN_FIRST if _lone_high_bytes(data[:20_000]) else _EAST_ASIAN_FIRST
    tied.sort(key=lambda e: order.index(e) if e in order else len(order))
    return tied[0]


_WESTERN_FIRST = ("cp1252", "iso8859-15", "cp932", "shift_jis", "gb18030", "euc-jp", "big5")
_EAST_ASIAN_FIRST = ("cp932", "shift_jis", "gb18030", "euc-jp", "big5", "cp1252", "iso8859-15")


def _odd_characters(text: str) -> int:
    """Characters no roster holds: private-use, unassigned, controls (a wrong decoding makes them)."""
    import unicodedata

    return sum(
        1
        for c in text
        if (not c.isascii() and unicodedata.category(c) in ("Co", "Cn", "Cc"))
        or (c.isascii() and ord(c) < 32 and c not in "\t\r\n")
    )


def _lone_high_bytes(data: bytes) -> bool:
    high = lone = 0
    index, size = 0, len(data)
    while index < size:
        if data[index] >= 0x80:
            run = index
            while run < size and data[run] >= 0x80:
                run += 1
            length = run - index
            high += length
            lone += length if length == 1 else 0
            index = run
        else:
            index += 1
    return high > 0 and lone * 2 > high


_LOOK_ALIKES = ("cp1250", "cp1251", "iso8859-1", "latin-1", "iso8859-15", "cp1257", "iso8859-2", "mac-roman",
                "iso8859-5", "koi8-r", "mac-cyrillic", "cp1253", "cp1254")  # fmt: skip
_FALLBACKS = ("cp1252", "shift_jis", "cp932", "euc-jp", "gb18030", "big5")


def _header_hits(text: str) -> int:
    from ghostdesk.services.ambassador_import import guess_field

    best = 0
    for line in text.splitlines()[:10]:
        cells = [c.strip().strip('"') for c in line.replace(";", ",").replace("\t", ",").split(",")]
        best = max(best, sum(1 for c in cells if c and guess_field(c)))
    return best


def decode(data: bytes, encoding: str, name: str = "") -> str:
    try:
        text = data.decode(encoding)
    except LookupError as exc:
        raise ImportUnreadable(
            f"Unknown encoding {encoding!r}", path=name, reason="encoding", encoding=encoding
        ) from exc
    except UnicodeDecodeError as exc:
        raise ImportUnreadable(
            f"{name} is not in {encoding}", path=name, reason="encoding", encoding=encoding, position=exc.start
        ) from exc
    return text.lstrip("\ufeff")


def sniff_delimiter(text: str) -> str:
    """The candidate that splits the first lines into the most consistent number (> 1) of columns."""
    sample = "\n".join(text.splitlines()[:30])
    best, best_score = ",", (-1.0, 0)
    for candidate in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=candidate) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not widths:
            continue
        mode, hits = Counter(widths).most_common(1)[0]
        if mode < 2:
            continue
        score = (hits / len(widths), mode)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv(text: str, name: str, encoding: str, sep: str, detected: str, max_rows: int) -> SourceTable:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    records: list[SourceRow] = []
    previous_end = 0
    while True:
        start = previous_end + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            previous_end = reader.line_num
            lines = f"line {start}" if previous_end <= start else f"lines {start}–{previous_end}"
            records.append(SourceRow(start, (), "broken_quoting", f"{exc} ({lines} could not be read)"))
            continue
        previous_end = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > MAX_COLUMNS:
            raise ImportUnreadable(f"{name} has more than {MAX_COLUMNS} columns", path=name, reason="columns")
        records.append(SourceRow(start, tuple(cells)))
        if len(records) > max_rows + 1:
            raise ImportTooManyRows(f"{name} has more than {max_rows} rows", limit=max_rows)
    return _with_header(records, name, "csv", encoding, sep, detected)


def cell_text(value: object) -> str:
    """A spreadsheet cell's value as the text a CSV file would hold (whole numbers without ".0", dates in ISO)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _read_xlsx(data: bytes, name: str, max_rows: int) -> SourceTable:
    import zipfile

    try:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportUnreadable(f"{name} is not a readable .xlsx workbook", path=name, reason="xlsx") from exc
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise ImportUnreadable(f"{name} is not a readable .xlsx workbook", path=name, reason="xlsx") from exc
    try:
        sheet = book.worksheets[0]
        records: list[SourceRow] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(cell_text(v) for v in values[:MAX_COLUMNS])
            if not any(c.strip() for c in cells):
                continue
            records.append(SourceRow(number, cells))
            if len(records) > max_rows + 1:
                raise ImportTooManyRows(f"{name} has more than {max_rows} rows", limit=max_rows)
    except (ImportTooManyRows, ImportUnreadable):
        raise
    except Exception as exc:
        raise ImportUnreadable(f"{name} is not a readable .xlsx workbook", path=name, reason="xlsx") from exc
    finally:
        book.close()
    return _with_header(records, name, "xlsx", "", "", "")


def _with_header(records: list[SourceRow], name: str, kind: str, encoding: str, sep: str, detected: str) -> SourceTable:
    from ghostdesk.services.ambassador_import import guess_field

    readable = [r for r in records if not r.problem]
    if not readable:
        raise ImportEmpty(f"{name} has no rows", path=name)
    # Some exports put a title line above the header: take the first of the first rows that looks like one.
    header = readable[0]
    for candidate in readable[:10]:
        if sum(1 for c in candidate.cells if guess_field(c)) >= 2:
            header = candidate
            break
    rows = tuple(r for r in records if r.line > header.line)
    width = len(header.cells)
    headers = tuple(c.strip() for c in header.cells)
    trimmed = tuple(
        SourceRow(
            r.line,
            r.cells[:width] if len(r.cells) > width and not any(r.cells[width:]) else r.cells,
            r.problem,
            r.detail,
        )
        for r in rows
    )
    return SourceTable(name, kind, encoding, sep, header.line, headers, trimmed, detected)
