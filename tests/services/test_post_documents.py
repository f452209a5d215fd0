"""Drafts from Word and text files, and the executive review copy read back with python-docx."""

import docx
import pytest

from ghostdesk.domain.errors import ValidationError
from ghostdesk.services import checks, post_documents, posts
from ghostdesk.services.post_documents import ImportFailed
from ghostdesk.storage import executives_repo


def test_import_docx_takes_a_short_first_paragraph_as_title(tmp_path):
    path = tmp_path / "draft.docx"
    document = docx.Document()
    document.add_paragraph("Why grids need humility")
    document.add_paragraph("")
    document.add_paragraph("The forecast is a conversation.")
    document.add_paragraph("Not a verdict. 日本語も")
    document.save(str(path))
    draft = post_documents.import_draft(path)
    assert draft.title == "Why grids need humility"
    assert draft.body == "The forecast is a conversation.\nNot a verdict. 日本語も"


def test_import_txt_with_bom_and_no_title(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes("\ufeffUne seule ligne de texte, sans titre.\r\nEt une deuxième.".encode())
    draft = post_documents.import_draft(path)
    assert draft.title == "" and draft.body == "Une seule ligne de texte, sans titre.\nEt une deuxième."


def test_import_refuses_damaged_and_unknown_files(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ImportFailed):
        post_documents.import_draft(broken)
    with pytest.raises(ValidationError):
        post_documents.import_draft(tmp_path / "slides.pptx")
    latin1 = tmp_path / "old.txt"
    latin1.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(ImportFailed):
        post_documents.import_draft(latin1)


def test_review_copy_holds_post_preview_questions_and_findings(workspace, tmp_path):
    claire = executives_repo.create(workspace.db, "Claire Vasseur")
    body = "A hook that lands early. " * 12 + "\nThe rest of the story, CONFIDENTIAL."
    post = posts.new_post(workspace, claire.id, actor="ines", title="Humility", body=body)
    found = [f.message for f in checks.check_post(workspace, post.id)]
    target = post_documents.export_review_copy(
        workspace, post.id, tmp_path / "review.docx", questions=["Can we name the client?"], findings=found
    )
    text = [p.text for p in docx.Document(str(target)).paragraphs]
    assert text[0] == "Review copy: Humility"
    assert "Claire Vasseur" in text
    assert any(line.startswith("Version 1, content fingerprint " + post.content_hash[:12]) for line in text)
    assert "The rest of the story, CONFIDENTIAL." in text
    preview = text[text.index("How the feed shows it (before “see more”)") + 1]
    assert preview.endswith(" …") and len(preview) <= 212 and "CONFIDENTIAL" not in preview
    assert "Can we name the client?" in text
    assert any("CONFIDENTIAL" in line for line in text[text.index("Points to check") :])
    assert not (tmp_path / "review.docx.part").exists()
