"""UI: a shipped market's name in the interface language; a name a workspace gave its own market is shown as
written. The shipped profiles name their markets in English (they are data, read by every layer)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shipped_names() -> dict[str, str]:
    """Each shipped profile's English name → its name in the interface language (lupdate reads these calls)."""
    translate = QCoreApplication.translate
    return {
        "China": translate("MarketNames", "China"),
        "France": translate("MarketNames", "France"),
        "Germany": translate("MarketNames", "Germany"),
        "Japan": translate("MarketNames", "Japan"),
        "Spain": translate("MarketNames", "Spain"),
        "United Kingdom": translate("MarketNames", "United Kingdom"),
        "United States": translate("MarketNames", "United States"),
    }


def shown_name(name: str) -> str:
    """The market's name as the interface shows it."""
    return shipped_names().get(name, name)
