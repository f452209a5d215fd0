"""UI: a post's version history — pick any two versions to see their difference, restore an old one."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.posts import PostVersion
from ghostdesk.services import posts
from ghostdesk.ui.widgets.remembered import RememberedGeometry


class PostHistoryDialog(RememberedGeometry, QDialog):
    """UI: versions of one post. `choose_restore(parent, versions)` returns the number to restore, or None."""

    def __init__(self, versions: list[PostVersion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = versions
        self.chosen: int | None = None
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.older_label = QLabel()
        self.newer_label = QLabel()
        self.older = QComboBox()
        self.newer = QComboBox()
        from ghostdesk.ui.widgets.post_labels import local_time

        for combo in (self.older, self.newer):  # long entries elide: the dialog fits an 800-px screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        for version in versions:
            text = f"{version.number} — {local_time(version.saved_at)} — {version.saved_by}"
            if version.reason:
                text += f" ({self.reason_label(version.reason)})"
            self.older.addItem(text, version.number)
            self.newer.addItem(text, version.number)
        self.older.setCurrentIndex(max(0, len(versions) - 2))
        self.newer.setCurrentIndex(len(versions) - 1)
        row.addWidget(self.older_label)
        row.addWidget(self.older, 1)
        row.addWidget(self.newer_label)
        row.addWidget(self.newer, 1)
        layout.addLayout(row)
        self.diff_view = QTextBrowser()
        layout.addWidget(self.diff_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        layout.addWidget(buttons)
        self.older.currentIndexChanged.connect(self.show_diff)
        self.newer.currentIndexChanged.connect(self.show_diff)
        self.retranslate_ui()
        self.restore_geometry()

    def reason_label(self, reason: str) -> str:
        if reason.startswith("restored version "):
            return self.tr("restored version {0}").format(reason.rsplit(" ", 1)[-1])
        words = {
            "created": self.tr("created"),
            "edit": self.tr("edited"),
            "image added": self.tr("image added"),
        }
        return words.get(reason, reason)

    def _version(self, combo: QComboBox) -> PostVersion:
        number = combo.currentData()
        return next(v for v in self.versions if v.number == number)

    def show_diff(self) -> None:
        if not self.versions:
            return
        lines = []
        for tag, line in posts.diff(self._version(self.older), self._version(self.newer)):
            text = html.escape(line) or "&nbsp;"
            if tag == "-":
                lines.append(f'<div style="background:#fde2e1;color:#8a1c1b;">− {text}</div>')
            elif tag == "+":
                lines.append(f'<div style="background:#dcf5e3;color:#1d5e3a;">+ {text}</div>')
            else:
                lines.append(f"<div>&nbsp;&nbsp;{text}</div>")
        self.diff_view.setHtml("".join(lines) or html.escape(self.tr("The two versions have the same text.")))

    def _restore(self) -> None:
        self.chosen = self.older.currentData()
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Version history"))
        self.older_label.setText(self.tr("Compare"))
        self.newer_label.setText(self.tr("with"))
        self.restore_button.setText(self.tr("Restore the left-hand version"))
        self.show_diff()

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)

    @classmethod
    def choose_restore(cls, parent: QWidget | None, versions: list[PostVersion]) -> int | None:
        dialog = cls(versions, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.exec()
        return dialog.chosen
