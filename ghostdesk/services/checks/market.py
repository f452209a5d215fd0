"""Services: market rules — what reads wrong in a given market (variants, or a master checked against a market).

Each rule does nothing unless the context names a market (`context.market`) and carries its effective
profile in `context.extras["market_profile"]`; `services.variants.context_for_variant` fills the rest:
master_text, master_language, master_hashtags, disclosure, glossary, company, planned_date.
"""

from __future__ import annotations

import re
from datetime import date

from ghostdesk.domain import networks as net
from ghostdesk.domain.checks import Finding, Severity
from ghostdesk.domain.posts import hashtags_in
from ghostdesk.markets import rules as market_rules
from ghostdesk.services.checks.engine import CheckContext, rule


def _profile(context: CheckContext):
    return context.extras.get("market_profile") if context.market else None


@rule("market_network", "market")
def market_network(text: str, context: CheckContext) -> list[Finding]:
    profile = _profile(context)
    if profile is None:
        return []
    findings = []
    for network in context.networks:
        reason = market_rules.unavailable_reason(profile, network)
        if reason is None:
            continue
        findings.append(
            Finding(
                "market_network",
                Severity.BLOCK,
                "market_network_unavailable",
                f"{network} is not available in {profile.name}" + (f": {reason}" if reason else ""),
                "Pick one of the market's networks: " + ", ".join(profile.networks) + ".",
                params={"network": network, "market": profile.code, "reason": reason, "available": profile.networks},
            )
        )
    return findings


@rule("market_length", "market")
def market_length(text: str, context: CheckContext) -> list[Finding]:
    """Length by the network's own counting (X weighted, Weibo halves), against the limit in that market."""
    profile = _profile(context)
    if profile is None:
        return []
    findings = []
    for network in context.networks:
        market_rule = market_rules.network_rule(profile, network)
        generic = net.NETWORKS.get(network)
        limit = market_rule.limit if market_rule and market_rule.limit else (generic.limit if generic else None)
        if limit is None:
            continue
        used = net.count(text, network)
        if used > limit:
            findings.append(
                Finding(
                    "market_length",
                    Severity.BLOCK,
                    "market_too_long",
                    f"{used} characters as {network} counts them; the limit is {limit}",
                    "Shorten the text for this network, or leave the network out of this variant.",
                    params={"network": network, "used": used, "limit": limit},
                )
            )
    return findings


# Markers that are also ordinary words (“ton” is a tone, “ta”/“tes” appear in names and abbreviations):
# a hit is worth a look, not a block.
AMBIGUOUS_MARKERS = {"fr": {"ton", "ta", "tes"}}


@rule("market_register", "market")
def market_register(text: str, context: CheckContext) -> list[Finding]:
    profile = _profile(context)
    if profile is None:
        return []
    ambiguous = AMBIGUOUS_MARKERS.get(profile.language, set())
    findings = []
    for word, start in market_rules.register_slips(profile, text):
        severity = Severity.WARN if word.casefold() in ambiguous else Severity.BLOCK
        findings.append(
            Finding(
                "market_register",
                severity,
                "market_register_slip",
                f"“{word}” breaks the {profile.register.address or profile.register.formality} register",
                profile.register.note or "Keep the market's register from start to finish.",
                start,
                start + len(word),
                {"word": word, "address": profile.register.address},
            )
        )
    return findings


_SHORT_DATE = re.compile(r"(?<![\d/.])(\d{1,4})[/.](\d{1,2})(?:[/.](\d{2,4}))?(?![\d/])")


def _date_findings(text: str, order: str) -> list[Finding]:
    findings = []
    for m in _SHORT_DATE.finditer(text):
        a, b, c = m.group(1), m.group(2), m.group(3)
        if len(a) == 4:  # 2026/03/12: year first, read the same everywhere
            continue
        if m.group(0).count(".") and not c:
            continue  # 1.5 is a number, not a date
        first, second = int(a), int(b)
        if not (1 <= first <= 31 and 1 <= second <= 31):
            continue
        day_first = order.startswith("D")
        if (day_first and second > 12) or (not day_first and first > 12):
            code, message = "market_date_order", f"“{m.group(0)}” is written in another market's date order"
            severity = Severity.WARN
        elif first <= 12 and second <= 12 and first != second:
            meant = "day/month" if day_first else "month/day"
            code, message = "market_date_ambiguous", f"“{m.group(0)}” reads as {meant} here"
            severity = Severity.WARN
        else:
            continue
        findings.append(
            Finding(
                "market_format",
                severity,
                code,
                message,
                "Write the month in words, or use the market's order.",
                m.start(),
                m.end(),
                {"text": m.group(0), "order": order},
            )
        )
    return findings


