"""UI: small horizontal bar charts for voice figures (a share, with the voice's usual value marked)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Bar:
    label: str
    fraction: float  # 0–1, the bar's length
    text: str  # the figure shown at the bar's end
    marker: float | None = None  # 0–1, the usual value (a tick), if any
    good: bool | None = None  # colours the bar: True green, False amber, None the palette's highlight


class VoiceBars(QWidget):
    """UI: one labelled bar per row; reads better than a column of percentages."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._bars)) * self.ROW + 4)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        label_width = min(
            self.width() // 2, max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0) + 12
        )
        text_width = max((metrics.horizontalAdvance(b.text) for b in self._bars), default=0) + 10
        track = max(40, self.width() - label_width - text_width)
        for row, bar in enumerate(self._bars):
            top = row * self.ROW + 2
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(0, top, label_width - 8, self.ROW - 4),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            back = QRectF(label_width, top + 5, track, self.ROW - 12)
            painter.setPen(Qt.PenStyle.NoPen)
            base = palette.color(QPalette.ColorRole.Mid)
            base.setAlpha(70)
            painter.setBrush(base)
            painter.drawRoundedRect(back, 3, 3)
            color = palette.color(QPalette.ColorRole.Highlight)
            if bar.good is True:
                color = QColor("#2e9d5b")
            elif bar.good is False:
                color = QColor("#d98e04")
            painter.setBrush(color)
            fill = QRectF(back.left(), back.top(), track * max(0.0, min(1.0, bar.fraction)), back.height())
            painter.drawRoundedRect(fill, 3, 3)
            if bar.marker is not None:
                x = back.left() + track * max(0.0, min(1.0, bar.marker))
                painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 2))
                painter.drawLine(int(x), int(back.top() - 3), int(x), int(back.bottom() + 3))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(label_width + track + 6, top, text_width, self.ROW - 4),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                bar.text,
            )
        painter.end()
