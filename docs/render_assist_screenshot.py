"""Render the Writing assistants dialog offscreen into docs/screenshot-assist.png (against the test server)."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    with tempfile.TemporaryDirectory() as home:
        os.environ["GHOSTDESK_HOME"] = home
        import _assist_fakes as fakes
        import keyring
        from PySide6.QtWidgets import QApplication

        from ghostdesk.domain.assist import KIND_CHAT, KIND_DEEPL, ChatMessage, Provider
        from ghostdesk.domain.errors import GhostDeskError
        from ghostdesk.services import workspaces
        from ghostdesk.ui.app import build_context, make_application
        from ghostdesk.ui.dialogs.assist_dialog import AssistDialog

        keyring.set_keyring(fakes.MemoryKeyring())
        server = fakes.FakeServer(key=fakes.KEY).start()
        app = make_application()
        context = build_context(app, show_crash_dialog=False, persist_settings=False)
        context.languages.apply(language)
        context.workspace = workspaces.create(Path(home) / "shot.ghostdesk", name="Lumenvale")
        service = context.assist.service(context.workspace.db)
        deepl = service.save_provider(
            Provider(id="", name="DeepL", kind=KIND_DEEPL, base_url=server.url, consent=True, glossary=("Lumenvale",))
        )
        chat = service.save_provider(
            Provider(
                id="", name="Local model", kind=KIND_CHAT, base_url=server.url + "/v1", model=fakes.MODEL, consent=True
            )
        )
        for provider in (chat, deepl):
            service.set_key(provider, fakes.KEY)
        service.test_connection(chat)
        service.rewrite_in_voice(chat, "Our grid planner now balances five regions in real time.", "warm, short")
        service.translate(deepl, "Lumenvale balances five regional grids.", "JA")
        server.script.append(("status", 429, {"Retry-After": "0"}))
        server.script.extend([("status", 429, {"Retry-After": "0"})] * 3)
        with contextlib.suppress(GhostDeskError):  # a refusal, for the log's sake
            service.complete(
                chat, [ChatMessage("user", "Three share texts for the Paris launch")], action="share_texts"
            )
        dialog = AssistDialog(None, context)
        dialog.resize(900, 620)
        dialog.show()
        dialog.list.setCurrentIndex(dialog.model.index(1))
        dialog._set_status(
            dialog.tr("Connection works: {0} answered in {1} ms ({2}).").format("Local model", 38, fakes.MODEL)
        )
        for _ in range(5):
            app.processEvents()
        suffix = "" if language == "en" else f"-{language}"
        target = HERE / f"screenshot-assist{suffix}.png"
        dialog.grab().save(str(target))
        dialog.tabs.setCurrentIndex(1)
        for _ in range(5):
            app.processEvents()
        log_target = Path(home).parent / f"assist-log{suffix}.png"
        dialog.grab().save(str(log_target))
        print(target, log_target)
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
        context.workspace.close()
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
