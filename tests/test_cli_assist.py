"""CLI: `ghostdesk assist …` against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import io
import json
import sys

import _assist_fakes as fakes

from ghostdesk.cli import main

KEY = fakes.KEY
fake_server, memory_keyring, no_keyring = fakes.fake_server, fakes.memory_keyring, fakes.no_keyring


def _run(capsys, monkeypatch, *args: str, stdin: str = ""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _setup(tmp_path, capsys, monkeypatch, server, *extra: str):
    ws = str(tmp_path / "w.ghostdesk")
    assert main(["init", ws]) == 0
    code, _, err = _run(
        capsys,
        monkeypatch,
        *("assist", "add", "--workspace", ws, "--name", "Local", "--kind", "openai_chat"),
        *("--base-url", server.url + "/v1", "--model", fakes.MODEL, "--read-timeout", "2", *extra),
    )
    assert code == 0, err
    return ws


def test_add_set_key_test_and_log(tmp_path, capsys, monkeypatch, fake_server, memory_keyring):
    ws = _setup(tmp_path, capsys, monkeypatch, fake_server, "--consent")
    code, out, _ = _run(capsys, monkeypatch, "assist", "set-key", "--workspace", ws, "--provider", "local", stdin=KEY)
    assert code == 0 and "keyring" in out and KEY not in out
    assert list(memory_keyring.store.values()) == [KEY]

    code, out, err = _run(capsys, monkeypatch, "assist", "test", "--provider", "Local", "--workspace", ws, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["ok"] is True and report["detail"] == fakes.MODEL

    code, out, _ = _run(capsys, monkeypatch, "assist", "list", "--workspace", ws, "--json")
    [row] = json.loads(out)
    assert row["has_key"] and row["consent"] and row["consent_at"]

    code, out, _ = _run(capsys, monkeypatch, "assist", "log", "--workspace", ws, "--json")
    [entry] = json.loads(out)
    assert (entry["action"], entry["outcome"], entry["host"]) == ("test", "ok", "127.0.0.1")
    code, out, _ = _run(capsys, monkeypatch, "assist", "log", "--workspace", ws)
    assert "Local (127.0.0.1)" in out and "test" in out


def test_failures_are_clear_and_never_show_the_key(tmp_path, capsys, monkeypatch, fake_server, memory_keyring):
    ws = _setup(tmp_path, capsys, monkeypatch, fake_server)
    _run(capsys, monkeypatch, "assist", "set-key", "--workspace", ws, "--provider", "Local", stdin=KEY)
    fake_server.script.append(("echo_auth", 401))
    code, out, err = _run(capsys, monkeypatch, "assist", "test", "--provider", "Local", "--workspace", ws, "--json")
    assert code == 1
    error = json.loads(out)["error"]
    assert error["code"] == "assist_bad_key" and "set-key" in error["next_step"]
    assert KEY not in out + err and "[redacted]" in error["server_message"]

    code, _, err = _run(capsys, monkeypatch, "assist", "test", "--provider", "Nobody", "--workspace", ws)
    assert code == 1 and "Nobody" in err and "Traceback" not in err


def test_without_a_keyring(tmp_path, capsys, monkeypatch, fake_server, no_keyring):
    ws = _setup(tmp_path, capsys, monkeypatch, fake_server)
    code, out, _ = _run(
        capsys, monkeypatch, "assist", "set-key", "--workspace", ws, "--provider", "Local", "--json", stdin=KEY
    )
    assert code == 1 and json.loads(out)["error"]["code"] == "assist_no_keyring"
    code, out, err = _run(
        capsys, monkeypatch, "assist", "test", "--workspace", ws, "--provider", "Local", "--key-stdin", stdin=KEY
    )
    assert code == 0, err
    assert "answered" in out
