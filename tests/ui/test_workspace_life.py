"""UI: a workspace's life as a person meets it — first start, the demo, damaged files, a busy file — in words
that say what happened and what to do next."""

from __future__ import annotations

import argparse
import sqlite3

from ghostdesk.domain.errors import WorkspaceCorrupt
from ghostdesk.services import locations, workspaces
from ghostdesk.storage.sqlite_errors import translate_error
from ghostdesk.ui import messages
from ghostdesk.ui.dialogs.prompts import Ask, Tell


def _truncated(path):
    """A workspace cut short, as a copy interrupted half-way leaves it."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def test_a_damaged_workspace_without_a_backup_does_not_offer_one(main_window, monkeypatch, tmp_path):
    ws = workspaces.create(tmp_path / "damaged")
    path = ws.path
    ws.close()
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\xff" * 3900  # the schema page is overwritten: damaged, still SQLite
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    told, asked = [], []
    monkeypatch.setattr(Tell, "error", classmethod(lambda cls, parent, error: told.append(error)))
    monkeypatch.setattr(Ask, "restore_backup", classmethod(lambda cls, parent, error, backup: asked.append(backup)))
    assert not main_window.controller.open_path(path)
    assert not asked
    [error] = told
    assert error.code == "workspace_corrupt"
    text = messages.error_text(error)
    # It used to say "You can restore the newest good backup" when there was none.
    assert "No backup of it was found" in text and "newest good backup" not in text
    assert "malformed" not in text and "database" not in text.lower()
    assert path.read_bytes() == before, "the damaged file is left as it was"


def test_the_damaged_words_offer_the_backup_only_when_one_exists(app_context):
    with_backup = WorkspaceCorrupt("x", path="/w.ghostdesk", newest_good_backup="/backups/w.1.auto.ghostdesk")
    assert "restore the newest good backup" in messages.error_text(with_backup)
    unchecked = WorkspaceCorrupt("x", path="/w.ghostdesk")
    assert "restore the newest good backup" in messages.error_text(unchecked)


def test_damage_found_at_open_is_said_without_sqlite_words(tmp_path):
    ws = workspaces.create(tmp_path / "cut")
    path = ws.path
    ws.close()
    _truncated(path)
    try:
        workspaces.open_workspace(path)
    except WorkspaceCorrupt as exc:
        assert exc.message == f"{path} is damaged and cannot be opened safely"
        assert exc.fields["problems"], "SQLite's own words stay in the details"
    else:  # pragma: no cover
        raise AssertionError("a truncated workspace opened")


def test_a_busy_file_is_said_plainly(app_context):
    error = translate_error(sqlite3.OperationalError("database is locked"), locations.default_workspace())
    text = messages.error_text(error)
    assert "busy" in text and "try again" in text and "database is locked" not in text


def test_the_demo_is_one_menu_entry_away(main_window, monkeypatch, qtbot):
    assert main_window.act_demo in main_window.file_menu.actions()
    assert main_window.act_demo.text() == "Open the &demo workspace"
    main_window.act_demo.trigger()
    ws = main_window.context.workspace
    assert ws.path == locations.demo_workspace() and not ws.read_only
    assert "Lumenvale" in main_window.windowTitle() or workspaces.workspace_name(ws) in main_window.windowTitle()
    assert main_window.busy_label.text() == ""
    asked = []
    monkeypatch.setattr(Ask, "open_read_only", classmethod(lambda cls, parent, error: asked.append(error)))
    main_window.act_demo.trigger()  # again: it is the open one, so nothing changes and nothing is asked
    assert main_window.context.workspace is ws and not asked


def test_choosing_the_open_workspace_again_keeps_it_open_for_writing(main_window, monkeypatch, workspace):
    """Open recent → the workspace already open here: our own lock used to read as "open in another GhostDesk
    window (process <our own>)", and answering "Open read-only" swapped the session for a read-only one."""
    asked = []
    monkeypatch.setattr(Ask, "open_read_only", classmethod(lambda cls, parent, error: asked.append(error) or True))
    monkeypatch.setattr(Tell, "error", classmethod(lambda cls, parent, error: asked.append(error)))
    assert main_window.controller.open_path(workspace.path)
    assert main_window.context.workspace is workspace and not workspace.read_only
    assert not asked


