"""Markets: what a market allows and expects — networks, register and disclosure — as pure functions."""

from __future__ import annotations

import re
import unicodedata

from ghostdesk.markets.profiles import MarketProfile, NetworkRule, resolve


def network_available(market: MarketProfile | str, network: str) -> bool:
    return network.strip().lower() in resolve(market).networks


def network_rule(market: MarketProfile | str, network: str) -> NetworkRule | None:
    """The network's limits in that market, or None when the network is not available there."""
    wanted = network.strip().lower()
    return next((r for r in resolve(market).network_rules if r.id == wanted), None)


def unavailable_reason(market: MarketProfile | str, network: str) -> str | None:
    """Why a network is not available (e.g. LinkedIn in China); "" when unlisted without a known reason;
    None when it is available."""
    profile = resolve(market)
    wanted = network.strip().lower()
    if wanted in profile.networks:
        return None
    return dict(profile.unavailable_networks).get(wanted, "")


def _is_cjk(ch: str) -> bool:
    return unicodedata.category(ch) == "Lo" or 0x3000 <= ord(ch) <= 0x30FF


def _marker_pattern(marker: str) -> re.Pattern:
    if any(_is_cjk(ch) for ch in marker):
        return re.compile(re.escape(marker))  # no spaces between words: match anywhere
    head = r"(?<!\w)"
    tail = r"(?!\w)" if marker[-1].isalnum() else ""  # "t'" is followed by the next word
    return re.compile(head + re.escape(marker).replace("'", "['’]") + tail, re.IGNORECASE)


def register_slips(market: MarketProfile | str, text: str) -> list[tuple[str, int]]:
    """Words in `text` that betray the wrong register for the market (tu for vous, du for Sie, plain form for
    desu-masu …), as (the words as written, offset), in text order."""
    found: list[tuple[str, int]] = []
    for marker in resolve(market).register.wrong_markers:
        found.extend((m.group(0), m.start()) for m in _marker_pattern(marker).finditer(text))
    return sorted(set(found), key=lambda f: f[1])


def disclosure_texts(market: MarketProfile | str, company: str = "") -> list[str]:
    """Every wording that discloses the link in that market: the default label first. `{company}` is filled
    in; wordings that need a company are left out when none is given."""
    disclosure = resolve(market).disclosure
    texts = []
    for wording in (disclosure.label, *disclosure.accepted):
        if not wording or ("{company}" in wording and not company):
            continue
        texts.append(wording.replace("{company}", company))
    return texts


def has_disclosure(market: MarketProfile | str, text: str, company: str = "") -> bool:
    """Whether `text` carries one of the market's disclosure wordings (case-insensitive)."""
    folded = text.casefold()
    return any(w.casefold() in folded for w in disclosure_texts(market, company))