# 1,000.50 or 1,000 (comma groups) — and 1.000,50 or 12,5 (comma decimals).
_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+\.\d{1,2}(?![\d.,])")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])|(?<![\d.,])\d+,\d{1,2}(?![\d.,])")


def _number_findings(text: str, decimal: str, dates: list[Finding]) -> list[Finding]:
    pattern = _COMMA_GROUPED if decimal == "," else _COMMA_DECIMAL
    taken = [(f.start, f.end) for f in dates]
    findings = []
    for m in pattern.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        findings.append(
            Finding(
                "market_format",
                Severity.WARN,
                "market_number_format",
                f"“{m.group(0)}” uses another market's decimal and grouping signs",
                f"Here the decimal sign is “{decimal}”: write the number the local way.",
                m.start(),
                m.end(),
                {"text": m.group(0), "decimal": decimal},
            )
        )
    return findings


@rule("market_format", "market")
def market_format(text: str, context: CheckContext) -> list[Finding]:
    profile = _profile(context)
    if profile is None:
        return []
    from ghostdesk.markets import formats  # Babel, loaded on first use

    dates = _date_findings(text, formats.date_order(profile))
    decimal, _group = formats.number_symbols(profile)
    return dates + _number_findings(text, decimal, dates)


CURRENCY_SIGNS = {
    "$": ("USD",),
    "US$": ("USD",),
    "€": ("EUR",),
    "£": ("GBP",),
    "¥": ("JPY", "CNY"),
    "円": ("JPY",),
    "元": ("CNY",),
    "EUR": ("EUR",),
    "USD": ("USD",),
    "GBP": ("GBP",),
    "JPY": ("JPY",),
    "CNY": ("CNY",),
    "RMB": ("CNY",),
}
_CURRENCY = re.compile(r"US\$|[$€£¥]|(?<=\d)\s?[円元]|(?<![A-Za-z])(?:EUR|USD|GBP|JPY|CNY|RMB)(?![A-Za-z])")


@rule("market_currency", "market")
def market_currency(text: str, context: CheckContext) -> list[Finding]:
    profile = _profile(context)
    if profile is None or not profile.currency:
        return []
    findings = []
    for m in _CURRENCY.finditer(text):
        sign = m.group(0).strip()
        codes = CURRENCY_SIGNS.get(sign, ())
        if not codes or profile.currency in codes:
            continue
        findings.append(
            Finding(
                "market_currency",
                Severity.WARN,
                "market_currency_foreign",
                f"An amount in {codes[0]}; readers in {profile.name} count in {profile.currency}",
                f"Give the amount in {profile.currency} too, or say clearly which currency it is.",
                m.start(),
                m.end(),
                {"sign": sign, "currency": codes[0], "market_currency": profile.currency},
            )
        )
    return findings


@rule("market_disclosure", "market")
def market_disclosure(text: str, context: CheckContext) -> list[Finding]:
    profile = _profile(context)
    if profile is None or not profile.disclosure.label:
        return []
    company = context.extras.get("company", "")
    label = context.extras.get("disclosure", "")
    whole = "\n".join([text, label, " ".join(f"#{t}" for t in context.hashtags)])
    expected = market_rules.disclosure_texts(profile, company)
    if label and not market_rules.has_disclosure(profile, label, company):
        return [
            Finding(
                "market_disclosure",
                Severity.WARN,
                "market_disclosure_wrong",
                f"“{label}” is not a disclosure wording used in {profile.name}",
                f"Use “{expected[0]}” (the market's default) or another accepted wording.",
                params={"label": label, "expected": expected},
            )
        ]
    if market_rules.has_disclosure(profile, whole, company):
        return []
    return [
        Finding(
            "market_disclosure",
            Severity.WARN,
            "market_disclosure_missing",
            f"No disclosure of the link to the company ({profile.name} expects e.g. “{expected[0]}”)",
            "Add the market's disclosure label: readers should see the author works for the company.",
            params={"expected": expected},
        )
    ]


def _without_links(text: str) -> str:
    """The text with its URLs blanked out: a brand inside a web address is not a use of the term."""
    for start, end in reversed(net.find_urls(text)):
        text = text[:start] + " " + text[end:]
    return text


