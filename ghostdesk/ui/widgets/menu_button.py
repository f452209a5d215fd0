"""UI: a tool button that opens its menu on a click and leaves room for the arrow it draws."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QToolButton, QWidget

ARROW_ROOM = 14  # px: in InstantPopup mode Qt draws the menu arrow in the corner without widening the button


class MenuToolButton(QToolButton):
    """UI: InstantPopup with room for its arrow, so the arrow never overlaps the label (Qt sizes an InstantPopup
    button for its text alone, and on a narrow window the layout then gives it exactly that)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + ARROW_ROOM, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width() + ARROW_ROOM, hint.height())
