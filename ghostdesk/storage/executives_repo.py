"""Storage: executives (rows ↔ Executive dataclasses). Deleting moves the row to the trash."""

from __future__ import annotations

import base64
import json

from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound
from ghostdesk.domain.executive import Executive, clean_name
from ghostdesk.storage import trash_repo
from ghostdesk.storage.connection import Database

_COLUMNS = "id, name, title, company, bio, languages, markets, pillars, photo IS NOT NULL, created_at, updated_at"


def _from_row(row: tuple) -> Executive:
    return Executive(
        id=row[0],
        name=row[1],
        title=row[2],
        company=row[3],
        bio=row[4],
        languages=tuple(json.loads(row[5])),
        markets=tuple(json.loads(row[6])),
        pillars=tuple(json.loads(row[7])),
        has_photo=bool(row[8]),
        created_at=row[9],
        updated_at=row[10],
    )


def create(
    db: Database,
    name: str,
    *,
    title: str = "",
    company: str = "",
    bio: str = "",
    languages: tuple[str, ...] = (),
    markets: tuple[str, ...] = (),
    pillars: tuple[str, ...] = (),
) -> Executive:
    now = utc_now_iso()
    executive = Executive(
        id=new_id(),
        name=clean_name(name),
        title=title.strip(),
        company=company.strip(),
        bio=bio.strip(),
        languages=tuple(languages),
        markets=tuple(markets),
        pillars=tuple(pillars),
        created_at=now,
        updated_at=now,
    )
    save(db, executive)
    return executive


def save(db: Database, executive: Executive) -> None:
    """Insert or update every field but the photo."""
    with db.atomic():
        db.execute(
            """
            INSERT INTO executives (id, name, title, company, bio, languages, markets, pillars, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET
                name = excluded.name, title = excluded.title, company = excluded.company, bio = excluded.bio,
                languages = excluded.languages, markets = excluded.markets, pillars = excluded.pillars,
                updated_at = excluded.updated_at
            """,
            [
                executive.id,
                clean_name(executive.name),
                executive.title,
                executive.company,
                executive.bio,
                json.dumps(list(executive.languages)),
                json.dumps(list(executive.markets)),
                json.dumps(list(executive.pillars), ensure_ascii=False),
                executive.created_at or utc_now_iso(),
                utc_now_iso(),
            ],
        )


def get(db: Database, executive_id: str) -> Executive:
    row = db.execute(f"SELECT {_COLUMNS} FROM executives WHERE id = ?", [executive_id]).fetchone()
    if row is None:
        raise NotFound(f"No executive {executive_id}", entity="executive", id=executive_id)
    return _from_row(row)


def find_by_name(db: Database, name: str) -> Executive | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM executives WHERE name = ? COLLATE NOCASE ORDER BY created_at LIMIT 1", [name.strip()]
    ).fetchone()
    return _from_row(row) if row else None


def list_all(db: Database) -> list[Executive]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM executives ORDER BY name COLLATE NOCASE").fetchall()
    return [_from_row(row) for row in rows]


def set_photo(db: Database, executive_id: str, photo: bytes | None) -> None:
    with db.atomic():
        db.execute("UPDATE executives SET photo = ?, updated_at = ? WHERE id = ?", [photo, utc_now_iso(), executive_id])


def photo(db: Database, executive_id: str) -> bytes | None:
    row = db.execute("SELECT photo FROM executives WHERE id = ?", [executive_id]).fetchone()
    return row[0] if row else None


def delete(db: Database, executive_id: str, *, deleted_by: str) -> None:
    """Move to the trash (restorable with `restore`)."""
    executive = get(db, executive_id)
    picture = photo(db, executive_id)
    with db.atomic():
        trash_repo.put(
            db,
            entity_type="executive",
            entity_id=executive.id,
            label=executive.name,
            payload={
                "row": dict(
                    zip(
                        [
                            "id",
                            "name",
                            "title",
                            "company",
                            "bio",
                            "languages",
                            "markets",
                            "pillars",
                            "created_at",
                            "updated_at",
                        ],
                        db.execute(
                            "SELECT id, name, title, company, bio, languages, markets, pillars, created_at, updated_at"
                            " FROM executives WHERE id = ?",
                            [executive_id],
                        ).fetchone(),
                        strict=True,
                    )
                ),
                # The photo travels with the row, so a restore brings it back.
                "photo": base64.b64encode(picture).decode("ascii") if picture else None,
            },
            deleted_by=deleted_by,
        )
        db.execute("DELETE FROM executives WHERE id = ?", [executive_id])


def restore(db: Database, trash_id: str) -> Executive:
    with db.atomic():
        item = trash_repo.take(db, trash_id)
        row = item.payload["row"]
        columns = ", ".join(row)
        db.execute(f"INSERT INTO executives ({columns}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        if item.payload.get("photo"):
            db.execute(
                "UPDATE executives SET photo = ? WHERE id = ?",
                [base64.b64decode(item.payload["photo"]), item.entity_id],
            )
    return get(db, item.entity_id)
