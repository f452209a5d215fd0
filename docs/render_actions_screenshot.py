"""Render the proposal dialog and the share-texts dialog offscreen into docs/screenshot-actions.png."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

ORIGINAL = (
    "We cut our factory's energy use by 30% in two years. It took hundreds of small changes by the people on "
    "the floor, not one big bet. I think this is a game-changer for our industry."
)
PROPOSED = (
    "We cut our plant's energy use by 30% in two years. No single big bet: hundreds of small changes, made by "
    "the people on the floor. That is how an industry changes.\n\n— Claire"
)


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    with tempfile.TemporaryDirectory() as home:
        os.environ["GHOSTDESK_HOME"] = home
        import keyring
        from _actions_helpers import BODY, executive_with_voice, post_for
        from _assist_fakes import MemoryKeyring
        from PySide6.QtGui import QColor, QImage, QPainter

        from ghostdesk.domain.assist import Proposal
        from ghostdesk.services import share_texts, workspaces
        from ghostdesk.ui.app import build_context, make_application
        from ghostdesk.ui.dialogs.assist_proposal import ProposalDialog
        from ghostdesk.ui.dialogs.assist_share_texts import ShareTextsDialog

        keyring.set_keyring(MemoryKeyring())
        app = make_application()
        context = build_context(app, show_crash_dialog=False, persist_settings=False)
        context.languages.apply(language)
        context.workspace = workspaces.create(Path(home) / "shot.ghostdesk", name="Lumenvale")
        post = post_for(context.workspace, executive_with_voice(context.workspace.db), body=BODY)

        proposal = ProposalDialog(None, Proposal("rewrite", ORIGINAL, PROPOSED, "Local model"))
        proposal.resize(860, 320)
        proposal.show()
        shares = ShareTextsDialog(None, context, post.id, "en")
        shares.resize(860, 520)
        shares.show()
        shares.count.setValue(4)
        shares._on_done(share_texts.propose_share_texts(context.workspace.db, post.id, "en", 4))
        for _ in range(10):
            app.processEvents()
        top, bottom = proposal.grab().toImage(), shares.grab().toImage()
        image = QImage(
            max(top.width(), bottom.width()), top.height() + bottom.height() + 12, QImage.Format.Format_RGB32
        )
        image.fill(QColor("#d0d0d0"))
        painter = QPainter(image)
        painter.drawImage(0, 0, top)
        painter.drawImage(0, top.height() + 12, bottom)
        painter.end()
        suffix = "" if language == "en" else f"-{language}"
        target = HERE / f"screenshot-actions{suffix}.png"
        image.save(str(target))
        print(target)
        for dialog in (proposal, shares):
            dialog.close()
            dialog.deleteLater()
        app.processEvents()
        context.workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
