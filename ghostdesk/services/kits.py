"""Services: share kits for a batch of ambassadors — approval gate, uniqueness guard, safe files, process pool.

    export(inputs, out_dir, jobs=..., accept_similar=..., zip=..., progress=..., cancel=...) -> KitExportResult

Fed with plain `KitInput`s (ghostdesk.domain.kits); campaigns build them through an adapter. Nothing is
written before both checks pass. Each document, image and manifest is written to a temp file and then
replaced, so a cancel or a crash never leaves half a file. Workers receive plain data only.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
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
from ghostdesk.export.ambassadors_csv import neutralise

__all__ = ["SIMILARITY", "check_approval", "export", "result_to_dict", "safe_name", "similar_pairs"]

# Two share texts in the same wave scoring at least this (rapidfuzz ratio, 0–100, on case- and space-folded
# text) read as the same post to anyone who sees both: the networks' spam filters think so too.
SIMILARITY = 90.0
MAX_NAME_BYTES = 100
MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ["name", "email", "language", "file", "images", "utm_links"]

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


def similar_pairs(inputs: Sequence[KitInput], threshold: float = SIMILARITY) -> list[dict[str, Any]]:
    """Near-identical share texts of DIFFERENT ambassadors within the same wave/slot (the slot, or the
    planned time when a share has none), best score first."""
    from rapidfuzz import fuzz, process  # lazy: only an export needs it

    slots: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {}
    for kit in inputs:
        for share in kit.shares:
            slot = share.slot or share.planned_at.isoformat()
            for text in share.texts:
                folded = _fold(text)
                if folded:
                    entry = (kit.ambassador.id, clean_text(kit.ambassador.name), share.id, folded)
                    slots.setdefault((kit.campaign.id, slot), []).append(entry)
    pairs = []
    for (_campaign, slot), entries in slots.items():
        texts = [e[3] for e in entries]
        for i, (person, name, share_id, text) in enumerate(entries[:-1]):
            offset = i + 1
            for _match, score, j in process.extract(
                text, texts[offset:], scorer=fuzz.ratio, score_cutoff=threshold, limit=None
            ):
                other = entries[offset + j]
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


# --- file names ---------------------------------------------------------------------------------------


def safe_name(text: str, fallback: str) -> str:
    """A file-name stem valid on Windows, macOS and Linux (pathvalidate), never hidden or empty."""
    from pathvalidate import sanitize_filename  # lazy

    cleaned = clean_text(text).replace("\n", " ").replace("\t", " ")
    stem = sanitize_filename(cleaned, platform="universal", max_len=MAX_NAME_BYTES, replacement_text="_")
    stem = stem.strip(" .")
    if not stem:
        stem = sanitize_filename(clean_text(fallback), platform="universal", max_len=MAX_NAME_BYTES).strip(" .")
    return stem or "kit"


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, proven to stay in `folder` once resolved (no '..', no absolute path, no link out)."""
    base = folder.resolve()
    target = (base / name).resolve()
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
    kit: KitInput
    document: str  # absolute path of the .docx
    images_dir: str  # absolute path of the folder for the images ('' when the kit has none)


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
                target = inside(folder, f"{name}.{safe_suffix}")
                kit_docx.save_atomically(target, lambda handle, data=image.data: handle.write(data))
                images.append(str(target))
    written = kit_docx.write(job.kit, Path(job.document), Path(job.images_dir).name if job.images_dir else "")
    warnings.extend(written.warnings)
    return {"path": str(written.path), "images": images, "utm_links": written.utm_links, "warnings": warnings}


def _write_chunk(jobs: Sequence[_Job]) -> list[tuple[dict[str, Any] | None, str]]:
    """Several kits per round trip to a worker: one kit is ~15 ms, so per-kit messages cost a real share."""
    results: list[tuple[dict[str, Any] | None, str]] = []
    for job in jobs:
        try:
            results.append((_write_one(job), ""))
        except Exception as error:  # one broken kit must not lose the others
            results.append((None, f"{type(error).__name__}: {error}"))
    return results


