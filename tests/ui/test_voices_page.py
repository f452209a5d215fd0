"""The Voices page, driven as a user would: pick, edit, save, add and import samples, try a text."""

from __future__ import annotations

import re

import pytest
from _window_helpers import interface_language
from PySide6.QtCore import Qt

from ghostdesk.services import voices
from ghostdesk.ui.dialogs.voice_dialogs import VoicePrompts
from ghostdesk.ui.models.voice_models import IdRole, VoiceExecutivesModel, VoiceSamplesModel


@pytest.fixture
def page(main_window, files):
    db = main_window.context.workspace.db
    dana = voices.create_executive(db, "Dana", actor="t", title="CEO", languages=("en",))
    text = (files / "voices" / "dana_en.txt").read_text("utf-8")
    voices.import_samples(db, dana.id, [files / "voices" / "dana_en.txt"], actor="t", language="en")
    voices.create_executive(db, "Henri", actor="t")
    assert text
    page = main_window.show_page("voices")
    page.set_workspace(main_window.context)
    return page


def test_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.executives)
    qtmodeltester.check(page.samples_model)
    assert isinstance(page.executives, VoiceExecutivesModel)
    assert isinstance(page.samples_model, VoiceSamplesModel)


def test_lists_executives_and_shows_the_first(page):
    names = [page.executives.index(r).data() for r in range(page.executives.rowCount())]
    assert names == ["Dana", "Henri"]
    assert page.heading.text() == "Dana"
    assert page.samples_model.rowCount() == 16
    page.tabs.setCurrentWidget(page.fp_tab)  # the fingerprint is measured when its tab is shown
    assert page.fp_values[0].text() == "16"  # samples in the fingerprint


def test_editing_and_saving_the_profile_makes_a_version(qtbot, page):
    db = page.db
    dana_id = page.executive_id
    assert not page.save_button.isEnabled()
    page.form.title_edit.clear()
    qtbot.keyClicks(page.form.title_edit, "Founder")
    page.form.tone_sliders["bold"].setValue(9)
    page.form.banned_edit.setPlainText("synergy\nleverage")
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    profile = voices.get_profile(db, dana_id)
    assert profile.executive.title == "Founder"
    assert profile.settings.tone["bold"] == 9
    assert profile.settings.banned_phrases == ("synergy", "leverage")
    assert profile.version == 3
    assert "Founder" in page.history_list.item(0).text()
    assert not page.save_button.isEnabled()


def test_switching_executive_keeps_an_unsaved_edit(qtbot, page):
    dana_id = page.executive_id
    page.form.company_edit.setText("Lumenvale")
    page.form.company_edit.textEdited.emit("Lumenvale")
    henri_row = page.executives.row_of(next(i for i in page.executives._ids if i != dana_id))
    page.list_view.setCurrentIndex(page.executives.index(henri_row))
    assert page.heading.text() == "Henri"
    assert voices.get_profile(page.db, dana_id).executive.company == "Lumenvale"


def test_add_a_sample_and_delete_it(qtbot, page, monkeypatch):
    monkeypatch.setattr(
        VoicePrompts, "sample", classmethod(lambda cls, parent, language, text="": ("A new post!", "en"))
    )
    qtbot.mouseClick(page.add_sample_button, Qt.MouseButton.LeftButton)
    assert page.samples_model.rowCount() == 17
    page.samples_view.selectRow(16)
    qtbot.mouseClick(page.delete_sample_button, Qt.MouseButton.LeftButton)
    assert page.samples_model.rowCount() == 16


def test_import_runs_in_the_background_and_reports_bad_rows(qtbot, page, monkeypatch, tmp_path):
    good = tmp_path / "Shares.csv"
    good.write_text('Date,ShareCommentary\n2024-01-01,"One\nTwo"\n2024-01-02,Three\n', encoding="utf-8")
    monkeypatch.setattr(VoicePrompts, "sample_files", classmethod(lambda cls, parent: [good]))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.samples_model.rowCount() == 18, timeout=5000)

    bad = tmp_path / "bad.csv"
    bad.write_text("Date,ShareCommentary\n2024-01-01,ok\n2024-01-02,too,many\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(VoicePrompts, "sample_files", classmethod(lambda cls, parent: [bad]))
    monkeypatch.setattr(VoicePrompts, "error", classmethod(lambda cls, parent, exc: shown.append(exc)))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].code == "voice_import_failed"
    assert page.samples_model.rowCount() == 18


