"""UI: line icons keep a light variant for selected rows, drawn only when a selected row needs it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPixmap

from ghostdesk.ui import icons


def _opaque_colours(pixmap: QPixmap) -> set[str]:
    image = pixmap.toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    }


def test_selected_rows_get_the_light_variant_and_others_the_usual_stroke(qapp):
    icon = icons.icon("voices")
    selected = _opaque_colours(icon.pixmap(QSize(22, 22), QIcon.Mode.Selected))
    normal = _opaque_colours(icon.pixmap(QSize(22, 22)))
    assert selected == {icons.SELECTED_STROKE}
    assert normal and all(QColor(c).blue() > QColor(c).red() for c in normal)
    sharp = icon.pixmap(QSize(22, 22), 2.0, QIcon.Mode.Selected)
    assert (sharp.width(), sharp.devicePixelRatio()) == (44, 2.0)


def test_making_the_sidebar_icons_draws_no_light_variant(qapp, monkeypatch):
    drawn = []

    class Counting(QPixmap):
        def loadFromData(self, *args):
            drawn.append(args[1:])
            return super().loadFromData(*args)

    monkeypatch.setattr(icons, "QPixmap", Counting)
    icons.icon.cache_clear()
    try:
        made = [icons.icon(name) for name in ("posts", "markets", "calendar")]
        assert drawn == []
        made[0].pixmap(QSize(22, 22), QIcon.Mode.Selected)
        made[0].pixmap(QSize(22, 22), QIcon.Mode.Selected)
        assert len(drawn) == 1, "one size of one icon, drawn once"
    finally:
        icons.icon.cache_clear()
