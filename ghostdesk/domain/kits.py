"""Domain: share kits — what one ambassador's personal document is made of, and what a batch export returns.

The kit writer is fed through these frozen inputs only (plain data, picklable for the process pool); campaigns
and approval build them through an adapter. Nothing here reads a workspace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ghostdesk.domain.errors import GhostDeskError

OBJECTIVES = ("visibility", "reputation", "leads")
UTM_MEDIUM = "employee_advocacy"

# XML 1.0 allows #x9 #xA #xD, #x20-#xD7FF, #xE000-#xFFFD and #x10000-#x10FFFF; everything else (C0 controls,
# lone surrogates, U+FFFE/U+FFFF) makes Word's XML unreadable, so it is dropped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean_text(value: object) -> str:
    """User text as Word can hold it: characters XML 1.0 cannot carry removed, line ends made "\\n"."""
    text = "" if value is None else str(value)
    text = _NOT_XML.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class KitCampaign:
    id: str
    name: str
    objective: str = "visibility"  # one of OBJECTIVES: the kit explains it in the reader's language
    objective_text: dict[str, str] = field(default_factory=dict)  # language → the campaign's own words (optional)
    contact_name: str = ""
    contact_email: str = ""
    company: str = ""
    slug: str = ""  # utm_campaign; the id when empty

    @property
    def utm_campaign(self) -> str:
        return self.slug or self.id


@dataclass(frozen=True)
class KitAmbassador:
    id: str
    name: str
    email: str = ""
    language: str = "en"  # kit texts: resources/kits/<language>.json
    market: str = ""
    time_zone: str = "UTC"  # IANA
    locale: str = ""  # Babel locale for dates, e.g. "fr_FR"; the language when empty


@dataclass(frozen=True)
class KitImage:
    file_name: str
    data: bytes


@dataclass(frozen=True)
class KitShare:
    id: str
    planned_at: datetime  # UTC, timezone-aware
    network: str  # domain.networks id
    link: str  # the approved variant's link (http/https)
    texts: tuple[str, ...]  # this ambassador's own share text(s)
    hashtags: tuple[str, ...] = ()
    images: tuple[KitImage, ...] = ()
    slot: str = ""  # the wave/slot: texts in the same slot must differ between ambassadors
    approved: bool = False
    content_hash: str = ""  # hash of the content as it is now
    approved_hash: str = ""  # hash of the content when it was approved; must equal content_hash
    executive: str = ""  # whose post this share goes with (the wave follows it); "" when unknown
    executive_at: datetime | None = None  # when that post goes out (UTC, aware)

    @property
    def approval_problem(self) -> str:
        """'' when exportable, else 'not_approved' or 'changed_since_approval'."""
        if not self.approved:
            return "not_approved"
        if self.approved_hash and self.content_hash != self.approved_hash:
            return "changed_since_approval"
        return ""


@dataclass(frozen=True)
class KitInput:
    campaign: KitCampaign
    ambassador: KitAmbassador
    shares: tuple[KitShare, ...]
    disclosure: str = ""  # the disclosure line for the ambassador's market
    opt_out: str = ""  # how to opt out (the campaign's instructions)
    participation: str = ""  # optional extra words on taking part; the kit's own reminder is always there


# --- results -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KitFile:
    ambassador_id: str
    name: str
    email: str
    path: str  # the document
    images: tuple[str, ...] = ()  # images written beside it
    utm_links: tuple[str, ...] = ()


@dataclass(frozen=True)
class KitSkip:
    ambassador_id: str
    name: str
    reason: str  # stable code: no_shares, cancelled, failed
    detail: str = ""


@dataclass(frozen=True)
class KitExportResult:
    folders: tuple[str, ...] = ()  # one per campaign
    files: tuple[KitFile, ...] = ()
    skipped: tuple[KitSkip, ...] = ()
    warnings: tuple[str, ...] = ()
    manifests: tuple[str, ...] = ()
    zips: tuple[str, ...] = ()
    cancelled: bool = False
    # documents an earlier export left in a campaign's folder (its manifest lists them) for people this export
    # no longer includes (opted out, no longer planned): removed, with their pictures, once the export is whole
    removed: tuple[str, ...] = ()


def result_to_dict(result: KitExportResult) -> dict[str, Any]:
    """The JSON of `ghostdesk kits export --json`: files, skipped with reasons, warnings."""
    return {
        "folders": list(result.folders),
        "files": [
            {
                "ambassador_id": f.ambassador_id,
                "name": f.name,
                "email": f.email,
                "path": f.path,
                "images": list(f.images),
                "utm_links": list(f.utm_links),
            }
            for f in result.files
        ],
        "skipped": [
            {"ambassador_id": s.ambassador_id, "name": s.name, "reason": s.reason, "detail": s.detail}
            for s in result.skipped
        ],
        "warnings": list(result.warnings),
        "manifests": list(result.manifests),
        "zips": list(result.zips),
        "cancelled": result.cancelled,
        "removed": list(result.removed),
    }


# --- errors ------------------------------------------------------------------------------------------


class KitError(GhostDeskError):
    code = "kit_error"

    def to_dict(self) -> dict[str, Any]:
        # items and pairs are lists of plain dicts: keep them as they are for the JSON output.
        plain = super().to_dict()
        plain.update({k: v for k, v in self.fields.items() if k in ("items", "pairs")})
        return plain


class KitsNeedApproval(KitError):
    """fields: items — [{ambassador_id, name, share_id, problem}]."""

    code = "kits_need_approval"


class KitsTooSimilar(KitError):
    """fields: pairs — [{slot, a, b, share_a, share_b, score}] (a, b: ambassador ids)."""

    code = "kits_too_similar"


class KitPathUnsafe(KitError):
    code = "kit_path_unsafe"


def utm_link(link: str, network: str, campaign: str, ambassador_id: str) -> str:
    """`link` with this person's UTM parameters (existing utm_* replaced, other query kept); '' unless the
    link is http(s) — nothing else may become a clickable target in a kit."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    link = clean_text(link).strip()
    try:
        parts = urlsplit(link)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith("utm_")]
    query += [  # cleaned like every other text: a lone surrogate cannot be percent-encoded (UTF-8 refuses it)
        ("utm_source", clean_text(network)),
        ("utm_medium", UTM_MEDIUM),
        ("utm_campaign", clean_text(campaign)),
        ("utm_content", clean_text(ambassador_id)),
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(query), parts.fragment))
