"""Storage: results figures, the import log, remembered mappings, points rules, badges, contests, aliases."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound
from ghostdesk.domain.results import (
    METRICS,
    Badge,
    Contest,
    Figures,
    FiguresKind,
    Metrics,
    PointsRules,
)
from ghostdesk.storage import results_index_repo
from ghostdesk.storage.connection import Database

FIGURE_COLUMNS = [
    "id",
    "campaign_id",
    "kind",
    "ambassador_id",
    "share_id",
    "slot_id",
    "executive_id",
    "network",
    "market",
    "wave",
    "content_key",
    "content_title",
    "posted_on",
    "read_on",
    "impressions",
    "reactions",
    "comments",
    "reposts",
    "clicks",
    "conversions",
    "source",
    "row_key",
    "import_id",
    "created_at",
    "updated_at",
]


def _figures(row: dict) -> Figures:
    return Figures(
        id=row["id"],
        campaign_id=row["campaign_id"],
        kind=FiguresKind(row["kind"]),
        metrics=Metrics(*(row[m] for m in METRICS)),
        **{k: row[k] for k in FIGURE_COLUMNS if k not in METRICS and k not in ("id", "campaign_id", "kind")},
    )


def save_figures(db: Database, figures: Figures) -> bool:
    """Insert, or replace the row with the same key (keeping its id and creation). True when it was new."""
    existing = db.execute("SELECT id, created_at FROM results_figures WHERE row_key = ?", [figures.row_key]).fetchone()
    now = utc_now_iso()
    values = {k: getattr(figures, k) for k in FIGURE_COLUMNS if k not in METRICS}
    values.update(figures.metrics.as_dict())
    values["kind"] = str(figures.kind)
    values["id"] = existing[0] if existing else (figures.id or new_id())
    values["created_at"] = existing[1] if existing else now
    values["updated_at"] = now
    columns = ", ".join(FIGURE_COLUMNS)
    marks = ", ".join("?" for _ in FIGURE_COLUMNS)
    db.execute(
        f"INSERT OR REPLACE INTO results_figures ({columns}) VALUES ({marks})", [values[c] for c in FIGURE_COLUMNS]
    )
    return existing is None


def figures(db: Database, campaign_id: str | None = None, kind: FiguresKind | None = None) -> list[Figures]:
    where, params = [], []
    if campaign_id is not None:
        where.append("campaign_id = ?")
        params.append(campaign_id)
    if kind is not None:
        where.append("kind = ?")
        params.append(str(kind))
    sql = "SELECT * FROM results_figures" + (" WHERE " + " AND ".join(where) if where else "")
    return [_figures(r) for r in db.query(sql + " ORDER BY posted_on, row_key", params)]


def figure_count(db: Database, campaign_id: str) -> int:
    return results_index_repo.figure_count(db, campaign_id)


def campaign_ids(db: Database) -> list[str]:
    return results_index_repo.campaign_ids(db)


def delete_figures(db: Database, figures_id: str) -> None:
    db.execute("DELETE FROM results_figures WHERE id = ?", [figures_id])


# --- import log and mappings ----------------------------------------------------------------------------


def import_by_hash(db: Database, file_hash: str) -> dict | None:
    return next(db.query("SELECT * FROM results_imports WHERE file_hash = ?", [file_hash]), None)


def log_import(
    db: Database, file_hash: str, file_name: str, fmt: str, rows: int, keys: Sequence[str], actor: str
) -> str:
    import_id = new_id()
    db.execute(
        "INSERT INTO results_imports (id, file_hash, file_name, format, rows, row_keys, actor, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [import_id, file_hash, file_name, fmt, rows, json.dumps(sorted(keys)), actor, utc_now_iso()],
    )
    return import_id


def imports(db: Database) -> list[dict]:
    return list(db.query("SELECT id, file_name, format, rows, created_at FROM results_imports ORDER BY created_at"))


def mapping(db: Database, fmt: str, signature: str) -> dict[str, str] | None:
    row = db.execute(
        "SELECT mapping FROM results_mappings WHERE format = ? AND signature = ?", [fmt, signature]
    ).fetchone()
    return json.loads(row[0]) if row else None


def save_mapping(db: Database, fmt: str, signature: str, fields: dict[str, str]) -> None:
    db.execute(
        "INSERT INTO results_mappings (format, signature, mapping, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (format, signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at",
        [fmt, signature, json.dumps(fields, sort_keys=True), utc_now_iso()],
    )


# --- rules, badges, contests, settings --------------------------------------------------------------------


def points_rules(db: Database) -> PointsRules:
    stored = dict(db.execute("SELECT name, value FROM results_points_rules").fetchall())
    base = PointsRules()
    values = base.as_dict()
    for name, value in stored.items():
        if name in values:
            current = values[name]
            values[name] = bool(value) if isinstance(current, bool) else type(current)(value)
    return PointsRules(**values)  # type: ignore[arg-type]


def save_points_rules(db: Database, rules: PointsRules) -> None:
    now = utc_now_iso()
    db.executemany(
        "INSERT INTO results_points_rules (name, value, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        [(name, float(value), now) for name, value in rules.as_dict().items()],
    )


def badges(db: Database) -> list[Badge]:
    rows = db.query("SELECT * FROM results_badges ORDER BY metric, threshold, name")
    return [Badge(**r) for r in rows]


def save_badge(db: Database, badge: Badge) -> None:
    db.execute(
        "INSERT INTO results_badges (id, name, metric, threshold, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, metric = excluded.metric,"
        " threshold = excluded.threshold, updated_at = excluded.updated_at",
        [badge.id, badge.name, badge.metric, badge.threshold, badge.created_at, badge.updated_at],
    )


def delete_badge(db: Database, badge_id: str) -> None:
    db.execute("DELETE FROM results_badges WHERE id = ?", [badge_id])


def _contest(row: dict) -> Contest:
    return Contest(**{**row, "winners": tuple(json.loads(row["winners"]))})


def contests(db: Database) -> list[Contest]:
    return [_contest(r) for r in db.query("SELECT * FROM results_contests ORDER BY starts_on, name")]


def contest(db: Database, contest_id: str) -> Contest:
    row = next(db.query("SELECT * FROM results_contests WHERE id = ?", [contest_id]), None)
    if row is None:
        raise NotFound(f"No contest {contest_id}", kind="contest", id=contest_id)
    return _contest(row)


def save_contest(db: Database, c: Contest) -> None:
    columns = [f for f in Contest.__dataclass_fields__]
    values = [json.dumps(list(c.winners)) if f == "winners" else getattr(c, f) for f in columns]
    db.execute(
        f"INSERT OR REPLACE INTO results_contests ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
        values,
    )


def setting(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM results_settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def put_setting(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO results_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def aliases(db: Database, campaign_id: str, ambassador_ids: Sequence[str], *, store: bool = True) -> dict[str, int]:
    """Stable numbers per campaign; new people get the next number, in the order given (kept unless `store` is
    False: a read-only session shows the numbers they would get)."""
    known = dict(
        db.execute("SELECT ambassador_id, number FROM results_aliases WHERE campaign_id = ?", [campaign_id]).fetchall()
    )
    next_number = max(known.values(), default=0) + 1
    for ambassador_id in ambassador_ids:
        if ambassador_id not in known:
            if store:
                db.execute(
                    "INSERT INTO results_aliases (campaign_id, ambassador_id, number) VALUES (?, ?, ?)",
                    [campaign_id, ambassador_id, next_number],
                )
            known[ambassador_id] = next_number
            next_number += 1
    return {a: known[a] for a in ambassador_ids}
