"""UI: the Variants page — the posts × markets matrix, and the side-by-side editor opened from a cell."""

from __future__ import annotations

from dataclasses import replace

import pytest
from _window_helpers import interface_language
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from ghostdesk.domain.posts import PostStatus
from ghostdesk.services import posts, variants
from ghostdesk.storage import executives_repo, meta_repo
from ghostdesk.ui.models.variant_matrix_model import MARKET_ROLE, VARIANT_ID_ROLE, VariantMatrixModel
from ghostdesk.ui.widgets.variant_editor import VariantEditor, VariantPrompts

MASTER = "We opened a grid lab in Lyon.\nIt tests balancing software on real feeders."


@pytest.fixture
def post(workspace):
    meta_repo.put(workspace.db, "company_markets", "US,FR,DE,JP,CN")
    claire = executives_repo.create(workspace.db, "Claire Vasseur", title="CEO")
    return posts.new_post(workspace, claire.id, actor="ines", title="Lab", body=MASTER, networks=("linkedin",))


@pytest.fixture
def page(main_window, post):
    page = main_window.show_page("variants")
    page.reload()
    return page


def _double_click(qtbot, table, index) -> None:
    pos = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_variants_page_comes_right_after_markets(main_window):
    keys = [spec.key for spec in main_window.specs]
    assert keys.index("variants") == keys.index("markets") + 1
    item = main_window.sidebar.item(keys.index("variants"))
    assert item.text() == "Variants" and not item.icon().isNull()


def test_matrix_model_passes_the_tester_and_shows_status_at_a_glance(qtmodeltester, workspace, post):
    variants.create(workspace.db, post.id, "FR", actor="ines", body="Nous ouvrons un labo à Lyon. #collaborateur")
    variants.create(workspace.db, post.id, "CN", actor="ines", networks=("linkedin",))
    model = VariantMatrixModel()
    model.set_source(workspace.db)
    qtmodeltester.check(model)
    model.count_pending()  # findings are counted just after a row is first shown
    assert model.columnCount() == 6 and model.headerData(2, Qt.Orientation.Horizontal) == "FR"
    assert model.index(0, 0).data() == "Lab"
    assert model.index(0, 1).data() == "—"  # no US variant
    assert model.index(0, 2).data() == "Draft"
    assert model.index(0, 5).data().startswith("Draft") and "✖" in model.index(0, 5).data()
    assert model.index(0, 2).data(MARKET_ROLE) == "FR"


def test_double_click_on_an_empty_cell_writes_a_variant_and_opens_the_editor(page, qtbot, workspace, post, monkeypatch):
    errors = []
    monkeypatch.setattr(VariantPrompts, "error", classmethod(lambda cls, parent, exc: errors.append(exc)))
    index = page.model.index(0, page.model.markets.index("DE") + 1)
    assert index.data(VARIANT_ID_ROLE) is None
    _double_click(qtbot, page.table, index)
    assert page.stack.currentWidget() is page.editor and errors == []
    created = variants.find(workspace.db, post.id, "DE")
    assert created is not None and page.editor.variant.id == created.id
    assert page.editor.master_body.isReadOnly() and page.editor.master_body.toPlainText() == MASTER
    assert page.editor.body.toPlainText() == MASTER  # a starting point, flagged as not adapted
    texts = [page.editor.findings_list.item(i).text() for i in range(page.editor.findings_list.count())]
    assert any("still the master's text" in t for t in texts)
    assert page.editor.checklist.count() > 0  # the market's checklist
    reader = page.model.reader
    page.editor.back_button.click()
    assert page.stack.currentIndex() == 0
    assert page.model.index(0, page.model.markets.index("DE") + 1).data().startswith("Draft")
    assert page.model.reader is reader  # only the edited post's row was read again, not the whole matrix


def test_editor_shows_master_changes_counts_and_checks_as_you_type(qtbot, app_context, workspace, post):
    app_context.workspace = workspace
    fr = variants.create(workspace.db, post.id, "FR", actor="ines", body="Nous ouvrons un labo à Lyon.")
    posts.save(workspace, replace(posts.get(workspace, post.id), body=MASTER.replace("Lyon", "Grenoble")), actor="i")
    editor = VariantEditor()
    qtbot.addWidget(editor)
    editor.set_context(app_context)
    editor.load(fr.id)
    editor.show()
    assert editor.stale_banner.isVisibleTo(editor)
    assert "Grenoble" in editor.diff_view.toPlainText() and "Lyon" in editor.diff_view.toPlainText()
    assert editor.counter_labels["linkedin"].text().startswith("LinkedIn: ")
    editor.body.setPlainText("Merci, tu es formidable. Rendez-vous le 03/12 à Grenoble.")
    codes = {f.message_code for f in editor.findings}
    assert {"market_register_slip", "market_date_ambiguous"} <= codes
    assert "tu es formidable" in editor.preview.shown_text()
    editor.body.setPlainText("Nous ouvrons un laboratoire à Grenoble.")
    editor.rebase_button.click()
    assert not editor.stale_banner.isVisibleTo(editor)
    assert variants.get(workspace.db, fr.id).base_version == 2
    editor.review_button.click()
    assert variants.get(workspace.db, fr.id).status == PostStatus.IN_REVIEW
    editor.approve_button.click()
    approved = variants.get(workspace.db, fr.id)
    assert approved.approval_valid and editor.approval_label.text().startswith("Approved by")
    app_context.workspace = None


