"""Dialogs open at a size an 800 × 600 screen shows whole (with room for the window frame), in both languages."""

from __future__ import annotations

import pytest

# what an 800 × 600 screen leaves for a dialog's contents once its frame and title bar are drawn
ROOM = (790, 575)


def _fits(widget) -> None:
    assert widget.width() <= ROOM[0] and widget.height() <= ROOM[1], (widget.width(), widget.height())
    hint = widget.minimumSizeHint()
    assert hint.width() <= ROOM[0] and hint.height() <= ROOM[1], (hint.width(), hint.height())


@pytest.fixture(params=["en", "fr"])
def language(request, app_context):
    app_context.languages.apply(request.param)
    yield request.param
    app_context.languages.apply("en")


def test_the_roster_import_wizard_fits(qtbot, language, workspace, tmp_path):
    from ghostdesk.ui.dialogs.ambassador_import_wizard import AmbassadorImportWizard

    path = tmp_path / "people.csv"
    path.write_text("Name,E-mail,Country\nLéa Martin,lea@example.com,FR\n", encoding="utf-8")
    wizard = AmbassadorImportWizard(None, workspace, path, "tester")  # was 820 px wide
    qtbot.addWidget(wizard)
    _fits(wizard)


def test_the_writing_assistants_dialog_fits(qtbot, language, app_context, workspace):
    from ghostdesk.ui.dialogs.assist_dialog import AssistDialog

    app_context.workspace = workspace
    dialog = AssistDialog(None, app_context)  # was 880 × 600
    qtbot.addWidget(dialog)
    _fits(dialog)
    app_context.workspace = None


def test_the_proposal_dialog_fits(qtbot, language):
    from ghostdesk.domain.assist import Proposal
    from ghostdesk.ui.dialogs.assist_proposal import ProposalDialog

    dialog = ProposalDialog(None, Proposal("rewrite", "We did good work.", "We did great work.", "Local chat"))
    qtbot.addWidget(dialog)  # was 900 px wide
    _fits(dialog)
