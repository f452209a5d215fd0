"""UI: File ▸ Trash… (enabled while a workspace is open; the dialog loads on first use)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget


class TrashAction(QAction):
    """UI: the File menu's "Trash…" entry. Its words and state are set each time the menu opens."""

    def __init__(self, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("actTrash")
        self.window_ = window
        self.triggered.connect(self.open_trash)
        menu.aboutToShow.connect(self.update_state)
        self.update_state()

    def update_state(self) -> None:
        self.setText(self.tr("&Trash…"))
        self.setEnabled(self.window_.context.workspace is not None)

    def open_trash(self) -> None:
        self.update_state()
        if not self.isEnabled():
            return
        from ghostdesk.ui.dialogs.trash_dialog import TrashDialog  # loaded when first opened

        TrashDialog.open_for(self.window_, self.window_.context)
