"""UI: every question the shell asks, as classmethods tests can patch (no test ever blocks on a modal)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.ui import messages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate


# PySide6 makes a class's Python type, with all its enums, when it is first named: the window imports this module
# at start-up but shows none of these dialogs, so each method imports the dialog class it needs.


def _filter() -> str:
    return translate("Prompts", "GhostDesk workspaces (*.ghostdesk)")


def backup_label(backup: Path) -> str:
    """The newest good backup as a person reads it: when, and why it was made (the file name's stamp is UTC)."""
    from ghostdesk.storage import backups

    described = backups.describe(backup)
    if described is None:
        return translate("Prompts", "Newest good backup: {0}").format(backup.name)
    from PySide6.QtCore import QDateTime, QLocale

    from ghostdesk.ui.i18n import date_format

    taken, reason = described
    locale = QLocale()
    when = locale.toString(
        QDateTime.fromSecsSinceEpoch(int(taken.timestamp())),
        f"{date_format()} {locale.timeFormat(QLocale.FormatType.ShortFormat)}",
    )
    why = {
        "auto": translate("Prompts", "made when the workspace was opened"),
        "manual": translate("Prompts", "made with Back up now"),
        "pre-migration": translate("Prompts", "made before an upgrade"),
    }.get(reason, reason)
    return translate("Prompts", "Newest good backup: {0}, {1}.\nFile: {2}").format(when, why, backup.name)


class FilePrompts:
    @classmethod
    def open_workspace(cls, parent: QWidget | None, folder: str = "") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(parent, translate("Prompts", "Open workspace"), folder, _filter())
        return Path(name) if name else None

    @classmethod
    def new_workspace(cls, parent: QWidget | None, folder: str = "") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, translate("Prompts", "New workspace"), folder, _filter())
        return Path(name) if name else None

    @classmethod
    def copy_target(cls, parent: QWidget | None, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            parent, translate("Prompts", "Save a copy of the workspace"), suggested, _filter()
        )
        return Path(name) if name else None

    @classmethod
    def backup_file(cls, parent: QWidget | None, folder: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            parent, translate("Prompts", "Choose a backup to restore"), folder, _filter()
        )
        return Path(name) if name else None

    @classmethod
    def restore_target(cls, parent: QWidget | None, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("Prompts", "Restore the backup into a new workspace"),
            suggested,
            _filter(),
        )
        return Path(name) if name else None


class Ask:
    @classmethod
    def open_read_only(cls, parent: QWidget | None, error: GhostDeskError) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question, messages.error_title(error), messages.error_text(error), parent=parent
        )
        read_only = box.addButton(translate("Prompts", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is read_only

    @classmethod
    def restore_backup(cls, parent: QWidget | None, error: GhostDeskError, backup: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, messages.error_title(error), messages.error_text(error), parent=parent
        )
        box.setInformativeText(backup_label(backup))
        restore = box.addButton(translate("Prompts", "Restore into a new file…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    @classmethod
    def rescue_missing(cls, parent: QWidget | None, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            parent,
            translate("Prompts", "The workspace file has disappeared"),
            translate(
                "Prompts",
                "{0} was moved, deleted, or its drive was removed while open. Everything you did is still "
                "held in memory: save a copy now so that nothing is lost.",
            ).format(path),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    @classmethod
    def open_restored(cls, parent: QWidget | None, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            parent,
            translate("Prompts", "Backup restored"),
            translate("Prompts", "The backup was restored into {0}. Open it now?").format(path),
        )
        return answer == QMessageBox.StandardButton.Yes


class Tell:
    @classmethod
    def error(cls, parent: QWidget | None, error: GhostDeskError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, messages.error_title(error), messages.error_text(error))

    @classmethod
    def problems(cls, parent: QWidget | None, title: str, text: str, details: str) -> None:
        """A finding in plain words, with the technical lines behind "Show Details…" for whoever supports you."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        box.setDetailedText(details)
        box.exec()

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)
