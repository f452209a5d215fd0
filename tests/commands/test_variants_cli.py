"""`ghostdesk variants …` and `check-post --market`, as a script would run them."""

import json

from ghostdesk.cli import main
from ghostdesk.services import posts, variants
from ghostdesk.storage import executives_repo, meta_repo


def _post(workspace, body="We opened a grid lab in Lyon.", **kwargs):
    meta_repo.put(workspace.db, "company_markets", "US,FR,CN")
    claire = executives_repo.create(workspace.db, "Claire Vasseur")
    return posts.new_post(workspace, claire.id, actor="ines", body=body, title="Lab", **kwargs)


def test_status_json_is_the_matrix(workspace, capsys):
    post = _post(workspace)
    variants.create(workspace.db, post.id, "FR", actor="ines", body="Nous ouvrons un labo à Lyon. #collaborateur")
    assert main(["variants", "status", "--workspace", str(workspace.path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["markets"] == ["US", "FR", "CN"]
    cells = out["posts"][0]["cells"]
    assert cells["US"] is None and cells["FR"]["status"] == "draft" and cells["FR"]["stale"] is False


def test_check_post_market_says_whether_it_checked_a_variant_or_the_master(workspace, capsys):
    post = _post(workspace, body="Tu viens le 03/12 ?", language="fr")
    path = str(workspace.path)
    code = main(["check-post", "--workspace", path, "--post", post.id, "--market", "FR", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert out["checked"] == "master" and code == 1  # "tu" blocks in a vous market
    assert {"market_register", "market_format"} <= {f["rule_id"] for f in out["findings"]}
    variants.create(workspace.db, post.id, "FR", actor="ines", body="Venez-vous le 12 mars ? #collaborateur")
    code = main(["check-post", "--workspace", path, "--post", post.id, "--market", "fr"])
    human = capsys.readouterr().out
    assert human.startswith("Checked the FR variant") and code == 0


def test_create_and_show(workspace, capsys):
    post = _post(workspace)
    path = str(workspace.path)
    workspace.close()
    assert main(["variants", "create", "--workspace", path, "--post", post.id, "--market", "CN", "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["language"] == "zh" and created["adapted"] is False
    code = main(["variants", "show", "--workspace", path, "--post", post.id, "--market", "CN", "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert code == 1 and "market_adaptation" in {f["rule_id"] for f in shown["findings"]}
