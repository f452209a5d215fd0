"""UI: icons from ghostdesk.resources/icons (SVG), cached, with a light variant for selected items."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap

import ghostdesk.resources

# Qt's SVG engine reads an icon by its path, so the icons are files on disk in every install (wheel, editable,
# PyInstaller folder): the package's own folder finds them without importlib.resources, whose import and first
# files() call cost start-up ≈5 ms.
ICONS = Path(ghostdesk.resources.__file__).parent / "icons"
STROKE = "#4a6fa5"  # the colour our line icons are drawn in
SELECTED_STROKE = "#ffffff"


class _LineIconEngine(QIconEngine):
    """Qt's own SVG icon, except in Selected mode: the light variant, drawn when a size is first asked for.

    Rendering every size of the light variant up front cost start-up ≈1 ms per icon and size (45 renders for
    the sidebar alone); a selected row needs one size of one icon."""

    def __init__(self, path: str, light: bytes) -> None:
        super().__init__()
        self._path = path
        self._normal = QIcon(path)
        self._light = light
        self._selected: dict[tuple[int, int], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        if mode != QIcon.Mode.Selected:
            return self._normal.pixmap(size, scale, mode, state)
        physical = QSize(round(size.width() * scale), round(size.height() * scale))
        key = (physical.width(), physical.height())
        if key not in self._selected:
            pixmap = QPixmap(physical)
            if not pixmap.loadFromData(self._light, "SVG"):
                return self._normal.pixmap(size, scale, mode, state)
            self._selected[key] = pixmap.scaled(physical)
        result = QPixmap(self._selected[key])
        result.setDevicePixelRatio(scale)
        return result

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self._normal.actualSize(size, mode, state)

    def clone(self) -> QIconEngine:
        return _LineIconEngine(self._path, self._light)

    def isNull(self) -> bool:
        return self._normal.isNull()


@cache
def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    svg = path.read_bytes()
    if STROKE.encode() not in svg:
        return QIcon(str(path))
    # On a highlighted row the usual blue stroke would vanish into the highlight.
    return QIcon(_LineIconEngine(str(path), svg.replace(STROKE.encode(), SELECTED_STROKE.encode())))


def app_icon() -> QIcon:
    return icon("ghostdesk")
