"""`ghostdesk markets list|show|override|reset` on a real workspace file."""

from __future__ import annotations

import json

from ghostdesk.cli import main


def _run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _json(capsys, *argv):
    code, out, _ = _run(capsys, *argv, "--json")
    return code, json.loads(out)


def test_list_and_show(tmp_path, capsys):
    ws = str(tmp_path / "w.ghostdesk")
    assert main(["init", ws]) == 0
    capsys.readouterr()
    code, data = _json(capsys, "markets", "list", "--workspace", ws)
    assert code == 0
    assert [m["code"] for m in data["markets"]] == ["CN", "DE", "ES", "FR", "JP", "UK", "US"]
    cn = next(m for m in data["markets"] if m["code"] == "CN")
    assert "linkedin" not in cn["networks"] and cn["origin"] == "shipped"

    code, shown = _json(capsys, "markets", "show", "jp", "--workspace", ws)
    assert code == 0
    assert shown["code"] == "JP" and shown["disclosure"]["label"] == "PR"
    assert shown["formats"]["date"] == "2026/03/12"
    assert all(set(h) == {"date", "name"} for h in shown["holidays_next_90_days"])

    code, out, _ = _run(capsys, "markets", "show", "DE", "--workspace", ws)
    assert code == 0 and "XING: 3,000 characters, fold ~210 (unverified)" in out and "12.03.2026" in out


def test_override_then_reset(tmp_path, capsys):
    ws = str(tmp_path / "w.ghostdesk")
    main(["init", ws])
    capsys.readouterr()
    code, data = _json(capsys, "markets", "override", "FR", "networks", '["linkedin", "x", "xing"]', "--workspace", ws)
    assert code == 0 and data["networks"] == ["linkedin", "x", "xing"] and data["overridden"] == ["networks"]
    code, data = _json(capsys, "markets", "override", "FR", "name", "France métropolitaine", "--workspace", ws)
    assert code == 0 and data["name"] == "France métropolitaine"
    code, data = _json(capsys, "markets", "reset", "FR", "--workspace", ws)
    assert data["removed"] == 2
    code, data = _json(capsys, "markets", "show", "FR", "--workspace", ws)
    assert data["networks"] == ["linkedin", "x"] and data["overridden"] == []


def test_errors_exit_1_with_a_code(tmp_path, capsys):
    ws = str(tmp_path / "w.ghostdesk")
    main(["init", ws])
    capsys.readouterr()
    code, data = _json(capsys, "markets", "show", "ZZ", "--workspace", ws)
    assert code == 1 and data["error"]["code"] == "not_found"
    code, data = _json(capsys, "markets", "override", "FR", "time_zones", '["Mars/Base"]', "--workspace", ws)
    assert code == 1 and data["error"]["code"] == "market_invalid" and data["error"]["field"] == "time_zones"
    code, _out, err = _run(capsys, "markets", "override", "FR", "colour", "red", "--workspace", ws)
    assert code == 1 and "colour" in err
