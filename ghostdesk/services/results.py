"""Services: results — manual entry, points rules, badges, contests, boards (privacy applied) and summaries.

Privacy is applied here, once, for every output (page, report, CLI): a person appears by name only if they
chose "named"; "anonymous" people appear as a stable per-campaign number and never with their id; "hidden"
people are counted in the totals but never listed. In works-council mode no per-person ranking is produced.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ghostdesk.domain import results as rules_mod
from ghostdesk.domain.ambassador import Ambassador, ConsentStatus, Visibility
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import WorkspaceReadOnly
from ghostdesk.domain.results import (
    DEFAULT_BADGES,
    METRICS,
    Badge,
    Board,
    BoardEntry,
    Contest,
    ExecutiveEntry,
    Figures,
    FiguresKind,
    Metrics,
    PointsRules,
    RankingDisabled,
    ResultsInvalid,
    Shown,
)
from ghostdesk.services import ambassadors
from ghostdesk.services.results_lookup import CampaignLookup, lookup_for
from ghostdesk.storage import audit_repo, executives_repo
from ghostdesk.storage import results_repo as repo
from ghostdesk.storage.connection import Database

NO_RANKING = "no_person_ranking"


# --- settings ---------------------------------------------------------------------------------------------


def ranking_enabled(db: Database) -> bool:
    return repo.setting(db, NO_RANKING, "0") != "1"


def set_works_council_mode(db: Database, on: bool, *, actor: str) -> None:
    """Works-council mode turns off per-person ranking everywhere (boards, reports, contest winners)."""
    with db.atomic():
        repo.put_setting(db, NO_RANKING, "1" if on else "0")
        audit_repo.record(
            db,
            actor=actor,
            action="results.works_council_mode",
            entity_type="results",
            entity_id="workspace",
            details={"on": on},
        )


# --- figures ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ManualFigures:
    campaign_id: str
    kind: FiguresKind = FiguresKind.SHARE
    ambassador_id: str = ""
    executive_id: str = ""
    share_id: str = ""
    slot_id: str = ""
    network: str = "linkedin"
    posted_on: str = ""
    read_on: str = ""
    content_key: str = ""
    content_title: str = ""
    wave: str = ""
    metrics: Mapping[str, object] = field(default_factory=dict)


def clean_count(value: object, name: str) -> int:
    text = str(value if value is not None else "").strip().replace("\u00a0", "").replace("\u202f", "")
    if text in ("", "-", "—"):
        return 0
    text = text.replace(" ", "").replace("'", "")
    # 1,234 / 1.234 thousands; a percentage or a fraction is not a count.
    if "%" in text:
        raise ResultsInvalid(f"{name} must be a whole number", field=name, value=str(value))
    digits = text.replace(",", "").replace(".", "") if _thousands(text) else text
    try:
        number = float(digits)
    except ValueError as exc:
        raise ResultsInvalid(f"{name} must be a whole number", field=name, value=str(value)) from exc
    if number < 0 or not number.is_integer() or number > 10**12:
        raise ResultsInvalid(f"{name} must be a whole number, zero or more", field=name, value=str(value))
    return int(number)


def _thousands(text: str) -> bool:
    import re

    return bool(re.fullmatch(r"\d{1,3}([.,]\d{3})+", text))


def clean_date(value: object, name: str) -> str:
    """ISO date from the shapes exports use: 2026-03-12, 2026-03-12T…, 20260312 (GA4), 03/12/2026 (US), 12.03.2026."""
    import re
    from datetime import date, datetime

    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value or "").strip()
    patterns = (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", (1, 2, 3)),
        (r"(\d{4})(\d{2})(\d{2})", (1, 2, 3)),
        (r"(\d{4})/(\d{1,2})/(\d{1,2})", (1, 2, 3)),
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", (3, 1, 2)),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", (3, 2, 1)),
    )
    for pattern, (y, m, d) in patterns:
        match = re.fullmatch(pattern, text)
        if match:
            try:
                return date(int(match.group(y)), int(match.group(m)), int(match.group(d))).isoformat()
            except ValueError:
                break
    raise ResultsInvalid(f"{name} is not a date", field=name, value=text)


def manual_row_key(entry: ManualFigures) -> str:
    subject = entry.ambassador_id if entry.kind is FiguresKind.SHARE else (entry.slot_id or entry.executive_id)
    return "|".join(
        ("manual", entry.campaign_id, str(entry.kind), subject, entry.share_id, entry.network, entry.posted_on)
    )


def record(db: Database, entry: ManualFigures, *, actor: str, lookup: CampaignLookup | None = None) -> Figures:
    """The manual entry grid: one share's or one executive post's figures. Entering the same share and day
    again replaces the earlier reading (figures are cumulative), it does not add to it."""
    lookup = lookup or lookup_for(db)
    if not entry.campaign_id.strip():
        raise ResultsInvalid("Choose a campaign", field="campaign_id", value="")
    if entry.kind is FiguresKind.SHARE and not entry.ambassador_id:
        raise ResultsInvalid("Choose an ambassador", field="ambassador_id", value="")
    if entry.kind is FiguresKind.EXECUTIVE and not (entry.executive_id or entry.slot_id):
        raise ResultsInvalid("Choose the executive's post", field="slot_id", value="")
    unknown = set(entry.metrics) - set(METRICS)
    if unknown:
        name = sorted(unknown)[0]
        raise ResultsInvalid(f"Unknown figure {name!r}", field=name, value=str(entry.metrics[name]))
    metrics = Metrics(**{m: clean_count(entry.metrics.get(m, 0), m) for m in METRICS})
    posted_on = clean_date(entry.posted_on, "posted_on") if entry.posted_on else ""
    read_on = clean_date(entry.read_on, "read_on") if entry.read_on else utc_now_iso()[:10]
    market, wave, share_id = "", entry.wave, entry.share_id
    content_key, content_title = entry.content_key, entry.content_title
    if entry.kind is FiguresKind.SHARE:
        person = ambassadors.get(db, entry.ambassador_id)
        market = person.market
        share = (
            lookup.share_for(entry.campaign_id, entry.ambassador_id, entry.network, posted_on) if posted_on else None
        )
        if share and not share_id:
            share_id, wave = share.id, wave or share.wave
            content_key, content_title = content_key or share.content_key, content_title or share.content_title
    entry = dataclasses.replace(entry, share_id=share_id, posted_on=posted_on)
    figures = Figures(
        id=new_id(),
        campaign_id=entry.campaign_id.strip(),
        kind=entry.kind,
        metrics=metrics,
        ambassador_id=entry.ambassador_id,
        share_id=share_id,
        slot_id=entry.slot_id,
        executive_id=entry.executive_id,
        network=entry.network,
        market=market,
        wave=wave,
        content_key=content_key,
        content_title=content_title,
        posted_on=posted_on,
        read_on=read_on,
        source="manual",
        row_key=manual_row_key(entry),
    )
    with db.atomic():
        repo.save_figures(db, figures)
        audit_repo.record(
            db,
            actor=actor,
            action="results.record",
            entity_type="results",
            entity_id=figures.campaign_id,
            details={"row_key": figures.row_key},
        )
    return next(f for f in repo.figures(db, figures.campaign_id) if f.row_key == figures.row_key)


def figures(db: Database, campaign_id: str | None = None, kind: FiguresKind | None = None) -> list[Figures]:
    return repo.figures(db, campaign_id, kind)


def figure_count(db: Database, campaign_id: str) -> int:
    """How many figures rows the campaign has (one indexed count)."""
    return repo.figure_count(db, campaign_id)


def campaign_ids(db: Database) -> list[str]:
    return repo.campaign_ids(db)


# --- rules and badges ---------------------------------------------------------------------------------------


def points_rules(db: Database) -> PointsRules:
    return repo.points_rules(db)


def set_points_rules(db: Database, values: Mapping[str, object], *, actor: str) -> PointsRules:
    cleaned = rules_mod.clean_rules(values, repo.points_rules(db))
    with db.atomic():
        repo.save_points_rules(db, cleaned)
        audit_repo.record(
            db,
            actor=actor,
            action="results.points_rules",
            entity_type="results",
            entity_id="workspace",
            details=cleaned.as_dict(),
        )
    return cleaned


def badges(db: Database) -> list[Badge]:
    """The workspace's badges; the default set until someone edits them."""
    found = repo.badges(db)
    if found or repo.setting(db, "badges_edited", "0") == "1":
        return found
    return [
        Badge(f"default-{i}", name, metric, threshold) for i, (name, metric, threshold) in enumerate(DEFAULT_BADGES)
    ]


