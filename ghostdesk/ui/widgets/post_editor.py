"""UI: the post editor — fields, body with finding underlines and the feed fold, live counters per network,
feed preview, faux-pas findings, optional voice score, autosave, workflow and sign-off."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal

# QTextCharFormat and QTextDocument: Qt makes a class's Python type (and its enums) on first use, ≈5 ms for
# these two, which the first post's fold shading needs; this module loads while the window is idle (ui/warmup.py),
# so they are made then rather than in the page's first paint.
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ghostdesk.domain import networks
from ghostdesk.domain.checks import Finding
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.posts import LANGUAGES, LOCKED, Post, SignOff, allowed_targets, hashtags_in, mentions_in
from ghostdesk.services import posts
from ghostdesk.ui.dialogs.post_prompts import PostPrompts
from ghostdesk.ui.tasks import run_in_background
from ghostdesk.ui.widgets.assist_studio import PostAssist
from ghostdesk.ui.widgets.elided_combo import ElidedComboBox
from ghostdesk.ui.widgets.flow_layout import FlowRow
from ghostdesk.ui.widgets.menu_button import MenuToolButton
from ghostdesk.ui.widgets.network_counters import counter_labels
from ghostdesk.ui.widgets.post_attachments import PostComments, PostImages
from ghostdesk.ui.widgets.post_body_edit import PostBodyEdit
from ghostdesk.ui.widgets.post_findings import fill_findings
from ghostdesk.ui.widgets.post_labels import (
    SEVERITY_COLOURS,
    STATUS_COLOURS,
    finding_text,
    language_label,
    local_time,
    status_label,
)
from ghostdesk.ui.widgets.post_preview import PostPreview, RoundedPanel, StatusChip, WrappedLabel

if TYPE_CHECKING:
    from ghostdesk.services import spelling

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1000  # a kill loses at most this much typing (plus one write)
CHECK_MS = 300
VOICE_MS = 800
# A dictionary takes about half a second of Python to load, in a worker that still holds the interpreter lock:
# started with the first post it slowed the page's first paint down several times. It starts once the page
# has been idle this long (the checks and the voice score are there at once; spelling follows).
SPELLER_DELAY_MS = 700
BODY_SCALE = 1.1  # the body's text, a little larger than the window's
EDITOR_NETWORKS = ("linkedin", "x", "weibo", "xing", "facebook")
OVER_COLOUR = "#d0302f"  # a counter over its network's limit
_READ = object()  # `_update_status`: read the sign-off

# voice_scorer(executive_id, text, language) -> object with .score (0–100) and .dimensions (each .name, .advice)
VoiceScorer = Callable[[str, str, str], Any]


def _mark_over(label: QLabel, over: bool) -> None:
    """A counter over its network's limit is red and bold. A palette and a font, not a style sheet: the first style
    sheet in the window made a style of its own for the label (≈0.5 ms on the page's first paint)."""
    label.setProperty("over", over)
    font = label.font()
    font.setBold(over)
    label.setFont(font)
    palette = QPalette()  # nothing set: the label follows the window's palette again
    if over:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor(OVER_COLOUR))
    label.setPalette(palette)


def _single_shot(parent: QWidget, interval: int, slot: Callable[[], Any]) -> QTimer:
    """A single-shot timer. Not `QTimer(parent, singleShot=True, interval=…, timeout=…)`: PySide sets keyword
    arguments through the meta-object, which costs about 40% more than the three calls (measured: 29 against 21 µs
    a timer; the editor makes four when the page opens)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer


class _SidePane(QScrollArea):
    """UI: the preview card, voice score and tabs; on a short window (600 px high) they scroll rather than squeeze
    the card's lines over one another. As narrow as its contents allow, never narrower (no sideways scrolling)."""

    def __init__(self, contents: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(contents)
        # Both show the window's own background (its colour is theirs): left to fill it themselves, they are opaque,
        # and Qt painted the pane's contents twice in the page's first frame (once as an opaque widget of their own,
        # once with the rest of the page).
        contents.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), super().minimumSizeHint().height())


class _TightTabsStyle(QProxyStyle):
    """UI: the application's style with less room either side of a tab's name (the style's ≈24 px a tab, less
    10): the side pane's three tabs then fit it at 1180 px in English and French ("Contrôles", "Commentaires",
    "Images"). Sizing and painting both ask this metric, so a tab is narrower without its name being elided."""

    TRIM = 10

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        value = super().pixelMetric(metric, option, widget)
        return value - self.TRIM if metric == QStyle.PixelMetric.PM_TabBarTabHSpace else value


class _SideTabs(QTabWidget):
    """UI: the findings/comments/images tabs: they ask for their minimum height only and take what is left."""

    def __init__(self) -> None:
        super().__init__()
        self._tab_style = _TightTabsStyle()  # kept here: a widget does not own the style it is given
        self.tabBar().setStyle(self._tab_style)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumSizeHint().height())


