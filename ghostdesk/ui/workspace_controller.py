"""UI: the File menu's work — open, create, copy, restore, check, back up — with its questions and errors."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ghostdesk.domain.errors import GhostDeskError, NotAWorkspace, WorkspaceCorrupt, WorkspaceLocked
from ghostdesk.services import workspaces
from ghostdesk.storage import backups
from ghostdesk.storage.workspace import Workspace
from ghostdesk.ui.context import AppContext
from ghostdesk.ui.dialogs.prompts import Ask, FilePrompts, Tell

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def read_only_text(reason: str) -> str:
    """Why a workspace opened read-only that the user did not ask to open so ({0}: its path)."""
    if reason == "file_read_only":
        return translate(
            "WorkspaceController",
            "{0} cannot be written (the file is read-only), so GhostDesk opened it read-only: you can read and "
            "export everything, but not change it. To work on it, save a copy elsewhere (File → Save a copy).",
        )
    return translate(
        "WorkspaceController",
        "The folder holding {0} cannot be written (a read-only disk, share or folder), so GhostDesk opened it "
        "read-only: you can read and export everything, but not change it. To work on it, save a copy elsewhere "
        "(File → Save a copy).",
    )


def read_only_status(reason: str) -> str:
    """The status bar's words for a read-only workspace."""
    if reason == "file_read_only":
        return translate("WorkspaceController", "Read-only: the file cannot be written")
    if reason == "folder_read_only":
        return translate("WorkspaceController", "Read-only: the folder cannot be written")
    return translate("WorkspaceController", "Read-only")


