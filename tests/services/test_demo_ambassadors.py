"""The demo roster: about sixty people across the markets, with mixed consent, the same on every build."""

from ghostdesk.domain.ambassador import ConsentStatus
from ghostdesk.services import ambassadors, demo


def test_demo_has_a_varied_roster(tmp_path):
    with demo.build(tmp_path / "demo.ghostdesk") as ws:
        people = ambassadors.get_many(ws.db, ambassadors.query_ids(ws.db)).values()
        markets = {p.market for p in people}
        consents = {p.consent for p in people}
        groups = ambassadors.groups(ws.db)
        history = [ambassadors.consent_history(ws.db, p.id) for p in people if p.consent is ConsentStatus.OPTED_OUT]
        first_names = sorted(p.email for p in people)
    assert 55 <= len(people) <= 65
    assert {"US", "FR", "DE", "JP", "CN"} <= markets
    assert consents == {ConsentStatus.OPTED_IN, ConsentStatus.OPTED_OUT, ConsentStatus.PENDING}
    assert {"Inner circle", "Paris sales"} <= set(groups)
    assert all([e.kind.value for e in h] == ["opt_in", "opt_out"] for h in history)
    with demo.build(tmp_path / "again.ghostdesk") as ws:
        assert (
            sorted(p.email for p in ambassadors.get_many(ws.db, ambassadors.query_ids(ws.db)).values()) == first_names
        )