def save_badge(db: Database, name: str, metric: str, threshold: object, *, actor: str, badge_id: str = "") -> Badge:
    name, metric, value = rules_mod.clean_badge(name, metric, threshold)
    now = utc_now_iso()
    with db.atomic():
        if repo.setting(db, "badges_edited", "0") != "1":
            for default in badges(db):  # editing starts from the defaults the user saw
                repo.save_badge(db, dataclasses.replace(default, id=new_id(), created_at=now, updated_at=now))
            repo.put_setting(db, "badges_edited", "1")
        badge = Badge(badge_id or new_id(), name, metric, value, now, now)
        repo.save_badge(db, badge)
        audit_repo.record(
            db, actor=actor, action="results.badge", entity_type="results", entity_id=badge.id, details={"name": name}
        )
    return badge


def delete_badge(db: Database, badge_id: str, *, actor: str) -> None:
    with db.atomic():
        if repo.setting(db, "badges_edited", "0") != "1":
            for default in badges(db):
                if default.id != badge_id:
                    repo.save_badge(db, dataclasses.replace(default, id=new_id()))
            repo.put_setting(db, "badges_edited", "1")
        repo.delete_badge(db, badge_id)
        audit_repo.record(
            db, actor=actor, action="results.badge_deleted", entity_type="results", entity_id=badge_id, details={}
        )


