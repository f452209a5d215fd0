"""UI: table and list models of the writing assistants — providers and the sent log (ids + row cache)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ghostdesk.domain.assist import KIND_DEEPL, Provider, SentLogEntry
from ghostdesk.domain.clock import parse_utc

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class ProvidersModel(QAbstractListModel):
    """UI: the configured providers, by name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: dict[str, Provider] = {}

    def reload(self, providers: list[Provider]) -> None:
        self.beginResetModel()
        self._ids = [p.id for p in providers]
        self._rows = {p.id: p for p in providers}
        self.endResetModel()

    def provider_at(self, row: int) -> Provider | None:
        return self._rows.get(self._ids[row]) if 0 <= row < len(self._ids) else None

    def row_of(self, provider_id: str) -> int:
        return self._ids.index(provider_id) if provider_id in self._ids else -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        provider = self._rows[self._ids[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return provider.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return provider.endpoint
        if role == ID_ROLE:
            return provider.id
        return None


class SentLogModel(QAbstractTableModel):
    """UI: what was sent to which service, newest first."""

    COLUMNS = ("when", "service", "where", "action", "chars", "preview", "outcome")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: dict[str, SentLogEntry] = {}

    def reload(self, entries: list[SentLogEntry]) -> None:
        self.beginResetModel()
        self._ids = [e.id for e in entries]
        self._rows = {e.id: e for e in entries}
        self.endResetModel()

    def entry_at(self, row: int) -> SentLogEntry | None:
        return self._rows.get(self._ids[row]) if 0 <= row < len(self._ids) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        labels = {
            "when": self.tr("When"),
            "service": self.tr("Service"),
            "where": self.tr("Where"),
            "action": self.tr("Action"),
            "chars": self.tr("Characters sent"),
            "preview": self.tr("Beginning of the text"),
            "outcome": self.tr("Outcome"),
        }
        return labels[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        entry = self._rows[self._ids[index.row()]]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "chars":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "outcome":
            return entry.outcome
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "when":
            moment = QDateTime.fromSecsSinceEpoch(int(parse_utc(entry.at).timestamp()))
            return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        if column == "service":
            return entry.provider
        if column == "where":
            return entry.host
        if column == "action":
            return self._action_label(entry.action)
        if column == "chars":
            return QLocale().toString(entry.chars_sent)
        if column == "preview":
            return entry.preview
        return self.tr("Done") if entry.outcome == "ok" else self._outcome_label(entry.outcome)

    def _action_label(self, action: str) -> str:
        labels = {
            "test": self.tr("Connection test"),
            "rewrite": self.tr("Rewrite"),
            "translate": self.tr("Translation"),
            "adapt": self.tr("Adaptation"),
            "share_texts": self.tr("Share texts"),
            "complete": self.tr("Completion"),
        }
        return labels.get(action, action)

    def _outcome_label(self, code: str) -> str:
        labels = {
            "assist_cancelled": self.tr("Cancelled"),
            "assist_timeout": self.tr("Timed out"),
            "assist_bad_key": self.tr("Key refused"),
            "assist_offline": self.tr("Offline"),
            "assist_refused": self.tr("Refused"),
            "assist_rate_limited": self.tr("Too many requests"),
            "assist_server_error": self.tr("Service failed"),
            "assist_content_filtered": self.tr("Filtered"),
        }
        return labels.get(code, self.tr("Failed"))


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    if kind == KIND_DEEPL:
        return QCoreApplication.translate("AssistModels", "DeepL translation")
    return QCoreApplication.translate("AssistModels", "OpenAI-compatible chat")
