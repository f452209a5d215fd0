"""Export: the executive review copy — one post as a Word document the executive can read and annotate."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from ghostdesk.domain.files import writing
from ghostdesk.domain.kits import clean_text
from ghostdesk.export.kit_docx import document_properties


@dataclass(frozen=True)
class ReviewCopy:
    """Everything the document shows, already in words (the caller picks the language)."""

    heading: str
    executive_name: str
    meta_lines: list[str]  # e.g. "Networks: LinkedIn, X", "Version 4 — hash 1a2b…"
    body: str
    preview_label: str
    preview_text: str  # the text as the feed shows it before "see more"
    questions_label: str
    questions: list[str] = field(default_factory=list)
    findings_label: str = ""
    findings: list[str] = field(default_factory=list)
    signoff_label: str = ""
    signoff_lines: list[str] = field(default_factory=list)


def write(copy: ReviewCopy, target: Path) -> Path:
    import docx  # lazy: ~60 ms
    from docx.shared import Pt, RGBColor

    # Every text as Word can hold it: control characters pasted from elsewhere would stop python-docx.
    copy = replace(copy, **{f.name: _clean(getattr(copy, f.name)) for f in fields(copy)})
    document = docx.Document()
    document_properties(document, title=copy.heading)  # not python-docx's "python-docx" author and 2013 date
    document.add_heading(copy.heading, level=1)
    intro = document.add_paragraph()
    intro.add_run(copy.executive_name).bold = True
    for line in copy.meta_lines:
        meta = document.add_paragraph().add_run(line)
        meta.font.size = Pt(9)
        meta.font.color.rgb = RGBColor(0x55, 0x5F, 0x6D)
    for paragraph in copy.body.split("\n"):
        document.add_paragraph(paragraph)
    document.add_heading(copy.preview_label, level=2)
    document.add_paragraph().add_run(copy.preview_text).italic = True
    if copy.findings:
        document.add_heading(copy.findings_label, level=2)
        for line in copy.findings:
            document.add_paragraph(line, style="List Bullet")
    document.add_heading(copy.questions_label, level=2)
    for question in copy.questions or ["…"]:
        document.add_paragraph(question, style="List Number")
    if copy.signoff_lines:
        document.add_heading(copy.signoff_label, level=2)
        for line in copy.signoff_lines:
            document.add_paragraph(line)
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    with writing(target):
        try:
            document.save(str(partial))
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)  # never leave half a document beside the user's file
            raise
    return target


def _clean(value):
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value
