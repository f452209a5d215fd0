"""Domain: campaign results, fair-play points, badges, contests and who may appear on a board (stdlib only).

Points formula (documented in docs/results.md):

    activity  = per_share × shares                     (every share earns the same, whatever the network)
    outcome   = per_impression × impressions + per_reaction × reactions + per_comment × comments
              + per_repost × reposts + per_click × clicks + per_conversion × conversions
    points    = activity + outcome × reference / max(network_size, floor)      when normalised
              = activity + outcome                                              otherwise

So outcome is counted per `reference` followers (1,000 by default): 40 clicks from a 400-person network
weigh as much as 400 clicks from a 4,000-person one. The floor (500 by default) stops a near-empty network
from multiplying a single click into a fortune.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from ghostdesk.domain.errors import GhostDeskError

METRICS = ("impressions", "reactions", "comments", "reposts", "clicks", "conversions")
BADGE_METRICS = ("shares", *METRICS, "points")
FORMATS = ("utm", "linkedin", "manual")


class FiguresKind(StrEnum):
    SHARE = "share"  # an ambassador's share of a planned post
    EXECUTIVE = "executive"  # the executive's own post (an executive slot)


# --- errors --------------------------------------------------------------------------------------------


class ResultsError(GhostDeskError):
    code = "results"


class ResultsFileUnreadable(ResultsError):
    code = "results_file_unreadable"


class ResultsMappingNeeded(ResultsError):
    """Some required fields have no column: the user maps them once (then the mapping is remembered)."""

    code = "results_mapping_needed"


class ResultsRejected(ResultsError):
    """Some rows are invalid: nothing was written. `errors` lists them with their line numbers."""

    code = "results_rejected"


class ResultsInvalid(ResultsError):
    """A manual entry, rule, badge or contest with a bad value (`field`, `value`)."""

    code = "results_invalid"


class RankingDisabled(ResultsError):
    """Works-council mode: no per-person ranking (boards, winners) is produced."""

    code = "results_ranking_disabled"


class UnknownCampaign(ResultsError):
    code = "results_unknown_campaign"


# --- figures -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Metrics:
    impressions: int = 0
    reactions: int = 0
    comments: int = 0
    reposts: int = 0
    clicks: int = 0
    conversions: int = 0

    def __add__(self, other: Metrics) -> Metrics:
        return Metrics(*(getattr(self, m) + getattr(other, m) for m in METRICS))

    @property
    def engagement(self) -> int:
        return self.reactions + self.comments + self.reposts + self.clicks

    def as_dict(self) -> dict[str, int]:
        return {m: getattr(self, m) for m in METRICS}


def total(metrics: Iterable[Metrics]) -> Metrics:
    result = Metrics()
    for m in metrics:
        result = result + m
    return result


@dataclass(frozen=True, slots=True)
class Figures:
    """What one share or one executive post did, as read on `read_on`."""

    id: str
    campaign_id: str
    kind: FiguresKind
    metrics: Metrics
    ambassador_id: str = ""  # shares
    share_id: str = ""  # the planned share, when the calendar knows it
    slot_id: str = ""  # the executive slot (executive posts)
    executive_id: str = ""
    network: str = ""
    market: str = ""
    wave: str = ""
    content_key: str = ""  # which post/content this was (post id or link)
    content_title: str = ""
    posted_on: str = ""  # ISO date
    read_on: str = ""  # ISO date the figures were read
    source: str = "manual"
    row_key: str = ""
    import_id: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class RowError:
    line: int
    reason: str  # stable code: bad_number, bad_date, missing_campaign, unknown_campaign, unknown_ambassador …
    field: str = ""
    value: str = ""
    message: str = ""


@dataclass(frozen=True, slots=True)
class ImportReport:
    file_name: str
    format: str
    rows: int = 0
    added: int = 0  # new figures rows
    replaced: int = 0  # figures rows already there (a newer reading replaces the older one)
    ignored: int = 0  # rows that are not ours (another utm_medium, a total line …)
    already_imported: bool = False  # the very same file was imported before: nothing counted twice
    errors: tuple[RowError, ...] = ()
    mapping: dict[str, str] = field(default_factory=dict)  # field → column header used
    written: bool = False


# --- points ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PointsRules:
    per_share: float = 10.0
    per_impression: float = 0.0
    per_reaction: float = 1.0
    per_comment: float = 2.0
    per_repost: float = 3.0
    per_click: float = 2.0
    per_conversion: float = 20.0
    normalise: bool = True
    reference: int = 1000  # outcome counted per this many followers
    floor: int = 500  # networks smaller than this count as this size

    def as_dict(self) -> dict[str, float | int | bool]:
        return {name: getattr(self, name) for name in RULE_NAMES}


RULE_NAMES = (
    "per_share",
    "per_impression",
    "per_reaction",
    "per_comment",
    "per_repost",
    "per_click",
    "per_conversion",
    "normalise",
    "reference",
    "floor",
)


def clean_rules(values: Mapping[str, object], base: PointsRules | None = None) -> PointsRules:
    """Rules from user values (strings or numbers); unknown names and negative points are refused."""
    current = (base or PointsRules()).as_dict()
    for name, raw in values.items():
        if name not in RULE_NAMES:
            raise ResultsInvalid(f"Unknown points rule {name!r}", field=name, value=str(raw))
        if name == "normalise":
            current[name] = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("1", "true", "yes", "on")
            continue
        try:
            number = float(str(raw).replace(",", "."))
        except ValueError as exc:
            raise ResultsInvalid(f"{name} must be a number", field=name, value=str(raw)) from exc
        if number < 0 or number != number or number > 1_000_000:
            raise ResultsInvalid(f"{name} must be between 0 and 1,000,000", field=name, value=str(raw))
        if name in ("reference", "floor"):
            if number < 1:
                raise ResultsInvalid(f"{name} must be at least 1", field=name, value=str(raw))
            current[name] = int(number)
        else:
            current[name] = number
    return PointsRules(**current)  # type: ignore[arg-type]


def points(rules: PointsRules, shares: int, metrics: Metrics, network_size: int) -> float:
    """Points for one person's shares and what they did (see the module docstring for the formula)."""
    activity = rules.per_share * shares
    outcome = (
        rules.per_impression * metrics.impressions
        + rules.per_reaction * metrics.reactions
        + rules.per_comment * metrics.comments
        + rules.per_repost * metrics.reposts
        + rules.per_click * metrics.clicks
        + rules.per_conversion * metrics.conversions
    )
    if rules.normalise:
        outcome = outcome * rules.reference / max(network_size, rules.floor, 1)
    return round(activity + outcome, 2)


