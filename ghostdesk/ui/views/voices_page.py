"""UI: the Voices page — executives, their profile, samples, fingerprint, a live "try a text" box, history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QLocale, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.services import voices
from ghostdesk.ui import qt_values
from ghostdesk.ui.i18n import count, percent
from ghostdesk.ui.models.voice_models import VoiceExecutivesModel, VoiceSamplesModel
from ghostdesk.ui.views.pages import Page
from ghostdesk.ui.views.voice_texts import change_text, dimension_advice, dimension_label, error_text, language_name
from ghostdesk.ui.widgets.voice_delegate import VoiceExecutiveDelegate
from ghostdesk.ui.widgets.voice_profile_summary import VoiceProfileSummary

if TYPE_CHECKING:
    from ghostdesk.services.voice_analysis import Fingerprint
    from ghostdesk.ui.dialogs.voice_dialogs import VoicePrompts

LIVE_DELAY_MS = 200

# The tabs behind Profile are built the first time they are shown (or one of their widgets is named, as the
# page's own actions and tests do): start-up builds only the visible profile. Each lazy widget → its tab's index.
SAMPLES_TAB, FINGERPRINT_TAB, TRY_TAB, HISTORY_TAB = 1, 2, 3, 4
_LAZY_WIDGETS = {
    **dict.fromkeys(
        ("samples_view", "add_sample_button", "import_button", "delete_sample_button", "import_state"), SAMPLES_TAB
    ),
    **dict.fromkeys(
        (
            "fp_language",
            "fp_language_label",
            "fp_grid",
            "fp_names",
            "fp_values",
            "fp_bars",
            "fp_rates_label",
            "fp_words",
            "fp_empty",
        ),
        FINGERPRINT_TAB,
    ),
    **dict.fromkeys(
        ("try_language", "try_language_label", "try_edit", "score_label", "score_caption", "try_bars", "advice_label"),
        TRY_TAB,
    ),
    "history_list": HISTORY_TAB,
}
# The Profile tab shows the profile's summary; the editor (≈40 widgets) is built the first time the user asks to
# edit (or code names one of these).
_EDITOR_WIDGETS = ("form", "save_button", "revert_button", "done_button", "save_state", "editor_page")


def _prompts() -> type[VoicePrompts]:
    """The page's dialogs, loaded when first asked for (tests patch VoicePrompts' classmethods)."""
    from ghostdesk.ui.dialogs.voice_dialogs import VoicePrompts

    return VoicePrompts


class VoicesPage(Page):
    """UI: executive voice profiles."""

    def __init__(self) -> None:
        super().__init__()
        self.context = None
        self.executive_id: str | None = None
        self._dirty = False
        self._read_only = True
        self._built_tabs: set[int] = set()
        self.executives = VoiceExecutivesModel(self)
        self.samples_model = VoiceSamplesModel(self)
        self._live = QTimer(self, singleShot=True, interval=LIVE_DELAY_MS)
        self._live.timeout.connect(self.update_try_score)
        self._build()
        self.retranslate_ui()
        self._show_executive(None)

    # -- construction -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.list_view = QListView()
        self.list_view.setModel(self.executives)
        self.list_view.setItemDelegate(VoiceExecutiveDelegate(self.list_view))
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setProperty("horizontalScrollBarPolicy", 1)  # Qt.ScrollBarAlwaysOff: the rows elide
        self.list_view.setMinimumWidth(150)  # a name and the start of a title, even on an 800-px screen
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self.new_executive)
        self.delete_button.clicked.connect(self.delete_executive)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        # One above the other: side by side, their (French) labels would keep the list ≈220 px wide on an 800-px
        # screen and squeeze the profile's tabs behind scroll arrows.
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.delete_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_profile_tab(), "")
        # Empty until first shown (see _LAZY_WIDGETS); each gets its layout and widgets in _build_tab.
        self.samples_tab, self.fp_tab, self.try_tab, self.history_tab = QWidget(), QWidget(), QWidget(), QWidget()
        for tab in (self.samples_tab, self.fp_tab, self.try_tab, self.history_tab):
            self.tabs.addTab(tab, "")
        self._fp_stale = False
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("alignment", qt_values.ALIGN_CENTER)  # no `Qt` enum at start-up (qt_values)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.subheading)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.empty_label, 1)

        self.splitter = QSplitter()
        self.splitter.setObjectName("voicesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)  # the list gives up width too when the window narrows
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([200, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.splitter)

    def _build_profile_tab(self) -> QWidget:
        self.editor_built = False
        self.summary = VoiceProfileSummary()
        self.summary.edit_requested.connect(self.edit_profile)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        self.profile_stack = QStackedWidget()
        self.profile_stack.addWidget(scroll)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.profile_stack)
        return tab

    def edit_profile(self) -> None:
        """Show the profile's editor in place of its summary (built now if it is the first time)."""
        self.profile_stack.setCurrentWidget(self.editor_page)

    def close_editor(self) -> None:
        """Back to the summary, saving unsaved edits first (an edit that cannot be saved keeps the editor open)."""
        if self._dirty and not self.save_profile():
            return
        self.profile_stack.setCurrentIndex(0)

    def _build_editor(self) -> None:
        """The profile editor, in the current language and read-only state, holding the current executive."""
        from ghostdesk.ui.widgets.voice_profile_form import VoiceProfileForm

        self.editor_built = True
        self.form = VoiceProfileForm()
        self.form.changed.connect(self._on_form_changed)
        self.form.photo_choose_requested.connect(self.choose_photo)
        self.form.photo_remove_requested.connect(self.remove_photo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton()
        self.revert_button = QPushButton()
        self.save_button.clicked.connect(self.save_profile)
        self.revert_button.clicked.connect(self._reload_current)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.close_editor)
        self.save_state = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.save_state, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.done_button)
        self.editor_page = QWidget()
        layout = QVBoxLayout(self.editor_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        self._retranslate_editor()
        self.form.setEnabled(not self._read_only)
        self.profile_stack.addWidget(self.editor_page)
        self.profile_stack.setCurrentWidget(self.editor_page)
        if self.executive_id and self.db is not None:
            self._load_form()
        else:
            self._set_dirty(False)

    def __getattr__(self, name: str):
        # Only reached for attributes not set yet: a widget of a tab not built yet is built with its tab.
        if name in _EDITOR_WIDGETS and not self.__dict__.get("editor_built", True):
            self._build_editor()
            return getattr(self, name)
        index = _LAZY_WIDGETS.get(name)
        if index is None or index in self._built_tabs:
            raise AttributeError(name)
        self._build_tab(index)
        return getattr(self, name)

    def _build_tab(self, index: int) -> None:
        """Build a tab behind Profile, in the current language and read-only state, showing the current executive."""
        if index in self._built_tabs or index not in (SAMPLES_TAB, FINGERPRINT_TAB, TRY_TAB, HISTORY_TAB):
            return
        self._built_tabs.add(index)
        builders = {
            SAMPLES_TAB: (self._build_samples_tab, self.samples_tab),
            FINGERPRINT_TAB: (self._build_fingerprint_tab, self.fp_tab),
            TRY_TAB: (self._build_try_tab, self.try_tab),
            HISTORY_TAB: (self._build_history_tab, self.history_tab),
        }
        build, tab = builders[index]
        build(tab)
        self._retranslate_tab(index)
        self._apply_read_only()
        if self.executive_id and self.db is not None:
            if index in (FINGERPRINT_TAB, TRY_TAB):
                self._fill_languages(voices.get_profile(self.db, self.executive_id))
            elif index == HISTORY_TAB:
                self._fill_history()
        if index == FINGERPRINT_TAB:
            self._fp_stale = True  # measured when shown (update_fingerprint)
        elif index == TRY_TAB:
            self.update_try_score()

    # The tabs' own widget classes are imported when a tab is built: PySide6 creates a class's Python type (and
    # its enums) the first time it is named, even in an import line (QTableView and QHeaderView ≈5 ms).
    def _build_samples_tab(self, tab: QWidget) -> None:
        from PySide6.QtWidgets import QHeaderView, QTableView

        self.samples_view = QTableView()
        self.samples_view.setModel(self.samples_model)
        self.samples_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.samples_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.samples_view.verticalHeader().setVisible(False)
        self.samples_view.setWordWrap(False)
        self.samples_view.setAlternatingRowColors(True)
        header = self.samples_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_sample_button = QPushButton()
        self.import_button = QPushButton()
        self.delete_sample_button = QPushButton()
        self.add_sample_button.clicked.connect(self.add_sample)
        self.import_button.clicked.connect(self.import_samples)
        self.delete_sample_button.clicked.connect(self.delete_sample)
        self.samples_view.doubleClicked.connect(self.edit_sample)
        self.import_state = QLabel()
        self.import_state.setWordWrap(True)
        from ghostdesk.ui.widgets.flow_layout import FlowLayout

        # The three buttons wrap onto two rows in a narrow window (French labels are long) instead of widening it.
        bar = FlowLayout(align_right=True)
        for button in (self.add_sample_button, self.import_button, self.delete_sample_button):
            bar.addWidget(button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.samples_view, 1)
        layout.addWidget(self.import_state)
        layout.addLayout(bar)

    def _build_fingerprint_tab(self, tab: QWidget) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QComboBox, QGridLayout

        from ghostdesk.ui.widgets.voice_charts import VoiceBars

        self.fp_language = QComboBox()
        self.fp_language.currentIndexChanged.connect(self.update_fingerprint)
        self.fp_language_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.fp_language_label)
        top.addWidget(self.fp_language)
        top.addStretch(1)
        self.fp_grid = QGridLayout()
        self.fp_names: list[QLabel] = []
        self.fp_values: list[QLabel] = []
        for row in range(6):
            name, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fp_grid.addWidget(name, row, 0)
            self.fp_grid.addWidget(value, row, 1)
            self.fp_names.append(name)
            self.fp_values.append(value)
        self.fp_grid.setColumnStretch(1, 1)
        self.fp_bars = VoiceBars()
        self.fp_rates_label = QLabel()
        self.fp_words = QLabel()
        self.fp_words.setWordWrap(True)
        self.fp_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fp_empty = QLabel()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.fp_empty)
        layout.addLayout(self.fp_grid)
        layout.addSpacing(8)
        layout.addWidget(self.fp_rates_label)
        layout.addWidget(self.fp_bars)
        layout.addSpacing(8)
        layout.addWidget(self.fp_words)
        layout.addStretch(1)

    def _build_try_tab(self, tab: QWidget) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QComboBox, QPlainTextEdit

        from ghostdesk.ui.widgets.voice_charts import VoiceBars

        self.try_language = QComboBox()
        self.try_language.currentIndexChanged.connect(self._schedule_score)
        self.try_language_label = QLabel()
        self.try_edit = QPlainTextEdit()
        self.try_edit.textChanged.connect(self._schedule_score)
        self.score_label = QLabel("—")
        font = self.score_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.score_label.setFont(font)
        self.score_caption = QLabel()
        self.score_caption.setWordWrap(True)  # a sentence: wrapped, never a sideways scroll bar
        self.try_bars = VoiceBars()
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.RichText)
        self.advice_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side = QVBoxLayout()
        side.addWidget(self.score_label)
        side.addWidget(self.score_caption)
        side.addWidget(self.try_bars)
        side.addWidget(self.advice_label, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side_widget)
        top = QHBoxLayout()
        top.addWidget(self.try_language_label)
        top.addWidget(self.try_language)
        top.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.try_edit, 1)
        body.addWidget(side_scroll, 1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def _build_history_tab(self, tab: QWidget) -> None:
        from PySide6.QtWidgets import QListWidget

        self.history_list = QListWidget()
        self.history_list.setWordWrap(True)
        self.history_list.setSpacing(4)
        self.history_list.setAlternatingRowColors(True)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.history_list)

    # -- workspace and selection --------------------------------------------------------------------
    @property
    def actor(self) -> str:
        return self.context.actor if self.context else "unknown"

    def set_workspace(self, context) -> None:
        self.context = context
        self.executive_id = None
        self.executives.set_database(self.db)
        self._read_only = read_only = self.db is None or context.workspace.read_only
        for widget in (self.new_button, self.delete_button):
            widget.setEnabled(not read_only)
        self._apply_read_only()
        if self.editor_built:
            self.form.setEnabled(not read_only)
        if self.executives.rowCount() and self.db is not None:
            self.select(self.executives.id_at(0))
        else:
            self._show_executive(None)

    def _apply_read_only(self) -> None:
        self.summary.edit_button.setEnabled(not self._read_only)
        if SAMPLES_TAB in self._built_tabs:
            for widget in (self.add_sample_button, self.import_button, self.delete_sample_button):
                widget.setEnabled(not self._read_only)

    def select(self, executive_id: str | None) -> None:
        row = self.executives.row_of(executive_id) if executive_id else -1
        if row < 0:
            self._show_executive(None)
            return
        self.list_view.selectionModel().setCurrentIndex(
            self.executives.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if self.executive_id != executive_id:
            self._show_executive(executive_id)

    def _on_current_changed(self, current, _previous) -> None:
        executive_id = self.executives.id_at(current.row()) if current.isValid() else None
        if executive_id == self.executive_id:
            return
        if self._dirty and self.executive_id:
            self.save_profile()  # never lose an edit by clicking another name
        self._show_executive(executive_id)

    def _show_executive(self, executive_id: str | None) -> None:
        self.executive_id = executive_id
        has = executive_id is not None and self.db is not None
        self.tabs.setVisible(has)
        self.empty_label.setVisible(not has)
        self.delete_button.setEnabled(has and not (self.context and self.context.workspace.read_only))
        if not has:
            self.heading.setText(self.tr("Voices"))
            self.subheading.setText("")
            self.samples_model.set_samples([])
            return
        self._reload_current()

    def _reload_current(self) -> None:
        if not self.executive_id or self.db is None:
            return
        profile = voices.get_profile(self.db, self.executive_id)
        photo = voices.photo(self.db, self.executive_id)
        if self.editor_built:
            self.form.load(profile, photo)
            self._set_dirty(False)
        self.summary.load(profile, photo)
        self._refresh_views(profile)

    def _load_form(self) -> None:
        self.form.load(voices.get_profile(self.db, self.executive_id), voices.photo(self.db, self.executive_id))
        self._set_dirty(False)

    def _refresh_views(self, profile=None) -> None:
        """Everything but the form, which may hold unsaved edits."""
        if not self.executive_id or self.db is None:
            return
        profile = profile or voices.get_profile(self.db, self.executive_id)
        self.heading.setText(profile.executive.name)
        self._update_subheading(profile)
        self.samples_model.show_samples_of(self.db, self.executive_id)  # read when the Samples tab asks
        self._fill_languages(profile)
        self._fill_history()
        self.update_fingerprint()
        self._schedule_score()

    def _update_subheading(self, profile) -> None:
        parts = [p for p in (profile.executive.title, profile.executive.company) if p]
        parts.append(self.tr("profile version {0}").format(profile.version))
        self.subheading.setText(" · ".join(parts))

    def _fill_languages(self, profile) -> None:
        languages = list(profile.sample_counts)
        combos = []
        if FINGERPRINT_TAB in self._built_tabs:
            combos.append((self.fp_language, False))
        if TRY_TAB in self._built_tabs:
            combos.append((self.try_language, True))
        for combo, auto in combos:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if auto:
                combo.addItem(self.tr("Detect"), "")
            for language in languages:
                combo.addItem(f"{language_name(language)} ({profile.sample_counts[language]})", language)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

    def _fill_history(self) -> None:
        if HISTORY_TAB not in self._built_tabs:
            return  # read when the tab is first shown
        from ghostdesk.ui.widgets.post_labels import local_time  # the user's zone and date format

        self.history_list.clear()
        locale = QLocale()
        for version in voices.versions(self.db, self.executive_id):
            when = local_time(version.created_at)
            changes = "; ".join(change_text(c) for c in version.changes)
            self.history_list.addItem(
                self.tr("Version {0} — {1} — {2}\n{3}").format(
                    locale.toString(version.number), when, version.actor or "?", changes
                )
            )

    # -- profile -----------------------------------------------------------------------------------------
    def _on_form_changed(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.save_state.setText(self.tr("Unsaved changes") if dirty else "")

    def save_profile(self) -> bool:
        if not self.editor_built or not self.executive_id or self.db is None:
            return False  # nothing edited: the summary only shows the saved profile
        executive, settings = self.form.values()
        try:
            version = voices.save_profile(self.db, executive, settings, actor=self.actor)
        except GhostDeskError as exc:
            _prompts().error(self, exc)
            return False
        self._set_dirty(False)
        current = self.executive_id
        self.executives.refresh(current)
        self.select(current)
        self._reload_current()
        self.save_state.setText(self.tr("Saved as version {0}").format(version))
        return True

    def choose_photo(self) -> None:
        path = _prompts().photo_file(self)
        if path is None or not self.executive_id:
            return
        try:
            data = path.read_bytes()
        except OSError:
            return
        voices.set_photo(self.db, self.executive_id, data, actor=self.actor)
        self.form.set_photo(data)
        self.summary.load(voices.get_profile(self.db, self.executive_id), data)
        self.executives.refresh(self.executive_id)
        self._fill_history()

    def remove_photo(self) -> None:
        if self.executive_id:
            voices.set_photo(self.db, self.executive_id, None, actor=self.actor)
            self.form.set_photo(None)
            self.summary.load(voices.get_profile(self.db, self.executive_id), None)
            self.executives.refresh(self.executive_id)
            self._fill_history()

    def new_executive(self) -> None:
        name = _prompts().executive_name(self)
        if not name or self.db is None:
            return
        try:
            executive = voices.create_executive(self.db, name, actor=self.actor)
        except GhostDeskError as exc:
            _prompts().error(self, exc)
            return
        self.executives.reload()
        self.select(executive.id)
        self.edit_profile()  # a new profile is empty: straight to its editor

    def delete_executive(self) -> None:
        if not self.executive_id:
            return
        name = voices.get_profile(self.db, self.executive_id).executive.name
        if not _prompts().confirm_delete(self, name):
            return
        try:
            voices.delete_executive(self.db, self.executive_id, actor=self.actor)
        except GhostDeskError as exc:
            _prompts().error(self, exc)
            return
        self._dirty = False
        self.executive_id = None
        self.executives.reload()
        self.select(self.executives.id_at(0))

    # -- samples -------------------------------------------------------------------------------------
    def add_sample(self) -> None:
        if not self.executive_id:
            return
        language = self.fp_language.currentData() or "en"
        result = _prompts().sample(self, language, "")
        if result is None:
            return
        text, language = result
        try:
            voices.add_samples(self.db, self.executive_id, [(text, language)], actor=self.actor)
        except GhostDeskError as exc:
            _prompts().error(self, exc)
            return
        self._after_samples_changed()

    def import_samples(self) -> None:
        paths = _prompts().sample_files(self)
        if not paths or not self.executive_id:
            return
        executive_id = self.executive_id
        self.import_button.setEnabled(False)
        self.import_state.setText(count(len(paths), self.tr("Reading {0} file…"), self.tr("Reading {0} files…")))

        def done(posts) -> None:
            self.import_button.setEnabled(True)
            try:
                result = voices.add_imported(self.db, executive_id, posts, actor=self.actor)
            except GhostDeskError as exc:
                failed(exc)
                return
            self.import_state.setText(
                self.tr("{0}, {1}.").format(
                    count(result.added, self.tr("{0} sample imported"), self.tr("{0} samples imported")),
                    count(
                        result.duplicates,
                        self.tr("{0} already there", "one sample"),
                        self.tr("{0} already there", "samples"),
                    ),
                )
            )
            if executive_id == self.executive_id:
                self._after_samples_changed()

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            self.import_state.setText(self.tr("Nothing was imported."))
            if isinstance(exc, GhostDeskError):
                _prompts().error(self, exc)
            else:
                raise exc

        from ghostdesk.ui.tasks import run_in_background  # its worker types load on first use, not at start-up

        self.import_task = run_in_background(lambda _handle: voices.read_sample_files(paths), done, failed)

    def edit_sample(self, index) -> None:
        sample = self.samples_model.sample_at(index.row()) if index.isValid() else None
        if sample is None or (self.context and self.context.workspace.read_only):
            return
        result = _prompts().sample(self, sample.language, sample.text)
        if result is None:
            return
        try:
            voices.update_sample(self.db, sample.id, result[0], result[1], actor=self.actor)
        except GhostDeskError as exc:
            _prompts().error(self, exc)
            return
        self._after_samples_changed()

    def delete_sample(self) -> None:
        index = self.samples_view.currentIndex()
        sample = self.samples_model.sample_at(index.row()) if index.isValid() else None
        if sample is None:
            return
        voices.delete_sample(self.db, sample.id, actor=self.actor)
        self._after_samples_changed()

    def _after_samples_changed(self) -> None:
        self.executives.refresh(self.executive_id)
        if self._dirty:
            self._refresh_views()  # keep the user's unsaved profile edits
        else:
            self._reload_current()

    # -- fingerprint ----------------------------------------------------------------------------------
    def _on_tab_changed(self, index: int) -> None:
        self._build_tab(index)
        if self._fp_stale and self.tabs.currentWidget() is self.fp_tab:
            self.update_fingerprint()

    def update_fingerprint(self) -> None:
        if self.tabs.currentWidget() is not self.fp_tab or FINGERPRINT_TAB not in self._built_tabs:
            # Measured when its tab is shown: the analysis (and its import) stays off the page's first paint.
            self._fp_stale = True
            return
        self._fp_stale = False
        language = self.fp_language.currentData()
        has = bool(language) and self.executive_id is not None and self.db is not None
        self.fp_empty.setVisible(not has)
        for widget in (*self.fp_names, *self.fp_values, self.fp_bars, self.fp_rates_label, self.fp_words):
            widget.setVisible(has)
        if not has:
            self.fp_empty.setText(self.tr("Add sample posts to see how this executive writes."))
            return
        self.show_fingerprint(voices.fingerprint(self.db, self.executive_id, language))

    def show_fingerprint(self, fp: Fingerprint) -> None:
        unit = self.tr("characters") if fp.unit == "characters" else self.tr("words")
        locale = QLocale()  # decimals as the interface's locale writes them (19,5 in French)

        def num(value: float, decimals: int = 1) -> str:
            return locale.toString(float(value), "f", decimals)

        rows = [
            (self.tr("Samples"), f"{fp.samples}"),
            (
                self.tr("Sentence length"),
                self.tr("{0} {1} (± {2})").format(num(fp.sentence_length.mean), unit, num(fp.sentence_length.sd)),
            ),
            (
                self.tr("Paragraph length"),
                count(
                    float(fp.paragraph_length.mean),
                    self.tr("{0} sentence (± {1})"),
                    self.tr("{0} sentences (± {1})"),
                    num(fp.paragraph_length.sd),
                ),
            ),
            (
                self.tr("Post length"),
                count(
                    round(fp.post_length.mean),
                    self.tr("{0} character (± {1})"),
                    self.tr("{0} characters (± {1})"),
                    num(fp.post_length.sd, 0),
                ),
            ),
            (self.tr("Emoji per post"), num(fp.emoji.mean)),
            (self.tr("Hashtags per post"), num(fp.hashtags.mean)),
        ]
        for (name, value), name_label, value_label in zip(rows, self.fp_names, self.fp_values, strict=True):
            name_label.setText(name)
            value_label.setText(value)
        self.fp_rates_label.setText(self.tr("Habits (share)"))
        rates = [
            (self.tr("“I” rather than “we”"), fp.singular_share),
            (self.tr("One-line paragraphs"), fp.one_line_share),
            (self.tr("Sentences that ask"), fp.question_rate),
            (self.tr("Sentences that exclaim"), fp.exclamation_rate),
            (self.tr("Formal address"), fp.formal_share),
        ]
        from ghostdesk.ui.widgets.voice_charts import Bar

        bars = [Bar(label, s.mean, percent(s.mean) if s.n else "—") for label, s in rates]
        if fp.hashtags.mean:
            bars.append(
                Bar(self.tr("Hashtags at the end"), fp.hashtags_at_end_share, percent(fp.hashtags_at_end_share))
            )
        self.fp_bars.set_bars(bars)
        lines = [
            self.tr("<b>Signature words:</b> {0}").format(", ".join(fp.signature_words) or "—"),
            self.tr("<b>Typical openings:</b> {0}").format(", ".join(f"“{o}…”" for o in fp.openings) or "—"),
            self.tr("<b>Typical closings:</b> {0}").format(", ".join(f"“…{c}”" for c in fp.closings) or "—"),
        ]
        self.fp_words.setText("<br>".join(lines))

    # -- try a text ------------------------------------------------------------------------------------
    def _schedule_score(self) -> None:
        self._live.start()

    def update_try_score(self) -> None:
        if TRY_TAB not in self._built_tabs:
            return  # nothing on screen to score into; building the tab scores its text
        from ghostdesk.ui.widgets.voice_charts import Bar

        text = self.try_edit.toPlainText()
        if not self.executive_id or self.db is None or not text.strip():
            self.score_label.setText("—")
            self.score_caption.setText(self.tr("Type or paste a draft to see how close it is to this voice."))
            self.try_bars.set_bars([])
            self.advice_label.setText("")
            return
        try:
            result = voices.score_text(self.db, self.executive_id, text, self.try_language.currentData() or None)
        except GhostDeskError as exc:
            self.score_label.setText("—")
            self.score_caption.setText(error_text(exc))
            self.try_bars.set_bars([])
            self.advice_label.setText("")
            return
        self.score_label.setText(f"{result.score}")
        self.score_caption.setText(
            self.tr("out of 100, against the samples in {0}").format(language_name(result.language))
        )
        self.try_bars.set_bars(
            [Bar(dimension_label(d.name), d.similarity, percent(d.similarity), good=d.ok) for d in result.dimensions]
        )
        off = [d for d in result.dimensions if not d.ok]
        items = "".join(f"<li>{_escape(dimension_advice(d))}</li>" for d in off)
        self.advice_label.setText(f"<ul>{items}</ul>" if items else self.tr("Nothing to change: this reads like them."))

    # -- words ------------------------------------------------------------------------------------------
    def _retranslate_tab(self, index: int) -> None:
        if index == SAMPLES_TAB:
            self.add_sample_button.setText(self.tr("Add a post…"))
            self.import_button.setText(self.tr("Import file…"))
            self.delete_sample_button.setText(self.tr("Delete post"))
        elif index == FINGERPRINT_TAB:
            self.fp_language_label.setText(self.tr("Language:"))
        elif index == TRY_TAB:
            self.try_language_label.setText(self.tr("Language:"))
            self.try_edit.setPlaceholderText(self.tr("Type or paste a draft here…"))

    def _retranslate_editor(self) -> None:
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        self.done_button.setText(self.tr("Done"))

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New executive…"))
        self.delete_button.setText(self.tr("Delete"))
        for index, title in enumerate(
            (self.tr("Profile"), self.tr("Samples"), self.tr("Fingerprint"), self.tr("Try a text"), self.tr("History"))
        ):
            self.tabs.setTabText(index, title)
        if self.editor_built:
            self._retranslate_editor()
        for index in self._built_tabs:
            self._retranslate_tab(index)
        self.empty_label.setText(
            self.tr("No executive yet. Add one with “New executive…”, then paste or import posts they wrote.")
        )
        if self.executive_id and self.db is not None:
            self._refresh_views()
        else:
            self.heading.setText(self.tr("Voices"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
