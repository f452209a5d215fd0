"""Export: the campaign brief as a Word document — objectives, the calendar as a table, each variant's text —
for reviewers without GhostDesk. Words come in already chosen (the caller picks the language)."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ghostdesk.domain.files import writing
from ghostdesk.domain.kits import clean_text
from ghostdesk.export.kit_docx import document_properties


@dataclass(frozen=True)
class BriefCopy:
    heading: str
    facts: list[tuple[str, str]]  # (label, value): objective, targets, dates, markets, contact
    calendar_heading: str
    calendar_columns: list[str]
    calendar_rows: list[list[str]]
    variants_heading: str
    variants: list[tuple[str, str]] = field(default_factory=list)  # (title line, text)
    footer: str = ""


def write(copy: BriefCopy, target: Path) -> Path:
    import docx  # lazy: ~60 ms
    from docx.shared import Pt

    copy = _cleaned(copy)
    document = docx.Document()
    document_properties(document, title=copy.heading)  # not python-docx's "python-docx" author and 2013 date
    document.add_heading(copy.heading, level=1)
    facts = document.add_table(rows=0, cols=2)
    facts.style = "Light List"
    for label, value in copy.facts:
        cells = facts.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    document.add_heading(copy.calendar_heading, level=2)
    table = document.add_table(rows=1, cols=len(copy.calendar_columns))
    table.style = "Light Grid"
    for cell, name in zip(table.rows[0].cells, copy.calendar_columns, strict=True):
        cell.text = name
    for row in copy.calendar_rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.paragraphs[0].add_run(value).font.size = Pt(9)
    document.add_heading(copy.variants_heading, level=2)
    for title, text in copy.variants:
        document.add_heading(title, level=3)
        for paragraph in text.split("\n"):
            document.add_paragraph(paragraph)
    if copy.footer:
        document.add_paragraph().add_run(copy.footer).font.size = Pt(8)
    target = Path(target)
    with writing(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".docx", dir=target.parent)
        os.close(fd)
        try:
            document.save(tmp)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return target


def _cleaned(copy: BriefCopy) -> BriefCopy:
    """Every text as Word can hold it (control characters pasted from elsewhere would stop python-docx)."""
    return BriefCopy(
        heading=clean_text(copy.heading),
        facts=[(clean_text(label), clean_text(value)) for label, value in copy.facts],
        calendar_heading=clean_text(copy.calendar_heading),
        calendar_columns=[clean_text(c) for c in copy.calendar_columns],
        calendar_rows=[[clean_text(c) for c in row] for row in copy.calendar_rows],
        variants_heading=clean_text(copy.variants_heading),
        variants=[(clean_text(title), clean_text(text)) for title, text in copy.variants],
        footer=clean_text(copy.footer),
    )
