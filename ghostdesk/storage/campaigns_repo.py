"""Storage: campaigns, their posts and wave templates, the stored plan (slots, shares) and approvals."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from operator import itemgetter

from ghostdesk.domain.campaigns import (
    ApprovalRecord,
    Campaign,
    CampaignInvalid,
    CampaignNotFound,
    CampaignPost,
    CampaignStatus,
    Decision,
    ItemType,
    Objective,
    ShareStatus,
    StoredShare,
    StoredSlot,
    WaveTemplateRecord,
)
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.storage import trash_repo
from ghostdesk.storage.connection import Database

_CAMPAIGN = (
    "id, name, objective, target_reach, target_engagement, target_clicks, target_conversions, start_date, end_date,"
    " markets, executives, status, contact, notes, created_at, updated_at"
)
_SLOT = (
    "id, campaign_id, variant_id, post_id, market, network, language, utc, time_zone, holiday, weekend, content_hash"
)
_SHARE = (
    "id, campaign_id, ambassador_id, ambassador_name, slot_id, wave, utc, time_zone, share_text_index, share_text,"
    " status"
)
_APPROVAL = "id, campaign_id, item_type, item_id, content_hash, decision, decided_by, decided_at, comment"


def _campaign(row: tuple) -> Campaign:
    targets = {k: v for k, v in zip(("reach", "engagement", "clicks", "conversions"), row[3:7], strict=True) if v}
    return Campaign(
        id=row[0],
        name=row[1],
        objective=Objective(row[2]),
        targets=targets,
        start=row[7],
        end=row[8],
        markets=tuple(json.loads(row[9])),
        executives=tuple(json.loads(row[10])),
        status=CampaignStatus(row[11]),
        contact=row[12],
        notes=row[13],
        created_at=row[14],
        updated_at=row[15],
    )


def _campaign_row(c: Campaign) -> tuple:
    t = c.targets
    return (
        c.id,
        c.name,
        c.objective.value,
        int(t.get("reach", 0)),
        int(t.get("engagement", 0)),
        int(t.get("clicks", 0)),
        int(t.get("conversions", 0)),
        c.start,
        c.end,
        json.dumps(list(c.markets)),
        json.dumps(list(c.executives)),
        c.status.value,
        c.contact,
        c.notes,
        c.created_at,
        c.updated_at,
    )


def insert(db: Database, campaign: Campaign) -> Campaign:
    if find_by_name(db, campaign.name) is not None:
        raise CampaignInvalid("A campaign with this name exists", field="name", value=campaign.name)
    with db.atomic():
        db.execute(f"INSERT INTO campaigns ({_CAMPAIGN}) VALUES ({', '.join('?' * 16)})", _campaign_row(campaign))
    return campaign


def update(db: Database, campaign: Campaign) -> Campaign:
    other = find_by_name(db, campaign.name)
    if other is not None and other.id != campaign.id:
        raise CampaignInvalid("A campaign with this name exists", field="name", value=campaign.name)
    cols = [c.strip() for c in _CAMPAIGN.split(",")]
    row = _campaign_row(campaign)
    with db.atomic():
        cur = db.execute(
            f"UPDATE campaigns SET {', '.join(f'{c} = ?' for c in cols[1:])} WHERE id = ?", [*row[1:], campaign.id]
        )
        if cur.rowcount == 0:
            raise CampaignNotFound(f"No campaign {campaign.id}", id=campaign.id)
    return campaign


def get(db: Database, campaign_id: str) -> Campaign:
    row = db.execute(f"SELECT {_CAMPAIGN} FROM campaigns WHERE id = ?", [campaign_id]).fetchone()
    if row is None:
        raise CampaignNotFound(f"No campaign {campaign_id}", id=campaign_id)
    return _campaign(row)


def find_by_name(db: Database, name: str) -> Campaign | None:
    row = db.execute(f"SELECT {_CAMPAIGN} FROM campaigns WHERE name = ? COLLATE NOCASE", [name.strip()]).fetchone()
    return _campaign(row) if row else None


def list_all(db: Database) -> list[Campaign]:
    rows = db.execute(f"SELECT {_CAMPAIGN} FROM campaigns ORDER BY start_date, name").fetchall()
    return [_campaign(r) for r in rows]


def delete(db: Database, campaign_id: str, *, deleted_by: str) -> None:
    campaign = get(db, campaign_id)
    with db.atomic():
        trash_repo.put(
            db,
            entity_type="campaign",
            entity_id=campaign.id,
            label=campaign.name,
            payload={
                "campaign": list(_campaign_row(campaign)),
                "posts": [[p.post_id, p.day, p.local_time, p.position] for p in posts(db, campaign_id)],
            },
            deleted_by=deleted_by,
        )
        db.execute("DELETE FROM campaigns WHERE id = ?", [campaign_id])


def restore(db: Database, trash_id: str) -> Campaign:
    """Bring a campaign back from the trash with its posts (those still in the workspace), in one transaction.
    Its wave templates, stored plan and approvals were not kept: plan it again."""
    with db.atomic():
        payload = trash_repo.take(db, trash_id).payload
        row = payload["campaign"]
        db.execute(f"INSERT INTO campaigns ({_CAMPAIGN}) VALUES ({', '.join('?' * len(row))})", row)
        campaign_id = row[0]
        for post_id, day, local_time, position in payload.get("posts", []):
            if db.execute("SELECT 1 FROM posts WHERE id = ?", [post_id]).fetchone() is None:
                continue  # deleted since: it stays where it is
            db.execute(
                "INSERT INTO campaign_posts (campaign_id, post_id, day, local_time, position) VALUES (?, ?, ?, ?, ?)",
                [campaign_id, post_id, day, local_time, position],
            )
            db.execute("UPDATE posts SET campaign_id = ? WHERE id = ?", [campaign_id, post_id])
    return get(db, campaign_id)


# -- posts ---------------------------------------------------------------------------------------


def set_posts(db: Database, campaign_id: str, items: Sequence[CampaignPost]) -> None:
    with db.atomic():
        db.execute("DELETE FROM campaign_posts WHERE campaign_id = ?", [campaign_id])
        db.executemany(
            "INSERT INTO campaign_posts (campaign_id, post_id, day, local_time, position) VALUES (?, ?, ?, ?, ?)",
            [(campaign_id, p.post_id, p.day, p.local_time, i) for i, p in enumerate(items)],
        )
        db.execute(
            "UPDATE posts SET campaign_id = ? WHERE id IN (SELECT post_id FROM campaign_posts WHERE campaign_id = ?)",
            [campaign_id, campaign_id],
        )


def posts(db: Database, campaign_id: str) -> list[CampaignPost]:
    rows = db.execute(
        "SELECT campaign_id, post_id, day, local_time, position FROM campaign_posts WHERE campaign_id = ?"
        " ORDER BY position",
        [campaign_id],
    ).fetchall()
    return [CampaignPost(*r) for r in rows]


# -- wave templates ------------------------------------------------------------------------------

_WAVE = "name, kind, min_minutes, max_minutes, days_later, start_time, end_time, roll_days, group_name, size, stagger_minutes"


def set_templates(db: Database, campaign_id: str, templates: Sequence[WaveTemplateRecord]) -> None:
    with db.atomic():
        db.execute("DELETE FROM wave_templates WHERE campaign_id = ?", [campaign_id])
        db.executemany(
            f"INSERT INTO wave_templates (campaign_id, position, {_WAVE}) VALUES ({', '.join('?' * 13)})",
            [
                (
                    campaign_id,
                    i,
                    t.name,
                    t.kind,
                    t.min_minutes,
                    t.max_minutes,
                    t.days_later,
                    t.start,
                    t.end,
                    t.roll_days,
                    t.group,
                    t.size,
                    t.stagger_minutes,
                )
                for i, t in enumerate(templates)
            ],
        )


def templates(db: Database, campaign_id: str) -> list[WaveTemplateRecord]:
    rows = db.execute(
        f"SELECT {_WAVE} FROM wave_templates WHERE campaign_id = ? ORDER BY position", [campaign_id]
    ).fetchall()
    return [WaveTemplateRecord(*r) for r in rows]


# -- the stored plan -----------------------------------------------------------------------------


def _slot(row: tuple) -> StoredSlot:
    return StoredSlot(*row[:7], datetime.fromisoformat(row[7]), row[8], row[9], bool(row[10]), row[11])


def _share(row: tuple) -> StoredShare:
    return StoredShare(*row[:6], datetime.fromisoformat(row[6]), row[7], row[8], row[9], ShareStatus(row[10]))


def replace_plan(db: Database, campaign_id: str, slots: Iterable[StoredSlot], shares: Iterable[StoredShare]) -> None:
    with db.atomic():
        db.execute("DELETE FROM planned_shares WHERE campaign_id = ?", [campaign_id])
        db.execute("DELETE FROM planned_slots WHERE campaign_id = ?", [campaign_id])
        db.executemany(
            f"INSERT INTO planned_slots ({_SLOT}) VALUES ({', '.join('?' * 12)})",
            [
                (
                    *(s.id, s.campaign_id, s.variant_id, s.post_id, s.market, s.network, s.language),
                    _iso(s.utc),
                    s.time_zone,
                    s.holiday,
                    int(s.weekend),
                    s.content_hash,
                )
                for s in slots
            ],
        )
        db.executemany(
            f"INSERT INTO planned_shares ({_SHARE}) VALUES ({', '.join('?' * 11)})",
            [
                (
                    s.id,
                    s.campaign_id,
                    s.ambassador_id,
                    s.ambassador_name,
                    s.slot_id,
                    s.wave,
                    _iso(s.utc),
                    s.time_zone,
                    s.share_text_index,
                    s.share_text,
                    s.status.value,
                )
                for s in shares
            ],
        )


def _iso(value: datetime) -> str:
    """UTC, fixed width, so text order is time order (the indexes sort on it)."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def slots(db: Database, campaign_id: str) -> list[StoredSlot]:
    rows = db.execute(f"SELECT {_SLOT} FROM planned_slots WHERE campaign_id = ? ORDER BY utc, id", [campaign_id])
    return [_slot(r) for r in rows.fetchall()]