def test_try_a_text_scores_live(qtbot, page):
    page.tabs.setCurrentIndex(3)
    qtbot.keyClicks(page.try_edit, "Shipped it! ")
    page.try_edit.insertPlainText("🚀\n\nI love my team.\n\n#startups #product #shipping")  # QTest cannot type emoji
    qtbot.waitUntil(lambda: page.score_label.text() != "—", timeout=3000)
    high = int(page.score_label.text())
    page.try_edit.setPlainText(
        "We are pleased to report that our company has concluded a long-term agreement with our partners, "
        "which will strengthen the position of our teams across the regions in which we operate."
    )
    qtbot.waitUntil(lambda: page.score_label.text() != str(high), timeout=3000)
    assert int(page.score_label.text()) < high
    assert page.try_bars.bars()
    assert "<li>" in page.advice_label.text()


def test_new_and_delete_executive(qtbot, page, monkeypatch):
    monkeypatch.setattr(VoicePrompts, "executive_name", classmethod(lambda cls, parent: "Zoé Martin"))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.heading.text() == "Zoé Martin"
    assert page.profile_stack.currentWidget() is page.editor_page  # a new, empty profile opens in its editor
    assert page.form.name_edit.text() == "Zoé Martin"
    assert page.executives.rowCount() == 3
    monkeypatch.setattr(VoicePrompts, "confirm_delete", classmethod(lambda cls, parent, name: True))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.executives.rowCount() == 2
    assert [page.executives.index(r).data(IdRole) is not None for r in range(2)] == [True, True]


def test_empty_workspace_says_what_to_do(main_window):
    page = main_window.show_page("voices")
    assert page.tabs.isHidden()
    assert "New executive" in page.empty_label.text()


def test_french_interface(qtbot, page, app_context):
    with interface_language(app_context, "fr"):
        qtbot.waitUntil(lambda: page.tabs.tabText(3) == "Essayer un texte", timeout=3000)
        assert page.form.who_box.title() == "Identité"
        assert page.form.emoji_combo.itemText(0) == "Jamais"


def test_double_click_edits_a_sample_and_unsaved_profile_edits_survive(qtbot, page, monkeypatch):
    page.form.company_edit.setText("Unsaved Co")
    page.form.company_edit.textEdited.emit("Unsaved Co")
    seen = []

    def edit(cls, parent, language, text=""):
        seen.append(text)
        return ("Rewritten post.", "en")

    monkeypatch.setattr(VoicePrompts, "sample", classmethod(edit))
    index = page.samples_model.index(0, 1)
    page.samples_view.doubleClicked.emit(index)
    assert seen and seen[0].startswith("Shipped it.")
    assert page.samples_model.index(0, 1).data() == "Rewritten post."
    assert page.form.company_edit.text() == "Unsaved Co"
    assert page.save_button.isEnabled()


