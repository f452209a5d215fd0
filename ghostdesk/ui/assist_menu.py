"""UI: the main window's Tools menu, holding the "Writing assistants…" entry."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ghostdesk.ui.i18n import follow_language


class ToolsMenu(QMenu):
    """UI: Tools ▸ Writing assistants… (enabled while a workspace is open; the dialog loads on first use)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("toolsMenu")
        self.window_ = window
        self.act_assistants = QAction(self, triggered=self.open_assistants)
        self.act_assistants.setObjectName("actWritingAssistants")
        self.addAction(self.act_assistants)
        self.aboutToShow.connect(self._update_enabled)
        self.retranslate_ui()
        follow_language(self)

    def _update_enabled(self) -> None:
        workspace = self.window_.context.workspace
        self.act_assistants.setEnabled(workspace is not None and not workspace.read_only)

    def open_assistants(self) -> None:
        self._update_enabled()
        if not self.act_assistants.isEnabled():
            return
        from ghostdesk.ui.dialogs.assist_dialog import AssistDialog  # loaded when first opened

        AssistDialog.open_for(self.window_, self.window_.context)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Tools"))
        self.act_assistants.setText(self.tr("&Writing assistants…"))
