"""UI: the post body editor — completes #hashtags and @mentions already used in the workspace, and opens its
context menu with spelling suggestions."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCompleter, QMenu, QPlainTextEdit

_TAG_PREFIX = re.compile(r"(?<![\w#@])([#@])(\w*)$")


class PostBodyEdit(QPlainTextEdit):
    """UI: `menu_provider(menu, position)` may add actions for the text position under the mouse;
    `set_tags(hashtags, mentions)` feeds the completer; `set_tag_source(fn)` feeds it from `fn() -> (hashtags,
    mentions)`, called when a tag is first typed (reading every post's tags is not worth doing for each post shown)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.menu_provider: Callable[[QMenu, int], None] | None = None
        self._tags = {"#": [], "@": []}
        self._tag_source: Callable[[], tuple[list[str], list[str]]] | None = None
        self._completer: QCompleter | None = None  # built when first needed (`completer`), not for every post shown
        self._sigil = "#"

    @property
    def completer(self) -> QCompleter:
        """The tag completer, built the first time a key is typed (the editor opens without it)."""
        if self._completer is None:
            self._model = QStringListModel(self)
            completer = QCompleter(self._model, self)
            completer.setWidget(self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.activated.connect(self.insert_completion)
            self._completer = completer
        return self._completer

    def set_tags(self, hashtags: list[str], mentions: list[str]) -> None:
        self._tag_source = None
        self._tags = {"#": list(hashtags), "@": list(mentions)}

    def set_tag_source(self, source: Callable[[], tuple[list[str], list[str]]] | None) -> None:
        self._tag_source = source
        self._tags = {"#": [], "@": []}

    # -- completion ------------------------------------------------------------------------------
    def tag_prefix(self) -> tuple[str, str] | None:
        """(sigil, typed part) when the cursor ends a #hashtag or @mention being typed."""
        cursor = self.textCursor()
        block_text = cursor.block().text()[: cursor.positionInBlock()]
        match = _TAG_PREFIX.search(block_text)
        return (match.group(1), match.group(2)) if match else None

    def update_completer(self) -> None:
        found = self.tag_prefix()
        if self._completer is None and (found is None or not found[1]):
            return  # nothing to complete: no need to build it yet
        popup = self.completer.popup()
        if found is not None and found[1] and self._tag_source is not None:
            hashtags, mentions = self._tag_source()
            self.set_tags(hashtags, mentions)
        if found is None or not found[1] or not self._tags[found[0]]:
            popup.hide()
            return
        sigil, typed = found
        if sigil != self._sigil or self._model.stringList() != self._tags[sigil]:
            self._sigil = sigil
            self._model.setStringList(self._tags[sigil])
        self.completer.setCompletionPrefix(typed)
        if self.completer.completionCount() == 0 or (
            self.completer.completionCount() == 1 and self.completer.currentCompletion() == typed
        ):
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 12)
        self.completer.complete(rect)

    def insert_completion(self, completion: str) -> None:
        found = self.tag_prefix()
        if found is None:
            return
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(found[1]))
        cursor.insertText(completion + " ")
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._completer.popup() if self._completer is not None else None
        if (
            popup is not None
            and popup.isVisible()
            and event.key()
            in (
                Qt.Key.Key_Enter,
                Qt.Key.Key_Return,
                Qt.Key.Key_Tab,
                Qt.Key.Key_Escape,
                Qt.Key.Key_Backtab,
            )
        ):
            event.ignore()  # the completer's popup takes these
            return
        super().keyPressEvent(event)
        if event.text() or event.key() == Qt.Key.Key_Backspace:
            self.update_completer()

    # -- context menu ----------------------------------------------------------------------------
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
