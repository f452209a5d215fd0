"""UI: how an executive reads in the Voices list — photo or initials, name, and title with sample counts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ghostdesk.ui.models.voice_models import PhotoRole, SubtitleRole
from ghostdesk.ui.qt_values import ALIGN_CENTER, ALIGN_LEFT, ALIGN_VCENTER, DISPLAY_ROLE, elided

AVATAR = 32


def initials(name: str) -> str:
    parts = [p for p in name.split() if p[:1].isalpha()]
    return "".join(p[0] for p in (parts[:1] + parts[-1:] if len(parts) > 1 else parts)).upper() or "?"


class VoiceExecutiveDelegate(QStyledItemDelegate):
    """UI: two-line rows with an avatar.

    The row's background is the style's own item (selection, focus), drawn without its text; this list is on
    the first page at start-up, and naming `QStyle` (for its element and state enums) would make PySide6 build
    that class's Python type and its ~15 enums first (≈7 ms). For the same reason it names no `Qt` enum
    (ui/qt_values.py): roles and drawText flags as ints, its own elision."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # name and subtitle are drawn by paint(), on two lines

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(option.rect.width(), max(AVATAR + 12, option.fontMetrics.height() * 2 + 14))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)  # the background, through initStyleOption above
        painter.save()
        view = option.widget
        selected = view is not None and view.selectionModel().isSelected(index)
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = option.rect
        avatar = QRect(rect.left() + 6, rect.top() + (rect.height() - AVATAR) // 2, AVATAR, AVATAR)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        clip = QPainterPath()
        clip.addEllipse(avatar)
        photo = index.data(PhotoRole)
        if isinstance(photo, QPixmap) and not photo.isNull():
            painter.setClipPath(clip)
            painter.drawPixmap(avatar, photo)
            painter.setClipping(False)
        else:
            name = index.data(DISPLAY_ROLE) or ""
            hue = sum(map(ord, name)) * 37 % 360
            painter.fillPath(clip, QColor.fromHsl(hue, 90, 150))
            painter.setPen(QColor("white"))
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(avatar, ALIGN_CENTER, initials(name))
        text_left = avatar.right() + 10
        line = option.fontMetrics.height()
        top = rect.top() + (rect.height() - 2 * line) // 2
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_color)
        width = rect.right() - text_left - 4
        name = index.data(DISPLAY_ROLE) or ""
        painter.drawText(
            QRect(text_left, top, width, line), ALIGN_LEFT | ALIGN_VCENTER, elided(painter.fontMetrics(), name, width)
        )
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        sub = QColor(text_color)
        sub.setAlpha(170)
        painter.setPen(sub)
        subtitle = index.data(SubtitleRole) or ""
        painter.drawText(
            QRect(text_left, top + line, width, line),
            ALIGN_LEFT | ALIGN_VCENTER,
            elided(painter.fontMetrics(), subtitle, width),
        )
        painter.restore()
