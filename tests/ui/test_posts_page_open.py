"""Opening the Posts page (issue 11): what its first screen costs, counted, and that it looks finished at once.

The first paint shows the table and the first post in the editor (fields, preview, counters); its checks, voice
score and market variants follow that paint, as soon as control is back in the event loop. Counted here: the
statements, modules and calls before the first paint — never the time."""

from __future__ import annotations

import random

from _probes import ENUMS_MADE_OPENING
from _window_helpers import shown_main_window

from ghostdesk.services import demo_large, posts
from ghostdesk.storage import bulk, executives_repo


def _open_like_the_bench(qtbot, app_context, workspace, statements: list[str] | None = None):
    """A window already on screen, then `show_page("posts")`, the events, one grab (benchmarks/pages.py); the
    statements sent meanwhile go to `statements`."""
    from PySide6.QtWidgets import QApplication

    window = shown_main_window(qtbot, app_context, workspace)
    if statements is not None:
        workspace.db.conn.set_trace_callback(lambda sql: None if sql.startswith("--") else statements.append(sql))
    page = window.show_page("posts")
    QApplication.processEvents()
    page.grab()
    return window, page


def _many_posts(workspace, n: int = 300) -> str:
    executive = executives_repo.create(workspace.db, "Claire Vasseur", title="CEO").id
    with workspace.db.atomic():
        bulk.insert_posts(workspace.db, demo_large._posts(random.Random(3), n, [executive]))
    return executive


def test_the_first_paint_shows_the_post_and_leaves_checks_voice_and_variants_for_after(
    qtbot, app_context, workspace, monkeypatch
):
    from ghostdesk.services import checks, variants

    _many_posts(workspace)
    first = posts.table_page(workspace, posts.PostFilter(), None, limit=1).ids[0]
    variants.create(workspace.db, first, "DE", actor="t")
    posts.add_comment(workspace, first, author="Dana", text="Name the client?")
    calls = {"checks": 0, "variants": 0, "voice": 0}
    original_run, original_variants = checks.run, posts.market_variants

    def counting_run(text, context):
        calls["checks"] += 1
        return original_run(text, context)

    def counting_variants(ws, post_id):
        calls["variants"] += 1
        return original_variants(ws, post_id)

    monkeypatch.setattr(checks, "run", counting_run)
    monkeypatch.setattr(posts, "market_variants", counting_variants)
    statements: list[str] = []
    try:
        _window, page = _open_like_the_bench(qtbot, app_context, workspace, statements)
        workspace.db.conn.set_trace_callback(None)
        # built with the page: count the voice scorer's calls from here (it would have been asked once by now)
        scorer = page.editor.voice_scorer

        def counting_scorer(*args):
            calls["voice"] += 1
            return scorer(*args)

        page.editor.voice_scorer = counting_scorer
        editor = page.editor
        # The first screen: the first post, in full where the eye goes first, its feedback announced.
        assert editor.post is not None and editor.post.id == first
        assert editor.body.toPlainText() == posts.get(workspace, first).body
        assert editor.status_chip.text() and editor.counter_labels["linkedin"].isVisibleTo(editor)
        assert editor.feedback_pending
        assert editor.side_tabs.tabText(0) == "Checks" and editor.findings_list.item(0).text() == "Checking…"
        assert page.variants_list.isHidden() and page.variants_label.text() == ""
        assert calls == {"checks": 0, "variants": 0, "voice": 0}
        # Laid out before that paint: no squeezed status chip or preview card in the first frame.
        assert editor.status_chip.width() >= editor.status_chip.sizeHint().width()
        preview = editor.preview
        assert preview.height() >= preview.heightForWidth(preview.width())
        # The layouts ask the card's text its height for a width about 75 times while they settle; it is laid out
        # once per width asked (a handful), not each time.
        assert 0 < preview.body.layouts <= 12, preview.body.layouts
        # The statements of the whole opening: the table's first screen, and the first post with its executive's
        # name and title, its images' count, its autosave and whether it has sign-offs — one each. Not the list
        # of executives (the filter says "All executives"; the editor's list has the post's own until it comes,
        # after the paint), no image read, no comments (their tab is not on screen; its title waits for the
        # count), no variants, no versions, and no count of the posts: the label says so until it comes.
        assert len(statements) == 2, statements
        assert not any("post_comments" in sql for sql in statements), statements
        # Their tabs are not on screen: the Comments and Images widgets are not built yet.
        assert editor._comments is None and editor._images is None
        assert editor.side_tabs.tabText(1) == "Comments" and editor.side_tabs.tabText(2) == "Images"
        assert not any("FROM executives" in sql for sql in statements), statements
        assert page.executive_combo.count() == 1 and editor.executive_combo.currentText() == "Claire Vasseur"
        assert not any("variants" in sql or "post_versions" in sql for sql in statements), statements
        assert not any(sql.lower().startswith("select count(") for sql in statements), statements
        assert page.count_label.text() == "Counting posts…"

        qtbot.waitUntil(lambda: not editor.feedback_pending and page.variants_list.isVisible())
        assert calls == {"checks": 1, "variants": 1, "voice": 1}
        assert editor.findings_list.item(0).text() != "Checking…"
        assert page.variants_label.text() == "Market variant (1)"
        assert editor.side_tabs.tabText(1) == "Comments (1)" and editor.comments.thread.count() == 1
        assert page.executive_combo.count() == 2 and editor.executive_combo.currentText() == "Claire Vasseur"
        assert editor._images is None  # built when its tab is shown (the comments were read for their count)
        editor.side_tabs.setCurrentIndex(2)
        assert editor.images.isVisible() and editor.images.attach_button.text()
        qtbot.waitUntil(lambda: page.count_label.text() == "Posts shown: 300")
    finally:
        workspace.db.conn.set_trace_callback(None)
        app_context.workspace = None


