"""UI: the post body editor — a plain-text editor whose context menu starts with spelling suggestions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QPlainTextEdit


class PostBodyEdit(QPlainTextEdit):
    """UI: `menu_provider(menu, position)` may add actions for the text position under the mouse."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.menu_provider: Callable[[QMenu, int], None] | None = None

    def context_menu_at(self, position: int) -> QMenu:
        """The menu for a text position (built separately so tests can read it without showing it)."""
        menu = self.createStandardContextMenu()
        if self.menu_provider is not None:
            extra = QMenu(menu)
            self.menu_provider(extra, position)
            actions = extra.actions()
            if actions:
                first = menu.actions()[0] if menu.actions() else None
                for action in actions:
                    action.setParent(menu)
                    menu.insertAction(first, action)
                menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        position = self.cursorForPosition(event.pos()).position()
        menu = self.context_menu_at(position)
        menu.exec(event.globalPos())
        menu.deleteLater()
