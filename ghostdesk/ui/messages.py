"""UI: the words for GhostDesk errors, translated; the core only supplies codes and facts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ghostdesk.domain.errors import GhostDeskError

translate = QCoreApplication.translate


def error_title(exc: GhostDeskError) -> str:
    titles = {
        "workspace_not_found": translate("Messages", "Workspace not found"),
        "not_a_workspace": translate("Messages", "Not a GhostDesk workspace"),
        "workspace_corrupt": translate("Messages", "The workspace is damaged"),
        "workspace_too_new": translate("Messages", "Made by a newer GhostDesk"),
        "workspace_locked": translate("Messages", "Workspace already open"),
        "workspace_exists": translate("Messages", "The file already exists"),
        "workspace_read_only": translate("Messages", "The workspace cannot be written"),
        "storage_full": translate("Messages", "The disk is full"),
        "backup_failed": translate("Messages", "The backup failed"),
    }
    return titles.get(exc.code, translate("Messages", "GhostDesk could not do that"))


def error_text(exc: GhostDeskError) -> str:
    """A sentence saying what happened and what to do next."""
    f = exc.fields
    path = f.get("path", "")
    texts = {
        "workspace_not_found": translate(
            "Messages", "There is no workspace at {path}. It may have been moved or deleted."
        ),
        "not_a_workspace": translate(
            "Messages",
            "{path} is not a GhostDesk workspace. Choose a .ghostdesk file made by GhostDesk. "
            "The file was not changed.",
        ),
        "workspace_corrupt": translate(
            "Messages",
            "{path} is damaged and cannot be opened safely. The file was not changed. "
            "You can restore the newest good backup into a new file.",
        ),
        "workspace_too_new": translate(
            "Messages",
            "{path} was saved by a newer version of GhostDesk. Update GhostDesk to open it. The file was not changed.",
        ),
        "workspace_locked": translate(
            "Messages",
            "{path} is open in another GhostDesk window (process {pid} on {host}). "
            "You can open it read-only, or close the other window first.",
        ),
        "workspace_exists": translate(
            "Messages", "{path} already exists. GhostDesk never overwrites a file: choose a new name."
        ),
        "workspace_read_only": translate(
            "Messages", "{path} cannot be written (read-only file or folder). Your work is safe; save a copy elsewhere."
        ),
        "storage_full": translate(
            "Messages", "The disk holding {path} is full. Nothing was half-written; free some space and retry."
        ),
        "backup_failed": translate("Messages", "The backup could not be made: {message}"),
    }
    if exc.code == "workspace_corrupt" and f.get("newest_good_backup") == "":
        # Checked, and there is none: offering "the newest good backup" would send the user looking for nothing.
        texts["workspace_corrupt"] = translate(
            "Messages",
            "{path} is damaged and cannot be opened safely. The file was not changed. No backup of it was found: "
            "open a copy you keep elsewhere, or create a new workspace (File → New workspace).",
        )
    if exc.code == "workspace_read_only" and f.get("why") == "session":
        texts["workspace_read_only"] = translate(
            "Messages",
            "{path} is open read-only in this window, so it cannot be written here. Nothing was changed. To change "
            "it, close any other GhostDesk that has it open, then open it again here (not read-only).",
        )
    if exc.code == "not_a_workspace" and f.get("why") == "empty":
        texts["not_a_workspace"] = (
            translate(
                "Messages",
                "{path} is empty (0 bytes): a copy that did not finish, or a file your sync service has not downloaded "
                "yet. The file was not changed.",
            )
            + " "
            + (
                translate("Messages", "You can restore the newest good backup into a new file.")
                if f.get("newest_good_backup")
                else translate("Messages", "No backup of it was found: open a copy you keep elsewhere.")
            )
        )
    if exc.code == "storage_full" and f.get("why") == "io":
        texts["storage_full"] = translate(
            "Messages",
            "The disk holding {path} is full or cannot be written right now (a disk error, or a network drive that "
            "went away). Nothing was half-written; check the disk, then retry.",
        )
    if exc.code == "workspace" and f.get("why") == "busy":
        texts["workspace"] = translate(
            "Messages", "{path} is busy: another program is writing to it. Nothing was changed; try again in a moment."
        )
    template = texts.get(exc.code)
    if template is None:
        return exc.message
    return template.format(path=path, pid=f.get("pid") or "?", host=f.get("host") or "?", message=exc.message)