def test_choosing_another_post_before_the_feedback_came_shows_that_one_in_full(qtbot, app_context, workspace):
    _many_posts(workspace, 50)
    _window, page = _open_like_the_bench(qtbot, app_context, workspace)
    try:
        assert page.editor.feedback_pending
        page.table.selectRow(3)  # a click, before control went back to the event loop
        assert page.editor.post.id == page.model.post_id(3) and not page.editor.feedback_pending
        assert page.editor.findings_list.item(0).text() != "Checking…"
        assert page.variants_label.text() == "No market variants yet."
        qtbot.wait(20)  # the first post's pending step finds another post shown: it changes nothing
        assert page.editor.post.id == page.model.post_id(3)
        assert page.variants_label.text() == "No market variants yet."
    finally:
        app_context.workspace = None


def test_the_comments_tab_opened_before_the_feedback_came_shows_them(qtbot, app_context, workspace):
    _many_posts(workspace, 20)
    first = posts.table_page(workspace, posts.PostFilter(), None, limit=1).ids[0]
    posts.add_comment(workspace, first, author="Dana", text="Name the client?")
    _window, page = _open_like_the_bench(qtbot, app_context, workspace)
    try:
        editor = page.editor
        assert editor.feedback_pending and not editor.comments.loaded
        editor.side_tabs.setCurrentIndex(1)  # a click on the tab, before control went back to the event loop
        assert editor.comments.thread.count() == 1 and "Name the client?" in editor.comments.thread.item(0).text()
        qtbot.waitUntil(lambda: not editor.feedback_pending)
        assert editor.side_tabs.tabText(1) == "Comments (1)" and editor.comments.thread.count() == 1
    finally:
        app_context.workspace = None


def test_asking_for_the_checks_before_they_came_runs_them_at_once(qtbot, app_context, workspace):
    _many_posts(workspace, 20)
    _window, page = _open_like_the_bench(qtbot, app_context, workspace)
    try:
        editor = page.editor
        assert editor.feedback_pending
        editor.run_checks()  # what the typing timer or the review copy asks for
        assert not editor.feedback_pending and editor.findings_list.item(0).text() != "Checking…"
    finally:
        editor.dirty = False
        app_context.workspace = None


