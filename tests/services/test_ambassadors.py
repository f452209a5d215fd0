"""Roster, consent register and data-protection requests, as the comms manager uses them."""

import json
import sqlite3

import pytest

from ghostdesk.domain.ambassador import (
    Ambassador,
    AmbassadorErased,
    AmbassadorFilter,
    ConsentStatus,
    DuplicateEmail,
    NotOptedIn,
)
from ghostdesk.domain.errors import NotFound, ValidationError
from ghostdesk.services import ambassadors
from ghostdesk.storage import audit_repo


def draft(name="Amélie Lefèvre", email="amelie@lumenvale.example", market="France", **kw) -> Ambassador:
    kw = {"language": "", "time_zone": "", **kw}
    return Ambassador(id="", name=name, email=email, market=market, **kw)


def test_new_person_gets_market_defaults_and_pending_consent(workspace):
    person = ambassadors.create(workspace.db, draft(), actor="me")
    assert (person.market, person.language, person.time_zone) == ("FR", "fr", "Europe/Paris")
    assert person.consent is ConsentStatus.PENDING
    assert not person.plannable


def test_market_and_zone_are_checked(workspace):
    with pytest.raises(NotFound):
        ambassadors.create(workspace.db, draft(market="Atlantis"), actor="me")
    with pytest.raises(ValidationError):
        ambassadors.create(workspace.db, draft(time_zone="Mars/Olympus"), actor="me")


def test_duplicate_email_is_refused_case_insensitively(workspace):
    ambassadors.create(workspace.db, draft(), actor="me")
    with pytest.raises(DuplicateEmail):
        ambassadors.create(workspace.db, draft(name="Other", email="AMELIE@lumenvale.example"), actor="me")


def test_opt_in_is_dated_and_names_the_text_version(workspace):
    person = ambassadors.create(workspace.db, draft(), actor="me")
    [opted] = ambassadors.opt_in(workspace.db, [person.id], actor="me", at="2026-03-01T09:00:00+00:00")
    assert opted.consent is ConsentStatus.OPTED_IN
    assert opted.consent_at == "2026-03-01T09:00:00+00:00"
    assert (opted.consent_text_language, opted.consent_text_version) == ("fr", 1)
    assert "volontaire" in ambassadors.participation_text(workspace.db, "fr").body


def test_new_text_version_does_not_rewrite_what_was_accepted(workspace):
    person = ambassadors.create(workspace.db, draft(), actor="me")
    ambassadors.opt_in(workspace.db, [person.id], actor="me")
    v2 = ambassadors.set_participation_text(workspace.db, "fr", "Nouveau texte, toujours volontaire.", actor="me")
    assert v2.version == 2
    export = ambassadors.export_person(workspace.db, person.id)
    [accepted] = export["participation_texts_accepted"]
    assert accepted["version"] == 1 and "Nouveau" not in accepted["body"]
    with pytest.raises(sqlite3.DatabaseError):
        workspace.db.execute("UPDATE participation_texts SET body = 'edited' WHERE version = 1")


def test_only_opted_in_people_can_be_planned(workspace):
    a = ambassadors.create(workspace.db, draft(email="a@x.example"), actor="me")
    b = ambassadors.create(workspace.db, draft(name="B", email="b@x.example"), actor="me")
    c = ambassadors.create(workspace.db, draft(name="C", email="c@x.example"), actor="me")
    ambassadors.opt_in(workspace.db, [a.id, b.id], actor="me")
    ambassadors.opt_out(workspace.db, [b.id], actor="me")
    assert ambassadors.plannable(workspace.db, [a.id, b.id, c.id]) == [a.id]
    with pytest.raises(NotOptedIn) as caught:
        ambassadors.require_plannable(workspace.db, [a.id, b.id, c.id])
    assert caught.value.fields["ids"] == [b.id, c.id]
    ambassadors.require_plannable(workspace.db, [a.id])


def test_opt_out_keeps_history_and_the_register_cannot_be_rewritten(workspace):
    person = ambassadors.create(workspace.db, draft(), actor="me")
    ambassadors.opt_in(workspace.db, [person.id], actor="me", at="2026-01-01T00:00:00+00:00")
    ambassadors.opt_out(workspace.db, [person.id], actor="me", at="2026-02-01T00:00:00+00:00")
    history = ambassadors.consent_history(workspace.db, person.id)
    assert [(e.kind.value, e.at[:10]) for e in history] == [("opt_in", "2026-01-01"), ("opt_out", "2026-02-01")]
    for sql in ("DELETE FROM consent_events", "UPDATE consent_events SET at = 'x'"):
        with pytest.raises(sqlite3.DatabaseError):
            workspace.db.execute(sql)


def test_export_person_holds_everything_and_is_json(workspace):
    person = ambassadors.create(
        workspace.db, draft(team="Ventes", notes="aime le vélo", groups=("Paris sales",)), actor="me"
    )
    ambassadors.opt_in(workspace.db, [person.id], actor="me")
    data = json.loads(json.dumps(ambassadors.export_person(workspace.db, person.id)))
    assert data["ambassador"]["email"] == "amelie@lumenvale.example"
    assert data["ambassador"]["notes"] == "aime le vélo"
    assert data["ambassador"]["groups"] == ["Paris sales"]
    assert [e["kind"] for e in data["consent_register"]] == ["opt_in"]
    assert [a["action"] for a in data["activity"]] == ["ambassador.created"]