# --- badges and contests --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Badge:
    id: str
    name: str
    metric: str  # one of BADGE_METRICS
    threshold: float
    created_at: str = ""
    updated_at: str = ""


DEFAULT_BADGES = (
    ("First share", "shares", 1),
    ("Regular", "shares", 5),
    ("Conversation starter", "comments", 10),
    ("Traffic maker", "clicks", 50),
    ("Deal maker", "conversions", 1),
)


def clean_badge(name: str, metric: str, threshold: object) -> tuple[str, str, float]:
    name = " ".join((name or "").split())
    if not name or len(name) > 80:
        raise ResultsInvalid("A badge needs a name (up to 80 characters)", field="name", value=name)
    if metric not in BADGE_METRICS:
        raise ResultsInvalid(f"Unknown badge metric {metric!r}", field="metric", value=metric)
    try:
        value = float(str(threshold).replace(",", "."))
    except ValueError as exc:
        raise ResultsInvalid("The threshold must be a number", field="threshold", value=str(threshold)) from exc
    if value <= 0:
        raise ResultsInvalid("The threshold must be above zero", field="threshold", value=str(threshold))
    return name, metric, value


def earned(badges: Iterable[Badge], shares: int, metrics: Metrics, points_value: float) -> tuple[str, ...]:
    values = {"shares": shares, "points": points_value, **metrics.as_dict()}
    return tuple(b.name for b in badges if values.get(b.metric, 0) >= b.threshold)


@dataclass(frozen=True, slots=True)
class Contest:
    id: str
    name: str
    starts_on: str
    ends_on: str
    campaign_id: str = ""  # empty: every campaign in the period
    rules: str = ""
    prize: str = ""
    metric: str = "points"
    winners_count: int = 1
    winners: tuple[str, ...] = ()  # ambassador ids, once decided
    decided_at: str = ""
    created_at: str = ""
    updated_at: str = ""


# --- privacy and boards ---------------------------------------------------------------------------------


class Shown(StrEnum):
    NAMED = "named"
    ANONYMOUS = "anonymous"


@dataclass(frozen=True, slots=True)
class BoardEntry:
    """One row of a board, already privacy-filtered: `name` is empty unless the person chose "named",
    and no ambassador id is carried for anonymous rows."""

    rank: int
    shown: Shown
    name: str  # the person's name (named) — empty for anonymous rows
    alias: int  # "Ambassador #alias" for anonymous rows (stable per campaign); 0 for named rows
    points: float
    shares: int
    metrics: Metrics
    badges: tuple[str, ...] = ()
    ambassador_id: str = ""  # named rows only (so the UI can open the person)


@dataclass(frozen=True, slots=True)
class Board:
    campaign_id: str
    ranking_enabled: bool  # False in works-council mode: entries is empty, aggregates only
    entries: tuple[BoardEntry, ...]
    participants: int  # people with at least one share, hidden ones included
    hidden: int  # people who chose not to appear
    totals: Metrics
    shares: int


@dataclass(frozen=True, slots=True)
class ExecutiveEntry:
    rank: int
    executive_id: str
    name: str
    posts: int
    metrics: Metrics
    amplification: float  # ambassadors' reach ÷ this executive's own impressions (0 when unknown)


def rank(scored: list[tuple[float, str]]) -> dict[str, int]:
    """Competition ranking (1, 2, 2, 4) by points, highest first; ties share a rank."""
    ordered = sorted(scored, key=lambda item: (-item[0], item[1]))
    ranks: dict[str, int] = {}
    previous, current = None, 0
    for position, (value, key) in enumerate(ordered, start=1):
        if value != previous:
            current, previous = position, value
        ranks[key] = current
    return ranks


def amplification(ambassador_reach: int, executive_reach: int) -> float:
    """Ambassadors' reach ÷ the executive's own reach (0 when the executive's reach is unknown)."""
    return round(ambassador_reach / executive_reach, 2) if executive_reach > 0 else 0.0
