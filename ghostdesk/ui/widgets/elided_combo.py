"""UI: a combo box that may be narrower than its longest choice and then shows its current text elided (“Tous les
sta…”) instead of cutting it off mid-letter — so filter rows fit an 800-px screen in every language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

TEXT_MARGIN = 4  # px the style keeps between the label and the edit field's edges


class ElidedComboBox(QComboBox):
    """UI: a QComboBox sized to `letters` characters (plus its arrow) whatever its choices; the current text is
    elided when the box is narrower than it. The popup lists the whole texts."""

    def __init__(self, parent: QWidget | None = None, *, letters: int = 8) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(letters)

    def shown_text(self, option: QStyleOptionComboBox | None = None) -> str:
        """The current text as it fits the box's edit field now."""
        if option is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = field.width() - TEXT_MARGIN
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + TEXT_MARGIN
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, max(0, room))

    def paintEvent(self, event) -> None:
        if self.isEditable():  # the line edit shows (and scrolls) the text itself
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
