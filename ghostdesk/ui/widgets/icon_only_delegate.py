"""UI: a list row drawn as its icon alone, centred, for the main window's sidebar in a narrow window."""

from __future__ import annotations

from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class IconOnlyDelegate(QStyledItemDelegate):
    """Draws a row without its label (the label stays the row's tooltip and accessible text): the icon centred
    over the row's width, and a selected row as one block."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.text = ""
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDisplay
        option.decorationPosition = QStyleOptionViewItem.Position.Top  # a lone icon on top is centred across