# A fresh process with the main window shown on a new workspace of N synthetic posts (argv: path, N), the idle
# warm-up held back: what opening the Posts page loads or makes is seen there and nowhere else.
WINDOW_PROBE = """
import random, sys
from ghostdesk.services import demo_large, workspaces
from ghostdesk.storage import bulk, executives_repo
from ghostdesk.ui import warmup
from ghostdesk.ui.app import build_context, make_application
from ghostdesk.ui.mainwindow import MainWindow

warmup.DELAY_MS = 10**9  # the probe plays the idle warm-up's part itself, or leaves it out
app = make_application([])
context = build_context(app, show_crash_dialog=False, persist_settings=False)
workspace = workspaces.create(sys.argv[1], name="Probe")
executive = executives_repo.create(workspace.db, "Claire Vasseur").id
with workspace.db.atomic():
    bulk.insert_posts(workspace.db, demo_large._posts(random.Random(3), int(sys.argv[2]), [executive]))
context.workspace = workspace
window = MainWindow(context)
window.show()
app.processEvents()
"""

PROBE = (
    WINDOW_PROBE
    + """
before = set(sys.modules)
WATCH = ("ghostdesk.services.checks", "ghostdesk.services.variants", "ghostdesk.services.voices",
         "ghostdesk.services.spelling", "ghostdesk.markets", "html", "difflib", "mimetypes")

def loaded():
    return sorted(m for m in set(sys.modules) - before if m.startswith(WATCH) and m.partition(".")[0] in ("ghostdesk", *WATCH))

page = window.show_page("posts")
app.processEvents()
page.grab()
print("first paint:", [m for m in loaded() if m != "ghostdesk.services.spelling"], page.editor.post is not None)
app.processEvents()
print("after:", "ghostdesk.services.checks" in loaded(), [m for m in loaded() if m.startswith("ghostdesk.services.variants")])
window.close()
workspace.close()
"""
)


def test_the_first_paint_loads_no_checks_markets_or_voices_code(ghostdesk_home, tmp_path):
    """In a fresh process (other tests' imports would hide a load): the checks with the market profiles, the
    voice analysis and the variants service load after the first paint — and the variants service not at all."""
    from _probes import run_probe

    found = run_probe(PROBE, str(tmp_path / "probe.ghostdesk"), "100")
    assert found["first paint"] == "[] True"
    assert found["after"] == "True []"


def test_a_posts_images_are_read_when_their_tab_is_shown(qtbot, app_context, workspace, tmp_path, monkeypatch):
    """The Images tab's title needs only the count (read with the post); the thumbnails decode every image in
    full, so they wait until the tab is opened."""
    from PySide6.QtGui import QColor, QImage

    executive = executives_repo.create(workspace.db, "Claire Vasseur").id
    post = posts.new_post(workspace, executive, actor="t", title="With pictures", body="Look.")
    for i in range(2):
        image = QImage(32, 32, QImage.Format.Format_RGB32)
        image.fill(QColor("#2f6fb5"))
        image.save(str(tmp_path / f"p{i}.png"))
        posts.add_image(workspace, post.id, tmp_path / f"p{i}.png", actor="t")
    reads = []
    original = posts.images
    monkeypatch.setattr(posts, "images", lambda ws, post_id: reads.append(post_id) or original(ws, post_id))
    _window, page = _open_like_the_bench(qtbot, app_context, workspace)
    try:
        editor = page.editor
        assert editor.post.id == post.id and editor.side_tabs.tabText(2) == "Images (2)"
        assert reads == [] and editor.images.gallery.count() == 0
        editor.side_tabs.setCurrentIndex(2)
        assert reads == [post.id] and editor.images.gallery.count() == 2
        assert not editor.images.gallery.item(0).icon().isNull()
        editor.side_tabs.setCurrentIndex(0)
        editor.side_tabs.setCurrentIndex(2)  # shown again: already read
        assert reads == [post.id] and editor.side_tabs.tabText(2) == "Images (2)"
    finally:
        app_context.workspace = None


ENUM_PROBE = (
    WINDOW_PROBE
    + """
from ghostdesk.ui.views import posts_page

PAGE = "posts"
if sys.argv[3] == "warm":
    posts_page.warm_up()
"""
    + ENUMS_MADE_OPENING
)


def test_the_idle_warm_up_makes_the_python_types_the_first_open_would_make(ghostdesk_home, tmp_path):
    """PySide makes a Qt class's Python type, with its enums, the first time it is met (≈0.3 ms each): the page's
    `warm_up()` (run while the window is idle after start-up) makes those the first open met, so it makes none."""
    from _probes import run_probe

    cold = run_probe(ENUM_PROBE, str(tmp_path / "cold.ghostdesk"), "50", "cold")
    warm = run_probe(ENUM_PROBE, str(tmp_path / "warm.ghostdesk"), "50", "warm")
    assert cold["made"] != ""  # the probe sees them when nothing made them before
    assert warm["made"] == ""


