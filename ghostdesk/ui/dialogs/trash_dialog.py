"""UI: the Trash dialog (File ▸ Trash…) — what was deleted, newest first; restore one item, delete one or all
for good. After a restore the pages that show that kind of record reload."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.trash import TrashEntry
from ghostdesk.ui import messages
from ghostdesk.ui.widgets.remembered import RememberedGeometry

translate = QCoreApplication.translate

# The pages that show each kind of record: they reload after one comes back.
PAGES_FOR = {
    "post": ("posts", "variants", "calendar", "kits"),
    "variant": ("variants", "posts", "calendar", "kits"),
    "executive": ("voices", "posts"),
    "voice_sample": ("voices",),
    "market": ("markets", "variants"),
    "campaign": ("calendar", "kits", "results", "posts"),
}


def kind_label(kind: str) -> str:
    words = {
        "post": translate("Trash", "Post"),
        "variant": translate("Trash", "Market variant"),
        "executive": translate("Trash", "Voice profile"),
        "voice_sample": translate("Trash", "Voice sample"),
        "market": translate("Trash", "Market"),
        "campaign": translate("Trash", "Campaign"),
    }
    return words.get(kind, kind)


def local_time(iso: str) -> str:
    """A stored UTC moment in the user's time zone and locale format."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())), QLocale.FormatType.ShortFormat)


def error_text(exc: GhostDeskError) -> str:
    f = exc.fields
    label = f.get("label", "")
    if exc.code == "trash_parent_missing":
        on_post = f.get("parent_type") == "post"
        if f.get("in_trash"):
            if on_post:
                text = translate(
                    "Trash", "“{0}” belongs to the post “{1}”, which is in the trash too. Restore the post first."
                )
            else:
                text = translate(
                    "Trash",
                    "“{0}” belongs to the voice profile “{1}”, which is in the trash too. Restore the voice profile first.",
                )
            return text.format(label, f.get("parent_label", ""))
        if on_post:
            return translate("Trash", "“{0}” cannot be restored: its post was deleted permanently.").format(label)
        return translate("Trash", "“{0}” cannot be restored: its voice profile was deleted permanently.").format(label)
    if exc.code == "trash_restore_conflict":
        return translate(
            "Trash", "“{0}” cannot be restored: “{1}” is taken by another record now. Rename or remove that one first."
        ).format(label, f.get("value", ""))
    if exc.code == "trash_not_restorable":
        return translate("Trash", "GhostDesk cannot restore this kind of record ({0}).").format(
            f.get("entity_type", "")
        )
    return messages.error_text(exc)


