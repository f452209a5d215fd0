"""Domain: the error family every layer raises; the UI and CLI choose the words."""

from __future__ import annotations

from typing import Any


class GhostDeskError(Exception):
    """Base of expected failures. `code` is stable (used by UI, CLI and JSON); `fields` carry the facts."""

    code = "error"

    def __init__(self, message: str = "", **fields: Any) -> None:
        self.fields = fields
        super().__init__(message or self.code)

    @property
    def message(self) -> str:
        return str(self)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, **{k: _plain(v) for k, v in self.fields.items()}}


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return str(value)


class WorkspaceError(GhostDeskError):
    code = "workspace"


class WorkspaceNotFound(WorkspaceError):
    code = "workspace_not_found"


class WorkspaceExists(WorkspaceError):
    code = "workspace_exists"


class NotAWorkspace(WorkspaceError):
    """The file exists but is not a GhostDesk workspace (another SQLite file, or not SQLite at all)."""

    code = "not_a_workspace"


class WorkspaceCorrupt(WorkspaceError):
    code = "workspace_corrupt"


class WorkspaceTooNew(WorkspaceError):
    """Made by a newer GhostDesk: unknown migrations were applied."""

    code = "workspace_too_new"


class WorkspaceLocked(WorkspaceError):
    """Another GhostDesk (still alive) holds the writer lock."""

    code = "workspace_locked"


class WorkspaceReadOnly(WorkspaceError):
    code = "workspace_read_only"


class StorageFull(WorkspaceError):
    code = "storage_full"


class BackupError(GhostDeskError):
    code = "backup_failed"


class NotFound(GhostDeskError):
    code = "not_found"


class ValidationError(GhostDeskError):
    code = "invalid"