def test_a_read_only_session_chosen_again_opens_for_writing_once_the_other_has_closed(
    main_window, monkeypatch, tmp_path
):
    """The read-only message says: close the other GhostDesk, then open it again here. Choosing it again (Open
    recent, Open…) used to do nothing: the window kept its read-only session."""
    other = workspaces.create(tmp_path / "held.ghostdesk", name="Held")  # "another GhostDesk" holds it
    path = other.path
    monkeypatch.setattr(Ask, "open_read_only", classmethod(lambda cls, parent, error: True))
    monkeypatch.setattr(Tell, "info", classmethod(lambda cls, parent, *args, **kwargs: None))
    try:
        assert main_window.controller.open_path(path)
        assert main_window.context.workspace.read_only
        assert main_window.controller.open_path(path)  # still held: asked again, read-only again
        assert main_window.context.workspace.read_only
        other.close()
        assert main_window.controller.open_path(path)
        assert not main_window.context.workspace.read_only
    finally:
        main_window.controller.close_workspace()
        other.close()


def test_the_demo_held_by_another_window_opens_read_only_when_asked(main_window, monkeypatch):
    path = locations.demo_workspace()
    locations.ensure(path.parent)
    from ghostdesk.services import demo_version

    other = demo_version.open_or_build(path)  # "another GhostDesk" holds it
    try:
        monkeypatch.setattr(Ask, "open_read_only", classmethod(lambda cls, parent, error: True))
        assert main_window.controller.open_demo()
        assert main_window.context.workspace.read_only
    finally:
        main_window.controller.close_workspace()
        other.close()


def test_the_first_workspace_is_named_in_the_interface_language(qtbot, app_context):
    from ghostdesk.ui.app import open_initial
    from ghostdesk.ui.mainwindow import MainWindow

    app_context.languages.apply("fr")
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    open_initial(window, argparse.Namespace(demo=False, workspace=None, read_only=False))
    try:
        ws = window.context.workspace
        assert ws.path == locations.default_workspace()
        assert workspaces.workspace_name(ws) == "Mon espace de travail"
    finally:
        window.controller.close_workspace()


