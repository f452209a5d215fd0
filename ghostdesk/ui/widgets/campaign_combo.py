"""UI: the campaign picker the Calendar and Share kits pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def fill_campaign_combo(combo: QComboBox, db, keep: str = "") -> None:
    """List the workspace's campaigns by name, keeping `keep` selected while it exists (else the first).

    Filled without signals: the caller reacts once, after."""
    from ghostdesk.services import campaigns

    found = campaigns.list_campaigns(db) if db is not None else []
    combo.blockSignals(True)
    combo.clear()
    for campaign in found:
        combo.addItem(campaign.name, campaign.id)
    index = combo.findData(keep)
    combo.setCurrentIndex(index if index >= 0 else (0 if found else -1))
    combo.blockSignals(False)
