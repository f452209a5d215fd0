"""Services: writing assistants over HTTP — providers, consent, keys, the sent log and the actions' API."""

from ghostdesk.services.assist.http import CancelToken, HttpClient, RetryPolicy
from ghostdesk.services.assist.service import AssistService

__all__ = ["AssistService", "CancelToken", "HttpClient", "RetryPolicy"]
