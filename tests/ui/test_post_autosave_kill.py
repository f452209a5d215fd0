"""Autosave survives a kill: a real editor in a child process types steadily and is killed with SIGKILL;
at most ~2 seconds of typing may be missing from the recovered text."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from ghostdesk.services import posts, workspaces
from ghostdesk.storage import executives_repo

CHILD = textwrap.dedent(
    """
    import sys, time
    from types import SimpleNamespace
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication
    from ghostdesk.services import workspaces
    from ghostdesk.ui.widgets.post_editor import PostEditor

    app = QApplication([])
    ws = workspaces.open_workspace(sys.argv[1])
    editor = PostEditor()
    editor.set_context(SimpleNamespace(workspace=ws, actor="child"))
    editor.load(sys.argv[2])
    editor.body.moveCursor(QTextCursor.MoveOperation.End)

    def type_one():
        editor.body.insertPlainText("x")
        print(len(editor.body.toPlainText()), time.monotonic(), flush=True)

    timer = QTimer(interval=20, timeout=type_one)
    timer.start()
    app.exec()
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_autosave_loses_at_most_two_seconds_after_kill(tmp_path):
    path = tmp_path / "kill.ghostdesk"
    with workspaces.create(path) as ws:
        executive = executives_repo.create(ws.db, "Claire Vasseur")
        post = posts.new_post(ws, executive.id, actor="t", body="start")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), post.id],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    typed: list[tuple[int, float]] = []
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            length, at = line.split()
            typed.append((int(length), float(at)))
            if typed[-1][1] - typed[0][1] >= 3.0:
                break
        child.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert typed and child.returncode == -signal.SIGKILL
    # The OS released the writer lock with the process: the workspace opens for writing again.
    with workspaces.open_workspace(path) as ws:
        found = posts.recovered(ws, post.id)
        assert found is not None, "nothing was autosaved"
        recovered_length = len(found[0].body)
    must_have = max((n for n, at in typed if at <= killed_at - 2.0), default=len("start"))
    assert recovered_length >= must_have, (recovered_length, must_have, typed[-1][0])
    assert recovered_length <= typed[-1][0]
