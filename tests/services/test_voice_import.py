"""Sample files: text with '---', Word documents and LinkedIn's Shares.csv — all or nothing."""

from __future__ import annotations

import pytest

from ghostdesk.domain.voice import UnsupportedSampleFile, VoiceImportError
from ghostdesk.services import voice_import, voices

HEADER = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_text_file_posts_are_separated_by_dashes(tmp_path):
    path = write(
        tmp_path, "posts.txt", "First post.\nSecond line.\n---\n\n  Second post.\n ---\nThird --- not a separator"
    )
    posts = voice_import.read_posts(path)
    assert [p.text for p in posts] == ["First post.\nSecond line.", "Second post.", "Third --- not a separator"]


def test_shares_csv_keeps_multi_line_cells_and_quotes(tmp_path):
    body = (
        HEADER
        + '2024-03-01 10:00:00,https://lnkd.in/1,"Line one, with a comma.\n\nLine two says ""hello"".",,,MEMBER_NETWORK\r\n'
        + "2024-03-02 10:00:00,https://lnkd.in/2,Plain post,,,PUBLIC\r\n"
        + "2024-03-03 10:00:00,https://lnkd.in/3,,https://example.com,,PUBLIC\r\n"  # reshare, no comment
    )
    posts = voice_import.read_posts(write(tmp_path, "Shares.csv", body))
    assert [p.text for p in posts] == ['Line one, with a comma.\n\nLine two says "hello".', "Plain post"]
    assert posts[0].source == "linkedin"


def test_shares_csv_reports_every_malformed_row_and_imports_nothing(workspace, tmp_path):
    body = (
        HEADER
        + '2024-03-01,https://lnkd.in/1,"Good post\nover two lines",,,PUBLIC\n'
        + "2024-03-02,https://lnkd.in/2,Too,many,fields,here,PUBLIC\n"
        + "2024-03-03,https://lnkd.in/3,Fine again,,,PUBLIC\n"
        + "2024-03-04,https://lnkd.in/4\n"
    )
    path = write(tmp_path, "Shares.csv", body)
    executive = voices.create_executive(workspace.db, "Ada", actor="t")
    with pytest.raises(VoiceImportError) as caught:
        voices.import_samples(workspace.db, executive.id, [path], actor="t")
    rows = [(p.row, p.code) for p in caught.value.problems]
    assert rows == [(4, "columns"), (6, "columns")]  # the good multi-line row spans lines 2–3
    assert caught.value.fields["rows"][0].startswith("row 4: has 7 fields")
    assert voices.samples(workspace.db, executive.id) == []
    assert voices.current_version(workspace.db, executive.id) == 1


def test_shares_csv_with_a_broken_quote_is_refused(tmp_path):
    body = HEADER + '2024-03-01,https://lnkd.in/1,"never closed,,,PUBLIC\n2024-03-02,x,ok,,,PUBLIC\n'
    with pytest.raises(VoiceImportError) as caught:
        voice_import.read_posts(write(tmp_path, "Shares.csv", body))
    assert caught.value.problems[0].code == "quote"
    assert caught.value.problems[0].row == 2


def test_csv_without_the_commentary_column_is_refused(tmp_path):
    with pytest.raises(VoiceImportError) as caught:
        voice_import.read_posts(write(tmp_path, "other.csv", "a,b\n1,2\n"))
    assert caught.value.problems[0].code == "missing_column"


def test_docx_posts(tmp_path):
    import docx

    document = docx.Document()
    for text in ("First post, first paragraph.", "First post, second paragraph.", "---", "Second post."):
        document.add_paragraph(text)
    path = tmp_path / "posts.docx"
    document.save(path)
    posts = voice_import.read_posts(path)
    assert [p.text for p in posts] == [
        "First post, first paragraph.\n\nFirst post, second paragraph.",
        "Second post.",
    ]
    assert {p.source for p in posts} == {"docx"}


def test_other_files_are_refused_with_a_reason(tmp_path):
    path = write(tmp_path, "posts.pdf", "%PDF")
    with pytest.raises(UnsupportedSampleFile) as caught:
        voice_import.read_posts(path)
    assert caught.value.fields["reason"] == "type"
    broken = write(tmp_path, "broken.docx", "not a zip")
    with pytest.raises(UnsupportedSampleFile):
        voice_import.read_posts(broken)


def test_importing_the_same_posts_twice_adds_them_once(workspace, files):
    executive = voices.create_executive(workspace.db, "Dana", actor="t")
    path = files / "voices" / "dana_fr.txt"
    first = voices.import_samples(workspace.db, executive.id, [path], actor="t")
    again = voices.import_samples(workspace.db, executive.id, [path], actor="t")
    assert (first.added, first.duplicates) == (16, 0)
    assert (again.added, again.duplicates) == (0, 16)
    assert again.version == first.version  # nothing changed, so no new version
    assert first.languages == {"fr": 16}
