"""UI: a feed-card preview of a post that shows where the network folds it ("…see more")."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout

from ghostdesk.domain import networks
from ghostdesk.ui.widgets.flow_layout import FlowRow

NAME_MIN_WIDTH, NAME_MAX_WIDTH = 60, 140  # px for the name and title beside the avatar
SMALL_PIXELS = 11  # the fold note's text


class RoundedPanel(QFrame):
    """UI: a panel painted as a rounded rectangle (fill, optional border). Painted here rather than by a style
    sheet: a style sheet on a widget restyles it and everything under it each time an ancestor is re-parented,
    which made building the post editor several milliseconds slower."""

    def __init__(self, parent=None, *, radius: float, fill: QColor | None = None, border: bool = False) -> None:
        super().__init__(parent)
        self._radius, self._fill, self._border = radius, fill, border

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setBrush(self._fill if self._fill is not None else palette.color(QPalette.ColorRole.Base))
        if self._border:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), self._radius, self._radius)


class _Avatar(QLabel):
    """UI: the initials in a filled circle."""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2f6fb5"))
        painter.drawEllipse(QRectF(self.rect()))
        painter.setPen(QColor("white"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())


class StatusChip(QLabel):
    """UI: a status as white bold text on a rounded chip of the status's colour (`set_colour`; None: no chip)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._colour: QColor | None = None
        self.setContentsMargins(10, 2, 10, 2)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bold = self.font()
        bold.setBold(True)
        self.setFont(bold)

    def set_colour(self, colour: str | None) -> None:
        self._colour = QColor(colour) if colour else None
        self.update()

    def paintEvent(self, event) -> None:
        if self._colour is None or not self.text():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        radius = min(9.0, self.height() / 2)
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        painter.setPen(QColor("white"))
        painter.drawText(self.contentsRect(), Qt.AlignmentFlag.AlignCenter, self.text())


class WrappedLabel(QLabel):
    """UI: a word-wrapped label that keeps its heights per width. The layouts around a wrapped label ask its height
    for a width again and again while they settle (the card's text about 75 times in opening the Posts page, each
    a full layout of the text, for a few widths): the heights are kept until the text, the font or the style
    changes. `layouts` counts the heights worked out."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self.layouts = 0
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 16:
                self._heights.clear()
            self.layouts += 1
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)


class PostPreview(RoundedPanel):
    """UI: the card. `set_post(name, role, text, network)`; desktop/mobile switch for the fold."""

    device_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent, radius=8, border=True)
        self.setObjectName("postPreview")
        self._name = self._role = self._text = ""
        self._network = "linkedin"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        top = QHBoxLayout()
        self.avatar = _Avatar()
        self.avatar.setFixedSize(40, 40)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bold = self.avatar.font()
        bold.setBold(True)
        self.avatar.setFont(bold)
        who = QVBoxLayout()
        self.name_label = WrappedLabel()
        self.name_label.setFont(bold)  # fonts and palette roles, not style sheets: each one restyles its label
        self.role_label = WrappedLabel()
        self.role_label.setForegroundRole(QPalette.ColorRole.Dark)
        for label in (self.name_label, self.role_label):
            # Long names and titles wrap instead of widening the card (and the editor around it).
            label.setWordWrap(True)
            label.setMinimumWidth(NAME_MIN_WIDTH)
        who.addWidget(self.name_label)
        who.addWidget(self.role_label)
        top.addWidget(self.avatar)
        top.addLayout(who, 1)
        self.desktop = QRadioButton()
        self.mobile = QRadioButton()
        self.desktop.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.desktop)
        group.addButton(self.mobile)
        self.desktop.toggled.connect(self._on_device)
        layout.addLayout(top)
        # Desktop / mobile on a row of their own: the name and title keep the card's full width.
        devices = FlowRow()  # and they wrap when the card is narrow
        devices.addWidget(self.desktop)
        devices.addWidget(self.mobile)
        self.body = WrappedLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.body)
        self.fold_note = WrappedLabel()
        self.fold_note.setForegroundRole(QPalette.ColorRole.Dark)
        small = self.fold_note.font()
        small.setPixelSize(SMALL_PIXELS)
        self.fold_note.setFont(small)
        self.fold_note.setWordWrap(True)  # a long note must not widen the card (and squeeze the posts list)
        layout.addWidget(self.fold_note)  # full width: beside the radio buttons it wrapped a word per line
        layout.addWidget(devices)
        self.retranslate_ui()

    @property
    def device(self) -> str:
        return "mobile" if self.mobile.isChecked() else "desktop"

    def _on_device(self) -> None:
        self._render()
        self.device_changed.emit()

    def set_post(self, name: str, role: str, text: str, network: str) -> None:
        self._name, self._role, self._text, self._network = name, role, text, network
        self._render()

    def shown_text(self) -> str:
        """The text as the feed shows it before "see more" (for tests and the review copy)."""
        fold = networks.fold_index(self._text, self._network, self.device)
        return self._text if fold is None else self._text[:fold]

    def _render(self) -> None:
        initials = "".join(part[0] for part in self._name.split()[:2]).upper()
        self.avatar.setText(initials or "?")
        self.name_label.setText(self._name or self.tr("Executive"))
        info = networks.NETWORKS.get(self._network)
        self.role_label.setText(f"{self._role} · {info.name if info else self._network}")
        for label in (self.name_label, self.role_label):
            # Wrapping breaks between words only: a narrow card is still as wide as the longest word (up to a cap).
            longest = max((label.fontMetrics().horizontalAdvance(w) for w in label.text().split()), default=0)
            wanted = max(NAME_MIN_WIDTH, min(longest + 2, NAME_MAX_WIDTH))
            if label.minimumWidth() != wanted:
                label.setMinimumWidth(wanted)
        fold = networks.fold_index(self._text, self._network, self.device)
        shown = self._text if fold is None else self._text[:fold].rstrip()
        markup = _breakable(_escape(shown)).replace("\n", "<br>")
        more = self.tr("…see more")
        empty = self.tr("Nothing to show yet")
        if fold is not None:
            markup += f' <span style="color:#6b7785;">{_escape(more)}</span>'
        self.body.setText(markup or f'<span style="color:#9aa3ad;">{_escape(empty)}</span>')
        if fold is None:
            self.fold_note.setText(self.tr("The whole post shows in the feed."))
        else:
            self.fold_note.setText(
                self.tr("The feed folds after {0} characters; the hook must land before it.").format(fold)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.desktop.setText(self.tr("Desktop"))
        self.mobile.setText(self.tr("Mobile"))
        self._render()


def _escape(text: str) -> str:
    """html.escape's output, without importing the html package (its entity tables) to open the page."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


_LONG_TOKEN = re.compile(r"\S{24,}")


def _breakable(markup: str) -> str:
    """Let long links and tags wrap (after / . ? & = -), so one URL cannot widen the whole editor."""
    return _LONG_TOKEN.sub(lambda m: re.sub(r"([/.?&=-])", "\\1\u200b", m.group(0)), markup)
