"""UI: the words for writing-assistant errors — what happened and what to do next, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ghostdesk.domain.errors import GhostDeskError

translate = QCoreApplication.translate


def error_text(exc: GhostDeskError) -> str:
    f = exc.fields
    texts = {
        "assist_offline": translate(
            "AssistMessages", "{host} cannot be reached. Check your network connection and the address."
        ),
        "assist_refused": translate(
            "AssistMessages",
            "Nothing answers at {host}. If it is a server on this computer (Ollama, LM Studio), start it first.",
        ),
        "assist_timeout": translate(
            "AssistMessages", "{host} did not answer in time. Try again, or raise the read timeout."
        ),
        "assist_tls": translate(
            "AssistMessages",
            "The certificate of {host} is not trusted. If your company inspects traffic, set its CA bundle.",
        ),
        "assist_bad_key": translate("AssistMessages", "The service refused the API key. Enter a new key and save it."),
        "assist_forbidden": translate(
            "AssistMessages", "The key works but may not do this. Check the account's permissions or plan."
        ),
        "assist_not_found": translate(
            "AssistMessages",
            "Wrong model or address. Check the model name and the base URL (it usually ends in /v1).",
        ),
        "assist_rate_limited": translate(
            "AssistMessages", "The service is receiving too many requests. Wait a minute, then try again."
        ),
        "assist_quota": translate("AssistMessages", "The plan's quota is used up for this period."),
        "assist_server_error": translate("AssistMessages", "The service failed (HTTP {status}). Try again later."),
        "assist_http": translate("AssistMessages", "The service refused the request (HTTP {status})."),
        "assist_bad_response": translate(
            "AssistMessages",
            "The service sent an incomplete or unexpected answer. Check the base URL, then try again.",
        ),
        "assist_content_filtered": translate(
            "AssistMessages",
            "The service's content filter refused this text. Rephrase it, or write this part yourself.",
        ),
        "assist_cancelled": translate("AssistMessages", "Cancelled. Nothing was changed."),
        "assist_no_consent": translate(
            "AssistMessages",
            "You have not allowed drafts to be sent to {provider}. Tick the consent box for this service first.",
        ),
        "assist_no_key": translate("AssistMessages", "No API key is stored for {provider}. Enter one and save it."),
        "assist_insecure_url": translate(
            "AssistMessages", "Use an https address. Plain http is only allowed for this computer (localhost)."
        ),
        "assist_bad_url": translate(
            "AssistMessages", "This is not a valid address. Give a full one, such as https://api.example.com/v1."
        ),
        "assist_ca_bundle_missing": translate("AssistMessages", "There is no CA bundle file at {path}."),
        "invalid": translate("AssistMessages", "Please check this setting: {message}"),
        "not_found": translate("AssistMessages", "This service no longer exists."),
    }
    template = texts.get(exc.code)
    if template is None:
        return translate("AssistMessages", "The assistant could not do that: {message}").format(message=exc.message)
    return template.format(
        host=f.get("host") or translate("AssistMessages", "The service"),
        status=f.get("status") or "?",
        provider=f.get("provider") or "",
        path=f.get("path") or "",
        message=exc.message,
    )
