"""The Calendar page: its model, the three views, drag to reschedule (re-validated), approvals, badges."""

import sys
from dataclasses import replace
from datetime import UTC, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

from campaign_helpers import world

from ghostdesk.domain.campaigns import ApprovalState, ItemType
from ghostdesk.services import campaigns, variants
from ghostdesk.ui.dialogs.calendar_prompts import CalendarPrompts
from ghostdesk.ui.dialogs.campaign_plan_preview import PlanPreviewDialog
from ghostdesk.ui.models.calendar_model import CalendarModel


@pytest.fixture
def planned(workspace):
    campaign, _post, made, _roster = world(workspace, markets=("US", "FR"), day="2027-03-16")
    campaigns.plan_and_apply(workspace.db, campaign.id, actor="t")
    return campaign, made


@pytest.fixture
def page(main_window, planned):
    page = main_window.show_page("calendar")
    page.set_workspace(main_window.context)
    return page


def test_model_passes_the_model_tester_filters_and_zones(qtmodeltester, workspace, planned):
    campaign, _ = planned
    model = CalendarModel()
    items = campaigns.calendar_items(workspace.db, campaign.id)
    model.set_items(items)
    qtmodeltester.check(model)
    assert model.rowCount() == len(items)
    model.set_filter("market", "FR")
    assert model.rowCount() and {i.market for i in model.items()} == {"FR"}
    qtmodeltester.check(model)
    fr_slot = next(i for i in model.items() if i.kind == "slot")
    assert model.index(model.row_of(fr_slot.id), 0).data().endswith("08:30 CET")
    model.set_zone("Asia/Tokyo")
    assert model.index(model.row_of(fr_slot.id), 0).data().endswith("16:30 JST")
    model.set_filter("state", ApprovalState.APPROVED.value)
    assert model.rowCount() == 0


def test_page_shows_the_campaign_in_every_view_and_stays_narrow(page, planned, qtbot):
    campaign, _ = planned
    assert page.campaign_combo.currentText() == "Spring launch"
    assert page.month.year == 2027 and page.month.month == 3
    assert page.minimumSizeHint().width() < 600
    page.set_view("week")
    assert page.stack.currentWidget() is page.week_scroll and page.week_view().start.isoformat() == "2027-03-15"
    page.set_view("agenda")
    assert page.agenda.model().rowCount() == len(campaigns.calendar_items(page.db, campaign.id))
    page.set_view("month")
    slot = next(i for i in page.model.items() if i.kind == "slot")
    page.month.repaint()
    assert any(item_id == slot.id for _r, item_id in page.month._hits)
    assert "Executive post" in page.detail.text() or page.detail.text()


def _drag(qtbot, view, start, end):
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + (end - start) / 2)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_drag_a_share_is_revalidated_and_asks_before_breaking_a_rule(page, qtbot, monkeypatch):
    page.set_view("week")
    week = page.week_view()
    week.resize(900, week.minimumSizeHint().height())
    share = next(i for i in page.model.items() if i.kind == "share" and i.market == "FR")
    asked = []
    monkeypatch.setattr(
        CalendarPrompts, "confirm_move", classmethod(lambda cls, parent, reasons: asked.append(reasons))
    )
    start = week.point_for(share.id)
    day = page.model.shown_time(share).date()
    early = week.point_at(day, time(6, 0))  # before the executive's 08:30 post
    _drag(qtbot, week, start, early)
    assert asked and any("executive" in r for r in asked[0])
    assert campaigns.shares(page.db, page.campaign_id, ambassador_id=None)  # still planned
    stored = next(s for s in campaigns.shares(page.db, page.campaign_id) if s.id == share.id)
    assert stored.utc == share.utc  # refused: nothing moved
    monkeypatch.setattr(CalendarPrompts, "confirm_move", classmethod(lambda cls, parent, reasons: True))
    _drag(qtbot, week, week.point_for(share.id), early)
    stored = next(s for s in campaigns.shares(page.db, page.campaign_id) if s.id == share.id)
    assert stored.utc.astimezone(page.model.display_zone(share)).time() == time(6, 0)
    moved = page.model.item(share.id)
    assert moved.moved and "before_executive" in moved.conflicts
    assert "⚠" in page.summary_label.text() or "conflict" in page.summary_label.text()


def test_a_clean_move_needs_no_question(page, qtbot, monkeypatch):
    share = next(i for i in page.model.items() if i.kind == "share" and i.market == "US")
    monkeypatch.setattr(
        CalendarPrompts, "confirm_move", classmethod(lambda cls, parent, reasons: pytest.fail(str(reasons)))
    )
    colleagues = [i.utc for i in page.model.items() if i.kind == "share" and i.slot_id == share.slot_id]
    later = max(colleagues) + timedelta(minutes=30)  # after everyone sharing the same post
    assert page.move_item(share.id, later.astimezone(UTC))
    assert page.model.item(share.id).utc == later and not page.model.item(share.id).conflicts


