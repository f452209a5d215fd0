"""UI: a file picked by mistake (a database renamed .csv) in the roster wizard and on the Results page is refused
in the interface's language, saying what the file is, and nothing is imported."""

from __future__ import annotations

import sqlite3

import pytest

from ghostdesk.services import ambassadors, results
from ghostdesk.ui.dialogs.ambassador_import_wizard import AmbassadorImportWizard
from ghostdesk.ui.views.results_page import ResultsPage


@pytest.fixture
def database_named_csv(tmp_path):
    path = tmp_path / "export.csv"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (name TEXT, email TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(f"P{i}", f"p{i}@lumenvale.example") for i in range(100)])
    conn.commit()
    conn.close()
    return path


def test_the_roster_wizard_calls_a_binary_file_what_it_is(qtbot, app_context, workspace, database_named_csv):
    """It said "The file is not written in utf-16-be. Choose another encoding." — sending people hunting."""
    app_context.languages.apply("fr")
    wizard = AmbassadorImportWizard(None, workspace, database_named_csv, "tester")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.table is not None or wizard.read_error is not None, timeout=5000)
    status = wizard.source_page.status.text()
    assert wizard.read_error is not None and not wizard.source_page.isComplete()
    assert "CSV ou .xlsx" in status and "utf-16" not in status and "encodage" not in status.lower()
    assert ambassadors.counts(workspace.db).total == 0


def test_the_results_page_says_it_in_the_interface_language(main_window, database_named_csv, monkeypatch, qtbot):
    main_window.context.languages.apply("fr")
    page = main_window.show_page("results")
    monkeypatch.setattr(ResultsPage, "ask_import_file", classmethod(lambda cls, parent: (database_named_csv, "utm")))
    said = []
    monkeypatch.setattr(ResultsPage, "show_message", classmethod(lambda cls, parent, title, text: said.append(text)))
    page.import_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    # It used to be "The file could not be imported: export.csv is not in utf-16-be", in English.
    assert said == ["Ce n’est pas un fichier CSV ou .xlsx que GhostDesk sait lire : il ne contient pas de texte. "
                    "Rien n’a été importé."]  # fmt: skip
    assert results.figures(page.db) == [] or len(results.figures(page.db)) == 0


def test_the_results_page_lists_bad_rows_in_file_order_and_says_how_many_more(
    main_window, tmp_path, monkeypatch, qtbot
):
    rows = ["Kampagne;Inhalt;Quelle;Medium;Datum;Klicks;Konversionen"]
    rows += [f"spring-launch;amb-{i};linkedin;employee_advocacy;31.02.2026;{i};0" for i in range(15)]
    rows[4] = "spring-launch;amb-x;linkedin;employee_advocacy;05.03.2026;zwölf;0"
    path = tmp_path / "export.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    page = main_window.show_page("results")
    monkeypatch.setattr(ResultsPage, "ask_import_file", classmethod(lambda cls, parent: (path, "utm")))
    said = []
    monkeypatch.setattr(ResultsPage, "show_message", classmethod(lambda cls, parent, title, text: said.append(text)))
    page.import_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    lines = said[0].splitlines()
    numbers = [int(line.split()[1].rstrip(":")) for line in lines if line.startswith("Line ")]
    assert numbers == sorted(numbers) and numbers[0] == 2 and len(numbers) == 12
    assert lines[-1].startswith("… and ") and lines[-1].endswith(" more rows.")
