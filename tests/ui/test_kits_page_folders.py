"""The Share kits page when the folder is a problem (gone, read-only, a file in the way), in the user's language,
and a re-export that leaves out someone the first one included."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

import kit_helpers
from test_kits_page import _page

from ghostdesk.domain.files import write_error
from ghostdesk.services import ambassadors, kits

approved_demo_file = kit_helpers.approved_demo_file  # fixtures
approved_demo = kit_helpers.approved_demo


def _export(qtbot, page):
    with qtbot.waitSignal(page.export_finished, timeout=60_000) as finished:
        page.export_button.click()
    return finished.args[0]


def test_a_folder_gone_since_it_was_chosen_is_said_and_not_recreated(qtbot, app_context, approved_demo, monkeypatch, tmp_path):  # fmt: skip
    # Before: the page recreated the whole path and wrote there — on a drive unplugged since, a folder on the
    # wrong disk; now it says the folder is gone and writes nothing.
    workspace, _ = approved_demo
    out = tmp_path / "stick" / "kits"
    out.mkdir(parents=True)
    page = _page(qtbot, app_context, workspace, monkeypatch, out)
    page.choose_folder()
    (out).rmdir()
    (tmp_path / "stick").rmdir()
    page.export_button.click()
    assert not page.busy
    assert "is not there any more" in page.result_label.text() and str(out) in page.result_label.text()
    assert not (tmp_path / "stick").exists()
    assert not page.open_button.isVisibleTo(page)


def test_write_failures_are_told_in_the_interfaces_language(qtbot, app_context, approved_demo, monkeypatch, tmp_path):
    # Before: "Les kits n’ont pas été écrits : /… cannot be written: Permission denied" — English inside French.
    workspace, _ = approved_demo
    out = tmp_path / "out"
    out.mkdir()
    page = _page(qtbot, app_context, workspace, monkeypatch, out)
    app_context.languages.apply("fr")
    try:
        qtbot.waitUntil(lambda: page.heading.text() == "Kits de partage")
        for problem, words in (
            (errno.EACCES, "est en lecture seule"),
            (errno.ENOSPC, "est plein"),
            (errno.ENOENT, "n’existe plus"),
            (errno.EEXIST, "un fichier du même nom"),
        ):

            def refuse(*args, problem=problem, **kwargs):
                raise write_error(OSError(problem, "refused"), out / "Grid week 2027")

            monkeypatch.setattr(kits, "export", refuse)
            _export(qtbot, page)
            text = page.result_label.text()
            assert text.startswith("Les kits n’ont pas été écrits") and words in text, text
            assert "cannot be written" not in text and "refused" not in text and "is full" not in text
    finally:
        app_context.languages.apply("en")


def test_a_real_file_in_the_way_is_reported_and_nothing_is_half_written(qtbot, app_context, approved_demo, monkeypatch, tmp_path):  # fmt: skip
    workspace, _ = approved_demo
    out = tmp_path / "out"
    out.mkdir()
    (out / "Grid week 2027").write_text("a file where the campaign's folder goes")
    page = _page(qtbot, app_context, workspace, monkeypatch, out)
    error = _export(qtbot, page)
    assert error.code == "workspace_read_only"
    assert "is a file of that name in the way" in page.result_label.text()
    assert sorted(p.name for p in out.iterdir()) == ["Grid week 2027"]


def test_a_re_export_removes_the_kit_of_someone_who_opted_out_and_says_so(qtbot, app_context, approved_demo, monkeypatch, tmp_path):  # fmt: skip
    workspace, _ = approved_demo
    out = tmp_path / "out"
    page = _page(qtbot, app_context, workspace, monkeypatch, out)
    first = _export(qtbot, page)
    gone = first.files[0]
    ambassadors.opt_out(workspace.db, [gone.ambassador_id], actor="test")
    page.refresh(wait=True)
    second = _export(qtbot, page)
    assert len(second.files) == len(first.files) - 1
    assert second.removed == (gone.path,) and not Path(gone.path).exists()
    assert "Removed from the earlier export" in page.result_label.text() and gone.name in page.result_label.text()