def test_choosing_a_photo_shows_it_in_the_list_and_the_form(qtbot, page, monkeypatch, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from ghostdesk.ui.models.voice_models import PhotoRole
    from ghostdesk.ui.widgets.voice_delegate import initials

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    path = tmp_path / "face.png"
    image.save(str(path))
    monkeypatch.setattr(VoicePrompts, "photo_file", classmethod(lambda cls, parent: path))
    row = page.executives.row_of(page.executive_id)
    assert page.executives.index(row).data(PhotoRole) is None
    qtbot.mouseClick(page.form.photo_button, Qt.MouseButton.LeftButton)
    assert not page.executives.index(row).data(PhotoRole).isNull()
    assert not page.form.photo_label.pixmap().isNull()
    assert page.form.photo_remove_button.isEnabled()
    assert initials("Claire Moreau") == "CM" and initials("dana") == "D"


def test_the_fingerprint_is_measured_only_when_its_tab_is_shown(page, monkeypatch):
    """Start-up: the Voices page is the first one shown; its analysis waits for the Fingerprint tab."""
    calls = []
    original = voices.fingerprint
    monkeypatch.setattr(voices, "fingerprint", lambda *args: calls.append(args[1:]) or original(*args))
    page.tabs.setCurrentIndex(0)
    page.set_workspace(page.context)  # reload: the first executive, on the profile tab
    assert calls == []
    page.tabs.setCurrentWidget(page.fp_tab)
    assert len(calls) == 1 and page.fp_values[0].text() == "16"
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentWidget(page.fp_tab)
    assert len(calls) == 1, "nothing changed: not measured again"
    page.set_workspace(page.context)  # while on the tab: measured again at once
    assert len(calls) == 2


def test_the_tabs_behind_the_profile_are_built_when_first_shown_and_then_kept_current(page, qtbot):
    # Start-up builds only the visible profile: the other four tabs are empty until shown.
    assert page._built_tabs == set()
    assert page.history_tab.layout() is None and "history_list" not in vars(page)
    page.tabs.setCurrentWidget(page.history_tab)
    assert page._built_tabs == {4}
    assert page.history_list.count() >= 1 and "Version" in page.history_list.item(0).text()
    page.select(page.executives.id_at(1))  # Henri: a built tab follows the selection
    assert page.heading.text() == "Henri"
    assert page.history_list.count() == 1
    page.select(page.executives.id_at(0))
    # Naming a widget of a tab not built yet (as the page's own actions do) builds that tab, filled and current.
    assert page.try_language.itemData(page.try_language.count() - 1) == "en"
    assert page.import_button.isEnabled() and page.import_button.text() == "Import file…"
    assert page._built_tabs == {1, 3, 4}
    with pytest.raises(AttributeError):
        page.not_a_widget  # noqa: B018


def test_the_profile_shows_as_a_summary_and_the_editor_is_built_on_first_edit(qtbot, page):
    # Start-up shows the profile at a glance; the editor's ≈40 widgets are built when the user asks to edit.
    assert not page.editor_built
    assert page.profile_stack.currentWidget() is not None and page.profile_stack.currentIndex() == 0
    summary = page.summary.text()
    assert "Languages: English" in summary
    assert "Reserved ↔ bold: 5 / 10" in summary
    assert "No terms yet." in summary
    qtbot.mouseClick(page.summary.edit_button, Qt.MouseButton.LeftButton)
    assert page.editor_built
    assert page.profile_stack.currentWidget() is page.editor_page
    assert page.form.name_edit.text() == "Dana"
    assert not page.save_button.isEnabled()
    page.form.title_edit.clear()
    qtbot.keyClicks(page.form.title_edit, "Founder")
    page.form.tone_sliders["bold"].setValue(9)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)  # saves, then back to the summary
    assert page.profile_stack.currentIndex() == 0
    assert voices.get_profile(page.db, page.executive_id).executive.title == "Founder"
    assert "Founder" in page.subheading.text()
    assert "Reserved ↔ bold: 9 / 10" in page.summary.text()


def test_the_summary_follows_the_selected_executive_without_leftover_rows(qtbot, page):
    dana_rows = page.summary.text()
    henri = page.executives.row_of(next(i for i in page.executives._ids if i != page.executive_id))
    page.list_view.setCurrentIndex(page.executives.index(henri))
    assert page.heading.text() == "Henri"
    assert not page.editor_built  # reading another profile builds no editor
    assert page.summary.text() != dana_rows
    assert "Languages: —" in page.summary.text()
    from PySide6.QtWidgets import QLabel

    current = {id(cell) for cell in page.summary._cells}
    # At once, before the event loop deletes them: no label of the previous profile is left on screen.
    assert [x for x in page.summary.findChildren(QLabel) if not x.isHidden() and id(x) not in current] == []
    qtbot.waitUntil(lambda: all(cell.isVisible() for cell in page.summary._cells), timeout=3000)
    shown = [label for label in page.summary.findChildren(QLabel) if label.isVisible()]
    assert len(shown) == len(page.summary._cells)  # the previous executive's rows are gone, not under the new ones


def test_the_summary_speaks_the_editors_words_in_french(qtbot, page, app_context):
    with interface_language(app_context, "fr"):
        qtbot.waitUntil(lambda: page.summary.edit_button.text() == "Modifier le profil…", timeout=3000)
        summary = page.summary.text()
        assert "Identité" in summary and "Langues : anglais" in summary
        assert "Réservé ↔ audacieux : 5 / 10" in summary
        assert "Aucun terme pour l’instant." in summary


def test_every_label_the_summary_borrows_is_one_the_editor_translates():
    # The summary shows the editor's own labels through translate("VoiceProfileForm", …); lupdate extracts them
    # from the editor, so each must stay there word for word.
    import inspect
    import re

    from ghostdesk.ui.widgets import voice_profile_form, voice_profile_summary

    borrowed = set(re.findall(r'_form\("([^"]+)"\)', inspect.getsource(voice_profile_summary)))
    assert len(borrowed) > 15
    form = inspect.getsource(voice_profile_form)
    assert {text for text in borrowed if f'self.tr("{text}")' not in form} == set()


