"""UI: "Share texts…" — N proposed texts for ambassadors in a chosen language, each one copyable.

Offline templates by default (instant, same texts for the same post); a chat assistant when one is chosen.
The work runs off the GUI thread with a busy bar and Cancel, like every assistant call.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.assist import KIND_CHAT
from ghostdesk.domain.assist_actions import MAX_SHARE_TEXTS
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.services import share_texts
from ghostdesk.services.assist import CancelToken
from ghostdesk.ui.assist_runtime import runtime_for
from ghostdesk.ui.i18n import count
from ghostdesk.ui.tasks import run_in_background
from ghostdesk.ui.widgets.assist_studio import AssistBusyBar, action_error_text
from ghostdesk.ui.widgets.post_labels import language_label
from ghostdesk.ui.widgets.remembered import RememberedGeometry


class ShareTextRow(QWidget):
    """UI: one proposed text and its Copy button."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.number = QLabel(f"{number}.")
        self.number.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.view = QPlainTextEdit(text, readOnly=True)
        lines = max(3, text.count("\n") + 2 + len(text) // 90)
        self.view.setFixedHeight(self.view.fontMetrics().lineSpacing() * min(lines, 7) + 12)
        self.copy_button = QPushButton(clicked=self.copy)
        row.addWidget(self.number)
        row.addWidget(self.view, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate_ui()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.copy_button.setText(self.tr("Copied"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.copy_button.setText(self.tr("Copy"))


class ShareTextsDialog(RememberedGeometry, QDialog):
    """UI: proposes share texts for one post; nothing is saved (the user copies what they like)."""

    def __init__(self, parent: QWidget | None, context, post_id: str, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("shareTextsDialog")
        self.context = context
        self.post_id = post_id
        self.texts: list[str] = []
        self.rows: list[ShareTextRow] = []
        self._task = None
        self._cancel: CancelToken | None = None
        self._build(language)
        self.retranslate_ui()
        self.resize(640, 560)
        self.restore_geometry()

    def _build(self, language: str) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("shareLanguage")
        for code in share_texts.TEMPLATE_LANGUAGES:
            self.language.addItem(language_label(code), code)
        index = self.language.findData(language)
        self.language.setCurrentIndex(max(index, 0))
        self.count = QSpinBox(minimum=1, maximum=MAX_SHARE_TEXTS, value=3)
        self.count.setObjectName("shareCount")
        self.source = QComboBox()
        self.source.setObjectName("shareSource")
        self.source.addItem("", None)
        workspace = self.context.workspace if self.context else None
        if workspace is not None:
            for provider in runtime_for(self.context).service(workspace.db).providers():
                if provider.kind == KIND_CHAT:
                    self.source.addItem(provider.name, provider.name)
        self.propose_button = QPushButton(clicked=self.propose)
        self.propose_button.setObjectName("shareProposeButton")
        self.propose_button.setDefault(True)
        self.form = QFormLayout()
        self.language_label = QLabel()
        self.count_label = QLabel()
        self.source_label = QLabel()
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.count_label, self.count)
        self.form.addRow(self.source_label, self.source)
        self.busy_bar = AssistBusyBar()
        self.busy_bar.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.results = QWidget()
        self.results_layout = QVBoxLayout(self.results)
        self.results_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.results)
        self.copy_all_button = QPushButton(clicked=self.copy_all)
        self.copy_all_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(self.form, 1)
        top.addWidget(self.propose_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    # -- behaviour ---------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._task is not None

    def propose(self) -> None:
        if self._task is not None or self.context is None or self.context.workspace is None:
            return
        language, n, provider = self.language.currentData(), self.count.value(), self.source.currentData()
        runtime, workspace, cancel, post_id = (
            runtime_for(self.context),
            self.context.workspace,
            CancelToken(),
            self.post_id,
        )

        def work(_handle) -> list[str]:
            db = workspace.connect_worker()
            try:
                assist = runtime.service(db)
                return share_texts.propose_share_texts(
                    db, post_id, language, n, provider=provider, assist=assist, cancel=cancel
                )
            finally:
                db.close()

        self._cancel = cancel
        self._set_busy(True, self.tr("Asking {0}…").format(provider) if provider else self.tr("Writing share texts…"))
        self._task = run_in_background(work, self._on_done, self._on_failed)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
        if self._task is not None:
            self._task.cancel()
        self.busy_bar.label.setText(self.tr("Cancelling…"))

    def _on_done(self, texts: list[str]) -> None:
        self._set_busy(False)
        self.show_texts(texts)
        wanted = self.count.value()
        if len(texts) < wanted:
            self.status.setText(
                count(
                    wanted,
                    self.tr("Only {1} of {0} text was different enough from the others."),
                    self.tr("Only {1} of {0} texts were different enough from each other."),
                    len(texts),
                )
            )
        else:
            self.status.setText(self.tr("Each text differs clearly from the others. Copy the ones you like."))

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, GhostDeskError) and exc.code == "assist_cancelled":
            self.status.setText(self.tr("Cancelled."))
            return
        self.status.setText(action_error_text(exc))

    def show_texts(self, texts: list[str]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.texts = list(texts)
        self.rows = [ShareTextRow(i, text) for i, text in enumerate(texts, 1)]
        for row in self.rows:
            self.results_layout.insertWidget(self.results_layout.count() - 1, row)
        self.copy_all_button.setEnabled(bool(texts))

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText("\n\n---\n\n".join(self.texts))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        if not busy:
            self._task = None
            self._cancel = None
        self.busy_bar.label.setText(text)
        self.busy_bar.setVisible(busy)
        self.propose_button.setEnabled(not busy)

    @classmethod
    def open_for(cls, parent: QWidget | None, context, post_id: str, language: str) -> None:
        dialog = cls(parent, context, post_id, language)
        dialog.propose()
        dialog.exec()
        dialog.deleteLater()

    def done(self, result: int) -> None:
        if self._task is not None:
            self.cancel()
        self.save_geometry()
        super().done(result)

    # -- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Share texts for ambassadors"))
        self.intro.setText(
            self.tr(
                "Short texts colleagues can post with this post, in their own voice. "
                "Nothing is saved: copy the ones you like."
            )
        )
        self.language_label.setText(self.tr("Language:"))
        self.count_label.setText(self.tr("How many:"))
        self.source_label.setText(self.tr("Written by:"))
        self.source.setItemText(0, self.tr("Offline templates (no network)"))
        self.propose_button.setText(self.tr("Propose"))
        self.copy_all_button.setText(self.tr("Copy all"))
        for i in range(self.language.count()):
            self.language.setItemText(i, language_label(self.language.itemData(i)))
