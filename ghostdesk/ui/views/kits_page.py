"""UI: the Share kits page — pick a campaign, see who gets a kit (and who not, and why), what blocks the export
(approvals, near-identical share texts), choose a folder, export off the GUI thread with progress and Cancel."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
)

from ghostdesk.ui.dialogs.kit_prompts import KitPrompts
from ghostdesk.ui.i18n import percent
from ghostdesk.ui.models.kit_people_model import KitPeopleModel, KitPerson
from ghostdesk.ui.views.pages import Page
from ghostdesk.ui.widgets.campaign_combo import fill_campaign_combo

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

# Starting the process pool costs ~3 s here (fresh workers import python-docx and Babel); one kit takes
# ~40 ms, so two cores only win from about 150 kits (41 demo kits: 1.8 s in one process, 5 s with the pool).
POOL_FROM = 150
# Reading a campaign for kits reads every share, everyone in its markets, and runs the similarity guard: about
# 1.5 s for 5,000 shares over 20,000 people. From this many shares the page reads it on a worker connection.
BACKGROUND_FROM = 1000
# What reading a campaign imports (on the GUI thread, or on the worker while the page paints its first screen):
# about 20 ms of module code and dataclasses, loaded by `warm_up` while the window is idle after start-up.
PLAN_MODULES = (
    "ghostdesk.services.kit_inputs",
    "ghostdesk.services.kits",
    "ghostdesk.services.ambassadors",
    "ghostdesk.services.campaigns",
    "ghostdesk.services.markets",
    "ghostdesk.services.variants",
    "ghostdesk.markets.rules",
    "ghostdesk.services.share_texts",
    "ghostdesk.domain.assist_actions",
    "ghostdesk.ui.tasks",
)


def warm_up() -> None:
    """Called by ui/warmup.py while the window is idle after start-up: the code that reads a campaign's plan (no
    python-docx, Babel or other heavy library: those load when kits are written)."""
    import importlib

    for name in PLAN_MODULES:
        importlib.import_module(name)


PROBLEMS = {
    "not_approved": QT_TRANSLATE_NOOP("KitsPage", "not approved"),
    "changed_since_approval": QT_TRANSLATE_NOOP("KitsPage", "changed since approval"),
    "variant_not_approved": QT_TRANSLATE_NOOP("KitsPage", "variant not approved yet (Variants page)"),
}


def _grouped(needs) -> dict[tuple[str, str, str], list[str]]:
    """What needs approval, by post and market (what the Calendar approves), with the people waiting."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for item in needs:
        problem = item["problem"]
        if problem == "not_approved" and not item.get("variant_approved", True):
            problem = "variant_not_approved"  # approving on the Calendar alone would not be enough
        key = (item.get("post_title") or item["share_id"], item.get("market", ""), problem)
        groups.setdefault(key, []).append(item["name"])
    return groups


def _wrapping_list() -> QListWidget:
    """A list whose long lines wrap to its width: at 800 px the end of each line (how many people wait) was cut
    behind a sideways scroll bar."""
    listing = QListWidget()
    listing.setWordWrap(True)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    listing.setResizeMode(QListWidget.ResizeMode.Adjust)
    return listing