def test_approve_reject_and_the_changed_since_approval_badge(page, planned, qtbot, monkeypatch):
    campaign, made = planned
    slot = next(i for i in page.model.items() if i.kind == "slot" and i.market == "FR")
    page._select(slot.id)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.model.item(slot.id).state == ApprovalState.APPROVED
    assert "Approved" in page.detail.text()
    fr = variants.get(page.db, made["FR"].id)
    variants.save(page.db, replace(fr, body=fr.body + " Encore."), actor="ines")
    page.reload_items()
    page._select(slot.id)
    assert page.model.item(slot.id).state == ApprovalState.CHANGED
    assert "Changed since approval" in page.detail.text()
    share = next(i for i in page.model.items() if i.kind == "share")
    page._select(share.id)
    monkeypatch.setattr(CalendarPrompts, "reject_comment", classmethod(lambda cls, parent: "Too early in Paris"))
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    state = campaigns.states(page.db, campaign.id)[(ItemType.WAVES, campaign.id)]
    assert state.state == ApprovalState.REJECTED and state.last.comment == "Too early in Paris"
    qtbot.mouseClick(page.approve_campaign_button, Qt.MouseButton.LeftButton)
    assert {i.state for i in page.model.items()} == {ApprovalState.APPROVED}


def test_new_campaign_through_the_editor(page, monkeypatch):
    from ghostdesk.ui.dialogs.campaign_editor import CampaignEditor

    values = {"name": "Autumn", "objective": "leads", "targets": {"reach": 10, "engagement": 0, "clicks": 0,
              "conversions": 3}, "start": "2027-09-01", "end": "2027-09-30", "markets": ["DE"], "contact": "x"}  # fmt: skip
    monkeypatch.setattr(CampaignEditor, "ask", classmethod(lambda cls, parent, campaign=None, markets=None: values))
    page.new_campaign()
    assert page.campaign_combo.currentText() == "Autumn" and page.model.rowCount() == 0
    created = campaigns.resolve(page.db, "Autumn")
    assert created.targets == {"reach": 10, "conversions": 3} and created.objective == "leads"


def test_editor_dialog_reads_back(qtbot):
    from ghostdesk.ui.dialogs.campaign_editor import CampaignEditor

    dialog = CampaignEditor(None)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Winter")
    dialog.market_checks["JP"].setChecked(True)
    values = dialog.values()
    assert values["name"] == "Winter" and values["markets"] == ["JP"]


def test_files_menu_exports_and_imports_with_clear_words(page, tmp_path, monkeypatch):
    import json

    from ghostdesk.services import campaign_files

    paths = iter([tmp_path / "c.ics", tmp_path / "brief.docx", tmp_path / "review.json"])
    monkeypatch.setattr(CalendarPrompts, "save_path", classmethod(lambda cls, *a: next(paths)))
    told = []
    monkeypatch.setattr(CalendarPrompts, "inform", classmethod(lambda cls, parent, title, text: told.append(text)))
    assert page.files_button.isEnabled()
    assert page.export_ics().read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert page.export_brief().stat().st_size > 0
    package = campaign_files.read_review(page.export_review())
    decided = campaign_files.write_decisions(package, {("waves", page.campaign_id): ("approve", "")},
                                             tmp_path / "d.json", reviewer="Kenji")  # fmt: skip
    monkeypatch.setattr(CalendarPrompts, "open_path", classmethod(lambda cls, *a: decided))
    page.import_decisions()
    assert told[-1].startswith("1 decision applied")
    assert {i.state for i in page.model.items() if i.kind == "share"} == {ApprovalState.APPROVED}
    data = json.loads(decided.read_text())
    data["reviewer"] = "Someone else"
    decided.write_text(json.dumps(data))
    page.import_decisions()
    assert "changed after it was exported" in told[-1]


def test_choosing_posts_plans_them(page, monkeypatch, qtbot):
    from ghostdesk.services import posts
    from ghostdesk.ui.dialogs.campaign_posts import CampaignPostsDialog

    workspace = page.context.workspace
    campaign = campaigns.get(page.db, page.campaign_id)
    (current,) = campaigns.posts(page.db, campaign.id)
    extra = posts.new_post(workspace, posts.get(workspace, current.post_id).executive_id, actor="t", title="Extra",
                           body="Extra post.", networks=("linkedin",))  # fmt: skip
    variants.create(page.db, extra.id, "FR", actor="t", body="Publication en plus.")
    dialog = CampaignPostsDialog(campaign.id, [(current.post_id, "Lab"), (extra.id, "Extra")], [current],
                                 date_of(campaign.start))  # fmt: skip
    qtbot.addWidget(dialog)
    assert [p.post_id for p in dialog.values()] == [current.post_id]
    dialog.rows[1][1].setChecked(True)
    chosen = dialog.values()
    assert [p.post_id for p in chosen] == [current.post_id, extra.id] and chosen[1].local_time == ""
    monkeypatch.setattr(CampaignPostsDialog, "ask", classmethod(lambda cls, *a: chosen))
    monkeypatch.setattr(PlanPreviewDialog, "ask", classmethod(lambda cls, parent, preview: True))
    before = sum(1 for i in page.model.items() if i.kind == "slot")
    page.choose_posts()
    assert sum(1 for i in page.model.items() if i.kind == "slot") == before + 1


