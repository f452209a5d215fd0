"""UI: icons from ghostdesk.resources/icons (SVG), cached, with a light variant for selected items."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

STROKE = "#4a6fa5"  # the colour our line icons are drawn in
SELECTED_STROKE = "#ffffff"
_SIZES = (16, 22, 24, 32, 48)


@cache
def icon(name: str) -> QIcon:
    path = resources.files("ghostdesk.resources").joinpath("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    svg = path.read_bytes()
    result = QIcon(str(path))
    if STROKE.encode() in svg:
        # On a highlighted row the usual blue stroke would vanish into the highlight.
        light = svg.replace(STROKE.encode(), SELECTED_STROKE.encode())
        for size in _SIZES:
            pixmap = QPixmap(QSize(size, size))
            if pixmap.loadFromData(light, "SVG"):
                result.addPixmap(pixmap.scaled(size, size), QIcon.Mode.Selected)
    return result


def app_icon() -> QIcon:
    return icon("ghostdesk")