# --- boards -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonScore:
    """Internal: one person's figures before privacy is applied (never leaves this module)."""

    ambassador_id: str
    shares: int
    metrics: Metrics
    points: float
    network_size: int


def _scores(
    db: Database, rows: Sequence[Figures], rules: PointsRules, people: dict[str, Ambassador] | None = None
) -> list[PersonScore]:
    """Each sharer's score. `people` (filled when given) keeps the sharers read here for the caller."""
    per_person: dict[str, list[Figures]] = defaultdict(list)
    for f in rows:
        if f.kind is FiguresKind.SHARE and f.ambassador_id:
            per_person[f.ambassador_id].append(f)
    found = ambassadors.get_many(db, list(per_person))
    if people is not None:
        people.update(found)
    people = found
    scores = []
    for ambassador_id, items in per_person.items():
        # One share per (share, network, day): UTM rows and LinkedIn rows for the same share are one share.
        shares = len({(f.share_id or f.content_key or f.posted_on, f.network, f.posted_on) for f in items})
        metrics = rules_mod.total(f.metrics for f in items)
        person = people.get(ambassador_id)
        size = person.network_size if person else 0
        scores.append(PersonScore(ambassador_id, shares, metrics, rules_mod.points(rules, shares, metrics, size), size))
    return scores


