"""Test helpers for results: four ambassadors with fixed ids, one campaign with planned shares and an executive
post, and LinkedIn's post analytics export built with openpyxl (the shape LinkedIn writes)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ghostdesk.domain.ambassador import Ambassador, NetworkProfile, Visibility
from ghostdesk.services import ambassadors
from ghostdesk.services.results_lookup import CampaignRef, ExecutivePostRef, ShareRef, StaticCampaignLookup

POST_URL = "https://www.linkedin.com/posts/claire-fontaine_energy-storage-activity-7301234567890123456-AbCd"

# id, name, market, network size, visibility
PEOPLE = (
    ("amb-emily", "Emily Carter", "US", 400, Visibility.NAMED),
    ("amb-jules", "Jules Moreau", "FR", 4000, Visibility.ANONYMOUS),
    ("amb-hana", "Hana Sato", "JP", 900, Visibility.HIDDEN),
    ("amb-lena", "Lena Hoffmann", "DE", 12000, Visibility.NAMED),
)


def add_people(db) -> None:
    for person_id, name, market, size, visibility in PEOPLE:
        email = person_id.replace("amb-", "") + "@lumenvale.example"
        ambassadors.create(
            db,
            Ambassador(person_id, name, email, market, "", "", networks=(NetworkProfile("linkedin", "", size),),
                       visibility=visibility),
            actor="test",
        )  # fmt: skip
    ambassadors.opt_in(db, [p[0] for p in PEOPLE], actor="test")


def lookup() -> StaticCampaignLookup:
    campaign = CampaignRef(
        "c-spring", "Spring launch", "spring-launch", "2026-03-01", "2026-03-31",
        {"reach": 40000, "clicks": 1500, "conversions": 10}, ("US", "FR", "DE", "JP"),
    )  # fmt: skip
    shares = [
        ShareRef(
            "s-emily", "c-spring", "amb-emily", "linkedin", "2026-03-03", "Inner circle", "post-1", "Storage that lasts"
        ),
        ShareRef(
            "s-jules", "c-spring", "amb-jules", "linkedin", "2026-03-03", "Inner circle", "post-1", "Storage that lasts"
        ),
        ShareRef("s-hana", "c-spring", "amb-hana", "x", "2026-03-04", "Japan morning", "post-1", "Storage that lasts"),
        ShareRef("s-lena", "c-spring", "amb-lena", "xing", "2026-03-04", "Europe morning", "post-2", "Grid partners"),
    ]
    posts = [
        ExecutivePostRef("slot-1", "c-spring", "exec-claire", "Claire Fontaine", "linkedin", "2026-03-03", POST_URL,
                         "post-1", "Storage that lasts"),
    ]  # fmt: skip
    return StaticCampaignLookup([campaign], shares, posts)


def linkedin_export(path: Path, impressions: int = 5200) -> Path:
    """LinkedIn's member post analytics export: a summary sheet first, then the posts under a title line."""
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    summary.title = "DISCOVERY"
    summary.append(["Overall Performance", "3/1/2026 - 3/31/2026"])
    summary.append(["Impressions", impressions + 900])
    summary.append(["Members reached", 4100])
    posts = book.create_sheet("TOP POSTS")
    posts.append(["Maximum of 50 posts available to include in this list"])
    posts.append([])
    posts.append(["Post URL", "Post publish date", "Post title", "Impressions", "Reactions", "Comments", "Reposts",
                  "Clicks"])  # fmt: skip
    posts.append(
        [POST_URL + "?utm_source=share", datetime(2026, 3, 3), "Storage that lasts", impressions, 180, 24, 9, 61]
    )
    posts.append(["https://www.linkedin.com/posts/claire-fontaine_holiday-activity-7309999", "3/20/2026",
                  "Happy spring, everyone", 900, 40, 3, 0, 2])  # fmt: skip
    book.save(path)
    return path
