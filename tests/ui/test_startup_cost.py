"""UI: what start-up does not pay for — the demo builder, the first page's analysis and dialogs, and (on a
workspace we closed cleanly ourselves) the page check that reads the whole file."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = (
    "import sys\n"
    "import ghostdesk.ui.app as app\n"
    "from ghostdesk.cli import main\n"
    "original = app.open_initial\n"
    "def opened(window, args):\n"
    "    original(window, args)\n"
    "    ws = window.context.workspace\n"
    "    print('fully_checked:' + str(ws.fully_checked))\n"
    "    lazy = ('ghostdesk.services.demo', 'ghostdesk.services.voice_analysis', 'ghostdesk.services.voice_match',\n"
    "            'ghostdesk.services.voice_import', 'ghostdesk.ui.dialogs.voice_dialogs',\n"
    "            'logging.handlers', 'socket', 'hashlib', 'uuid', '_strptime', 'platform', 'importlib.resources',\n"
    "            'ghostdesk.ui.widgets.voice_charts', 'ghostdesk.domain.records',\n"
    "            'ghostdesk.domain.voice_results', 'ghostdesk.ui.widgets.voice_profile_form',\n"
    "            'ghostdesk.services.workspace_report', 'ghostdesk.ui.tasks')\n"
    "    print('loaded:' + ','.join(m for m in lazy if m in sys.modules))\n"
    "app.open_initial = opened\n"
    "sys.exit(main(['--demo', '--quit-after', '0', '--no-crash-dialog']))\n"
)


def _start() -> str:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=environment)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_start_up_on_the_ready_demo_skips_the_builder_the_analysis_and_the_full_check(ghostdesk_home):
    first = _start()  # builds the demo (the builder loads), then closes it cleanly
    assert "loaded:ghostdesk.services.demo" in first
    second = _start()
    assert "fully_checked:False\n" in second, second  # unchanged since our own clean close
    assert "loaded:\n" in second, second


# What the window has made by the time it is first idle, printed by a probe that runs GhostDesk's own start-up.
IDLE_PROBE = (
    "import dataclasses, gc, sys\n"
    "records = []\n"
    "process_class = dataclasses._process_class\n"
    "def recorded(cls, *args, **kwargs):\n"
    "    records.append(cls.__module__ + '.' + cls.__qualname__)\n"
    "    return process_class(cls, *args, **kwargs)\n"
    "dataclasses._process_class = recorded\n"
    "from PySide6.QtCore import QTimer\n"
    "import ghostdesk.ui.app as app\n"
    "import ghostdesk.ui.mainwindow as mainwindow\n"
    "from ghostdesk.cli import main\n"
    "built = mainwindow.MainWindow.__init__\n"
    "def init(self, context):\n"
    "    print('collector_on_while_building:' + str(gc.isenabled()))\n"
    "    built(self, context)\n"
    "mainwindow.MainWindow.__init__ = init\n"
    "original = app.open_initial\n"
    "def opened(window, args):\n"
    "    original(window, args)\n"
    "    def idle():\n"
    "        from PySide6 import QtCore, QtGui, QtWidgets\n"
    "        made = [n for m in (QtCore, QtGui, QtWidgets) for n in vars(m) if n.startswith('Q')]\n"
    "        print('types:' + ','.join(sorted(made)))\n"
    "        print('collector_on_at_idle:' + str(gc.isenabled()))\n"
    "        print('frozen:' + str(gc.get_freeze_count()))\n"
    "        print('records:' + ','.join(records))\n"
    "        print('shortcuts:' + str(len(window.act_new.shortcuts())))\n"
    "        print('page:' + window.current_page_key() + ':' + str(window.page('voices').list_view.isVisible()))\n"
    "        window.close()\n"
    "    QTimer.singleShot(0, idle)\n"
    "app.open_initial = opened\n"
    "sys.exit(main(['--demo', '--no-crash-dialog']))\n"
)


def _idle_report() -> dict[str, str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", IDLE_PROBE], capture_output=True, text=True, timeout=120, env=environment
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(line.split(":", 1) for line in done.stdout.splitlines() if ":" in line)


def test_start_up_makes_no_python_type_for_dialogs_it_does_not_show_or_for_qstyle(ghostdesk_home):
    # PySide6 builds a class's Python type, with every one of its enums, the first time Python names the class:
    # QStyle alone is ≈7 ms. The first page's list draws its rows without naming QStyle, and the shell's
    # prompts import their dialog classes when one is shown.
    report = _idle_report()
    assert report["page"] == "voices:True", report  # the first page is really built and shown
    made = set(report["types"].split(","))
    assert "QStyledItemDelegate" in made  # the probe does see the types start-up makes
    assert not made & {"QStyle", "QMessageBox", "QFileDialog", "QDialog", "QInputDialog"}, made


def test_start_up_hands_python_no_event_so_makes_no_type_of_qevent_s_family(ghostdesk_home):
    # The first event PySide6 passes to a Python override (changeEvent, showEvent …) makes the Python types of
    # QEvent (its Type enum has 179 members) and of its ≈50 subclasses, ≈4 ms. The window, the Page base and the
    # first page's widgets retranslate through ui.i18n's signal; the warm-up starts from setVisible.
    report = _idle_report()
    assert report["page"] == "voices:True", report
    made = set(report["types"].split(","))
    assert "QStyledItemDelegate" in made  # the probe does see the types start-up makes
    assert not {name for name in made if name.endswith("Event")}, made


def test_the_cyclic_collector_is_off_while_starting_and_on_once_the_window_is_up(ghostdesk_home):
    report = _idle_report()
    assert report["collector_on_while_building"] == "False"
    assert report["collector_on_at_idle"] == "True"
    # What start-up made is frozen out of later collections (not merely collected later): tens of thousands.
    assert int(report["frozen"]) > 10_000, report


def test_the_main_window_restores_its_splitter_without_walking_its_children(qtbot, app_context, monkeypatch):
    # findChildren makes a Python wrapper, and the Python type, of every child widget it passes.
    from ghostdesk.ui.mainwindow import MainWindow

    def walked(*_args, **_kwargs):
        raise AssertionError("restore_geometry walked the window's children")

    monkeypatch.setattr(MainWindow, "findChildren", walked)
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    monkeypatch.undo()  # closing saves every splitter, pages' too, by walking the children
    assert window._restorable_splitters() == [window.splitter]


def test_building_the_window_loads_its_first_page_once(qtbot, app_context, workspace, monkeypatch):
    from ghostdesk.ui.mainwindow import MainWindow
    from ghostdesk.ui.views.voices_page import VoicesPage

    loads = []
    original = VoicesPage.set_workspace
    monkeypatch.setattr(VoicesPage, "set_workspace", lambda page, context: (loads.append(1), original(page, context)))
    app_context.workspace = workspace
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    assert len(loads) == 1
    assert window.page("voices").db is workspace.db  # the one load read the open workspace
    window.controller.workspace_changed.emit(workspace)  # a later switch still reaches every built page
    assert len(loads) == 2
    app_context.workspace = None


def test_reopening_the_last_workspace_does_not_rewrite_the_settings(main_window, workspace, monkeypatch):
    from ghostdesk.services import settings as settings_service

    written = []
    original = settings_service.save
    monkeypatch.setattr(settings_service, "save", lambda s, path=None: (written.append(1), original(s, path)))
    controller = main_window.controller
    controller.set_workspace(workspace)  # first time: remembered, so written
    assert len(written) == 1
    controller.set_workspace(workspace)  # every later start on the same workspace: nothing changed
    assert len(written) == 1
    assert settings_service.load().last_workspace == str(workspace.path.resolve())


def test_start_up_names_no_qt_namespace_enum_and_no_widget_class_only_hidden_tabs_use(ghostdesk_home):
    # Naming `PySide6.QtCore.Qt` makes PySide6 create all 94 of its enums (≈20 ms): the window, the Voices list
    # and the profile summary use plain ints (ui/qt_values.py), the actions setShortcuts(StandardKey), and the
    # tabs behind the profile import their own widget classes when built.
    report = _idle_report()
    assert report["page"] == "voices:True", report
    made = set(report["types"].split(","))
    assert "QStyledItemDelegate" in made and "QLabel" in made  # the probe sees what start-up makes
    assert "Qt" not in made
    assert not made & {"QTableView", "QHeaderView", "QComboBox", "QPlainTextEdit", "QSlider", "QSpinBox"}, made


def test_the_plain_qt_values_are_the_enums_values():
    from PySide6.QtCore import Qt

    from ghostdesk.ui import qt_values as v

    assert Qt.ItemDataRole.DisplayRole.value == v.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == v.TOOLTIP_ROLE
    assert Qt.ItemDataRole.UserRole.value == v.USER_ROLE
    assert Qt.AlignmentFlag.AlignLeft.value == v.ALIGN_LEFT
    assert Qt.AlignmentFlag.AlignTop.value == v.ALIGN_TOP
    assert Qt.AlignmentFlag.AlignVCenter.value == v.ALIGN_VCENTER
    assert Qt.AlignmentFlag.AlignCenter.value == v.ALIGN_CENTER
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == v.TEXT_SELECTABLE_BY_MOUSE


def test_plain_values_written_as_properties_reach_the_widget(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from ghostdesk.ui import qt_values as v

    label = QLabel("x")
    assert label.setProperty("alignment", v.ALIGN_LEFT | v.ALIGN_TOP)
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    assert label.setProperty("textInteractionFlags", v.TEXT_SELECTABLE_BY_MOUSE)
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


def test_eliding_cuts_like_qt_and_never_overflows(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    from ghostdesk.ui.qt_values import elided

    metrics = QFontMetrics(qapp.font())
    text = "Chief Executive Officer · samples: fr 12, en 9"
    assert elided(metrics, text, 10_000) == text
    for width in (0, 5, 30, 80, 150, 240):
        ours = elided(metrics, text, width)
        assert metrics.horizontalAdvance(ours) <= width
        if ours:
            assert ours.endswith("…") and text.startswith(ours[:-1])
        qt = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        assert abs(len(ours) - len(qt)) <= 2, (ours, qt)  # the same cut, give or take a space


def test_eliding_never_cuts_inside_a_character_as_a_reader_sees_it(qapp):
    from PySide6.QtGui import QFontMetrics

    from ghostdesk.ui.qt_values import elided

    metrics = QFontMetrics(qapp.font())
    family, flags, accents = "👩\u200d👩\u200d👧 Family", "🇫🇷🇩🇪🇯🇵 markets", "Zoe\u0301 Rene\u0301e"
    # Where a cut may fall in each: between whole characters as a reader sees them.
    allowed = {
        family: {0, *range(5, len(family) + 1)},  # one character of five code points
        flags: {0, 2, 4, *range(6, len(flags) + 1)},  # two code points a flag
        accents: {0, 1, 2, 4, 5, 6, 7, 8, 10, 11},  # e + U+0301 at 2–3 and 8–9
    }
    for text, cuts in allowed.items():
        for width in range(0, metrics.horizontalAdvance(text) + 1, 2):
            kept = elided(metrics, text, width).removesuffix("…")
            assert text.startswith(kept) and metrics.horizontalAdvance(elided(metrics, text, width)) <= width
            assert len(kept) in cuts, (text, width, kept)


SCAN_PROBE = (
    "import inspect, json, sys\n"
    "import ghostdesk.ui\n"
    "feature = sys.modules['shibokensupport.feature']\n"
    "read = []\n"
    "original = inspect.getsource\n"
    "inspect.getsource = lambda module: read.append(module.__name__) or original(module)\n"
    "import ghostdesk.ui.app, zoneinfo, platformdirs\n"
    "names = ('ghostdesk.ui.mainwindow', 'ghostdesk.storage.connection', 'zoneinfo', 'platformdirs')\n"
    "print(json.dumps({'read': read, 'answers': {n: feature.pyside_feature_dict.get(n) for n in names}}))\n"
)


def test_pyside_reads_no_source_of_ours_or_of_the_standard_library_and_gets_the_same_answers():
    """PySide6 reads each imported module's source to find the word "PySide6"; our layers and the standard library
    answer it without reading (0: may use Qt, -1: does not), and other packages are still read."""
    import json

    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCAN_PROBE], capture_output=True, text=True, timeout=120, env=environment
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert not [n for n in found["read"] if n.partition(".")[0] in ("ghostdesk", *sys.stdlib_module_names)]
    assert "platformdirs" in found["read"]  # another package: PySide6's own scan, unchanged
    assert found["answers"] == {
        "ghostdesk.ui.mainwindow": 0,
        "ghostdesk.storage.connection": -1,
        "zoneinfo": -1,
        "platformdirs": -1,
    }


def test_records_start_up_does_not_make_are_still_found_where_they_always_were():
    # VoiceVersion, ImportResult, CheckReport and VoiceSample are created on first use (each dataclass ≈1 ms at start-up);
    # every old import path still reaches the one class.
    from ghostdesk.domain import voice, voice_results
    from ghostdesk.services import voices, workspace_report, workspaces

    assert voice.VoiceVersion is voice_results.VoiceVersion
    assert voices.ImportResult is voice_results.ImportResult
    assert workspaces.CheckReport is workspace_report.CheckReport
    assert voice.VoiceSample is voice_results.VoiceSample


def test_start_up_makes_only_the_records_its_first_screen_reads(ghostdesk_home):
    # Python 3.11 compiles each generated method of a dataclass: ≈1 ms a frozen one at start-up. The workspace
    # handle, the window's context, the assistants' runtime, the migration list and the schema state are plain
    # classes or NamedTuples; a voice's samples, versions and scores load with the tabs that show them.
    _start()  # builds the demo (its builder makes every record), then closes it: the next start only opens it
    report = _idle_report()
    assert report["page"] == "voices:True", report
    records = set(report["records"].split(","))
    assert "ghostdesk.domain.executive.Executive" in records  # the probe sees the records start-up makes
    assert records <= {
        "ghostdesk.services.settings.Settings",
        "ghostdesk.storage.backups.BackupInfo",  # the status bar's "Last backup"
        "ghostdesk.domain.executive.Executive",
        "ghostdesk.domain.voice.GlossaryEntry",
        "ghostdesk.domain.voice.VoiceSettings",
        "ghostdesk.services.voices.VoiceProfile",
    }, records


def test_the_standard_shortcuts_are_bound_once_the_window_is_up(ghostdesk_home, qtbot, app_context):
    # Naming QKeySequence makes its Python type and its 71-member StandardKey (≈1.5 ms): the window binds the
    # platform's standard shortcuts with the warm-up, not before its first paint.
    report = _idle_report()
    assert report["shortcuts"] == "0", report
    assert "QKeySequence" not in report["types"].split(","), report
    from PySide6.QtGui import QKeySequence

    from ghostdesk.ui import warmup
    from ghostdesk.ui.mainwindow import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.act_new.shortcuts()), timeout=warmup.DELAY_MS + 5000)
    assert window.act_quit.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    assert window.act_open.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Open)
    assert window.act_new.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.New)
    assert window.act_settings.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
