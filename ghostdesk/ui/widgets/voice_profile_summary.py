"""UI: an executive's voice profile at a glance — who they are and how they write — with a way into the editor.

The Voices page shows this first; the full editor (VoiceProfileForm, ≈40 widgets) is built the first time the
user asks to edit. It is a grid of plain labels: the same facts the editor holds, in the editor's own words
(translated in the "VoiceProfileForm" context), and no `Qt` namespace enum on its path (naming `Qt` makes
PySide6 create all 94 of its enums, ≈20 ms at start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ghostdesk.domain.voice import REGISTERS, TONE_SCALES
from ghostdesk.ui.i18n import count, follow_language
from ghostdesk.ui.qt_values import ALIGN_LEFT, ALIGN_TOP
from ghostdesk.ui.views.voice_texts import language_name, tone_label

if TYPE_CHECKING:
    from ghostdesk.services.voices import VoiceProfile

translate = QCoreApplication.translate
PHOTO = 64


def _form(text: str) -> str:
    """A label the editor shows, in its own translation (so the summary and the editor say the same)."""
    return translate("VoiceProfileForm", text)


class VoiceProfileSummary(QWidget):
    """UI: read-only view of one VoiceProfile; `edit_requested` asks the page for the editor."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: VoiceProfile | None = None
        self._cells: list[QLabel] = []
        self.photo_label = QLabel()
        self.photo_label.setScaledContents(True)
        self.photo_label.hide()
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(12)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_requested)
        top = QHBoxLayout()
        top.addLayout(self.grid, 1)
        top.addWidget(self.photo_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        follow_language(self)

    def load(self, profile: VoiceProfile, photo: bytes | None = None) -> None:
        self._profile = profile
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(photo) and not pixmap.isNull():
            # Scaled by the label (smoothly), at the photo's own proportions within PHOTO × PHOTO.
            scale = PHOTO / max(pixmap.width(), pixmap.height())
            self.photo_label.setFixedSize(round(pixmap.width() * scale), round(pixmap.height() * scale))
            self.photo_label.setPixmap(pixmap)
            self.photo_label.show()
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.hide()
        self._render()

    def text(self) -> str:
        """What the summary says, one line per row (for tests and accessibility checks)."""
        lines, row = [], []
        for cell in self._cells:
            row.append(cell.text())
            if cell.property("last"):
                lines.append(" ".join(row))
                row = []
        return "\n".join(lines)

    def _rows(self) -> list[tuple[str, str | None]]:
        """(label, value) per row; a value of None marks a section title."""
        profile = self._profile
        if profile is None:
            return []
        e, s = profile.executive, profile.settings
        rows: list[tuple[str, str | None]] = [
            (_form("Who"), None),
            (_form("Languages:"), ", ".join(language_name(code) for code in e.languages)),
            (_form("Markets:"), ", ".join(e.markets)),
            (_form("Content pillars:"), ", ".join(e.pillars)),
            (_form("Short bio:"), e.bio),
            (_form("How they write"), None),
        ]
        for language, choices in REGISTERS.items():
            if choices and (language in e.languages or s.registers.get(language)):
                rows.append((_form("Register ({0}):").format(language), s.registers.get(language) or _form("not set")))
        for scale in TONE_SCALES:
            name = self.tr("{0}:", "a setting's name before its value").format(tone_label(scale))
            rows.append((name, self.tr("{0} / 10").format(int(s.tone.get(scale, 5)))))
        emoji = {"never": _form("Never"), "sparing": _form("Sparingly"), "free": _form("Freely")}
        positions = {"end": _form("at the end"), "inline": _form("inside sentences"), "any": _form("anywhere")}
        hashtags = f"{s.hashtag_count}, {positions.get(s.hashtag_position, s.hashtag_position)}"
        rows += [
            (_form("Emoji:"), emoji.get(s.emoji_policy, s.emoji_policy)),
            (_form("Hashtags (at most):"), hashtags),
            (_form("Sign-off:"), s.sign_off),
            (_form("Preferred terms:"), ", ".join(s.preferred_terms)),
            (_form("Banned phrases:"), ", ".join(s.banned_phrases)),
            (_form("Glossary"), None),
        ]
        terms = ", ".join(g.term for g in s.glossary)
        glossary = count(len(s.glossary), self.tr("{0} term: {1}"), self.tr("{0} terms: {1}"), terms)
        rows.append(("", glossary if s.glossary else self.tr("No terms yet.")))
        return rows

    def _render(self) -> None:
        # Plain-text labels in a grid: a rich-text table lays out ≈5× slower on the first paint.
        for cell in self._cells:
            self.grid.removeWidget(cell)
            cell.hide()  # at once: deleteLater leaves it painted over the new rows until the loop runs
            cell.deleteLater()
        self._cells = []
        for row, (label, value) in enumerate(self._rows()):
            name = QLabel(label)
            if value is None:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
                if row:
                    name.setContentsMargins(0, 8, 0, 0)
                name.setProperty("last", True)
                self.grid.addWidget(name, row, 0, 1, 2)
                self._cells.append(name)
                continue
            shown = QLabel(value or "—")
            shown.setWordWrap(True)
            shown.setProperty("last", True)
            if not label:  # a value under its section title, the whole width
                self.grid.addWidget(shown, row, 0, 1, 2)
                self._cells.append(shown)
                continue
            # Level with the first line of a value that wraps (a property write: no `Qt` enum, see qt_values).
            name.setProperty("alignment", ALIGN_LEFT | ALIGN_TOP)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(shown, row, 1)
            self._cells += [name, shown]

    def retranslate_ui(self) -> None:
        self.edit_button.setText(self.tr("Edit profile…"))
        self._render()
