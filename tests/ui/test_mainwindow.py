"""UI: the main window on a real workspace — navigation, File menu, status, language, geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from ghostdesk.services import workspaces
from ghostdesk.storage import backups
from ghostdesk.ui.dialogs.prompts import Ask, FilePrompts, Tell
from ghostdesk.ui.mainwindow import MainWindow


def test_window_shows_workspace_name_and_path(main_window, workspace):
    assert main_window.windowTitle() == "Test workspace — GhostDesk"
    assert main_window.path_label.text() == str(workspace.path)
    assert main_window.state_label.text()  # backup state is always said


def test_each_navigation_entry_shows_its_page(main_window, qtbot):
    for row, spec in enumerate(main_window.specs):
        rect = main_window.sidebar.visualItemRect(main_window.sidebar.item(row))
        qtbot.mouseClick(main_window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert main_window.stack.currentWidget() is main_window.pages[spec.key]
        assert main_window.pages[spec.key].isVisible()
    keys = [s.key for s in main_window.specs]
    for area in ("voices", "posts", "calendar", "ambassadors", "kits", "results"):
        assert area in keys


def test_new_workspace_through_the_menu(main_window, monkeypatch, tmp_path):
    target = tmp_path / "second"
    monkeypatch.setattr(FilePrompts, "new_workspace", classmethod(lambda cls, parent, folder="": target))
    main_window.act_new.trigger()
    assert main_window.context.workspace.path == tmp_path / "second.ghostdesk"
    assert main_window.windowTitle().startswith("second — ")
    assert str(tmp_path / "second.ghostdesk") in main_window.context.settings.recent_workspaces


def test_open_refuses_a_non_workspace_with_a_clear_message(main_window, monkeypatch, tmp_path, workspace):
    junk = tmp_path / "notes.ghostdesk"
    junk.write_text("not a database")
    told = []
    monkeypatch.setattr(FilePrompts, "open_workspace", classmethod(lambda cls, parent, folder="": junk))
    monkeypatch.setattr(Tell, "error", classmethod(lambda cls, parent, error: told.append(error)))
    main_window.act_open.trigger()
    assert [e.code for e in told] == ["not_a_workspace"]
    assert main_window.context.workspace is workspace, "the open workspace stays open"
    assert junk.read_text() == "not a database"


def test_locked_workspace_opens_read_only_when_asked(main_window, monkeypatch, tmp_path):
    other = workspaces.create(tmp_path / "shared")  # held by "another window"
    try:
        monkeypatch.setattr(Ask, "open_read_only", classmethod(lambda cls, parent, error: True))
        assert main_window.controller.open_path(other.path)
        assert main_window.context.workspace.read_only
        assert "[read-only]" in main_window.windowTitle()
        assert main_window.state_label.text() == "Read-only"
    finally:
        main_window.controller.close_workspace()
        other.close()


def test_save_copy_runs_in_background(main_window, monkeypatch, tmp_path, qtbot):
    target = tmp_path / "copy.ghostdesk"
    told = []
    monkeypatch.setattr(FilePrompts, "copy_target", classmethod(lambda cls, parent, suggested: target))
    monkeypatch.setattr(Tell, "info", classmethod(lambda cls, parent, title, text: told.append(title)))
    main_window.act_copy.trigger()
    qtbot.waitUntil(lambda: told == ["Copy saved"], timeout=10_000)
    assert workspaces.check(target).ok


def test_backup_now_and_restore_from_backup(main_window, monkeypatch, tmp_path, qtbot, workspace):
    told = []
    monkeypatch.setattr(Tell, "info", classmethod(lambda cls, parent, title, text: told.append(title)))
    main_window.act_backup.trigger()
    qtbot.waitUntil(lambda: "Backup made" in told, timeout=10_000)
    assert main_window.state_label.text().startswith("Last backup:")
    from datetime import date

    assert str(date.today().year) in main_window.state_label.text()  # the year whole, not "26"
    newest = backups.list_backups(workspace.path)[0]
    assert newest.reason == "manual"

    restored = tmp_path / "restored.ghostdesk"
    monkeypatch.setattr(FilePrompts, "backup_file", classmethod(lambda cls, parent, folder: newest.path))
    monkeypatch.setattr(FilePrompts, "restore_target", classmethod(lambda cls, parent, suggested: restored))
    monkeypatch.setattr(Ask, "open_restored", classmethod(lambda cls, parent, path: True))
    main_window.act_restore.trigger()
    assert main_window.context.workspace.path == restored
    assert workspace.path.exists(), "the original is never replaced"


def test_check_workspace_reports(main_window, monkeypatch, qtbot):
    told = []
    monkeypatch.setattr(Tell, "info", classmethod(lambda cls, parent, title, text: told.append(text)))
    main_window.act_check.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told[0] == "No problems found, and the workspace is up to date. Backups kept: 0."  # no schema jargon
    main_window.act_backup.trigger()
    qtbot.waitUntil(lambda: len(told) >= 2, timeout=10_000)  # the backup's own message
    main_window.act_check.trigger()
    qtbot.waitUntil(lambda: len(told) >= 3, timeout=10_000)
    assert told[-1].endswith("Backups kept: 1.")


def test_corrupt_workspace_offers_the_newest_good_backup(main_window, monkeypatch, tmp_path):
    ws = workspaces.create(tmp_path / "damaged")
    good = backups.make_backup(ws.db, ws.path)
    path = ws.path
    ws.close()
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\x00" * 3900
    path.write_bytes(bytes(data))
    offered = []
    monkeypatch.setattr(
        Ask, "restore_backup", classmethod(lambda cls, parent, error, backup: offered.append(backup) or False)
    )
    monkeypatch.setattr(Tell, "error", classmethod(lambda cls, parent, error: offered.append(error.code)))
    assert not main_window.controller.open_path(path)
    assert offered in ([good.path], ["not_a_workspace"])


def test_language_switch_retranslates_visible_text(main_window, qtbot):
    assert main_window.file_menu.title() == "&File"
    main_window.context.languages.apply("fr")
    qtbot.waitUntil(lambda: main_window.file_menu.title() == "&Fichier")
    assert main_window.sidebar.item(0).text() == "Voix"
    assert main_window.act_restore.text() == "&Restaurer une sauvegarde…"
    assert main_window.page("posts").findChild(QLabel, "pageHeading").text() == "Publications"
    assert main_window.path_label.text()  # path stays
    main_window.context.languages.apply("en")
    qtbot.waitUntil(lambda: main_window.file_menu.title() == "&File")
    assert main_window.sidebar.item(0).text() == "Voices"


def test_geometry_and_splitter_are_remembered(qtbot, app_context, workspace):
    app_context.workspace = workspace
    first = MainWindow(app_context)
    qtbot.addWidget(first)
    first.resize(700, 500)  # the offscreen screen is 800×600
    first.splitter.setSizes([260, 440])
    first.show()
    qtbot.waitExposed(first)
    sizes = first.splitter.sizes()
    first.save_geometry()
    QSettings().sync()
    second = MainWindow(app_context)
    qtbot.addWidget(second)
    assert second.size() == first.size()
    second.show()  # a window this narrow shows the sidebar's icons only, at their width, once shown
    qtbot.waitExposed(second)
    assert second.sidebar_compact and second.splitter.sizes()[0] == sizes[0]


@pytest.mark.parametrize("choice", ["en", "fr"])
def test_screenshot_renders(main_window, qtbot, choice):
    main_window.context.languages.apply(choice)
    qtbot.wait(10)
    image = main_window.grab().toImage()
    assert image.width() > 600 and image.height() > 400
    # Not a blank canvas: the sidebar and page draw more than one colour.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 3
    main_window.context.languages.apply("en")


def test_closing_releases_the_workspace(main_window, workspace):
    path = workspace.path
    main_window.close()
    assert main_window.context.workspace is None
    with workspaces.open_workspace(Path(path)) as again:
        assert not again.read_only


def test_vanished_workspace_is_rescued_into_a_new_file(qtbot, app_context, tmp_path, monkeypatch):
    from ghostdesk.storage import executives_repo

    folder = tmp_path / "stick"
    folder.mkdir()
    ws = workspaces.create(folder / "w")
    executives_repo.create(ws.db, "Unsaved elsewhere")
    app_context.workspace = ws
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    import shutil

    shutil.rmtree(folder)
    rescue = tmp_path / "rescued.ghostdesk"
    monkeypatch.setattr(Ask, "rescue_missing", classmethod(lambda cls, parent, path: True))
    monkeypatch.setattr(FilePrompts, "copy_target", classmethod(lambda cls, parent, suggested: rescue))
    assert not window.controller.check_still_there()
    assert window.context.workspace.path == rescue
    names = [e.name for e in executives_repo.list_all(window.context.workspace.db)]
    assert names == ["Unsaved elsewhere"]
    window.close()
