"""`ghostdesk check-post` and `ghostdesk check-text`, as a script would run them."""

import json

from ghostdesk.cli import main
from ghostdesk.services import checks, posts
from ghostdesk.storage import executives_repo


def _post(workspace, body):
    claire = executives_repo.create(workspace.db, "Claire Vasseur")
    return posts.new_post(workspace, claire.id, actor="ines", body=body, language="fr")


def test_check_post_json_lists_findings_and_fails_on_block(workspace, capsys):
    post = _post(workspace, "Document confidentiel : hausse de 18 %.")
    checks.add_term(workspace, checks.FACT, "hausse de 18 %")
    code = main(["check-post", "--workspace", str(workspace.path), "--post", post.id, "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [f["rule_id"] for f in out] == ["confidential_marker"]
    assert out[0]["span"] == [9, 21] and out[0]["severity"] == "block"


def test_check_post_human_output_and_clean_post(workspace, capsys):
    post = _post(workspace, "Une belle journée au salon, merci à toutes les équipes.")
    assert main(["check-post", "--workspace", str(workspace.path), "--post", post.id]) == 0
    assert capsys.readouterr().out.strip() == "No findings."


def test_check_post_unknown_id(workspace, capsys):
    code = main(["check-post", "--workspace", str(workspace.path), "--post", "nope", "--json"])
    assert code == 1 and json.loads(capsys.readouterr().out)["error"]["code"] == "not_found"


def test_check_text_file(workspace, tmp_path, capsys):
    text = tmp_path / "draft.txt"
    text.write_text("Nous sommes le n°1.\nÉcrivez à jean@exemple.fr", encoding="utf-8")
    code = main(["check-text", "--workspace", str(workspace.path), "--text-file", str(text), "--language", "fr"])
    out = capsys.readouterr().out
    assert code == 0
    assert "WARN  absolute_claim (line 1, column 16)" in out
    assert "personal_data (line 2, column 11)" in out
    assert "2 finding(s), 0 blocking." in out


def test_check_text_missing_file_is_a_clear_error(workspace, tmp_path, capsys):
    code = main(
        ["check-text", "--workspace", str(workspace.path), "--text-file", str(tmp_path / "no.txt"), "--language", "fr"]
    )
    assert code == 1 and "No file" in capsys.readouterr().err
