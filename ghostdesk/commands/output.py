"""CLI: human or JSON output, and the words for our errors on a terminal."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from ghostdesk.domain.errors import GhostDeskError

# What to do next, per error code; the message itself comes from the error.
NEXT_STEPS = {
    "workspace_not_found": "Check the path, or create one with: ghostdesk init PATH",
    "not_a_workspace": "Choose a .ghostdesk file made by GhostDesk.",
    "workspace_corrupt": "The file was not changed. Restore a backup with: ghostdesk restore BACKUP --to NEW_PATH",
    "workspace_too_new": "The file was not changed. Update GhostDesk to open it.",
    "workspace_locked": "Close the other GhostDesk, or open this one read-only.",
    "workspace_exists": "Choose a new file name; GhostDesk never overwrites a file.",
    "workspace_read_only": "Check the file's permissions, or save a copy elsewhere.",
    "storage_full": "Free some disk space and try again; nothing was half-written.",
    "import_missing_columns": "Name the columns in the file's first row (e.g. name, email, market), or choose them "
    "in the app (Ambassadors → Import…). Nothing was imported.",
    "import_unreadable": "Save it as CSV (UTF-8) or .xlsx, or give --encoding. Nothing was imported.",
    "results_mapping_needed": "Tell GhostDesk which column holds each one with --map FIELD=COLUMN (it is remembered"
    " for files with the same columns). Nothing was imported.",
    "review_package_invalid": "Use the file GhostDesk wrote (campaigns review-export), or the decisions file the"
    " reviewer sent back, unchanged. Nothing was imported.",
}


def next_step(exc: GhostDeskError) -> str:
    """What to do next: the code's advice, naming the newest good backup when one is known."""
    if exc.code == "workspace_corrupt" and "newest_good_backup" in exc.fields:
        backup = exc.fields["newest_good_backup"]
        if backup:
            return f"The file was not changed. Restore its newest good backup with: ghostdesk restore {backup} --to NEW_PATH"
        return "The file was not changed. No good backup of it was found; open a copy you keep elsewhere."
    return NEXT_STEPS.get(exc.code, "")


def _name_good_backup(exc: GhostDeskError) -> None:
    """A damaged workspace: find its newest good backup, so the advice can name it."""
    path = exc.fields.get("path")
    if exc.code != "workspace_corrupt" or "newest_good_backup" in exc.fields or not path:
        return
    from ghostdesk.services import workspaces

    with contextlib.suppress(GhostDeskError, OSError):  # no advice is better than a second failure
        workspaces.offer_backup(exc, Path(path))


def json_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return parent


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


class Output:
    def __init__(self, json_mode: bool, stream=None, err_stream=None) -> None:
        self.json_mode = json_mode
        self.stream = stream or sys.stdout
        self.err_stream = err_stream or sys.stderr

    def result(self, data: Any, human: str) -> None:
        """One result: JSON on --json, else the human sentence(s)."""
        if self.json_mode:
            json.dump(to_jsonable(data), self.stream, ensure_ascii=False, indent=2)
            self.stream.write("\n")
        else:
            self.stream.write(human.rstrip("\n") + "\n")

    def error(self, exc: GhostDeskError) -> None:
        _name_good_backup(exc)
        hint = next_step(exc)
        if self.json_mode:
            payload = exc.to_dict()
            if hint:
                payload["next_step"] = hint
            json.dump({"error": payload}, self.stream, ensure_ascii=False, indent=2)
            self.stream.write("\n")
            return
        self.err_stream.write(f"ghostdesk: {exc.message}\n")
        if hint:
            self.err_stream.write(f"  {hint}\n")

    def fail(self, message: str) -> None:
        if self.json_mode:
            json.dump({"error": {"code": "failed", "message": message}}, self.stream)
            self.stream.write("\n")
        else:
            self.err_stream.write(f"ghostdesk: {message}\n")
