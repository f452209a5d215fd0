"""Services: read sample posts from files — plain text, Word (.docx) and LinkedIn's data export (Shares.csv).

Reading never touches the workspace: it returns every post or raises with every bad row, so an import is
all or nothing.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ghostdesk.domain.voice import MAX_SAMPLE, RowProblem, UnsupportedSampleFile, VoiceImportError

SEPARATOR = re.compile(r"^[ \t]*---[ \t]*$", re.MULTILINE)
SHARES_COLUMN = "ShareCommentary"


@dataclass(frozen=True, slots=True)
class ImportedPost:
    text: str
    source: str  # "txt" | "docx" | "linkedin"
    where: str = ""  # "row 12", "post 3": for messages


def read_posts(path: Path) -> list[ImportedPost]:
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise UnsupportedSampleFile(f"{path} is not a file", path=str(path), reason="missing")
    if suffix in (".txt", ".md", ".text"):
        return split_text(_read_text(path), "txt")
    if suffix == ".docx":
        return read_docx(path)
    if suffix == ".csv":
        return read_shares_csv(path)
    raise UnsupportedSampleFile(
        f"{path.name}: use a .txt, .docx or LinkedIn's Shares.csv", path=str(path), reason="type", suffix=suffix
    )


def read_text_file(path: Path) -> str:
    """A plain-text file (a draft to score …) in UTF-8 or Windows-1252; anything else is our error, not Python's."""
    path = Path(path)
    if not path.is_file():
        raise UnsupportedSampleFile(f"{path} is not a file", path=str(path), reason="missing")
    return _read_text(path)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnsupportedSampleFile(
            f"{path} cannot be read: {exc.strerror or exc}", path=str(path), reason="missing"
        ) from exc
    if b"\x00" in data[:4000] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedSampleFile(f"{path.name} is not readable text", path=str(path), reason="encoding")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnsupportedSampleFile(f"{path.name} is not readable text", path=str(path), reason="encoding")


def split_text(text: str, source: str) -> list[ImportedPost]:
    """Posts separated by a line holding only `---`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = [p.strip() for p in SEPARATOR.split(text)]
    return [ImportedPost(p, source, f"post {i}") for i, p in enumerate((p for p in parts if p), start=1)]


def read_docx(path: Path) -> list[ImportedPost]:
    try:
        import docx  # lazily: python-docx costs ~60 ms to import
    except ImportError as exc:  # pragma: no cover - a dependency
        raise UnsupportedSampleFile("python-docx is not installed", path=str(path), reason="docx") from exc
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for a damaged file
        raise UnsupportedSampleFile(f"{path.name} is not a readable Word file", path=str(path), reason="docx") from exc
    lines = [paragraph.text for paragraph in document.paragraphs]
    # A Word file separates paragraphs; blank paragraphs keep the post's line breaks.
    return split_text("\n\n".join(line for line in lines), "docx") if lines else []


def read_shares_csv(path: Path) -> list[ImportedPost]:
    """LinkedIn's Shares.csv: one share per row, the post in `ShareCommentary`, often multi-line and quoted."""
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[RowProblem] = []
    posts: list[ImportedPost] = []
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise VoiceImportError(f"{path.name} has no header row", path=str(path), rows=["row 1: no header"]) from exc
    header = [h.strip() for h in header]
    if SHARES_COLUMN not in header:
        problem = RowProblem(1, "missing_column", f"no {SHARES_COLUMN} column (found: {', '.join(header)})")
        error = _failure(path, [problem])
        # Another CSV (a roster, an analytics export): "1 row(s) could not be read" would not say that.
        error.args = (
            f"{path.name} is not LinkedIn's Shares.csv: it has no {SHARES_COLUMN} column "
            f"(its columns: {', '.join(h for h in header if h) or 'none'}); nothing was imported",
        )
        raise error
    column = header.index(SHARES_COLUMN)
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RowProblem(start, "quote", f"cannot be read ({exc}); check its quotes"))
            break  # the reader cannot find the next row reliably after a broken quote
        line = start
        start = reader.line_num + 1
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(RowProblem(line, "columns", f"has {len(row)} fields, the header has {len(header)}"))
            continue
        body = _unescape(row[column]).strip()
        if not body:
            continue  # a reshare without a comment: nothing of the executive's voice
        if len(body) > MAX_SAMPLE:
            problems.append(RowProblem(line, "too_long", f"is {len(body)} characters long (at most {MAX_SAMPLE})"))
            continue
        posts.append(ImportedPost(body, "linkedin", f"row {line}"))
    if problems:
        raise _failure(path, problems)
    return posts


def _unescape(cell: str) -> str:
    # Some LinkedIn exports double the quotes inside an already-quoted cell: ""like this"".
    cell = cell.replace("\r\n", "\n")
    return cell.replace('""', '"')


def _failure(path: Path, problems: list[RowProblem]) -> VoiceImportError:
    error = VoiceImportError(
        f"{path.name}: {len(problems)} row(s) could not be read; nothing was imported",
        path=str(path),
        rows=[f"row {p.row}: {p.message}" for p in problems],
    )
    error.problems = problems  # type: ignore[attr-defined]
    return error
