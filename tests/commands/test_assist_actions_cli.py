"""CLI: `ghostdesk assist adapt` and `assist share-texts` (nothing is saved)."""

from __future__ import annotations

import io
import json
import sys

import _assist_fakes as fakes
from _actions_helpers import BODY, executive_with_voice, post_for

from ghostdesk.cli import main
from ghostdesk.services import posts, workspaces

fake_server, memory_keyring = fakes.fake_server, fakes.memory_keyring


def _workspace_with_post(tmp_path):
    path = tmp_path / "w.ghostdesk"
    ws = workspaces.create(path, name="CLI")
    try:
        post = post_for(ws, executive_with_voice(ws.db))
    finally:
        ws.close()
    return str(path), post.id


def _add_chat(ws, server, capsys, monkeypatch):
    args = ["assist", "add", "--workspace", ws, "--name", "Local", "--kind", "openai_chat"]
    args += ["--base-url", server.url + "/v1", "--model", fakes.MODEL, "--consent"]
    assert main(args) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(fakes.KEY))
    assert main(["assist", "set-key", "--workspace", ws, "--provider", "Local"]) == 0
    capsys.readouterr()


def test_adapt_prints_the_proposal_as_json(tmp_path, capsys, monkeypatch, fake_server, memory_keyring):
    ws, post_id = _workspace_with_post(tmp_path)
    _add_chat(ws, fake_server, capsys, monkeypatch)
    code = main(["assist", "adapt", "--workspace", ws, "--post", post_id, "--market", "jp", "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    data = json.loads(out)
    assert data == {
        "market": "JP",
        "provider": "Local",
        "original": BODY,
        "proposed": "REWRITTEN " + BODY,
        "truncated": False,
    }
    opened = workspaces.open_workspace(tmp_path / "w.ghostdesk")
    try:
        assert posts.get(opened, post_id).body == BODY
    finally:
        opened.close()


def test_adapt_without_a_provider_explains_the_offline_path(tmp_path, capsys, memory_keyring):
    ws, post_id = _workspace_with_post(tmp_path)
    code = main(["assist", "adapt", "--workspace", ws, "--post", post_id, "--market", "JP"])
    err = capsys.readouterr().err
    assert code == 1
    assert "No chat assistant is configured" in err and "side-by-side" in err and "checklist" in err
    assert "ghostdesk assist add" in err


def test_share_texts_offline(tmp_path, capsys):
    ws, post_id = _workspace_with_post(tmp_path)
    code = main(
        ["assist", "share-texts", "--workspace", ws, "--post", post_id, "--language", "de", "-n", "4", "--json"]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["language"] == "de" and len(data["texts"]) == 4
