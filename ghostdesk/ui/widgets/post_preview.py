"""UI: a feed-card preview of a post that shows where the network folds it ("…see more")."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout

from ghostdesk.domain import networks


class PostPreview(QFrame):
    """UI: the card. `set_post(name, role, text, network)`; desktop/mobile switch for the fold."""

    device_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("postPreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#postPreview { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"
        )
        self._name = self._role = self._text = ""
        self._network = "linkedin"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        top = QHBoxLayout()
        self.avatar = QLabel()
        self.avatar.setFixedSize(40, 40)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.avatar.setStyleSheet("background: #2f6fb5; color: white; border-radius: 20px; font-weight: bold;")
        who = QVBoxLayout()
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-weight: bold;")
        self.role_label = QLabel()
        self.role_label.setStyleSheet("color: palette(dark);")
        for label in (self.name_label, self.role_label):
            # Long names and titles wrap instead of widening the card (and the editor around it).
            label.setWordWrap(True)
            label.setMinimumWidth(60)
        who.addWidget(self.name_label)
        who.addWidget(self.role_label)
        top.addWidget(self.avatar)
        top.addLayout(who, 1)
        self.desktop = QRadioButton()
        self.mobile = QRadioButton()
        self.desktop.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.desktop)
        group.addButton(self.mobile)
        self.desktop.toggled.connect(self._on_device)
        layout.addLayout(top)
        # Desktop / mobile on a row of their own: the name and title keep the card's full width.
        devices = QHBoxLayout()
        devices.addWidget(self.desktop)
        devices.addWidget(self.mobile)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.body)
        self.fold_note = QLabel()
        self.fold_note.setStyleSheet("color: palette(dark); font-size: 11px;")
        self.fold_note.setWordWrap(True)  # a long note must not widen the card (and squeeze the posts list)
        devices.insertWidget(0, self.fold_note, 1)
        layout.addLayout(devices)
        self.retranslate_ui()

    @property
    def device(self) -> str:
        return "mobile" if self.mobile.isChecked() else "desktop"

    def _on_device(self) -> None:
        self._render()
        self.device_changed.emit()

    def set_post(self, name: str, role: str, text: str, network: str) -> None:
        self._name, self._role, self._text, self._network = name, role, text, network
        self._render()

    def shown_text(self) -> str:
        """The text as the feed shows it before "see more" (for tests and the review copy)."""
        fold = networks.fold_index(self._text, self._network, self.device)
        return self._text if fold is None else self._text[:fold]

    def _render(self) -> None:
        initials = "".join(part[0] for part in self._name.split()[:2]).upper()
        self.avatar.setText(initials or "?")
        self.name_label.setText(self._name or self.tr("Executive"))
        info = networks.NETWORKS.get(self._network)
        self.role_label.setText(f"{self._role} · {info.name if info else self._network}")
        fold = networks.fold_index(self._text, self._network, self.device)
        shown = self._text if fold is None else self._text[:fold].rstrip()
        markup = _breakable(html.escape(shown)).replace("\n", "<br>")
        more = self.tr("…see more")
        empty = self.tr("Nothing to show yet")
        if fold is not None:
            markup += f' <span style="color:#6b7785;">{html.escape(more)}</span>'
        self.body.setText(markup or f'<span style="color:#9aa3ad;">{html.escape(empty)}</span>')
        if fold is None:
            self.fold_note.setText(self.tr("The whole post shows in the feed."))
        else:
            self.fold_note.setText(
                self.tr("The feed folds after {0} characters; the hook must land before it.").format(fold)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.desktop.setText(self.tr("Desktop"))
        self.mobile.setText(self.tr("Mobile"))
        self._render()


_LONG_TOKEN = re.compile(r"\S{24,}")


def _breakable(markup: str) -> str:
    """Let long links and tags wrap (after / . ? & = -), so one URL cannot widen the whole editor."""
    return _LONG_TOKEN.sub(lambda m: re.sub(r"([/.?&=-])", "\\1\u200b", m.group(0)), markup)
