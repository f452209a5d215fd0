"""UI: the Posts page — the drafting studio: filters and full-text search over the posts table, and the editor."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.posts import LANGUAGES, PostFilter, PostSort, PostStatus
from ghostdesk.services import posts
from ghostdesk.ui import i18n
from ghostdesk.ui.dialogs.post_prompts import PostPrompts
from ghostdesk.ui.models.post_table_model import SNIPPET_ROLE, SORT_COLUMNS, PostTableModel
from ghostdesk.ui.views.pages import Page
from ghostdesk.ui.widgets.elided_combo import ElidedComboBox
from ghostdesk.ui.widgets.post_editor import BODY_SCALE, PostEditor, VoiceScorer
from ghostdesk.ui.widgets.post_labels import language_label, status_label
from ghostdesk.ui.widgets.post_preview import SMALL_PIXELS
from ghostdesk.ui.widgets.resized_table import ResizedTableView

SEARCH_MS = 250
NARROW_UPDATED, NARROW_LANGUAGE, NARROW_EXECUTIVE = 480, 400, 320  # list widths (px) under which they hide
LAYOUT_LEVELS = 4  # layout passes before the first paint: card in column in splitter in editor
VARIANT_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_ROLE = Qt.ItemDataRole.UserRole + 2


# The Python types PySide made while the page first opened, found by listing the types alive before and after
# (`test_the_idle_warm_up_leaves_no_python_type_for_the_first_open_to_make`). Most are event classes: the first
# event Qt hands to one of our overrides (a resize, a paint, a show) makes PySide look for the event's own class
# among every QEvent subclass, making each Python type on its way (≈0.1 ms each, ≈3 ms in all).
_FIRST_OPEN_TYPES = {
    "QtCore": "QChildEvent QDynamicPropertyChangeEvent QTimerEvent",
    "QtGui": "QActionEvent QChildWindowEvent QCloseEvent QDragEnterEvent QDragLeaveEvent QDragMoveEvent QDropEvent"
    " QEnterEvent QExposeEvent QFileOpenEvent QFocusEvent QHelpEvent QHideEvent QHoverEvent QIconDragEvent"
    " QInputMethodEvent QInputMethodQueryEvent QMouseEvent QMoveEvent QNativeGestureEvent QPaintEvent"
    " QPlatformSurfaceEvent QPointerEvent QResizeEvent QScrollEvent QScrollPrepareEvent QShortcutEvent QShowEvent"
    " QSinglePointEvent QStatusTipEvent QTabletEvent QTextBlock QTextDocument QTextFrame QTextObject"
    " QToolBarChangeEvent QTouchEvent QWhatsThisClickedEvent QWheelEvent QWindowStateChangeEvent",
    "QtWidgets": "QCommonStyle QGestureEvent QGraphicsSceneContextMenuEvent QGraphicsSceneDragDropEvent"
    " QGraphicsSceneHelpEvent QGraphicsSceneHoverEvent QGraphicsSceneMouseEvent QGraphicsSceneMoveEvent"
    " QGraphicsSceneResizeEvent QGraphicsSceneWheelEvent QScrollBar QStyleOptionTab",
}


def warm_up() -> None:
    """Called by ui/warmup.py while the window is idle after start-up: the Python types PySide makes the first time
    they are met, with their enums (≈0.1–0.3 ms each), which the page's first open met (`_FIRST_OPEN_TYPES`): the
    text document's (the body's), the scroll bar's (the editor's side pane is as wide as its contents and a scroll
    bar), the style's, and the event classes (found by listing the types made while the page opens;
    `test_the_idle_warm_up_makes_the_python_types_the_first_open_would_make`)."""
    import importlib

    for module, names in _FIRST_OPEN_TYPES.items():
        found = importlib.import_module(f"PySide6.{module}")
        for name in names.split():
            getattr(found, name)
    from PySide6.QtGui import QTextBlock, QTextFrame

    getattr(QTextBlock, "iterator")  # noqa: B009  (nested classes are made with their own attribute)
    getattr(QTextFrame, "iterator")  # noqa: B009
    from PySide6.QtWidgets import QTableView

    # The first plain widget Qt made that Python meets (the table's viewport, `_column_width`): PySide looks for
    # its class among every QWidget subclass, making each one's Python type and enums (≈5 ms) — now, while idle.
    QTableView().viewport()
    _draw_glyphs()


# Letters the page's first screen draws in its own fonts (titles and posts in English, French, German, Spanish).
GLYPHS = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,:;!?'\"()[]/&@#%+-–—…·“”‘’«»"
    "àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊÎÔÙÛÜŒñÑáíóúÁÍÓÚß€$"
)


def _draw_glyphs() -> None:
    """Each font and size draws its letters from a glyph cache it fills the first time it meets them: the page's
    first paint rasterised the letters of the fonts only it uses (the editor's larger body text, the bold status
    chip and name, the card's small print) and of the posts' accented titles (≈2 ms). Drawn here while idle, the
    click finds them cached."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    base = QApplication.font()
    bold = QFont(base)
    bold.setBold(True)
    body = QFont(base)
    body.setPointSizeF(base.pointSizeF() * BODY_SCALE)
    small = QFont(base)
    small.setPixelSize(SMALL_PIXELS)
    image = QImage(1600, 40, QImage.Format.Format_RGB32)  # like a window's backing store (opaque)
    painter = QPainter(image)
    for font in (base, bold, body, small):
        painter.setFont(font)
        for quarter in range(4):  # a glyph is cached per quarter-pixel position
            painter.drawText(QPointF(quarter / 4, 30), GLYPHS)
    painter.end()


class SnippetDelegate(QStyledItemDelegate):
    """UI: paints a search snippet with its matched words in bold."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        markup = index.data(SNIPPET_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        # Only a search shows snippets: QStyle's Python type (its many enums) costs the page's opening ≈10 ms.
        from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
        from PySide6.QtWidgets import QStyle

        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(markup)
        document.setDocumentMargin(2)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(
            QPalette.ColorRole.Text,
            option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text),
        )
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return super().sizeHint(option, index)


class PostsPage(Page):
    """UI: the drafting studio page. `variant_requested(variant_id)` asks the window to open a market variant
    in the Variants page's editor (the list under the table shows the selected post's variants)."""

    variant_requested = Signal(str)

    def __init__(self, voice_scorer: VoiceScorer | None = None) -> None:
        super().__init__()
        self._voice_scorer = voice_scorer
        self.context = None
        self._watching = None
        self._select_first = False  # the first post is selected once the page is on screen
        self._first_post_later = False  # selecting it: its checks and variants follow the paint
        self._variants_of: str | None = None  # the post whose variants the list shows
        self._executives_fresh = False  # the executives were read by set_workspace in this call
        self._executives_later = False  # they are read after the first paint (`set_workspace`)
        self._split = False
        self._sort: PostSort | None = None  # None: newest first, or by relevance while searching
        self.model = PostTableModel(self)
        self._text_widths: dict[str, int] = {}  # a cell text's width in the table's font (`_column_width`)
        self._widths_font = None
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_MS, timeout=self.apply_filter)
        # Counting every match waits until the first screen is painted (unless all are loaded already).
        self._count_timer = QTimer(self, singleShot=True, interval=0, timeout=self._show_count)
        self._count_waits = False  # the count waits for the page's first paint (`_select_first_post`)
        self._connect()
        self.retranslate_ui()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        self.heading = self.make_heading()
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.lists_button = QPushButton()
        header.addWidget(self.heading, 1)
        header.addWidget(self.lists_button)
        header.addWidget(self.new_button)
        header.addWidget(self.delete_button)
        layout.addLayout(header)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("postsSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        left_layout.addWidget(self.search_edit)
        filters = QGridLayout()
        # Narrow (an 800-px screen, French), a long choice is elided rather than widening the list.
        self.status_combo = ElidedComboBox(letters=8)
        self.executive_combo = ElidedComboBox(letters=8)
        self.language_combo = ElidedComboBox(letters=8)
        self.date_combo = ElidedComboBox(letters=8)
        for i, combo in enumerate((self.status_combo, self.executive_combo, self.language_combo, self.date_combo)):
            filters.addWidget(combo, i // 2, i % 2)
        left_layout.addLayout(filters)
        # Narrow, it drops columns so titles stay readable; its sized-to-contents columns are measured here.
        self.table = ResizedTableView(self._fit_columns, self._column_width)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(PostTableModel.MATCH, SnippetDelegate(self.table))
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(PostTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(PostTableModel.MATCH, QHeaderView.ResizeMode.Stretch)
        for column in (PostTableModel.EXECUTIVE, PostTableModel.STATUS, PostTableModel.LANGUAGE):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Size those columns from the rows on screen, not the first 1,000 (Qt's default): over 10,000 posts that
        # read every cached row a dozen times and made opening the page take over a second.
        header_view.setResizeContentsPrecision(0)
        header_view.setSectionResizeMode(PostTableModel.UPDATED, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionsClickable(True)
        header_view.setSortIndicatorShown(True)
        header_view.setSortIndicator(PostTableModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setColumnHidden(PostTableModel.MATCH, True)
        left_layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.count_label.setForegroundRole(QPalette.ColorRole.Dark)  # not a style sheet: a style of its own
        left_layout.addWidget(self.count_label)
        variants_row = QHBoxLayout()
        self.variants_label = QLabel()
        self.variants_label.setWordWrap(True)
        self.open_variant_button = QPushButton()
        self.open_variant_button.setEnabled(False)
        variants_row.addWidget(self.variants_label, 1)
        variants_row.addWidget(self.open_variant_button)
        left_layout.addLayout(variants_row)
        self.variants_list = QListWidget()  # the selected post's market variants: market, status, out of date
        self.variants_list.setObjectName("postVariants")
        self.variants_list.setMaximumHeight(3 * self.fontMetrics().height() + 16)  # three lines, then it scrolls
        self.variants_list.setFlow(QListWidget.Flow.LeftToRight)
        self.variants_list.setWrapping(True)
        self.variants_list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap when the pane is resized
        self.variants_list.setSpacing(2)
        self.variants_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(self.variants_list)
        self.variants_list.hide()
        self.open_variant_button.hide()

        self.editor = PostEditor(voice_scorer=self._voice_scorer)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.status_combo, self.executive_combo, self.language_combo, self.date_combo):
            combo.activated.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_clicked)
        self.new_button.clicked.connect(self.new_post)
        self.delete_button.clicked.connect(self.delete_post)
        self.editor.editing_changed.connect(self.delete_button.setEnabled)  # a post to move to the trash
        self.lists_button.clicked.connect(self.edit_check_lists)
        self.variants_list.itemActivated.connect(lambda item: self.variant_requested.emit(item.data(VARIANT_ROLE)))
        self.variants_list.currentItemChanged.connect(
            lambda item, _previous: self.open_variant_button.setEnabled(item is not None)
        )
        self.open_variant_button.clicked.connect(self.open_selected_variant)
        self.editor.post_saved.connect(self.model.refresh_post)
        self.editor.status_changed.connect(self.model.refresh_post)

    # -- never lose typing when the window closes or the workspace changes ----------------------
    def showEvent(self, event) -> None:
        window = self.window()
        if window is not self and self._watching is not window:
            window.installEventFilter(self)
            self._watching = window
        if self.workspace is not None and not self._executives_fresh:
            # Another page may have added or renamed an executive since (not when set_workspace just read them).
            self.editor.refresh_executives(self._fill_executives())
        super().showEvent(event)
        self._split_once()  # (done already when a resize came first, as it does when the window shows the page)
        if self._select_first:
            self._select_first = False
            QTimer.singleShot(0, self._select_first_post)  # after the first screen is painted

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._split_once()

    def _split_once(self) -> None:
        """The first time the page has its size: the list gets two fifths of the width it really has. On the resize
        that comes before the page is first shown, while its children are still hidden: in the show event they are
        visible, and moving the splitter's panes there (by a pixel or two) made Qt paint the editor's side pane,
        a scroll area, twice in the first frame."""
        if self._split:
            return
        width = sum(self.splitter.sizes())
        if width <= 0:
            return
        self._split = True
        self.splitter.setSizes([width * 2 // 5, width - width * 2 // 5])

    def eventFilter(self, watched, event) -> bool:
        if watched is self._watching and self.workspace is not None:
            if event.type() == QEvent.Type.Close:
                self.editor.save()  # closing is a meaningful save: it becomes a version
            elif event.type() == QEvent.Type.WindowDeactivate:
                # A dialog (open another workspace, settings…) may close this workspace next: keep the
                # last keystrokes in the autosave, recovered when the post is opened again.
                self.editor.autosave_now()
        return False

    def set_voice_scorer(self, scorer: VoiceScorer | None) -> None:
        """Plug in the voice match score: scorer(executive_id, text, language) -> result with .score and
        .dimensions (each .name, .advice), or None. Hidden while no scorer is set."""
        self.editor.voice_scorer = scorer
        self.editor.score_voice()

    # -- workspace -------------------------------------------------------------------------------
    def set_workspace(self, context) -> None:
        self.context = context
        self.model.set_workspace(context.workspace if context else None)
        # Hidden with posts to show (the window builds the page, then shows it): the first screen's filter says
        # "All executives" and the editor needs only the first post's executive (read with the post), so the list
        # of executives is read once the page is painted (`_select_first_post`). Otherwise one read of the
        # executives for the filter and the editor's list.
        later = bool(self.model.rowCount() and context and context.workspace and not self.isVisible())
        self._executives_later = later
        self.editor.set_context(context, self._fill_executives(read=not later), later=later)
        self.show_variants()
        # Read just now (or after the first paint): a show in the same call reads them again only after control
        # went back to the event loop.
        self._executives_fresh = True
        QTimer.singleShot(0, self._executives_read_before)
        self._select_first = False
        writable = bool(context and context.workspace and not context.workspace.read_only)
        self.new_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and self.editor.post is not None)
        self.lists_button.setEnabled(writable)
        if self.model.rowCount() and context and context.workspace:
            # Hidden, a selection would size the columns before anything is shown: the row is selected once the
            # page is on screen. The editor shows the first post now, so the page is laid out once, with its text,
            # when it is shown (not empty first, then again for the post).
            if self.isVisible():
                self.table.selectRow(0)
            else:
                self._select_first = True
                self._load_first_post()
        self._update_count()

    def _load_first_post(self) -> None:
        """The first post's fields, before the page is shown; its checks, voice score and variants follow the
        first paint (`_select_first_post`)."""
        try:
            self.editor.load(self.model.post_id(0), feedback_later=True)
        except GhostDeskError:
            return  # selecting the row on show tries again, and says why
        self._hide_variants()  # until they are read, right after the first paint

    def _executives_read_before(self) -> None:
        self._executives_fresh = False

    def _select_first_post(self) -> None:
        """The page's first screen: the first post's fields in the editor; its checks, voice score and market
        variants follow that paint (`_finish_first_post`), as soon as control is back in the event loop."""
        try:
            if self.workspace is not None and self.model.rowCount() and not self.table.selectionModel().hasSelection():
                self._first_post_later = True
                try:
                    self.table.selectRow(0)
                finally:
                    self._first_post_later = False
                post = self.editor.post
                if post is None:
                    return
                # The paint already queued comes before the layouts the post's text asks for (the status chip, the
                # preview card, the counters): lay them out now, so no frame shows them squeezed. Each pass settles
                # one level of nested layouts.
                for _level in range(LAYOUT_LEVELS):
                    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                # Queued after those passes, so it comes after the paint (a pass also sends what was queued before).
                QTimer.singleShot(0, self, lambda post_id=post.id: self._finish_first_post(post_id))
        finally:
            if self._count_waits:  # the count, too, follows the first paint (queued like the feedback)
                self._count_waits = False
                QTimer.singleShot(0, self, self._show_count)
            if self._executives_later:  # and the executives' list for the filter and the editor
                QTimer.singleShot(0, self, self._read_executives_later)

    def _read_executives_later(self) -> None:
        if self._executives_later and self.workspace is not None:
            self.editor.refresh_executives(self._fill_executives())
        self._executives_later = False

    def _finish_first_post(self, post_id: str) -> None:
        post = self.editor.post
        if self.workspace is None or post is None or post.id != post_id or self._variants_of == post_id:
            return  # another post was chosen meanwhile: it was shown in full
        self.editor.finish_feedback()
        self.show_variants()

    def _fill_executives(self, *, read: bool = True) -> list | None:
        """The filter's executives, re-read; returns them (None without a workspace) for the editor's list.
        `read=False`: only "All executives", until they are read."""
        self._executives_later = self._executives_later and not read
        current = self.executive_combo.currentData()
        self.executive_combo.clear()
        self.executive_combo.addItem(self.tr("All executives"), None)
        found = None
        if self.workspace is not None and read:
            found = posts.executives(self.workspace)
            for executive in found:
                self.executive_combo.addItem(executive.name, executive.id)
        self.executive_combo.setCurrentIndex(max(0, self.executive_combo.findData(current)))
        return found

    # -- filtering -------------------------------------------------------------------------------
    def current_filter(self) -> PostFilter:
        status = self.status_combo.currentData()
        days = self.date_combo.currentData()
        since = (datetime.now(UTC) - timedelta(days=days)).date().isoformat() if days else None
        return PostFilter(
            statuses=(PostStatus(status),) if status else (),
            executive_id=self.executive_combo.currentData(),
            language=self.language_combo.currentData(),
            updated_from=since,
            search=self.search_edit.text().strip(),
        )

    def apply_filter(self) -> None:
        if self.workspace is None:
            return
        self.editor.save()
        keep = self.editor.post.id if self.editor.post else None
        flt = self.current_filter()
        self.model.set_filter(flt)
        self.table.setColumnHidden(PostTableModel.MATCH, not flt.search)
        self._show_sort()
        self._update_count()
        self._reselect(keep)

    def _reselect(self, post_id: str | None) -> None:
        row = self.model.row_of(post_id) if post_id else -1
        if row >= 0:
            self.table.selectRow(row)

    def _fit_columns(self) -> None:
        """The update date, Language, then Executive give way to the titles when the list is narrow (the default
        order stays newest first; a wider window shows the Updated column to sort by; the executive filter stays
        above the list)."""
        width = self.table.width()
        self.table.setColumnHidden(PostTableModel.UPDATED, width < NARROW_UPDATED)
        self.table.setColumnHidden(PostTableModel.LANGUAGE, width < NARROW_LANGUAGE)
        self.table.setColumnHidden(PostTableModel.EXECUTIVE, width < NARROW_EXECUTIVE)

    def _column_width(self, column: int) -> int:
        """The width Qt gives a ResizeToContents column (Executive, Status, Language, Updated): its widest text in
        the rows it would measure (those on screen; every loaded row while the table is hidden), plus the item's
        text margins and the grid line. Qt measures each cell with a text layout every time the header resizes
        (several times while the page is shown: ≈5 ms of the page's first open); a text's width is kept here.
        -1 (Qt's own answer) for the other columns."""
        if column not in (
            PostTableModel.EXECUTIVE,
            PostTableModel.STATUS,
            PostTableModel.LANGUAGE,
            PostTableModel.UPDATED,
        ):
            return -1
        table = self.table
        header = table.verticalHeader()
        top = max(0, header.visualIndexAt(0))
        bottom = header.visualIndexAt(table.viewport().height())
        if not table.isVisible() or bottom < 0:  # as QTableView.sizeHintForColumn: then every row
            bottom = self.model.rowCount() - 1
        precision = table.horizontalHeader().resizeContentsPrecision()
        if precision > 0:  # as Qt: no more rows than that (1000 by default), not every id the model has read
            bottom = min(bottom, top + precision - 1)
        font = table.font()
        if font != self._widths_font:
            self._widths_font = font
            self._text_widths.clear()
        widths = self._text_widths
        metrics = None
        widest = -1  # no cell: Qt's answer is the grid line alone
        for text in self.model.column_texts(column, top, bottom):
            width = widths.get(text)
            if width is None:
                if metrics is None:
                    metrics = QFontMetricsF(font)
                if len(widths) > 500:
                    widths.clear()
                width = widths[text] = math.ceil(metrics.horizontalAdvance(text))
            widest = max(widest, width)
        grid = 1 if table.showGrid() else 0
        if widest < 0:
            return grid
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        return widest + 2 * margin + grid

    # -- sorting ---------------------------------------------------------------------------------
    def _on_sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        """A header click: that column's order, in SQL over the whole list (the Match column: by relevance)."""
        key = SORT_COLUMNS.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        sort = None if key is None or (key, descending) == ("updated", True) else PostSort(key, descending)
        if sort is not None:
            sort = PostSort(key, descending, self._group_order(key))
        if sort == self._sort:
            return
        self._sort = sort
        if self.workspace is None:
            return
        self.editor.save()
        keep = self.editor.post.id if self.editor.post else None
        self.model.set_sort(sort)
        self._show_sort()
        self._reselect(keep)

    def _group_order(self, key: str) -> tuple[str, ...]:
        """Grouped columns sort by what the table shows: the workflow, the translated language names."""
        if key == "status":
            return tuple(s.value for s in PostStatus)
        if key == "language":
            return tuple(sorted(LANGUAGES, key=lambda code: language_label(code).casefold()))
        return ()  # executives: by name, from the workspace

    def _show_sort(self) -> None:
        """The header's arrow says the order in force; none while the matches are ranked by relevance."""
        header = self.table.horizontalHeader()
        if self._sort is None:
            section = -1 if self.model.filter.search else PostTableModel.UPDATED
            order = Qt.SortOrder.DescendingOrder
        else:
            section = next(c for c, k in SORT_COLUMNS.items() if k == self._sort.column)
            order = Qt.SortOrder.DescendingOrder if self._sort.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(section, order)
        header.blockSignals(False)

    def _update_count(self) -> None:
        if self.model.canFetchMore() and not self.model.counted:  # counting needs a query: after the first screen
            self.count_label.setText(self.tr("Counting posts…"))
            if self._select_first:  # the page is not on screen yet: its first post's selection starts it
                self._count_waits = True
            else:
                self._count_timer.start()
        else:
            self._show_count()

    def _show_count(self) -> None:
        if self.model.total:
            self.count_label.setText(self.tr("Posts shown: {0}").format(self.model.total))
        elif self.current_filter() == PostFilter():  # an empty workspace: say where posts come from
            self.count_label.setText(self.tr("No posts yet. Write the first one with “New post”."))
        else:
            self.count_label.setText(self.tr("No post matches these filters."))

    # -- actions ---------------------------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.workspace is None:
            return
        later = self._first_post_later
        try:
            self.editor.load(self.model.post_id(current.row()), feedback_later=later)
        except GhostDeskError as exc:
            PostPrompts.error(self, exc)
            later = False
        if later and self.editor.post is not None:
            self._hide_variants()  # until they are read, right after this paint (`_select_first_post`)
        else:
            self.show_variants()

    # -- the selected post's market variants -----------------------------------------------------
    def _hide_variants(self) -> None:
        self._variants_of = None
        self.variants_list.clear()
        self.variants_list.hide()
        self.open_variant_button.hide()
        self.variants_label.setText("")

    def show_variants(self) -> None:
        """List the post's variants: market, language, status, and whether the master changed since."""
        self.variants_list.clear()
        post = self.editor.post
        self._variants_of = post.id if post is not None else None
        found = posts.market_variants(self.workspace, post.id) if post is not None and self.workspace else []
        for variant, stale in found:
            pattern = self.tr("{0} · {1} · out of date") if stale else self.tr("{0} · {1}")
            text = pattern.format(variant.market, status_label(variant.status))
            item = QListWidgetItem(text)
            item.setData(VARIANT_ROLE, variant.id)
            item.setData(STALE_ROLE, stale)
            item.setToolTip(
                self.tr("{0} variant in {1}. The master changed since it was adapted.").format(
                    variant.market, language_label(variant.language)
                )
                if stale
                else self.tr("{0} variant in {1}.").format(variant.market, language_label(variant.language))
            )
            if stale:
                item.setForeground(QColor("#b06a00"))
            self.variants_list.addItem(item)
        self.variants_list.setVisible(bool(found))
        self.open_variant_button.setVisible(bool(found))
        self.open_variant_button.setEnabled(False)
        self._retitle_variants(len(found))

    def _retitle_variants(self, count: int) -> None:
        if self.editor.post is None or self._variants_of != self.editor.post.id:  # none, or not read yet
            self.variants_label.setText("")
        elif count:
            self.variants_label.setText(
                i18n.count(count, self.tr("Market variant ({0})"), self.tr("Market variants ({0})"))
            )
        else:
            self.variants_label.setText(self.tr("No market variants yet."))

    def open_selected_variant(self) -> None:
        item = self.variants_list.currentItem()
        if item is not None:
            self.variant_requested.emit(item.data(VARIANT_ROLE))

    def new_post(self) -> str | None:
        if self.workspace is None:
            return None
        executive_id = self.executive_combo.currentData()
        if executive_id is None:
            found = posts.executives(self.workspace)
            if not found:
                PostPrompts.no_executive(self)
                return None
            executive_id = found[0].id
        if not self.editor.save():
            return None
        post = posts.new_post(
            self.workspace,
            executive_id,
            actor=self.context.actor,
            title=self.tr("New post"),
            language=self.language_combo.currentData() or "en",
        )
        self.search_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self.apply_filter()
        row = self.model.row_of(post.id)
        if row >= 0:
            self.table.selectRow(row)
        else:  # sorted by a column, the new post may be further down than the rows read so far
            self.table.clearSelection()
            self.editor.load(post.id)
            self.show_variants()
        self.editor.body.setFocus()
        return post.id

    def delete_post(self) -> None:
        post = self.editor.post
        if post is None or not PostPrompts.confirm_delete(self, post.title or post.body[:40]):
            return
        self.editor.dirty = False
        posts.delete(self.workspace, post.id, actor=self.context.actor)
        self.editor.clear()
        self.show_variants()
        self.apply_filter()

    def edit_check_lists(self) -> None:
        if self.workspace is None:
            return
        from ghostdesk.services import checks

        current = {kind: checks.terms(self.workspace, kind) for kind in checks.EDITABLE_KINDS}
        from ghostdesk.ui.dialogs.post_check_lists_dialog import PostCheckListsDialog  # loaded when first opened

        chosen = PostCheckListsDialog.edit(self, current)
        if chosen is None:
            return
        try:
            for kind, lines in chosen.items():
                checks.set_terms(self.workspace, kind, lines)
        except GhostDeskError as exc:
            PostPrompts.error(self, exc)
            return
        if self.editor.post is not None:
            self.editor._refresh_check_context()
            self.editor.run_checks()

    # -- language --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Posts"))
        self.new_button.setText(self.tr("New post"))
        self.delete_button.setText(self.tr("Move to trash"))
        self.lists_button.setText(self.tr("Check lists…"))
        self.open_variant_button.setText(self.tr("Open variant"))
        self.variants_list.setToolTip(self.tr("Double-click a variant to open it in the Variants page."))
        if self._variants_of is not None and self.workspace is not None:
            self.show_variants()  # each line says the variant's status and "out of date" in words
        else:
            self._retitle_variants(self.variants_list.count())
        self.search_edit.setPlaceholderText(self.tr("Search posts (title, text, hashtags)…"))
        self._fill_combo(
            self.status_combo, [(self.tr("All statuses"), None), *[(status_label(s), s.value) for s in PostStatus]]
        )
        self._fill_combo(
            self.language_combo, [(self.tr("All languages"), None), *[(language_label(c), c) for c in LANGUAGES]]
        )
        self._fill_combo(
            self.date_combo,
            [
                (self.tr("Any time"), None),
                (self.tr("Last 7 days"), 7),
                (self.tr("Last 30 days"), 30),
                (self.tr("Last 12 months"), 365),
            ],
        )
        if self.executive_combo.count():
            self.executive_combo.setItemText(0, self.tr("All executives"))
        self.model.retranslate()
        if self._sort is not None and self._sort.column == "language" and self.workspace is not None:
            self._sort = PostSort("language", self._sort.descending, self._group_order("language"))
            self.model.set_sort(self._sort)  # by the names in the new language
        self._update_count()

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
