"""The demo campaign made exportable: every variant gets a link and an approval, then the whole plan is
approved (the demo itself is only partly approved, on purpose)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from ghostdesk.domain.posts import PostStatus
from ghostdesk.services import campaigns, demo, kit_inputs, variants, workspaces
from ghostdesk.storage import campaigns_repo, variants_repo
from ghostdesk.storage.workspace import Workspace

ACTOR = "Tess (tests)"
LINK = "https://lumenvale.example/blog/grid-week?ref=kit"


def approve_everything(workspace: Workspace, campaign_id: str, *, link: str = LINK) -> None:
    db = workspace.db
    kit_inputs.store_share_texts(db, campaign_id, actor=ACTOR)  # texts first: they are part of the wave plan
    for variant_id in sorted({s.variant_id for s in campaigns.slots(db, campaign_id)}):
        variant = variants.get(db, variant_id)
        if variant.link != link:  # the demo's variants have no link: give them one, as an editor would
            variant = replace(variant, link=link)
            with db.atomic():
                variants_repo.update(db, replace(variant, status=PostStatus.IN_REVIEW, approval=None))
        if not variant.approval_valid:
            variants.approve(db, variant_id, actor=ACTOR)
    campaigns.approve_all(db, campaign_id, actor=ACTOR)


def demo_campaign(tmp_path: Path, *, approved: bool = True) -> tuple[Workspace, str]:
    workspace = demo.build(tmp_path / "demo")
    campaign = campaigns.list_campaigns(workspace.db)[0]
    if approved:
        approve_everything(workspace, campaign.id)
    return workspace, campaign.id


def twin_shares(workspace: Workspace, campaign_id: str, *, suffix: str = ""):
    """Two shares of the same post and wave made to carry (nearly) the same text: the second's is the first's
    plus `suffix`. Returns (first, twin) as they were before."""
    db = workspace.db
    shares = campaigns.shares(db, campaign_id)
    first, twin = next(
        (a, b) for a in shares for b in shares if (a.slot_id, a.wave) == (b.slot_id, b.wave) and a.id != b.id
    )
    with db.atomic():
        campaigns_repo.update_share(db, replace(twin, share_text=first.share_text + suffix))
    return first, twin


@pytest.fixture(scope="session")
def approved_demo_file(tmp_path_factory) -> Path:
    """The demo, fully approved with links, built once per session (closed: tests copy it)."""
    workspace, _ = demo_campaign(tmp_path_factory.mktemp("approved-demo"))
    path = Path(workspace.path)
    workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    return path


@pytest.fixture
def approved_demo(approved_demo_file, tmp_path):
    """A fresh copy of the approved demo, open: (workspace, campaign id)."""
    target = tmp_path / approved_demo_file.name
    shutil.copy2(approved_demo_file, target)
    workspace = workspaces.open_workspace(target)
    yield workspace, campaigns.list_campaigns(workspace.db)[0].id
    workspace.close()
