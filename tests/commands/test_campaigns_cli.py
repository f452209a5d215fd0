"""`ghostdesk plan`, `ghostdesk calendar ics` and `ghostdesk campaigns …`, as a script would run them."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

from campaign_helpers import world

from ghostdesk.cli import main
from ghostdesk.services import ambassadors, campaigns, workspaces


def _shares(path, campaign_id):
    with workspaces.open_workspace(Path(path), read_only=True) as ws:
        return len(campaigns.shares(ws.db, campaign_id))


def test_plan_json_has_slots_shares_and_explained_skips(workspace, capsys):
    campaign, _, _, roster = world(workspace, markets=("US", "FR"))
    ambassadors.opt_out(workspace.db, [roster["FR"][0].id], actor="t")
    workspace.close()  # the CLI opens it as another process would
    path = str(workspace.path)
    assert main(["plan", "--workspace", path, "--campaign", "spring launch", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"slots", "shares", "skipped"} <= out.keys() and out["applied"] is False
    share = out["shares"][0]
    assert {"ambassador", "utc", "local", "wave", "time_zone"} <= share.keys()
    assert out["skipped"] and all(s["reason"] and s["explanation"] for s in out["skipped"])
    assert _shares(path, campaign.id) == 0  # not applied
    assert main(["plan", "--workspace", path, "--campaign", campaign.id, "--apply"]) == 0
    human = capsys.readouterr().out
    assert "Stored as the campaign's plan." in human
    assert _shares(path, campaign.id) == len(out["shares"])


def test_calendar_ics_and_approve_and_review_export(workspace, capsys, tmp_path):
    campaign, _, _, roster = world(workspace, markets=("FR",))
    workspace.close()
    path = str(workspace.path)
    assert main(["plan", "--workspace", path, "--campaign", campaign.name, "--apply"]) == 0
    target = tmp_path / "one.ics"
    email = roster["FR"][0].email
    assert main(["calendar", "ics", "--workspace", path, "--campaign", campaign.name, "--ambassador", email,
                 "--out", str(target), "--json"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["calendar", "ics", "--workspace", path, "--campaign", campaign.name, "--ambassador", email,
                 "--out", str(target), "--json"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["events"] >= 1
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert main(["campaigns", "approve", "--workspace", path, "--campaign", campaign.name]) == 0
    capsys.readouterr()
    assert main(["campaigns", "status", "--workspace", path, "--campaign", campaign.name, "--json"]) == 0
    assert {r["state"] for r in json.loads(capsys.readouterr().out)} == {"approved"}
    assert (
        main(["campaigns", "approve", "--workspace", path, "--campaign", campaign.name, "--item", "waves", "--reject"])
        == 1
    )  # fmt: skip  (a rejection needs a comment)
    assert main(["campaigns", "review-export", "--workspace", path, "--campaign", campaign.name,
                 "--out", str(tmp_path / "r.json")]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["campaigns", "list", "--workspace", path, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["name"] == "Spring launch" and listed[0]["status"] == "approved"
