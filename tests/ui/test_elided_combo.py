"""The shrinking combo box: sized to a few letters whatever its choices, its current text elided when narrow."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ghostdesk.ui.widgets.elided_combo import ElidedComboBox

LONG = "Toutes les personnes désinscrites depuis longtemps"


def test_a_long_choice_does_not_widen_the_box(qtbot):
    plain, elided = QComboBox(), ElidedComboBox(letters=6)
    for combo in (plain, elided):
        qtbot.addWidget(combo)
        combo.addItems(["Tous", LONG])
    assert elided.minimumSizeHint().width() < plain.minimumSizeHint().width() // 2
    assert elided.sizeHint().width() < plain.fontMetrics().horizontalAdvance(LONG)


def test_narrow_the_current_text_is_elided_and_wide_it_is_whole(qtbot):
    combo = ElidedComboBox(letters=6)
    qtbot.addWidget(combo)
    combo.addItems(["Tous", LONG])
    combo.setCurrentIndex(1)
    combo.resize(combo.minimumSizeHint().width(), combo.sizeHint().height())
    combo.show()
    qtbot.waitExposed(combo)
    shown = combo.shown_text()
    assert shown.endswith("…") and LONG.startswith(shown[:-1]) and len(shown) > 3
    assert not combo.grab().isNull()  # the eliding paint runs
    combo.resize(combo.fontMetrics().horizontalAdvance(LONG) + 80, combo.height())
    assert combo.shown_text() == LONG
    combo.setCurrentIndex(0)
    assert combo.shown_text() == "Tous"
