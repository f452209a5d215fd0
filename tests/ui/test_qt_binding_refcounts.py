"""The Qt binding must not drain None's reference count: a build that drops one reference to None on every
call returning nothing (PySide6-Essentials 6.12.0 on Python 3.11) crashes the app with "deallocating None"
after a few thousand such calls — minutes of ordinary use. pyproject.toml excludes that release."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: its count cannot run out"
)


def test_calls_that_return_nothing_keep_none_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(250):  # few enough not to crash a binding that has the bug: it fails, and says why
        widget.setEnabled(True)
        widget.update()
        QTimer.singleShot(0, widget.update)
        QCoreApplication.sendPostedEvents()
    assert sys.getrefcount(None) - before > -100, "the Qt binding drops references to None: see pyproject.toml"
