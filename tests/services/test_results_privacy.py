"""Who appears where: names only for people who chose "named", stable aliases for "anonymous", nothing for
"hidden", and no per-person ranking at all in works-council mode — on the board, in reports and in the CLI."""

import json

import _results as h
import docx
import pytest

from ghostdesk.cli import main
from ghostdesk.domain.ambassador import Visibility
from ghostdesk.domain.results import RankingDisabled, Shown
from ghostdesk.services import ambassadors, results, results_import, results_lookup, results_report, workspaces

HIDDEN_NAME, ANON_NAME = "Hana Sato", "Jules Moreau"


@pytest.fixture
def ws_path(tmp_path, files, monkeypatch):
    monkeypatch.setattr(results_lookup, "LOOKUP_FACTORY", lambda db: h.lookup())
    path = tmp_path / "w.ghostdesk"
    with workspaces.create(path) as ws:
        h.add_people(ws.db)
        results_import.import_file(ws.db, files / "results" / "ga4_utm.csv", "utm", actor="t")
        results_import.import_file(ws.db, h.linkedin_export(tmp_path / "li.xlsx"), "linkedin", actor="t")
    return path


def _text(path):
    document = docx.Document(path)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_board_names_only_people_who_chose_named(ws_path):
    with workspaces.open_workspace(ws_path) as ws:
        board = results.board(ws.db, "c-spring")
    shown = {(e.shown, e.name, e.alias) for e in board.entries}
    assert (Shown.NAMED, "Emily Carter", 0) in shown and (Shown.NAMED, "Lena Hoffmann", 0) in shown
    assert (Shown.ANONYMOUS, "", 1) in shown
    assert board.participants == 4 and board.hidden == 1 and len(board.entries) == 3
    anonymous = next(e for e in board.entries if e.shown is Shown.ANONYMOUS)
    assert anonymous.ambassador_id == ""  # no id to look the person up with
    assert board.totals.clicks == 1354  # the hidden person's clicks still count for the group


def test_anonymous_numbers_are_stable_per_campaign(ws_path):
    with workspaces.open_workspace(ws_path) as ws:
        before = next(e.alias for e in results.board(ws.db, "c-spring").entries if e.shown is Shown.ANONYMOUS)
        lena = ambassadors.get(ws.db, "amb-lena")
        ambassadors.update(ws.db, lena.__class__(**{**_fields(lena), "visibility": Visibility.ANONYMOUS}), actor="t")
        board = results.board(ws.db, "c-spring")
    aliases = {e.alias for e in board.entries if e.shown is Shown.ANONYMOUS}
    assert before in aliases and len(aliases) == 2  # Jules keeps #1, Lena gets the next number


def _fields(person):
    return {f: getattr(person, f) for f in person.__dataclass_fields__}


def test_report_in_every_language_respects_privacy(ws_path, tmp_path):
    with workspaces.open_workspace(ws_path) as ws:
        paths = results_report.write_reports(ws.db, "c-spring", tmp_path / "out")
    assert len(paths) == 10
    for path in paths:
        text = _text(path)
        assert HIDDEN_NAME not in text and ANON_NAME not in text and "amb-" not in text
    fr = _text(tmp_path / "out" / "results-spring-launch-fr.docx")
    assert "Emily Carter" in fr and "Ambassadeur n° 1" in fr and "Merci" in fr
    assert "1\u202f204" in fr  # French digit grouping
    assert "Premier partage" in fr and "First share" not in fr  # default badges in the reader's language
    ja = _text(tmp_path / "out" / "results-spring-launch-ja.docx")
    assert "アンバサダー #1" in ja and "ほかに 1 名" in ja
    summary = _text(tmp_path / "out" / "summary-spring-launch-en.docx")
    assert "3.3 ×" in summary and "Emily" not in summary  # the executive page has no board


def test_japanese_report_sets_the_east_asian_font_like_the_kits(ws_path, tmp_path):
    with workspaces.open_workspace(ws_path) as ws:
        (report, _summary) = results_report.write_reports(ws.db, "c-spring", tmp_path, ["ja"])
    styles = docx.Document(report).styles.element.xml
    assert 'w:eastAsia="Yu Gothic"' in styles and 'w:eastAsia="ja-JP"' in styles


def test_cli_board_json_never_carries_hidden_or_anonymous_names(ws_path, capsys):
    assert main(["results", "board", "--workspace", str(ws_path), "--campaign", "c-spring", "--json"]) == 0
    raw = capsys.readouterr().out
    data = json.loads(raw)
    assert HIDDEN_NAME not in raw and ANON_NAME not in raw and "amb-jules" not in raw and "amb-hana" not in raw
    assert next(e["name"] for e in data["entries"]) == "Ambassador #1"
    assert data["hidden"] == 1 and data["ranking_enabled"] is True


