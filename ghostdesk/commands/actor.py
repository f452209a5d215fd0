"""CLI: who a command acts as, for the audit log — the user's name from the settings, else "cli"."""

from __future__ import annotations

from ghostdesk.services import settings as settings_service


def actor() -> str:
    return settings_service.load().user_name or "cli"
