"""`ghostdesk trash list|restore|purge` on a real workspace file."""

from __future__ import annotations

import json

import pytest

from ghostdesk.cli import main
from ghostdesk.services import posts, voices, workspaces


def _json(capsys, *argv):
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _with_deleted_post(tmp_path) -> tuple[str, str]:
    path = tmp_path / "w.ghostdesk"
    with workspaces.create(path, name="w") as ws:
        claire = voices.create_executive(ws.db, "Claire Vasseur", actor="t")
        post = posts.new_post(ws, claire.id, actor="t", title="Grid lab", body="We opened a grid lab.")
        posts.delete(ws, post.id, actor="ines")
    return str(path), post.id


def test_list_restore_and_refusals(tmp_path, capsys):
    ws, post_id = _with_deleted_post(tmp_path)
    code, data = _json(capsys, "trash", "list", ws)
    assert code == 0
    (item,) = data["items"]
    assert set(item) == {"id", "type", "label", "deleted_at", "deleted_by", "entity_id", "with_items"}
    assert (item["type"], item["label"], item["deleted_by"], item["entity_id"]) == ("post", "Grid lab", "ines", post_id)

    code, data = _json(capsys, "trash", "restore", ws, item["id"])
    assert code == 0 and data["restored"]["entity_id"] == post_id
    assert _json(capsys, "trash", "list", ws) == (0, {"items": []})

    code, data = _json(capsys, "trash", "restore", ws, item["id"])  # already back
    assert code == 1 and data["error"]["code"] == "not_found"


def test_purge_one_or_all_and_usage(tmp_path, capsys):
    ws, _ = _with_deleted_post(tmp_path)
    _code, data = _json(capsys, "trash", "list", ws)
    assert main(["trash", "purge", ws, data["items"][0]["id"]]) == 0
    assert "Deleted 1 item(s) for good." in capsys.readouterr().out
    assert _json(capsys, "trash", "purge", ws, "--all") == (0, {"purged": 0})
    with pytest.raises(SystemExit) as usage:
        main(["trash", "purge", ws])
    assert usage.value.code == 2
