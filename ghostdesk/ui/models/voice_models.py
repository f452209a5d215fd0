"""UI: list of executives and table of voice samples — models over ids with a row cache."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtGui import QPixmap

from ghostdesk.services import voices
from ghostdesk.services.voices import VoiceProfile
from ghostdesk.ui.qt_values import DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

if TYPE_CHECKING:
    from ghostdesk.domain.voice_results import VoiceSample
    from ghostdesk.storage.connection import Database

translate = QCoreApplication.translate
# Roles as ints: this model is on the first page, and naming `Qt` costs start-up ≈20 ms (ui/qt_values.py).
IdRole = USER_ROLE + 1
SubtitleRole = USER_ROLE + 2
PhotoRole = USER_ROLE + 3  # a QPixmap, or None
_Index = QModelIndex | QPersistentModelIndex


class VoiceExecutivesModel(QAbstractListModel):
    """UI: the executives of the open workspace, by name, with their samples per language."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._db = None
        self._ids: list[str] = []
        self._rows: dict[str, VoiceProfile] = {}
        self._photos: dict[str, QPixmap | None] = {}

    def set_database(self, db) -> None:
        self._db = db
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        profiles = voices.list_profiles(self._db) if self._db is not None else []
        self._ids = [p.executive.id for p in profiles]
        self._rows = {p.executive.id: p for p in profiles}
        self._photos = {}
        self.endResetModel()

    def refresh(self, executive_id: str) -> None:
        """Re-read one row after an edit (its name may have moved it: then reload)."""
        if executive_id not in self._rows or self._db is None:
            self.reload()
            return
        profile = voices.get_profile(self._db, executive_id)
        if profile.executive.name != self._rows[executive_id].executive.name:
            self.reload()
            return
        self._rows[executive_id] = profile
        self._photos.pop(executive_id, None)
        row = self._ids.index(executive_id)
        self.dataChanged.emit(self.index(row), self.index(row))

    def row_of(self, executive_id: str) -> int:
        return self._ids.index(executive_id) if executive_id in self._ids else -1

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = DISPLAY_ROLE):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        profile = self._rows[self._ids[index.row()]]
        if role == DISPLAY_ROLE:
            return profile.executive.name
        if role == IdRole:
            return profile.executive.id
        if role == PhotoRole:
            return self._photo(profile)
        if role in (SubtitleRole, TOOLTIP_ROLE):
            counts = ", ".join(f"{lang} {n}" for lang, n in profile.sample_counts.items())
            samples = (
                translate("VoiceModels", "samples: {0}").format(counts)
                if counts
                else translate("VoiceModels", "no samples yet")
            )
            return " · ".join(part for part in (profile.executive.title, samples) if part)
        return None

    def _photo(self, profile: VoiceProfile) -> QPixmap | None:
        key = profile.executive.id
        if key not in self._photos:
            pixmap = None
            data = voices.photo(self._db, key) if profile.executive.has_photo and self._db is not None else None
            if data:
                pixmap = QPixmap()
                if not pixmap.loadFromData(data):
                    pixmap = None
            self._photos[key] = pixmap
        return self._photos[key]


class VoiceSamplesModel(QAbstractTableModel):
    """UI: one executive's sample posts — language, opening line, length, where it came from."""

    COLUMNS = ("language", "text", "length", "source")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: dict[str, VoiceSample] = {}
        self._source: tuple[Database, str] | None = None  # samples not read yet (show_samples_of)

    def set_samples(self, samples: list[VoiceSample]) -> None:
        self.beginResetModel()
        self._source = None
        self._ids = [s.id for s in samples]
        self._rows = {s.id: s for s in samples}
        self.endResetModel()

    def show_samples_of(self, db: Database, executive_id: str) -> None:
        """The executive's samples, read when something first asks for a row: the Samples tab is built when first
        shown, and start-up shows the profile (reading every sample's text there cost it a query and the
        samples' records for nothing)."""
        self.beginResetModel()
        self._source = (db, executive_id)
        self._ids, self._rows = [], {}
        self.endResetModel()

    def _read(self) -> None:
        if self._source is not None:
            db, executive_id = self._source
            self._source = None
            samples = voices.samples(db, executive_id)
            self._ids = [s.id for s in samples]
            self._rows = {s.id: s for s in samples}

    def sample_at(self, row: int) -> VoiceSample | None:
        self._read()
        return self._rows[self._ids[row]] if 0 <= row < len(self._ids) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        self._read()
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    # The samples table is on a tab built when first shown: it names `Qt` then, not at start-up.
    def headerData(self, section: int, orientation, role: int = DISPLAY_ROLE):
        from PySide6.QtCore import Qt

        if role != DISPLAY_ROLE or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "language": translate("VoiceModels", "Language"),
            "text": translate("VoiceModels", "Post"),
            "length": translate("VoiceModels", "Characters"),
            "source": translate("VoiceModels", "From"),
        }[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = DISPLAY_ROLE):
        from PySide6.QtCore import Qt

        self._read()
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        sample = self._rows[self._ids[index.row()]]
        column = self.COLUMNS[index.column()]
        if role == IdRole:
            return sample.id
        if role == TOOLTIP_ROLE and column == "text":
            return sample.text[:1000]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "length":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != DISPLAY_ROLE:
            return None
        if column == "language":  # the language's name in the interface's language, not its code
            from ghostdesk.ui.views.voice_texts import language_name  # loaded with the Voices page already

            return language_name(sample.language)
        if column == "text":
            return " ".join(sample.text.split())[:140]
        if column == "length":
            return len(sample.text)
        return source_label(sample.source)


def source_label(source: str) -> str:
    return {
        "paste": translate("VoiceModels", "Typed"),
        "txt": translate("VoiceModels", "Text file"),
        "docx": translate("VoiceModels", "Word"),
        "linkedin": translate("VoiceModels", "LinkedIn export"),
    }.get(source, source)
