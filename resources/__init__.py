"""Package data: icons, translations, texts and demo data (installed as ghostdesk.resources)."""
