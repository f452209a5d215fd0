"""UI: the posts table — a model over post ids with a row cache filled a page at a time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ghostdesk.domain.clock import parse_utc
from ghostdesk.domain.posts import PostFilter, PostRow, PostSort
from ghostdesk.services import posts
from ghostdesk.ui.widgets.post_labels import STATUS_COLOURS, language_label, status_label

FIRST_PAGE = 40  # lines read (with their cells' data, in one query) before the first paint: a tall screen
ID_CHUNK = 1000  # ids fetched per step as the view scrolls (keyset paging; a search pages its ranked matches)
PAGE = 200  # lines read per batch for display, beyond the first page
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2  # HTML with the matched words in bold
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND, _ID, _SNIPPET = int(Qt.ItemDataRole.ForegroundRole), int(ID_ROLE), int(SNIPPET_ROLE)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ID, _SNIPPET})
SORT_COLUMNS = {0: "title", 1: "executive", 2: "status", 3: "language", 4: "updated"}  # column → PostSort column


class PostTableModel(QAbstractTableModel):
    """UI: posts matching a filter, in display order; only the visible pages are read from the workspace.

    The first page's lines come with their ids in one query; further ids arrive a chunk at a time through
    canFetchMore/fetchMore, their lines when shown; the total is counted only when asked for (`total`)."""

    TITLE, EXECUTIVE, STATUS, LANGUAGE, UPDATED, MATCH = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._workspace = None
        self._filter = PostFilter()
        self._sort: PostSort | None = None
        self._ids: list[str] = []
        self._known: set[str] = set()
        self._cache: dict[str, PostRow] = {}
        self._snippets: dict[str, str] = {}
        self._when: dict[str, str] = {}
        self._cursor = None  # where the next page of ids starts; None when all are loaded
        self._total: int | None = None

    # -- loading ---------------------------------------------------------------------------------
    def set_workspace(self, workspace) -> None:
        self._workspace = workspace
        self.reload()

    def set_filter(self, flt: PostFilter) -> None:
        self._filter = flt
        self.reload()

    def set_sort(self, sort: PostSort | None) -> None:
        """None: the default order (most recently updated first; by relevance while searching)."""
        self._sort = sort
        self.reload()

    @property
    def filter(self) -> PostFilter:
        return self._filter

    @property
    def sort_order(self) -> PostSort | None:
        return self._sort

    @property
    def total(self) -> int:
        """How many posts match (counted on first use when not every id is loaded yet)."""
        if not self.counted:
            self._total = posts.count(self._workspace, self._filter)
        # `counted` also holds while `_total` is still None: every id is loaded (or there is no workspace), and
        # then the ids themselves are the count. Returning `_total` alone there gave "Posts shown: None".
        return len(self._ids) if self._total is None else self._total

    @property
    def counted(self) -> bool:
        """Whether `total` is known without a query: counted already, or every id loaded (no workspace: none)."""
        return self._total is not None or self._cursor is None or self._workspace is None

    def reload(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        self._snippets.clear()
        self._when.clear()
        self._ids, self._cursor, self._total = [], None, None
        if self._workspace is not None:
            first = posts.table_page(self._workspace, self._filter, self._sort, limit=FIRST_PAGE, with_rows=True)
            self._ids, self._cursor = first.ids, first.cursor
            self._cache.update(first.rows)
            self._snippets.update(first.snippets)
        self._known = set(self._ids)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._cursor is None or self._workspace is None:
            return
        page = posts.table_page(self._workspace, self._filter, self._sort, limit=ID_CHUNK, cursor=self._cursor)
        self._cursor = page.cursor
        more = [post_id for post_id in page.ids if post_id not in self._known]  # a post added meanwhile
        if not more:
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._ids.extend(more)
        self._known.update(more)
        self.endInsertRows()

    def refresh_post(self, post_id: str) -> None:
        """Re-read one post's line after an edit (its place in the order is kept until the next reload)."""
        self._cache.pop(post_id, None)
        self._when.pop(post_id, None)
        if post_id in self._known:
            row = self._ids.index(post_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _row(self, row: int) -> PostRow | None:
        post_id = self._ids[row]
        found = self._cache.get(post_id)
        if found is None and self._workspace is not None:
            start = max(0, row - PAGE // 4)  # the batch around the row: scrolling either way finds it read
            batch = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
            self._cache.update(posts.rows(self._workspace, batch))
            if self._filter.search.strip():
                self._snippets.update(posts.snippets(self._workspace, self._filter.search, batch))
            found = self._cache.get(post_id)
        return found

    def post_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, post_id: str) -> int:
        return self._ids.index(post_id) if post_id in self._known else -1

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # a header click starts with the newest on top
            return Qt.SortOrder.DescendingOrder if section == self.UPDATED else Qt.SortOrder.AscendingOrder
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Title"),
            self.tr("Executive"),
            self.tr("Status"),
            self.tr("Language"),
            self.tr("Updated"),
            self.tr("Match"),
        ][section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if role not in _ROLES:  # a view asks each cell for a dozen roles: answer the others at once
            return None
        number = index.row()
        if not 0 <= number < len(self._ids) or not index.isValid():
            return None
        if role == _ID:
            return self._ids[number]
        row = self._cache.get(self._ids[number]) or self._row(number)
        if row is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._display(row, column)
        if role == _SNIPPET and column == self.MATCH:
            return _html(self._snippets.get(row.id, ""))
        elif role == _TOOLTIP and column == self.TITLE:
            return row.excerpt
        elif role == _TOOLTIP and column == self.UPDATED:
            return _when(row.updated_at, day_only=False)
        elif role == _FOREGROUND and column == self.STATUS:
            return QColor(STATUS_COLOURS[row.status])
        return None

    def _display(self, row: PostRow, column: int) -> str | None:
        if column == 0:  # TITLE
            return row.title or row.excerpt[:60] or self.tr("(untitled)")
        if column == 1:  # EXECUTIVE
            return row.executive_name
        if column == 2:  # STATUS
            return status_label(row.status)
        if column == 3:  # LANGUAGE
            return language_label(row.language)
        if column == 4:  # UPDATED
            when = self._when.get(row.id)
            if when is None:
                when = self._when[row.id] = _when(row.updated_at)
            return when
        if column == 5:  # MATCH
            return _plain(self._snippets.get(row.id, ""))
        return None

    def column_texts(self, column: int, first: int, last: int) -> list[str]:
        """The texts `column` shows in rows `first` to `last` (what the view would read through `data()`, without
        an index per cell)."""
        texts = []
        for number in range(max(0, first), min(last, len(self._ids) - 1) + 1):
            row = self._cache.get(self._ids[number]) or self._row(number)
            text = self._display(row, column) if row is not None else None
            if text is not None:  # an empty text is still a cell Qt measures (its margins)
                texts.append(text)
        return texts

    def retranslate(self) -> None:
        """After a language change: dates follow the new locale, labels the new language."""
        self._when.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1))


def _when(iso: str, *, day_only: bool = True) -> str:
    """The local date (the table's narrow column), or date and time (its tooltip)."""
    moment: datetime = parse_utc(iso)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    if day_only:
        return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def _plain(snippet: str) -> str:
    return snippet.replace(posts.SNIPPET_START, "").replace(posts.SNIPPET_END, "").replace("\n", " ")


def _html(snippet: str) -> str:
    import html  # a search's snippets only: not needed to open the page

    text = html.escape(snippet.replace("\n", " "))
    return text.replace(posts.SNIPPET_START, "<b>").replace(posts.SNIPPET_END, "</b>")
