"""UI: the Settings dialog (form from ui/settings_dialog.ui)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ghostdesk.services.settings import LANGUAGES, ROLES, THEMES, Settings
from ghostdesk.ui.forms.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    """UI: your name and role, interface language, theme, backups."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._original = settings
        for combo, values in (
            (self.ui.roleCombo, ROLES),
            (self.ui.languageCombo, LANGUAGES),
            (self.ui.themeCombo, THEMES),
        ):
            for value in values:
                combo.addItem("", value)
        # When backups are made and where they go: the spin box alone left people asking where theirs were.
        self.backup_note = QLabel()
        self.backup_note.setObjectName("backupNote")
        self.backup_note.setWordWrap(True)
        self.ui.safetyForm.addRow(self.backup_note)
        self._fill_labels()
        self.ui.nameEdit.setText(settings.user_name)
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(settings.role))
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(settings.language))
        self.ui.themeCombo.setCurrentIndex(self.ui.themeCombo.findData(settings.theme))
        self.ui.keepSpin.setValue(settings.backups_to_keep)
        # The note wraps: make room for its lines at the form's width (the form's fixed height cut it off).
        self.resize(self.width(), max(self.height(), self.layout().totalHeightForWidth(self.width())))

    def _fill_labels(self) -> None:
        labels = {
            "ghostwriter": self.tr("Ghostwriter"),
            "comms_manager": self.tr("Communications manager"),
            "system": self.tr("Same as the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            # Language names are written in their own language, so anyone can find theirs.
            "en": "English",
            "fr": "Français",
        }
        self.backup_note.setText(
            self.tr(
                "A backup is made when you open a workspace whose newest backup is more than {0} hours old, and "
                "before an upgrade; File → Back up now makes one at any time. They are kept in a “backups” folder "
                "beside the workspace. File → Restore from backup puts one back, always into a new file."
            ).format(self._original.auto_backup_hours)
        )
        for combo in (self.ui.roleCombo, self.ui.languageCombo, self.ui.themeCombo):
            for index in range(combo.count()):
                combo.setItemText(index, labels[combo.itemData(index)])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_labels()
        super().changeEvent(event)

    def values(self) -> Settings:
        return dataclasses.replace(
            self._original,
            user_name=" ".join(self.ui.nameEdit.text().split()),
            role=self.ui.roleCombo.currentData(),
            language=self.ui.languageCombo.currentData(),
            theme=self.ui.themeCombo.currentData(),
            backups_to_keep=self.ui.keepSpin.value(),
        )

    @classmethod
    def edit(cls, parent: QWidget | None, settings: Settings) -> Settings | None:
        dialog = cls(parent, settings)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
