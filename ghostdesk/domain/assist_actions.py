"""Domain: the writing-assistant actions' own errors and limits (rewrite, translate, adapt, share texts)."""

from __future__ import annotations

from ghostdesk.domain.assist import AssistError

MAX_SHARE_TEXTS = 10
# Two share texts are too alike when rapidfuzz's ratio of their own words (links and hashtags left out,
# case folded) reaches this value (0–100).
SIMILARITY_LIMIT = 70.0


class AssistNoProvider(AssistError):
    """No writing assistant of the needed kind is configured. `kind` is "openai_chat" or "deepl"; `action`
    names what was asked. Adapting has an offline path: the side-by-side variant editor with its checklist."""

    code = "assist_no_provider"


class AssistNoTemplates(AssistError):
    """No offline share-text templates for `language`."""

    code = "assist_no_templates"