def shares(
    db: Database,
    campaign_id: str | None = None,
    *,
    ambassador_id: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[StoredShare]:
    """Planned shares by campaign and/or ambassador, optionally in [start, end) UTC; in time order."""
    clauses, args = [], []
    if campaign_id is not None:
        clauses.append("campaign_id = ?")
        args.append(campaign_id)
    if ambassador_id is not None:
        clauses.append("ambassador_id = ?")
        args.append(ambassador_id)
    if start is not None:
        clauses.append("utc >= ?")
        args.append(_iso(start))
    if end is not None:
        clauses.append("utc < ?")
        args.append(_iso(end))
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = db.execute(f"SELECT {_SHARE} FROM planned_shares {where} ORDER BY utc, id", args).fetchall()
    return [_share(r) for r in rows]


# The calendar's light reads: plain tuples, no dataclasses (a campaign may hold thousands of shares).
SHARE_ROW = ("id", "ambassador_name", "slot_id", "wave", "utc", "time_zone", "status")


_UTC_ID = itemgetter(4, 0)  # a `SHARE_ROW`'s (utc, id)


def share_rows(
    db: Database, campaign_id: str, start: datetime | None = None, end: datetime | None = None
) -> list[tuple]:
    """The campaign's shares that are not cancelled, optionally in [start, end) UTC, in (utc, id) order, as
    tuples in `SHARE_ROW` order (utc as stored text). Uses the (campaign_id, utc) index."""
    clauses, args = ["campaign_id = ?", "status != 'cancelled'"], [campaign_id]
    if start is not None:
        clauses.append("utc >= ?")
        args.append(_iso(start))
    if end is not None:
        clauses.append("utc < ?")
        args.append(_iso(end))
    # The index gives utc order; ties are put in id order here, which costs less than SQLite's temporary
    # B-tree for "ORDER BY utc, id" (a linear pass over rows already in utc order).
    sql = f"SELECT {', '.join(SHARE_ROW)} FROM planned_shares WHERE {' AND '.join(clauses)} ORDER BY utc"
    rows = db.execute(sql, args).fetchall()
    rows.sort(key=_UTC_ID)
    return rows


def first_time(db: Database, campaign_id: str) -> datetime | None:
    """The earliest of the campaign's first executive post and first share that is not cancelled, in one
    statement (each side is the first entry of its (campaign_id, utc) index)."""
    row = db.execute(
        "SELECT min(t) FROM ("
        " SELECT (SELECT utc FROM planned_slots WHERE campaign_id = ?1 ORDER BY utc LIMIT 1) AS t"
        " UNION ALL SELECT (SELECT utc FROM planned_shares WHERE campaign_id = ?1 AND status != 'cancelled'"
        " ORDER BY utc LIMIT 1))",
        [campaign_id],
    ).fetchone()
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def waves_rows(db: Database, campaign_id: str) -> list[tuple]:
    """What the wave plan's approval hash covers, per share that is not cancelled: (ambassador_id, slot_id,
    wave, utc text, share_text_index, share_text)."""
    return db.execute(
        "SELECT ambassador_id, slot_id, wave, utc, share_text_index, share_text FROM planned_shares"
        " WHERE campaign_id = ? AND status != 'cancelled'",
        [campaign_id],
    ).fetchall()


def get_share(db: Database, share_id: str) -> StoredShare:
    row = db.execute(f"SELECT {_SHARE} FROM planned_shares WHERE id = ?", [share_id]).fetchone()
    if row is None:
        from ghostdesk.domain.errors import NotFound

        raise NotFound(f"No planned share {share_id}", id=share_id)
    return _share(row)


def update_share(db: Database, share: StoredShare) -> StoredShare:
    with db.atomic():
        db.execute(
            "UPDATE planned_shares SET utc = ?, status = ?, share_text = ? WHERE id = ?",
            [_iso(share.utc), share.status.value, share.share_text, share.id],
        )
    return share


def other_shares_by_ambassador(
    db: Database,
    campaign_id: str,
    ambassador_ids: Sequence[str],
    *,
    start: datetime | None = None,
    end: datetime | None = None,
) -> dict[str, list[str]]:
    """UTC times of each person's shares planned in OTHER campaigns within [start, end) (weekly caps)."""
    found: dict[str, list[str]] = {}
    ids = list(ambassador_ids)
    window, bounds = "", []
    if start is not None:
        window += " AND utc >= ?"
        bounds.append(_iso(start))
    if end is not None:
        window += " AND utc < ?"
        bounds.append(_iso(end))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        rows = db.execute(
            f"SELECT ambassador_id, utc FROM planned_shares WHERE ambassador_id IN ({', '.join('?' * len(chunk))})"
            f" AND campaign_id != ? AND status != 'cancelled'{window}",
            [*chunk, campaign_id, *bounds],
        )
        for amb, utc in rows:
            found.setdefault(amb, []).append(utc)
    return found


def other_share_counts(db: Database, campaign_id: str, ambassador_ids: Sequence[str]) -> dict[str, int]:
    """How many shares each person has in OTHER campaigns (the planner's rotation: least asked first)."""
    found: dict[str, int] = {}
    ids = list(ambassador_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        rows = db.execute(
            f"SELECT ambassador_id, count(*) FROM planned_shares WHERE ambassador_id IN ({', '.join('?' * len(chunk))})"
            " AND campaign_id != ? AND status != 'cancelled' GROUP BY ambassador_id",
            [*chunk, campaign_id],
        )
        found.update(dict(rows.fetchall()))
    return found


def share_count(db: Database, campaign_id: str) -> int:
    return db.execute("SELECT count(*) FROM planned_shares WHERE campaign_id = ?", [campaign_id]).fetchone()[0]


# -- approvals -----------------------------------------------------------------------------------


def add_approval(db: Database, record: ApprovalRecord) -> ApprovalRecord:
    with db.atomic():
        db.execute(
            f"INSERT INTO approvals ({_APPROVAL}) VALUES ({', '.join('?' * 9)})",
            [
                record.id,
                record.campaign_id,
                record.item_type.value,
                record.item_id,
                record.content_hash,
                record.decision.value,
                record.by,
                record.at,
                record.comment,
            ],
        )
    return record


def new_approval(
    campaign_id: str, item_type: ItemType, item_id: str, content_hash: str, decision: Decision, by: str, comment: str
) -> ApprovalRecord:
    return ApprovalRecord(new_id(), campaign_id, item_type, item_id, content_hash, decision, by, utc_now_iso(), comment)


def approvals(db: Database, campaign_id: str) -> list[ApprovalRecord]:
    rows = db.execute(
        f"SELECT {_APPROVAL} FROM approvals WHERE campaign_id = ? ORDER BY decided_at, rowid", [campaign_id]
    ).fetchall()
    return [ApprovalRecord(r[0], r[1], ItemType(r[2]), r[3], r[4], Decision(r[5]), r[6], r[7], r[8]) for r in rows]


def latest_approvals(db: Database, campaign_id: str) -> dict[tuple[ItemType, str], ApprovalRecord]:
    latest: dict[tuple[ItemType, str], ApprovalRecord] = {}
    for record in approvals(db, campaign_id):
        latest[(record.item_type, record.item_id)] = record
    return latest


def touch(db: Database, campaign: Campaign, status: CampaignStatus) -> Campaign:
    return update(db, replace(campaign, status=status, updated_at=utc_now_iso()))
