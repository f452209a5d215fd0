"""The Share kits page says WHERE a blocked share must be approved: a variant not approved yet is approved on the
Variants page; approving the whole campaign on the Calendar does not unblock it."""

from __future__ import annotations

import dataclasses

from ghostdesk.services import campaigns, demo


def test_a_share_whose_variant_is_not_approved_says_so(qtbot, app_context, tmp_path):
    from ghostdesk.ui.views.kits_page import KitsPage

    workspace = demo.build(tmp_path / "demo")  # some variants are drafts on purpose
    campaign = campaigns.list_campaigns(workspace.db)[0]
    campaigns.approve_all(workspace.db, campaign.id, actor="t")  # everything the Calendar can approve
    app_context.workspace = workspace
    page = KitsPage()
    qtbot.addWidget(page)
    page.set_workspace(app_context)
    page.show()
    qtbot.waitUntil(lambda: page.plan is not None, timeout=10000)
    lines = [page.approval_list.item(i).text() for i in range(page.approval_list.count())]
    assert lines and all("variant not approved yet (Variants page)" in line for line in lines), lines
    assert "Variants page" in page.approval_text.text()
    assert page.approval_list.wordWrap()  # the count of people waiting was cut behind a sideways scroll bar
    assert not page.export_button.isEnabled() and "approval" in page.export_button.toolTip()
    assert page.variants_button.isVisible()  # a button to where they are approved, beside the Calendar's
    app_context.workspace = None
    workspace.close()


def test_the_variants_button_takes_the_user_to_the_variants_page_and_hides_once_no_variant_waits(
    qtbot, app_context, tmp_path
):
    from _window_helpers import shown_main_window

    workspace = demo.build(tmp_path / "demo")
    campaign = campaigns.list_campaigns(workspace.db)[0]
    campaigns.approve_all(workspace.db, campaign.id, actor="t")
    window = shown_main_window(qtbot, app_context, workspace)
    page = window.show_page("kits")
    qtbot.waitUntil(lambda: page.plan is not None, timeout=10000)
    assert page.variants_button.isVisible()
    page.variants_button.click()
    assert window.current_page_key() == "variants"
    window.show_page("kits")
    waiting_on_the_calendar_only = [{**item, "variant_approved": True} for item in page.plan.needs_approval]
    page.plan = dataclasses.replace(page.plan, needs_approval=tuple(waiting_on_the_calendar_only))
    page._show_plan()
    assert page.approval_box.isVisible() and not page.variants_button.isVisible()
    app_context.workspace = None
    window.close()
    workspace.close()
