"""Services: the two provider protocols — OpenAI-compatible chat completions and DeepL translate.

Each function builds a `Request`, sends it through the shared `HttpClient` and turns the JSON answer into a
domain object, raising `AssistBadResponse` when the answer lacks what the protocol promises.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from ghostdesk.domain.assist import (
    AssistBadResponse,
    AssistContentFiltered,
    AssistHttpError,
    AssistNotFound,
    ChatMessage,
    Completion,
    Provider,
    Translation,
)
from ghostdesk.services.assist.http import CancelToken, HttpClient, Request

# DeepL leaves the content of these tags untranslated (tag_handling=xml + ignore_tags).
KEEP_TAG = "gd-keep"


def _request(provider: Provider, method: str, path: str, key: str | None, **body: Any) -> Request:
    headers = {"Accept": "application/json"}
    if key:
        scheme = "DeepL-Auth-Key" if provider.kind == "deepl" else "Bearer"
        headers["Authorization"] = f"{scheme} {key}"
    return Request(
        method=method,
        url=provider.endpoint + path,
        headers=headers,
        connect_timeout=provider.connect_timeout,
        read_timeout=provider.read_timeout,
        ca_bundle=provider.ca_bundle,
        **body,
    )


# -- OpenAI-compatible chat completions ---------------------------------------------------------------


def chat(
    client: HttpClient,
    provider: Provider,
    key: str | None,
    messages: Sequence[ChatMessage],
    *,
    temperature: float | None = None,
    max_tokens: int | None = None,
    cancel: CancelToken | None = None,
) -> Completion:
    body: dict[str, Any] = {
        "model": provider.model,
        "messages": [{"role": m.role, "content": m.content} for m in messages],
    }
    if temperature is not None:
        body["temperature"] = temperature
    if max_tokens is not None:
        body["max_tokens"] = max_tokens
    try:
        response = client.send(_request(provider, "POST", "/chat/completions", key, json_body=body), cancel)
    except AssistHttpError as exc:
        _raise_if_filtered(exc)
        raise
    data = response.json()
    try:
        choice = data["choices"][0]
        message = choice.get("message") or {}
        finish = str(choice.get("finish_reason") or "")
        content = message.get("content")
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise AssistBadResponse("The answer has no choices", reason="fields") from exc
    if finish == "content_filter" or message.get("refusal"):
        raise AssistContentFiltered("The service's content filter refused the text", finish_reason=finish)
    if not isinstance(content, str):
        raise AssistBadResponse("The answer has no text", reason="fields")
    return Completion(text=content.strip(), model=str(data.get("model") or provider.model), finish_reason=finish)


FILTER_CODES = ("content_filter", "content_policy_violation", "content_filtered")


def _raise_if_filtered(exc: Exception) -> None:
    """Some services refuse a filtered prompt with HTTP 400 and a content-filter code instead of an answer."""
    fields = getattr(exc, "fields", {})
    said = f"{fields.get('server_code', '')} {fields.get('server_message', '')}".lower()
    if fields.get("status") == 400 and any(code in said for code in FILTER_CODES):
        raise AssistContentFiltered("The service's content filter refused the text", status=400) from exc


def list_models(client: HttpClient, provider: Provider, key: str | None, cancel: CancelToken | None) -> list[str]:
    data = client.send(_request(provider, "GET", "/models", key), cancel).json()
    try:
        return [str(item["id"]) for item in data["data"]]
    except (KeyError, TypeError) as exc:
        raise AssistBadResponse("The model list is not in the expected form", reason="fields") from exc


def check_chat(client: HttpClient, provider: Provider, key: str | None, cancel: CancelToken | None) -> str:
    """The model is served: listed by /models, or (servers without that list) answers a one-token prompt."""
    try:
        models = list_models(client, provider, key, cancel)
    except AssistNotFound:
        models = None
    if models is not None:
        if provider.model not in models:
            raise AssistNotFound(
                f"The service does not offer the model {provider.model}", reason="model", model=provider.model
            )
        return provider.model
    done = chat(client, provider, key, [ChatMessage("user", "ping")], max_tokens=1, cancel=cancel)
    return done.model


# -- DeepL --------------------------------------------------------------------------------------------


def protect(text: str, terms: Sequence[str]) -> str:
    """XML-escape `text` and wrap each never-translate term in a tag DeepL is told to ignore."""
    escaped = html.escape(text, quote=False)
    wanted = sorted({html.escape(t, quote=False) for t in terms if t.strip()}, key=len, reverse=True)
    if not wanted:
        return escaped
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t in wanted))
    return pattern.sub(lambda m: f"<{KEEP_TAG}>{m.group(0)}</{KEEP_TAG}>", escaped)


def unprotect(text: str) -> str:
    return html.unescape(re.sub(rf"</?{KEEP_TAG}\s*/?>", "", text))


def translate(
    client: HttpClient,
    provider: Provider,
    key: str | None,
    text: str,
    target_lang: str,
    *,
    glossary: Sequence[str] = (),
    source_lang: str | None = None,
    cancel: CancelToken | None = None,
) -> Translation:
    body: dict[str, Any] = {
        "text": [protect(text, glossary)],
        "target_lang": target_lang.upper(),
        "tag_handling": "xml",
        "ignore_tags": [KEEP_TAG],
        "preserve_formatting": True,
    }
    if source_lang:
        body["source_lang"] = source_lang.upper()
    data = client.send(_request(provider, "POST", "/v2/translate", key, json_body=body), cancel).json()
    try:
        first = data["translations"][0]
        translated = first["text"]
    except (KeyError, IndexError, TypeError) as exc:
        raise AssistBadResponse("The answer has no translation", reason="fields") from exc
    if not isinstance(translated, str):
        raise AssistBadResponse("The answer has no translation", reason="fields")
    return Translation(text=unprotect(translated), detected_source=str(first.get("detected_source_language") or ""))


def check_deepl(client: HttpClient, provider: Provider, key: str | None, cancel: CancelToken | None) -> str:
    data = client.send(_request(provider, "GET", "/v2/usage", key), cancel).json()
    try:
        return f"{int(data['character_count'])}/{int(data['character_limit'])}"
    except (KeyError, TypeError, ValueError) as exc:
        raise AssistBadResponse("The usage answer is not in the expected form", reason="fields") from exc
