"""Export: calendar files (.ics, RFC 5545) — each event in its own time zone (TZID + VTIMEZONE) with a reminder.

icalendar is imported inside `write_ics` only (it is not needed at start-up).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ghostdesk.domain.files import writing

PRODID = "-//GhostDesk//Campaign calendar//EN"

# RFC 5545 TEXT holds no control character but HTAB and line ends (written escaped); a byte-order mark at the
# start of a value is a leftover of a pasted file, and icalendar would drop it silently on write anyway.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def ics_text(value: str) -> str:
    """User text as a calendar value can carry it: control characters removed, line ends made "\\n"."""
    text = _NOT_TEXT.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
    return text.lstrip("\ufeff")


@dataclass(frozen=True, slots=True)
class IcsEvent:
    uid: str
    summary: str
    start: datetime  # aware
    time_zone: str  # IANA: the event is written in this zone
    minutes: int = 15
    description: str = ""
    url: str = ""
    categories: tuple[str, ...] = ()
    alarm_minutes: int | None = 15  # a reminder this many minutes before; None for none


def build_ics(events: Sequence[IcsEvent], *, name: str) -> bytes:
    import icalendar  # lazy

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", " ".join(ics_text(name).split()))  # one line: calendar apps show it as a title
    stamp = datetime.now(UTC).replace(microsecond=0)
    for item in events:
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", ics_text(item.summary))
        start = item.start.astimezone(_zone(item.time_zone))
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=item.minutes))
        if item.description:
            event.add("description", ics_text(item.description))
        url = "".join(item.url.split())  # a pasted link may carry a line break; a URI holds none
        if url:
            event.add("url", url)
        if item.categories:
            event.add("categories", [ics_text(c) for c in item.categories])
        if item.alarm_minutes is not None:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", ics_text(item.summary))
            alarm.add("trigger", timedelta(minutes=-item.alarm_minutes))
            event.add_component(alarm)
        cal.add_component(event)
    cal.add_missing_timezones()  # one VTIMEZONE per TZID used
    return cal.to_ical()


def _zone(name: str):
    """The event's zone; a name this machine's time-zone data does not know (a workspace made elsewhere, an
    older tzdata) is written in UTC — the same moment, shown in the reader's own zone by their calendar."""
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return UTC


def write_ics(path: Path, events: Sequence[IcsEvent], *, name: str) -> Path:
    """Write atomically (temporary file, then rename)."""
    data = build_ics(events, name=name)
    path = Path(path)
    with writing(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return path
