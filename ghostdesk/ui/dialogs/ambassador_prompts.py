"""UI: the questions the Ambassadors page asks, as classmethods tests can patch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


class AmbassadorPrompts:
    @classmethod
    def import_file(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("AmbassadorPrompts", "Import ambassadors"),
            "",
            translate("AmbassadorPrompts", "Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        return Path(name) if name else None

    @classmethod
    def export_target(cls, parent: QWidget | None, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("AmbassadorPrompts", "Export the roster"), suggested,
            translate("AmbassadorPrompts", "CSV files (*.csv)"),
        )  # fmt: skip
        return Path(name) if name else None

    @classmethod
    def person_export_target(cls, parent: QWidget | None, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("AmbassadorPrompts", "Export everything about this person"), suggested,
            translate("AmbassadorPrompts", "JSON files (*.json)"),
        )  # fmt: skip
        return Path(name) if name else None

    @classmethod
    def confirm_erase(cls, parent: QWidget | None, name: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("AmbassadorPrompts", "Erase {0}?").format(name),
            translate(
                "AmbassadorPrompts",
                "Their name, e-mail, networks, notes and groups will be removed for good. Their past results "
                "stay, anonymised, and the dates of their consent are kept as proof. This cannot be undone.",
            ),
            parent=parent,
        )
        erase = box.addButton(translate("AmbassadorPrompts", "Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is erase

    @classmethod
    def group_name(cls, parent: QWidget | None, existing: list[str]) -> str | None:
        name, ok = QInputDialog.getItem(
            parent,
            translate("AmbassadorPrompts", "Add to a group"),
            translate("AmbassadorPrompts", "Group (choose one or type a new name):"),
            existing,
            0,
            True,
        )
        return name.strip() if ok and name.strip() else None