def test_erase_removes_personal_data_but_keeps_the_row_for_results(workspace):
    person = ambassadors.create(
        workspace.db, draft(team="Ventes", notes="private", groups=("Inner circle",), topics=("grid",)), actor="me"
    )
    ambassadors.opt_in(workspace.db, [person.id], actor="me")
    erased = ambassadors.erase(workspace.db, person.id, actor="me")
    assert erased.id == person.id and erased.market == "FR"
    assert erased.consent is ConsentStatus.ERASED and erased.erased_at
    assert (erased.email, erased.team, erased.notes, erased.groups, erased.topics) == ("", "", "", (), ())
    dump = "\n".join(workspace.db.conn.iterdump())
    assert "amelie@lumenvale.example" not in dump and "Amélie" not in dump and "private" not in dump
    assert len(ambassadors.consent_history(workspace.db, person.id)) == 1
    assert person.id not in ambassadors.query_ids(workspace.db)
    assert ambassadors.query_ids(workspace.db, AmbassadorFilter(consent="erased")) == [person.id]
    with pytest.raises(AmbassadorErased):
        ambassadors.opt_in(workspace.db, [person.id], actor="me")
    # The address is free again: the same person may come back as someone new.
    again = ambassadors.create(workspace.db, draft(), actor="me")
    assert again.id != person.id
    assert [e.action for e in audit_repo.for_entity(workspace.db, "ambassador", person.id)][-1] == "ambassador.erased"


def test_filters_and_accent_blind_search(workspace):
    db = workspace.db
    ambassadors.create(db, draft(name="Zoé Mercier", email="z@x.example", team="Marketing", topics=("AI",)), actor="me")
    ambassadors.create(
        db, draft(name="Ken Sato", email="k@x.example", market="JP", groups=("Inner circle",)), actor="me"
    )
    ambassadors.create(db, draft(name="Anna Weiß", email="a@x.example", market="DE", topics=("grid",)), actor="me")
    names = lambda f: [ambassadors.get(db, i).name for i in ambassadors.query_ids(db, f)]  # noqa: E731
    assert names(AmbassadorFilter()) == ["Anna Weiß", "Ken Sato", "Zoé Mercier"]
    assert names(AmbassadorFilter(search="zoe")) == ["Zoé Mercier"]
    assert names(AmbassadorFilter(market="jp")) == ["Ken Sato"]
    assert names(AmbassadorFilter(topic="grid")) == ["Anna Weiß"]
    assert names(AmbassadorFilter(team="marketing")) == ["Zoé Mercier"]
    assert names(AmbassadorFilter(group="inner circle")) == ["Ken Sato"]
    assert names(AmbassadorFilter(search="100%")) == []
    assert names(AmbassadorFilter(sort="market", descending=True)) == ["Ken Sato", "Zoé Mercier", "Anna Weiß"]
    assert ambassadors.counts(db).pending == 3


def test_roster_queries_use_indexes(workspace):
    from ghostdesk.storage import ambassadors_repo

    for filt in (AmbassadorFilter(market="FR"), AmbassadorFilter(consent="opted_in"), AmbassadorFilter(topic="AI")):
        where, args = ambassadors_repo._where(filt)
        plan = " ".join(
            r[3] for r in workspace.db.execute(f"EXPLAIN QUERY PLAN SELECT id FROM ambassadors WHERE {where}", args)
        )
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan


def test_groups_report_their_size(workspace):
    a = ambassadors.create(workspace.db, draft(email="a@x.example"), actor="me")
    b = ambassadors.create(workspace.db, draft(name="B", email="b@x.example"), actor="me")
    assert ambassadors.add_to_group(workspace.db, [a.id, b.id], "Paris sales", actor="me") == 2
    assert ambassadors.add_to_group(workspace.db, [a.id], "paris SALES", actor="me") == 0
    assert ambassadors.groups(workspace.db) == {"Paris sales": 2}


def test_opting_in_twice_to_the_same_text_records_once_and_a_new_text_records_again(workspace):
    person = ambassadors.create(workspace.db, draft(), actor="me")
    ambassadors.opt_in(workspace.db, [person.id], actor="me")
    ambassadors.opt_in(workspace.db, [person.id], actor="me")
    assert len(ambassadors.consent_history(workspace.db, person.id)) == 1
    ambassadors.set_participation_text(workspace.db, "fr", "Texte révisé.", actor="me")
    [again] = ambassadors.opt_in(workspace.db, [person.id], actor="me")
    assert again.consent_text_version == 2
    assert len(ambassadors.consent_history(workspace.db, person.id)) == 2


def test_network_sizes_are_the_peoples_own_after_edits_and_erasure(workspace):
    """Results read reach from the stored size alone; it must match the person as read whole."""
    from dataclasses import replace

    from ghostdesk.domain.ambassador import NetworkProfile

    db = workspace.db
    a = ambassadors.create(
        db, draft(networks=(NetworkProfile("linkedin", size=500), NetworkProfile("x", size=40))), actor="me"
    )
    b = ambassadors.create(
        db, draft(name="Bo", email="bo@x.example", networks=(NetworkProfile("xing", size=7),)), actor="me"
    )
    c = ambassadors.create(db, draft(name="Cy", email="cy@x.example"), actor="me")
    ambassadors.update(db, replace(b, networks=(NetworkProfile("xing", size=70),)), actor="me")
    ambassadors.opt_in(db, [c.id], actor="me")
    ambassadors.erase(db, a.id, actor="me")
    ids = [a.id, b.id, c.id, "nobody"]
    whole = {i: p.network_size for i, p in ambassadors.get_many(db, ids).items()}
    assert ambassadors.network_sizes(db, ids) == whole == {a.id: 0, b.id: 70, c.id: 0}