def test_a_workspace_on_a_read_only_medium_says_why_it_opened_read_only(main_window, monkeypatch, tmp_path):
    """It used to open read-only without a word: the title said "[read-only]", nothing said why or what to do."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1]))
    from _faults import tiny_disk

    told = []
    monkeypatch.setattr(Tell, "info", classmethod(lambda cls, parent, title, text: told.append((title, text))))
    with tiny_disk(tmp_path / "disk") as disk:
        workspaces.create(disk.root / "team").close()
        disk.read_only()
        try:
            assert main_window.controller.open_path(disk.root / "team.ghostdesk")
            assert main_window.context.workspace.read_only
            assert main_window.state_label.text() == "Read-only: the folder cannot be written"
            [(title, text)] = told
            assert title == "Opened read-only"
            assert "cannot be written" in text and "save a copy elsewhere" in text
            main_window.controller.close_workspace()
        finally:
            disk.writable()
    told.clear()
    monkeypatch.setattr(Ask, "open_read_only", classmethod(lambda cls, parent, error: True))
    other = workspaces.create(tmp_path / "shared")  # held by "another window": read-only because asked
    try:
        assert main_window.controller.open_path(other.path)
        assert main_window.state_label.text() == "Read-only" and not told
    finally:
        main_window.controller.close_workspace()
        other.close()


def test_save_a_copy_still_rescues_a_vanished_workspace_after_the_first_question(
    qtbot, app_context, tmp_path, monkeypatch
):
    """The status bar says "File missing: save a copy"; File → Save a copy then failed ("There is no workspace
    at …"): it read the vanished file again instead of the open connection. Back up now and Check failed alike."""
    import shutil

    from ghostdesk.services import voices
    from ghostdesk.ui.dialogs.prompts import FilePrompts
    from ghostdesk.ui.mainwindow import MainWindow

    folder = tmp_path / "stick"
    folder.mkdir()
    ws = workspaces.create(folder / "w")
    voices.create_executive(ws.db, "Written after the stick was pulled", actor="t")
    app_context.workspace = ws
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    shutil.rmtree(folder)
    asked, told = [], []
    monkeypatch.setattr(Ask, "rescue_missing", classmethod(lambda cls, parent, path: asked.append(path) or False))
    monkeypatch.setattr(Tell, "error", classmethod(lambda cls, parent, error: told.append(error)))
    assert not window.controller.check_still_there()  # the first question: "not now"
    assert window.state_label.text() == "File missing: save a copy"

    window.act_backup.trigger()  # asks again rather than failing on the missing file
    assert len(asked) == 2 and not told
    window.act_check.trigger()
    assert len(asked) == 3 and not told

    rescue = tmp_path / "rescued.ghostdesk"
    monkeypatch.setattr(FilePrompts, "copy_target", classmethod(lambda cls, parent, suggested: rescue))
    window.act_copy.trigger()  # chosen from the menu: no second question, the copy is made from memory
    assert not told and len(asked) == 3
    assert window.context.workspace.path == rescue
    assert voices.executive_named(window.context.workspace.db, "Written after the stick was pulled") is not None
    window.controller.close_workspace()


def test_settings_say_when_backups_are_made_and_where_they_are(qtbot, app_context):
    from ghostdesk.ui.dialogs.settings_dialog import SettingsDialog

    for language, words in (("en", "more than 12 hours old"), ("fr", "plus de 12\u00a0heures")):
        app_context.languages.apply(language)
        dialog = SettingsDialog(None, app_context.settings)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        note = dialog.backup_note
        assert words in note.text() and ("backups" in note.text())
        # Every line of it shows: the form's fixed height used to cut the note off after two lines.
        assert note.height() >= note.heightForWidth(note.width())
        assert note.geometry().bottom() <= note.parentWidget().height()
        dialog.close()


def test_about_says_where_settings_logs_and_crash_reports_are(main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append(text)))
    main_window.show_about()
    [text] = shown
    assert str(locations.log_dir()) in text and str(locations.config_dir()) in text
    assert "Logs and crash reports" in text


def test_the_offered_backup_is_named_by_when_and_why_it_was_made(app_context, tmp_path):
    from pathlib import Path

    from ghostdesk.ui.dialogs.prompts import backup_label

    backup = Path(tmp_path / "backups" / "team.20261130T101500000000Z.auto.ghostdesk")
    text = backup_label(backup)
    # It was only "Newest good backup: team.20261130T101500000000Z.auto.ghostdesk".
    assert text.startswith("Newest good backup: ") and "2026" in text
    assert "made when the workspace was opened" in text and text.endswith(f"File: {backup.name}")
    assert backup_label(Path("elsewhere.ghostdesk")) == "Newest good backup: elsewhere.ghostdesk"


def test_a_check_that_finds_problems_says_what_to_do_and_keeps_the_jargon_in_the_details(main_window, monkeypatch):
    from ghostdesk.services.workspace_report import CheckReport

    shown = []
    monkeypatch.setattr(
        Tell, "problems", classmethod(lambda cls, parent, title, text, details: shown.append((text, details)))
    )
    monkeypatch.setattr(Tell, "info", classmethod(lambda cls, parent, title, text: shown.append((text, None))))
    found = ["foreign key: posts row 3 → executives", "*** in database main ***\nPage 5: btree page damaged"]
    report = CheckReport(path="w.ghostdesk", ok=False, schema_version=14, latest_schema_version=14,
                         pending_migrations=[], problems=found, backups=2)  # fmt: skip
    main_window.controller._on_checked(report)
    [(text, details)] = shown
    # It used to be "Problems found:" and then those very lines.
    assert "foreign key" not in text and "btree" not in text
    assert "Nothing was changed" in text and "Restore from backup" in text and "backups kept: 2" in text
    assert details == "\n".join(found)


