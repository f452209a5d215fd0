"""`ghostdesk kits export`, as a script would run it: JSON shape, and exit 1 with the list when blocked."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

import kit_helpers

from ghostdesk.cli import main
from ghostdesk.services import demo

approved_demo_file = kit_helpers.approved_demo_file  # fixtures
approved_demo = kit_helpers.approved_demo


def test_export_json_lists_files_skipped_with_reasons_and_warnings(approved_demo, tmp_path, capsys):
    workspace, _campaign_id = approved_demo
    path = str(workspace.path)
    workspace.close()
    out_dir = tmp_path / "out"
    code = main(["kits", "export", "--workspace", path, "--campaign", "Grid week 2027", "--out", str(out_dir),
                 "--jobs", "1", "--json", "--zip"])  # fmt: skip
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert {"files", "skipped", "warnings"} <= data.keys()
    assert data["files"] and all(Path(f["path"]).is_file() for f in data["files"])
    first = data["files"][0]
    assert {"ambassador_id", "name", "email", "path", "utm_links"} <= first.keys()
    assert all(f"utm_content={f['ambassador_id']}" in link for f in data["files"] for link in f["utm_links"])
    assert data["skipped"] and all(s["reason"] in {"not_opted_in", "no_shares"} for s in data["skipped"])
    assert data["warnings"] == [] and data["cancelled"] is False
    assert len(data["zips"]) == 1 and Path(data["zips"][0]).is_file()
    assert Path(data["manifests"][0]).is_file()


def test_missing_approvals_exit_1_with_the_list(tmp_path, capsys):
    workspace = demo.build(tmp_path / "demo")  # partly approved on purpose
    path = str(workspace.path)
    workspace.close()
    out_dir = tmp_path / "out"
    assert main(["kits", "export", "--workspace", path, "--campaign", "Grid week 2027", "--out", str(out_dir)]) == 1
    err = capsys.readouterr().err
    assert "not approved" in err and "On-call without heroics [US]" in err and "Calendar" in err
    assert not out_dir.exists()
    assert main(["kits", "export", "--workspace", path, "--campaign", "Grid week 2027", "--out", str(out_dir),
                 "--json"]) == 1  # fmt: skip
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "kits_need_approval" and error["items"]
    assert {"ambassador_id", "share_id", "problem", "post_title", "market"} <= error["items"][0].keys()


def test_near_identical_texts_exit_1_printing_each_pair_unless_accepted(approved_demo, tmp_path, capsys):
    workspace, campaign_id = approved_demo
    first, twin = kit_helpers.twin_shares(workspace, campaign_id, suffix="!")
    path = str(workspace.path)
    workspace.close()
    args = [
        "kits",
        "export",
        "--workspace",
        path,
        "--campaign",
        campaign_id,
        "--out",
        str(tmp_path / "out"),
        "--jobs",
        "1",
    ]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"{first.ambassador_name} and {twin.ambassador_name}" in err or (
        f"{twin.ambassador_name} and {first.ambassador_name}" in err
    )
    assert "--accept-similar" in err
    assert main([*args, "--accept-similar", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["warnings"]) == 1 and "accepted as similar" in data["warnings"][0]


def test_the_pool_warms_up_while_the_plan_is_read(tmp_path, monkeypatch, capsys):
    from ghostdesk.services import kit_inputs, kits

    workspace = demo.build(tmp_path / "demo")
    path = str(workspace.path)
    workspace.close()
    order: list[str] = []
    monkeypatch.setattr(kits, "prepare_workers", lambda: order.append("prepare"))
    real_build = kit_inputs.build
    monkeypatch.setattr(kit_inputs, "build", lambda *a, **k: order.append("plan") or real_build(*a, **k))
    args = ["kits", "export", "--workspace", path, "--campaign", "Grid week 2027", "--out", str(tmp_path / "o")]
    main([*args, "--jobs", "2"])
    assert order[:2] == ["prepare", "plan"]
    order.clear()
    main([*args, "--jobs", "1"])  # one process: no fork server
    assert order == ["plan"]
