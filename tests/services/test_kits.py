"""Batch export of share kits: approval gate, uniqueness guard, safe file names, manifest, cancel, pool."""

from __future__ import annotations

import csv
import json
import threading
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from _kits import DISTINCT, kit, png, share
from hypothesis import given, settings
from hypothesis import strategies as st

from ghostdesk.domain.kits import KitImage, KitPathUnsafe, KitsNeedApproval, KitsTooSimilar, result_to_dict
from ghostdesk.services import kits

NOW = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)  # both exports of a comparison write the same properties' time


def _files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_exports_one_document_per_person_with_images_and_manifest(tmp_path):
    inputs = [kit(i, language=lang) for i, lang in enumerate(["en", "fr", "ja"])]
    seen = []
    result = kits.export(inputs, tmp_path, jobs=1, progress=lambda done, total: seen.append((done, total)))
    folder = tmp_path / "Spring launch"
    assert result.folders == (str(folder),)
    assert [Path(f.path).name for f in result.files] == ["Person 0.docx", "Person 1.docx", "Person 2.docx"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    for index, file in enumerate(result.files):
        document = docx.Document(file.path)
        assert inputs[index].shares[0].texts[0] in [p.text for p in document.paragraphs]
        assert Path(file.images[0]).read_bytes() == png()
        assert Path(file.images[0]).parent == folder / f"Person {index}_images"
    with open(folder / "manifest.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["file"] for r in rows] == ["Person 0.docx", "Person 1.docx", "Person 2.docx"]
    assert rows[1]["email"] == "p1@example.com" and rows[1]["language"] == "fr"
    assert "utm_content=amb-1" in rows[1]["utm_links"]
    assert rows[2]["images"] == "Person 2_images/01-visual.png"
    assert not list(folder.glob(".*.part"))


def test_result_to_dict_is_the_cli_json(tmp_path):
    result = kits.export([kit(0), replace(kit(1), shares=())], tmp_path, jobs=1)
    data = json.loads(json.dumps(kits.result_to_dict(result)))
    assert {"files", "skipped", "warnings"} <= set(data)
    assert data["files"][0]["utm_links"][0].endswith("utm_content=amb-0")
    assert data["skipped"] == [
        {"ambassador_id": "amb-1", "name": "Person 1", "reason": "no_shares", "detail": data["skipped"][0]["detail"]}
    ]
    assert result_to_dict is kits.result_to_dict


def test_manifest_cells_cannot_run_as_formulas(tmp_path):
    hostile = kit(0, name='=HYPERLINK("http://evil")')
    hostile = replace(hostile, ambassador=replace(hostile.ambassador, email="@SUM(A1)"))
    kits.export([hostile], tmp_path, jobs=1)
    with open(tmp_path / "Spring launch" / "manifest.csv", encoding="utf-8-sig", newline="") as handle:
        row = next(iter(csv.DictReader(handle)))
    assert row["name"].startswith("'=") and row["email"] == "'@SUM(A1)"


def test_unapproved_or_changed_content_blocks_and_writes_nothing(tmp_path):
    inputs = [
        kit(0),
        kit(1, shares=(share(DISTINCT[1], id="s-draft", approved=False),)),
        kit(2, shares=(share(DISTINCT[2], id="s-edited", content_hash="new", approved_hash="old"),)),
    ]
    with pytest.raises(KitsNeedApproval) as caught:
        kits.export(inputs, tmp_path / "out", jobs=1)
    items = caught.value.fields["items"]
    assert [(i["share_id"], i["problem"]) for i in items] == [
        ("s-draft", "not_approved"),
        ("s-edited", "changed_since_approval"),
    ]
    assert caught.value.to_dict()["items"][0]["ambassador_id"] == "amb-1"
    assert not (tmp_path / "out").exists()


def test_near_identical_texts_in_a_wave_block_unless_accepted(tmp_path):
    text = "We shipped the new planner today and I am proud of what the team built."
    inputs = [
        kit(0, shares=(share(text, id="s-0"),)),
        kit(1, shares=(share(text.replace("today", "today!").upper(), id="s-1"),)),
        kit(2, shares=(share(DISTINCT[2], id="s-2"),)),
        # same text, other wave: not a problem
        kit(3, shares=(share(text, id="s-3", slot="wave-2"),)),
    ]
    with pytest.raises(KitsTooSimilar) as caught:
        kits.export(inputs, tmp_path / "out", jobs=1)
    pairs = caught.value.fields["pairs"]
    assert [(p["a"], p["b"], p["slot"]) for p in pairs] == [("amb-0", "amb-1", "wave-1")]
    assert pairs[0]["score"] >= kits.SIMILARITY
    assert not (tmp_path / "out").exists()
    result = kits.export(inputs, tmp_path / "out", jobs=1, accept_similar=True)
    assert len(result.files) == 4 and any("Person 0" in w and "Person 1" in w for w in result.warnings)


def test_one_persons_own_alternatives_may_resemble_each_other():
    same_person = kit(0, shares=(share(texts=(DISTINCT[0], DISTINCT[0] + "!")),))
    assert kits.similar_pairs([same_person, kit(1)]) == []


@pytest.mark.parametrize(
    "name",
    [
        "../x",
        "../../etc/passwd",
        "CON",
        "nul",
        "/abs/path",
        "C:\\Windows\\x",
        "😀🎉 Émile",
        "a" * 300,
        "...",
        " ",
        "\x00\x01",
        "日本 " * 80,
    ],
)
def test_hostile_names_stay_inside_the_campaign_folder(tmp_path, name):
    out = tmp_path / "out"
    result = kits.export([kit(0, name=name)], out, jobs=1)
    folder = (out / "Spring launch").resolve()
    for path in [result.files[0].path, *result.files[0].images]:
        resolved = Path(path).resolve()
        assert folder in resolved.parents
        assert len(resolved.name.encode()) <= 120
    assert Path(result.files[0].path).parent == folder
    assert Path(result.files[0].path).stem.upper() not in {"CON", "NUL"}
    assert {p.resolve() for p in _files_in(tmp_path)} <= {p.resolve() for p in _files_in(folder)}
    docx.Document(result.files[0].path)


def test_same_names_get_distinct_files(tmp_path):
    result = kits.export([kit(0, name="Lee"), kit(1, name="lee"), kit(2, name="Lee")], tmp_path, jobs=1)
    names = [Path(f.path).name for f in result.files]
    assert len({n.casefold() for n in names}) == 3


def test_inside_refuses_a_name_that_leaves(tmp_path):
    with pytest.raises(KitPathUnsafe):
        kits.inside(tmp_path, "../escape.docx")
    with pytest.raises(KitPathUnsafe):
        kits.inside(tmp_path, "sub/deeper.docx")


def test_cancel_midway_keeps_whole_files_only(tmp_path):
    stop = threading.Event()

    def progress(done, total):
        if done == 2:
            stop.set()

    result = kits.export([kit(i) for i in range(6)], tmp_path, jobs=1, progress=progress, cancel=stop)
    assert result.cancelled
    assert len(result.files) == 2
    assert [s.reason for s in result.skipped] == ["cancelled"] * 4
    folder = tmp_path / "Spring launch"
    assert sorted(p.name for p in folder.glob("*.docx")) == ["Person 0.docx", "Person 1.docx"]
    assert not [p for p in folder.rglob("*") if p.name.endswith(".part")]
    for path in folder.glob("*.docx"):
        docx.Document(str(path))  # each one complete
    assert not (folder / "manifest.csv").exists()  # an incomplete batch gets no mail-merge list


def test_a_crash_while_writing_leaves_no_partial_document(tmp_path, monkeypatch):
    from ghostdesk.export import kit_docx

    real_build = kit_docx.build

    def build_then_fail(the_kit, images_folder="", created=None):
        document, links, warnings = real_build(the_kit, images_folder, created)
        if the_kit.ambassador.id == "amb-1":

            def broken_save(handle):
                handle.write(b"PK\x03\x04 half a zip")
                raise OSError("disk full")

            document.save = broken_save
        return document, links, warnings

    monkeypatch.setattr(kit_docx, "build", build_then_fail)
    result = kits.export([kit(0), kit(1), kit(2)], tmp_path, jobs=1)
    assert [s.reason for s in result.skipped] == ["failed"] and "disk full" in result.skipped[0].detail
    folder = tmp_path / "Spring launch"
    assert sorted(p.name for p in folder.glob("*.docx")) == ["Person 0.docx", "Person 2.docx"]
    assert not [p for p in folder.rglob("*") if p.name.startswith(".")]


def test_zip_holds_the_folder(tmp_path):
    result = kits.export([kit(0), kit(1)], tmp_path, jobs=1, zip=True)
    with zipfile.ZipFile(result.zips[0]) as archive:
        names = set(archive.namelist())
    assert {
        "Spring launch/manifest.csv",
        "Spring launch/Person 0.docx",
        "Spring launch/Person 1_images/01-visual.png",
    } <= names


def test_image_names_are_made_safe(tmp_path):
    images = (KitImage("../../evil.png", png()), KitImage("CON", png()), KitImage("x.p<n>g", png()))
    result = kits.export([kit(0, shares=(share(images=images),))], tmp_path, jobs=1)
    folder = (tmp_path / "Spring launch" / "Person 0_images").resolve()
    assert len(result.files[0].images) == 3
    for path in result.files[0].images:
        assert Path(path).resolve().parent == folder


def _content(folder: Path) -> dict[str, object]:
    """Every file under `folder` by relative path: a .docx as its parts (the zip's own timestamps aside)."""
    found: dict[str, object] = {}
    for path in _files_in(folder):
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                found[path.relative_to(folder).as_posix()] = {n: archive.read(n) for n in archive.namelist()}
        else:
            found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found


def _pool_inputs() -> list:
    """Kits in four languages, two pictures shared by every kit, a person with an unknown zone (a warning)."""
    shared = (KitImage("visual.png", png(40, 30)), KitImage("chart.png", png(30, 40)))
    inputs = []
    for i in range(9):
        one = kit(i, language=["en", "ja", "zh", "de"][i % 4], time_zone="Mars/Olympus" if i == 5 else "Asia/Tokyo")
        inputs.append(replace(one, shares=tuple(replace(s, images=shared) for s in one.shares)))
    return inputs


def test_process_pool_writes_exactly_what_one_process_writes(tmp_path):
    inputs = _pool_inputs()
    done = []
    one = kits.export(inputs, tmp_path / "one", jobs=1, accept_similar=True, now=NOW)
    pooled = kits.export(
        inputs, tmp_path / "pool", jobs=2, accept_similar=True, progress=lambda d, t: done.append(d), now=NOW
    )
    assert sorted(done) == list(range(1, 10))
    assert [f.ambassador_id for f in pooled.files] == [f"amb-{i}" for i in range(9)]
    assert _content(tmp_path / "pool") == _content(tmp_path / "one")  # documents, pictures, manifest
    relative = [(Path(f.path).relative_to(tmp_path / "pool"), f.utm_links, len(f.images)) for f in pooled.files]
    assert relative == [(Path(f.path).relative_to(tmp_path / "one"), f.utm_links, len(f.images)) for f in one.files]
    assert pooled.warnings == one.warnings
    assert [w for w in one.warnings if "unknown time zone 'Mars/Olympus'" in w]
    assert pooled.skipped == one.skipped == ()


def test_a_picture_goes_to_each_worker_once_not_with_every_kit():
    import pickle

    inputs = _pool_inputs()
    table: dict[bytes, int] = {}
    jobs = [kits._compact(kits._Job(k, f"/out/{i}.docx", f"/out/{i}_images", i), table) for i, k in enumerate(inputs)]
    assert len(table) == 2  # two distinct pictures in nine kits
    picture = png(40, 30)
    assert all(picture not in pickle.dumps(job) for job in jobs)
    kits._PICTURES = tuple(table)
    try:
        assert [kits._restore(job).kit for job in jobs] == inputs
    finally:
        kits._PICTURES = ()


def test_the_pool_is_started_before_the_checks_and_warms_for_the_batch(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(kits, "prepare_workers", lambda: calls.append("prepare"))
    real_pairs, real_pool = kits.similar_pairs, kits._pool
    monkeypatch.setattr(kits, "similar_pairs", lambda *a: calls.append("similar") or real_pairs(*a))

    def pool(jobs, pictures, pairs):
        calls.append(("pool", jobs, len(pictures), pairs))
        return real_pool(jobs, pictures, pairs)

    monkeypatch.setattr(kits, "_pool", pool)
    kits.export([kit(0, "fr", locale="fr_CA"), kit(1, "ja"), kit(2, "xx")], tmp_path / "pool", jobs=2)
    # The workers start beside the similarity check (they share it out), once the approvals are known good.
    assert calls == ["prepare", ("pool", 2, 1, (("en", ""), ("fr", "fr_CA"), ("ja", ""))), "similar"]
    calls.clear()
    with pytest.raises(KitsNeedApproval):
        kits.export([kit(0), kit(1, shares=(share(approved=False),))], tmp_path / "refused", jobs=2)
    assert calls == ["prepare"]  # a batch the approval gate refuses starts no worker
    calls.clear()
    kits.export([kit(0)], tmp_path / "single", jobs=2)  # one kit: no pool, nothing started
    kits.export([kit(0), kit(1)], tmp_path / "inline", jobs=1)
    assert calls == ["similar", "similar"]


def test_a_pool_export_with_skipped_kits_writes_what_one_process_writes(tmp_path):
    """The workers' picture table is built from every input before the checks, skipped kits' pictures too."""
    inputs = _pool_inputs()
    extra = KitImage("own.png", png(50, 50))
    duplicate = replace(inputs[3], shares=tuple(replace(s, images=(extra,)) for s in inputs[3].shares))
    inputs = [inputs[0], replace(inputs[1], shares=()), *inputs[2:6], duplicate, *inputs[6:]]
    one = kits.export(inputs, tmp_path / "one", jobs=1, accept_similar=True, now=NOW)
    pooled = kits.export(inputs, tmp_path / "pool", jobs=2, accept_similar=True, now=NOW)
    assert _content(tmp_path / "pool") == _content(tmp_path / "one")
    assert [s.reason for s in pooled.skipped] == [s.reason for s in one.skipped] == ["no_shares", "duplicate"]
    assert len(pooled.files) == len(one.files) == 8


def _near_duplicates(count: int) -> list:
    """Kits whose texts are near-copies of a few seeds (many pairs, many equal scores), in two slots, with one
    person's own two alternatives alike."""
    import random

    rng = random.Random(7)
    inputs = []
    for i in range(count):
        seed = DISTINCT[rng.randrange(3)]
        text = (
            seed
            if rng.random() < 0.3
            else seed.replace("the", rng.choice(["a", "the", "our"]), 1) + "!" * rng.randrange(3)
        )
        texts = (text, text + " Yes.") if i == 5 else (text,)
        inputs.append(kit(i, shares=(share(texts=texts, id=f"s-{i}", slot=f"wave-{i % 2}"),)))
    return inputs


def test_the_pool_finds_the_same_similar_pairs_in_the_same_order(monkeypatch):
    inputs = _near_duplicates(60)
    alone = kits.similar_pairs(inputs)
    assert len(alone) > 250 and len({p["score"] for p in alone}) < len(alone) / 10  # many ties to keep in order
    monkeypatch.setattr(kits, "POOL_COMPARISONS", 0)
    in_process = []
    real = kits._matches
    monkeypatch.setattr(kits, "_matches", lambda *a: in_process.append(a) or real(*a))
    kits.prepare_workers()
    with kits._pool(2) as pool:
        assert kits.similar_pairs(inputs, kits.SIMILARITY, pool) == alone
    assert in_process == []  # every comparison was made by the workers
    assert kits.similar_pairs(inputs) == alone and len(in_process) == 2  # without a pool: here, once per slot


def test_a_small_batch_compares_its_texts_here_not_in_the_workers(monkeypatch):
    in_process = []
    real = kits._matches
    monkeypatch.setattr(kits, "_matches", lambda *a: in_process.append(a) or real(*a))

    class NoPool:
        def submit(self, *args):
            raise AssertionError("sent to a worker")

    inputs = [kit(i) for i in range(20)]
    assert kits.similar_pairs(inputs, kits.SIMILARITY, NoPool()) == kits.similar_pairs(inputs)
    assert len(in_process) == 2


@pytest.mark.parametrize("count", [0, 1, 2, 3, 9, 100, 1001])
def test_the_rows_are_shared_out_whole_in_parts_of_about_equal_work(count):
    parts = kits._row_parts(count, 8)
    rows = [i for first, stop in parts for i in range(first, stop)]
    assert rows == list(range(max(0, count - 1)))  # every row once, in order
    assert len(parts) <= 8
    work = [sum(count - 1 - i for i in range(first, stop)) for first, stop in parts]
    if count > 100:
        assert max(work) <= count * (count - 1) / 2 / 8 + count  # no part much more than an eighth


def test_a_worker_starts_with_every_template_and_locale_it_needs(monkeypatch):
    from ghostdesk.export import kit_docx

    kit_docx._template.cache_clear()
    kit_docx._locale.cache_clear()
    kits._start_worker((b"picture",), (("ja", ""), ("fr", "fr_CA")))
    try:
        assert kits._PICTURES == (b"picture",)
        assert kit_docx._template.cache_info().currsize == 2
        assert kit_docx._locale.cache_info().currsize == 2
    finally:
        kits._PICTURES = ()


def _templates_built() -> tuple[int, int]:
    """Run in a worker: how many templates its writer holds, and how many it built itself."""
    from ghostdesk.export import kit_docx

    info = kit_docx._template.cache_info()
    return info.currsize, info.misses


def test_workers_are_forked_with_every_template_built():
    import multiprocessing

    from ghostdesk.export import kit_docx

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this system")
    assert kits._context().get_start_method() == "forkserver"
    kits.prepare_workers()
    with kits._pool(1) as pool:  # no languages asked: whatever is built came from the fork server
        built, misses = pool.submit(_templates_built).result(timeout=60)
    assert built == misses == len(kit_docx.languages())  # every language, each built once (in the fork server)


def test_workers_do_not_walk_the_writer_they_inherit_in_their_collections():
    import gc
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this system")
    kits.prepare_workers()
    with kits._pool(1) as pool:
        frozen = pool.submit(gc.get_freeze_count).result(timeout=60)
    # python-docx, Babel, the templates (and the main script): loaded once in the fork server and frozen there,
    # so a worker's full collections skip them (and leave their memory pages shared).
    assert frozen > 10_000
    assert gc.get_freeze_count() == 0  # the calling process's own collector is left as it was


def test_chunks_start_small_grow_to_the_cap_and_shrink_at_the_end():
    sizes, left = [], 500
    while left:
        sizes.append(kits._chunk_size(left, 2, len(sizes)))
        left -= sizes[-1]
    assert sum(sizes) == 500 and max(sizes) == kits.CHUNK
    assert sizes[:2] == [kits.FIRST_CHUNK] * 2  # the progress bar moves within the first kits
    assert sizes[-4:] == [1, 1, 1, 1]  # both workers finish within a kit of each other
    assert len(sizes) < 500 / 8  # and few round trips in all


def test_cancel_with_the_pool_keeps_whole_files_and_stops_early(tmp_path):
    stop = threading.Event()
    inputs = [kit(i) for i in range(40)]

    def progress(done, total):
        if done >= 1:
            stop.set()

    result = kits.export(inputs, tmp_path, jobs=2, accept_similar=True, progress=progress, cancel=stop)
    assert result.cancelled
    assert 1 <= len(result.files) < 40
    assert [s.reason for s in result.skipped] == ["cancelled"] * (40 - len(result.files))
    folder = tmp_path / "Spring launch"
    assert len(list(folder.glob("*.docx"))) == len(result.files)
    assert not [p for p in folder.rglob("*") if p.name.endswith(".part")]
    assert not (folder / "manifest.csv").exists()


def test_planning_resolves_the_folders_once_not_every_file(monkeypatch, tmp_path):
    calls = []
    real = Path.resolve
    monkeypatch.setattr(Path, "resolve", lambda self, *a, **k: calls.append(self) or real(self, *a, **k))
    kits.export([kit(i) for i in range(12)], tmp_path, jobs=1, accept_similar=True)
    assert len(calls) <= 4  # the output folder, the campaign folder, the manifest: not 2-3 per kit


def test_importing_the_kit_modules_loads_no_heavy_library():
    import subprocess
    import sys

    code = (
        "import sys, ghostdesk.services.kits, ghostdesk.export.kit_docx, ghostdesk.domain.kits\n"
        "heavy = ('docx', 'babel', 'rapidfuzz', 'pathvalidate', 'lxml')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=300))
def test_any_name_gives_a_file_name_inside_the_folder(name):
    import tempfile

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        stem = kits.safe_name(name, "kit-1")
        assert stem and not stem.startswith(".") and len(stem.encode()) <= kits.MAX_NAME_BYTES
        path = kits.inside(folder, stem + ".docx")
        path.write_bytes(b"x")  # the OS accepts it
        assert path.parent == folder.resolve()


@pytest.mark.parametrize("name", ['=HYPERLINK("http://evil")', "+33 team", "-rf", "@everyone"])
def test_a_file_name_never_starts_like_a_formula_so_the_manifest_names_the_file(tmp_path, name):
    # Before: "=HYPERLINK(….docx" was written, and the manifest's file column (neutralised) read "'=HYPERLINK(…",
    # a name no file had: a mail merge attaching the file from the manifest found nothing.
    result = kits.export([kit(0, name=name)], tmp_path, jobs=1)
    path = Path(result.files[0].path)
    assert not path.name.startswith(("=", "+", "-", "@"))
    with (tmp_path / "Spring launch" / "manifest.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert (tmp_path / "Spring launch" / rows[0]["file"]).resolve() == path.resolve()
    assert rows[0]["name"] == "'" + name  # the name cell is still neutralised


def test_the_manifest_gives_each_personal_link_once(tmp_path):
    # Before: a person with three shares on one network had the same link three times in one cell.
    shares = tuple(share(f"Text {i} is different {i}", id=f"s-{i}", slot=f"w{i}") for i in range(3))
    kits.export([kit(0, shares=shares)], tmp_path, jobs=1)
    with (tmp_path / "Spring launch" / "manifest.csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    links = row["utm_links"].split(" ")
    assert len(links) == 1 and "utm_content=amb-0" in links[0]


def test_a_re_export_removes_the_kits_of_people_it_no_longer_includes(tmp_path):
    # Before: someone who opted out after the first export kept their kit (and its pictures) in the folder, and
    # in the zip, beside the new manifest that no longer listed them — easy to send by mistake.
    folder = tmp_path / "Spring launch"
    first = kits.export([kit(0), kit(1), kit(2)], tmp_path, jobs=1)
    assert len(first.files) == 3 and (folder / "Person 1_images").is_dir()
    (folder / "my notes.docx").write_bytes(b"the user's own file")  # not ours: never touched
    second = kits.export([kit(0), kit(2)], tmp_path, jobs=1, zip=True)
    assert second.removed == (str((folder / "Person 1.docx").resolve()),)
    assert sorted(p.name for p in folder.glob("*.docx")) == ["Person 0.docx", "Person 2.docx", "my notes.docx"]
    assert not (folder / "Person 1_images").exists()
    with zipfile.ZipFile(second.zips[0]) as archive:
        assert not [n for n in archive.namelist() if "Person 1" in n]
    assert result_to_dict(second)["removed"] == list(second.removed)
    again = kits.export([kit(0), kit(2)], tmp_path, jobs=1)
    assert again.removed == ()  # an unchanged batch removes nothing


def test_a_cancelled_re_export_leaves_no_old_manifest_describing_the_folder(tmp_path):
    folder = tmp_path / "Spring launch"
    kits.export([kit(0), kit(1), kit(2)], tmp_path, jobs=1)
    assert (folder / "manifest.csv").is_file()
    done = []
    result = kits.export(
        [kit(0), kit(2)], tmp_path, jobs=1, progress=lambda d, t: done.append(d), cancel=lambda: bool(done)
    )
    assert result.cancelled and result.manifests == ()
    assert not (folder / "manifest.csv").exists()  # "no manifest was written" is true of the folder too
    assert result.removed == ()  # nothing is removed by an export that did not finish
    assert (folder / "Person 1.docx").is_file()


def test_a_namesake_campaign_exported_to_the_same_folder_removes_nothing(tmp_path):
    # Before: a campaign of the same name (another workspace's, or one deleted and made again) exported to the
    # same folder removed every kit the first one had written there.
    from _kits import CAMPAIGN

    folder = tmp_path / "Spring launch"
    kits.export([kit(0), kit(1), kit(2)], tmp_path, jobs=1)
    other = replace(CAMPAIGN, id="another-campaign")
    second = kits.export([kit(0, campaign=other)], tmp_path, jobs=1)
    assert second.removed == ()
    assert {"Person 1.docx", "Person 2.docx"} <= {p.name for p in folder.glob("*.docx")}
    with (folder / "manifest.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [row["campaign_id"] for row in csv.DictReader(handle)] == ["another-campaign"]


def test_a_name_that_changed_only_in_case_is_not_removed_as_someone_else(tmp_path):
    # On a case-insensitive disk (macOS, Windows) "anna smith.docx" listed before IS the "Anna Smith.docx" just
    # written: removing the old name removed the new kit.
    kits.export([kit(1, name="anna smith")], tmp_path, jobs=1)
    second = kits.export([kit(1, name="Anna Smith")], tmp_path, jobs=1)
    assert second.removed == ()
    assert (tmp_path / "Spring launch" / "Anna Smith.docx").is_file()


def test_a_kit_that_cannot_be_removed_is_a_warning_and_the_new_manifest_is_written(tmp_path, monkeypatch):
    # Before: one old kit open in Word (Windows refuses to delete it) failed the whole export after every new kit
    # was written, and left the old manifest listing the person who had opted out.
    folder = tmp_path / "Spring launch"
    kits.export([kit(0), kit(1)], tmp_path, jobs=1)
    unlink = Path.unlink

    def refuse(path, missing_ok=False):
        if path.name == "Person 1.docx":
            raise PermissionError(13, "The file is in use")
        return unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    second = kits.export([kit(0)], tmp_path, jobs=1)
    assert second.removed == () and second.manifests
    assert any("Person 1.docx" in w and "in use" in w for w in second.warnings), second.warnings
    with (folder / "manifest.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [row["name"] for row in csv.DictReader(handle)] == ["Person 0"]


def test_removing_an_old_kit_leaves_files_the_user_put_in_its_pictures_folder(tmp_path):
    folder = tmp_path / "Spring launch"
    kits.export([kit(0), kit(1)], tmp_path, jobs=1)
    pictures = folder / "Person 1_images"
    ours = sorted(p.name for p in pictures.iterdir())
    assert ours
    (pictures / "my photo.png").write_bytes(b"the user's own picture")
    second = kits.export([kit(0)], tmp_path, jobs=1)
    assert second.removed == (str((folder / "Person 1.docx").resolve()),)
    assert sorted(p.name for p in pictures.iterdir()) == ["my photo.png"]  # ours gone, theirs kept
