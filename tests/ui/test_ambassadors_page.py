"""The Ambassadors page and its import wizard, driven through real widgets."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ghostdesk.domain.ambassador import Ambassador, ConsentStatus
from ghostdesk.services import ambassadors, demo_ambassadors
from ghostdesk.ui.dialogs.ambassador_editor import AmbassadorEditor
from ghostdesk.ui.dialogs.ambassador_import_wizard import AmbassadorImportWizard
from ghostdesk.ui.dialogs.ambassador_prompts import AmbassadorPrompts
from ghostdesk.ui.models.ambassador_import_models import ImportErrorsModel, ImportOutcomesModel, SourcePreviewModel
from ghostdesk.ui.models.ambassador_table import AmbassadorTableModel


@pytest.fixture
def roster(workspace):
    import random

    demo_ambassadors.populate(workspace, random.Random(1))
    return workspace


@pytest.fixture
def page(qtbot, main_window, roster):
    page = main_window.show_page("ambassadors")
    page.set_workspace(main_window.context)
    qtbot.waitUntil(lambda: not page.choices_pending)  # the filter choices are read right after the first paint
    return page


def names(page):
    return [page.model.ambassador_at(r).name for r in range(page.model.rowCount())]


def test_table_model_passes_the_model_tester(qtmodeltester, roster):
    model = AmbassadorTableModel(
        lambda f: ambassadors.query_ids(roster.db, f), lambda ids: ambassadors.get_many(roster.db, ids)
    )
    model.refresh()
    assert model.rowCount() == 61
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_import_models_pass_the_model_tester(qtmodeltester):
    from ghostdesk.services.ambassador_import import RowError

    preview = SourcePreviewModel()
    preview.set_table(("a", "b"), [(2, ("x", "y")), (3, ("z",))])
    qtmodeltester.check(preview)
    errors = ImportErrorsModel()
    errors.set_errors([RowError(3, "bad_email", "email", "nope", "msg")])
    qtmodeltester.check(errors)
    assert errors.data(errors.index(0, 1)) == "Not an e-mail address"
    outcomes = ImportOutcomesModel()
    person = Ambassador(id="", name="A", email="a@x.example", market="FR", language="fr", time_zone="Europe/Paris")
    outcomes.set_outcomes([(2, "create", person), (3, "update", person)])
    qtmodeltester.check(outcomes)
    assert outcomes.data(outcomes.index(1, 1)) == "Update"


def test_filters_and_search_narrow_the_roster(qtbot, page):
    assert page.model.rowCount() == 61
    page.market_combo.setCurrentIndex(page.market_combo.findData("JP"))
    assert page.model.rowCount() == 9 and all(page.model.ambassador_at(r).market == "JP" for r in range(9))
    page.market_combo.setCurrentIndex(0)
    page.consent_combo.setCurrentIndex(page.consent_combo.findData("opted_out"))
    assert {page.model.ambassador_at(r).consent for r in range(page.model.rowCount())} == {ConsentStatus.OPTED_OUT}
    page.consent_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.search_edit, "zoe")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert names(page) == ["Zoé Mercier"]
    assert "1" in page.counts_label.text()


def test_opt_out_is_one_click_and_shows_in_the_history(qtbot, page):
    page.select_id(page.model.id_at(0))
    person = page.model.ambassador_at(0)
    qtbot.mouseClick(page.opt_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.opt_out_button, Qt.MouseButton.LeftButton)
    assert ambassadors.get(page.db, person.id).consent is ConsentStatus.OPTED_OUT
    assert "Opted out" in page.detail.text()
    assert page.model.data(page.model.index(0, 3)) == "Opted out"


def test_add_person_through_the_editor(qtbot, page, monkeypatch):
    typed = Ambassador(id="", name="Nora Lind", email="nora.lind@lumenvale.example", market="UK", language="",
                       time_zone="")  # fmt: skip
    monkeypatch.setattr(AmbassadorEditor, "edit", classmethod(lambda cls, parent, person: typed))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = ambassadors.find_by_email(page.db, "nora.lind@lumenvale.example")
    assert added.time_zone == "Europe/London"
    assert page.selected_ids() == [added.id]


def test_editor_returns_what_was_typed(qtbot):
    dialog = AmbassadorEditor(None, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Ken Sato")
    qtbot.keyClicks(dialog.email_edit, "ken@x.example")
    dialog.market_combo.setCurrentIndex(dialog.market_combo.findData("JP"))
    assert dialog.zone_combo.currentText() == "Asia/Tokyo"
    values = dialog.values()
    assert (values.name, values.email, values.market) == ("Ken Sato", "ken@x.example", "JP")
    cleaned = ambassadors.validated(values)
    assert cleaned.language == "ja"


def test_export_person_and_erase(qtbot, page, monkeypatch, tmp_path):
    page.select_id(page.model.id_at(1))
    person = page.model.ambassador_at(1)
    target = tmp_path / "person.json"
    monkeypatch.setattr(AmbassadorPrompts, "person_export_target", classmethod(lambda cls, parent, s: target))
    qtbot.mouseClick(page.person_export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text(encoding="utf-8"))["ambassador"]["email"] == person.email
    monkeypatch.setattr(AmbassadorPrompts, "confirm_erase", classmethod(lambda cls, parent, name: True))
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert ambassadors.get(page.db, person.id).consent is ConsentStatus.ERASED
    assert page.model.rowCount() == 60


def test_export_roster_from_the_page(qtbot, page, monkeypatch, tmp_path):
    target = tmp_path / "roster.csv"
    monkeypatch.setattr(AmbassadorPrompts, "export_target", classmethod(lambda cls, parent, s: target))
    page.market_combo.setCurrentIndex(page.market_combo.findData("DE"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 1 + 12


def wizard_for(qtbot, workspace, path):
    wizard = AmbassadorImportWizard(None, workspace, path, "tester")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.table is not None or wizard.read_error is not None, timeout=5000)
    return wizard


def test_wizard_reads_maps_previews_and_imports(qtbot, workspace, files):
    wizard = wizard_for(qtbot, workspace, files / "ambassadors" / "fr_excel_cp1252.csv")
    assert "cp1252" in wizard.source_page.status.text()
    assert wizard.source_model.data(wizard.source_model.index(0, 0)) == "Amélie"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    combos = wizard.mapping_page.combos
    assert [c.currentData() for c in combos[:3]] == ["first_name", "last_name", "email"]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=5000)
    assert wizard.report.created == 4 and ambassadors.counts(workspace.db).total == 0
    assert wizard.outcomes_model.rowCount() == 4
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    if wizard.committing:  # still writing (the worker may already be done on a fast machine)
        assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
        wizard.reject()  # Escape while writing does not abandon the import
        assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.committed is not None, timeout=5000)
    assert wizard.committed.written and ambassadors.counts(workspace.db).total == 4


def test_wizard_mapping_correction_and_row_errors(qtbot, workspace, files):
    wizard = wizard_for(qtbot, workspace, files / "ambassadors" / "row_errors.csv")
    wizard.next()
    email = wizard.mapping_page.combos[1]
    email.setCurrentIndex(0)  # the user says: ignore the e-mail column
    assert not wizard.mapping_page.isComplete() and wizard.mapping_page.missing.isVisibleTo(wizard)
    email.setCurrentIndex(email.findData("email"))
    assert wizard.mapping_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=5000)
    assert wizard.errors_model.rowCount() == 5
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.preview_page.skip_check.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.committed is not None, timeout=5000)
    assert ambassadors.counts(workspace.db).total == 1


def test_wizard_encoding_override_and_unreadable_file(qtbot, workspace, files, tmp_path):
    wizard = wizard_for(qtbot, workspace, files / "ambassadors" / "fr_excel_cp1252.csv")
    combo = wizard.source_page.encoding_combo
    combo.setCurrentIndex(combo.findData("utf-8"))
    qtbot.waitUntil(lambda: not wizard.busy, timeout=5000)
    assert wizard.read_error is not None and not wizard.source_page.isComplete()
    assert "cp1252" not in wizard.source_page.status.text()
    combo.setCurrentIndex(combo.findData("cp1252"))
    qtbot.waitUntil(lambda: not wizard.busy and wizard.read_error is None, timeout=5000)
    assert wizard.source_page.isComplete()
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 10)
    bad = wizard_for(qtbot, workspace, old)
    assert ".xlsx" in bad.source_page.status.text()


def test_page_import_uses_the_wizard(qtbot, page, monkeypatch, files):
    monkeypatch.setattr(
        AmbassadorPrompts, "import_file", classmethod(lambda cls, parent: files / "ambassadors" / "de_headers.csv")
    )

    def fake_run(cls, parent, workspace, path, actor):
        from ghostdesk.services import ambassador_import as imp
        from ghostdesk.services.ambassador_sources import read_source

        table = read_source(path)
        return imp.run(workspace.db, table, imp.guess_mapping(table.headers), imp.ImportOptions(), actor=actor)

    monkeypatch.setattr(AmbassadorImportWizard, "run_import", classmethod(fake_run))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    # Anna Weiß is already on the roster: she is updated, not duplicated.
    assert page.model.rowCount() == 62
    assert ambassadors.find_by_email(page.db, "anna.weiss@lumenvale.example").team == "Technik"
    assert page.team_combo.findData("Vertrieb") >= 0


def test_page_follows_the_language(qtbot, page, app_context):
    english = {page.model.data(page.model.index(r, 3)) for r in range(page.model.rowCount())}  # cached now
    assert english == {"Opted in", "Opted out", "Not asked yet"}
    app_context.languages.apply("fr")
    try:
        qtbot.waitUntil(lambda: page.heading.text() == "Ambassadeurs")
        assert page.add_button.text() == "Ajouter…"
        assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Consentement"
        # the consent cells too (the table keeps its cells' words ready, so it works them out again)
        shown = {page.model.data(page.model.index(r, 3)) for r in range(page.model.rowCount())}
        assert shown == {"Inscrit", "Désinscrit", "Pas encore sollicité"}
    finally:
        app_context.languages.apply("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Ambassadors")


def test_participation_text_dialog_saves_a_new_version(qtbot, workspace):
    from ghostdesk.ui.dialogs.ambassador_participation import ParticipationTextDialog

    dialog = ParticipationTextDialog(None, workspace.db, "tester")
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    assert "freiwillig" in dialog.body_edit.toPlainText() and "not saved" in dialog.version_label.text()
    dialog.body_edit.setPlainText("Die Teilnahme ist freiwillig.")
    dialog.save()
    assert "Version 1" in dialog.version_label.text()
    assert ambassadors.participation_text(workspace.db, "de").body == "Die Teilnahme ist freiwillig."


def test_a_team_the_next_workspace_lacks_is_dropped_from_the_filter_as_the_combo_shows(page, main_window, tmp_path):
    from ghostdesk.services import workspaces

    page.team_combo.setCurrentIndex(page.team_combo.findData("Vertrieb"))
    assert page.model.filter.team == "Vertrieb" and 0 < page.model.rowCount() < 61
    other = workspaces.create(tmp_path / "other.ghostdesk", name="Other")
    ada = Ambassador(id="", name="Ada Lang", email="ada@x.example", market="FR", language="fr",
                     time_zone="Europe/Paris", team="Sales")  # fmt: skip
    ambassadors.create(other.db, ada, actor="test")
    original = main_window.context.workspace
    main_window.context.workspace = other
    try:
        page.set_workspace(main_window.context)
        assert page.team_combo.currentIndex() == 0  # "All teams": Vertrieb is not in this workspace
        assert page.model.filter.team == "" and [page.model.ambassador_at(0).name] == ["Ada Lang"]
    finally:
        main_window.context.workspace = original  # the page leaves the other workspace before it closes
        page.set_workspace(main_window.context)
        other.close()