class WorkspaceController(QObject):
    """UI: owns the switch from one workspace to another; pages hear of it through `workspace_changed`."""

    workspace_changed = Signal(object)  # Workspace | None
    busy = Signal(str)  # a status message while background work runs; "" when done
    backup_taken = Signal()
    workspace_missing = Signal()

    WATCH_INTERVAL_MS = 3000

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.window = parent_widget
        self._missing_reported = False
        # A workspace on a removable or network drive can vanish while open; the open connection still
        # holds every change, so noticing in time means nothing is lost.
        self._watch = QTimer(self)
        self._watch.setInterval(self.WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.check_still_there)
        self._watch.start()

    def check_still_there(self) -> bool:
        ws = self.context.workspace
        if ws is None or not workspaces.is_missing(ws):
            self._missing_reported = False
            return True
        if not self._missing_reported:
            self._missing_reported = True
            self.workspace_missing.emit()
            self.rescue_missing()
        return False

    def rescue_missing(self, *, ask: bool = True) -> bool:
        """Offer to save everything from the open connection to a new file, and switch to it."""
        ws = self.context.workspace
        if ws is None or (ask and not Ask.rescue_missing(self.window, ws.path)):
            return False
        target = FilePrompts.copy_target(self.window, str(Path.home() / ws.path.name))
        if not target:
            return False
        try:
            # On the GUI thread on purpose: only this connection can still read the vanished file.
            saved = workspaces.save_copy(ws, target)
        except GhostDeskError as exc:
            Tell.error(self.window, exc)
            return False
        return self.open_path(saved)

    # -- opening ---------------------------------------------------------------------------------
    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        """Open `path`, asking the user what to do about a lock or a damaged file. True when opened."""
        if self.is_open(path) and (read_only or not self.context.workspace.read_only):
            # Chosen again (Open recent, Open…): our own lock would read as "open in another GhostDesk" and
            # offer to swap this window's writable session for a read-only one. A read-only session chosen again
            # is opened again, as the read-only message advises once the other GhostDesk is closed (if it still
            # is not, the lock's question comes back).
            return True
        s = self.context.settings
        try:
            workspace = workspaces.open_workspace(
                path, read_only=read_only, keep_backups=s.backups_to_keep, auto_backup_hours=s.auto_backup_hours
            )
        except WorkspaceLocked as exc:
            if Ask.open_read_only(self.window, exc):
                return self.open_path(path, read_only=True)
            return False
        except (WorkspaceCorrupt, NotAWorkspace) as exc:
            if isinstance(exc, NotAWorkspace) and exc.fields.get("why") != "empty":
                Tell.error(self.window, exc)  # some other file: it has no backups of ours
                return False
            good = workspaces.offer_backup(exc, Path(path))  # the words then say whether there is one
            if good is None:
                Tell.error(self.window, exc)
            elif Ask.restore_backup(self.window, exc, good):
                return self._restore_flow(good, suggested=Path(path))
            return False
        except GhostDeskError as exc:
            Tell.error(self.window, exc)
            return False
        self.set_workspace(workspace)
        if workspace.read_only and not read_only:
            # Not asked for: say why nothing can be changed, and how to work on it anyway.
            Tell.info(
                self.window,
                translate("WorkspaceController", "Opened read-only"),
                read_only_text(workspace.read_only_reason).format(workspace.path),
            )
        return True

    def is_open(self, path: Path) -> bool:
        """True when `path` is the workspace this window has open."""
        ws = self.context.workspace
        if ws is None:
            return False
        try:
            return ws.path.resolve() == workspaces.with_suffix(Path(path)).resolve()
        except OSError:
            return False

    def open_demo(self) -> bool:
        """The ready demo workspace (built, or rebuilt when outdated, in the user data folder)."""
        from ghostdesk.services import demo_version, locations

        path = locations.demo_workspace()
        if self.is_open(path):
            return True
        self.busy.emit(translate("WorkspaceController", "Preparing the demo workspace…"))
        try:
            locations.ensure(path.parent)
            workspace = demo_version.open_or_build(path)
        except WorkspaceLocked:
            return self.open_path(path)  # open in another window: asks to open it read-only
        except WorkspaceCorrupt:
            return self.open_path(path)  # offers its newest good backup
        except GhostDeskError as exc:
            Tell.error(self.window, exc)
            return False
        except OSError as exc:
            from ghostdesk.storage.sqlite_errors import translate_os_error

            Tell.error(self.window, translate_os_error(exc, path))
            return False
        finally:
            self.busy.emit("")
        self.set_workspace(workspace)
        return True

    def set_workspace(self, workspace: Workspace | None) -> None:
        previous = self.context.workspace
        if previous is not None and previous is not workspace:
            previous.close()
        self.context.workspace = workspace
        if workspace is not None:
            settings = self.context.settings
            before = (settings.last_workspace, list(settings.recent_workspaces))
            settings.remember_workspace(workspace.path)
            if (settings.last_workspace, settings.recent_workspaces) != before:
                # Reopening the last workspace (every start but the first) changes nothing to write (and fsync).
                self.context.save_settings()
        self.workspace_changed.emit(workspace)

    def close_workspace(self) -> None:
        self.set_workspace(None)

    def _folder(self) -> str:
        ws = self.context.workspace
        return str(ws.path.parent) if ws else ""

    def choose_and_open(self) -> bool:
        path = FilePrompts.open_workspace(self.window, self._folder())
        return self.open_path(path) if path else False

    def create_new(self) -> bool:
        path = FilePrompts.new_workspace(self.window, self._folder())
        if not path:
            return False
        try:
            workspace = workspaces.create(path)
        except GhostDeskError as exc:
            Tell.error(self.window, exc)
            return False
        self.set_workspace(workspace)
        return True

    # -- copies and backups (off the GUI thread, each with its own connection) -----------------
    def _vanished(self, *, asked: bool) -> bool:
        """True when the open workspace's file is gone: the copy must come from the open connection (the file
        cannot be read again), so Save a copy rescues it, and Back up / Check offer that first."""
        ws = self.context.workspace
        if ws is None or not workspaces.is_missing(ws):
            return False
        self.rescue_missing(ask=not asked)
        return True

    def save_copy(self) -> None:
        ws = self.context.workspace
        if ws is None or self._vanished(asked=True):
            return
        target = FilePrompts.copy_target(self.window, str(ws.path.with_name(ws.path.stem + " copy.ghostdesk")))
        if not target:
            return
        source = ws.path

        def work(_task):
            from ghostdesk.storage import database

            db = database.open_database(source, read_only=True)
            try:
                return backups.save_copy(db, workspaces.with_suffix(target))
            finally:
                db.close()

        self._run(
            work,
            lambda path: Tell.info(
                self.window,
                translate("WorkspaceController", "Copy saved"),
                translate("WorkspaceController", "A full copy of the workspace was saved to {0}.").format(path),
            ),
            translate("WorkspaceController", "Saving a copy…"),
        )

    def backup_now(self) -> None:
        ws = self.context.workspace
        if ws is None or self._vanished(asked=False):
            return
        source, keep = ws.path, self.context.settings.backups_to_keep
        self._run(
            lambda _task: workspaces.backup(source, keep=keep),
            self._on_backup,
            translate("WorkspaceController", "Backing up…"),
        )

    def _on_backup(self, info) -> None:
        self.backup_taken.emit()
        Tell.info(
            self.window,
            translate("WorkspaceController", "Backup made"),
            translate("WorkspaceController", "The workspace was backed up to {0}.").format(info.path),
        )

    def restore_from_backup(self) -> bool:
        ws = self.context.workspace
        folder = str(backups.backup_folder(ws.path)) if ws else ""
        chosen = FilePrompts.backup_file(self.window, folder)
        if not chosen:
            return False
        return self._restore_flow(chosen, suggested=ws.path if ws else chosen)

    def _restore_flow(self, backup: Path, suggested: Path) -> bool:
        target = FilePrompts.restore_target(
            self.window, str(suggested.with_name(suggested.stem + " restored.ghostdesk"))
        )
        if not target:
            return False
        try:
            restored = workspaces.restore(backup, target)
        except GhostDeskError as exc:
            Tell.error(self.window, exc)
            return False
        if Ask.open_restored(self.window, restored):
            return self.open_path(restored)
        return True

    def check_workspace(self) -> None:
        ws = self.context.workspace
        if ws is None or self._vanished(asked=False):
            return
        path = ws.path
        self._run(
            lambda _task: workspaces.check(path),
            self._on_checked,
            translate("WorkspaceController", "Checking the workspace…"),
        )

    def _on_checked(self, report) -> None:
        if report.ok and report.schema_version < report.latest_schema_version:
            text = translate(
                "WorkspaceController",
                "No problems found. The workspace was made by an older GhostDesk; it is brought up to date, after a "
                "backup, the next time it is opened for writing. Backups kept: {0}.",
            ).format(report.backups)
        elif report.ok:
            text = translate(
                "WorkspaceController", "No problems found, and the workspace is up to date. Backups kept: {0}."
            ).format(report.backups)
        else:
            # The integrity check's own lines ("foreign key: posts row 3 → executives", "Page 5: btree …") mean
            # nothing to most people: they go behind Show Details, for whoever supports them.
            text = translate(
                "WorkspaceController",
                "GhostDesk found problems in this workspace. Nothing was changed. Restore a backup into a new file "
                "(File → Restore from backup; backups kept: {0}) and work on that; keep this file and the details "
                "for whoever supports you.",
            ).format(report.backups)
            Tell.problems(
                self.window,
                translate("WorkspaceController", "Workspace check"),
                text,
                "\n".join(report.problems[:50]),
            )
            return
        Tell.info(self.window, translate("WorkspaceController", "Workspace check"), text)

    def _run(self, work, on_done, message: str) -> None:
        self.busy.emit(message)

        def done(result) -> None:
            self.busy.emit("")
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.busy.emit("")
            if isinstance(exc, GhostDeskError):
                Tell.error(self.window, exc)
            else:
                raise exc

        from ghostdesk.ui.tasks import run_in_background  # its worker types load on first use, not at start-up

        run_in_background(work, done, failed)