class KitsPage(Page):
    """UI: share kits for a campaign's opted-in ambassadors."""

    calendar_requested = Signal(str)  # campaign id: the user wants to approve on the Calendar
    export_finished = Signal(object)  # KitExportResult, or the error

    def __init__(self) -> None:
        super().__init__()
        self.context = None
        self.campaign_id = ""
        self.plan = None
        self.result = None
        self.out_folder: Path | None = None
        self.jobs: int | None = None  # worker processes; None: one for small batches, else every core
        self.task = None
        self._stale = False  # the workspace changed while the page was hidden: read it when shown
        self._reading = 0  # bumped at every read: a plan arriving from a worker for an older one is dropped
        self._build()
        self.retranslate_ui()
        self._update_actions()

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = self.make_heading()
        layout.addWidget(self.heading)

        row = QHBoxLayout()
        self.campaign_label = QLabel()
        self.campaign_combo = QComboBox()
        self.campaign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaign_combo.setMinimumContentsLength(14)
        self.campaign_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.campaign_label.setBuddy(self.campaign_combo)
        self.refresh_button = QPushButton()
        row.addWidget(self.campaign_label)
        row.addWidget(self.campaign_combo, 1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.model = KitPeopleModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Market and share count are short: size them from the rows on screen, not Qt's default 1,000 rows
        # (48,000 data() calls each time a large campaign's people were listed).
        header.setResizeContentsPrecision(0)
        self.table.setMinimumWidth(240)
        layout.addWidget(self.table, 1)

        # what blocks the export
        self.approval_box = QGroupBox()
        box = QVBoxLayout(self.approval_box)
        self.approval_text = QLabel()
        self.approval_text.setWordWrap(True)
        self.approval_list = _wrapping_list()
        self.approval_list.setMaximumHeight(110)
        self.calendar_button = QPushButton()
        self.variants_button = QPushButton()  # shown when a share waits for its variant: approved on its own page
        box.addWidget(self.approval_text)
        box.addWidget(self.approval_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.variants_button)
        buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        layout.addWidget(self.approval_box)

        self.similar_box = QGroupBox()
        box = QVBoxLayout(self.similar_box)
        self.similar_text = QLabel()
        self.similar_text.setWordWrap(True)
        self.similar_list = _wrapping_list()
        self.similar_list.setMaximumHeight(90)
        self.accept_similar = QCheckBox()
        box.addWidget(self.similar_text)
        box.addWidget(self.similar_list)
        box.addWidget(self.accept_similar)
        layout.addWidget(self.similar_box)

        # where, and go
        row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_label.setBuddy(self.folder_edit)
        self.folder_button = QPushButton()
        row.addWidget(self.folder_label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.folder_button)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.zip_check = QCheckBox()
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.hide()
        row.addWidget(self.zip_check)
        row.addStretch(1)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.open_button.hide()
        row.addWidget(self.result_label, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

        self.campaign_combo.currentIndexChanged.connect(self._on_campaign)
        self.refresh_button.clicked.connect(self.refresh)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.variants_button.clicked.connect(self.open_variants)
        self.accept_similar.toggled.connect(self._update_actions)
        self.folder_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.open_button.clicked.connect(self.open_folder)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Share kits"))
        self.campaign_label.setText(self.tr("&Campaign:"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the campaign again (after approving on the Calendar)"))
        self.approval_box.setTitle(self.tr("Needs approval first"))
        self.approval_text.setText(
            self.tr(
                "Only approved content goes into kits: each post's variant (Variants page) and its place in the "
                "campaign (Calendar page). These shares are not approved, or changed since:"
            )
        )
        self.calendar_button.setText(self.tr("Approve on the Calendar…"))
        self.variants_button.setText(self.tr("Approve the variants…"))
        self.similar_box.setTitle(self.tr("Nearly identical share texts"))
        self.similar_text.setText(
            self.tr("People in the same wave would post almost the same words. Change one text of each pair:")
        )
        self.accept_similar.setText(self.tr("Accept these pairs anyway"))
        self.folder_label.setText(self.tr("&Folder:"))
        self.folder_edit.setPlaceholderText(self.tr("Choose where the kits go"))
        self.folder_button.setText(self.tr("Choose…"))
        self.zip_check.setText(self.tr("Also make a &zip"))
        self.export_button.setText(self.tr("&Export kits"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_button.setText(self.tr("Open folder"))
        self.model.retranslate()
        self._show_plan()
        self._show_result()
        if hasattr(self, "task"):  # the reason on a greyed-out Export, in the new language
            self._update_actions()

    # -- workspace and campaign ------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.task is not None

    def set_workspace(self, context) -> None:
        if self.task is not None:
            self.task.cancel()
        self.context = context
        self.result = None
        # Reading a campaign for kits takes a second or more on a large workspace: a hidden page (another
        # workspace opened meanwhile) reads it when it is next shown.
        if self.isVisible():
            self.reload_campaigns()
        else:
            self._stale = True
            self._reading += 1  # a plan still being read for the previous workspace is dropped
            self.plan = None
            self.model.set_people([])

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload_campaigns()
        super().showEvent(event)

    def reload_campaigns(self, select: str = "") -> None:
        self._stale = False
        fill_campaign_combo(self.campaign_combo, self.db, select or self.campaign_id)
        self._on_campaign()

    def _on_campaign(self, _index: int = 0) -> None:
        self.campaign_id = self.campaign_combo.currentData() or ""
        self.result = None
        self.refresh()

    def refresh(self, *, wait: bool = False) -> None:
        """Read the campaign again: who gets a kit, what blocks. Placeholder share texts are chosen and stored
        here (when the workspace is writable), so the Calendar shows the same texts as the kits.

        A large campaign is read on a worker connection while the page says so (export stays off until the
        plan is there); `wait` reads it here and now, as an export does just before writing."""
        from ghostdesk.domain.errors import GhostDeskError
        from ghostdesk.services import campaigns, kit_inputs

        self.plan = None
        self._reading += 1
        workspace = self.workspace
        if self.db is None or not self.campaign_id or workspace is None:
            self._plan_arrived(self._reading, None)
            return
        options = {
            "user_name": self.context.settings.user_name, "actor": self.context.actor, "store_texts": self.writable,
        }  # fmt: skip
        campaign_id, reading = self.campaign_id, self._reading
        try:
            large = campaigns.share_count(self.db, campaign_id) >= BACKGROUND_FROM
            if wait or not large:
                self._plan_arrived(reading, kit_inputs.build(self.db, campaign_id, **options))
                return
        except GhostDeskError as exc:
            self._plan_arrived(reading, None, exc.message)
            return
        from ghostdesk.ui.tasks import run_in_background

        def work(_task):
            db = workspace.connect_worker()
            try:
                return kit_inputs.build(db, campaign_id, **options)
            finally:
                db.close()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, GhostDeskError):
                log.error("Reading the campaign for kits failed", exc_info=exc)
            self._plan_arrived(reading, None, getattr(exc, "message", str(exc)))

        self.model.set_people([])
        self.summary.setText(self.tr("Reading the campaign…"))
        self._update_actions()
        run_in_background(work, lambda plan: self._plan_arrived(reading, plan), failed)

    def _plan_arrived(self, reading: int, plan, error: str = "") -> None:
        if reading != self._reading:
            return  # another campaign or workspace was chosen meanwhile
        self.plan = plan
        self._fill_people()
        self._show_plan(error)
        self._show_result()
        self._update_actions()

    def _fill_people(self) -> None:
        plan = self.plan
        if plan is None:
            self.model.set_people([])
            return
        waiting = {i["ambassador_id"] for i in plan.needs_approval}
        people = [
            KitPerson(
                kit.ambassador.id,
                kit.ambassador.name,
                kit.ambassador.market,
                len(kit.shares),
                "needs_approval" if kit.ambassador.id in waiting else "",
            )
            for kit in plan.inputs
        ]
        people += [
            KitPerson(s.ambassador_id, s.name, plan.markets.get(s.ambassador_id, ""), 0, s.reason)
            for s in plan.left_out
        ]
        self.model.set_people(people)

    def _show_plan(self, error: str = "") -> None:
        plan = self.plan
        if error:
            self.summary.setText(self.tr("This campaign cannot be read: {0}").format(error))
        elif self.db is None:
            self.summary.setText(self.tr("Open a workspace to make share kits."))
        elif not self.campaign_id:
            self.summary.setText(self.tr("No campaign yet: create one on the Calendar page."))
        elif plan is not None:
            getting = self.tr("People getting a kit: {0}.").format(len(plan.inputs))
            left = self.tr("Without a kit: {0} (see why in the list).").format(len(plan.left_out))
            self.summary.setText(f"{getting} {left}" if plan.left_out else getting)
        self.approval_list.clear()
        self.similar_list.clear()
        needs = plan.needs_approval if plan is not None else ()
        pairs = plan.similar if plan is not None else ()
        for (title, market, problem), names in _grouped(needs).items():
            words = translate("KitsPage", PROBLEMS[problem]) if problem in PROBLEMS else problem
            where = f" [{market}]" if market else ""
            people = self.tr("people waiting: {0}").format(len(names))
            item = QListWidgetItem(self.tr("{0}: {1} ({2})").format(f"{title}{where}", words, people))
            item.setToolTip(", ".join(sorted(names)))
            self.approval_list.addItem(item)
        for pair in pairs:
            self.similar_list.addItem(
                self.tr("{0} and {1}: {2} alike").format(pair["a_name"], pair["b_name"], percent(pair["score"] / 100))
            )
        self.approval_box.setVisible(bool(needs))
        self.variants_button.setVisible(any(not item.get("variant_approved", True) for item in needs))
        self.similar_box.setVisible(bool(pairs))
        if not pairs:
            self.accept_similar.setChecked(False)

    def _update_actions(self) -> None:
        plan = self.plan
        idle = self.task is None
        ready = (
            plan is not None
            and bool(plan.inputs)
            and not plan.needs_approval
            and (not plan.similar or self.accept_similar.isChecked())
        )
        self.export_button.setEnabled(idle and ready)
        self.export_button.setToolTip("" if ready else self._why_not_ready(plan))
        self.campaign_combo.setEnabled(idle)
        self.refresh_button.setEnabled(idle and self.db is not None)
        self.folder_button.setEnabled(idle)
        self.export_button.setVisible(idle)
        self.cancel_button.setVisible(not idle)
        self.progress.setVisible(not idle)

    def _why_not_ready(self, plan) -> str:
        """Why Export kits is greyed out, in a tooltip on the button."""
        if plan is None:
            return self.tr("Choose a campaign first.")
        if not plan.inputs:
            return self.tr("Nobody gets a kit from this campaign yet; the list says why.")
        if plan.needs_approval:
            return self.tr("Some shares need approval first: see “Needs approval first”.")
        return self.tr("Some share texts are nearly identical: change them, or tick “Accept these pairs anyway”.")

    # -- actions ---------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        self.calendar_requested.emit(self.campaign_id)
        window = self.window()
        if window is not self and hasattr(window, "show_page"):
            page = window.show_page("calendar")
            if hasattr(page, "reload_campaigns"):
                page.reload_campaigns(select=self.campaign_id)

    def open_variants(self) -> None:
        """The Variants page, where a variant is approved before its place in the campaign can count."""
        window = self.window()
        if window is not self and hasattr(window, "show_page"):
            window.show_page("variants")

    def choose_folder(self) -> Path | None:
        start = str(self.out_folder) if self.out_folder else str(Path.home())
        chosen = KitPrompts.choose_folder(self, start)
        if chosen is not None:
            self.out_folder = Path(chosen)
            self.folder_edit.setText(str(self.out_folder))
        return chosen

    def export(self) -> None:
        """Check again, then write the kits in the background (the service runs its own process pool)."""
        from ghostdesk.services import kits
        from ghostdesk.ui.tasks import run_in_background

        if self.task is not None:
            return
        if self.out_folder is None and self.choose_folder() is None:
            return
        # The folder itself may be made again (it was emptied away); its parent gone means a moved folder or a drive
        # no longer connected: recreating the whole path would write the kits somewhere nobody will look.
        if not self.out_folder.is_dir() and not self.out_folder.parent.is_dir():
            self.result = None
            self.result_label.setText(
                self.tr(
                    "The folder {0} is not there any more (moved, deleted, or on a drive that is not connected). "
                    "Nothing was written. Choose a folder again."
                ).format(self.out_folder)
            )
            self.open_button.setVisible(False)
            return
        shown = self.plan
        if (self.jobs or 0) > 1 or (self.jobs is None and shown is not None and len(shown.inputs) >= POOL_FROM):
            kits.prepare_workers()  # the pool's fork server warms up in its own process while the plan is re-read
        self.refresh(wait=True)  # the campaign may have changed since it was shown
        plan = self.plan
        if plan is None or not plan.inputs or plan.needs_approval:
            return
        if plan.similar and not self.accept_similar.isChecked():
            return
        inputs, folder = plan.inputs, self.out_folder
        jobs = self.jobs or (1 if len(inputs) < POOL_FROM else None)
        accept, zip_it = self.accept_similar.isChecked(), self.zip_check.isChecked()
        left_out = plan.left_out

        def work(handle):
            from dataclasses import replace

            result = kits.export(
                inputs, folder, jobs=jobs, accept_similar=accept, zip=zip_it,
                progress=lambda done, total: handle.signals.progress.emit(done, total),
                cancel=lambda: handle.cancelled,
            )  # fmt: skip
            return replace(result, skipped=tuple(left_out) + result.skipped)

        self.result = None
        self.progress.setRange(0, len(inputs))
        self.progress.setValue(0)
        self.task = run_in_background(work, self._done, self._failed, progress=self._progress)
        self._show_result()
        self._update_actions()

    def cancel_export(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.result_label.setText(self.tr("Cancelling… the kits being written are finished first."))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result) -> None:
        self.task = None
        self.cancel_button.setEnabled(True)
        self.result = result
        self._show_result()
        self._update_actions()
        self.export_finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        from ghostdesk.domain.errors import GhostDeskError

        self.task = None
        self.cancel_button.setEnabled(True)
        self.result = error
        if isinstance(error, GhostDeskError):
            self.refresh()  # approvals or texts changed meanwhile: show what blocks now
        self._show_result()
        self._update_actions()
        self.export_finished.emit(error)

    def _show_result(self) -> None:
        from ghostdesk.domain.errors import GhostDeskError

        result = self.result
        self.open_button.setVisible(False)
        if self.task is not None:
            self.result_label.setText(self.tr("Writing the kits…"))
            return
        if result is None:
            self.result_label.setText("")
            return
        if isinstance(result, BaseException):
            words = self._error_words(result) if isinstance(result, GhostDeskError) else str(result)
            self.result_label.setText(self.tr("The kits were not written: {0}").format(words))
            return
        folder = result.folders[0] if result.folders else str(self.out_folder or "")
        if result.cancelled:
            text = self.tr("Cancelled. Whole kits kept: {0}, in {1}; no manifest was written.")
        else:
            text = self.tr("Kits written: {0}, in {1}, with manifest.csv for a mail merge.")
        lines = [text.format(len(result.files), folder)]
        failed = [s for s in result.skipped if s.reason == "failed"]
        if failed:
            lines.append(self.tr("Could not write: {0}").format(", ".join(s.name for s in failed)))
        if result.warnings:
            lines.append(self.tr("Warnings: {0}; see the manifest and the kits.").format(len(result.warnings)))
        if result.zips:
            lines.append(self.tr("Zip: {0}").format(result.zips[0]))
        if result.removed:
            lines.append(
                self.tr("Removed from the earlier export (no longer in this one): {0}").format(
                    ", ".join(Path(p).stem for p in result.removed)
                )
            )
        self.result_label.setText("\n".join(lines))
        self.open_button.setVisible(bool(folder))

    def _error_words(self, error) -> str:
        """What went wrong, in the interface's language (the service's message is English, for logs)."""
        path = error.fields.get("path") or str(self.out_folder or "")
        if error.code == "storage_full":
            return self.tr("the disk holding {0} is full. No half-written kit was left; free some space and export again.").format(path)  # fmt: skip
        if error.code == "workspace_read_only":  # a file GhostDesk writes could not be written (domain.files)
            why = error.fields.get("why")
            if why == "read_only":
                return self.tr("{0} is read-only. Nothing was half-written; choose another folder.").format(path)
            if why == "missing":
                return self.tr("{0} is not there any more. Nothing was half-written; choose a folder again.").format(path)  # fmt: skip
            return self.tr("{0} cannot be written (is a file of that name in the way?). Nothing was half-written; choose another folder.").format(path)  # fmt: skip
        if error.code == "kit_path_unsafe":
            return self.tr("a kit's file name would leave the chosen folder; nothing was written.")
        from ghostdesk.ui import messages

        return messages.error_text(error)  # the app's own words for any other error, in the interface's language

    def open_folder(self) -> None:
        result = self.result
        folder = result.folders[0] if result is not None and getattr(result, "folders", None) else self.out_folder
        if folder:
            KitPrompts.open_folder(Path(folder))