def date_of(text):
    from datetime import date

    return date.fromisoformat(text)


def test_editing_waves_replans_and_bad_templates_are_refused(page, monkeypatch, qtbot):
    from ghostdesk.ui.dialogs.campaign_waves import CampaignWavesDialog

    dialog = CampaignWavesDialog(campaigns.templates(page.db, page.campaign_id))
    qtbot.addWidget(dialog)
    records = dialog.values()
    assert [r.name for r in records] == ["inner circle", "market", "last"] and records[0].kind == "after"
    only_market = [records[1]]
    monkeypatch.setattr(CampaignWavesDialog, "ask", classmethod(lambda cls, parent, current: only_market))
    monkeypatch.setattr(PlanPreviewDialog, "ask", classmethod(lambda cls, parent, preview: True))
    page.edit_waves()
    assert {i.wave for i in page.model.items() if i.kind == "share"} == {"market"}
    failures = []
    monkeypatch.setattr(page, "_fail", failures.append)
    bad = [replace(records[1], start="25:99")]
    monkeypatch.setattr(CampaignWavesDialog, "ask", classmethod(lambda cls, parent, current: bad))
    page.edit_waves()
    assert failures and [t.name for t in campaigns.templates(page.db, page.campaign_id)] == ["market"]


def test_plan_again_previews_and_cancel_changes_nothing(page, planned, monkeypatch):
    from ghostdesk.services import ambassadors
    from ghostdesk.storage import audit_repo

    campaign, _ = planned
    db = page.db
    quitter = next(i for i in page.model.items() if i.kind == "share" and i.market == "FR")
    person_id = next(s.ambassador_id for s in campaigns.shares(db, campaign.id) if s.id == quitter.id)
    ambassadors.opt_out(db, [person_id], actor="t")
    before = [(s.id, s.utc) for s in campaigns.shares(db, campaign.id)]
    audits = len(audit_repo.recent(db, 1000))
    seen = []
    monkeypatch.setattr(PlanPreviewDialog, "ask", classmethod(lambda cls, parent, preview: seen.append(preview)))
    assert page.plan_again() is False
    assert [(s.id, s.utc) for s in campaigns.shares(db, campaign.id)] == before
    assert len(audit_repo.recent(db, 1000)) == audits and page.model.item(quitter.id) is not None
    assert seen[0].shares.removed >= 1 and seen[0].by_person[person_id][1].removed >= 1
    monkeypatch.setattr(PlanPreviewDialog, "ask", classmethod(lambda cls, parent, preview: True))
    assert page.plan_again() is True
    assert person_id not in {s.ambassador_id for s in campaigns.shares(db, campaign.id)}
    assert page.model.item(quitter.id) is None


