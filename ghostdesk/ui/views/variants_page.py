"""UI: the Variants page — the posts × markets matrix; double-click a cell to adapt the post for that market
in the side-by-side editor (an empty cell writes a new variant from the master first)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.posts import PostStatus
from ghostdesk.services import variants
from ghostdesk.ui.models.variant_matrix_model import (
    BLOCK_MARK,
    MARKET_ROLE,
    POST_ID_ROLE,
    STALE_MARK,
    VARIANT_ID_ROLE,
    WARN_MARK,
    VariantMatrixModel,
)
from ghostdesk.ui.views.pages import Page
from ghostdesk.ui.widgets.post_labels import status_label
from ghostdesk.ui.widgets.text_table import CENTRED, LEFT, UNREADABLE, TextCellDelegate, TextTableView

if TYPE_CHECKING:
    from ghostdesk.ui.widgets.variant_editor import VariantEditor

translate = QCoreApplication.translate


def warm_up() -> None:
    """Called by ui/warmup.py while the window is idle after start-up: the checks' rules, whose registry the
    counts' key names before the matrix's first paint (their modules compile a few dozen patterns, 15–60 ms on
    this machine). Opening Posts first loads them too, after its first paint; opening Variants first no longer
    pays for them.

    Also the first wrapper of a scroll area's viewport, which makes PySide set up about forty widget classes'
    Python types and enums (≈8 ms): the matrix's painter asks its table for the viewport at the first paint, as
    the roster's does, so whichever of the two opened first paid for it."""
    from PySide6.QtWidgets import QApplication, QTableView

    import ghostdesk.services.checks  # noqa: F401

    if QApplication.instance() is not None:  # (a script may load the checks this way without a window)
        QTableView().viewport()