def test_a_first_workspace_that_cannot_be_created_is_said(qtbot, app_context, monkeypatch, tmp_path):
    """The window used to open on empty pages with every button off, and the reason only in the log."""
    from ghostdesk.ui import app as app_module
    from ghostdesk.ui.mainwindow import MainWindow

    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    monkeypatch.setattr(locations, "default_workspace", lambda: blocker / "workspace.ghostdesk")
    told = []
    monkeypatch.setattr(Tell, "info", classmethod(lambda cls, parent, title, text: told.append((title, text))))
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    app_module.open_initial(window, argparse.Namespace(demo=False, workspace=None, read_only=False))
    assert window.context.workspace is None
    [(title, text)] = told
    assert title == "No workspace yet"
    assert str(blocker / "workspace.ghostdesk") in text and "File → New workspace" in text


def test_a_disk_error_is_not_called_a_full_disk(app_context):
    full = translate_error(sqlite3.OperationalError("database or disk is full"), locations.default_workspace())
    assert full.code == "storage_full" and "free some space" in messages.error_text(full)
    failing = translate_error(sqlite3.OperationalError("disk I/O error"), locations.default_workspace())
    # A network drive that went away is not "full": freeing space would not help.
    assert failing.code == "storage_full" and failing.fields["why"] == "io"
    text = messages.error_text(failing)
    assert "cannot be written right now" in text and "free some space" not in text


def test_the_crash_dialog_says_nothing_was_sent_and_who_to_tell(qtbot, app_context, tmp_path):
    """It said "please send the details below" — to whom, when GhostDesk has no vendor to send them to?"""
    from PySide6.QtWidgets import QLabel

    from ghostdesk.ui.dialogs.crash_dialog import CrashDialog

    for language, words in (("en", "nothing was sent anywhere"), ("fr", "rien n’a été envoyé nulle part")):
        app_context.languages.apply(language)
        dialog = CrashDialog(None, "Traceback …", tmp_path / "crash-1.txt", tmp_path / "ghostdesk.log")
        qtbot.addWidget(dialog)
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert words in text and str(tmp_path / "crash-1.txt") in text


def test_an_empty_workspace_file_is_called_empty_and_its_backup_offered(main_window, monkeypatch, tmp_path):
    """A zero-byte file (a copy that never finished, a sync placeholder) was "not a GhostDesk workspace"."""
    from ghostdesk.storage import backups

    ws = workspaces.create(tmp_path / "synced")
    good = backups.make_backup(ws.db, ws.path)
    path = ws.path
    ws.close()
    path.write_bytes(b"")
    offered, told = [], []
    monkeypatch.setattr(
        Ask, "restore_backup", classmethod(lambda cls, parent, error, backup: offered.append((error, backup)))
    )
    monkeypatch.setattr(Tell, "error", classmethod(lambda cls, parent, error: told.append(error)))
    assert not main_window.controller.open_path(path)
    [(error, backup)] = offered
    assert backup == good.path and not told
    text = messages.error_text(error)
    assert "is empty (0 bytes)" in text and "restore the newest good backup" in text
    assert path.read_bytes() == b""

    other = tmp_path / "notes.ghostdesk"  # some other file keeps the plain refusal, with no backup to offer
    other.write_text("shopping list")
    assert not main_window.controller.open_path(other)
    assert [e.code for e in told] == ["not_a_workspace"] and len(offered) == 1