TYPES_PROBE = (
    WINDOW_PROBE
    + """
import gc
from ghostdesk.ui.views import posts_page

if sys.argv[3] == "warm":
    posts_page.warm_up()

def types():
    return {id(o): o for o in gc.get_objects() if isinstance(o, type) and o.__module__.startswith("PySide6")}

before = types()
page = window.show_page("posts")
app.processEvents()
page.grab()
made = types().keys() - before.keys()
print("made:", " ".join(sorted(t.__qualname__ for t in (types()[k] for k in made))))
window.close()
workspace.close()
"""
)


def test_the_idle_warm_up_leaves_no_python_type_for_the_first_open_to_make(ghostdesk_home, tmp_path):
    """Besides the enums (above), the first event Qt hands one of our overrides makes PySide look for the event's
    class among every QEvent subclass, making each one's Python type on its way: `warm_up()` makes them first, so
    the open makes no Python type at all (counted by listing the types alive before and after it)."""
    from _probes import run_probe

    cold = run_probe(TYPES_PROBE, str(tmp_path / "cold.ghostdesk"), "50", "cold")
    warm = run_probe(TYPES_PROBE, str(tmp_path / "warm.ghostdesk"), "50", "warm")
    assert "QResizeEvent" in cold["made"].split()  # the probe sees them when nothing made them before
    assert warm["made"] == ""


def test_the_sized_to_contents_columns_are_measured_without_asking_each_cell(
    qtbot, app_context, workspace, monkeypatch
):
    """The Executive, Status, Language and Updated columns are as wide as Qt would make them (their widest text on
    screen, with the item margins), but the page answers their width from the texts it keeps: opening the page
    asks no cell for its size (Qt's delegate asked every visible cell, each time the header resized: ≈ 120 text
    layouts while the page was shown). A delegate asks `Qt.SizeHintRole` first when it sizes a cell."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from ghostdesk.ui.models.post_table_model import PostTableModel

    _many_posts(workspace, 80)
    sized = []
    data = PostTableModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.SizeHintRole:
            sized.append(index.column())
        return data(self, index, role)

    monkeypatch.setattr(PostTableModel, "data", counted)
    window, page = _open_like_the_bench(qtbot, app_context, workspace)
    try:
        assert page.model.rowCount() and sized == []
        table, header = page.table, page.table.horizontalHeader()
        for width in (1600, 1180, 800):  # every column shown, then fewer
            window.resize(width, 700)
            QApplication.processEvents()
            table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() // 2)
            QApplication.processEvents()
            for column in range(page.model.columnCount()):
                ours = page._column_width(column)
                assert ours == -1 or ours == QTableView.sizeHintForColumn(table, column), (width, column)
            for column in (c for c in (1, 2, 3, 4) if not table.isColumnHidden(c)):
                wanted = max(QTableView.sizeHintForColumn(table, column), header.sectionSizeHint(column))
                assert table.columnWidth(column) == wanted, (width, column)
    finally:
        app_context.workspace = None


def test_the_first_frame_paints_the_preview_card_once(qtbot, app_context, workspace, monkeypatch):
    """The editor's side pane (card, voice score, tabs) is a scroll area: when it filled its own background Qt
    painted it as an opaque widget of its own and again with the rest of the page, so the first frame drew the card
    twice. Counted: one paint of the card for the events after `show_page`, one for the grab."""
    from PySide6.QtWidgets import QApplication

    from ghostdesk.ui.widgets.post_preview import PostPreview

    _many_posts(workspace, 80)
    paints = []
    original = PostPreview.paintEvent
    monkeypatch.setattr(PostPreview, "paintEvent", lambda self, event: paints.append(1) or original(self, event))
    window = shown_main_window(qtbot, app_context, workspace)
    qtbot.wait(50)  # the window's first frame, as before a person's click
    try:
        page = window.show_page("posts")
        QApplication.processEvents()
        assert page.editor.preview.isVisible() and len(paints) == 1
        page.grab()
        assert len(paints) == 2
    finally:
        app_context.workspace = None
