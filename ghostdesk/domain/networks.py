"""Domain: how each social network counts a post's length, and where its feed folds the text ("see more").

Pure functions, shared by the editor, variants and share kits. Counting follows each network's published rule:
X weighs characters (CJK and emoji count 2, every URL counts 23, after NFC normalisation); Weibo counts a
half-width (ASCII) character as half a character; the others count Unicode code points.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Network:
    id: str
    name: str
    limit: int | None  # None: no practical limit known
    fold_desktop: int | None = None  # characters shown before "see more"
    fold_mobile: int | None = None
    verified: bool = True  # False: limit taken from a similar network, not from the network's own rules


NETWORKS: dict[str, Network] = {
    n.id: n
    for n in (
        Network("linkedin", "LinkedIn", 3000, 210, 140),
        Network("x", "X", 280),
        Network("weibo", "Weibo", 2000, 140, 140),
        Network("xing", "XING", 3000, 210, 140, verified=False),
        Network("facebook", "Facebook", 63206, 480, 125),
        Network("line", "LINE", 10000, verified=False),
        Network("wechat_moments", "WeChat Moments", None, 140, 140, verified=False),
        Network("wecom_moments", "WeCom Moments", None, 140, 140, verified=False),
        Network("maimai", "Maimai", 1000, verified=False),
    )
}

X_URL_WEIGHT = 23

# A URL as X recognises one: a scheme, or a bare domain with a common top-level domain.
# (Compiled on first use, as the emoji pattern below: only X's count and the link checks need them, and compiling
# them cost every import of this module — the Posts page's opening among them — over a millisecond.)
_URL = (
    r"(?:https?://[^\s<>\"']+|(?<![\w@.])(?:[a-z0-9-]+\.)+(?:com|org|net|io|fr|de|jp|cn|co|uk|eu|info|ai|app|dev)"
    r"(?:/[^\s<>\"']*)?)"
)


@cache
def _url_re() -> re.Pattern[str]:
    return re.compile(_URL, re.IGNORECASE)


_TRAILING = ".,;:!?)]}'\"»。、！？"

# Emoji: pictographs and symbols, with their modifiers, variation selectors and zero-width joins.
_EMOJI_CORE = (
    "\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f1e6-\U0001f1ff\U00002b00-\U00002bff\U00002300-\U000023ff"
)
_EMOJI = (
    f"(?:[{_EMOJI_CORE}][\ufe0f\U0001f3fb-\U0001f3ff]*(?:\u200d[{_EMOJI_CORE}][\ufe0f\U0001f3fb-\U0001f3ff]*)*"
    f"|[0-9#*]\ufe0f?\u20e3)"
)


@cache
def _emoji_re() -> re.Pattern[str]:
    return re.compile(_EMOJI)


def find_urls(text: str) -> list[tuple[int, int]]:
    """Spans of the URLs in `text`, trailing punctuation excluded."""
    spans = []
    for match in _url_re().finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        spans.append((start, end))
    return spans


def _x_char_weight(ch: str) -> int:
    cp = ord(ch)
    # twitter-text v3: these ranges weigh 1, everything else (CJK included) weighs 2.
    if cp <= 0x10FF or 0x2000 <= cp <= 0x200D or 0x2010 <= cp <= 0x201F or 0x2032 <= cp <= 0x2037:
        return 1
    return 2


def x_weighted_length(text: str) -> int:
    text = unicodedata.normalize("NFC", text)
    total = 0
    position = 0
    for start, end in find_urls(text):
        total += _x_plain_length(text[position:start]) + X_URL_WEIGHT
        position = end
    return total + _x_plain_length(text[position:])


def _x_plain_length(text: str) -> int:
    total = 0
    position = 0
    for match in _emoji_re().finditer(text):
        total += sum(_x_char_weight(c) for c in text[position : match.start()]) + 2
        position = match.end()
    return total + sum(_x_char_weight(c) for c in text[position:])


def weibo_length(text: str) -> int:
    """Weibo: a full-width character counts 1, a half-width one counts ½ (rounded up)."""
    halves = sum(1 if ord(c) < 0x80 else 2 for c in text)
    return math.ceil(halves / 2)


def count(text: str, network: str) -> int:
    if network == "x":
        return x_weighted_length(text)
    if network == "weibo":
        return weibo_length(text)
    return len(text)


@dataclass(frozen=True, slots=True)
class Count:
    network: str
    used: int
    limit: int | None

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else self.limit - self.used

    @property
    def over(self) -> bool:
        return self.limit is not None and self.used > self.limit


def counts(text: str, networks: tuple[str, ...] | list[str]) -> list[Count]:
    result = []
    for network_id in networks:
        network = NETWORKS.get(network_id)
        result.append(Count(network_id, count(text, network_id), network.limit if network else None))
    return result


def fold_index(text: str, network: str, device: str = "desktop") -> int | None:
    """Index in `text` after which the feed shows "see more", or None when the whole text shows.

    Feeds also fold at the third line break; the fold is the earlier of the two.
    """
    info = NETWORKS.get(network)
    limit = None if info is None else (info.fold_mobile if device == "mobile" else info.fold_desktop)
    if limit is None:
        return None
    cut = len(text) if len(text) > limit else None
    if cut is not None:
        cut = limit
    newlines = [i for i, c in enumerate(text) if c == "\n"]
    if len(newlines) >= 3 and (cut is None or newlines[2] < cut):
        cut = newlines[2]
    if cut is None or cut >= len(text.rstrip()):
        return None
    # Do not cut a word in two: back up to the previous space when one is close.
    space = text.rfind(" ", max(0, cut - 15), cut + 1)
    return space if space > 0 and text[cut : cut + 1] not in (" ", "\n") else cut
