"""Services: drafts in and out of Word — import a .docx/.txt draft, export the executive review copy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ghostdesk.domain import networks
from ghostdesk.domain.errors import GhostDeskError, ValidationError
from ghostdesk.domain.posts import MAX_BODY
from ghostdesk.export import post_review
from ghostdesk.storage import executives_repo, posts_repo
from ghostdesk.storage.workspace import Workspace


class ImportFailed(GhostDeskError):
    code = "post_import_failed"


@dataclass(frozen=True)
class ImportedDraft:
    title: str
    body: str


def import_draft(path: Path) -> ImportedDraft:
    """Read a draft: the first non-empty line/paragraph becomes the title when it is short, the rest the body."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        try:
            import docx  # lazy

            paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
        except Exception as exc:  # python-docx raises several types on damaged files
            raise ImportFailed(f"{path.name} could not be read as a Word document", path=str(path)) from exc
    elif suffix in (".txt", ".md", ""):
        try:
            paragraphs = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n")
        except UnicodeDecodeError as exc:
            raise ImportFailed(f"{path.name} is not UTF-8 text", path=str(path)) from exc
    else:
        raise ValidationError(f"Cannot import {suffix} files", field="path", suffix=suffix)
    while paragraphs and not paragraphs[0].strip():
        paragraphs.pop(0)
    title = ""
    if len(paragraphs) > 1 and 0 < len(paragraphs[0].strip()) <= 80 and not paragraphs[1].strip():
        title = paragraphs.pop(0).strip()
    body = "\n".join(paragraphs).strip()
    if len(body) > MAX_BODY:
        raise ValidationError(f"A post has at most {MAX_BODY} characters", field="body", limit=MAX_BODY)
    return ImportedDraft(title, body)


def preview_text(body: str, network: str = "linkedin") -> str:
    """What the feed shows before "see more"."""
    fold = networks.fold_index(body, network)
    return body if fold is None else body[:fold].rstrip() + " …"


def export_review_copy(
    workspace: Workspace,
    post_id: str,
    target: Path,
    *,
    questions: list[str],
    findings: list[str] | None = None,
    labels: dict[str, str] | None = None,
) -> Path:
    """Write the review copy. `labels` lets the UI pass translated headings; English by default."""
    words = {
        "heading": "Review copy: {title}",
        "networks": "Networks: {networks}",
        "version": "Version {number}, content fingerprint {hash}",
        "preview": "How the feed shows it (before “see more”)",
        "questions": "Open questions",
        "findings": "Points to check",
        "signoff": "Your approval",
        "signoff_line": "Approved as written: ____________  Date: ________",
        **(labels or {}),
    }
    post = posts_repo.get(workspace.db, post_id)
    executive = executives_repo.get(workspace.db, post.executive_id)
    latest = posts_repo.latest_version(workspace.db, post_id)
    names = ", ".join(networks.NETWORKS[n].name if n in networks.NETWORKS else n for n in post.networks)
    network = post.networks[0] if post.networks else "linkedin"
    copy = post_review.ReviewCopy(
        heading=words["heading"].format(title=post.title or executive.name),
        executive_name=executive.name,
        meta_lines=[
            words["networks"].format(networks=names),
            words["version"].format(number=latest.number if latest else 1, hash=post.content_hash[:12]),
        ],
        body=post.body,
        preview_label=words["preview"],
        preview_text=preview_text(post.body, network),
        questions_label=words["questions"],
        questions=[q for q in questions if q.strip()],
        findings_label=words["findings"],
        findings=list(findings or []),
        signoff_label=words["signoff"],
        signoff_lines=[words["signoff_line"]],
    )
    return post_review.write(copy, target)
