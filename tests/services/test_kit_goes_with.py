"""Each share in a kit says which executive post it goes with, in the person's language, zone and locale: a
comment such as "A question for my network: do you see this too?" told nobody which post it was for."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).parent))

import kit_helpers

from ghostdesk.export import kit_docx
from ghostdesk.services import campaigns, kit_inputs

approved_demo_file = kit_helpers.approved_demo_file  # fixtures
approved_demo = kit_helpers.approved_demo
RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "kits"


def test_every_share_names_the_executive_post_it_follows(approved_demo, tmp_path):
    workspace, campaign_id = approved_demo
    plan = kit_inputs.build(workspace.db, campaign_id, user_name="t", store_texts=False)
    slots = {slot.utc for slot in campaigns.slots(workspace.db, campaign_id)}
    shares = [share for kit in plan.inputs for share in kit.shares]
    assert shares and all(share.executive in {"Claire Moreau", "Jordan Hale"} for share in shares)
    assert all(share.executive_at in slots and share.executive_at <= share.planned_at for share in shares)

    by_language = {}
    for kit in plan.inputs:
        by_language.setdefault(kit_docx.kit_language(kit.ambassador.language), kit)
    assert {"en", "fr", "de", "ja"} <= set(by_language)
    for language, kit in by_language.items():
        texts = json.loads((RESOURCES / f"{language}.json").read_text(encoding="utf-8"))
        target = tmp_path / f"{language}.docx"
        kit_docx.write(kit, target)
        lines = [p.text for p in docx.Document(str(target)).paragraphs]
        said = [line for line in lines if line.startswith(texts["goes_with"] + "\t")]
        assert len(said) == len(kit.shares), language
        names = {share.executive for share in kit.shares}
        assert all(any(name in line for name in names) for line in said), said
    french = [p.text for p in docx.Document(str(tmp_path / "fr.docx")).paragraphs]
    assert any(line.startswith("Accompagne\tla publication de ") and " mars 2027" in line for line in french)
