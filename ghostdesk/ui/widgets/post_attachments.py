"""UI: what hangs off a post besides its text — the comments thread and the images stored in the workspace."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.services import posts
from ghostdesk.ui.dialogs.post_prompts import PostPrompts
from ghostdesk.ui.widgets.post_labels import local_time


class PostComments(QWidget):
    """UI: the comments thread of one post (newest last) and a line to add one."""

    comments_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = None
        self.post_id: str | None = None
        self.actor = ""
        self.loaded = True  # the thread shows the post's comments (False: not read yet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.thread = QListWidget()
        self.thread.setWordWrap(True)
        layout.addWidget(self.thread, 1)
        row = QHBoxLayout()
        self.entry = QLineEdit()
        self.add_button = QPushButton()
        self.entry.returnPressed.connect(self.add_comment)
        self.add_button.clicked.connect(self.add_comment)
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.retranslate_ui()

    def set_post(self, workspace, post_id: str | None, actor: str, *, later: bool = False) -> None:
        """Show a post's comments; `later`: they are read by `load()` (the page's first paint shows the post
        without them: their tab is not on screen, its title waits for the count), or when the tab is shown."""
        self.workspace, self.post_id, self.actor = workspace, post_id, actor
        if later and not self.isVisible():
            self.thread.clear()
            self.loaded = False
        else:
            self.reload()

    def load(self) -> None:
        """Read the comments `set_post(later=True)` left for later (nothing when they are read already)."""
        if not self.loaded:
            self.reload()

    def showEvent(self, event) -> None:
        self.load()
        super().showEvent(event)

    def reload(self) -> None:
        self.thread.clear()
        self.loaded = True
        if self.workspace is None or self.post_id is None:
            return
        for comment in posts.comments(self.workspace, self.post_id):
            when = local_time(comment.created_at)
            self.thread.addItem(QListWidgetItem(f"{comment.author} · {when}\n{comment.text}"))

    def add_comment(self) -> None:
        text = self.entry.text().strip()
        if not text or self.post_id is None:
            return
        try:
            posts.add_comment(self.workspace, self.post_id, author=self.actor, text=text)
        except GhostDeskError as exc:
            PostPrompts.error(self, exc)
            return
        self.entry.clear()
        self.reload()
        self.comments_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.entry.setPlaceholderText(self.tr("Add a comment for the team…"))
        self.add_button.setText(self.tr("Add"))


class PostImages(QWidget):
    """UI: the post's images as thumbnails, and a button to attach one (kept inside the workspace file)."""

    images_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = None
        self.post_id: str | None = None
        self.actor = ""
        self.before_change = lambda: True  # the editor saves pending text first
        self._loaded, self._count = True, 0  # the gallery shows the post's images; how many it has
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.gallery = QListWidget()
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(96, 96))
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        layout.addWidget(self.gallery, 1)
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self.attach)
        layout.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()

    def set_post(self, workspace, post_id: str | None, actor: str, *, count: int | None = None) -> None:
        """Show a post's images. Given their `count`, the thumbnails (each image read and decoded in full) wait
        until the gallery is on screen: the tab's title needs only the count."""
        self.workspace, self.post_id, self.actor = workspace, post_id, actor
        if count is None or self.isVisible():
            self.reload()
        else:
            self.gallery.clear()
            self._count, self._loaded = count, False

    def count(self) -> int:
        """How many images the post has (read before the thumbnails are)."""
        return self.gallery.count() if self._loaded else self._count

    def showEvent(self, event) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self.gallery.clear()
        self._loaded, self._count = True, 0
        if self.workspace is None or self.post_id is None:
            return
        for _image_id, name, _mime, data in posts.images(self.workspace, self.post_id):
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self.gallery.addItem(QListWidgetItem(QIcon(pixmap), name))

    def attach(self) -> None:
        if self.post_id is None or not self.before_change():
            return
        path = PostPrompts.image_file(self)
        if path is None:
            return
        try:
            posts.add_image(self.workspace, self.post_id, path, actor=self.actor)
        except GhostDeskError as exc:
            PostPrompts.error(self, exc)
            return
        self.reload()
        self.images_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.attach_button.setText(self.tr("Attach an image…"))