class MatrixCellDelegate(TextCellDelegate):
    """UI: `TextCellDelegate`'s fast path for the matrix — each cell's text in its own colour, the market columns
    centred as Qt's style centres them. Rows that need more (selected, current, under the mouse) and a table Qt
    must paint whole are Qt's own delegate's, as there."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        column = index.column()
        found = self.painted_cell(index.row(), column)
        if found is UNREADABLE:
            return
        if found is None:
            QStyledItemDelegate.paint(self, painter, option, index)
            return
        text, colour = found
        if text:
            align = CENTRED if column > 0 else LEFT
            self.draw_line(painter, option.rect, text, align, self._text if colour is None else colour)


class MatrixView(TextTableView):
    """UI: the matrix's table: plain cells painted by `MatrixCellDelegate` from the model's `cell(row, column)`
    (one call into Python per cell, instead of a span of seven roles and Qt laying each text out again)."""

    def __init__(self, cell) -> None:
        super().__init__(cell)
        self.text_delegate = MatrixCellDelegate(cell, parent=self)
        self.setItemDelegate(self.text_delegate)


class VariantsPage(Page):
    """UI: matrix (first) and editor (second) in a stack, so each gets the whole page width."""

    TITLE_ROOM = 160  # px kept for the post titles before the market columns get narrower

    def __init__(self) -> None:
        super().__init__()
        self.context = None
        self._stale = False
        self._touched: set[str] = set()  # posts whose variants changed in the editor: their rows are re-read
        self.heading = self.make_heading()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.empty_hint = QLabel()  # an empty workspace: where variants come from
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setForegroundRole(QPalette.ColorRole.Dark)  # a palette role, not a style sheet to polish

        self.model = VariantMatrixModel(self)
        self.table = MatrixView(self.model.cell)
        self.table.setObjectName("variantMatrix")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        header.setStretchLastSection(False)
        # Fixed widths from the longest cell text (never ResizeToContents, which reads every row).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(self.intro)
        matrix_layout.addWidget(self.empty_hint)
        matrix_layout.addWidget(self.table, 1)
        matrix_layout.addWidget(self.legend)

        self._editor: VariantEditor | None = None  # built the first time a variant is opened (see `editor`)
        self.stack = QStackedWidget()
        self.stack.addWidget(matrix_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.heading)
        layout.addSpacing(6)
        layout.addWidget(self.stack, 1)

        # `activated` comes with a double-click and with Enter: one connection, so one open per gesture.
        self.table.activated.connect(self.open_cell)
        self.retranslate_ui()

    @property
    def editor(self) -> VariantEditor:
        """The side-by-side editor. Most visits only read the matrix: it (and its module, its preview and
        findings widgets) is built the first time a variant is opened."""
        if self._editor is None:
            from ghostdesk.ui.widgets.variant_editor import VariantEditor

            self._editor = VariantEditor()
            self.stack.addWidget(self._editor)
            self._editor.back_requested.connect(self.show_matrix)
            self._editor.saved.connect(self._variant_saved)
            if self.context is not None:
                self._editor.set_context(self.context)
        return self._editor

    def set_workspace(self, context) -> None:
        # Checking every variant loads Babel and the holiday calendars: wait until the page is shown.
        self.context = context
        if self._editor is not None:
            self._editor.set_context(context)
        self.stack.setCurrentIndex(0)
        self._stale = True
        if self.isVisible():
            self.reload()

    def _variant_saved(self, variant_id: str) -> None:
        variant = self.editor.variant
        if variant is not None:
            self._touched.add(variant.post_id)

    def showEvent(self, event) -> None:
        if self._stale and self.stack.currentIndex() == 0:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        self._touched.clear()
        workspace = self.workspace
        if workspace is None:
            self.model.set_source(None)
        else:
            self.model.set_source(workspace.db, store=not workspace.read_only)
        self.empty_hint.setVisible(workspace is not None and self.model.rowCount() == 0)
        self._size_columns()
        self._fit_rows()

    def _size_columns(self) -> None:
        """The post's title takes what is left; each market column is as wide as the longest cell text can be
        (a status word, the stale mark and two counts), measured once instead of over the rows, and narrower
        when the page is too narrow to leave the titles some room."""
        header = self.table.horizontalHeader()
        markets = self.model.columnCount() - 1
        if markets <= 0:
            return
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        sample = f" {STALE_MARK} {BLOCK_MARK}9 {WARN_MARK}9"
        widest = max(metrics.horizontalAdvance(status_label(s) + sample) for s in PostStatus)
        room = (self.table.viewport().width() - self.TITLE_ROOM) // markets
        width = max(header.minimumSectionSize(), min(widest + metrics.averageCharWidth() + 6, room))
        for column in range(1, markets + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)

    def _fit_rows(self) -> None:
        """Rows are read a screenful at a time: as many as the table shows (plus a partly shown one)."""
        height = self.table.viewport().height()
        row = self.table.verticalHeader().defaultSectionSize()
        if height >= 4 * row:  # laid out (a table never shown yet is a few rows tall: keep the model's default)
            self.model.fit_screen(height // row + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._size_columns()
        self._fit_rows()

    def open_cell(self, index: QModelIndex) -> bool:
        """Open the cell's variant in the editor; an empty cell first writes one from the master."""
        if not index.isValid() or index.column() == 0 or self.db is None:
            return False
        variant_id = index.data(VARIANT_ID_ROLE)
        if variant_id is None:
            if self.context.workspace.read_only:
                return False
            post_id, market = index.data(POST_ID_ROLE), index.data(MARKET_ROLE)
            existing = variants.find(self.db, post_id, market)
            try:
                variant_id = (
                    existing.id if existing else variants.create(self.db, post_id, market, actor=self.context.actor).id
                )
            except GhostDeskError as exc:
                from ghostdesk.ui.widgets.variant_editor import VariantPrompts

                VariantPrompts.error(self, exc)
                return False
            self._touched.add(post_id)
        self.open_variant(variant_id)
        return True

    def open_variant(self, variant_id: str) -> None:
        self.editor.load(variant_id)
        self.stack.setCurrentIndex(1)

    def show_matrix(self) -> None:
        """Back from the editor: only the rows of the posts edited there are read again; the matrix keeps its
        place and selection (a full reload only when the workspace changed meanwhile)."""
        self.stack.setCurrentIndex(0)
        touched, self._touched = self._touched, set()
        if self._stale:
            self.reload()
            return
        for post_id in touched:
            self.model.refresh_post(post_id)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Variants"))
        self.intro.setText(
            self.tr(
                "Each post, adapted for each market: not a translation but a text written for its readers, "
                "network, register and calendar. Double-click a cell to open the variant beside its master."
            )
        )
        self.empty_hint.setText(
            self.tr(
                "No posts yet. Write one on the Posts page: it appears here as a row, and a double-click in a "
                "market's column adapts it for that market."
            )
        )
        self.legend.setText(
            self.tr(
                "{0} the master changed since   {1} findings to fix   {2} findings to check   — no variant yet"
            ).format(STALE_MARK, BLOCK_MARK, WARN_MARK)
        )
        self.model.retranslate()
        self._size_columns()
