"""UI: the "Writing assistants" dialog — services, keys, consent, a connection test, and the sent log."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.assist import DEEPL_PLANS, KIND_CHAT, KIND_DEEPL, ConnectionReport, Provider
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.services.assist import CancelToken
from ghostdesk.ui import assist_messages
from ghostdesk.ui.assist_runtime import AssistRuntime, runtime_for
from ghostdesk.ui.models.assist_models import ProvidersModel, SentLogModel, kind_label
from ghostdesk.ui.tasks import run_in_background
from ghostdesk.ui.widgets.remembered import RememberedGeometry

translate = QCoreApplication.translate


class AssistPrompts:
    """UI: the questions this dialog asks, as classmethods tests can patch."""

    @classmethod
    def ca_bundle(cls, parent: QWidget | None) -> str | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("AssistPrompts", "Choose a CA bundle"),
            "",
            translate("AssistPrompts", "Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        return name or None

    @classmethod
    def confirm_remove(cls, parent: QWidget | None, name: str) -> bool:
        answer = QMessageBox.question(
            parent,
            translate("AssistPrompts", "Remove the service"),
            translate("AssistPrompts", "Remove “{0}” and forget its key? The sent log is kept.").format(name),
        )
        return answer == QMessageBox.StandardButton.Yes


class AssistDialog(RememberedGeometry, QDialog):
    """UI: configure writing-assistant services; keys go to the system keyring through the SecretStore."""

    def __init__(self, parent: QWidget | None, context) -> None:
        super().__init__(parent)
        self.setObjectName("assistDialog")
        self.context = context
        self.runtime: AssistRuntime = runtime_for(context)
        self.workspace = context.workspace
        self.service = self.runtime.service(self.workspace.db)
        self._current: Provider | None = None
        self._task = None
        self._cancel: CancelToken | None = None
        self._build()
        self.retranslate_ui()
        self.reload()
        self.resize(780, 575)  # fits an 800 × 600 screen; a larger remembered size comes back below
        self.restore_geometry()

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("assistSessionBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff4ce; color: #4a3b00; padding: 8px; border-radius: 4px; }")
        self.tabs = QTabWidget()

        # Services tab
        services = QWidget()
        self.list = QListView()
        self.list.setObjectName("assistProviders")
        self.model = ProvidersModel(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.add_chat = QPushButton()
        self.add_deepl = QPushButton()
        self.remove = QPushButton()
        self.add_chat.clicked.connect(lambda: self._new(KIND_CHAT))
        self.add_deepl.clicked.connect(lambda: self._new(KIND_DEEPL))
        self.remove.clicked.connect(self._remove)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        for button in (self.add_chat, self.add_deepl, self.remove):
            left.addWidget(button)

        self.box = QGroupBox()
        self.form = QFormLayout(self.box)
        self.name = QLineEdit()
        self.kind = QLabel()
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("https://api.example.com/v1")
        self.model_name = QLineEdit()
        self.plan = QComboBox()
        for plan in DEEPL_PLANS:
            self.plan.addItem("", plan)
        self.key = QLineEdit()
        self.key.setObjectName("assistKey")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_state = QLabel()
        self.forget_key = QPushButton()
        self.forget_key.clicked.connect(self._forget_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.forget_key)
        self.connect_timeout = QDoubleSpinBox()
        self.read_timeout = QDoubleSpinBox()
        for spin, (low, high) in ((self.connect_timeout, (0.5, 120)), (self.read_timeout, (0.5, 600))):
            spin.setRange(low, high)
            spin.setDecimals(1)
        timeouts = QHBoxLayout()
        self.connect_label, self.read_label = QLabel(), QLabel()
        for label, spin in ((self.connect_label, self.connect_timeout), (self.read_label, self.read_timeout)):
            timeouts.addWidget(label)
            timeouts.addWidget(spin)
        timeouts.addStretch(1)
        self.ca_bundle = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.browse)
        self.glossary = QPlainTextEdit()
        self.glossary.setMaximumHeight(80)
        self.consent = QCheckBox()
        self.consent.setObjectName("assistConsent")
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        self.consent_note.setEnabled(False)
        self.labels = {key: QLabel() for key in ("name", "kind", "url", "model", "plan", "key", "time", "ca", "gloss")}
        rows = [
            ("name", self.name),
            ("kind", self.kind),
            ("url", self.base_url),
            ("model", self.model_name),
            ("plan", self.plan),
            ("key", key_row),
            (None, self.key_state),
            ("time", timeouts),
            ("ca", ca_row),
            ("gloss", self.glossary),
            (None, self.consent),
            (None, self.consent_note),
        ]
        for label, field in rows:
            if label is None:
                self.form.addRow(field)
            else:
                self.form.addRow(self.labels[label], field)

        self.save = QPushButton()
        self.save.setObjectName("assistSave")
        self.save.clicked.connect(self._save)
        self.test = QPushButton()
        self.test.setObjectName("assistTest")
        self.test.clicked.connect(self.test_connection)
        self.cancel = QPushButton()
        self.cancel.setObjectName("assistCancel")
        self.cancel.clicked.connect(self.cancel_test)
        self.cancel.setEnabled(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: a moving bar while a call runs
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        actions = QHBoxLayout()
        for widget in (self.save, self.test, self.cancel, self.busy):
            actions.addWidget(widget)
        actions.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("assistStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QVBoxLayout()
        right.addWidget(self.box)
        right.addLayout(actions)
        right.addWidget(self.status)
        right.addStretch(1)
        body = QHBoxLayout(services)
        body.addLayout(left, 1)
        body.addLayout(right, 3)

        # Sent log tab
        log_page = QWidget()
        self.log_intro = QLabel()
        self.log_intro.setWordWrap(True)
        self.log_model = SentLogModel(self)
        self.log_view = QTableView()
        self.log_view.setObjectName("assistLog")
        self.log_view.setModel(self.log_model)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.verticalHeader().setVisible(False)
        self.log_view.setWordWrap(False)
        self.log_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.log_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SentLogModel.COLUMNS.index("preview"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.refresh = QPushButton()
        self.refresh.clicked.connect(self.reload_log)
        log_layout = QVBoxLayout(log_page)
        log_layout.addWidget(self.log_intro)
        log_layout.addWidget(self.log_view, 1)
        log_layout.addWidget(self.refresh, 0, Qt.AlignmentFlag.AlignLeft)

        self.tabs.addTab(services, "")
        self.tabs.addTab(log_page, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Writing assistants"))
        self.banner.setText(
            self.tr(
                "This system has no keyring, so API keys are kept only until GhostDesk closes. "
                "They are never written to disk; you will enter them again next time."
            )
        )
        self.tabs.setTabText(0, self.tr("Services"))
        self.tabs.setTabText(1, self.tr("Sent log"))
        self.add_chat.setText(self.tr("Add a chat service"))
        self.add_deepl.setText(self.tr("Add DeepL"))
        self.remove.setText(self.tr("Remove"))
        self.box.setTitle(self.tr("Service"))
        texts = {
            "name": self.tr("Name:"),
            "kind": self.tr("Type:"),
            "url": self.tr("Base URL:"),
            "model": self.tr("Model:"),
            "plan": self.tr("DeepL plan:"),
            "key": self.tr("API key:"),
            "time": self.tr("Timeouts:"),
            "ca": self.tr("CA bundle:"),
            "gloss": self.tr("Never translate:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.plan.setItemText(0, self.tr("Free"))
        self.plan.setItemText(1, self.tr("Pro"))
        self.forget_key.setText(self.tr("Forget key"))
        self.connect_label.setText(self.tr("connect (s)"))
        self.read_label.setText(self.tr("answer (s)"))
        self.ca_bundle.setPlaceholderText(self.tr("Optional: your company's certificates (.pem)"))
        self.glossary.setPlaceholderText(self.tr("One term per line: brand and product names …"))
        self.browse.setText(self.tr("Browse…"))
        self.consent.setText(self.tr("Drafts may be sent to this service"))
        self.save.setText(self.tr("Save"))
        self.test.setText(self.tr("Test connection"))
        self.cancel.setText(self.tr("Cancel"))
        self.log_intro.setText(
            self.tr(
                "Every call to a writing assistant from this workspace: when, to which service, what for, how "
                "many characters and how it ended. Keys are never recorded."
            )
        )
        self.refresh.setText(self.tr("Refresh"))
        self._show(self._current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------------
    def reload(self, select_id: str = "") -> None:
        self.banner.setVisible(self.runtime.secrets.storage == "session")
        self.model.reload(self.service.providers())
        row = self.model.row_of(select_id) if select_id else (0 if self.model.rowCount() else -1)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
            self._show(self.model.provider_at(row))
        else:
            self._show(None)
            self._set_status(
                self.tr(
                    "No writing assistant yet. Add a chat service (a hosted one, or Ollama or LM Studio on this "
                    "computer) or DeepL. GhostDesk works fully without them."
                )
            )
        self.reload_log()

    def reload_log(self) -> None:
        self.log_model.reload(self.service.sent_log())

    def _on_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self._show(self.model.provider_at(current.row()))

    def _new(self, kind: str) -> None:
        if kind == KIND_CHAT:
            provider = Provider(id="", name=self.tr("Chat service"), kind=kind, base_url="http://localhost:11434/v1")
        else:
            provider = Provider(id="", name="DeepL", kind=kind)
        self.list.clearSelection()
        self._show(provider)
        self._set_status(self.tr("Fill in the service, then save."))
        self.name.setFocus()

    def _show(self, provider: Provider | None) -> None:
        self._current = provider
        self.box.setEnabled(provider is not None)
        for button in (self.save, self.test):
            button.setEnabled(provider is not None and self._task is None)
        self.remove.setEnabled(provider is not None and bool(provider.id))
        if provider is None:
            return
        chat = provider.kind == KIND_CHAT
        self.name.setText(provider.name)
        self.kind.setText(kind_label(provider.kind))
        self.base_url.setText(provider.base_url)
        self.base_url.setPlaceholderText(
            "https://api.example.com/v1" if chat else self.tr("Leave empty for DeepL's own address")
        )
        self.model_name.setText(provider.model)
        self.plan.setCurrentIndex(max(self.plan.findData(provider.deepl_plan), 0))
        self.connect_timeout.setValue(provider.connect_timeout)
        self.read_timeout.setValue(provider.read_timeout)
        self.ca_bundle.setText(provider.ca_bundle)
        self.glossary.setPlainText("\n".join(provider.glossary))
        self.consent.setChecked(provider.consent)
        self.form.setRowVisible(self.model_name, chat)
        self.form.setRowVisible(self.plan, not chat)
        self.form.setRowVisible(self.glossary, not chat)
        self.key.clear()
        self._show_key_state(provider)
        self.consent_note.setText(
            self.tr(
                "When allowed, the text you ask for help with is sent to {0}. Nothing is sent without this consent."
            ).format(provider.endpoint or "…")
        )

    def _show_key_state(self, provider: Provider) -> None:
        has_key = bool(provider.id) and self.service.has_key(provider)
        if has_key:
            where = (
                self.tr("kept for this session only")
                if self.runtime.secrets.storage == "session"
                else self.tr("in the system keyring")
            )
            self.key_state.setText(self.tr("A key is stored ({0}). Type a new one to replace it.").format(where))
            self.key.setPlaceholderText("••••••••")
        elif provider.needs_key:
            self.key_state.setText(self.tr("No key stored yet."))
            self.key.setPlaceholderText(self.tr("Paste the API key"))
        else:
            self.key_state.setText(self.tr("A server on this computer usually needs no key."))
            self.key.setPlaceholderText(self.tr("Optional"))
        self.forget_key.setEnabled(has_key)

    def values(self) -> Provider:
        """The form as a Provider (not yet saved)."""
        assert self._current is not None
        return dataclasses.replace(
            self._current,
            name=self.name.text(),
            base_url=self.base_url.text().strip(),
            model=self.model_name.text().strip(),
            deepl_plan=self.plan.currentData(),
            connect_timeout=self.connect_timeout.value(),
            read_timeout=self.read_timeout.value(),
            ca_bundle=self.ca_bundle.text().strip(),
            glossary=tuple(self.glossary.toPlainText().splitlines()),
            consent=self.consent.isChecked(),
        )

    # -- actions -----------------------------------------------------------------------------------
    def _save(self) -> Provider | None:
        if self._current is None:
            return None
        try:
            saved = self.service.save_provider(self.values())
            key = self.key.text().strip()
            if key:
                self.service.set_key(saved, key)
        except GhostDeskError as exc:
            self._set_status(assist_messages.error_text(exc), error=True)
            return None
        self.key.clear()
        self.reload(saved.id)
        if self.runtime.secrets.take_notice():
            self._set_status(self.tr("Saved. The key is kept for this session only: this system has no keyring."))
        else:
            self._set_status(self.tr("Saved."))
        return saved

    def _forget_key(self) -> None:
        if self._current is not None and self._current.id:
            self.service.set_key(self._current, "")
            self._show_key_state(self._current)
            self._set_status(self.tr("The key was forgotten."))

    def _remove(self) -> None:
        if self._current is None or not self._current.id:
            return
        if not AssistPrompts.confirm_remove(self, self._current.name):
            return
        self.service.delete_provider(self._current)
        self.reload()
        self._set_status(self.tr("Removed."))

    def _browse_ca(self) -> None:
        chosen = AssistPrompts.ca_bundle(self)
        if chosen:
            self.ca_bundle.setText(chosen)

    def test_connection(self) -> None:
        """Save the form, then reach the service off the GUI thread; Cancel stops waiting at once."""
        provider = self._save()
        if provider is None or self._task is not None:
            return
        runtime, workspace, cancel = self.runtime, self.workspace, CancelToken()

        def work(_handle) -> ConnectionReport:
            db = workspace.connect_worker()  # the worker's own connection, for the sent log
            try:
                return runtime.service(db).test_connection(provider, cancel=cancel)
            finally:
                db.close()

        self._cancel = cancel
        self._set_busy(True)
        self._set_status(self.tr("Testing the connection to {0}…").format(provider.endpoint))
        self._task = run_in_background(work, self._on_test_done, self._on_test_failed)

    def cancel_test(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
        if self._task is not None:
            self._task.cancel()
        self._set_status(self.tr("Cancelling…"))

    def _on_test_done(self, report: ConnectionReport) -> None:
        self._finish()
        if report.detail:
            text = self.tr("Connection works: {0} answered in {1} ms ({2}).")
            self._set_status(text.format(report.provider, report.elapsed_ms, report.detail))
        else:
            self._set_status(
                self.tr("Connection works: {0} answered in {1} ms.").format(report.provider, report.elapsed_ms)
            )

    def _on_test_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, GhostDeskError):
            self._set_status(assist_messages.error_text(exc), error=True)
        else:
            self._set_status(self.tr("The test failed unexpectedly: {0}").format(type(exc).__name__), error=True)

    def _finish(self) -> None:
        self._task = None
        self._cancel = None
        self._set_busy(False)
        self.reload_log()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel.setEnabled(busy)
        for widget in (self.test, self.save, self.remove, self.add_chat, self.add_deepl, self.list, self.box):
            widget.setEnabled(not busy)
        if not busy:
            self._show(self._current)

    def is_busy(self) -> bool:
        return self._task is not None

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet("QLabel { color: #b3261e; }" if error else "")

    # -- closing -----------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self._task is not None:
            self.cancel_test()
        self.save_geometry()
        super().done(result)

    @classmethod
    def open_for(cls, parent: QWidget | None, context) -> None:
        """Modal; the settings are saved as the user goes (no OK/Cancel to lose)."""
        cls(parent, context).exec()
