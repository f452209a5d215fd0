"""`ghostdesk voice list|add|score`, as a script would run them."""

from __future__ import annotations

import json

from ghostdesk.cli import main
from ghostdesk.services import voices, workspaces


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_add_list_and_score(tmp_path, files, capsys):
    ws_path = tmp_path / "w.ghostdesk"
    workspaces.create(ws_path).close()
    dana = str(files / "voices" / "dana_en.txt")
    code, out, _ = run(
        capsys, "voice", "add", "--workspace", str(ws_path), "--name", "Dana", "--samples", dana, "--json"
    )
    assert code == 0
    added = json.loads(out)
    assert added["created"] is True and added["added"] == 16 and added["languages"] == {"en": 16}

    code, out, _ = run(capsys, "voice", "list", "--workspace", str(ws_path), "--json")
    listed = json.loads(out)
    assert [(p["name"], p["samples"]) for p in listed] == [("Dana", {"en": 16})]

    draft = tmp_path / "draft.txt"
    draft.write_text("Shipped it! 🚀\n\nI love my team.\n\n#startups #product #shipping", encoding="utf-8")
    code, out, _ = run(
        capsys,
        "voice",
        "score",
        "--workspace",
        str(ws_path),
        "--executive",
        "dana",
        "--text-file",
        str(draft),
        "--json",
    )
    assert code == 0
    result = json.loads(out)
    assert 0 <= result["score"] <= 100
    assert result["dimensions"]
    assert set(result["dimensions"][0]) >= {"name", "value", "expected", "advice"}

    code, out, _ = run(
        capsys, "voice", "score", "--workspace", str(ws_path), "--executive", "Dana", "--text-file", str(draft)
    )
    assert code == 0 and out.startswith("Dana: ") and "/100" in out


def test_a_failed_import_creates_no_executive(tmp_path, capsys):
    ws_path = tmp_path / "w.ghostdesk"
    workspaces.create(ws_path).close()
    bad = tmp_path / "Shares.csv"
    bad.write_text("Date,ShareCommentary\n2024-01-01,ok\n2024-01-02,too,many\n", encoding="utf-8")
    code, _out, err = run(capsys, "voice", "add", "--workspace", str(ws_path), "--name", "New", "--samples", str(bad))
    assert code == 1
    assert "row 3" in err or "1 row(s)" in err
    with workspaces.open_workspace(ws_path) as ws:
        assert voices.list_profiles(ws.db) == []


def test_unknown_executive_fails_clearly(tmp_path, capsys):
    ws_path = tmp_path / "w.ghostdesk"
    workspaces.create(ws_path).close()
    draft = tmp_path / "d.txt"
    draft.write_text("Hello", encoding="utf-8")
    code, out, _ = run(
        capsys,
        "voice",
        "score",
        "--workspace",
        str(ws_path),
        "--executive",
        "Nobody",
        "--text-file",
        str(draft),
        "--json",
    )
    assert code == 1
    assert json.loads(out)["error"]["code"] == "not_found"
