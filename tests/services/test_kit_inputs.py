"""The campaigns → kits adapter over the demo campaign: who gets a kit, their own texts, the approval gate,
and a kit read back with python-docx."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import kit_helpers
from kit_helpers import LINK

from ghostdesk.domain.ambassador import ConsentStatus
from ghostdesk.domain.kits import KitsNeedApproval
from ghostdesk.domain.posts import PostStatus
from ghostdesk.markets import rules
from ghostdesk.services import ambassadors, campaigns, demo, kit_inputs, kits, markets, variants
from ghostdesk.storage import campaigns_repo

approved_demo_file = kit_helpers.approved_demo_file  # fixtures
approved_demo = kit_helpers.approved_demo


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _hyperlinks(path: Path) -> list[str]:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document(str(path))
    return [r.target_ref for r in document.part.rels.values() if r.reltype == RT.HYPERLINK]


def test_demo_campaign_gives_every_opted_in_planned_person_a_kit_and_says_why_not_the_others(tmp_path):
    workspace = demo.build(tmp_path / "demo")
    db = workspace.db
    campaign = campaigns.list_campaigns(db)[0]
    plan = kit_inputs.build(db, campaign.id, user_name="Tess", actor="tests")

    planned = {s.ambassador_id for s in campaigns.kit_shares(db, campaign.id)}
    got = {k.ambassador.id for k in plan.inputs}
    assert got and got <= planned
    people = ambassadors.get_many(db, list(got | {s.ambassador_id for s in plan.left_out}))
    assert all(people[i].consent is ConsentStatus.OPTED_IN for i in got)
    reasons = {s.ambassador_id: s.reason for s in plan.left_out}
    assert reasons and set(reasons.values()) <= {"not_opted_in", "no_shares"}
    for person_id, reason in reasons.items():
        assert (reason == "not_opted_in") == (people[person_id].consent is not ConsentStatus.OPTED_IN)
    # the demo is only partly approved: the rest is listed, with what it is about
    assert plan.needs_approval and {i["problem"] for i in plan.needs_approval} == {"not_approved"}
    assert all(i["post_title"] and i["market"] for i in plan.needs_approval)

    kit = plan.inputs[0]
    assert kit.campaign.contact_name == "Marc Lefèvre" and kit.campaign.contact_email == "comms@lumenvale.example"
    assert kit.campaign.objective == campaign.objective.value
    profile = markets.effective(db, kit.ambassador.market)
    assert kit.disclosure == rules.disclosure_texts(profile, kit.campaign.company)[0]
    assert kit.participation == ambassadors.participation_text(db, kit.ambassador.language).body
    workspace.close()


def test_share_texts_are_chosen_once_stored_and_distinct_within_each_wave(tmp_path):
    workspace = demo.build(tmp_path / "demo")
    db = workspace.db
    campaign = campaigns.list_campaigns(db)[0]
    before = {s.id: s.share_text for s in campaigns.shares(db, campaign.id)}
    plan = kit_inputs.build(db, campaign.id, actor="tests")
    # The texts were chosen when the plan was stored: the kits only read them.
    assert plan.texts_stored == 0
    assert {s.id: s.share_text for s in campaigns.shares(db, campaign.id)} == before
    assert plan.similar == ()

    stored = {s.id: s for s in campaigns.shares(db, campaign.id)}
    for kit in plan.inputs:
        for share in kit.shares:
            assert share.texts == (stored[share.id].share_text,)  # the kit says what the calendar stores
    per_wave = Counter((s.slot_id, s.wave, s.share_text) for s in stored.values())
    assert max(per_wave.values()) == 1  # nobody in a wave posts the same words as another
    # a second build keeps them: same input, same texts, nothing stored again
    again = kit_inputs.build(db, campaign.id, actor="tests")
    assert again.texts_stored == 0
    assert [s.texts for k in again.inputs for s in k.shares] == [s.texts for k in plan.inputs for s in k.shares]
    # the audit log says who chose them
    rows = db.query("SELECT action FROM audit_log WHERE action = 'campaign.share_texts'")
    assert len(list(rows)) == 1
    workspace.close()


def test_contact_falls_back_to_the_user_name_when_the_campaign_has_none(approved_demo):
    workspace, campaign_id = approved_demo
    db = workspace.db
    campaigns.update(db, replace(campaigns.get(db, campaign_id), contact=""), actor="tests")
    plan = kit_inputs.build(db, campaign_id, user_name="Tess Tester", actor="tests")
    assert plan.inputs[0].campaign.contact_name == "Tess Tester"


def test_variant_edited_after_approval_blocks_the_export_with_the_list(approved_demo, tmp_path):
    workspace, campaign_id = approved_demo
    db = workspace.db
    plan = kit_inputs.build(db, campaign_id, actor="tests")
    assert not plan.needs_approval and not plan.blocked

    variant_id = campaigns.kit_shares(db, campaign_id)[0].variant_id
    variant = variants.set_status(db, variant_id, PostStatus.DRAFT, actor="editor")
    variants.save(db, replace(variant, body=variant.body + " One more sentence."), actor="editor")

    plan = kit_inputs.build(db, campaign_id, actor="tests")
    affected = {s.share_id for s in campaigns.kit_shares(db, campaign_id) if s.variant_id == variant_id}
    assert {i["share_id"] for i in plan.needs_approval} == affected
    assert {i["problem"] for i in plan.needs_approval} == {"changed_since_approval"}
    out = tmp_path / "kits"
    with pytest.raises(KitsNeedApproval) as caught:
        kits.export(plan.inputs, out, jobs=1)
    assert {i["share_id"] for i in caught.value.fields["items"]} == affected
    assert not out.exists() or not any(out.rglob("*"))  # nothing written


def test_a_kit_read_back_has_the_persons_text_utm_link_and_disclosure(approved_demo, tmp_path):
    workspace, campaign_id = approved_demo
    plan = kit_inputs.build(workspace.db, campaign_id, actor="tests")
    kit = next(k for k in plan.inputs if k.ambassador.market == "FR")
    result = kits.export([kit], tmp_path / "kits", jobs=1)
    assert len(result.files) == 1
    document = Path(result.files[0].path)
    text = _docx_text(document)
    for share in kit.shares:
        assert share.texts[0].split("\n")[0].strip() in text
    assert kit.disclosure and kit.disclosure in text
    links = _hyperlinks(document)
    assert links
    for link in links:
        assert link.startswith(LINK.split("?")[0])
        query = parse_qs(urlsplit(link).query)
        assert query["utm_content"] == [kit.ambassador.id]
        assert query["utm_medium"] == ["employee_advocacy"]
        assert query["utm_source"][0] in {s.network for s in kit.shares}
        assert query["utm_campaign"] == [campaigns.get(workspace.db, campaign_id).tracking_code]  # readable + id part


def test_a_kit_s_links_still_find_their_campaign_after_a_rename_or_beside_a_namesake(approved_demo):
    """The results import reads the link's utm_campaign back: renaming the campaign after its kits went out, or
    another campaign whose name makes the same slug, must neither lose its clicks nor take them."""
    from ghostdesk.services.results_campaigns import CalendarCampaigns

    workspace, campaign_id = approved_demo
    campaign = campaigns.get(workspace.db, campaign_id)
    sent = kit_inputs.build(workspace.db, campaign_id, store_texts=False).inputs[0].campaign.utm_campaign
    assert sent.startswith("grid-week-2027-") and sent != campaign.id  # readable in an analytics tool
    campaigns_repo.insert(workspace.db, replace(campaign, id="0badc0de-twin", name=campaign.name + " !"))
    assert CalendarCampaigns(workspace.db).campaign_for_utm("grid-week-2027") is None  # a shared slug names neither
    campaigns_repo.update(workspace.db, replace(campaign, name="Grid week, renamed"))
    lookup = CalendarCampaigns(workspace.db)
    assert lookup.campaign_for_utm(sent).id == campaign_id
    twin_code = campaigns.get(workspace.db, "0badc0de-twin").tracking_code
    assert twin_code != sent and lookup.campaign_for_utm(twin_code).id == "0badc0de-twin"


def test_a_plan_reads_each_person_once(approved_demo, monkeypatch):
    """Opening the Share kits page builds a plan: over the large workspace, reading every listed person whole,
    twice, and a quadratic de-duplication of the roster cost over two seconds."""
    from ghostdesk.storage import ambassadors_repo

    workspace, campaign_id = approved_demo
    expected = kit_inputs.build(workspace.db, campaign_id, store_texts=False)
    read: list[str] = []
    original = ambassadors_repo.get_many

    def counting(db, ids):
        read.extend(ids)
        return original(db, ids)

    monkeypatch.setattr(ambassadors_repo, "get_many", counting)
    plan = kit_inputs.build(workspace.db, campaign_id, store_texts=False)
    # Whole records once, for the people getting a kit: not for everyone listed (their roster rows say who gets
    # none and why), not again to ask who may get one, nor for the shares' e-mail addresses.
    assert read and max(Counter(read).values()) == 1
    assert set(read) == {k.ambassador.id for k in plan.inputs}
    assert [k.ambassador.id for k in plan.inputs] == [k.ambassador.id for k in expected.inputs]
    assert plan.left_out == expected.left_out


def test_kit_shares_carry_each_persons_address(approved_demo):
    workspace, campaign_id = approved_demo
    shares = campaigns.kit_shares(workspace.db, campaign_id)
    people = ambassadors.get_many(workspace.db, [s.ambassador_id for s in shares])
    assert shares and all(s.ambassador_email == people[s.ambassador_id].email != "" for s in shares)
    state = campaigns.states(workspace.db, campaign_id)
    assert campaigns.kit_shares(workspace.db, campaign_id, state=state) == shares


def test_colleagues_sharing_one_post_never_get_the_same_words_even_in_different_waves(tmp_path):
    # Before: texts were chosen per wave, so the first person of each wave got the same first text — three of the
    # demo's five Chinese ambassadors posted one identical sentence about the same post on the same day.
    from ghostdesk.domain.assist_actions import MAX_SHARE_TEXTS
    from ghostdesk.services import campaign_texts, share_texts

    workspace = demo.build(tmp_path / "demo")
    db = workspace.db
    campaign = campaigns.list_campaigns(db)[0]
    slots = {s.id: s for s in campaigns.slots(db, campaign.id)}
    per_slot: dict[str, list[str]] = {}
    for share in campaigns.shares(db, campaign.id):
        per_slot.setdefault(share.slot_id, []).append(share.share_text.strip())
    checked = 0
    for slot_id, texts in per_slot.items():
        variant = variants.get(db, slots[slot_id].variant_id)
        available = len(share_texts.propose_share_texts(db, variant.post_id, variant.language, MAX_SHARE_TEXTS))
        # (a wave with more people than texts keeps the post's own text for the rest: not a chosen text)
        texts = [t for t in texts if not campaign_texts.is_placeholder(t, variant)]
        # everyone has their own words while the proposer has enough distinct texts for the post
        assert len(set(texts)) == min(len(texts), available), (slot_id, Counter(texts).most_common(2))
        checked += len(texts) <= available and len(texts) > 1
    assert checked >= 3  # the CN, JP and small slots: all distinct
    workspace.close()
