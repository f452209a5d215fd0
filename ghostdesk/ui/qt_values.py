"""UI: the few `Qt` namespace values the start-up path needs, as plain ints.

The first time Python names `PySide6.QtCore.Qt`, PySide6 creates all 94 of its Python enums at once (≈20 ms, a
tenth of start-up; a bare PySide6 window never pays it). The main window, the Voices list and the profile
summary need only these values: item-data roles (PySide6 takes them as ints), `drawText` flags (also ints), and
a label's alignment and text-interaction flags, written through the widget's Qt property (`setProperty`), which
converts an int, where `setAlignment` would accept only the enum. Pages and widgets built after start-up use
`Qt` as usual. `tests/ui/test_startup_cost.py` checks every value against the real enum.
"""

from __future__ import annotations

import unicodedata

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
USER_ROLE = 256  # Qt.ItemDataRole.UserRole

ALIGN_LEFT = 0x0001  # Qt.AlignmentFlag.AlignLeft
ALIGN_TOP = 0x0020  # Qt.AlignmentFlag.AlignTop
ALIGN_VCENTER = 0x0080  # Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter

TEXT_SELECTABLE_BY_MOUSE = 0x1  # Qt.TextInteractionFlag.TextSelectableByMouse


def _splits_a_character(text: str, cut: int) -> bool:
    """True when cutting `text` before index `cut` would split what a reader sees as one character: a base and
    its combining marks, an emoji and its skin tone or variation selector, a ZWJ sequence (👩‍👩‍👧), a flag (🇫🇷)."""
    if cut <= 0 or cut >= len(text):
        return False
    after, before = ord(text[cut]), ord(text[cut - 1])
    if unicodedata.combining(text[cut]) or after == 0x200D or before == 0x200D:
        return True
    if 0xFE00 <= after <= 0xFE0F or 0x1F3FB <= after <= 0x1F3FF or 0xE0020 <= after <= 0xE007F:
        return True
    if 0x1F1E6 <= after <= 0x1F1FF and 0x1F1E6 <= before <= 0x1F1FF:  # regional indicators pair up
        run = cut
        while run > 0 and 0x1F1E6 <= ord(text[run - 1]) <= 0x1F1FF:
            run -= 1
        return (cut - run) % 2 == 1
    return False


def elided(metrics, text: str, width: int) -> str:
    """`text` cut to fit `width` pixels in `metrics`, ending with "…" when cut (as elidedText(…, ElideRight, …)),
    never inside a character as a reader sees it.

    QFontMetrics.elidedText takes its mode only as a `Qt.TextElideMode`."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle].rstrip() + "…") <= width:
            low = middle
        else:
            high = middle - 1
    while _splits_a_character(text, low):
        low -= 1
    return text[:low].rstrip() + "…" if low else ("…" if metrics.horizontalAdvance("…") <= width else "")