def test_editor_error_goes_through_the_prompt(qtbot, app_context, workspace, post, monkeypatch):
    app_context.workspace = workspace
    fr = variants.create(workspace.db, post.id, "FR", actor="ines", body="Texte")
    shown = []
    monkeypatch.setattr(VariantPrompts, "error", classmethod(lambda cls, parent, exc: shown.append(exc.code)))
    editor = VariantEditor()
    qtbot.addWidget(editor)
    editor.set_context(app_context)
    editor.load(fr.id)
    editor.planned_edit.setText("not a date")
    assert editor.save() is False and shown == ["invalid"]
    app_context.workspace = None


def test_page_follows_the_interface_language(page, qtbot, app_context, workspace, post):
    variants.create(workspace.db, post.id, "FR", actor="ines", body="Nous ouvrons un labo à Lyon. #collaborateur")
    page.reload()
    column = page.model.markets.index("FR") + 1
    page.open_variant(page.model.index(0, column).data(VARIANT_ID_ROLE))
    with interface_language(app_context, "fr"):
        qtbot.waitUntil(lambda: page.heading.text() == "Variantes")
        assert page.model.index(0, column).data() == "Brouillon"
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Publication"
        assert page.editor.save_button.text() == "Enregistrer"
        assert page.editor.tabs.tabText(1) == "Points à vérifier pour le marché"
        checklist = [page.editor.checklist.item(i).text() for i in range(page.editor.checklist.count())]
        assert "☐ Vouvoyez les lecteurs du début à la fin." in checklist  # the market's checklist, in French
        assert page.minimumSizeHint().width() < 600  # the longer French words still fit an 800-px screen
    qtbot.waitUntil(lambda: page.editor.save_button.text() == "Save")


def test_adapt_with_the_assistant_falls_back_to_the_checklist_and_accepts_a_proposal(
    qtbot, app_context, workspace, post
):
    app_context.workspace = workspace
    fr = variants.create(workspace.db, post.id, "FR", actor="ines")
    editor = VariantEditor()
    qtbot.addWidget(editor)
    editor.set_context(app_context)
    editor.load(fr.id)
    assert editor.tabs.currentWidget() is editor.findings_list
    assert editor.adapt_with_assistant()  # no assistant configured in tests: the offline path
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.checklist, timeout=5000)
    editor.set_variant_text("Nous ouvrons un laboratoire à Lyon.")
    assert all(f.rule_id != "market_adaptation" for f in editor.findings)
    editor.body.undo()
    assert editor.body.toPlainText() == MASTER
    app_context.workspace = None


def test_an_empty_workspace_says_where_variants_come_from_and_the_hint_goes_with_the_first_post(
    main_window, workspace, qtbot
):
    page = main_window.show_page("variants")
    assert page.empty_hint.isVisible() and "Posts page" in page.empty_hint.text()
    claire = executives_repo.create(workspace.db, "Claire Vasseur", title="CEO")
    posts.new_post(workspace, claire.id, actor="ines", title="Lab", body=MASTER, networks=("linkedin",))
    page.reload()
    assert not page.empty_hint.isVisible() and page.model.rowCount() == 1


def test_opening_another_variant_leaves_no_network_box_of_the_last_one_drawn_over_the_form(
    qtbot, app_context, workspace, post
):
    app_context.workspace = workspace
    fr = variants.create(workspace.db, post.id, "FR", actor="ines", body="Nous ouvrons un labo à Lyon.")
    de = variants.create(workspace.db, post.id, "DE", actor="ines", body="Wir eröffnen ein Labor in Lyon.")
    editor = VariantEditor()
    qtbot.addWidget(editor)
    editor.set_context(app_context)
    editor.show()
    editor.load(fr.id)
    qtbot.waitUntil(lambda: all(box.isVisible() for box in editor.network_boxes.values()))
    editor.load(de.id)  # the first variant's boxes are deleted later, when the event loop next turns
    current = list(editor.network_boxes.values())
    boxes = [box for box in editor.findChildren(QCheckBox) if box.objectName().startswith("network_")]
    stale = [box for box in boxes if not any(box is kept for kept in current)]
    assert stale  # the test sees the boxes waiting for deletion
    assert not [box for box in stale if box.isVisibleTo(editor)]
    app_context.workspace = None