# Kits per worker round trip, at most (smaller batches when there are few kits, so progress stays smooth).
CHUNK = 16


def _pool(jobs: int) -> ProcessPoolExecutor:
    """Workers that start clean (no fork of a running GUI with its threads): forkserver where it exists,
    preloaded with the writer so each worker starts warm; spawn elsewhere."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["ghostdesk.services.kits", "docx", "babel.dates"])
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context)


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
) -> KitExportResult:
    """Write one kit per input. Raises KitsNeedApproval or KitsTooSimilar before writing anything."""
    inputs = list(inputs)
    needs = check_approval(inputs)
    if needs:
        raise KitsNeedApproval("some shares are not approved, or changed since approval", items=needs)
    pairs = similar_pairs(inputs, threshold)
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
            folder = inside(out, stem)
            with writing(folder):
                folder.mkdir(exist_ok=True)
            folders[campaign.id] = folder
            taken_files[campaign.id] = {MANIFEST.casefold()}
        folder = folders[campaign.id]
        stem = _unique(safe_name(person.name, f"kit-{person.id}"), taken_files[campaign.id])
        taken_files[campaign.id].add(f"{stem}_images".casefold())
        document = inside(folder, f"{stem}.docx")
        has_images = any(s.images for s in kit.shares)
        images_dir = inside(folder, f"{stem}_images") if has_images else None
        planned.append(_Job(kit, str(document), str(images_dir) if images_dir else ""))

    done: list[tuple[_Job, dict[str, Any]]] = []
    failed: list[tuple[_Job, str]] = []
    cancelled = False
    total = len(planned)
    workers = max(1, min(jobs or os.cpu_count() or 1, total))

    def finished(job: _Job, outcome: dict[str, Any] | None, error: str = "") -> None:
        if outcome is None:
            failed.append((job, error))
        else:
            done.append((job, outcome))
        if progress:
            progress(len(done) + len(failed), total)

    if workers == 1:
        for job in planned:
            if is_cancelled():
                cancelled = True
                break
            try:
                finished(job, _write_one(job))
            except Exception as error:  # same as the pool: one broken kit must not lose the others
                finished(job, None, f"{type(error).__name__}: {error}")
    else:
        size = max(1, min(CHUNK, total // (workers * 4)))
        chunks = [planned[i : i + size] for i in range(0, total, size)]
        with _pool(workers) as pool:
            queue = iter(chunks)
            running: dict[Future, list[_Job]] = {}
            window = workers * 2  # a couple of chunks queued per worker; cancel then waits for at most these
            while True:
                while not cancelled and len(running) < window:
                    if is_cancelled():
                        cancelled = True
                        break
                    chunk = next(queue, None)
                    if chunk is None:
                        break
                    try:
                        running[pool.submit(_write_chunk, chunk)] = chunk
                    except BrokenProcessPool:  # a worker died (killed, out of memory): the rest fail, listed
                        for job in [*chunk, *(j for rest in queue for j in rest)]:
                            finished(job, None, "the worker processes stopped")
                        break
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

    written = {job.document for job, _ in done}
    for job, error in failed:
        skipped.append(KitSkip(job.kit.ambassador.id, clean_text(job.kit.ambassador.name), "failed", error))
    for job in planned:
        if job.document not in written and all(job is not f[0] for f in failed):
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
        for job, outcome in sorted(done, key=lambda d: planned.index(d[0]))
    ]
    for _job, outcome in done:
        warnings.extend(outcome["warnings"])
    for folder in folders.values():
        _remove_leftovers(folder)

    manifests: list[str] = []
    zips: list[str] = []
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
    )


def _cancel_check(cancel: Any) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if hasattr(cancel, "is_set"):  # threading.Event
        return cancel.is_set
    return lambda: bool(cancel())


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
                neutralise(" ".join(outcome["utm_links"])),
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
