"""Services: share kits for a batch of ambassadors — approval gate, uniqueness guard, safe files, process pool.

    export(inputs, out_dir, jobs=..., accept_similar=..., zip=..., progress=..., cancel=...) -> KitExportResult

Fed with plain `KitInput`s (ghostdesk.domain.kits); campaigns build them through an adapter. Nothing is
written before both checks pass. Each document, image and manifest is written to a temp file and then
replaced, so a cancel or a crash never leaves half a file. Workers receive plain data only.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ghostdesk.domain.files import writing
from ghostdesk.domain.kits import (
    KitExportResult,
    KitFile,
    KitInput,
    KitPathUnsafe,
    KitSkip,
    KitsNeedApproval,
    KitsTooSimilar,
    clean_text,
    result_to_dict,
)
from ghostdesk.export import kit_docx
from ghostdesk.export.ambassadors_csv import FORMULA_STARTS, neutralise

__all__ = [
    "SIMILARITY",
    "check_approval",
    "export",
    "prepare_workers",
    "result_to_dict",
    "safe_name",
    "similar_pairs",
]

# Two share texts in the same wave scoring at least this (rapidfuzz ratio, 0–100, on case- and space-folded
# text) read as the same post to anyone who sees both: the networks' spam filters think so too.
SIMILARITY = 90.0
MAX_NAME_BYTES = 100
MANIFEST = "manifest.csv"
# campaign_id (added last: the columns before it are a contract) names whose kits a row lists: a re-export acts
# only on rows of its own campaign, never on a namesake campaign's kits exported to the same folder.
MANIFEST_COLUMNS = ["name", "email", "language", "file", "images", "utm_links", "campaign_id"]

Progress = Callable[[int, int], None]


# --- checks before anything is written ---------------------------------------------------------------


def check_approval(inputs: Iterable[KitInput]) -> list[dict[str, str]]:
    """Every share that is not approved, or changed since it was approved."""
    items = []
    for kit in inputs:
        for share in kit.shares:
            problem = share.approval_problem
            if problem:
                items.append(
                    {
                        "campaign_id": kit.campaign.id,
                        "ambassador_id": kit.ambassador.id,
                        "name": clean_text(kit.ambassador.name),
                        "share_id": share.id,
                        "problem": problem,
                    }
                )
    return items


def _fold(text: str) -> str:
    return " ".join(clean_text(text).casefold().split())


def similar_pairs(inputs: Sequence[KitInput], threshold: float = SIMILARITY, pool: Any = None) -> list[dict[str, Any]]:
    """Near-identical share texts of DIFFERENT ambassadors within the same wave/slot (the slot, or the
    planned time when a share has none), best score first. `pool`: the export's worker pool, already started;
    a large batch's comparisons are shared out between its workers (the same pairs, in the same order)."""
    slots: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {}
    for kit in inputs:
        for share in kit.shares:
            slot = share.slot or share.planned_at.isoformat()
            for text in share.texts:
                folded = _fold(text)
                if folded:
                    entry = (kit.ambassador.id, clean_text(kit.ambassador.name), share.id, folded)
                    slots.setdefault((kit.campaign.id, slot), []).append(entry)
    groups = [[e[3] for e in entries] for entries in slots.values()]
    found = None
    if pool is not None and sum(len(t) * (len(t) - 1) // 2 for t in groups) >= POOL_COMPARISONS:
        with contextlib.suppress(BrokenProcessPool):  # the workers stopped: compare here instead
            found = _matches_in(pool, groups, threshold)
    if found is None:
        found = [_matches(texts, 0, len(texts) - 1, threshold) for texts in groups]
    pairs = []
    for ((_campaign, slot), entries), rows in zip(slots.items(), found, strict=True):
        for (person, name, share_id, _text), row in zip(entries, rows, strict=False):
            for j, score in row:
                other = entries[j]
                if other[0] == person:
                    continue  # one person's own alternatives may resemble each other
                pairs.append(
                    {
                        "slot": slot,
                        "a": person,
                        "a_name": name,
                        "share_a": share_id,
                        "b": other[0],
                        "b_name": other[1],
                        "share_b": other[2],
                        "score": round(float(score), 1),
                    }
                )
    pairs.sort(key=lambda p: -p["score"])
    return pairs


# A batch with at least this many text comparisons has them made by the pool's workers (≈0.5 µs each: below
# this, sending them costs more than it saves).
POOL_COMPARISONS = 20_000


def _matches(texts: Sequence[str], start: int, stop: int, threshold: float) -> list[list[tuple[int, float]]]:
    """For each text `i` in [start, stop): the later texts scoring at least `threshold` against it, as
    (index, score), best first (rapidfuzz's order: ties by index). Run inline or in a pool worker."""
    from rapidfuzz import fuzz, process  # lazy: only an export needs it

    rows = []
    for i in range(start, stop):
        offset = i + 1
        rows.append(
            [
                (offset + j, score)
                for _match, score, j in process.extract(
                    texts[i], texts[offset:], scorer=fuzz.ratio, score_cutoff=threshold, limit=None
                )
            ]
        )
    return rows


def _matches_from(texts: Sequence[str], first: int, stop: int, threshold: float) -> list[list[tuple[int, float]]]:
    """In a worker: `_matches` over rows [first, stop) of a slot, given only the slot's texts from `first` on."""
    return [[(first + j, score) for j, score in row] for row in _matches(texts, 0, stop - first, threshold)]


def _matches_in(pool: Any, groups: list[list[str]], threshold: float) -> list[list[list[tuple[int, float]]]]:
    """`_matches` for every slot's rows, shared out between the pool's workers in parts of about equal work
    (row i compares with the n - 1 - i texts after it), put back together in row order."""
    parts = []  # (slot, future)
    for n, texts in enumerate(groups):
        for first, stop in _row_parts(len(texts), POOL_PARTS):
            parts.append((n, pool.submit(_matches_from, texts[first:], first, stop, threshold)))
    found: list[list[list[tuple[int, float]]]] = [[] for _ in groups]
    for n, future in parts:
        found[n].extend(future.result())
    return found


POOL_PARTS = 8  # parts per slot: small enough that both workers finish together


def _row_parts(count: int, parts: int) -> list[tuple[int, int]]:
    """Rows 0 … count-2 cut into at most `parts` runs [first, stop) of about equal comparisons."""
    total = count * (count - 1) // 2
    bounds, done, first = [], 0, 0
    for i in range(count - 1):
        done += count - 1 - i
        if done * parts >= total * (len(bounds) + 1):
            bounds.append((first, i + 1))
            first = i + 1
    return bounds


# --- file names ---------------------------------------------------------------------------------------


def safe_name(text: str, fallback: str) -> str:
    """A file-name stem valid on Windows, macOS and Linux (pathvalidate), never hidden or empty."""
    from pathvalidate import sanitize_filename  # lazy

    cleaned = clean_text(text).replace("\n", " ").replace("\t", " ")
    stem = sanitize_filename(cleaned, platform="universal", max_len=MAX_NAME_BYTES, replacement_text="_")
    stem = stem.strip(" .")
    if stem.startswith(FORMULA_STARTS):  # "=SUM(…).docx": the manifest's file column would need an apostrophe
        stem = "_" + stem[1:]  # and no longer name the file; a leading "-" reads as an option in a shell
    if not stem:
        stem = sanitize_filename(clean_text(fallback), platform="universal", max_len=MAX_NAME_BYTES).strip(" .")
    return stem or "kit"


def inside(folder: Path, name: str, *, resolved: bool = False) -> Path:
    """`folder / name`, proven to stay in `folder` once resolved (no '..', no absolute path, no link out).
    `resolved`: `folder` is resolved already (a batch resolves its folders once, not once per file)."""
    base = folder if resolved else folder.resolve()
    target = base / name
    if target.name != name or name in (".", "..") or os.path.islink(target):
        target = target.resolve()  # one plain name that is no link needs no walk: it is base/name as it stands
    if target.parent != base:
        raise KitPathUnsafe("a file name would leave the export folder", name=name, folder=str(base))
    return target


def _unique(stem: str, taken: set[str]) -> str:
    candidate, n = stem, 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({n})"
        n += 1
    taken.add(candidate.casefold())
    return candidate


# --- the worker: plain data in, plain data out ---------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    kit: KitInput  # sent to a worker with its pictures' bytes left out (b""): `pictures` names them
    document: str  # absolute path of the .docx
    images_dir: str  # absolute path of the folder for the images ('' when the kit has none)
    index: int = 0  # position in the batch (results come back in any order)
    pictures: tuple[tuple[int, ...], ...] = ()  # per share, per image: its index in the worker's picture table
    created: datetime | None = None  # the batch's time, written in every document's properties


# A worker's picture table: every distinct picture of the batch, sent once per worker when it starts (a post's
# pictures are in hundreds of kits; sending them with every kit would copy each one hundreds of times).
_PICTURES: tuple[bytes, ...] = ()


def _start_worker(pictures: tuple[bytes, ...], pairs: tuple[tuple[str, str], ...]) -> None:
    """A pool worker's first step: keep the picture table; warm the writer for the batch's languages (a no-op
    when the worker was forked warm from the fork server)."""
    global _PICTURES
    _PICTURES = pictures
    with contextlib.suppress(Exception):  # a failed warm-up only costs speed; a kit reports its own error
        kit_docx.warm(pairs)


def _ready() -> None:
    """A no-op task: submitting one per worker makes the pool start its workers now."""


def _compact(job: _Job, table: dict[bytes, int]) -> _Job:
    """The job as sent to a worker: pictures by index into the batch's picture table, not by bytes."""
    if not any(share.images for share in job.kit.shares):
        return job
    shares, refs = [], []
    for share in job.kit.shares:
        refs.append(tuple(table.setdefault(image.data, len(table)) for image in share.images))
        shares.append(replace(share, images=tuple(replace(image, data=b"") for image in share.images)))
    return replace(job, kit=replace(job.kit, shares=tuple(shares)), pictures=tuple(refs))


def _restore(job: _Job) -> _Job:
    """In the worker: the job with its pictures' bytes back from the picture table."""
    if not job.pictures:
        return job
    shares = tuple(
        replace(
            share, images=tuple(replace(image, data=_PICTURES[i]) for image, i in zip(share.images, refs, strict=True))
        )
        for share, refs in zip(job.kit.shares, job.pictures, strict=True)
    )
    return replace(job, kit=replace(job.kit, shares=shares), pictures=())


def _write_one(job: _Job) -> dict[str, Any]:
    """Run in a worker process (or inline): images beside the document, then the document; each atomic."""
    images: list[str] = []
    warnings: list[str] = []
    if job.images_dir:
        folder = Path(job.images_dir)
        folder.mkdir(exist_ok=True)
        taken: set[str] = set()
        for number, share in enumerate(sorted(job.kit.shares, key=lambda s: kit_docx.utc(s.planned_at)), 1):
            for image in share.images:
                stem, dot, suffix = clean_text(image.file_name).rpartition(".")
                if not dot:
                    stem, suffix = suffix, "png"
                name = _unique(f"{number:02d}-{safe_name(stem, 'image')}", taken)
                safe_suffix = re.sub(r"[^A-Za-z0-9]", "", suffix)[:8] or "bin"
                target = inside(folder, f"{name}.{safe_suffix}", resolved=True)
                kit_docx.save_atomically(target, lambda handle, data=image.data: handle.write(data))
                images.append(str(target))
    images_folder = Path(job.images_dir).name if job.images_dir else ""
    written = kit_docx.write(job.kit, Path(job.document), images_folder, job.created)
    warnings.extend(written.warnings)
    return {"path": str(written.path), "images": images, "utm_links": written.utm_links, "warnings": warnings}


def _write_chunk(jobs: Sequence[_Job]) -> list[tuple[dict[str, Any] | None, str]]:
    """Several kits per round trip to a worker: one kit is ~15 ms, so per-kit messages cost a real share."""
    results: list[tuple[dict[str, Any] | None, str]] = []
    for job in jobs:
        try:
            results.append((_write_one(_restore(job)), ""))
        except Exception as error:  # one broken kit must not lose the others
            results.append((None, f"{type(error).__name__}: {error}"))
    return results


# Kits per worker round trip, at most. The first chunks are small (the first kits show in the progress bar at
# once), then they grow to CHUNK, and shrink again as the batch runs out (a few per worker of what is left), so
# the workers finish together.
CHUNK = 16
FIRST_CHUNK = 4
# Chunks waiting or running per worker: Cancel then waits for at most these.
QUEUED = 2
# What the fork server imports before it forks any worker: the writer, warmed and frozen
# (ghostdesk.export.kit_preload). Not "__main__": on the Pythons we support, the fork server is not told the main
# script's path, so naming it here loads nothing, and each worker still runs a script's top level as `__mp_main__`.
PRELOAD = ["ghostdesk.services.kits", "ghostdesk.export.kit_preload"]


def _chunk_size(remaining: int, workers: int, sent: int) -> int:
    """Kits in the next chunk, when `sent` chunks went before it and `remaining` kits are left."""
    rising = FIRST_CHUNK << (sent // workers)
    return max(1, min(CHUNK, rising, remaining // (workers * 3)))


def _context():
    """Workers that start clean (no fork of a running GUI with its threads): forkserver where it exists, its
    server preloaded with the warmed writer so each worker is forked warm; spawn elsewhere."""
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def prepare_workers() -> None:
    """Start the kit pool's fork server now: it imports python-docx and Babel and builds every language's
    template in its own process while the caller goes on (reading the plan, running the checks); the pool of
    the next export then forks warm workers from it at once. It stays up for the rest of the session (and is
    reused); does nothing where there is no fork server (Windows)."""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _pool(jobs: int, pictures: tuple[bytes, ...] = (), pairs: tuple[tuple[str, str], ...] = ()):
    """A pool of `jobs` workers, started now (each gets the picture table and warms for `pairs`)."""
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(), initializer=_start_worker, initargs=(pictures, pairs)
    )
    for _ in range(jobs):
        pool.submit(_ready)  # workers start on demand: one task each starts them all now
    return pool


# --- the batch ------------------------------------------------------------------------------------------


def export(
    inputs: Sequence[KitInput],
    out_dir: Path | str,
    *,
    jobs: int | None = None,
    accept_similar: bool = False,
    zip: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | Any = None,
    threshold: float = SIMILARITY,
    now: datetime | None = None,
) -> KitExportResult:
    """Write one kit per input. Raises KitsNeedApproval or KitsTooSimilar before writing anything.
    `now`: the time written in every document's properties (the start of the export when None)."""
    inputs = list(inputs)
    now = now or datetime.now(UTC)
    size = min(jobs or os.cpu_count() or 1, len(inputs))
    if size > 1:
        prepare_workers()  # the fork server warms up in its own process while the checks run here
    needs = check_approval(inputs)
    if needs:
        raise KitsNeedApproval("some shares are not approved, or changed since approval", items=needs)
    if size <= 1:
        return _export(inputs, out_dir, None, accept_similar, zip, progress, cancel, threshold, now)
    # The workers start now, beside the similarity check (which they share) and the planning of the names: they
    # write nothing before both checks have passed. Their picture table and languages come from the inputs.
    table: dict[bytes, int] = {}
    for kit in inputs:
        for share in kit.shares:
            for image in share.images:
                table.setdefault(image.data, len(table))
    languages = set()
    for kit in inputs:  # each kit's (language, locale of its dates), as the writer will ask Babel for them
        language = kit_docx.kit_language(kit.ambassador.language)
        languages.add((language, kit_docx.date_locale(kit.ambassador.locale, kit.ambassador.language, language)))
    with _pool(size, tuple(table), tuple(sorted(languages))) as pool:
        return _export(inputs, out_dir, (pool, size, table), accept_similar, zip, progress, cancel, threshold, now)


def _export(
    inputs: list[KitInput],
    out_dir: Path | str,
    pooled: tuple[Any, int, dict[bytes, int]] | None,
    accept_similar: bool,
    zip: bool,
    progress: Progress | None,
    cancel: Callable[[], bool] | Any,
    threshold: float,
    now: datetime | None = None,
) -> KitExportResult:
    """`export` once the approvals are known good: `pooled` is (the started pool, its size, its picture table)."""
    pairs = similar_pairs(inputs, threshold, pooled[0]) if pooled else similar_pairs(inputs, threshold)
    warnings: list[str] = []
    if pairs and not accept_similar:
        raise KitsTooSimilar("share texts in the same wave are nearly identical", pairs=pairs)
    for pair in pairs:
        warnings.append(
            f"accepted as similar ({pair['score']:g}%): {pair['a_name']} and {pair['b_name']} in {pair['slot']}"
        )
    is_cancelled = _cancel_check(cancel)

    out = Path(out_dir)
    with writing(out):
        out.mkdir(parents=True, exist_ok=True)
    base = out.resolve()
    skipped: list[KitSkip] = []
    planned: list[_Job] = []
    folders: dict[str, Path] = {}
    taken_folders: set[str] = set()
    taken_files: dict[str, set[str]] = {}
    seen: set[tuple[str, str]] = set()
    for kit in inputs:
        person, campaign = kit.ambassador, kit.campaign
        name = clean_text(person.name)
        if (campaign.id, person.id) in seen:
            skipped.append(KitSkip(person.id, name, "duplicate", "the same ambassador twice in one campaign"))
            continue
        seen.add((campaign.id, person.id))
        if not kit.shares:
            skipped.append(KitSkip(person.id, name, "no_shares", "nothing planned for this person"))
            continue
        if campaign.id not in folders:
            stem = _unique(safe_name(campaign.name, campaign.utm_campaign), taken_folders)
            folder = inside(base, stem, resolved=True)
            with writing(folder):
                folder.mkdir(exist_ok=True)
            folders[campaign.id] = folder
            taken_files[campaign.id] = {MANIFEST.casefold()}
        folder = folders[campaign.id]
        stem = _unique(safe_name(person.name, f"kit-{person.id}"), taken_files[campaign.id])
        taken_files[campaign.id].add(f"{stem}_images".casefold())
        document = inside(folder, f"{stem}.docx", resolved=True)
        has_images = any(s.images for s in kit.shares)
        images_dir = inside(folder, f"{stem}_images", resolved=True) if has_images else None
        planned.append(_Job(kit, str(document), str(images_dir) if images_dir else "", len(planned), created=now))

    # What an earlier export left in these folders, read before this one replaces the manifest.
    earlier = {campaign_id: _earlier_documents(folder, campaign_id) for campaign_id, folder in folders.items()}

    outcomes: list[dict[str, Any] | None] = [None] * len(planned)
    errors: dict[int, str] = {}
    cancelled = False
    total = len(planned)
    workers = min(pooled[1], total) if pooled else 1
    count = 0

    def finished(job: _Job, outcome: dict[str, Any] | None, error: str = "") -> None:
        nonlocal count
        if outcome is None:
            errors[job.index] = error
        else:
            outcomes[job.index] = outcome
        count += 1
        if progress:
            progress(count, total)

    if workers <= 1:
        for job in planned:
            if is_cancelled():
                cancelled = True
                break
            try:
                finished(job, _write_one(job))
            except Exception as error:  # same as the pool: one broken kit must not lose the others
                finished(job, None, f"{type(error).__name__}: {error}")
    else:
        assert pooled is not None
        pool, table = pooled[0], pooled[2]
        position = sent = 0
        running: dict[Future, list[_Job]] = {}
        broken = False
        while True:
            while not cancelled and not broken and position < total and len(running) < workers * QUEUED:
                if is_cancelled():
                    cancelled = True
                    break
                size = _chunk_size(total - position, workers, sent)
                # Compacted as it is sent, while the workers write the chunks before it.
                chunk = [_compact(job, table) for job in planned[position : position + size]]
                sent += 1
                try:
                    running[pool.submit(_write_chunk, chunk)] = chunk
                except BrokenProcessPool:  # a worker died (killed, out of memory): the rest fail, listed
                    broken = True
                    for job in planned[position:]:
                        finished(job, None, "the worker processes stopped")
                position += size
            if not running:
                break
            ready, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in ready:
                chunk = running.pop(future)
                error = future.exception()
                if error is None:
                    # (`zip` is this function's flag, so pair by position.)
                    for index, (outcome, problem) in enumerate(future.result()):
                        finished(chunk[index], outcome, problem)
                else:
                    for job in chunk:
                        finished(job, None, f"{type(error).__name__}: {error}")
            if not cancelled and is_cancelled():
                cancelled = True
                for future in list(running):
                    if future.cancel():
                        running.pop(future)

    done = [(job, outcomes[job.index]) for job in planned if outcomes[job.index] is not None]
    for job in planned:
        person = job.kit.ambassador
        if job.index in errors:
            skipped.append(KitSkip(person.id, clean_text(person.name), "failed", errors[job.index]))
    for job in planned:
        if outcomes[job.index] is None and job.index not in errors:
            skipped.append(KitSkip(job.kit.ambassador.id, clean_text(job.kit.ambassador.name), "cancelled"))
    files = [
        KitFile(
            job.kit.ambassador.id,
            clean_text(job.kit.ambassador.name),
            clean_text(job.kit.ambassador.email),
            outcome["path"],
            tuple(outcome["images"]),
            tuple(outcome["utm_links"]),
        )
        for job, outcome in done
    ]
    for _job, outcome in done:
        warnings.extend(outcome["warnings"])
    if errors or cancelled:  # only a write stopped midway (a worker killed, a cancel) can leave a temp file
        for folder in folders.values():
            _remove_leftovers(folder)

    manifests: list[str] = []
    zips: list[str] = []
    removed: list[str] = []
    # Names compared as the file system may (case-insensitive on macOS and Windows): "anna smith.docx" listed
    # before is the "Anna Smith.docx" just written, not a kit to remove.
    wanted = {Path(job.document).name.casefold() for job in planned}
    for campaign_id, folder in folders.items():
        if cancelled:  # the folder is part old, part new: an old manifest would describe neither
            if earlier[campaign_id]:
                with writing(folder / MANIFEST):
                    (folder / MANIFEST).unlink(missing_ok=True)
            continue
        gone = [(d, pictures) for d, pictures in earlier[campaign_id] if d.name.casefold() not in wanted]
        removed.extend(_remove_documents(gone, warnings))
    if not cancelled:
        for campaign_id, folder in folders.items():
            mine = [(job, outcome) for job, outcome in done if job.kit.campaign.id == campaign_id]
            manifest = inside(folder, MANIFEST)
            write_manifest(manifest, folder, mine)
            manifests.append(str(manifest))
            if zip:
                zips.append(str(_zip(folder, out)))
    return KitExportResult(
        folders=tuple(str(f) for f in folders.values()),
        files=tuple(files),
        skipped=tuple(skipped),
        warnings=tuple(warnings),
        manifests=tuple(manifests),
        zips=tuple(zips),
        cancelled=cancelled,
        removed=tuple(removed),
    )


def _cancel_check(cancel: Any) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if hasattr(cancel, "is_set"):  # threading.Event
        return cancel.is_set
    return lambda: bool(cancel())


def _listed(value: str | None) -> str:
    """A manifest cell as written before `neutralise` guarded it against spreadsheets."""
    text = (value or "").strip()
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def _earlier_documents(folder: Path, campaign_id: str) -> list[tuple[Path, list[Path]]]:
    """The documents an earlier export of this campaign listed in `folder`'s manifest that are still there, each
    with the pictures its row lists: rows of this campaign only (a namesake campaign's, or a manifest written
    before rows named their campaign, are never acted on), documents directly in `folder`, .docx only, and
    pictures only in that document's own `<stem>_images/` folder."""
    try:
        text = (folder / MANIFEST).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []
    found: list[tuple[Path, list[Path]]] = []
    for row in csv.DictReader(io.StringIO(text)):
        name = _listed(row.get("file"))
        if _listed(row.get("campaign_id")) != campaign_id or not name.lower().endswith(".docx"):
            continue
        path = folder / name
        if path.parent != folder or not path.is_file() or path.is_symlink():
            continue
        # The images cell joins "<stem>_images/<name>" paths with spaces; names may hold spaces, the prefix
        # starts each one.
        prefix = f"{path.stem}_images/"
        cell = _listed(row.get("images"))
        names = cell[len(prefix) :].split(f" {prefix}") if cell.startswith(prefix) else []
        pictures = [folder / f"{path.stem}_images" / n for n in names if n and "/" not in n and "\\" not in n]
        found.append((path, [p for p in pictures if p.is_file() and not p.is_symlink()]))
    return found


def _remove_documents(documents: Sequence[tuple[Path, list[Path]]], warnings: list[str]) -> list[str]:
    """Remove each document and the pictures its manifest row listed (then their folder, if that left it empty).
    A document that cannot be removed (open in Word on Windows, a read-only copy) is a warning, not a failed
    export: the new kits are written, and the new manifest, which no longer lists that person, must be too."""
    removed: list[str] = []
    for document, pictures in documents:
        try:
            document.unlink(missing_ok=True)
            for picture in pictures:
                picture.unlink(missing_ok=True)
        except OSError as exc:
            warnings.append(
                f"{document.name}: an earlier kit for someone no longer included could not be removed ({exc.strerror or exc})"
            )
            continue
        with contextlib.suppress(OSError):
            (document.parent / f"{document.stem}_images").rmdir()  # only when empty: nothing else is touched
        removed.append(str(document))
    return removed


def _remove_leftovers(folder: Path) -> None:
    """Temp files of writes that never finished (a worker killed mid-write)."""
    for stray in [*folder.glob(".*.part"), *folder.glob("*/.*.part")]:
        stray.unlink(missing_ok=True)


def manifest_rows(folder: Path, done: Sequence[tuple[_Job, dict[str, Any]]]) -> list[list[str]]:
    rows = [MANIFEST_COLUMNS]
    for job, outcome in done:
        person = job.kit.ambassador
        rows.append(
            [
                neutralise(clean_text(person.name)),
                neutralise(clean_text(person.email)),
                neutralise(kit_docx.kit_language(person.language)),
                neutralise(Path(outcome["path"]).relative_to(folder).as_posix()),
                neutralise(" ".join(Path(p).relative_to(folder).as_posix() for p in outcome["images"])),
                neutralise(" ".join(dict.fromkeys(outcome["utm_links"]))),  # each link once, in kit order
                neutralise(job.kit.campaign.id),
            ]
        )
    return rows


def write_manifest(path: Path, folder: Path, done: Sequence[tuple[_Job, dict[str, Any]]]) -> None:
    """For mail merge: UTF-8 with BOM (Excel reads accents right); no cell can run as a formula."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows(manifest_rows(folder, done))
    data = buffer.getvalue().encode("utf-8-sig")
    kit_docx.save_atomically(path, lambda handle: handle.write(data))


def _zip(folder: Path, out: Path) -> Path:
    target = inside(out, folder.name + ".zip")

    def save(handle) -> None:
        with zipfile.ZipFile(handle, "w") as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    # .docx and pictures are compressed already
                    method = zipfile.ZIP_DEFLATED if path.suffix.lower() == ".csv" else zipfile.ZIP_STORED
                    archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}", compress_type=method)

    kit_docx.save_atomically(target, save)
    return target
