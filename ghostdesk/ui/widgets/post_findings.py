"""UI: the findings list shared by the post and variant editors."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ghostdesk.domain.checks import Finding
from ghostdesk.ui.widgets.post_labels import SEVERITY_COLOURS, severity_label


def fill_findings(
    view: QListWidget,
    findings: Iterable[Finding],
    describe: Callable[[Finding], tuple[str, str]],
    empty_text: str,
) -> None:
    """One row per finding (severity, message; advice as tooltip; its span kept for selecting it)."""
    view.clear()
    for finding in findings:
        message, advice = describe(finding)
        item = QListWidgetItem(f"{severity_label(finding.severity)} — {message}")
        item.setToolTip(advice)
        item.setForeground(SEVERITY_COLOURS[finding.severity])
        item.setData(Qt.ItemDataRole.UserRole, (finding.start, finding.end))
        view.addItem(item)
    if view.count() == 0:
        item = QListWidgetItem(empty_text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        view.addItem(item)