def board(
    db: Database,
    campaign_id: str | None = None,
    *,
    start: str = "",
    end: str = "",
    figures: Sequence[Figures] | None = None,
) -> Board:
    """The ambassadors' board for a campaign (or every campaign in a period), privacy applied. `figures`: the
    campaign's figures when the caller has read them already (any kinds; the shares are taken)."""
    read = repo.figures(db, campaign_id, FiguresKind.SHARE) if figures is None else figures
    rows = [
        f
        for f in read
        if f.kind is FiguresKind.SHARE and (not start or f.posted_on >= start) and (not end or f.posted_on <= end)
    ]
    rules = repo.points_rules(db)
    people: dict[str, Ambassador] = {}
    scores = _scores(db, rows, rules, people)  # the sharers, read once for their scores and their visibility
    totals = rules_mod.total(s.metrics for s in scores)
    shares = sum(s.shares for s in scores)

    def visibility(ambassador_id: str) -> Visibility:
        person = people.get(ambassador_id)
        if person is None or person.consent is ConsentStatus.ERASED or person.erased_at:
            return Visibility.ANONYMOUS  # erased people still count, anonymised
        return person.visibility

    listed = [s for s in scores if visibility(s.ambassador_id) is not Visibility.HIDDEN]
    hidden = len(scores) - len(listed)
    if not ranking_enabled(db):
        return Board(campaign_id or "", False, (), len(scores), hidden, totals, shares)
    badge_list = badges(db)
    ranks = rules_mod.rank([(s.points, s.ambassador_id) for s in listed])
    ordered = sorted(listed, key=lambda s: (ranks[s.ambassador_id], s.ambassador_id))
    anonymous = [s.ambassador_id for s in ordered if visibility(s.ambassador_id) is Visibility.ANONYMOUS]
    try:
        with db.atomic():
            numbers = repo.aliases(db, campaign_id or "*", sorted(anonymous))
    except WorkspaceReadOnly:
        # A read-only session (open in another GhostDesk, or on a read-only medium) still shows the board: the
        # newcomers' numbers are the ones they would get, not kept. It used to crash the Results page.
        numbers = repo.aliases(db, campaign_id or "*", sorted(anonymous), store=False)
    entries = []
    for s in ordered:
        named = visibility(s.ambassador_id) is Visibility.NAMED
        entries.append(
            BoardEntry(
                rank=ranks[s.ambassador_id],
                shown=Shown.NAMED if named else Shown.ANONYMOUS,
                name=people[s.ambassador_id].name if named else "",
                alias=0 if named else numbers[s.ambassador_id],
                points=s.points,
                shares=s.shares,
                metrics=s.metrics,
                badges=rules_mod.earned(badge_list, s.shares, s.metrics, s.points),
                ambassador_id=s.ambassador_id if named else "",
            )
        )
    return Board(campaign_id or "", True, tuple(entries), len(scores), hidden, totals, shares)


def executive_board(
    db: Database,
    campaign_id: str | None = None,
    lookup: CampaignLookup | None = None,
    *,
    figures: Sequence[Figures] | None = None,
) -> list[ExecutiveEntry]:
    """Executives are ranked among themselves, never against employees (their reach is not comparable).
    `figures`: the campaign's figures (every kind) when the caller has read them already."""
    lookup = lookup or lookup_for(db)
    if figures is None:
        own = repo.figures(db, campaign_id, FiguresKind.EXECUTIVE)
        shares = repo.figures(db, campaign_id, FiguresKind.SHARE)
    else:
        own = [f for f in figures if f.kind is FiguresKind.EXECUTIVE]
        shares = [f for f in figures if f.kind is FiguresKind.SHARE]
    names = {p.executive_id: p.executive_name for p in lookup.executive_posts(campaign_id)}
    names.update({e.id: e.name for e in executives_repo.list_all(db)})
    by_exec: dict[str, list[Figures]] = defaultdict(list)
    for f in own:
        by_exec[f.executive_id].append(f)
    campaigns_of: dict[str, set[str]] = defaultdict(set)
    for f in own:
        campaigns_of[f.executive_id].add(f.campaign_id)
    sizes = network_sizes(db, shares)
    entries = []
    for executive_id, items in by_exec.items():
        metrics = rules_mod.total(f.metrics for f in items)
        reach = sum(reach_of(f, sizes) for f in shares if f.campaign_id in campaigns_of[executive_id])
        entries.append((executive_id, len(items), metrics, rules_mod.amplification(reach, metrics.impressions)))
    ordered = sorted(entries, key=lambda e: (-e[2].engagement, -e[2].impressions, e[0]))
    return [
        ExecutiveEntry(position, e[0], names.get(e[0], "") or e[0], e[1], e[2], e[3])
        for position, e in enumerate(ordered, start=1)
    ]


def network_sizes(db: Database, rows: Sequence[Figures]) -> dict[str, int]:
    ids = sorted({f.ambassador_id for f in rows if f.ambassador_id})
    return ambassadors.network_sizes(db, ids)


