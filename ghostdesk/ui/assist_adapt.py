"""UI: "Adapt to market" for the variants editor — runs `adapt_to_market` off the GUI thread, shows the
proposal, and hands back the accepted text.

    runner = AdaptRunner(parent_widget, context)
    layout.addWidget(runner.busy_bar)              # "Adapting for JP… / Cancel" while it works
    runner.start(post_id, "JP", on_accepted=fill_variant_editor, on_offline=open_side_by_side_with_checklist)

`on_accepted(text)` gets the accepted (possibly edited) variant text; nothing is saved here. With no chat
assistant configured, `on_offline()` is called instead (the side-by-side editor with the checklist is the
offline path). Other failures are explained in a message box (patch `AdaptRunner.failed` in tests).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ghostdesk.domain.assist import Proposal
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.services import assist_actions
from ghostdesk.services.assist import CancelToken
from ghostdesk.ui.assist_runtime import runtime_for
from ghostdesk.ui.dialogs.assist_proposal import ProposalDialog
from ghostdesk.ui.tasks import run_in_background
from ghostdesk.ui.widgets.assist_studio import AssistBusyBar, action_error_text

translate = QCoreApplication.translate


class AdaptRunner(QObject):
    """UI: one adaptation at a time, with a busy bar and Cancel; the answer goes through ProposalDialog."""

    def __init__(self, parent: QWidget, context) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.busy_bar = AssistBusyBar()
        self.busy_bar.cancel_button.clicked.connect(self.cancel)
        self._task = None
        self._cancel: CancelToken | None = None

    def is_busy(self) -> bool:
        return self._task is not None

    def start(
        self,
        post_id: str,
        market_code: str,
        *,
        on_accepted: Callable[[str], None],
        on_offline: Callable[[], None] | None = None,
        provider: str | None = None,
    ) -> bool:
        """Begin; False when one is already running or no workspace is open."""
        workspace = self.context.workspace if self.context else None
        if self._task is not None or workspace is None:
            return False
        runtime, cancel = runtime_for(self.context), CancelToken()

        def work(_handle) -> Proposal:
            db = workspace.connect_worker()
            try:
                assist = runtime.service(db)
                return assist_actions.adapt_to_market(db, post_id, market_code, provider, assist=assist, cancel=cancel)
            finally:
                db.close()

        def done(proposal: Proposal) -> None:
            self._finish()
            title = translate("AdaptRunner", "Variant for {0}").format(market_code.upper())
            accepted = ProposalDialog.review(self.parent_widget, proposal, title=title)
            if accepted is not None:
                on_accepted(accepted)

        def failed(exc: BaseException) -> None:
            self._finish()
            code = exc.code if isinstance(exc, GhostDeskError) else ""
            if code == "assist_cancelled":
                return
            if code == "assist_no_provider" and on_offline is not None:
                on_offline()
                return
            self.failed(self.parent_widget, exc)

        self._cancel = cancel
        self.busy_bar.label.setText(translate("AdaptRunner", "Adapting for {0}…").format(market_code.upper()))
        self.busy_bar.show()
        self._task = run_in_background(work, done, failed)
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
        if self._task is not None:
            self._task.cancel()
        self.busy_bar.label.setText(translate("AdaptRunner", "Cancelling…"))

    def _finish(self) -> None:
        self._task = None
        self._cancel = None
        self.busy_bar.hide()

    @classmethod
    def failed(cls, parent: QWidget, exc: BaseException) -> None:
        QMessageBox.warning(parent, translate("AdaptRunner", "Adapt to market"), action_error_text(exc))
