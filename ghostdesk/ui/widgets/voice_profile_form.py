"""UI: the profile editor — who the executive is, and how they write (settings, tone, phrases, glossary)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.executive import Executive
from ghostdesk.domain.voice import (
    EMOJI_POLICIES,
    HASHTAG_POSITIONS,
    REGISTERS,
    TONE_SCALES,
    GlossaryEntry,
    VoiceSettings,
)
from ghostdesk.services.voices import VoiceProfile
from ghostdesk.ui.views.voice_texts import tone_label

GLOSSARY_LANGUAGES = ("en", "fr", "de", "ja", "zh")


def _split(text: str, sep: str = ",") -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(sep) if part.strip())


class VoiceProfileForm(QWidget):
    """UI: edits one VoiceProfile; `values()` returns what to save."""

    changed = Signal()
    photo_choose_requested = Signal()
    photo_remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executive: Executive | None = None
        self._loading = False
        self._build()
        self.retranslate_ui()

    # -- construction --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.company_edit = QLineEdit()
        self.languages_edit = QLineEdit()
        self.markets_edit = QLineEdit()
        self.pillars_edit = QLineEdit()
        self.bio_edit = QPlainTextEdit()
        self.bio_edit.setFixedHeight(70)
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(64, 64)
        self.photo_label.setWordWrap(True)  # "Pas de photo" is wider than the frame
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.photo_button = QPushButton()
        self.photo_remove_button = QPushButton()
        self.photo_button.clicked.connect(self.photo_choose_requested)
        self.photo_remove_button.clicked.connect(self.photo_remove_requested)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label)
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_remove_button)
        photo_row.addStretch(1)

        self.who_box = QGroupBox()
        who = QFormLayout(self.who_box)
        self.who_form = who
        for widget in (
            self.name_edit,
            self.title_edit,
            self.company_edit,
            self.languages_edit,
            self.markets_edit,
            self.pillars_edit,
            self.bio_edit,
        ):
            who.addRow(QLabel(), widget)
        who.addRow(QLabel(), photo_row)

        self.register_combos: dict[str, QComboBox] = {}
        self.voice_box = QGroupBox()
        voice = QFormLayout(self.voice_box)
        self.voice_form = voice
        for language, choices in REGISTERS.items():
            if not choices:
                continue
            combo = QComboBox()
            combo.addItem("", "")
            for choice in choices:
                combo.addItem(choice, choice)
            self.register_combos[language] = combo
            voice.addRow(QLabel(), combo)
        self.tone_sliders: dict[str, QSlider] = {}
        for scale in TONE_SCALES:
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 10)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            self.tone_sliders[scale] = slider
            voice.addRow(QLabel(), slider)
        self.emoji_combo = QComboBox()
        for policy in EMOJI_POLICIES:
            self.emoji_combo.addItem("", policy)
        voice.addRow(QLabel(), self.emoji_combo)
        self.hashtag_spin = QSpinBox()
        self.hashtag_spin.setRange(0, 30)
        self.hashtag_position_combo = QComboBox()
        for position in HASHTAG_POSITIONS:
            self.hashtag_position_combo.addItem("", position)
        hashtag_row = QHBoxLayout()
        hashtag_row.addWidget(self.hashtag_spin)
        hashtag_row.addWidget(self.hashtag_position_combo, 1)
        voice.addRow(QLabel(), hashtag_row)
        self.sign_off_edit = QLineEdit()
        voice.addRow(QLabel(), self.sign_off_edit)
        self.preferred_edit = QPlainTextEdit()
        self.preferred_edit.setFixedHeight(56)
        voice.addRow(QLabel(), self.preferred_edit)
        self.banned_edit = QPlainTextEdit()
        self.banned_edit.setFixedHeight(56)
        voice.addRow(QLabel(), self.banned_edit)

        self.glossary_box = QGroupBox()
        self.glossary_table = QTableWidget(0, len(GLOSSARY_LANGUAGES) + 2)
        header = self.glossary_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.glossary_table.verticalHeader().setVisible(False)
        self.glossary_table.setMinimumHeight(120)
        self.glossary_add = QPushButton()
        self.glossary_remove = QPushButton()
        self.glossary_add.clicked.connect(lambda: self._add_glossary_row(GlossaryEntry("")))
        self.glossary_remove.clicked.connect(self._remove_glossary_row)
        glossary_buttons = QHBoxLayout()
        glossary_buttons.addWidget(self.glossary_add)
        glossary_buttons.addWidget(self.glossary_remove)
        glossary_buttons.addStretch(1)
        glossary_layout = QVBoxLayout(self.glossary_box)
        glossary_layout.addWidget(self.glossary_table)
        glossary_layout.addLayout(glossary_buttons)

        # Two columns where they fit, one above the other where they do not (an 800-px window): side by side at
        # any width they made the editor scroll sideways with half of "How they write" out of sight.
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._left = left = QVBoxLayout()
        left.addWidget(self.who_box)
        left.addWidget(self.glossary_box, 1)
        self.columns.addLayout(left, 1)
        self._right = right = QVBoxLayout()
        right.addWidget(self.voice_box)
        right.addStretch(1)
        self.columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.columns)

        for edit in (self.name_edit, self.title_edit, self.company_edit, self.languages_edit, self.markets_edit):
            edit.textEdited.connect(self._emit_changed)
        for edit in (self.pillars_edit, self.sign_off_edit):
            edit.textEdited.connect(self._emit_changed)
        for plain in (self.bio_edit, self.preferred_edit, self.banned_edit):
            plain.textChanged.connect(self._emit_changed)
        for combo in (*self.register_combos.values(), self.emoji_combo, self.hashtag_position_combo):
            combo.currentIndexChanged.connect(self._emit_changed)
        for slider in self.tone_sliders.values():
            slider.valueChanged.connect(self._emit_changed)
        self.hashtag_spin.valueChanged.connect(self._emit_changed)
        self.glossary_table.itemChanged.connect(self._emit_changed)

    def _emit_changed(self, *args) -> None:
        if not self._loading:
            self.changed.emit()

    def _add_glossary_row(self, entry: GlossaryEntry) -> None:
        table = self.glossary_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(entry.term))
        for column, language in enumerate(GLOSSARY_LANGUAGES, start=1):
            table.setItem(row, column, QTableWidgetItem(entry.renderings.get(language, "")))
        never = QTableWidgetItem()
        never.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        never.setCheckState(Qt.CheckState.Checked if entry.never_translate else Qt.CheckState.Unchecked)
        table.setItem(row, len(GLOSSARY_LANGUAGES) + 1, never)
        self._emit_changed()

    def _remove_glossary_row(self) -> None:
        row = self.glossary_table.currentRow()
        if row >= 0:
            self.glossary_table.removeRow(row)
            self._emit_changed()

    # -- values ---------------------------------------------------------------------------------------
    def load(self, profile: VoiceProfile, photo: bytes | None = None) -> None:
        self._loading = True
        try:
            e, s = profile.executive, profile.settings
            self._executive = e
            self.name_edit.setText(e.name)
            self.title_edit.setText(e.title)
            self.company_edit.setText(e.company)
            self.languages_edit.setText(", ".join(e.languages))
            self.markets_edit.setText(", ".join(e.markets))
            self.pillars_edit.setText(", ".join(e.pillars))
            self.bio_edit.setPlainText(e.bio)
            for language, combo in self.register_combos.items():
                combo.setCurrentIndex(max(0, combo.findData(s.registers.get(language, ""))))
                # Only the executive's own languages (or one already set) need a register.
                self.voice_form.setRowVisible(combo, language in e.languages or bool(s.registers.get(language)))
            for scale, slider in self.tone_sliders.items():
                slider.setValue(int(s.tone.get(scale, 5)))
            self.emoji_combo.setCurrentIndex(max(0, self.emoji_combo.findData(s.emoji_policy)))
            self.hashtag_spin.setValue(s.hashtag_count)
            self.hashtag_position_combo.setCurrentIndex(
                max(0, self.hashtag_position_combo.findData(s.hashtag_position))
            )
            self.sign_off_edit.setText(s.sign_off)
            self.preferred_edit.setPlainText("\n".join(s.preferred_terms))
            self.banned_edit.setPlainText("\n".join(s.banned_phrases))
            self.glossary_table.setRowCount(0)
            for entry in s.glossary:
                self._add_glossary_row(entry)
            self.set_photo(photo)
        finally:
            self._loading = False

    def set_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo_label.setPixmap(
                pixmap.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo"))
        self.photo_remove_button.setEnabled(bool(data))

    def values(self) -> tuple[Executive, VoiceSettings]:
        assert self._executive is not None
        executive = replace(
            self._executive,
            name=self.name_edit.text(),
            title=self.title_edit.text().strip(),
            company=self.company_edit.text().strip(),
            languages=tuple(code.lower() for code in _split(self.languages_edit.text())),
            markets=tuple(code.upper() for code in _split(self.markets_edit.text())),
            pillars=_split(self.pillars_edit.text()),
            bio=self.bio_edit.toPlainText().strip(),
        )
        glossary = []
        table = self.glossary_table
        for row in range(table.rowCount()):
            term = (table.item(row, 0).text() if table.item(row, 0) else "").strip()
            if not term:
                continue
            renderings = {
                language: table.item(row, column).text().strip()
                for column, language in enumerate(GLOSSARY_LANGUAGES, start=1)
                if table.item(row, column) and table.item(row, column).text().strip()
            }
            never = table.item(row, len(GLOSSARY_LANGUAGES) + 1)
            glossary.append(
                GlossaryEntry(term, renderings, never is not None and never.checkState() == Qt.CheckState.Checked)
            )
        settings = VoiceSettings(
            registers={
                lang: combo.currentData() for lang, combo in self.register_combos.items() if combo.currentData()
            },
            tone={scale: slider.value() for scale, slider in self.tone_sliders.items()},
            emoji_policy=self.emoji_combo.currentData(),
            hashtag_count=self.hashtag_spin.value(),
            hashtag_position=self.hashtag_position_combo.currentData(),
            sign_off=self.sign_off_edit.text().strip(),
            preferred_terms=_split(self.preferred_edit.toPlainText(), "\n"),
            banned_phrases=_split(self.banned_edit.toPlainText(), "\n"),
            glossary=tuple(glossary),
        )
        return executive, settings

    # -- words ------------------------------------------------------------------------------------------
    def two_columns_width(self) -> int:
        """The narrowest width at which "Who" and "How they write" still fit side by side."""
        spacing = max(self.columns.spacing(), 0)
        return self._left.minimumSize().width() + self._right.minimumSize().width() + spacing

    def minimumSizeHint(self) -> QSize:
        # As narrow as the wider column: narrower than both side by side, the columns go one above the other.
        hint = super().minimumSizeHint()
        single = max(self._left.minimumSize().width(), self._right.minimumSize().width())
        return QSize(min(hint.width(), single), hint.height())

    def resizeEvent(self, event) -> None:
        wide = event.size().width() >= self.two_columns_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.who_box.setTitle(self.tr("Who"))
        self.voice_box.setTitle(self.tr("How they write"))
        self.glossary_box.setTitle(self.tr("Glossary"))
        labels = [
            self.tr("Name:"),
            self.tr("Title:"),
            self.tr("Company:"),
            self.tr("Languages:"),
            self.tr("Markets:"),
            self.tr("Content pillars:"),
            self.tr("Short bio:"),
            self.tr("Photo:"),
        ]
        for row, text in enumerate(labels):
            self.who_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.languages_edit.setPlaceholderText(self.tr("e.g. fr, en"))
        self.markets_edit.setPlaceholderText(self.tr("e.g. FR, US, DE"))
        self.pillars_edit.setPlaceholderText(self.tr("topics, separated by commas"))
        self.photo_button.setText(self.tr("Choose…"))
        self.photo_remove_button.setText(self.tr("Remove"))
        if self.photo_label.pixmap().isNull():
            self.photo_label.setText(self.tr("No photo"))
        row = 0
        for language in self.register_combos:
            label = self.voice_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(self.tr("Register ({0}):").format(language))
            self.register_combos[language].setItemText(0, self.tr("not set"))
            row += 1
        for scale in TONE_SCALES:
            self.voice_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(tone_label(scale) + ":")
            row += 1
        for text in (
            self.tr("Emoji:"),
            self.tr("Hashtags (at most):"),
            self.tr("Sign-off:"),
            self.tr("Preferred terms:"),
            self.tr("Banned phrases:"),
        ):
            self.voice_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
            row += 1
        emoji = {"never": self.tr("Never"), "sparing": self.tr("Sparingly"), "free": self.tr("Freely")}
        for index in range(self.emoji_combo.count()):
            self.emoji_combo.setItemText(index, emoji[self.emoji_combo.itemData(index)])
        positions = {"end": self.tr("at the end"), "inline": self.tr("inside sentences"), "any": self.tr("anywhere")}
        for index in range(self.hashtag_position_combo.count()):
            self.hashtag_position_combo.setItemText(index, positions[self.hashtag_position_combo.itemData(index)])
        self.preferred_edit.setPlaceholderText(self.tr("one per line"))
        self.banned_edit.setPlaceholderText(self.tr("one per line, e.g. synergy"))
        self.sign_off_edit.setPlaceholderText(self.tr("e.g. — Claire"))
        headers = [self.tr("Term"), *GLOSSARY_LANGUAGES, self.tr("Never translate")]
        self.glossary_table.setHorizontalHeaderLabels(headers)
        self.glossary_add.setText(self.tr("Add term"))
        self.glossary_remove.setText(self.tr("Remove term"))
