"""UI: the main window — sidebar of the product's areas, their pages, the File menu and the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QSize, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ghostdesk import APP_NAME, __version__
from ghostdesk.services import workspaces
from ghostdesk.ui import icons, qt_values, theme
from ghostdesk.ui.assist_menu import ToolsMenu
from ghostdesk.ui.context import AppContext
from ghostdesk.ui.i18n import date_format, follow_language
from ghostdesk.ui.trash_action import TrashAction
from ghostdesk.ui.views.pages import Page, PageSpec, page_specs
from ghostdesk.ui.widgets.remembered import RememberedGeometry
from ghostdesk.ui.workspace_controller import WorkspaceController

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # named at import, it would make the Python types of QEvent's family


ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole, as a plain int (ui/qt_values.py)
SIDEBAR_WIDE = 190  # px the sidebar starts at in a wide window (it never gets narrower than its longest label)
COMPACT_BELOW = 1000  # px of window width under which the sidebar shows its icons only
ICON = 22


class MainWindow(RememberedGeometry, QMainWindow):
    """UI: the application window."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.controller = WorkspaceController(context, self)
        self.specs: list[PageSpec] = page_specs()
        self.pages: dict[str, Page] = {}
        self.setWindowIcon(icons.app_icon())
        self.resize(1180, 760)
        self._build_body()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.retranslate_ui()
        follow_language(self)  # no changeEvent override: see ui/i18n.py
        self.restore_geometry()
        self.sidebar.setCurrentRow(0)  # builds the first page, which reads the context's workspace itself
        self._show_workspace_state(context.workspace)

    # -- construction ----------------------------------------------------------------------------
    def _build_body(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(ICON, ICON))
        self.sidebar.setSpacing(2)
        self.sidebar_compact = False  # icons only, each label in its tooltip (a narrow window: see fit_sidebar)
        self.stack = QStackedWidget()
        for spec in self.specs:
            item = QListWidgetItem(icons.icon(spec.icon), "")
            item.setData(qt_values.USER_ROLE, spec.key)
            self.sidebar.addItem(item)
            # A page is built the first time it is shown: start-up pays only for the first one.
            self.stack.addWidget(QWidget())
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SIDEBAR_WIDE, 1180 - SIDEBAR_WIDE])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _build_actions(self) -> None:
        c = self.controller
        self.act_new = QAction(self, triggered=c.create_new)
        self.act_open = QAction(self, triggered=c.choose_and_open)
        self.act_demo = QAction(self, triggered=c.open_demo)  # a newcomer's way to the finished example
        self.act_copy = QAction(self, triggered=c.save_copy)
        self.act_backup = QAction(self, triggered=c.backup_now)
        self.act_restore = QAction(self, triggered=c.restore_from_backup)
        self.act_check = QAction(self, triggered=c.check_workspace)
        self.act_settings = QAction(self, triggered=self.edit_settings)
        self.act_quit = QAction(self, triggered=self.close)
        self.act_about = QAction(self, triggered=self.show_about)
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.workspace_actions = [self.act_copy, self.act_backup, self.act_check]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addActions([self.act_new, self.act_open])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.act_demo)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_copy, self.act_backup, self.act_restore, self.act_check])
        self.file_menu.addAction(TrashAction(self, self.file_menu))
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_settings, self.act_quit])
        self.tools_menu = ToolsMenu(self)
        bar.addMenu(self.tools_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_about)

    def _build_status_bar(self) -> None:
        self.path_label = QLabel()
        self.path_label.setProperty("textInteractionFlags", qt_values.TEXT_SELECTABLE_BY_MOUSE)
        self.state_label = QLabel()
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.state_label)

    def _connect(self) -> None:
        # Every cross-widget connection in one place.
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self.controller.workspace_changed.connect(self._on_workspace_changed)
        self.controller.busy.connect(self.busy_label.setText)
        self.controller.backup_taken.connect(self._update_status)
        self.controller.workspace_missing.connect(self._on_workspace_missing)

    def _restorable_splitters(self) -> list[QSplitter]:
        # Restored before any page is built, so the window's own splitter is the only one. Searching the children
        # for it (the default) would make a Python wrapper, and create the Python type, of every child widget.
        return [self.splitter]

    # -- behaviour -------------------------------------------------------------------------------
    def page(self, key: str) -> Page:
        """The page for `key`, built now if it has not been shown yet."""
        if key not in self.pages:
            index = [spec.key for spec in self.specs].index(key)
            page = self.specs[index].factory()
            page.setObjectName(f"page_{key}")
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
            page.set_workspace(self.context)
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        index = [spec.key for spec in self.specs].index(key)
        self.sidebar.setCurrentRow(index)
        return self.page(key)

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.page(self.specs[row].key)
            self.stack.setCurrentIndex(row)

    def current_page_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def _on_workspace_changed(self, workspace) -> None:
        for page in self.pages.values():
            page.set_workspace(self.context)
        self._show_workspace_state(workspace)

    def _show_workspace_state(self, workspace) -> None:
        for action in self.workspace_actions:
            action.setEnabled(workspace is not None)
        self._update_title()
        self._update_status()

    def _update_title(self) -> None:
        ws = self.context.workspace
        if ws is None:
            self.setWindowTitle(APP_NAME)
            return
        title = f"{workspaces.workspace_name(ws)} — {APP_NAME}"
        if ws.read_only:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)

    def _update_status(self) -> None:
        ws = self.context.workspace
        if ws is None:
            self.path_label.setText(self.tr("No workspace open"))
            self.state_label.setText("")
            return
        self.path_label.setText(str(ws.path))
        if ws.read_only:
            from ghostdesk.ui.workspace_controller import read_only_status

            self.state_label.setText(read_only_status(ws.read_only_reason))
            return
        newest = workspaces.last_backup(ws.path)
        if newest is None:
            self.state_label.setText(self.tr("No backup yet"))
        else:
            moment = QDateTime.fromSecsSinceEpoch(int(newest.taken_at.timestamp()))
            locale = QLocale()
            time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
            when = locale.toString(moment, f"{date_format()} {time_format}")  # 11/30/2026, never 11/30/26
            self.state_label.setText(self.tr("Last backup: {0}").format(when))

    def _on_workspace_missing(self) -> None:
        self.state_label.setText(self.tr("File missing: save a copy"))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [Path(p) for p in self.context.settings.recent_workspaces]
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.controller.open_path(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent workspaces"))
            empty.setEnabled(False)

    def edit_settings(self) -> None:
        from ghostdesk.ui.dialogs.settings_dialog import SettingsDialog  # loaded when first opened

        chosen = SettingsDialog.edit(self, self.context.settings)
        if chosen is None:
            return
        language_changed = chosen.language != self.context.settings.language
        self.context.settings = chosen
        self.context.save_settings()
        if language_changed:
            self.context.languages.apply(chosen.language)
        theme.apply(QApplication.instance(), chosen.theme)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # its Python type is made on first use, not at start-up

        from ghostdesk.services import locations

        about = self.tr(
            "GhostDesk {0}\n\nWrite in an executive's voice, adapt each post for every market, plan the "
            "ambassadors' waves and send each one a personal share kit. Everything stays in one local file."
        ).format(__version__)
        # Where things are, for a person looking for their files or asked for a crash report.
        where = self.tr("Settings: {0}\nLogs and crash reports: {1}").format(
            locations.config_dir(), locations.log_dir()
        )
        QMessageBox.about(self, self.tr("About GhostDesk"), f"{about}\n\n{where}")

    # -- Qt overrides ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.act_new.setText(self.tr("&New workspace…"))
        self.act_open.setText(self.tr("&Open…"))
        self.act_demo.setText(self.tr("Open the &demo workspace"))
        self.act_copy.setText(self.tr("Save a &copy…"))
        self.act_backup.setText(self.tr("&Back up now"))
        self.act_restore.setText(self.tr("&Restore from backup…"))
        self.act_check.setText(self.tr("C&heck workspace"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_about.setText(self.tr("&About GhostDesk"))
        self.fit_sidebar()
        self._update_title()
        self._update_status()

    def setVisible(self, visible: bool) -> None:
        # Not showEvent: an event override would make PySide6 create QEvent's Python types at the first show.
        super().setVisible(visible)
        if visible:
            self.fit_sidebar()
        if visible and not hasattr(self, "warmup"):  # the other pages' code loads while idle (ui/warmup.py)
            from ghostdesk.ui.warmup import DELAY_MS, WarmUp

            self.warmup = WarmUp(self)
            self.warmup.start()
            QTimer.singleShot(DELAY_MS, self, self.bind_shortcuts)

    def bind_shortcuts(self) -> None:
        """Every binding the platform has for each standard key (Qt's setShortcuts(StandardKey)); the
        single-sequence setShortcut(StandardKey) would also make PySide6 create the `Qt` namespace's enums
        (ui/qt_values.py). Bound once the window is up, with the warm-up: naming `QKeySequence` makes its
        Python type and its 71-member `StandardKey` (≈1.5 ms) — nothing on the first screen shows a shortcut."""
        from PySide6.QtGui import QKeySequence

        self.act_new.setShortcuts(QKeySequence.StandardKey.New)
        self.act_open.setShortcuts(QKeySequence.StandardKey.Open)
        self.act_settings.setShortcuts(QKeySequence.StandardKey.Preferences)
        self.act_quit.setShortcuts(QKeySequence.StandardKey.Quit)
        # The sidebar follows the window's width from now on (a signal of the native window: no event override,
        # see setVisible); the first show already fitted it to the width the window opened at.
        handle = self.windowHandle()
        if handle is not None:
            handle.widthChanged.connect(self.fit_sidebar)
        self.fit_sidebar()  # a resize in the moment before (a window manager maximising the window) counts too

    def fit_sidebar(self, *_args) -> None:
        """Labels and as wide as the longest one in the current language; icons only (labels in tooltips) in a
        window narrower than COMPACT_BELOW, so an 800-px screen leaves the pages ≈140 px more for their rows."""
        compact = self.width() < COMPACT_BELOW
        labels = [spec.label() for spec in self.specs]
        for row, label in enumerate(labels):
            item = self.sidebar.item(row)
            item.setText("" if compact else label)
            item.setToolTip(label)
            item.setData(ACCESSIBLE_TEXT_ROLE, label)
        frame = 2 * self.sidebar.frameWidth()
        if compact != self.sidebar_compact:
            self._draw_sidebar_icons_only(compact)
        if compact:
            self.sidebar.setFixedWidth(ICON + 2 * 13 + frame)
            sizes = self.splitter.sizes()  # the page takes the width the labels gave up
            self.splitter.setSizes([self.sidebar.width(), max(sum(sizes) - self.sidebar.width(), 0)])
        else:
            longest = max(self.sidebar.fontMetrics().horizontalAdvance(label) for label in labels)
            self.sidebar.setMinimumWidth(ICON + longest + 40 + frame)  # icon, its gap, the row's padding
            self.sidebar.setMaximumWidth(16777215)
            if self.sidebar_compact:  # back from icons only: labels again, at the width the window starts with
                sizes = self.splitter.sizes()
                wide = max(SIDEBAR_WIDE, self.sidebar.minimumWidth())
                self.splitter.setSizes([wide, max(sum(sizes) - wide, 0)])
        self.sidebar_compact = compact

    def _draw_sidebar_icons_only(self, compact: bool) -> None:
        """Icons only: each row's icon centred, its selection one block (an empty label still drew its own
        framed block beside the icon). A wide sidebar keeps Qt's own delegate."""
        if not compact:
            self.sidebar.setItemDelegate(self._wide_delegate)
            return
        if not hasattr(self, "_icons_delegate"):  # made once, kept for every later switch
            from ghostdesk.ui.widgets.icon_only_delegate import IconOnlyDelegate

            self._wide_delegate = self.sidebar.itemDelegate()
            self._icons_delegate = IconOnlyDelegate(self.sidebar)
        self.sidebar.setItemDelegate(self._icons_delegate)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.controller.close_workspace()
        super().closeEvent(event)
