"""UI: the import wizard — read the file, correct the column mapping, preview every row's fate, then import.

Reading, checking and writing run in the background on their own connection; the preview is a dry run,
and the import writes all rows or none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.markets import profiles
from ghostdesk.services import ambassador_import as imp
from ghostdesk.services.ambassador_sources import ENCODINGS, SourceTable, read_source
from ghostdesk.ui.i18n import count
from ghostdesk.ui.models.ambassador_import_models import ImportErrorsModel, ImportOutcomesModel, SourcePreviewModel
from ghostdesk.ui.tasks import run_in_background
from ghostdesk.ui.views import ambassador_texts as texts

DELIMITERS = ((",", ","), (";", ";"), ("\t", "⇥"), ("|", "|"))


def _error_html(exc: BaseException) -> str:
    if isinstance(exc, GhostDeskError):
        return f"<b>{texts.error_title(exc)}</b><br>{texts.error_text(exc)}"
    return str(exc)


class AmbassadorSourcePage(QWizardPage):
    """UI: how the file is read — encoding, delimiter, market for rows without one — and its first rows."""

    def __init__(self, wizard: AmbassadorImportWizard) -> None:
        super().__init__()
        self.w = wizard
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.encoding_combo, self.delimiter_combo, self.market_combo = QComboBox(), QComboBox(), QComboBox()
        self.encoding_combo.addItem("", "")
        for name in ENCODINGS:
            self.encoding_combo.addItem(name, name)
        self.delimiter_combo.addItem("", "")
        for value, shown in DELIMITERS:
            self.delimiter_combo.addItem(shown, value)
        self.market_combo.addItem("", "")
        for code in profiles.codes():
            self.market_combo.addItem(f"{code} — {profiles.get(code).name}", code)
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        form.addRow(self.form_labels[0], self.encoding_combo)
        form.addRow(self.form_labels[1], self.delimiter_combo)
        form.addRow(self.form_labels[2], self.market_combo)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.preview = QTableView()
        self.preview.setModel(wizard.source_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setDefaultSectionSize(130)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        layout.addWidget(self.preview, 1)
        self.encoding_combo.currentIndexChanged.connect(self._reread)
        self.delimiter_combo.currentIndexChanged.connect(self._reread)
        self.market_combo.currentIndexChanged.connect(
            lambda _i: setattr(wizard, "default_market", self.market_combo.currentData())
        )
        self.retranslate_ui()

    def _reread(self) -> None:
        self.w.read(self.encoding_combo.currentData() or None, self.delimiter_combo.currentData() or None)

    def show_table(self) -> None:
        table = self.w.table
        if self.w.busy:
            self.status.setText(self.tr("Reading the file…"))
        elif self.w.read_error is not None:
            self.status.setText(_error_html(self.w.read_error))
        elif table is not None:
            if table.kind == "xlsx":
                summary = count(
                    len(table.rows),
                    self.tr("Excel workbook, first sheet: {0} row."),
                    self.tr("Excel workbook, first sheet: {0} rows."),
                )
            else:
                shown = dict(DELIMITERS).get(table.delimiter, table.delimiter)
                summary = count(
                    len(table.rows),
                    self.tr("Read as {1}, columns separated by “{2}”: {0} row."),
                    self.tr("Read as {1}, columns separated by “{2}”: {0} rows."),
                    table.encoding,
                    shown,
                )
            self.status.setText(summary)
        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.setEnabled(table is None or table.kind != "xlsx")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.table is not None and not self.w.busy and self.w.read_error is None

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Read the file"))
        self.setSubTitle(self.tr("Check that names and accents look right; if not, choose another encoding."))
        self.form_labels[0].setText(self.tr("Encoding"))
        self.form_labels[1].setText(self.tr("Columns separated by"))
        self.form_labels[2].setText(self.tr("Market for rows without one"))
        detected = self.w.table.detected_encoding if self.w.table is not None else ""
        self.encoding_combo.setItemText(
            0, self.tr("Detected ({0})").format(detected) if detected else self.tr("Detected")
        )
        self.delimiter_combo.setItemText(0, self.tr("Detected"))
        self.market_combo.setItemText(0, self.tr("None (the file says)"))


class AmbassadorMappingPage(QWizardPage):
    """UI: which roster field each column fills; guessed from the headers (English, French, German)."""

    def __init__(self, wizard: AmbassadorImportWizard) -> None:
        super().__init__()
        self.w = wizard
        layout = QVBoxLayout(self)
        self.missing = QLabel()
        self.missing.setStyleSheet("color: #b3261e;")
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_holder)
        layout.addWidget(scroll, 1)
        self.combos: list[QComboBox] = []
        self.retranslate_ui()

    def initializePage(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        table = self.w.table
        for column, header in enumerate(table.headers):
            sample = next((r.cells[column] for r in table.rows if len(r.cells) > column and r.cells[column]), "")
            title = QLabel(f"<b>{header or '—'}</b>")
            example = QLabel(sample[:40])
            example.setStyleSheet("color: palette(mid);")
            combo = QComboBox()
            combo.addItem(texts.field_label(None), "")
            for name in imp.FIELDS:
                combo.addItem(texts.field_label(name), name)
            combo.setCurrentIndex(max(combo.findData(self.w.mapping[column] or ""), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.grid.addWidget(title, column, 0)
            self.grid.addWidget(example, column, 1)
            self.grid.addWidget(combo, column, 2)
            self.combos.append(combo)
        self._changed()

    def _changed(self) -> None:
        self.w.mapping = tuple(c.currentData() or None for c in self.combos)
        missing = imp.missing_fields(self.w.mapping)
        names = {"email": texts.field_label("email"), "name": self.tr("a name (full, or first and last)")}
        self.missing.setText(
            self.tr("Choose a column for: {0}.").format(", ".join(names[m] for m in missing)) if missing else ""
        )
        self.missing.setVisible(bool(missing))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not imp.missing_fields(self.w.mapping)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("GhostDesk guessed what each column holds. Correct any wrong guess."))


class AmbassadorPreviewPage(QWizardPage):
    """UI: the dry run — what would be created or updated, and every row with a problem."""

    def __init__(self, wizard: AmbassadorImportWizard) -> None:
        super().__init__()
        self.w = wizard
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.errors = QTableView()
        self.errors.setModel(wizard.errors_model)
        self.errors.verticalHeader().setVisible(False)
        self.errors.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.errors.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.errors, 2)
        self.skip_check = QCheckBox()
        self.skip_check.toggled.connect(lambda _c: self.completeChanged.emit())
        layout.addWidget(self.skip_check)
        self.outcomes = QTableView()
        self.outcomes.setModel(wizard.outcomes_model)
        self.outcomes.verticalHeader().setVisible(False)
        self.outcomes.horizontalHeader().setStretchLastSection(True)
        self.outcomes.horizontalHeader().setDefaultSectionSize(150)
        layout.addWidget(self.outcomes, 3)
        for view in (self.errors, self.outcomes):
            view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
            view.setWordWrap(False)
        self.retranslate_ui()

    def initializePage(self) -> None:
        self.w.report = None
        self.skip_check.setChecked(False)
        self.w.errors_model.set_errors([])
        self.w.outcomes_model.set_outcomes([])
        self.w.check()
        self.show_report()

    def show_report(self) -> None:
        report = self.w.report
        if self.w.busy:
            self.summary.setText(self.tr("Checking every row…") if not self.w.committing else self.tr("Importing…"))
        elif self.w.plan_error is not None:
            self.summary.setText(_error_html(self.w.plan_error))
        elif report is not None:
            text = self.tr("New: {0} · Updated: {1} · Unchanged: {2}.").format(
                report.created, report.updated, report.unchanged
            )
            if report.errors:
                text += " " + self.tr("Rows with problems: {0}. They cannot be imported as they are.").format(
                    len(report.errors)
                )
            else:
                text += " " + self.tr("Every row is fine.")
            self.summary.setText(text)
            self.w.errors_model.set_errors(report.errors)
            self.w.outcomes_model.set_outcomes(report.outcomes)
            for column, width in enumerate((50, 110, 190, 250, 60)):
                self.outcomes.setColumnWidth(column, width)
        self.errors.setVisible(bool(report and report.errors))
        self.skip_check.setVisible(bool(report and report.errors))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.w.report
        if self.w.busy or report is None or self.w.plan_error is not None:
            return False
        if report.errors and not self.skip_check.isChecked():
            return False
        return bool(report.created or report.updated)

    def validatePage(self) -> bool:
        if self.w.committed is not None:
            return True
        self.w.commit(skip_invalid=self.skip_check.isChecked())
        return False

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check and import"))
        self.setSubTitle(self.tr("Nothing is written until you press Import; then all rows are written, or none."))
        self.skip_check.setText(self.tr("Skip the rows with problems and import the others"))


class AmbassadorImportWizard(QWizard):
    """UI: import people from a CSV or .xlsx file."""

    def __init__(self, parent: QWidget | None, workspace, path: Path, actor: str) -> None:
        super().__init__(parent)
        self.workspace, self.path, self.actor = workspace, Path(path), actor
        self.table: SourceTable | None = None
        self.mapping: tuple[str | None, ...] = ()
        self.default_market = ""
        self.report: imp.ImportReport | None = None
        self.committed: imp.ImportReport | None = None
        self.read_error: BaseException | None = None
        self.plan_error: BaseException | None = None
        self.busy = False
        self.committing = False
        self.source_model = SourcePreviewModel(self)
        self.errors_model = ImportErrorsModel(self)
        self.outcomes_model = ImportOutcomesModel(self)
        self.source_page, self.mapping_page, self.preview_page = (
            AmbassadorSourcePage(self),
            AmbassadorMappingPage(self),
            AmbassadorPreviewPage(self),
        )
        for page in (self.source_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(760, 540)  # fits an 800 × 600 screen with its frame
        self.retranslate_ui()
        self.read(None, None)

    # -- background steps ----------------------------------------------------------------------------
    def read(self, encoding: str | None, delimiter: str | None) -> None:
        self.busy, self.read_error = True, None
        self.source_page.show_table()
        path = self.path

        def work(_handle):
            return read_source(path, encoding=encoding, delimiter=delimiter)

        run_in_background(work, self._read_done, self._read_failed)

    def _read_done(self, table: SourceTable) -> None:
        self.busy, self.table = False, table
        self.mapping = imp.guess_mapping(table.headers)
        self.source_model.set_table(table.headers, [(r.line, r.cells) for r in table.rows])
        self.source_page.retranslate_ui()
        self.source_page.show_table()

    def _read_failed(self, exc: BaseException) -> None:
        self.busy, self.read_error = False, exc
        self.source_model.set_table((), [])
        self.source_page.show_table()

    def _options(self, **extra) -> imp.ImportOptions:
        return imp.ImportOptions(default_market=self.default_market or "", **extra)

    def check(self) -> None:
        self.busy, self.plan_error = True, None
        workspace, table, mapping, options = self.workspace, self.table, self.mapping, self._options(dry_run=True)

        def work(_handle):
            db = workspace.connect_worker()
            try:
                return imp.plan(db, table, mapping, options)
            finally:
                db.close()

        run_in_background(work, self._checked, self._check_failed)

    def _checked(self, report: imp.ImportReport) -> None:
        self.busy, self.report = False, report
        self.preview_page.show_report()

    def _check_failed(self, exc: BaseException) -> None:
        self.busy, self.plan_error = False, exc
        self.preview_page.show_report()

    def commit(self, *, skip_invalid: bool) -> None:
        self.busy = self.committing = True
        self._lock_buttons(True)
        self.preview_page.show_report()
        workspace, table, mapping = self.workspace, self.table, self.mapping
        options, actor = self._options(skip_invalid=skip_invalid), self.actor

        def work(_handle):
            db = workspace.connect_worker()
            try:
                return imp.run(db, table, mapping, options, actor=actor)
            finally:
                db.close()

        run_in_background(work, self._committed, self._commit_failed)

    def _committed(self, report: imp.ImportReport) -> None:
        self.busy = self.committing = False
        self._lock_buttons(False)
        self.committed = report
        self.accept()

    def _commit_failed(self, exc: BaseException) -> None:
        self.busy = self.committing = False
        self._lock_buttons(False)
        self.plan_error = exc
        self.preview_page.show_report()

    def _lock_buttons(self, locked: bool) -> None:
        # Once writing has started it finishes (all or nothing); the user cannot walk away mid-way.
        for which in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton):
            self.button(which).setEnabled(not locked)

    def reject(self) -> None:
        if not self.committing:
            super().reject()

    # -- language ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            for page in (self.source_page, self.mapping_page, self.preview_page):
                page.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import ambassadors from {0}").format(self.path.name))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    @classmethod
    def run_import(cls, parent: QWidget | None, workspace, path: Path, actor: str) -> imp.ImportReport | None:
        """The written import's report, or None when cancelled."""
        wizard = cls(parent, workspace, path, actor)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        wizard.exec()
        return wizard.committed
