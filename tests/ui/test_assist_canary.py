"""Keys never leave the keyring: plant a canary key, use it (successes and failures, logs, a crash report,
backups, settings, exports), then search every file GhostDesk wrote for it."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import _assist_fakes as fakes
import pytest

from ghostdesk.domain.assist import ChatMessage
from ghostdesk.domain.errors import GhostDeskError

CANARY = "sk-canary-7f3a9c1e5b2d4086"
fake_server = fakes.fake_server


def files_containing(root: Path, needle: str) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if needle.encode() in data or needle.encode("utf-16-le") in data:
                found.append(path)
    return found


@pytest.fixture
def file_log(ghostdesk_home):
    """The application's rotating log file, in this test's home, at DEBUG (urllib3 included)."""
    from ghostdesk.ui import logs

    root = logging.getLogger()
    old = [h for h in root.handlers if getattr(h, "_ghostdesk", False)]
    for handler in old:
        root.removeHandler(handler)
    level = root.level
    path = logs.setup(logging.DEBUG)
    yield path
    for handler in [h for h in root.handlers if getattr(h, "_ghostdesk", False)]:
        root.removeHandler(handler)
        handler.close()
    for handler in old:
        root.addHandler(handler)
    root.setLevel(level)


@pytest.mark.parametrize("backend", ["memory", "none"])
def test_the_canary_key_is_written_nowhere(
    backend, qtbot, file_log, app_context, workspace, fake_server, tmp_path, ghostdesk_home, capsys, monkeypatch
):
    import keyring
    from keyring.backends import fail

    from ghostdesk.cli import main
    from ghostdesk.services import workspaces
    from ghostdesk.services.secrets import install_log_filter
    from ghostdesk.ui import crash
    from ghostdesk.ui.dialogs.assist_dialog import AssistDialog

    previous = keyring.get_keyring()
    keyring.set_keyring(fakes.MemoryKeyring() if backend == "memory" else fail.Keyring())
    try:
        fake_server.key = CANARY
        app_context.workspace = workspace
        runtime = app_context.assist
        install_log_filter(runtime.secrets)  # the app installs it after logs.setup(); so does this test
        service = runtime.service(workspace.db)
        chat, deepl = fakes.add_providers(service, fake_server, key=CANARY)
        assert service.has_key(chat)

        # Successes.
        service.test_connection(chat)
        service.rewrite_in_voice(chat, "We balance five grids.", "plain")
        service.translate(deepl, "Lumenvale balances grids.", "FR")
        # Failures, some from a server that repeats the key back in its error text.
        log = logging.getLogger("ghostdesk.test_canary")
        for steps in (
            [("echo_auth", 401)],
            [("echo_auth", 500)] * 3,
            [("echo_auth", 403)],
            [("truncate",)],
            [("raw", b"{not json")],
            [("filter",)],
            [("status", 429, {"Retry-After": "0"})] * 3,
        ):
            fake_server.script.extend(steps)
            with pytest.raises(GhostDeskError) as info:
                service.complete(chat, [ChatMessage("user", "hello")])
            log.exception("assistant call failed: %s %s", info.value.code, info.value.to_dict())
        # Careless code that logs a request's headers, and an unexpected crash carrying the key.
        log.debug("request headers %s", {"Authorization": f"Bearer {CANARY}"})
        try:
            raise RuntimeError(f"crashed while sending Bearer {CANARY}")
        except RuntimeError:
            # The real handler (log, crash file, stderr), minus ending the test's event loop.
            monkeypatch.setattr(crash.CrashHandler, "exit_app", staticmethod(lambda code: None))
            app_context.crash.handle(*sys.exc_info())
        assert app_context.crash.last_file is not None
        assert CANARY not in crash.redact(f"x {CANARY} y")

        # The dialog, with its connection test and log.
        dialog = AssistDialog(None, app_context)
        qtbot.addWidget(dialog)
        dialog.test_connection()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
        assert "Connection works" in dialog.status.text()
        dialog.close()

        # Everything that writes files: backups, a copy, settings, Qt settings, CLI exports.
        workspaces.backup(workspace.path)
        workspaces.save_copy(workspace, tmp_path / "copy.ghostdesk")
        app_context.save_settings()
        from PySide6.QtCore import QSettings

        QSettings().sync()
        for command in ("log", "list"):
            assert main(["assist", command, "--workspace", str(workspace.path), "--json"]) == 0
            (tmp_path / f"export-{command}.json").write_text(capsys.readouterr().out, encoding="utf-8")
        for handler in logging.getLogger().handlers:
            handler.flush()
    finally:
        keyring.set_keyring(previous)
        app_context.workspace = None

    # The search finds the canary when it is there (a control), and finds it nowhere GhostDesk wrote.
    control = tmp_path / "control" / "planted.txt"
    control.parent.mkdir()
    control.write_text(f"x{CANARY}x", encoding="utf-8")
    assert files_containing(tmp_path, CANARY) == [control]
    control.unlink()
    assert files_containing(ghostdesk_home, CANARY) == []
    assert files_containing(tmp_path, CANARY) == []

    # The places searched were really written.
    log_text = file_log.read_text(encoding="utf-8")
    assert "[redacted]" in log_text and "assist_bad_key" in log_text
    assert list((workspace.path.parent / "backups").glob("*.ghostdesk"))
    assert list(file_log.parent.glob("crash-*.txt"))
    exported = json.loads((tmp_path / "export-log.json").read_text(encoding="utf-8"))
    assert len(exported) >= 10
    assert (ghostdesk_home / "config" / "settings.json").exists()
