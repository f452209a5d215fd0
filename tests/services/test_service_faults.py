"""Faults in the feature services: a full disk, a read-only or vanished folder, and a second instance.

Every write either completes or fails with our own error (a stable code the interface has words for);
nothing is lost and no half-written file is left. The disk faults are real: a tiny tmpfs that fills up or is
remounted read-only (tests run as root, which ignores file modes); skipped where mounting is not allowed.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
from _faults import tiny_disk
from _kits import kit
from campaign_helpers import world

from ghostdesk.domain.errors import GhostDeskError, StorageFull, WorkspaceLocked, WorkspaceReadOnly
from ghostdesk.domain.files import TargetFull, TargetNotWritable
from ghostdesk.services import (
    ambassador_import,
    ambassadors,
    campaign_files,
    campaigns,
    kits,
    post_documents,
    posts,
    workspaces,
)

ROWS = 400


def _roster_csv(path: Path, rows: int = ROWS, prefix: str = "bulk") -> Path:
    lines = ["name,email,market,notes"]
    lines += [f"Person {i},{prefix}{i}@example.com,FR,{'n' * 300}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _snapshot(ws, campaign_id: str, post_id: str) -> dict:
    return {
        "body": posts.get(ws, post_id).body,
        "versions": len(posts.versions(ws, post_id)),
        "people": ambassadors.counts(ws.db).total,
        "shares": sorted(s.id for s in campaigns.shares(ws.db, campaign_id)),
    }


def _writes(ws, campaign_id: str, post_id: str, csv_path: Path) -> dict:
    """The three kinds of write a user makes: an edit, an import, a plan. Returns what each raised."""
    raised = {}
    try:
        posts.save(ws, replace(posts.get(ws, post_id), body="y" * 19_000), actor="t")
    except GhostDeskError as exc:
        raised["save"] = exc
    try:
        ambassador_import.import_file(ws.db, csv_path, ambassador_import.ImportOptions(), actor="t")
    except GhostDeskError as exc:
        raised["import"] = exc
    try:
        plan = campaigns.compute(ws.db, campaign_id)
        campaigns.apply(ws.db, campaign_id, plan, actor="t")
    except GhostDeskError as exc:
        raised["apply"] = exc
    return raised


# -- the workspace's own disk ---------------------------------------------------------------------------


def test_full_disk_refuses_edit_import_and_plan_clearly_and_keeps_everything(tmp_path):
    csv_path = _roster_csv(tmp_path / "roster.csv")
    with tiny_disk(tmp_path / "disk", size="3m") as disk, workspaces.create(disk.root / "w") as ws:
        campaign, post, _made, _roster = world(ws, people=4)
        campaigns.plan_and_apply(ws.db, campaign.id, actor="t")
        before = _snapshot(ws, campaign.id, post.id)
        disk.fill()
        raised = _writes(ws, campaign.id, post.id, csv_path)
        assert {k: type(v) for k, v in raised.items()} == dict.fromkeys(("save", "import", "apply"), StorageFull)
        assert all(e.code == "storage_full" and e.fields["path"] == str(ws.path) for e in raised.values())
        assert _snapshot(ws, campaign.id, post.id) == before
        assert [r[0] for r in ws.db.execute("PRAGMA integrity_check")] == ["ok"]
        disk.free()  # once there is room again, the same writes go through
        assert _writes(ws, campaign.id, post.id, csv_path) == {}
        assert ambassadors.counts(ws.db).total == before["people"] + ROWS
        assert posts.get(ws, post.id).body == "y" * 19_000


def test_second_instance_opens_read_only_and_every_write_is_refused(workspace, tmp_path):
    campaign, post, _made, _roster = world(workspace)
    campaigns.plan_and_apply(workspace.db, campaign.id, actor="t")
    with pytest.raises(WorkspaceLocked) as locked:
        workspaces.open_workspace(workspace.path)
    assert locked.value.code == "workspace_locked" and locked.value.fields["pid"]
    with workspaces.open_workspace(workspace.path, read_only=True) as second:
        assert second.read_only
        before = _snapshot(second, campaign.id, post.id)
        raised = _writes(second, campaign.id, post.id, _roster_csv(tmp_path / "r.csv", rows=5))
        assert {k: type(v) for k, v in raised.items()} == dict.fromkeys(("save", "import", "apply"), WorkspaceReadOnly)
        assert _snapshot(second, campaign.id, post.id) == before
    # The first instance still writes normally.
    assert _writes(workspace, campaign.id, post.id, tmp_path / "r.csv") == {}


def test_folder_removed_while_open_loses_nothing_when_saved_elsewhere(tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    ws = workspaces.create(stick / "w")
    try:
        campaign, post, _made, _roster = world(ws)
        for leftover in sorted(stick.rglob("*"), reverse=True):
            leftover.unlink() if leftover.is_file() else leftover.rmdir()
        stick.rmdir()
        assert workspaces.is_missing(ws)
        # Work done after the folder vanished lives in the open connection …
        assert _writes(ws, campaign.id, post.id, _roster_csv(tmp_path / "r.csv", rows=5)) == {}
        after = _snapshot(ws, campaign.id, post.id)
        # … and "save a copy" (what the window offers) keeps all of it.
        rescued = workspaces.save_copy(ws, tmp_path / "rescued")
    finally:
        ws.close()
    with workspaces.open_workspace(rescued) as again:
        assert _snapshot(again, campaign.id, post.id) == after
        assert after["body"] == "y" * 19_000 and after["shares"]


# -- files written for the user ------------------------------------------------------------------------


@pytest.fixture
def planned(workspace):
    campaign, post, _made, roster = world(workspace, people=2)
    campaigns.plan_and_apply(workspace.db, campaign.id, actor="t")
    return workspace, campaign, post, roster


def _exporters(ws, campaign, post, roster, tmp_path):
    package = campaign_files.export_review(ws.db, campaign.id, tmp_path / "package.json", actor="t")
    review = campaign_files.read_review(package)
    decisions = {(i["type"], i["id"]): ("approve", "") for i in review.items}
    email = roster["US"][0].email
    return {
        "ambassadors.csv": lambda folder: ambassadors.export_csv(ws.db, folder / "ambassadors.csv"),
        "calendar.ics": lambda folder: campaign_files.export_ics(ws.db, campaign.id, folder / "calendar.ics"),
        "person.ics": lambda folder: campaign_files.export_ics(
            ws.db, campaign.id, folder / "person.ics", ambassador_email=email
        ),
        "review.json": lambda folder: campaign_files.export_review(
            ws.db, campaign.id, folder / "review.json", actor="t"
        ),
        "decisions.json": lambda folder: campaign_files.write_decisions(
            review, decisions, folder / "decisions.json", reviewer="r"
        ),
        "brief.docx": lambda folder: campaign_files.export_brief(ws.db, campaign.id, folder / "brief.docx"),
        "post.docx": lambda folder: post_documents.export_review_copy(ws, post.id, folder / "post.docx", questions=[]),
        "kits": lambda folder: kits.export([kit(0), kit(1)], folder / "kits", jobs=1),
    }


def _digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".filler"
    }


EXPORTS = ["ambassadors.csv", "calendar.ics", "person.ics", "review.json", "decisions.json", "brief.docx", "post.docx",
           "kits"]  # fmt: skip


@pytest.mark.parametrize("name", EXPORTS)
def test_export_to_a_full_disk_fails_clearly_and_keeps_the_previous_file(planned, tmp_path, name):
    ws, campaign, post, roster = planned
    export = _exporters(ws, campaign, post, roster, tmp_path)[name]
    with tiny_disk(tmp_path / "disk", size="1m") as disk:
        export(disk.root)  # yesterday's file
        kept = _digest(disk.root)
        disk.fill()
        with pytest.raises(TargetFull) as caught:
            export(disk.root)
        assert caught.value.code == "storage_full" and caught.value.fields["path"].startswith(str(disk.root))
        assert _digest(disk.root) == kept  # the old file is whole and no temporary file is left
        disk.free()
        export(disk.root)


@pytest.mark.parametrize("name", EXPORTS)
def test_export_to_a_read_only_folder_fails_clearly_and_keeps_the_previous_file(planned, tmp_path, name):
    ws, campaign, post, roster = planned
    export = _exporters(ws, campaign, post, roster, tmp_path)[name]
    with tiny_disk(tmp_path / "disk", size="1m") as disk:
        export(disk.root)
        kept = _digest(disk.root)
        disk.read_only()
        with pytest.raises(TargetNotWritable) as caught:
            export(disk.root)
        assert caught.value.code == "workspace_read_only" and caught.value.fields["why"] == "read_only"
        disk.writable()
        assert _digest(disk.root) == kept


@pytest.mark.parametrize("name", ["ambassadors.csv", "post.docx"])
def test_export_into_a_vanished_folder_is_our_error(planned, tmp_path, name):
    ws, campaign, post, roster = planned
    export = _exporters(ws, campaign, post, roster, tmp_path)[name]
    gone = tmp_path / "gone"
    with pytest.raises(TargetNotWritable) as caught:
        export(gone)
    assert caught.value.fields["why"] == "missing"
    assert not gone.exists()
