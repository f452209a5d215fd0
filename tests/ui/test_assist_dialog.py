"""UI: the Writing assistants dialog, driven through qtbot against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import _assist_fakes as fakes
import pytest
from PySide6.QtCore import Qt

from ghostdesk.domain.assist import KIND_CHAT, Provider

KEY = fakes.KEY
fake_server, memory_keyring, no_keyring = fakes.fake_server, fakes.memory_keyring, fakes.no_keyring


@pytest.fixture
def make_dialog(qtbot, app_context, workspace):
    from ghostdesk.ui.dialogs.assist_dialog import AssistDialog

    app_context.workspace = workspace
    made = []

    def make():
        dialog = AssistDialog(None, app_context)
        qtbot.addWidget(dialog)
        dialog.show()
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        if dialog.is_busy():
            dialog.cancel_test()
            qtbot.waitUntil(lambda d=dialog: not d.is_busy(), timeout=5000)
    app_context.workspace = None


def _fill_chat(qtbot, dialog, server, key: str = KEY, consent: bool = True) -> None:
    qtbot.mouseClick(dialog.add_chat, Qt.MouseButton.LeftButton)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Local model")
    dialog.base_url.setText(server.url + "/v1")
    qtbot.keyClicks(dialog.model_name, fakes.MODEL)
    qtbot.keyClicks(dialog.key, key)
    dialog.read_timeout.setValue(2)
    dialog.consent.setChecked(consent)


def test_add_a_service_and_store_its_key(qtbot, qtmodeltester, make_dialog, fake_server, memory_keyring):
    dialog = make_dialog()
    assert not dialog.banner.isVisible()
    _fill_chat(qtbot, dialog, fake_server)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    [saved] = dialog.service.providers()
    assert (saved.name, saved.model, saved.consent) == ("Local model", fakes.MODEL, True)
    assert memory_keyring.store == {("ghostdesk", saved.secret_name): KEY}
    assert dialog.key.text() == "" and "system keyring" in dialog.key_state.text()
    assert dialog.status.text() == "Saved."
    assert dialog.model.rowCount() == 1
    qtmodeltester.check(dialog.model)


def test_test_connection_runs_off_the_gui_thread_and_fills_the_log(
    qtbot, qtmodeltester, make_dialog, fake_server, memory_keyring
):
    dialog = make_dialog()
    _fill_chat(qtbot, dialog, fake_server)
    fake_server.script.append(("slow", 0.4))
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    assert dialog.is_busy() and dialog.busy.isVisible() and dialog.cancel.isEnabled()
    assert not dialog.test.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert "Connection works" in dialog.status.text() and fakes.MODEL in dialog.status.text()
    assert not dialog.busy.isVisible() and not dialog.cancel.isEnabled() and dialog.test.isEnabled()
    assert dialog.log_model.rowCount() == 1
    assert dialog.log_model.index(0, 3).data() == "Connection test"
    assert dialog.log_model.index(0, 6).data() == "Done"
    qtmodeltester.check(dialog.log_model)


def test_cancel_stops_waiting_at_once(qtbot, make_dialog, fake_server, memory_keyring):
    dialog = make_dialog()
    _fill_chat(qtbot, dialog, fake_server)
    fake_server.script.append(("slow", 5))
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    qtbot.wait(150)
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=1500)
    assert dialog.status.text() == "Cancelled. Nothing was changed."
    assert dialog.log_model.index(0, 6).data() == "Cancelled"


@pytest.mark.parametrize(
    ("steps", "words"),
    [
        ([("status", 401)], "refused the API key"),
        # No model list (404), then the one-token prompt fails too: wrong address or model.
        ([("status", 404), ("status", 404)], "Wrong model or address"),
        # The filter shows on a completion, as the actions will meet it.
        ([("status", 404), ("filter",)], "content filter"),
        ([("truncate",)], "incomplete or unexpected answer"),
    ],
)
def test_failures_are_explained(qtbot, make_dialog, fake_server, memory_keyring, steps, words):
    dialog = make_dialog()
    _fill_chat(qtbot, dialog, fake_server)
    fake_server.script.extend(steps)
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert words in dialog.status.text()
    assert dialog.status.property("error") is True


def test_invalid_settings_are_refused_in_place(qtbot, make_dialog, fake_server, memory_keyring):
    dialog = make_dialog()
    _fill_chat(qtbot, dialog, fake_server)
    dialog.base_url.setText("http://example.com/v1")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert "https" in dialog.status.text()
    assert dialog.service.providers() == []


def test_without_a_keyring_the_dialog_says_keys_last_for_the_session(qtbot, make_dialog, fake_server, no_keyring):
    dialog = make_dialog()
    assert dialog.banner.isVisible()
    _fill_chat(qtbot, dialog, fake_server)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert "session only" in dialog.status.text()
    assert "this session only" in dialog.key_state.text()
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert "Connection works" in dialog.status.text()


def test_deepl_shows_plan_and_glossary(qtbot, make_dialog, fake_server, memory_keyring):
    dialog = make_dialog()
    qtbot.mouseClick(dialog.add_deepl, Qt.MouseButton.LeftButton)
    assert not dialog.form.isRowVisible(dialog.model_name) and dialog.form.isRowVisible(dialog.glossary)
    dialog.base_url.setText(fake_server.url)
    dialog.glossary.setPlainText("Lumenvale\nGridOS\n")
    qtbot.keyClicks(dialog.key, KEY)
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert "42/500000" in dialog.status.text()
    assert dialog.service.providers()[0].glossary == ("Lumenvale", "GridOS")


def test_remove_forgets_the_key(qtbot, make_dialog, fake_server, memory_keyring, monkeypatch):
    from ghostdesk.ui.dialogs.assist_dialog import AssistPrompts

    dialog = make_dialog()
    _fill_chat(qtbot, dialog, fake_server)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(AssistPrompts, "confirm_remove", classmethod(lambda cls, parent, name: True))
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert dialog.service.providers() == [] and memory_keyring.store == {}


def test_tools_menu_opens_the_dialog(main_window, monkeypatch):
    from ghostdesk.ui.dialogs.assist_dialog import AssistDialog

    opened = []
    monkeypatch.setattr(AssistDialog, "open_for", classmethod(lambda cls, parent, context: opened.append(context)))
    assert main_window.tools_menu.title() == "&Tools"
    main_window.tools_menu.act_assistants.trigger()
    assert opened == [main_window.context]


def test_existing_providers_are_listed(qtbot, make_dialog, workspace, memory_keyring, app_context):
    from ghostdesk.ui.assist_runtime import runtime_for

    service = runtime_for(app_context).service(workspace.db)
    service.save_provider(Provider(id="", name="B", kind=KIND_CHAT, base_url="https://b.example/v1", model="m"))
    service.save_provider(Provider(id="", name="A", kind=KIND_CHAT, base_url="https://a.example/v1", model="m"))
    dialog = make_dialog()
    assert [dialog.model.index(r).data() for r in range(2)] == ["A", "B"]
    dialog.list.setCurrentIndex(dialog.model.index(1))
    assert dialog.name.text() == "B" and dialog.base_url.text() == "https://b.example/v1"


def test_texts_follow_the_interface_language(qtbot, make_dialog, main_window, app_context, memory_keyring):
    dialog = make_dialog()
    app_context.languages.apply("fr")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Assistants de rédaction")
    assert dialog.tabs.tabText(1) == "Journal des envois"
    assert main_window.tools_menu.title() == "&Outils"
    assert dialog.log_model.headerData(0, Qt.Orientation.Horizontal) == "Date"