class TrashPrompts:
    """The dialog's questions, as classmethods tests patch."""

    @classmethod
    def confirm_purge(cls, parent: QWidget | None, label: str) -> bool:
        answer = QMessageBox.question(
            parent,
            translate("Trash", "Delete permanently"),
            translate("Trash", "Delete “{0}” permanently? It cannot be restored afterwards.").format(label),
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def confirm_empty(cls, parent: QWidget | None, count: int) -> bool:
        answer = QMessageBox.question(
            parent,
            translate("Trash", "Empty the trash"),
            translate(
                "Trash", "Delete all {0} item(s) in the trash permanently? They cannot be restored afterwards."
            ).format(count),
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def error(cls, parent: QWidget | None, exc: GhostDeskError) -> None:
        title = translate("Trash", "Cannot restore") if exc.code.startswith("trash_") else messages.error_title(exc)
        QMessageBox.warning(parent, title, error_text(exc))


class TrashModel(QAbstractTableModel):
    """UI: the trash items (a list of entries; ids are the trash item ids)."""

    COLUMNS = ("type", "label", "deleted", "by")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[TrashEntry] = []

    def set_entries(self, entries: list[TrashEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def id_at(self, row: int) -> str:
        return self.entries[row].id

    def entry_at(self, row: int) -> TrashEntry:
        return self.entries[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.entries)):
            return None
        e = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "type":
                return kind_label(e.entity_type)
            if column == "label":
                if e.with_items:
                    return translate("Trash", "{0} (with {1} market variant(s))").format(e.label, e.with_items)
                return e.label
            if column == "deleted":
                return local_time(e.deleted_at)
            return e.deleted_by
        if role == Qt.ItemDataRole.ToolTipRole and column == "deleted":
            return e.deleted_at
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "type": translate("Trash", "Type"),
            "label": translate("Trash", "Item"),
            "deleted": translate("Trash", "Deleted"),
            "by": translate("Trash", "By"),
        }[self.COLUMNS[section]]


def refresh_pages(window: QWidget | None, context, kind: str) -> None:
    """Reload the main window's pages (those already built) that show this kind of record."""
    pages = getattr(window, "pages", None) or {}
    for key in PAGES_FOR.get(kind, ()):
        page = pages.get(key)
        if page is not None:
            page.set_workspace(context)


class TrashDialog(RememberedGeometry, QDialog):
    """UI: the trash of the open workspace. `open_for(window, context)` shows it modally."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.context = context
        self.window_ = parent
        self.resize(720, 440)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = TrashModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the item's label takes what is left
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton()
        self.purge_button = QPushButton()
        self.empty_button = QPushButton()
        self.restore_button.setDefault(True)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate_ui()
        self.reload()
        self.restore_geometry()

    @classmethod
    def open_for(cls, window: QWidget, context) -> None:
        dialog = cls(context, window)
        dialog.exec()
        dialog.save_geometry()

    # -- state -----------------------------------------------------------------------------------
    @property
    def writable(self) -> bool:
        ws = self.context.workspace if self.context else None
        return ws is not None and not ws.read_only

    def reload(self, select_row: int = 0) -> None:
        from ghostdesk.services import trash

        ws = self.context.workspace if self.context else None
        self.model.set_entries(trash.entries(ws.db) if ws is not None else [])
        if self.model.rowCount():
            self.table.selectRow(min(select_row, self.model.rowCount() - 1))
        self._update_buttons()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self, *_args) -> None:
        has_items = self.model.rowCount() > 0
        selected = self.selected_row() is not None
        self.restore_button.setEnabled(self.writable and selected)
        self.purge_button.setEnabled(self.writable and selected)
        self.empty_button.setEnabled(self.writable and has_items)
        self.table.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        self._update_intro()

    def _update_intro(self) -> None:
        if self.context and self.context.workspace is not None and self.context.workspace.read_only:
            self.intro.setText(self.tr("This workspace is open read-only: you can look at the trash, not change it."))
        else:
            self.intro.setText(self.tr("Deleted records wait here until you restore them or delete them permanently."))

    # -- actions ---------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        from ghostdesk.services import trash

        row = self.selected_row()
        if row is None or not self.writable:
            return
        entry = self.model.entry_at(row)
        try:
            trash.restore(self.context.workspace, entry.id, actor=self.context.actor)
        except GhostDeskError as exc:
            TrashPrompts.error(self, exc)
            return
        self.reload(row)
        refresh_pages(self.window_, self.context, entry.entity_type)

    def purge_selected(self) -> None:
        from ghostdesk.services import trash

        row = self.selected_row()
        if row is None or not self.writable:
            return
        entry = self.model.entry_at(row)
        if not TrashPrompts.confirm_purge(self, entry.label):
            return
        try:
            trash.purge(self.context.workspace.db, entry.id, actor=self.context.actor)
        except GhostDeskError as exc:
            TrashPrompts.error(self, exc)
        self.reload(row)

    def empty_trash(self) -> None:
        from ghostdesk.services import trash

        count = self.model.rowCount()
        if not count or not self.writable or not TrashPrompts.confirm_empty(self, count):
            return
        try:
            trash.empty(self.context.workspace.db, actor=self.context.actor)
        except GhostDeskError as exc:
            TrashPrompts.error(self, exc)
        self.reload()

    # -- Qt overrides ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self.restore_button.setText(self.tr("&Restore"))
        self.purge_button.setText(self.tr("&Delete permanently…"))
        self.empty_button.setText(self.tr("&Empty trash…"))
        self.empty_label.setText(self.tr("The trash is empty."))
        self._update_intro()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(TrashModel.COLUMNS) - 1)
        if self.model.rowCount():
            last = self.model.index(self.model.rowCount() - 1, len(TrashModel.COLUMNS) - 1)
            self.model.dataChanged.emit(self.model.index(0, 0), last)