def test_works_council_mode_turns_off_ranking_everywhere(ws_path, capsys, tmp_path):
    assert main(["results", "works-council", "on", "--workspace", str(ws_path)]) == 0
    capsys.readouterr()
    assert main(["results", "board", "--workspace", str(ws_path), "--campaign", "c-spring", "--json"]) == 0
    raw = capsys.readouterr().out
    data = json.loads(raw)
    assert data["ranking_enabled"] is False and data["entries"] == []
    assert data["totals"]["clicks"] == 1354  # aggregates stay
    assert "Emily" not in raw and "Lena" not in raw
    assert main(["report", "--workspace", str(ws_path), "--campaign", "c-spring", "--out", str(tmp_path / "r"),
                 "--language", "de"]) == 0  # fmt: skip
    text = _text(tmp_path / "r" / "results-spring-launch-de.docx")
    assert "Ranglisten sind in diesem Arbeitsbereich abgeschaltet" in text
    assert "Emily" not in text and "Lena" not in text
    with workspaces.open_workspace(ws_path) as ws:
        contest = results.save_contest(ws.db, name="March", starts_on="2026-03-01", ends_on="2026-03-31", actor="t")
        with pytest.raises(RankingDisabled):
            results.decide_contest(ws.db, contest.id, actor="t")


def test_contest_winners_come_from_people_who_agreed_to_a_board(ws_path):
    with workspaces.open_workspace(ws_path) as ws:
        contest = results.save_contest(ws.db, name="March", starts_on="2026-03-01", ends_on="2026-03-31",
                                       prize="A day at the lab", winners_count=3, actor="t")  # fmt: skip
        decided = results.decide_contest(ws.db, contest.id, actor="t")
        shown = results.winner_entries(ws.db, decided)
    assert "amb-hana" not in decided.winners  # hidden people are not ranked, so cannot be picked
    assert decided.winners[0] == "amb-jules" and len(decided.winners) == 3
    assert shown[0].shown is Shown.ANONYMOUS and shown[0].name == "" and shown[0].alias == 1


def test_executives_have_their_own_board(ws_path, capsys):
    assert main(["results", "board", "--workspace", str(ws_path), "--executives", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(e["name"], e["impressions"], e["amplification"]) for e in data] == [("Claire Fontaine", 5200, 3.33)]


def test_cli_import_json_and_exit_codes(tmp_path, files, capsys, monkeypatch):
    monkeypatch.setattr(results_lookup, "LOOKUP_FACTORY", lambda db: h.lookup())
    path = tmp_path / "w.ghostdesk"
    with workspaces.create(path) as ws:
        h.add_people(ws.db)
    args = ["results", "import", "--workspace", str(path), "--format", "utm", "--json"]
    assert main([*args[:2], str(files / "results" / "utm_bad_rows.csv"), *args[2:]]) == 1
    bad = json.loads(capsys.readouterr().out)
    assert [e["line"] for e in bad["errors"]] == [3, 4, 5, 6] and bad["written"] is False
    assert main([*args[:2], str(files / "results" / "ga4_utm.csv"), *args[2:]]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 4
    assert main([*args[:2], str(files / "results" / "ga4_utm.csv"), *args[2:]]) == 0
    assert json.loads(capsys.readouterr().out)["already_imported"] is True


def test_points_rules_are_edited_from_the_cli_and_change_the_board(ws_path, capsys):
    assert main(["results", "rules", "--workspace", str(ws_path), "--set", "normalise=off", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["normalise"] is False
    with workspaces.open_workspace(ws_path) as ws:
        board = results.board(ws.db, "c-spring")
    # without normalisation the biggest network's raw clicks count in full: Lena (12,000 followers) gains
    lena = next(e for e in board.entries if e.name == "Lena Hoffmann")
    assert lena.points == 10 + 88 * 2 + 20
    assert main(["results", "rules", "--workspace", str(ws_path), "--set", "per_click=-1"]) == 1


def test_an_erased_person_stays_in_the_totals_but_only_as_a_number(ws_path, capsys):
    with workspaces.open_workspace(ws_path) as ws:
        ambassadors.erase(ws.db, "amb-emily", actor="t")
        board = results.board(ws.db, "c-spring")
    assert "Emily Carter" not in {e.name for e in board.entries}
    assert sum(1 for e in board.entries if e.shown is Shown.ANONYMOUS) == 2
    assert board.totals.clicks == 1354
    assert main(["results", "board", "--workspace", str(ws_path), "--campaign", "c-spring", "--json"]) == 0
    raw = capsys.readouterr().out
    assert "Emily" not in raw and "amb-emily" not in raw


def test_a_read_only_session_shows_the_board_without_storing_aliases(ws_path):
    """The Results page of a workspace open in another GhostDesk crashed: the board stored new aliases."""
    with workspaces.open_workspace(ws_path, read_only=True) as ws:
        board = results.board(ws.db, "c-spring")
        stored = ws.db.execute("SELECT COUNT(*) FROM results_aliases").fetchone()[0]
    assert [(e.shown, e.alias) for e in board.entries if e.shown is Shown.ANONYMOUS] == [(Shown.ANONYMOUS, 1)]
    assert stored == 0
    with workspaces.open_workspace(ws_path) as ws:  # for writing, the same number is given and kept
        again = results.board(ws.db, "c-spring")
        assert ws.db.execute("SELECT COUNT(*) FROM results_aliases").fetchone()[0] == 1
    assert [e.alias for e in again.entries if e.shown is Shown.ANONYMOUS] == [1]