class PostEditor(QWidget):
    """UI: edits one post at a time. `load(post_id)`; saves on Ctrl+S and when another post is loaded."""

    post_saved = Signal(str)
    status_changed = Signal(str)
    editing_changed = Signal(bool)  # a post is loaded and editable (True) or the editor is empty/read-only

    def __init__(self, parent: QWidget | None = None, voice_scorer: VoiceScorer | None = None) -> None:
        super().__init__(parent)
        self.voice_scorer = voice_scorer
        self.context = None
        self.post: Post | None = None
        self.findings: list[Finding] = []
        self._check_context = None
        self._executive_titles: dict[str, str] = {}
        self.speller: spelling.Speller | None = None
        self.misspellings: list[spelling.Misspelling] = []
        self._personal_words: set[str] = set()
        self._feedback_pending: str | None = None  # the post whose checks and voice score follow the paint
        self._executives_later = False  # the executives' list comes after the first paint (`set_context`)
        self._loading = False
        self.dirty = False
        self._build()
        self._autosave_timer = _single_shot(self, AUTOSAVE_MS, self.autosave_now)
        self._check_timer = _single_shot(self, CHECK_MS, self.run_checks)
        self._voice_timer = _single_shot(self, VOICE_MS, self.score_voice)
        self._speller_timer = _single_shot(self, SPELLER_DELAY_MS, self._start_speller)
        self._speller_language: str | None = None
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.retranslate_ui()
        self._set_enabled(False)

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The recovery banner (`banner`) is built the first time it has something to say, at the top.
        self._banner: RoundedPanel | None = None

        # Rows of buttons and check boxes wrap onto a second line when the window is narrow (an 800-px screen, the
        # longer French words) rather than widen the window or hide anything.
        status_row = QHBoxLayout()
        self.status_chip = StatusChip()
        self.status_chip.setObjectName("statusChip")
        self.approval_label = WrappedLabel()
        self.approval_label.setForegroundRole(QPalette.ColorRole.Dark)  # a style sheet costs a style per widget
        self.move_button = MenuToolButton()
        self.move_menu = QMenu(self)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.move_button.setMenu(self.move_menu)
        self.signoff_button = QPushButton(clicked=self.record_signoff)
        self.save_button = QPushButton(clicked=self.save)
        self.save_button.setDefault(True)
        actions = FlowRow(align_right=True)
        actions.addWidget(self.move_button)
        actions.addWidget(self.signoff_button)
        actions.addWidget(self.save_button)
        status_row.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(actions, 1)
        layout.addLayout(status_row)
        self.approval_label.setWordWrap(True)
        layout.addWidget(self.approval_label)

        fields = QHBoxLayout()
        self.title_edit = QLineEdit()
        # Narrow, a long name is elided rather than widening the editor.
        self.executive_combo = ElidedComboBox(letters=10)
        self.language_combo = ElidedComboBox(letters=6)
        for code in LANGUAGES:
            self.language_combo.addItem(code, code)
        fields.addWidget(self.title_edit, 3)
        fields.addWidget(self.executive_combo, 2)
        fields.addWidget(self.language_combo, 1)
        layout.addLayout(fields)

        nets = FlowRow()
        self.networks_label = QLabel()
        nets.addWidget(self.networks_label)
        self.network_checks: dict[str, QCheckBox] = {}
        for network_id in EDITOR_NETWORKS:
            box = QCheckBox(networks.NETWORKS[network_id].name)
            box.toggled.connect(self._on_changed)
            self.network_checks[network_id] = box
            nets.addWidget(box)
        layout.addWidget(nets)
        # The document actions get a row of their own, so the editor stays usable on a narrow window.
        documents_row = FlowRow()
        documents = documents_row.flow
        self.import_button = QPushButton(clicked=self.import_draft)
        self.export_button = QPushButton(clicked=self.export_review_copy)
        self.history_button = QPushButton(clicked=self.show_history)
        documents.addWidget(self.import_button)
        documents.addWidget(self.export_button)
        documents.addWidget(self.history_button)
        layout.addWidget(documents_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("postEditorSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.body = PostBodyEdit()
        self.body.menu_provider = self._spelling_menu
        self.body.setObjectName("postBody")
        self.body.setTabChangesFocus(True)
        font = self.body.font()
        font.setPointSizeF(font.pointSizeF() * BODY_SCALE)
        self.body.setFont(font)
        left_layout.addWidget(self.body, 1)
        self.assist = PostAssist(self)  # writing-assistant actions: a menu button, the body's menu, a busy bar
        documents.insertWidget(3, self.assist)
        left_layout.addWidget(self.assist.busy_bar)
        counters = FlowRow()
        self.counters_row = counters.flow
        self.counter_labels: dict[str, QLabel] = {}
        left_layout.addWidget(counters)
        self.links_edit = QLineEdit()
        self.notes_edit = QLineEdit()
        left_layout.addWidget(self.links_edit)
        left_layout.addWidget(self.notes_edit)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # Put in its scroll area while still empty: QScrollArea.setWidget sizes the widget it is given (its minimum
        # and preferred sizes, its height at the area's width), which for the filled column meant laying the card's
        # texts out for widths nobody sees; the column is laid out once the page is shown.
        side_pane = _SidePane(right)
        self.preview = PostPreview()
        self.preview.device_changed.connect(self._apply_selections)
        right_layout.addWidget(self.preview)
        self.voice_label = QLabel()
        self.voice_label.setWordWrap(True)
        self.voice_label.hide()
        right_layout.addWidget(self.voice_label)
        self.side_tabs = _SideTabs()
        # No frame around the tab's page (each page has its own: the findings list's, the comments'): Qt's tab
        # frame is painted by filling its whole area first, ≈1 ms of each paint of the page for a border.
        self.side_tabs.setDocumentMode(True)
        # Every tab stays in view on a narrow pane (elided, its whole name in the tooltip), never behind arrows.
        self.side_tabs.setUsesScrollButtons(False)
        self.side_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.findings_list = QListWidget()
        self.findings_list.setWordWrap(True)
        self.findings_list.itemActivated.connect(self._select_finding)
        self.findings_list.itemClicked.connect(self._select_finding)
        # The Comments and Images tabs are not on the first screen: their widgets are built when first needed
        # (`comments`, `images`); until then each tab holds an empty page and the editor keeps the post they show.
        self._comments: PostComments | None = None
        self._images: PostImages | None = None
        self._comments_of: tuple = (None, None, "", False)  # workspace, post id, actor, read later
        self._images_of: tuple = (None, None, "", 0)  # workspace, post id, actor, count
        self._tab_pages = (QWidget(), QWidget())
        for page in self._tab_pages:
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.side_tabs.addTab(self.findings_list, "")
        self.side_tabs.addTab(self._tab_pages[0], "")
        self.side_tabs.addTab(self._tab_pages[1], "")
        self.side_tabs.currentChanged.connect(self._on_tab_shown)
        # The tabs take the height left under the card (at least a few lines): their own preferred height would
        # make the pane scroll on a window that has room for everything.
        # Preferred at their minimum (not Ignored): an Ignored widget counts 0 px in the pane's height for its width,
        # and the layout then took the tabs' minimum from the card, cutting the card's text off on a narrow window.
        self.side_tabs.setMinimumHeight(6 * self.fontMetrics().height())
        right_layout.addWidget(self.side_tabs, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side_pane)
        # 5:4 leaves the side pane room for its three tabs, one with a count, at 1180 px in French.
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        layout.addWidget(self.splitter, 1)

        self.title_edit.textEdited.connect(self._on_changed)
        self.notes_edit.textEdited.connect(self._on_changed)
        self.links_edit.textEdited.connect(self._on_changed)
        self.body.textChanged.connect(self._on_body_changed)
        self.executive_combo.activated.connect(self._on_changed)
        self.language_combo.activated.connect(self._on_language_changed)

    # -- the recovery banner, built on first use ------------------------------------------------------
    @property
    def banner(self) -> RoundedPanel:
        """The banner above the editor ("Unsaved changes … were recovered", "sent back to review"): hidden until a
        post needs it, so it is built the first time one does (most posts never show it)."""
        if self._banner is None:
            banner = RoundedPanel(radius=4, fill=QColor("#fff4d6"))
            banner_row = QHBoxLayout(banner)
            banner_row.setContentsMargins(8, 4, 8, 4)
            self.banner_label = QLabel()
            self.banner_label.setWordWrap(True)
            text_colour = self.banner_label.palette()
            text_colour.setColor(QPalette.ColorRole.WindowText, QColor("#5a4300"))
            self.banner_label.setPalette(text_colour)
            self.discard_button = QPushButton(self.tr("Discard them"), clicked=self.discard_recovered)
            banner_row.addWidget(self.banner_label, 1)
            banner_row.addWidget(self.discard_button)
            banner.hide()
            self.layout().insertWidget(0, banner)
            self._banner = banner
        return self._banner

    def _hide_banner(self) -> None:
        if self._banner is not None:
            self._banner.hide()

    # -- the Comments and Images tabs, built on first use ----------------------------------------------
    @property
    def comments(self) -> PostComments:
        """The Comments tab's widget, built the first time it is needed (its tab shown, the comments read)."""
        if self._comments is None:
            comments = PostComments()
            comments.comments_changed.connect(self._retitle_tabs)
            workspace, post_id, actor, later = self._comments_of
            comments.set_post(workspace, post_id, actor, later=later)
            self._tab_pages[0].layout().addWidget(comments)
            self._comments = comments
        return self._comments

    @property
    def images(self) -> PostImages:
        """The Images tab's widget, built the first time it is needed (its tab shown); the tab's title needs only
        the count, read with the post."""
        if self._images is None:
            images = PostImages()
            images.before_change = self.save
            images.images_changed.connect(self._on_images_changed)
            workspace, post_id, actor, count = self._images_of
            images.set_post(workspace, post_id, actor, count=count)
            self._tab_pages[1].layout().addWidget(images)
            self._images = images
        return self._images

    def _show_attachments_of(self, post_id: str | None, *, later: bool = False, images: int = 0) -> None:
        """The post whose comments and images the tabs show (read now, or when their tab is shown; the comments
        with the checks when `later`)."""
        workspace, actor = (self.workspace, self.actor) if post_id is not None else (None, "")
        self._comments_of = (workspace, post_id, actor, later)
        self._images_of = (workspace, post_id, actor, images)
        if self._comments is not None or (post_id is not None and not later):
            self.comments.set_post(workspace, post_id, actor, later=later)
        if self._images is not None:
            self._images.set_post(workspace, post_id, actor, count=images)

    def _on_tab_shown(self, index: int) -> None:
        widget = self.comments if index == 1 else self.images if index == 2 else None
        if widget is not None and widget.isHidden():
            widget.show()  # now, not when the layout gets round to it: the tab shows its contents at once

    # -- context and loading ---------------------------------------------------------------------
    @property
    def workspace(self):
        return self.context.workspace if self.context else None

    @property
    def actor(self) -> str:
        return self.context.actor if self.context else "unknown"

    def set_context(self, context, executives=None, *, later: bool = False) -> None:
        """`executives`: the workspace's executives when the caller has just read them (read here otherwise);
        `later`: the caller gives them to `refresh_executives` later (meanwhile a loaded post's executive is the
        list's one entry, read with the post)."""
        self.context = context
        self.post = None
        self.refresh_executives([] if later else executives)
        self._executives_later = later and self.workspace is not None
        self.clear()

    def refresh_executives(self, executives=None) -> None:
        """Re-read the executives (another page may have added or renamed one), keeping the choice; `executives`:
        the list the caller has just read for its own filter (one read for both)."""
        self._executives_later = False
        current = self.executive_combo.currentData()
        loading, self._loading = self._loading, True
        self.executive_combo.clear()
        self._executive_titles = {}
        if self.workspace is not None:
            for executive in posts.executives(self.workspace) if executives is None else executives:
                self.executive_combo.addItem(executive.name, executive.id)
                self._executive_titles[executive.id] = executive.title
        self.executive_combo.setCurrentIndex(self.executive_combo.findData(current))
        self._loading = loading

    def clear(self) -> None:
        self._loading = True
        self.post = None
        self._feedback_pending = None
        self.dirty = False
        self.title_edit.clear()
        self.body.clear()
        self.notes_edit.clear()
        self.links_edit.clear()
        self.findings = []
        self.findings_list.clear()
        self._show_attachments_of(None)
        self._hide_banner()
        self._loading = False
        self._set_enabled(False)
        self._update_status()
        self._update_live()

    def load(self, post_id: str, *, feedback_later: bool = False) -> None:
        """Show a post; unsaved edits of the previous one are saved first, autosaved edits are recovered.

        `feedback_later`: the checks and the voice score (their rules and analysis load on first use) wait for
        `finish_feedback()`, which the caller runs after the next paint; the checks panel says so meanwhile. The
        page opens this way, so its first screen shows the post without waiting for them."""
        if self.post is not None and self.post.id == post_id:
            return
        if not self.save():
            self.autosave_now()  # a refused save (the user was told why) still keeps the text for recovery
        opened = posts.open_post(self.workspace, post_id)  # the post, its autosave and sign-off: one statement
        post, recovered = opened.post, opened.recovered
        self._loading = True
        self.post = post
        shown = recovered[0] if recovered else post
        self.title_edit.setText(shown.title)
        self.title_edit.setCursorPosition(0)  # a long title shows its start when the field is narrow
        self.notes_edit.setText(shown.notes)
        self.links_edit.setText(" ".join(shown.links))
        index = self.executive_combo.findData(shown.executive_id)
        if index < 0 and self._executives_later:  # the list is not read yet (`set_context(later=True)`)
            if opened.executive_name and shown.executive_id == post.executive_id:
                # Until it comes, the post's own executive (read with the post) is the list's one entry.
                self.executive_combo.addItem(opened.executive_name, post.executive_id)
                self._executive_titles[post.executive_id] = opened.executive_title
            else:  # recovered edits chose another executive: read the list now
                self.refresh_executives()
            index = self.executive_combo.findData(shown.executive_id)
        self.executive_combo.setCurrentIndex(index)
        self.language_combo.setCurrentIndex(self.language_combo.findData(shown.language))
        for network_id, box in self.network_checks.items():
            box.setChecked(network_id in shown.networks)
        self.body.setPlainText(shown.body)
        self._loading = False
        self.dirty = recovered is not None
        if recovered:
            self._show_banner(
                self.tr("Unsaved changes from {0} were recovered. Save to keep them.").format(local_time(recovered[1])),
                discard=True,
            )
        else:
            self._hide_banner()
        self._set_enabled(True)
        self._show_attachments_of(post.id, later=feedback_later, images=len(post.image_hashes))
        self._feedback_pending = None
        self._read_tags_on_use()
        if feedback_later:
            self._check_context = None
            self.findings, self.misspellings = [], []
            self.voice_label.hide()
            self._feedback_pending = post.id
            self._show_checking()
            self._update_status(opened.signoff)
            self._update_live()
            return
        self._refresh_check_context()
        self._update_status(opened.signoff)
        self._update_live()
        self.run_checks()
        self.score_voice()

    @property
    def feedback_pending(self) -> bool:
        """The shown post's checks and voice score are still to come (see `load(feedback_later=True)`)."""
        return self._feedback_pending is not None and self.post is not None and self._feedback_pending == self.post.id

    def finish_feedback(self) -> None:
        """Run the checks and the voice score that `load(feedback_later=True)` left for after the paint."""
        if not self.feedback_pending or self.workspace is None:
            return
        self._feedback_pending = None
        self.comments.load()  # their tab's count, too
        self._refresh_check_context()
        self.run_checks()
        self.score_voice()

    def _show_checking(self) -> None:
        self.findings_list.clear()
        item = QListWidgetItem(self.tr("Checking…"))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.findings_list.addItem(item)
        self._retitle_tabs()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.title_edit,
            self.executive_combo,
            self.language_combo,
            self.body,
            self.notes_edit,
            self.links_edit,
            self.move_button,
            self.signoff_button,
            self.save_button,
            self.import_button,
            self.export_button,
            self.history_button,
            *self.network_checks.values(),
        ):
            widget.setEnabled(enabled and not (self.workspace is not None and self.workspace.read_only))
        self.assist.setEnabled(enabled and not self.assist.is_busy())  # its actions all need a post
        self.editing_changed.emit(enabled and not (self.workspace is not None and self.workspace.read_only))

    # -- composing -------------------------------------------------------------------------------
    def selected_networks(self) -> tuple[str, ...]:
        return tuple(n for n, box in self.network_checks.items() if box.isChecked())

    def compose(self) -> Post:
        """The post as the fields show it now."""
        assert self.post is not None
        body = self.body.toPlainText()
        return replace(
            self.post,
            title=self.title_edit.text(),
            body=body,
            notes=self.notes_edit.text(),
            links=tuple(self.links_edit.text().split()),
            executive_id=self.executive_combo.currentData() or self.post.executive_id,
            language=self.language_combo.currentData() or self.post.language,
            networks=self.selected_networks(),
            hashtags=tuple(dict.fromkeys(hashtags_in(body))),
            mentions=tuple(dict.fromkeys(mentions_in(body))),
        )

    # -- changes ---------------------------------------------------------------------------------
    def _on_body_changed(self) -> None:
        self._on_changed()

    def _on_language_changed(self) -> None:
        self._refresh_check_context()
        self._on_changed()

    def _on_changed(self, *_args) -> None:
        if self._loading or self.post is None:
            return
        self.dirty = True
        self._update_live()
        if not self._autosave_timer.isActive():
            # Not restarted on each key: steady typing is still kept every AUTOSAVE_MS.
            self._autosave_timer.start()
        self._check_timer.start()
        if self.voice_scorer is not None:
            self._voice_timer.start()

    def autosave_now(self) -> None:
        if self.post is None or not self.dirty or self.workspace is None or self.workspace.read_only:
            return
        try:
            posts.autosave(self.workspace, self.compose())
        except GhostDeskError as exc:  # the next timer tries again; never interrupt typing with a dialog
            log.warning("Autosave failed: %s", exc)

    def save(self) -> bool:
        """Save the fields as a version. Returns False when the save was refused (the user is told why)."""
        if self.post is None or not self.dirty or self.workspace is None:
            return True
        self._autosave_timer.stop()
        try:
            result = posts.save(self.workspace, self.compose(), actor=self.actor)
        except GhostDeskError as exc:
            PostPrompts.error(self, exc)
            return False
        self.post = result.post
        self.dirty = False
        if result.sent_back_to_review:
            self._show_banner(self.tr("This post was approved; your edit sent it back to review."))
        elif self._banner is not None and self._banner.isVisible() and self.discard_button.isVisible():
            self._banner.hide()
        self._update_status()
        self.post_saved.emit(self.post.id)
        return True

    def discard_recovered(self) -> None:
        if self.post is None:
            return
        post_id = self.post.id
        posts.discard_autosave(self.workspace, post_id)
        self.post = None
        self.dirty = False
        self.load(post_id)

    # -- workflow --------------------------------------------------------------------------------
    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        if self.post is None:
            return
        for target in allowed_targets(self.post.status):
            action = self.move_menu.addAction(status_label(target))
            action.setData(target.value)
            action.triggered.connect(lambda _c=False, t=target: self.move_to(t))

    def move_to(self, target) -> bool:
        if self.post is None or not self.save():
            return False
        try:
            self.post = posts.set_status(self.workspace, self.post.id, target, actor=self.actor)
        except GhostDeskError as exc:
            PostPrompts.error(self, exc)
            return False
        self._hide_banner()
        self._update_status()
        self.status_changed.emit(self.post.id)
        return True

    def record_signoff(self) -> None:
        if self.post is None or not self.save():
            return
        name = self.executive_combo.currentText()
        user = self.context.settings.user_name if self.context else ""  # a blank field, never "unknown"
        answer = PostPrompts.sign_off(self, user, name)
        if answer is None:
            return
        try:
            posts.sign_off(self.workspace, self.post.id, relayed_by=answer.relayed_by, how=answer.how, note=answer.note)
        except GhostDeskError as exc:
            PostPrompts.error(self, exc)
            return
        self._update_status()

    def _update_status(self, signoff: SignOff | object | None = _READ) -> None:
        """`signoff`: the current sign-off when the caller has just read it (`_READ`: read it here)."""
        if self.post is None:
            self.status_chip.setText("")
            self.status_chip.set_colour(None)
            self.approval_label.setText(self.tr("Choose a post, or create a new one."))
            return
        # Published and archived content is not edited in place: the workflow moves it back to draft first.
        locked = self.post.status in LOCKED or bool(self.workspace and self.workspace.read_only)
        self.body.setReadOnly(locked)
        self.links_edit.setReadOnly(locked)
        for widget in (self.language_combo, self.executive_combo, self.import_button, *self.network_checks.values()):
            widget.setEnabled(not locked)
        colour = STATUS_COLOURS[self.post.status]
        self.status_chip.setText(status_label(self.post.status))
        self.status_chip.set_colour(colour)
        parts = []
        if self.post.status in LOCKED:
            parts.append(self.tr("Locked: move it back to draft to change the text."))
        if self.post.approval:
            parts.append(
                self.tr("Approved by {0} on {1}").format(self.post.approval.by, local_time(self.post.approval.at))
            )
        if signoff is _READ:  # (no workspace: it was closed under a page that was not told)
            signoff = posts.current_signoff(self.workspace, self.post) if self.workspace is not None else None
        if signoff:
            parts.append(self.tr("signed off by the executive (relayed by {0})").format(signoff.relayed_by))
        self.approval_label.setText(" · ".join(parts))

    # -- live feedback ---------------------------------------------------------------------------
    def _update_live(self) -> None:
        text = self.body.toPlainText()
        selected = self.selected_networks() if self.post else ()
        for c, label, new in counter_labels(self.counter_labels, self.counters_row, text, selected):
            if new:
                label.setForegroundRole(QPalette.ColorRole.Dark)  # grey; red and bold when over (`_mark_over`)
                label.setProperty("over", False)
            name = networks.NETWORKS[c.network].name
            if c.limit is None:
                label.setText(self.tr("{0}: {1}").format(name, c.used))
            else:
                label.setText(self.tr("{0}: {1} / {2}").format(name, c.used, c.limit))
            if label.property("over") != c.over:  # each keystroke: only when it changes
                _mark_over(label, c.over)
        fold_network = next((n for n in selected if networks.NETWORKS[n].fold_desktop), "linkedin")
        name = self.executive_combo.currentText()
        self.preview.set_post(name, self._executive_title(), text, fold_network)
        self._apply_selections()

    def fold_index(self) -> int | None:
        selected = self.selected_networks()
        fold_network = next((n for n in selected if networks.NETWORKS[n].fold_desktop), "linkedin")
        return networks.fold_index(self.body.toPlainText(), fold_network, self.preview.device)

    def _executive_title(self) -> str:
        if self.post is None:
            return ""
        return self._executive_titles.get(self.executive_combo.currentData() or self.post.executive_id, "")

    def _refresh_check_context(self) -> None:
        if self.post is None:
            self._check_context = None
            return
        from ghostdesk.services import spelling  # with the checks, after the first paint

        self._personal_words = spelling.personal_words(self.workspace)
        self._read_tags_on_use()
        self._load_speller(self.language_combo.currentData() or self.post.language)
        from ghostdesk.services import checks  # the rules and market profiles: loaded with the first post shown

        self._check_context = checks.context_for(
            self.workspace,
            self.language_combo.currentData() or self.post.language,
            executive_id=self.post.executive_id,
        )

    def _read_tags_on_use(self) -> None:
        """The completer reads the workspace's tags when one is first typed (again after each change here)."""
        workspace = self.workspace
        self.body.set_tag_source(lambda: (posts.used_hashtags(workspace), posts.used_mentions(workspace)))

    def _load_speller(self, language: str) -> None:
        """Dictionaries take up to a second to load: load off the GUI thread, then check again."""
        from ghostdesk.services import spelling

        self.speller = None
        self.misspellings = []
        self._speller_timer.stop()
        if language not in spelling.SUPPORTED:
            return
        if spelling.is_loaded(language):
            self.speller = spelling.speller(language)
            return
        self._speller_language = language
        self._speller_timer.start()

    def _start_speller(self) -> None:
        language = self._speller_language
        if language is None:
            return
        from ghostdesk.services import spelling

        def loaded(speller) -> None:
            if not isValid(self):  # the editor went away (its page closed) while the dictionary loaded
                return
            current = self.language_combo.currentData() or (self.post.language if self.post else None)
            if speller is not None and speller.language == current:
                self.speller = speller
                self.run_checks()

        run_in_background(
            lambda _handle: spelling.speller(language),
            loaded,
            lambda exc: log.warning("No spelling dictionary for %s: %s", language, exc),
        )

    def _spelling_menu(self, menu: QMenu, position: int) -> None:
        hit = next((m for m in self.misspellings if m.start <= position <= m.end), None)
        if hit is None or self.speller is None:
            return
        for word in self.speller.suggestions(hit.word):
            action = menu.addAction(word)
            action.triggered.connect(lambda _c=False, w=word, m=hit: self._replace_word(m, w))
        if not menu.actions():
            none = menu.addAction(self.tr("No suggestions"))
            none.setEnabled(False)
        add = menu.addAction(self.tr("Add “{0}” to the dictionary").format(hit.word))
        add.triggered.connect(lambda _c=False, w=hit.word: self.add_to_dictionary(w))

    def _replace_word(self, hit: spelling.Misspelling, word: str) -> None:
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(hit.start)
        cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == hit.word:
            cursor.insertText(word)

    def add_to_dictionary(self, word: str) -> None:
        from ghostdesk.services import spelling

        try:
            spelling.add_to_dictionary(self.workspace, word)
        except GhostDeskError as exc:
            PostPrompts.error(self, exc)
            return
        self._personal_words = spelling.personal_words(self.workspace)
        self.run_checks()

    def run_checks(self) -> None:
        if self.feedback_pending:
            self.finish_feedback()  # the rules' context first; it runs the checks
            return
        if self.post is None or self._check_context is None:
            return
        body = self.body.toPlainText()
        context = replace(
            self._check_context,
            networks=self.selected_networks() or ("linkedin",),
            links=tuple(self.links_edit.text().split()),
            hashtags=(),
            mentions=(),
        )
        from ghostdesk.services import checks

        self.findings = checks.run(body, context)
        self.misspellings = self.speller.misspelled(body, self._personal_words) if self.speller else []
        fill_findings(self.findings_list, self.findings, finding_text, self.tr("No faux pas found."))
        self._retitle_tabs()
        self._apply_selections()

    def _apply_selections(self) -> None:
        selections = []
        text_length = len(self.body.toPlainText())
        fold = self.fold_index() if self.post else None
        if fold is not None:
            beyond = QTextEdit.ExtraSelection()
            beyond.format.setForeground(QColor("#9aa3ad"))
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(fold)
            cursor.setPosition(text_length, QTextCursor.MoveMode.KeepAnchor)
            beyond.cursor = cursor
            selections.append(beyond)
        for finding in self.findings:
            if not finding.has_span or finding.end > text_length:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            selection.format.setUnderlineColor(SEVERITY_COLOURS[finding.severity])
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(finding.start)
            cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        for hit in self.misspellings:
            if hit.end > text_length:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            selection.format.setUnderlineColor(QColor("#d0302f"))
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(hit.start)
            cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.body.setExtraSelections(selections)

    def _select_finding(self, item: QListWidgetItem) -> None:
        span = item.data(Qt.ItemDataRole.UserRole)
        if not span or span[0] < 0:
            return
        cursor = self.body.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def score_voice(self) -> None:
        if self.voice_scorer is None or self.post is None:
            self.voice_label.hide()
            return
        try:
            result = self.voice_scorer(
                self.executive_combo.currentData() or self.post.executive_id,
                self.body.toPlainText(),
                self.language_combo.currentData() or self.post.language,
            )
        except GhostDeskError as exc:
            log.info("Voice score unavailable: %s", exc)
            result = None
        if result is None:
            self.voice_label.hide()
            return
        advice = [f"• {d.advice}" for d in getattr(result, "dimensions", ()) if getattr(d, "advice", "")]
        self.voice_label.setText(
            "\n".join([self.tr("Voice match: {0} / 100").format(round(result.score)), *advice[:3]])
        )
        self.voice_label.show()

    def _show_banner(self, text: str, *, discard: bool = False) -> None:
        banner = self.banner  # built now, the first time
        self.banner_label.setText(text)
        self.discard_button.setVisible(discard)
        banner.show()

    def _retitle_tabs(self) -> None:
        # A tab names its count only when there is something to count: three "(0)" made the tabs wider than the
        # pane, and the last one hid behind scroll arrows (the empty tab says "No faux pas found" itself).
        findings = 0 if self.feedback_pending else len(self.findings)
        self._set_tab(0, self.tr("Checks"), self.tr("Checks ({0})"), findings)
        comments = self._comments
        count = comments.thread.count() if comments is not None and comments.loaded else 0
        self._set_tab(1, self.tr("Comments"), self.tr("Comments ({0})"), count)
        count = self._images.count() if self._images is not None else self._images_of[3]
        self._set_tab(2, self.tr("Images"), self.tr("Images ({0})"), count)

    def _set_tab(self, index: int, name: str, counted: str, count: int) -> None:
        text = counted.format(count) if count else name
        self.side_tabs.setTabText(index, text)
        self.side_tabs.setTabToolTip(index, text)  # whole, should a narrow pane elide the tab

    def _on_images_changed(self) -> None:
        before = self.post
        self.post = posts.get(self.workspace, self.post.id)
        if before is not None and before.status != self.post.status:
            self._show_banner(self.tr("This post was approved; your edit sent it back to review."))
        self._update_status()
        self._retitle_tabs()
        self.post_saved.emit(self.post.id)

    # -- history ---------------------------------------------------------------------------------
    def show_history(self) -> None:
        if self.post is None or not self.save():
            return
        from ghostdesk.ui.dialogs.post_history_dialog import PostHistoryDialog  # loaded when first opened

        number = PostHistoryDialog.choose_restore(self, posts.versions(self.workspace, self.post.id))
        if number is None:
            return
        try:
            result = posts.restore_version(self.workspace, self.post.id, number, actor=self.actor)
        except GhostDeskError as exc:
            PostPrompts.error(self, exc)
            return
        post_id = result.post.id
        self.post = None
        self.load(post_id)
        if result.sent_back_to_review:
            self._show_banner(self.tr("This post was approved; your edit sent it back to review."))
        self.post_saved.emit(post_id)

    # -- documents -------------------------------------------------------------------------------
    def import_draft(self) -> None:
        if self.post is None:
            return
        path = PostPrompts.import_file(self)
        if path is None:
            return
        from ghostdesk.services import post_documents  # .docx reading: loaded on first use

        try:
            draft = post_documents.import_draft(path)
        except GhostDeskError as exc:
            PostPrompts.error(self, exc)
            return
        if draft.title and not self.title_edit.text().strip():
            self.title_edit.setText(draft.title)
        self.body.setPlainText(draft.body)  # one undoable change; textChanged marks the post dirty
        self._on_changed()

    def export_review_copy(self):
        if self.post is None or not self.save():
            return None
        self.finish_feedback()  # the copy lists the findings
        suggested = (self.post.title or "post").replace("/", "-") + ".docx"
        path = PostPrompts.export_file(self, suggested)
        if path is None:
            return None
        questions = [line.strip() for line in self.post.notes.split(";") if line.strip().endswith("?")]
        findings = [finding_text(f)[0] for f in self.findings]
        labels = {
            "heading": self.tr("Review copy: {title}"),
            "networks": self.tr("Networks: {networks}"),
            "version": self.tr("Version {number}, content fingerprint {hash}"),
            "preview": self.tr("How the feed shows it (before “see more”)"),
            "questions": self.tr("Open questions"),
            "findings": self.tr("Points to check"),
            "signoff": self.tr("Your approval"),
            "signoff_line": self.tr("Approved as written: ____________  Date: ________"),
        }
        from ghostdesk.services import post_documents  # .docx writing: loaded on first use

        try:
            return post_documents.export_review_copy(
                self.workspace, self.post.id, path, questions=questions, findings=findings, labels=labels
            )
        except (GhostDeskError, OSError) as exc:
            if isinstance(exc, GhostDeskError):
                PostPrompts.error(self, exc)
            else:
                PostPrompts.error(self, GhostDeskError(str(exc)))
            return None

    # -- language --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title_edit.setPlaceholderText(self.tr("Internal title"))
        self.notes_edit.setPlaceholderText(
            self.tr("Internal notes (questions for the executive end with “?”; separate with “;”)")
        )
        self.links_edit.setPlaceholderText(self.tr("Links to go with the post (separate with spaces)"))
        self.body.setPlaceholderText(self.tr("Write the post in the executive's voice…"))
        self.networks_label.setText(self.tr("Networks:"))
        self.move_button.setText(self.tr("Move to"))
        self.signoff_button.setText(self.tr("Executive sign-off…"))
        self.save_button.setText(self.tr("Save"))
        self.import_button.setText(self.tr("Import draft…"))
        self.export_button.setText(self.tr("Review copy…"))
        self.history_button.setText(self.tr("History…"))
        if self._banner is not None:
            self.discard_button.setText(self.tr("Discard them"))
        self._retitle_tabs()
        for i in range(self.language_combo.count()):
            self.language_combo.setItemText(i, language_label(self.language_combo.itemData(i)))
        self._update_status()
        if self.post is not None:
            self._update_live()  # the counters ("LinkedIn : 257 / 3000" in French)
            first = self.feedback_pending  # then run_checks is the first run, which scores the voice too
            self.run_checks()
            if not first:
                self.score_voice()  # "Voice match" and its advice
