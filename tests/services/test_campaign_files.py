"""Campaign files: .ics read back with time zones and reminders; review packages round trip, tampering refused."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from campaign_helpers import world

from ghostdesk.domain.campaigns import ApprovalState, ItemType, ReviewPackageInvalid
from ghostdesk.services import campaign_files, campaigns, variants


@pytest.fixture
def planned(workspace):
    campaign, _post, made, roster = world(workspace, markets=("US", "FR", "JP"), day="2027-03-16")
    campaigns.plan_and_apply(workspace.db, campaign.id, actor="t")
    return campaign, made, roster


def test_ics_per_campaign_and_per_ambassador_reads_back_in_local_zones(workspace, planned, tmp_path):
    import icalendar

    campaign, _, roster = planned
    db = workspace.db
    target = tmp_path / "campaign.ics"
    count = campaign_files.export_ics(db, campaign.id, target)
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == count == len(campaigns.slots(db, campaign.id)) + len(campaigns.shares(db, campaign.id))
    zones = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    assert {"America/New_York", "Europe/Paris", "Asia/Tokyo"} <= zones
    by_uid = {str(e["UID"]): e for e in events}
    for share in campaigns.shares(db, campaign.id):
        start = by_uid[f"share-{share.id}@ghostdesk"].decoded("DTSTART")
        assert start == share.utc and str(start.tzinfo) == share.time_zone
    one = roster["JP"][0]
    mine = tmp_path / "one.ics"
    campaign_files.export_ics(db, campaign.id, mine, ambassador_email=one.email)
    events = list(icalendar.Calendar.from_ical(mine.read_bytes()).walk("VEVENT"))
    expected = campaigns.shares(db, campaign.id, ambassador_id=one.id)
    assert len(events) == len(expected) >= 1
    alarm = events[0].walk("VALARM")[0]
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-15)
    assert events[0].decoded("DTSTART").utcoffset() == timedelta(hours=9)
    assert b"TZID=Asia/Tokyo" in mine.read_bytes()


def test_review_round_trip_applies_matching_decisions_and_lists_changed_ones(workspace, planned, tmp_path):
    campaign, made, _ = planned
    db = workspace.db
    package_path = campaign_files.export_review(db, campaign.id, tmp_path / "review.json", actor="ines")
    package = campaign_files.read_review(package_path)  # on the reviewer's machine
    slots = {i["market"]: i for i in package.items if i["type"] == "slot"}
    decisions = {
        ("slot", slots["US"]["id"]): ("approve", ""),
        ("slot", slots["FR"]["id"]): ("approve", "Parfait"),
        ("slot", slots["JP"]["id"]): ("reject", "Too formal for Japan"),
        ("waves", campaign.id): ("approve", ""),
    }
    decided = campaign_files.write_decisions(package, decisions, tmp_path / "decisions.json", reviewer="Kenji")
    # meanwhile the FR variant is edited here: its decision must not apply
    fr = variants.get(db, made["FR"].id)
    variants.save(db, replace(fr, body=fr.body + " Venez."), actor="ines")
    result = campaign_files.import_decisions(db, decided, actor="ines")
    assert {r["id"] for r in result.outdated} == {slots["FR"]["id"]}
    assert len(result.applied) == 3
    states = campaigns.states(db, campaign.id)
    assert states[(ItemType.SLOT, slots["US"]["id"])].state == ApprovalState.APPROVED
    assert states[(ItemType.SLOT, slots["JP"]["id"])].state == ApprovalState.REJECTED
    assert states[(ItemType.SLOT, slots["FR"]["id"])].state == ApprovalState.NOT_REVIEWED
    assert states[(ItemType.SLOT, slots["JP"]["id"])].last.by.startswith("Kenji")


def test_tampered_files_are_refused_clearly(workspace, planned, tmp_path):
    campaign, *_ = planned
    db = workspace.db
    path = campaign_files.export_review(db, campaign.id, tmp_path / "review.json", actor="ines")
    data = json.loads(path.read_text())
    data["items"][0]["text"] = "Something else entirely"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    with pytest.raises(ReviewPackageInvalid) as info:
        campaign_files.read_review(bad)
    assert info.value.fields["why"] == "tampered"
    package = campaign_files.read_review(path)
    decided = campaign_files.write_decisions(package, {("waves", campaign.id): ("approve", "")}, tmp_path / "d.json",
                                             reviewer="Kenji")  # fmt: skip
    data = json.loads(decided.read_text())
    data["decisions"][0]["decision"] = "reject"
    decided.write_text(json.dumps(data))
    with pytest.raises(ReviewPackageInvalid):
        campaign_files.import_decisions(db, decided, actor="ines")
    assert campaigns.history(db, campaign.id) == []  # nothing half-applied
    # a consistent file whose package was not made here (re-digested by hand) fails the signature
    data["decisions"][0]["decision"] = "approve"
    data["package_signature"] = "0" * 64
    body = {k: v for k, v in data.items() if k != "digest"}
    from ghostdesk.domain.records import content_hash

    data["digest"] = content_hash(body)
    decided.write_text(json.dumps(data))
    with pytest.raises(ReviewPackageInvalid) as info:
        campaign_files.import_decisions(db, decided, actor="ines")
    assert info.value.fields["why"] == "signature"
    # a signature holding non-ASCII text is refused the same way (hmac.compare_digest raises on such a str)
    data["package_signature"] = "\u0080"
    data["digest"] = content_hash({k: v for k, v in data.items() if k != "digest"})
    decided.write_text(json.dumps(data))
    with pytest.raises(ReviewPackageInvalid) as info:
        campaign_files.import_decisions(db, decided, actor="ines")
    assert info.value.fields["why"] == "signature"
    with pytest.raises(ReviewPackageInvalid):
        campaign_files.read_review(tmp_path / "d.json")  # a decisions file is not a package


def test_brief_docx_has_objectives_calendar_and_texts(workspace, planned, tmp_path):
    import docx

    campaign, made, _ = planned
    campaigns.approve_all(workspace.db, campaign.id, actor="marc")
    path = campaign_files.export_brief(workspace.db, campaign.id, tmp_path / "brief.docx")
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Campaign brief: Spring launch" in text and made["FR"].body in text
    facts, calendar = document.tables[0], document.tables[1]
    assert [c.text for c in facts.rows[0].cells] == ["Objective", "Visibility"]
    assert "reach 50,000" in facts.rows[1].cells[1].text
    rows = [[c.text for c in r.cells] for r in calendar.rows[1:]]
    assert len(rows) == len(campaigns.slots(workspace.db, campaign.id))
    fr = next(r for r in rows if r[2] == "FR")
    assert fr[0] == "2027-03-16 08:30" and fr[1] == "Europe/Paris" and fr[4] == "Approved"


def test_a_persons_calendar_speaks_their_language_and_carries_their_tracked_link(workspace, planned, tmp_path):
    # Before: a Japanese ambassador's reminders read "Grid week: share on x" and linked to the untracked address,
    # while their kit asked them to use their personal link.
    import icalendar

    campaign, _, roster = planned
    db = workspace.db
    one = roster["JP"][0]
    for share in campaigns.shares(db, campaign.id, ambassador_id=one.id):  # give the variant a link to track
        slot = next(s for s in campaigns.slots(db, campaign.id) if s.id == share.slot_id)
        variant = variants.get(db, slot.variant_id)
        if not variant.link:
            from ghostdesk.storage import variants_repo

            with db.atomic():
                variants_repo.update(db, replace(variant, link="https://lumenvale.example/lab?ref=jp"))
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    campaign_files.export_ics(db, campaign.id, first, ambassador_email=one.email)
    campaign_files.export_ics(db, campaign.id, second, ambassador_email=one.email)
    events = list(icalendar.Calendar.from_ical(first.read_bytes()).walk("VEVENT"))
    assert events
    for event in events:
        summary = str(event["SUMMARY"])
        assert summary.startswith(f"{campaign.name}：") and summary.endswith("でシェア"), summary
        assert "share on" not in summary
        assert str(event.walk("VALARM")[0]["DESCRIPTION"]) == summary
        url = str(event["URL"])
        assert f"utm_content={one.id}" in url and f"utm_campaign={campaign.tracking_code}" in url
        assert url in str(event["DESCRIPTION"])
        assert "\n広告" in str(event["DESCRIPTION"]) or "\nPR" in str(event["DESCRIPTION"])  # the disclosure line
    again = [str(e["UID"]) for e in icalendar.Calendar.from_ical(second.read_bytes()).walk("VEVENT")]
    assert again == [str(e["UID"]) for e in events]  # a re-import updates the same events, never duplicates


def test_the_brief_names_networks_as_people_do_and_its_properties_are_ours(workspace, planned, tmp_path):
    # Before: the calendar's Network column read "linkedin", "x", "wechat_moments", and File → Properties said
    # author "python-docx", "generated by python-docx", created 2013.
    import docx

    from ghostdesk.domain.networks import NETWORKS

    campaign, _made, _ = planned
    path = campaign_files.export_brief(workspace.db, campaign.id, tmp_path / "brief.docx")
    document = docx.Document(str(path))
    networks = {r.cells[3].text for r in document.tables[1].rows[1:]}
    assert networks and networks <= {n.name for n in NETWORKS.values()}
    titles = [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    assert titles and not any(key in t.split(" — ")[1].split(", ") for t in titles for key in NETWORKS), titles
    properties = document.core_properties
    assert properties.title == f"Campaign brief: {campaign.name}"
    assert "python-docx" not in f"{properties.author} {properties.comments} {properties.last_modified_by}"
    assert properties.created.year >= 2026


def test_the_post_review_copy_has_our_properties_not_python_docx(tmp_path):
    import docx

    from ghostdesk.export import post_review

    copy = post_review.ReviewCopy(
        heading="Post for review", executive_name="Claire", meta_lines=[], body="Text.", preview_label="Preview",
        preview_text="Text.", questions_label="Questions",
    )  # fmt: skip
    properties = docx.Document(str(post_review.write(copy, tmp_path / "post.docx"))).core_properties
    assert properties.title == "Post for review" and properties.comments == "" and properties.author == ""
    assert properties.created.year >= 2026


def test_someone_who_opted_out_after_planning_gets_no_reminders(workspace, planned, tmp_path):
    # Before: after opting out, a person's own .ics still held a 15-minute reminder to share for each planned
    # share, and the campaign's calendar still counted on them — while their kit was (rightly) not written.
    import icalendar

    from ghostdesk.services import ambassadors

    campaign, _, roster = planned
    db = workspace.db
    one = roster["FR"][0]
    assert campaigns.shares(db, campaign.id, ambassador_id=one.id)
    ambassadors.opt_out(db, [one.id], actor="t")
    mine = tmp_path / "mine.ics"
    assert campaign_files.export_ics(db, campaign.id, mine, ambassador_email=one.email) == 0
    assert not list(icalendar.Calendar.from_ical(mine.read_bytes()).walk("VEVENT"))
    everyone = tmp_path / "all.ics"
    campaign_files.export_ics(db, campaign.id, everyone)
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(everyone.read_bytes()).walk("VEVENT")}
    theirs = {f"share-{s.id}@ghostdesk" for s in campaigns.shares(db, campaign.id, ambassador_id=one.id)}
    assert theirs and not theirs & uids
    others = [s for s in campaigns.shares(db, campaign.id) if s.ambassador_id != one.id]
    assert {f"share-{s.id}@ghostdesk" for s in others} <= uids
