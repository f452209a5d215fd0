"""UI: the words of a shipped market profile (its networks' notes, register, disclosure basis, posting windows'
names, checklist and sources) in the interface language.

The profiles are data, written in English and read by every layer; their French lives in the `market_data`
catalogue, which `tools/i18n.py update` writes from the profiles themselves. A text the catalogue does not hold
— a workspace's own market, or a field it overrides — is shown as its user wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "MarketData"  # tools/i18n.py MARKET_CONTEXT


def shown_text(text: str) -> str:
    """A profile's text as the interface shows it."""
    return QCoreApplication.translate(CONTEXT, text) if text else text
