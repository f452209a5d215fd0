"""UI: the posts table — a model over post ids with a row cache filled a page at a time."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ghostdesk.domain.clock import parse_utc
from ghostdesk.domain.posts import PostFilter, PostRow
from ghostdesk.services import posts
from ghostdesk.ui.widgets.post_labels import STATUS_COLOURS, language_label, status_label

PAGE = 200  # rows read per batch for display
ID_CHUNK = 1000  # ids fetched per step as the view scrolls (keyset paging; searches load every match)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2  # HTML with the matched words in bold


class PostTableModel(QAbstractTableModel):
    """UI: posts matching a filter, in display order; only the visible pages are read from the workspace."""

    TITLE, EXECUTIVE, STATUS, LANGUAGE, UPDATED, MATCH = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._workspace = None
        self._filter = PostFilter()
        self._ids: list[str] = []
        self._cache: dict[str, PostRow] = {}
        self._snippets: dict[str, str] = {}
        self._after: tuple[str, str] | None = None  # last (updated_at, id) loaded; None when all are loaded
        self.total = 0

    # -- loading ---------------------------------------------------------------------------------
    def set_workspace(self, workspace) -> None:
        self._workspace = workspace
        self.reload()

    def set_filter(self, flt: PostFilter) -> None:
        self._filter = flt
        self.reload()

    @property
    def filter(self) -> PostFilter:
        return self._filter

    def reload(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        self._snippets.clear()
        self._ids, self._after, self.total = [], None, 0
        if self._workspace is not None:
            if self._filter.search.strip():
                self._ids = posts.list_ids(self._workspace, self._filter)
                self.total = len(self._ids)
            else:
                self._ids = self._next_chunk()
                self.total = posts.count(self._workspace, self._filter) if self._after is not None else len(self._ids)
        self.endResetModel()

    def _next_chunk(self) -> list[str]:
        chunk = ID_CHUNK
        page = posts.page_ids(self._workspace, self._filter, limit=chunk, after=self._after)
        self._after = (page[-1][1], page[-1][0]) if len(page) == chunk else None
        return [post_id for post_id, _ in page]

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._after is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._after is None:
            return
        more = self._next_chunk()
        if not more:
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._ids.extend(more)
        self.endInsertRows()

    def refresh_post(self, post_id: str) -> None:
        """Re-read one post's line after an edit (its place in the order is kept until the next reload)."""
        self._cache.pop(post_id, None)
        if post_id in self._ids:
            row = self._ids.index(post_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _row(self, row: int) -> PostRow | None:
        post_id = self._ids[row]
        found = self._cache.get(post_id)
        if found is None and self._workspace is not None:
            start = (row // PAGE) * PAGE
            batch = self._ids[start : start + PAGE]
            self._cache.update(posts.rows(self._workspace, batch))
            if self._filter.search.strip():
                self._snippets.update(posts.snippets(self._workspace, self._filter.search, batch))
            found = self._cache.get(post_id)
        return found

    def post_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, post_id: str) -> int:
        try:
            return self._ids.index(post_id)
        except ValueError:
            return -1

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Title"),
            self.tr("Executive"),
            self.tr("Status"),
            self.tr("Language"),
            self.tr("Updated"),
            self.tr("Match"),
        ][section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return row.title or row.excerpt[:60] or self.tr("(untitled)")
            if column == self.EXECUTIVE:
                return row.executive_name
            if column == self.STATUS:
                return status_label(row.status)
            if column == self.LANGUAGE:
                return language_label(row.language)
            if column == self.UPDATED:
                return _when(row.updated_at)
            if column == self.MATCH:
                return _plain(self._snippets.get(row.id, ""))
        elif role == SNIPPET_ROLE and column == self.MATCH:
            return _html(self._snippets.get(row.id, ""))
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return row.excerpt
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QColor(STATUS_COLOURS[row.status])
        return None


def _when(iso: str) -> str:
    moment: datetime = parse_utc(iso)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def _plain(snippet: str) -> str:
    return snippet.replace(posts.SNIPPET_START, "").replace(posts.SNIPPET_END, "").replace("\n", " ")


def _html(snippet: str) -> str:
    text = html.escape(snippet.replace("\n", " "))
    return text.replace(posts.SNIPPET_START, "<b>").replace(posts.SNIPPET_END, "</b>")