def test_preview_dialog_shows_changes_and_why_people_were_not_planned(qtbot, qtmodeltester, workspace, planned):
    from ghostdesk.services import ambassadors

    sys.path.insert(0, str(Path(__file__).parents[1] / "services"))
    from campaign_helpers import person

    campaign, _ = planned
    capped = person(workspace.db, "FR", 8, max_shares_per_week=0)
    someone = campaigns.shares(workspace.db, campaign.id)[0].ambassador_id
    ambassadors.opt_out(workspace.db, [someone], actor="t")
    preview = campaigns.preview_plan(workspace.db, campaign.id)
    dialog = PlanPreviewDialog(preview)
    qtbot.addWidget(dialog)
    for model in (dialog.wave_model, dialog.person_model, dialog.skip_model):
        qtmodeltester.check(model)
    assert "removed" in dialog.summary.text() and "Not planned" in dialog.summary.text()
    reasons = [dialog.skip_model.index(r, 0).data() for r in range(dialog.skip_model.rowCount())]
    assert "Weekly cap reached" in reasons
    row = reasons.index("Weekly cap reached")
    assert "weekly cap" in dialog.skip_model.index(row, 2).data()
    assert capped.name in dialog.skip_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.person_model.rowCount() >= 1 and dialog.wave_model.rowCount() >= 1
    dialog.cancel_button.click()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_drag_a_share_to_another_day_in_the_month_keeps_its_local_time(page, qtbot, monkeypatch):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    from ghostdesk.ui.widgets import calendar_views

    month = page.month
    month.resize(1400, 1700)  # room for every share of a day as a chip
    month.repaint()
    share = next(i for i in page.model.items() if i.kind == "share" and month.point_for(i.id) is not None)
    before = page.model.shown_time(share)
    # pressing a share chip and moving starts a Qt drag carrying the share's id
    started = []

    class FakeDrag:
        def __init__(self, source):
            self.source = source

        def setMimeData(self, data):
            started.append(bytes(data.data(calendar_views.SHARE_MIME).data()).decode())

        def exec(self, *actions):
            return Qt.DropAction.MoveAction

    monkeypatch.setattr(calendar_views, "QDrag", FakeDrag)
    start = month.point_for(share.id)
    qtbot.mousePress(month, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(month, start + type(start)(40, 40))
    assert started == [share.id] and page.selected_id == share.id
    # dropping it on another day: re-validated like the week view's drag, then moved at the same local time
    asked = []
    monkeypatch.setattr(CalendarPrompts, "confirm_move",
                        classmethod(lambda cls, parent, reasons: asked.append(reasons) or True))  # fmt: skip
    target_day = before.date() + timedelta(days=2)
    data = month.mime_for(share.id)  # kept alive: the event does not own it
    drop = QDropEvent(QPointF(month.point_for_day(target_day)), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    month.dropEvent(drop)

    def stored_utc():
        return next(s for s in campaigns.shares(page.db, page.campaign_id) if s.id == share.id).utc

    old_utc = stored_utc()
    assert not asked  # moved (and asked about) once the drag is over, not inside its event loop
    qtbot.waitUntil(lambda: stored_utc() != old_utc)
    stored = next(s for s in campaigns.shares(page.db, page.campaign_id) if s.id == share.id)
    after = stored.utc.astimezone(page.model.display_zone(share))
    assert after.date() == target_day and after.time() == before.time()
    assert page.model.item(share.id).moved
    # a drop of something that is not a share is refused
    from PySide6.QtCore import QMimeData

    other = QMimeData()
    other.setText("hello")
    refused = QDropEvent(QPointF(month.point_for_day(target_day)), Qt.DropAction.MoveAction, other,
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    month.dropEvent(refused)
    assert not refused.isAccepted()


def test_summary_and_agenda_list_exactly_what_the_month_grid_shows(main_window, tmp_path):
    """The shares are read with a day of margin for any display zone; only the grid's own days are listed."""
    from ghostdesk.services import demo

    main_window.controller.set_workspace(demo.build(tmp_path / "demo.ghostdesk"))
    page = main_window.show_page("calendar")
    checked = 0
    for zone in ("UTC", "Asia/Tokyo"):
        page.zone_combo.setCurrentIndex(page.zone_combo.findData(zone))
        for month in (1, 2, 3, 4):
            page._go(page.anchor.replace(year=2027, month=month, day=1))
            cells = page.model.month_cells(page.month.first_day(), page.month.DAYS)
            on_grid = sorted(i for cell in cells.values() for i in [*(s.id for s in cell["slots"]), *cell["ids"]])
            posts, shares, _ = page.model.counts()
            assert (posts + shares, sorted(page.model.ids())) == (len(on_grid), on_grid)
            assert page.model.rowCount() == len(on_grid)  # the agenda's rows
            checked += shares
    assert checked


def test_summary_counts_one_post_in_the_singular_in_english_and_french(page, main_window):
    page.market_combo.setCurrentIndex(page.market_combo.findData("US"))  # one executive post per market
    posts, shares, conflicts = page.model.counts()
    assert posts == 1 and shares > 1 and conflicts == 0
    assert page.summary_label.text() == f"1 post, {shares} shares"
    main_window.context.languages.apply("fr")
    page._summary()
    assert page.summary_label.text() == f"1 publication, {shares} partages"


def test_planner_skip_counts_read_singular_for_one_and_tolerate_a_missing_fact(app_context):
    from ghostdesk.ui.views import calendar_texts as texts

    assert "the wave takes 1 person and" in texts.skip_text("not_selected", "Ana", {"size": 1})
    assert "the wave takes 3 people and" in texts.skip_text("not_selected", "Ana", {"size": 3})
    assert "kept  minutes apart" in texts.skip_text("no_free_time", "Ana", {})  # no fact: shown as it is
    app_context.languages.apply("fr")
    assert "la vague compte 1 personne et" in texts.skip_text("not_selected", "Ana", {"size": 1})
    assert "espacés de 0 minute et" in texts.skip_text("no_free_time", "Ana", {"stagger_minutes": 0})
