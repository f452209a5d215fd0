"""UI: the Results page's charts — labelled bars (with a target marker) and a line over time, painted with QPainter.

Why not QtCharts or a plotting library: QtCharts ships in PySide6-Addons (a wheel several times the size of the
app's Qt), and Matplotlib or pyqtgraph would add tens of megabytes and seconds of import for two simple chart
shapes. A small painted widget follows the palette (dark mode), scales with the font and exports itself as PNG.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SERIES_COLOURS = ("#2f6fb0", "#d98e04", "#2e9d5b", "#a64ca6")


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: float
    text: str  # the figure written at the bar's end
    target: float | None = None  # drawn as a tick; the bar turns green once it reaches it


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: tuple[float, ...]
    peak_text: str = ""  # e.g. "max 12,900", in the interface's words


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_title(self, title: str) -> None:
        self._title = title
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def title(self) -> str:
        return self._title

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def to_image(self, width: int = 800) -> QImage:
        """The chart rendered at `width` pixels on a white background (for PNG export and reports)."""
        height = self.sizeHint().height()
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self._paint(painter, QRectF(0, 0, width, height), light=True)
        painter.end()
        return image

    def save_png(self, path: Path, width: int = 800) -> bool:
        return self.to_image(width).save(str(path), "PNG")

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        self._paint(painter, QRectF(self.rect()), light=False)
        painter.end()

    def _colours(self, light: bool) -> tuple[QColor, QColor]:
        if light:
            return QColor("#1f2430"), QColor("#c8ced8")
        palette = self.palette()
        mid = palette.color(QPalette.ColorRole.Mid)
        mid.setAlpha(90)
        return palette.color(QPalette.ColorRole.WindowText), mid

    def _title_height(self) -> int:
        return self.fontMetrics().height() + 8 if self._title else 0

    def _paint_title(self, painter: QPainter, area: QRectF, text_colour: QColor) -> None:
        if not self._title:
            return
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(QRectF(area.left(), area.top(), area.width(), self._title_height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title)  # fmt: skip
        font.setBold(False)
        painter.setFont(font)

    def _paint(self, painter: QPainter, area: QRectF, light: bool) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ResultBarChart(_Chart):
    """UI: one labelled horizontal bar per row (targets vs actual, or a breakdown by market/network/wave)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[ChartBar] = []

    def set_bars(self, bars: list[ChartBar]) -> None:
        self._bars = list(bars)
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def _row(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        return QSize(420, self._title_height() + max(1, len(self._bars)) * self._row() + 6)

    def _paint(self, painter: QPainter, area: QRectF, light: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, track_colour = self._colours(light)
        self._paint_title(painter, area, text)
        metrics = painter.fontMetrics()
        top0 = area.top() + self._title_height()
        if not self._bars:
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), top0, area.width(), self._row()),
                             Qt.AlignmentFlag.AlignVCenter, self._empty_text)  # fmt: skip
            return
        label_w = min(area.width() * 0.4, max(metrics.horizontalAdvance(b.label) for b in self._bars) + 12)
        value_w = max(metrics.horizontalAdvance(b.text) for b in self._bars) + 10
        track = max(30.0, area.width() - label_w - value_w)
        top_value = max([b.value for b in self._bars] + [b.target or 0 for b in self._bars] + [1])
        row_h = self._row()
        for index, bar in enumerate(self._bars):
            top = top0 + index * row_h
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), top, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 8)))  # fmt: skip
            back = QRectF(area.left() + label_w, top + 5, track, row_h - 10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track_colour)
            painter.drawRoundedRect(back, 3, 3)
            # A bar with a target is a progress bar: scaled to its own target (or its value, if beyond).
            scale = max(bar.value, bar.target, 1) * 1.05 if bar.target else top_value
            reached = bar.target is not None and bar.value >= bar.target
            painter.setBrush(QColor("#2e9d5b") if reached else QColor(SERIES_COLOURS[0]))
            painter.drawRoundedRect(QRectF(back.left(), back.top(), track * bar.value / scale, back.height()), 3, 3)
            if bar.target is not None:
                x = back.left() + track * bar.target / scale
                painter.setPen(QPen(text, 2))
                painter.drawLine(QPointF(x, back.top() - 3), QPointF(x, back.bottom() + 3))
            painter.setPen(text)
            painter.drawText(QRectF(back.right() + 6, top, value_w, row_h), Qt.AlignmentFlag.AlignVCenter, bar.text)


class ResultLineChart(_Chart):
    """UI: values over time (one line per series, each scaled to its own peak), with first and last dates."""

    HEIGHT = 170

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._series: list[ChartSeries] = []

    def set_data(self, labels: list[str], series: list[ChartSeries]) -> None:
        self._labels = list(labels)
        self._series = list(series)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def series(self) -> list[ChartSeries]:
        return list(self._series)

    def sizeHint(self) -> QSize:
        return QSize(420, self._title_height() + self.HEIGHT)

    def _paint(self, painter: QPainter, area: QRectF, light: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, grid = self._colours(light)
        self._paint_title(painter, area, text)
        metrics = painter.fontMetrics()
        legend_h = metrics.height() + 4
        plot = QRectF(area.left() + 4, area.top() + self._title_height() + legend_h + 4, area.width() - 8,
                      self.HEIGHT - legend_h - metrics.height() - 16)  # fmt: skip
        if not self._labels or not self._series:
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        x = area.left() + 4
        for index, s in enumerate(self._series):
            colour = QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            painter.setPen(QPen(colour, 3))
            y = area.top() + self._title_height() + legend_h / 2
            painter.drawLine(QPointF(x, y), QPointF(x + 16, y))
            painter.setPen(text)
            peak = max(s.values, default=0)
            label = f"{s.name} ({s.peak_text})" if s.peak_text else s.name
            painter.drawText(QPointF(x + 20, y + metrics.ascent() / 2 - 1), label)
            x += 32 + metrics.horizontalAdvance(label)
        painter.setPen(QPen(grid, 1))
        for step in range(4):
            y = plot.top() + plot.height() * step / 3
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        count = len(self._labels)
        for index, s in enumerate(self._series):
            peak = max(max(s.values, default=0), 1)
            path = QPainterPath()
            for i, value in enumerate(s.values):
                px = plot.left() + (plot.width() * i / (count - 1) if count > 1 else plot.width() / 2)
                py = plot.bottom() - plot.height() * value / peak
                path.moveTo(px, py) if i == 0 else path.lineTo(px, py)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]))
                painter.drawEllipse(QPointF(px, py), 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]), 2))
            painter.drawPath(path)
        painter.setPen(text)
        bottom = QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, self._labels[0])
        if count > 1:
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, self._labels[-1])
