"""Services: what `workspaces.check` reports (re-exported there as `workspaces.CheckReport`).

Kept apart so the GUI start-up, which opens a workspace without this report, does not create it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CheckReport:
    path: str
    ok: bool
    schema_version: int
    latest_schema_version: int
    pending_migrations: list[str]
    problems: list[str] = field(default_factory=list)
    size_bytes: int = 0
    name: str = ""
    backups: int = 0
    newest_backup: str = ""
