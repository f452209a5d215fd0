"""UI: the side-by-side variant editor — the master (read-only, with its changes since the variant's base when it
moved on) on the left, the variant on the right, the market's checklist and the findings below, with the studio's
own counters and feed preview for the variant's network."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain import networks
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.posts import PostStatus
from ghostdesk.services import markets, posts, variants
from ghostdesk.ui.market_names import shown_name
from ghostdesk.ui.market_texts import shown_text
from ghostdesk.ui.widgets.network_counters import counter_labels
from ghostdesk.ui.widgets.post_body_edit import PostBodyEdit
from ghostdesk.ui.widgets.post_findings import fill_findings
from ghostdesk.ui.widgets.post_labels import (
    finding_text,
    language_label,
    post_error_text,
    status_label,
)
from ghostdesk.ui.widgets.post_preview import PostPreview

translate = QCoreApplication.translate


def variant_finding_text(finding) -> tuple[str, str]:
    """Translated words for the market rules' findings; the studio's table for the others."""
    p = finding.params
    table = {
        "market_network_unavailable": (
            translate("VariantEditor", "{network} is not available in this market"),
            translate("VariantEditor", "Pick one of the market's own networks."),
        ),
        "market_too_long": (
            translate("VariantEditor", "{used} characters as {network} counts them; the limit is {limit}"),
            translate("VariantEditor", "Shorten the text for this network, or leave the network out."),
        ),
        "market_register_slip": (
            translate("VariantEditor", "“{word}” breaks the market's register ({address})"),
            translate("VariantEditor", "Keep the market's form of address from start to finish."),
        ),
        "market_date_order": (
            translate("VariantEditor", "“{text}” is written in another market's date order"),
            translate("VariantEditor", "Write the month in words, or use the market's order."),
        ),
        "market_date_ambiguous": (
            translate("VariantEditor", "“{text}” will be read in this market's date order"),
            translate("VariantEditor", "Make sure that is the date you mean, or write the month in words."),
        ),
        "market_number_format": (
            translate("VariantEditor", "“{text}” uses another market's decimal and grouping signs"),
            translate("VariantEditor", "Write the number the local way."),
        ),
        "market_currency_foreign": (
            translate("VariantEditor", "An amount in {currency}; readers here count in {market_currency}"),
            translate("VariantEditor", "Give the amount in the local currency too, or say which it is."),
        ),
        "market_disclosure_missing": (
            translate("VariantEditor", "No disclosure of the link to the company"),
            translate("VariantEditor", "Add the market's disclosure label."),
        ),
        "market_disclosure_wrong": (
            translate("VariantEditor", "“{label}” is not a disclosure wording used in this market"),
            translate("VariantEditor", "Use the market's default label or another accepted wording."),
        ),
        "market_never_translate_changed": (
            translate("VariantEditor", "“{term}” is never translated, but it is missing here"),
            translate("VariantEditor", "Keep the term exactly as the master writes it."),
        ),
        "market_rendering_not_used": (
            translate("VariantEditor", "“{term}” should be rendered “{rendering}”"),
            translate("VariantEditor", "Use the executive's agreed rendering."),
        ),
        "market_hashtag_untranslated": (
            translate("VariantEditor", "#{tag} is still the master's hashtag"),
            translate("VariantEditor", "Use the hashtag people follow in this market, unless it is a brand."),
        ),
        "market_public_holiday": (
            translate("VariantEditor", "{date} is a public holiday here: {holiday}"),
            translate("VariantEditor", "Few people read work posts on a public holiday; pick a working day."),
        ),
        "market_not_adapted": (
            translate("VariantEditor", "This is still the master's text, copied as a starting point"),
            translate("VariantEditor", "Adapt it for the market: language, register, examples, dates, hashtags."),
        ),
    }
    if finding.message_code not in table:
        return finding_text(finding)
    message, advice = table[finding.message_code]
    values = {k: v for k, v in p.items() if isinstance(v, str | int)}
    try:
        return message.format(**values), advice
    except (KeyError, IndexError):
        return finding.message, advice


class VariantPrompts:
    """Messages the editor shows; tests patch these classmethods."""

    @classmethod
    def error(cls, parent: QWidget | None, exc: GhostDeskError) -> None:
        texts = {
            "variant_locked": translate(
                "VariantEditor", "A published or archived variant is not edited in place. Move it back to draft."
            ),
            "variant_not_approved": translate(
                "VariantEditor", "This variant has no approval of its current text. Send it to review first."
            ),
            "variant_exists": translate("VariantEditor", "This post already has a variant for that market."),
            "invalid": translate("VariantEditor", "Check the field “{0}”.").format(exc.fields.get("field", "")),
        }
        text = texts.get(exc.code) or post_error_text(exc) or str(exc)
        QMessageBox.warning(parent, translate("VariantEditor", "Variant"), text)


class VariantEditor(QWidget):
    """UI: edit one variant next to its master. `load(variant_id)`; `saved` after each save or status change."""

    saved = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = None
        self.variant = None
        self.post = None
        self.profile = None
        self.findings: list = []
        self._loading = False
        self._build()
        self.retranslate_ui()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QPushButton()
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-weight: bold;")
        self.title_label.setWordWrap(True)
        self.status_label = QLabel()
        self.adapt_button = QPushButton()
        self.adapt_button.setObjectName("adaptButton")
        self.adapt_runner = None  # made on first use: the assistant's code is not loaded at start-up
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.adapt_button)
        top.addWidget(self.status_label)

        self.stale_banner = QWidget()
        self.stale_banner.setObjectName("staleBanner")
        self.stale_banner.setStyleSheet("#staleBanner { background: #fff4d6; border-radius: 4px; }")
        self.stale_label = QLabel()
        self.stale_label.setWordWrap(True)
        self.rebase_button = QPushButton()
        banner = QHBoxLayout(self.stale_banner)
        banner.setContentsMargins(8, 4, 8, 4)
        banner.addWidget(self.stale_label, 1)
        banner.addWidget(self.rebase_button)

        # Left: the master, read-only, and its diff since the variant's base.
        self.master_heading = QLabel()
        self.master_body = QPlainTextEdit()
        self.master_body.setObjectName("masterBody")
        self.master_body.setReadOnly(True)
        self.diff_view = QTextBrowser()
        self.diff_view.setObjectName("masterDiff")
        self.diff_view.setMaximumHeight(110)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.master_heading)
        left_layout.addWidget(self.master_body, 1)
        left_layout.addWidget(self.diff_view)

        # Right: the variant.
        self.variant_heading = QLabel()
        self.body = PostBodyEdit()
        self.body.setObjectName("variantBody")
        self.networks_row = QHBoxLayout()
        self.network_boxes: dict[str, QCheckBox] = {}
        self.hashtags_edit = QLineEdit()
        self.link_edit = QLineEdit()
        self.disclosure_edit = QLineEdit()
        self.reviewer_edit = QLineEdit()
        self.planned_edit = QLineEdit()
        self.planned_edit.setPlaceholderText("2026-12-31")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels = [QLabel() for _ in range(6)]
        fields = (
            self.networks_row,
            self.hashtags_edit,
            self.link_edit,
            self.disclosure_edit,
            self.reviewer_edit,
            self.planned_edit,
        )
        for label, field in zip(self.form_labels, fields, strict=True):
            self.form.addRow(label, field)
        self.counters_row = QHBoxLayout()
        self.counter_labels: dict[str, QLabel] = {}
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.variant_heading)
        right_layout.addWidget(self.body, 1)
        right_layout.addLayout(self.counters_row)
        right_layout.addLayout(self.form)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("variantSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 480])

        # Below: findings, the market's checklist, the preview.
        self.findings_list = QListWidget()
        self.findings_list.setObjectName("variantFindings")
        self.checklist = QListWidget()
        self.checklist.setObjectName("marketChecklist")
        self.checklist.setWordWrap(True)
        self.preview = PostPreview()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.findings_list, "")
        self.tabs.addTab(self.checklist, "")
        # The card scrolls in its tab: at its full height it made the editor, and so the window, taller than an
        # 800 × 600 screen.
        preview_pane = QScrollArea()
        preview_pane.setFrameShape(QFrame.Shape.NoFrame)
        preview_pane.setWidgetResizable(True)
        preview_pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview_pane.setWidget(self.preview)
        self.tabs.addTab(preview_pane, "")

        self.save_button = QPushButton()
        self.review_button = QPushButton()
        self.approve_button = QPushButton()
        self.approval_label = QLabel()
        self.approval_label.setStyleSheet("color: palette(dark);")
        self.approval_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approval_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.approve_button)

        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.setObjectName("variantVertical")
        vertical.addWidget(self.splitter)
        vertical.addWidget(self.tabs)
        vertical.setChildrenCollapsible(False)
        vertical.setSizes([420, 200])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stale_banner)
        layout.addWidget(vertical, 1)
        layout.addLayout(buttons)
        self._layout = layout

        self.back_button.clicked.connect(self.back_requested)
        self.rebase_button.clicked.connect(lambda: self.save(rebase=True))
        self.save_button.clicked.connect(lambda: self.save())
        self.adapt_button.clicked.connect(self.adapt_with_assistant)
        self.review_button.clicked.connect(self.send_to_review)
        self.approve_button.clicked.connect(self.approve)
        self.body.textChanged.connect(self._on_changed)
        for edit in (self.hashtags_edit, self.link_edit, self.disclosure_edit, self.planned_edit):
            edit.textChanged.connect(self._on_changed)
        self.findings_list.itemActivated.connect(self._select_finding)
        self.preview.device_changed.connect(self._update_live)

    # -- context and loading ---------------------------------------------------------------------
    @property
    def db(self):
        ws = self.context.workspace if self.context is not None else None
        return ws.db if ws is not None else None

    @property
    def actor(self) -> str:
        return getattr(self.context, "actor", "") or "unknown"

    def set_context(self, context) -> None:
        self.context = context
        self.variant = None

    def load(self, variant_id: str) -> None:
        self._loading = True
        try:
            self.variant = variants.get(self.db, variant_id)
            self.post = posts.get(self.context.workspace, self.variant.post_id)
            self.profile = markets.effective(self.db, self.variant.market)
            self._fill()
        finally:
            self._loading = False
        self._update_status()
        self._update_live()
        self.run_checks()

    def _fill(self) -> None:
        v = self.variant
        self.master_body.setPlainText(self.post.body)
        self.body.setPlainText(v.body)
        for box in self.network_boxes.values():
            self.networks_row.removeWidget(box)
            box.hide()  # until it is deleted it would still draw, out of any layout, over the form below
            box.deleteLater()
        self.network_boxes = {}
        for network_id in dict.fromkeys([*self.profile.networks, *v.networks]):
            info = networks.NETWORKS.get(network_id)
            box = QCheckBox(info.name if info else network_id)
            box.setObjectName(f"network_{network_id}")
            box.setChecked(network_id in v.networks)
            box.toggled.connect(self._on_changed)
            self.network_boxes[network_id] = box
            self.networks_row.addWidget(box)
        self.hashtags_edit.setText(" ".join(f"#{t}" for t in v.hashtags))
        self.link_edit.setText(v.link)
        self.disclosure_edit.setText(v.disclosure)
        self.reviewer_edit.setText(v.reviewer)
        self.planned_edit.setText(v.planned_date)
        self._fill_checklist()
        self._show_staleness()
        self._retitle()

    def _show_staleness(self) -> None:
        staleness = variants.stale(self.db, self.variant)
        self.staleness = staleness
        self.stale_banner.setVisible(staleness.stale)
        self.diff_view.setVisible(staleness.stale)
        if not staleness.stale:
            self.diff_view.clear()
            return
        self.stale_label.setText(
            self.tr("The master changed since version {0} (now version {1}). Its changes are shown below it.").format(
                staleness.base_version, staleness.current_version
            )
        )
        lines = []
        for tag, line in staleness.diff:
            if not line.strip():
                continue
            if tag == "+":
                lines.append(f'<div style="background:#e3f4e1;">+ {html.escape(line)}</div>')
            elif tag == "-":
                lines.append(
                    f'<div style="background:#fbe3e1;text-decoration:line-through;">- {html.escape(line)}</div>'
                )
        self.diff_view.setHtml("".join(lines))

    # -- composing -------------------------------------------------------------------------------
    def selected_networks(self) -> tuple[str, ...]:
        return tuple(n for n, box in self.network_boxes.items() if box.isChecked())

    def compose(self):
        return replace(
            self.variant,
            body=self.body.toPlainText(),
            networks=self.selected_networks(),
            hashtags=tuple(t for t in self.hashtags_edit.text().replace(",", " ").split() if t.strip("#")),
            link=self.link_edit.text(),
            disclosure=self.disclosure_edit.text(),
            reviewer=self.reviewer_edit.text(),
            planned_date=self.planned_edit.text(),
        )

    def _on_changed(self, *_args) -> None:
        if self._loading or self.variant is None:
            return
        self._update_live()
        self.run_checks()

    def _update_live(self) -> None:
        if self.variant is None:
            return
        text = self.compose_text()
        selected = self.selected_networks()
        for c, label, _new in counter_labels(self.counter_labels, self.counters_row, text, selected):
            info = networks.NETWORKS.get(c.network)
            name = info.name if info else c.network
            if c.limit is None:
                label.setText(self.tr("{0}: {1}").format(name, c.used))
            else:
                label.setText(self.tr("{0}: {1} / {2}").format(name, c.used, c.limit))
            colour = "#d0302f" if c.over else "palette(dark)"
            label.setStyleSheet(f"color: {colour}; font-weight: {'bold' if c.over else 'normal'};")
        fold_network = next((n for n in selected if n in networks.NETWORKS), selected[0] if selected else "linkedin")
        executive = self._executive_name()
        self.preview.set_post(executive, self.profile.name if self.profile else "", text, fold_network)

    def compose_text(self) -> str:
        """The text as it goes out: body, disclosure, hashtags (what the counters count)."""
        try:
            return self.compose().full_text
        except GhostDeskError:
            return self.body.toPlainText()

    def _executive_name(self) -> str:
        found = next((e for e in posts.executives(self.context.workspace) if e.id == self.post.executive_id), None)
        return found.name if found else ""

    def run_checks(self) -> None:
        if self.variant is None:
            return
        draft = self.compose()
        try:
            self.findings = variants.check(self.db, replace(draft, planned_date=draft.planned_date.strip()[:10]))
        except ValueError:  # a planned date still being typed
            self.findings = variants.check(self.db, replace(draft, planned_date=""))
        fill_findings(
            self.findings_list, self.findings, variant_finding_text, self.tr("Nothing reads wrong in this market.")
        )
        self._retitle()

    def _select_finding(self, item: QListWidgetItem) -> None:
        span = item.data(Qt.ItemDataRole.UserRole)
        if not span or span[0] < 0 or span[1] > len(self.body.toPlainText()):
            return
        cursor = self.body.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    # -- actions ---------------------------------------------------------------------------------
    def save(self, *, rebase: bool = False) -> bool:
        if self.variant is None or self.db is None:
            return False
        try:
            self.variant = variants.save(self.db, self.compose(), actor=self.actor, rebase=rebase)
        except GhostDeskError as exc:
            VariantPrompts.error(self, exc)
            return False
        self._show_staleness()
        self._update_status()
        self.run_checks()
        self.saved.emit(self.variant.id)
        return True

    def adapt_with_assistant(self) -> bool:
        """Ask the writing assistant for a proposal (reviewed in a dialog, nothing saved); with no assistant
        configured, the market checklist is the way to adapt by hand."""
        if self.variant is None:
            return False
        if self.adapt_runner is None:
            from ghostdesk.ui.assist_adapt import AdaptRunner

            self.adapt_runner = AdaptRunner(self, self.context)
            self._layout.insertWidget(self._layout.count() - 1, self.adapt_runner.busy_bar)
        return self.adapt_runner.start(
            self.variant.post_id, self.variant.market, on_accepted=self.set_variant_text, on_offline=self.adapt_offline
        )

    def set_variant_text(self, text: str) -> None:
        """Replace the body through the editor's cursor, so Ctrl+Z brings the previous text back."""
        cursor = self.body.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def adapt_offline(self) -> None:
        self.tabs.setCurrentWidget(self.checklist)
        self.body.setFocus()

    def send_to_review(self) -> bool:
        if not self.save():
            return False
        return self._move(PostStatus.IN_REVIEW)

    def approve(self) -> bool:
        if self.variant is None:
            return False
        try:
            self.variant = variants.approve(self.db, self.variant.id, actor=self.actor)
        except GhostDeskError as exc:
            VariantPrompts.error(self, exc)
            return False
        self._update_status()
        self.saved.emit(self.variant.id)
        return True

    def _move(self, target: PostStatus) -> bool:
        try:
            self.variant = variants.set_status(self.db, self.variant.id, target, actor=self.actor)
        except GhostDeskError as exc:
            VariantPrompts.error(self, exc)
            return False
        self._update_status()
        self.saved.emit(self.variant.id)
        return True

    def _update_status(self) -> None:
        if self.variant is None:
            return
        v = self.variant
        self.status_label.setText(status_label(v.status))
        writable = self.context is not None and not self.context.workspace.read_only
        self.save_button.setEnabled(writable)
        self.adapt_button.setEnabled(writable and v.status not in (PostStatus.PUBLISHED, PostStatus.ARCHIVED))
        self.rebase_button.setEnabled(writable)
        self.review_button.setEnabled(writable and v.status == PostStatus.DRAFT)
        self.approve_button.setEnabled(writable and v.status == PostStatus.IN_REVIEW)
        if v.approval_valid:
            self.approval_label.setText(self.tr("Approved by {0}").format(v.approval.by))
        elif v.reviewer:
            self.approval_label.setText(self.tr("Local reviewer: {0}").format(v.reviewer))
        else:
            self.approval_label.setText("")

    # -- words -----------------------------------------------------------------------------------
    def _retitle(self) -> None:
        if self.variant is not None and self.profile is not None:
            self.title_label.setText(
                self.tr("{0} — {1} ({2})").format(
                    self.post.title or self.post.body[:40],
                    shown_name(self.profile.name),
                    language_label(self.variant.language),
                )
            )
            self.master_heading.setText(
                self.tr("Master, {0} (version {1})").format(
                    language_label(self.post.language), self.staleness.current_version
                )
            )
        self.tabs.setTabText(0, self.tr("Findings ({0})").format(len(self.findings)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_checklist(self) -> None:
        self.checklist.clear()
        for line in self.profile.checklist:
            self.checklist.addItem(QListWidgetItem("☐ " + shown_text(line)))

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("← All variants"))
        self.rebase_button.setText(self.tr("Mark as up to date"))
        self.rebase_button.setToolTip(self.tr("Save, and record that this variant now follows the current master"))
        self.variant_heading.setText(self.tr("Variant for the market"))
        labels = [
            self.tr("Networks"),
            self.tr("Hashtags"),
            self.tr("Link"),
            self.tr("Disclosure"),
            self.tr("Local reviewer"),
            self.tr("Planned date"),
        ]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.tabs.setTabText(1, self.tr("Market checklist"))
        self.tabs.setTabText(2, self.tr("Preview"))
        self.adapt_button.setText(self.tr("Adapt with the assistant…"))
        self.adapt_button.setToolTip(
            self.tr("Ask the writing assistant for a proposal from the master; you review it before it is used")
        )
        self.save_button.setText(self.tr("Save"))
        self.review_button.setText(self.tr("Send to review"))
        self.approve_button.setText(self.tr("Approve"))
        if self.variant is not None:
            self._fill_checklist()
            self._show_staleness()
            self._retitle()
            self._update_status()
            self.run_checks()
        else:
            self.tabs.setTabText(0, self.tr("Findings"))
