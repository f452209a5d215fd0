"""Export: the roster as CSV that is safe to open in a spreadsheet (no cell can run as a formula)."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ghostdesk.domain.ambassador import NETWORKS, Ambassador
from ghostdesk.domain.files import writing

# A cell starting with one of these is read as a formula by Excel, LibreOffice and Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")

BASE_COLUMNS = [
    "name",
    "email",
    "team",
    "market",
    "language",
    "time_zone",
    "topics",
    "groups",
    "max_shares_per_week",
    "quiet_hours",
    "visibility",
    "consent",
    "consent_at",
    "notes",
]


def neutralise(value: object) -> str:
    """Prefix formula-like text with an apostrophe, which spreadsheets show as plain text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def rows(people: Sequence[Ambassador]) -> tuple[list[str], list[list[str]]]:
    used = [n for n in NETWORKS if any(p.network for person in people for p in person.networks if p.network == n)]
    header = [*BASE_COLUMNS]
    for network in used:
        header += [network, f"{network}_size"]
    body = []
    for person in people:
        by_network = {n.network: n for n in person.networks}
        cells = [
            person.name,
            person.email,
            person.team,
            person.market,
            person.language,
            person.time_zone,
            "; ".join(person.topics),
            "; ".join(person.groups),
            person.max_shares_per_week,
            f"{person.quiet_start}-{person.quiet_end}" if person.quiet_start else "",
            person.visibility.value,
            person.consent.value,
            person.consent_at,
            person.notes,
        ]
        for network in used:
            profile = by_network.get(network)
            cells += [profile.url if profile else "", profile.size if profile and profile.size else ""]
        body.append([neutralise(c) for c in cells])
    return header, body


def write(path: Path, people: Sequence[Ambassador]) -> None:
    """UTF-8 with BOM (so Excel reads accents right), comma-separated, written atomically."""
    header, body = rows(people)
    path = Path(path)
    with writing(path):
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
                writer.writerow(header)
                writer.writerows(body)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
