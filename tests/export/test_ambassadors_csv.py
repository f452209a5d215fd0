"""The CSV export cannot run formulas in a spreadsheet, and re-imports cleanly."""

import csv

from ghostdesk.domain.ambassador import Ambassador, NetworkProfile
from ghostdesk.export import ambassadors_csv


def test_formula_like_cells_are_neutralised():
    for dangerous in ('=HYPERLINK("http://evil")', "+33 1 23", "-2+3", "@SUM(A1)", "\tx"):
        assert ambassadors_csv.neutralise(dangerous).startswith("'")
    assert ambassadors_csv.neutralise("Paris sales") == "Paris sales"
    assert ambassadors_csv.neutralise(None) == ""


def test_written_file_has_no_cell_starting_with_a_formula_sign(tmp_path):
    person = Ambassador(
        id="1", name="=cmd|' /C calc'!A0", email="x@y.example", market="FR", language="fr",
        time_zone="Europe/Paris", team="@team", notes="-1", networks=(NetworkProfile("linkedin", "https://l.in/x", 5),),
    )  # fmt: skip
    target = tmp_path / "out.csv"
    ambassadors_csv.write(target, [person])
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert rows[0][:2] == ["name", "email"]
    for cell in rows[1]:
        assert not cell.startswith(("=", "+", "-", "@"))
    assert rows[1][0] == "'=cmd|' /C calc'!A0"
    assert "linkedin_size" in rows[0]
