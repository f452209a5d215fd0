"""UI: the settings dialog, crash handling and background tasks."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QDialogButtonBox

from ghostdesk.services import settings as settings_service
from ghostdesk.ui import crash
from ghostdesk.ui.dialogs.settings_dialog import SettingsDialog
from ghostdesk.ui.tasks import Cancelled, run_in_background


def test_settings_dialog_edits_and_returns_values(qtbot, app_context):
    dialog = SettingsDialog(None, app_context.settings)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.clear()
    qtbot.keyClicks(dialog.ui.nameEdit, "  Ines   Moreau ")  # QTest types ASCII only
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("comms_manager"))
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("fr"))
    dialog.ui.keepSpin.setValue(4)
    values = dialog.values()
    assert values.user_name == "Ines Moreau"
    assert (values.role, values.language, values.backups_to_keep) == ("comms_manager", "fr", 4)


def test_settings_from_menu_persist_and_switch_language(main_window, monkeypatch, qtbot):
    def edit(cls, parent, settings):
        dialog = cls(parent, settings)
        dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("fr"))
        dialog.ui.nameEdit.setText("Inès")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.values()

    monkeypatch.setattr(SettingsDialog, "edit", classmethod(edit))
    main_window.act_settings.trigger()
    qtbot.waitUntil(lambda: main_window.help_menu.title() == "&Aide")
    saved = settings_service.load()
    assert (saved.user_name, saved.language) == ("Inès", "fr")


def test_settings_file_damage_falls_back_to_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"language": "klingon", "backups_to_keep": 100000, "role": 3')
    assert settings_service.load(path) == settings_service.Settings()
    path.write_text('{"language": "klingon", "backups_to_keep": 100000}')
    loaded = settings_service.load(path)
    assert loaded.language == "system" and loaded.backups_to_keep == 100


def test_crash_handler_writes_a_crash_file_and_logs(qapp, ghostdesk_home, monkeypatch):
    crash.add_redactor(lambda text: text.replace("sk-canary-123", "«redacted»"))
    handler = crash.CrashHandler(show_dialog=False)
    exits = []
    monkeypatch.setattr(handler, "exit_app", exits.append)
    monkeypatch.setattr(sys, "stderr", open(ghostdesk_home / "stderr.txt", "w"))  # noqa: SIM115
    try:
        raise RuntimeError("boom with sk-canary-123")
    except RuntimeError:
        handler.handle(*sys.exc_info())
    assert handler.last_file is not None and handler.last_file.exists()
    text = handler.last_file.read_text()
    assert "RuntimeError: boom" in text and "GhostDesk" in text
    assert "sk-canary-123" not in text
    assert exits == [70], "without a dialog the run ends with a failing code"
    crash._redactors.clear()


def test_crash_dialog_shows_copyable_details(qtbot):
    from PySide6.QtGui import QGuiApplication

    from ghostdesk.ui.dialogs.crash_dialog import CrashDialog

    dialog = CrashDialog(None, "Traceback: details here", None, crash.logs.log_file())
    qtbot.addWidget(dialog)
    assert dialog.details.toPlainText() == "Traceback: details here"
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Traceback: details here"


def test_background_task_reports_progress_and_result(qtbot):
    seen = []

    def work(task):
        for i in range(3):
            task.progress(i + 1, 3)
        return "done"

    run_in_background(work, seen.append, seen.append, progress=lambda d, t: seen.append(d))
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    assert seen == [1, 2, 3, "done"]


def test_background_task_can_be_cancelled(qtbot):
    import threading

    gate = threading.Event()
    errors = []

    def work(task):
        gate.wait(5)
        task.progress(1, 2)
        return "never"

    handle = run_in_background(work, lambda r: errors.append(r), errors.append)
    handle.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)