def reach_of(f: Figures, sizes: Mapping[str, int]) -> int:
    """A share's reach: its impressions when known, else the sharer's network size (the most it can reach)."""
    if f.metrics.impressions or f.kind is FiguresKind.EXECUTIVE:
        return f.metrics.impressions
    return sizes.get(f.ambassador_id, 0)


# --- contests --------------------------------------------------------------------------------------------------


def save_contest(
    db: Database,
    *,
    name: str,
    starts_on: str,
    ends_on: str,
    actor: str,
    campaign_id: str = "",
    rules: str = "",
    prize: str = "",
    winners_count: int = 1,
    contest_id: str = "",
) -> Contest:
    name = " ".join((name or "").split())
    if not name:
        raise ResultsInvalid("A contest needs a name", field="name", value="")
    start, end = clean_date(starts_on, "starts_on"), clean_date(ends_on, "ends_on")
    if end < start:
        raise ResultsInvalid("The contest ends before it starts", field="ends_on", value=end)
    if not 1 <= int(winners_count) <= 100:
        raise ResultsInvalid("Between 1 and 100 winners", field="winners_count", value=str(winners_count))
    now = utc_now_iso()
    contest = Contest(
        contest_id or new_id(), name, start, end, campaign_id, rules.strip(), prize.strip(), "points",
        int(winners_count), created_at=now, updated_at=now,
    )  # fmt: skip
    with db.atomic():
        repo.save_contest(db, contest)
        audit_repo.record(
            db,
            actor=actor,
            action="results.contest",
            entity_type="results",
            entity_id=contest.id,
            details={"name": name},
        )
    return contest


def contests(db: Database) -> list[Contest]:
    return repo.contests(db)


def decide_contest(db: Database, contest_id: str, *, actor: str) -> Contest:
    """Winners are the top of the board for the contest's period, among people who agreed to be on a board
    (named or anonymous). Refused in works-council mode: no per-person ranking there."""
    if not ranking_enabled(db):
        raise RankingDisabled("Per-person ranking is turned off for this workspace")
    contest = repo.contest(db, contest_id)
    entries = _ranked_ids(db, contest)
    winners = tuple(entries[: contest.winners_count])
    decided = dataclasses.replace(contest, winners=winners, decided_at=utc_now_iso(), updated_at=utc_now_iso())
    with db.atomic():
        repo.save_contest(db, decided)
        audit_repo.record(
            db,
            actor=actor,
            action="results.contest_decided",
            entity_type="results",
            entity_id=contest_id,
            details={"winners": len(winners)},
        )
    return decided


def _ranked_ids(db: Database, contest: Contest) -> list[str]:
    rows = [
        f
        for f in repo.figures(db, contest.campaign_id or None, FiguresKind.SHARE)
        if contest.starts_on <= (f.posted_on or contest.starts_on) <= contest.ends_on
    ]
    people: dict[str, Ambassador] = {}
    scores = _scores(db, rows, repo.points_rules(db), people)
    eligible = [
        s for s in scores
        if s.ambassador_id in people and people[s.ambassador_id].visibility is not Visibility.HIDDEN
        and people[s.ambassador_id].consent is ConsentStatus.OPTED_IN
    ]  # fmt: skip
    return [s.ambassador_id for s in sorted(eligible, key=lambda s: (-s.points, s.ambassador_id))]


def winner_entries(db: Database, contest: Contest) -> list[BoardEntry]:
    """A decided contest's winners, shown as the board shows them (named or anonymous)."""
    campaign_board = board(db, contest.campaign_id or None, start=contest.starts_on, end=contest.ends_on)
    people = ambassadors.get_many(db, list(contest.winners))
    named = {e.ambassador_id: e for e in campaign_board.entries if e.ambassador_id}
    result = []
    for ambassador_id in contest.winners:
        if ambassador_id in named:
            result.append(named[ambassador_id])
        elif ambassador_id in people:
            with db.atomic():
                number = repo.aliases(db, contest.campaign_id or "*", [ambassador_id])[ambassador_id]
            result.append(BoardEntry(0, Shown.ANONYMOUS, "", number, 0.0, 0, Metrics()))
    return result
