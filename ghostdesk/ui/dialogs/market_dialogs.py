"""UI: the Markets page's questions — override a field, add a market, confirm — as patchable classmethods."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.markets.profiles import FIELDS
from ghostdesk.ui import messages
from ghostdesk.ui.i18n import count
from ghostdesk.ui.views.market_profile_view import field_label

translate = QCoreApplication.translate

TEXT_FIELDS = ("name", "language", "locale", "holiday_country", "holiday_subdivision", "currency", "date_pattern")
LINE_FIELDS = ("time_zones", "networks", "weekend", "checklist", "sources")


@dataclass(frozen=True)
class MarketChange:
    """What the override dialog returns: a field's new value, or `reset` to go back to the default."""

    field: str
    value: Any = None
    reset: bool = False


def value_to_text(field: str, value: Any) -> str:
    if field in TEXT_FIELDS:
        return str(value or "")
    if field in LINE_FIELDS:
        return "\n".join(str(v) for v in value or [])
    return json.dumps(value, ensure_ascii=False, indent=2)


def text_to_value(field: str, text: str) -> Any:
    """Raises ValueError (JSON fields) when the text cannot be read."""
    if field in TEXT_FIELDS:
        return text.strip()
    if field in LINE_FIELDS:
        return [line.strip() for line in text.splitlines() if line.strip()]
    return json.loads(text)


class MarketFieldDialog(QDialog):
    """UI: choose a field of a market and edit its value for this workspace."""

    def __init__(self, parent: QWidget | None, code: str, values: dict[str, Any], overridden: set[str]) -> None:
        super().__init__(parent)
        self.values, self.overridden = values, overridden
        self.setWindowTitle(self.tr("Override a field of {0}").format(code))
        self.resize(560, 460)
        self.field_box = QComboBox()
        for field in FIELDS:
            self.field_box.addItem(field_label(field), field)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.reset_button = self.buttons.addButton(
            self.tr("Restore the default"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reset_button.clicked.connect(self._reset)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Field:"), self.field_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.result_change: MarketChange | None = None
        self.field_box.currentIndexChanged.connect(self._load_field)
        self._load_field()

    def field(self) -> str:
        return self.field_box.currentData()

    def select_field(self, field: str) -> None:
        self.field_box.setCurrentIndex(max(0, self.field_box.findData(field)))

    def _load_field(self) -> None:
        field = self.field()
        self.editor.setPlainText(value_to_text(field, self.values.get(field)))
        if field in TEXT_FIELDS:
            self.hint.setText(self.tr("Plain text."))
        elif field in LINE_FIELDS:
            self.hint.setText(self.tr("One item per line."))
        else:
            self.hint.setText(self.tr("JSON, in the same shape as shown. Keep the quotes and brackets."))
        self.reset_button.setEnabled(field in self.overridden)
        self.problem.clear()

    def _accept(self) -> None:
        try:
            value = text_to_value(self.field(), self.editor.toPlainText())
        except ValueError as exc:
            self.problem.setText(self.tr("This is not valid JSON: {0}").format(exc))
            return
        self.result_change = MarketChange(self.field(), value)
        self.accept()

    def _reset(self) -> None:
        self.result_change = MarketChange(self.field(), reset=True)
        self.accept()

    @classmethod
    def get_change(
        cls,
        parent: QWidget | None,
        code: str,
        values: dict[str, Any],
        overridden: set[str],
        field: str = "",
    ) -> MarketChange | None:
        dialog = cls(parent, code, values, overridden)
        if field:
            dialog.select_field(field)
        return dialog.result_change if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class NewMarket:
    code: str
    name: str
    based_on: str


class MarketAddDialog(QDialog):
    """UI: a new market for this workspace, starting as a copy of an existing one."""

    def __init__(self, parent: QWidget | None, choices: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a market"))
        self.code = QLineEdit()
        self.code.setMaxLength(10)
        self.code.setPlaceholderText(self.tr("e.g. BR"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Brazil"))
        self.based_on = QComboBox()
        for code, name in choices:
            self.based_on.addItem(f"{name} ({code})", code)
        note = QLabel(self.tr("The new market starts as a copy; then override its fields to fit it."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Copy of:"), self.based_on)
        form.addRow(note)
        form.addRow(buttons)

    def value(self) -> NewMarket:
        return NewMarket(self.code.text().strip().upper(), self.name.text().strip(), self.based_on.currentData())

    @classmethod
    def get_new_market(cls, parent: QWidget | None, choices: list[tuple[str, str]]) -> NewMarket | None:
        dialog = cls(parent, choices)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MarketPrompts:
    @classmethod
    def confirm_reset(cls, parent: QWidget | None, name: str) -> bool:
        answer = QMessageBox.question(
            parent,
            translate("MarketPrompts", "Restore the defaults"),
            translate("MarketPrompts", "Drop every override of {0} in this workspace?").format(name),
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def confirm_remove(cls, parent: QWidget | None, name: str) -> bool:
        answer = QMessageBox.question(
            parent,
            translate("MarketPrompts", "Remove the market"),
            translate("MarketPrompts", "Move {0} and its overrides to the trash?").format(name),
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def error(cls, parent: QWidget | None, error: GhostDeskError) -> None:
        QMessageBox.warning(parent, translate("MarketPrompts", "Markets"), error_text(error))


def error_text(error: GhostDeskError) -> str:
    """The words for a market error, translated; the facts come from the error's fields."""
    f = error.fields
    field = field_label(str(f.get("field", "")))
    if error.code == "market_invalid":
        return translate("MarketPrompts", "{0} cannot take that value: {1}.").format(field, f.get("reason", ""))
    if error.code == "market_exists":
        return translate("MarketPrompts", "A market with the code {0} already exists.").format(f.get("market", ""))
    if error.code == "market_field_unknown":
        return translate("MarketPrompts", "Markets have no field “{0}”.").format(f.get("field", ""))
    if error.code == "market_not_removable":
        return translate("MarketPrompts", "{0} ships with GhostDesk and cannot be removed.").format(f.get("market", ""))
    if error.code == "market_in_use":
        variants = int(f.get("variants", 0))
        return count(
            variants,
            translate(
                "MarketPrompts", "{1} still has {0} variant. Move it to the trash first, then remove the market."
            ),
            translate(
                "MarketPrompts", "{1} still has {0} variants. Move them to the trash first, then remove the market."
            ),
            str(f.get("market", "")),
        )
    if error.code == "not_found":
        return translate("MarketPrompts", "There is no market {0}.").format(f.get("id", ""))
    return messages.error_text(error)  # workspace errors (disk full, read-only …) keep the shell's words