def test_showing_an_executive_reads_their_samples_only_when_the_samples_tab_asks(page, monkeypatch):
    # Start-up shows the profile's summary: reading every sample's text for the hidden Samples tab cost it a query
    # and a record per sample. The model reads them when the tab (or anything else) first asks for a row.
    from ghostdesk.services import voices

    reads = []
    original = voices.samples
    monkeypatch.setattr(voices, "samples", lambda *args, **kwargs: reads.append(args[1]) or original(*args, **kwargs))
    page.select(page.executives.id_at(1))
    page.select(page.executives.id_at(0))
    assert reads == []
    page.tabs.setCurrentWidget(page.samples_tab)
    assert reads == [page.executives.id_at(0)]
    assert page.samples_view.model().rowCount() == 16
    assert page.samples_view.model().index(0, 0).data() in ("English", "French")
    page.select(page.executives.id_at(1))  # the table on screen shows the next executive's at once
    assert reads == [page.executives.id_at(0), page.executives.id_at(1)]


def test_on_an_800_px_screen_in_french_the_tabs_show_whole_and_nothing_scrolls_sideways(qtbot, page, app_context):
    window = page.window()
    with interface_language(app_context, "fr"):
        window.resize(800, 600)
        qtbot.waitUntil(lambda: window.width() == 800 and window.sidebar_compact)
        for index in range(page.tabs.count()):  # each tab built: the samples' buttons wrap, they do not widen it
            page.tabs.setCurrentIndex(index)
            qtbot.wait(20)
        assert page.minimumSizeHint().width() <= page.width()
        bar = page.tabs.tabBar()
        used = sum(bar.tabRect(index).width() for index in range(bar.count()))
        assert used <= bar.width(), (used, bar.width())  # "Essayer un texte" whole, no scroll arrows
        assert page.list_view.width() <= 180  # the executives' list gives up its share of the width too
        page.tabs.setCurrentIndex(3)
        qtbot.wait(20)
        side = page.score_caption.parentWidget().parentWidget().parentWidget()  # the score's scroll area
        assert not side.horizontalScrollBar().isVisible()
        assert page.score_caption.height() > page.score_caption.fontMetrics().height()  # the sentence wraps


def test_samples_and_the_sample_dialog_name_languages_in_the_interface_s_language(qtbot, page, app_context):
    from ghostdesk.ui.dialogs.voice_dialogs import VoiceSampleDialog

    with interface_language(app_context, "fr"):
        page.tabs.setCurrentWidget(page.samples_tab)
        assert page.samples_model.index(0, 0).data() == "anglais"
        dialog = VoiceSampleDialog(page, "fr", "Un exemple")
        qtbot.addWidget(dialog)
        assert dialog.language_combo.currentText() == "français"
        assert dialog.value() == ("Un exemple", "fr")


def test_the_history_dates_each_version_in_the_interface_s_format(qtbot, page, app_context):
    with interface_language(app_context, "fr"):
        page.tabs.setCurrentWidget(page.history_tab)
        text = page.history_list.item(0).text()
        assert "UTC" not in text
        assert re.search(r"\d\d/\d\d/\d{2,4} \d\d:\d\d", text), text  # 30/11/2026 14:41, not 2026-11-30 14:41


@pytest.mark.parametrize("width", [800, 1180])
def test_the_profile_editor_never_scrolls_sideways(qtbot, page, app_context, width):
    from PySide6.QtWidgets import QScrollArea

    window = page.window()
    with interface_language(app_context, "fr"):
        window.resize(width, 700)
        qtbot.waitUntil(lambda: window.width() == width)
        page.edit_profile()
        qtbot.wait(30)
        scroll = next(s for s in page.editor_page.findChildren(QScrollArea) if s.widget() is page.form)
        assert not scroll.horizontalScrollBar().isVisible(), (width, page.form.minimumSizeHint().width())
        label = page.form.photo_label
        flags = 0x0084 | (0x1000 if label.wordWrap() else 0)  # centred, and wrapped if the label wraps
        lines = label.fontMetrics().boundingRect(label.rect(), flags, label.text())
        assert lines.width() <= label.width(), label.text()  # "Pas de photo" inside its frame
        page.close_editor()


def test_the_fingerprint_and_the_history_write_numbers_and_languages_the_french_way(qtbot, page, app_context):
    with interface_language(app_context, "fr"):
        page.tabs.setCurrentWidget(page.fp_tab)
        page.update_fingerprint()
        values = " ".join(label.text() for label in page.fp_values)
        assert re.search(r"\d,\d", values) and not re.search(r"\d\.\d", values), values
        page.tabs.setCurrentWidget(page.history_tab)
        texts = [page.history_list.item(row).text() for row in range(page.history_list.count())]
        samples = next(text for text in texts if "Exemples" in text)
        assert "Exemples (anglais) : 0 → " in samples, samples
