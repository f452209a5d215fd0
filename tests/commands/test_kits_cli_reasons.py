"""`ghostdesk kits export` says where to approve: a share waiting for its variant is not unblocked on the Calendar."""

from ghostdesk.cli import main
from ghostdesk.services import campaigns, demo


def test_after_approving_the_whole_campaign_the_cli_points_to_the_variants(tmp_path, capsys):
    workspace = demo.build(tmp_path / "demo")  # some variants are drafts on purpose
    campaign = campaigns.resolve(workspace.db, "Grid week 2027")
    campaigns.approve_all(workspace.db, campaign.id, actor="t")
    path = str(workspace.path)
    workspace.close()
    out_dir = tmp_path / "out"
    assert main(["kits", "export", "--workspace", path, "--campaign", "Grid week 2027", "--out", str(out_dir)]) == 1
    err = capsys.readouterr().err
    assert "variant not approved yet" in err and "Variants page" in err  # was "Approve them on the Calendar"
    assert "— not approved" not in err