def _contains(text: str, term: str) -> bool:
    if any(ord(c) > 0x2E80 for c in term):
        return term in text
    return re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text, re.IGNORECASE) is not None


@rule("market_glossary", "market")
def market_glossary(text: str, context: CheckContext) -> list[Finding]:
    """Never-translate terms kept as they are; the executive's chosen renderings used."""
    if _profile(context) is None:
        return []
    master = _without_links(context.extras.get("master_text", ""))
    if not master.strip():
        return []
    text = _without_links(text)
    findings = []
    for entry in context.extras.get("glossary", ()):
        if not _contains(master, entry.term):
            continue
        if entry.never_translate:
            if not _contains(text, entry.term):
                findings.append(
                    Finding(
                        "market_glossary",
                        Severity.WARN,
                        "market_never_translate_changed",
                        f"“{entry.term}” is never translated, but it is missing here",
                        f"Keep “{entry.term}” exactly as it is written in the master.",
                        params={"term": entry.term},
                    )
                )
            continue
        rendering = entry.renderings.get(context.language)
        if rendering and not _contains(text, rendering):
            findings.append(
                Finding(
                    "market_glossary",
                    Severity.WARN,
                    "market_rendering_not_used",
                    f"“{entry.term}” is rendered “{rendering}” in {context.language}, which is not used here",
                    f"Use the agreed rendering “{rendering}”.",
                    params={"term": entry.term, "rendering": rendering, "language": context.language},
                )
            )
    return findings


@rule("market_hashtags", "market")
def market_hashtags(text: str, context: CheckContext) -> list[Finding]:
    """Hashtags identical to the master's when the languages differ: probably left untranslated."""
    if _profile(context) is None:
        return []
    master_language = context.extras.get("master_language", "")
    if not master_language or master_language == context.language:
        return []
    master_tags = {t.casefold() for t in context.extras.get("master_hashtags", ())}
    master_tags |= {t.casefold() for t in hashtags_in(context.extras.get("master_text", ""))}
    keep = {e.term.casefold().replace(" ", "") for e in context.extras.get("glossary", ()) if e.never_translate}
    company = context.extras.get("company", "")
    if company:
        keep.add(company.casefold().replace(" ", ""))
    label = context.extras.get("disclosure", "")
    keep |= {t.casefold() for t in hashtags_in(label)}
    findings = []
    seen = set()
    for tag in [*context.hashtags, *hashtags_in(text)]:
        folded = tag.casefold()
        if folded in seen or folded not in master_tags or folded in keep:
            continue
        seen.add(folded)
        position = text.find(f"#{tag}")
        findings.append(
            Finding(
                "market_hashtags",
                Severity.WARN,
                "market_hashtag_untranslated",
                f"#{tag} is the master's hashtag, in {master_language}",
                "Use the hashtag people follow in this market, or keep it only if it is a brand name.",
                position,
                position + len(tag) + 1 if position >= 0 else -1,
                {"tag": tag, "master_language": master_language},
            )
        )
    return findings


@rule("market_holiday", "market")
def market_holiday(text: str, context: CheckContext) -> list[Finding]:
    profile = _profile(context)
    planned = context.extras.get("planned_date", "")
    if profile is None or not planned:
        return []
    from ghostdesk.markets import calendar  # the holidays library, loaded on first use

    day = date.fromisoformat(planned[:10])
    name = calendar.is_holiday(profile, day)
    if not name:
        return []
    return [
        Finding(
            "market_holiday",
            Severity.WARN,
            "market_public_holiday",
            f"{day.isoformat()} is a public holiday in {profile.name}: {name}",
            "Few people read work posts on a public holiday; pick the next working day.",
            params={"date": day.isoformat(), "holiday": name, "market": profile.code},
        )
    ]


@rule("market_adaptation", "market")
def market_adaptation(text: str, context: CheckContext) -> list[Finding]:
    """The master's text still stands in a variant for another language: not adapted yet."""
    if _profile(context) is None or not context.extras.get("is_variant"):
        return []
    master = context.extras.get("master_text", "")
    if not master.strip() or " ".join(master.split()) != " ".join(text.split()):
        return []
    return [
        Finding(
            "market_adaptation",
            Severity.BLOCK if context.extras.get("master_language") != context.language else Severity.WARN,
            "market_not_adapted",
            "This is still the master's text, copied as a starting point",
            "Adapt it for the market: its language, register, examples, dates and hashtags.",
        )
    ]
