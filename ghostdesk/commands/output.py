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
    damaged = exc.code == "workspace_corrupt" or (exc.code == "not_a_workspace" and exc.fields.get("why") == "empty")
    if damaged and "newest_good_backup" in exc.fields:
        backup = exc.fields["newest_good_backup"]
        if backup:
            return f"The file was not changed. Restore its newest good backup with: ghostdesk restore {backup} --to NEW_PATH"
        return "The file was not changed. No good backup of it was found; open a copy you keep elsewhere."
    if exc.code == "workspace_locked":
        # "open this one read-only" is the app's choice; a command that changes the workspace has none.
        who = (
            f" (process {exc.fields['pid']} on {exc.fields.get('host') or 'this computer'})"
            if exc.fields.get("pid")
            else ""
        )
        return (
            f"Close GhostDesk on this workspace{who}, then run the command again. Commands that only read "
            "(list, status, show, check, backup) work while it is open."
        )
    if exc.code == "storage_full" and exc.fields.get("why") == "io":
        return "Check the disk (or reconnect the network drive), then try again; nothing was half-written."
    if exc.code == "workspace" and exc.fields.get("why") == "busy":
        return "Another program is writing to it; try again in a moment. Nothing was changed."
    if exc.code == "workspace_not_found" and exc.fields.get("what") == "backup":
        return "Check the path: backups are in the backups folder beside their workspace (ghostdesk check PATH counts them)."
    if exc.code == "workspace_not_found" and exc.fields.get("what") == "folder":
        return "Create the folder first, or choose one that exists."
    return NEXT_STEPS.get(exc.code, "")


def _name_good_backup(exc: GhostDeskError) -> None:
    """A damaged workspace: find its newest good backup, so the advice can name it."""
    path = exc.fields.get("path")
    empty = exc.code == "not_a_workspace" and exc.fields.get("why") == "empty"  # a copy that never finished
    if (exc.code != "workspace_corrupt" and not empty) or "newest_good_backup" in exc.fields or not path:
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
        rows = exc.fields.get("rows")
        if isinstance(rows, list) and exc.code == "voice_import_failed":  # which rows, and why
            for row in rows[:10]:
                self.err_stream.write(f"  {row}\n")
            if len(rows) > 10:
                self.err_stream.write(f"  … and {len(rows) - 10} more\n")
        if hint:
            self.err_stream.write(f"  {hint}\n")

    def fail(self, message: str) -> None:
        if self.json_mode:
            json.dump({"error": {"code": "failed", "message": message}}, self.stream)
            self.stream.write("\n")
        else:
            self.err_stream.write(f"ghostdesk: {message}\n")


# `--help` for every argument: the meaning of the names every command shares, then the ones a command uses in its
# own way ("command dest"). A command's own `help=` always wins; tests/test_cli_errors.py checks none is left silent.
_SHARED_HELP = {
    "workspace": "the workspace file (.ghostdesk)",
    "campaign": "the campaign, by id or by name",
    "post": "the post's id (ghostdesk variants status --json lists them)",
    "market": "a market code, e.g. FR",
    "code": "a market code, e.g. FR",
    "provider": "the writing assistant's name (ghostdesk assist list)",
}
_COMMAND_HELP = {
    "init path": "the new workspace file (.ghostdesk is added); never overwrites one",
    "demo path": "where to write the demo workspace",
    "check path": "the workspace file to check; it is never changed",
    "backup path": "the workspace file to back up (it may be open in the app)",
    "restore backup": "the backup file to restore (in a backups folder beside its workspace)",
    "trash list path": "the workspace file",
    "trash restore path": "the workspace file",
    "trash purge path": "the workspace file",
    "voice score executive": "the executive's name, as in ghostdesk voice list",
    "voice score text_file": "a text file holding the draft to score",
    "check-text language": "the text's language",
    "ambassadors import file": "the HR file: CSV (any common encoding and separator) or .xlsx",
    "ambassadors export out": "the CSV file to write",
    "ambassadors export market": "only the people of this market, e.g. FR",
    "ambassadors export consent": "only the people in this consent state",
    "ambassadors list market": "only the people of this market, e.g. FR",
    "ambassadors list team": "only the people of this team",
    "ambassadors list topic": "only the people who share about this topic",
    "ambassadors list group": "only the members of this group",
    "ambassadors list consent": "only the people in this consent state",
    "ambassadors list search": "only the people matching this text (name, e-mail …)",
    "ambassadors opt-in emails": "the e-mail address of each person",
    "ambassadors opt-out emails": "the e-mail address of each person",
    "ambassadors export-person email": "the person's e-mail address",
    "ambassadors erase email": "the person's e-mail address",
    "markets override field": "the profile field to change (ghostdesk markets show CODE lists them)",
    "markets reset field": "the field to put back (default: every override of the market)",
    "assist add name": "a name of your choice for this service",
    "assist add kind": "openai_chat: a chat model with an OpenAI-style API; deepl: DeepL translation",
    "assist add model": "the model to ask (chat services)",
    "assist add connect_timeout": "seconds to wait for a connection",
    "assist add read_timeout": "seconds to wait for an answer",
    "assist add ca_bundle": "a PEM file of certificate authorities to trust (a company proxy)",
    "assist log limit": "how many of the latest entries to show",
    "variants create planned_date": "the day the variant is planned for",
    "calendar ics out": "the .ics file to write",
    "campaigns create name": "the campaign's name (unique in the workspace)",
    "campaigns create objective": "what the campaign is for",
    "campaigns create start": "the first day",
    "campaigns create end": "the last day",
    "campaigns create markets": "the markets it runs in, comma-separated",
    "campaigns add-post day": "the day the executive posts it",
    "campaigns approve item": "what to approve: one slot, the waves, the campaign, or all (default)",
    "campaigns approve comment": "a note kept with the decision in the audit log",
    "campaigns review-export out": "the review file to write, for the reviewer",
    "campaigns brief out": "the Word file to write",
    "campaigns review-import decisions": "the decisions file the reviewer sent back",
    "results import file": "the export: CSV or .xlsx",
    "results import fmt": "utm: a web-analytics export by UTM tags; linkedin: LinkedIn's post analytics",
    "results rules values": "a scoring rule to change, e.g. per_share=10 (repeatable; without --set, the rules are shown)",
    "results works-council state": "on: no per-person ranking; off: the board may rank people",
    "kits export out": "the folder to write the kits into",
}


def describe_arguments(parser: argparse.ArgumentParser, command: str = "") -> None:
    """Give every argument without its own help the words above (see `ghostdesk COMMAND --help`)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                describe_arguments(sub, f"{command} {name}".strip())
        elif action.help is None and action.dest != "help":
            action.help = _COMMAND_HELP.get(f"{command} {action.dest}") or _SHARED_HELP.get(action.dest)
