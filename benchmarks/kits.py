"""Share kits: one document vs a bare python-docx script writing the same content, and 500 kits with the
process pool vs one process.

    .venv/bin/python benchmarks/kits.py

Goals: per document ≤ 1.0× the bare script (the writer stays lean); 500 kits with `--jobs 2` ≥ 1.7× faster
than one process (printed as the pool's time over one process's: ≤ 0.59×).
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import Row, emit, interleaved_medians, print_table

from ghostdesk.domain.kits import KitAmbassador, KitCampaign, KitImage, KitInput, KitShare
from ghostdesk.export import kit_docx
from ghostdesk.services import kits
from tests._kits import png

LANGUAGES = ("en", "fr", "de", "ja", "zh", "es")
ZONES = ("America/New_York", "Europe/Paris", "Europe/Berlin", "Asia/Tokyo", "Asia/Shanghai", "Europe/Madrid")
CAMPAIGN = KitCampaign("c-bench", "Benchmark launch", "visibility", {}, "Anna Comms", "anna@example.com", "Acme")
IMAGE = png(320, 200)


_VOCABULARY = [
    "team",
    "customers",
    "planner",
    "launch",
    "build",
    "ship",
    "learn",
    "honest",
    "proud",
    "fast",
    "calendar",
    "market",
    "holiday",
    "export",
    "offline",
    "trains",
    "feedback",
    "onboarding",
    "weeks",
    "months",
    "debugging",
    "quiet",
    "careful",
    "small",
    "change",
    "effect",
    "people",
    "asked",
    "wanted",
    "today",
    "finally",
    "works",
    "better",
    "simpler",
    "clearer",
    "kinder",
    "story",
    "lesson",
    "surprise",
    "numbers",
    "design",
    "review",
    "test",
]


def _words(seed: int) -> str:
    """A share text of its own: seeded random words, so the uniqueness guard has nothing to object to."""
    import random

    chooser = random.Random(seed)
    return " ".join(chooser.choice(_VOCABULARY) for _ in range(24)).capitalize() + "."


def make_kit(index: int) -> KitInput:
    person = KitAmbassador(
        f"amb-{index}",
        f"Person {index}",
        f"p{index}@example.com",
        LANGUAGES[index % 6],
        "",
        ZONES[index % 6],
        "",
    )
    shares = tuple(
        KitShare(
            id=f"s-{index}-{n}",
            planned_at=datetime(2026, 12, 1, 8, 0, tzinfo=UTC) + timedelta(days=n),
            network=("linkedin", "x")[n % 2],
            link=f"https://acme.example/news/{n}",
            texts=(_words(index * 10 + n),),
            hashtags=("launch", "acme"),
            images=(KitImage(f"visual-{n}.png", IMAGE),),
            slot=f"wave-{n}",
            approved=True,
        )
        for n in range(2)
    )
    return KitInput(CAMPAIGN, person, shares, "#ad I work at Acme", "Reply STOP to anna@example.com.")


def content_of(document) -> list[tuple]:
    """What our kit contains, as plain items a bare script can write back."""
    from docx.oxml.ns import qn

    items = []
    for paragraph in document.paragraphs:
        if paragraph._p.findall(".//" + qn("w:drawing")):
            items.append(("picture",))
            continue
        runs = [(r.text, bool(r.bold)) for r in paragraph.runs]
        links = [h.address for h in paragraph.hyperlinks]
        items.append(("paragraph", paragraph.style.name, runs, links))
    return items


def bare(items: list[tuple], target: Path) -> None:
    """The floor: python-docx as a plain script would use it, writing the same paragraphs, runs, links, pictures."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    document = docx.Document()
    for item in items:
        if item[0] == "picture":
            document.add_picture(io.BytesIO(IMAGE), width=Cm(12))
            continue
        _, style, runs, links = item
        style = style if style in ("Title", "Heading 1", "Heading 2", "List Bullet") else None
        paragraph = document.add_paragraph(style=style)
        for text, bold in runs:
            paragraph.add_run(text).bold = bold
        for link in links:
            rel_id = paragraph.part.relate_to(link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            hyperlink = OxmlElement("w:hyperlink")
            hyperlink.set(qn("r:id"), rel_id)
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = link
            run.append(text)
            hyperlink.append(run)
            paragraph._p.append(hyperlink)
    document.save(str(target))


def per_document(folder: Path) -> tuple[float, float]:
    import docx

    sample = [make_kit(i) for i in range(12)]
    for one in sample:  # warm both: imports, Babel locales, our per-process template
        kit_docx.write(one, folder / "warm.docx", "images")
    contents = []
    for one in sample:
        kit_docx.write(one, folder / "probe.docx", "images")
        contents.append(content_of(docx.Document(str(folder / "probe.docx"))))
    bare(contents[0], folder / "warm-bare.docx")

    def ours() -> float:
        started = time.perf_counter()
        for one in sample:
            kit_docx.write(one, folder / "ours.docx", "images")
        return (time.perf_counter() - started) / len(sample)

    def floor() -> float:
        started = time.perf_counter()
        for items in contents:
            bare(items, folder / "bare.docx")
        return (time.perf_counter() - started) / len(contents)

    medians = interleaved_medians({"ours": ours, "floor": floor}, repeats=7)
    return medians["ours"], medians["floor"]


def batch(folder: Path, count: int, jobs: int) -> float:
    inputs = [make_kit(i) for i in range(count)]
    target = folder / f"batch-{jobs}"
    shutil.rmtree(target, ignore_errors=True)
    started = time.perf_counter()
    result = kits.export(inputs, target, jobs=jobs)
    elapsed = time.perf_counter() - started
    assert len(result.files) == count, result.skipped[:3]
    return elapsed


def pool_and_one(folder: Path, count: int, rounds: int = 2) -> tuple[float, float]:
    """The best of `rounds` batches through a pool of 2 and in one process, taken in turns (the one process first in
    every other round): on a shared machine the load moves over the minutes a batch takes, and taken one side after
    the other, one side would meet a busier machine than the other."""
    pooled: list[float] = []
    one: list[float] = []
    for round_ in range(rounds):
        sides = [(one, 1), (pooled, 2)]
        for found, jobs in sides if round_ % 2 == 0 else reversed(sides):
            found.append(batch(folder, count, jobs))
    return min(pooled), min(one)


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def capacity(n: int = 6_000_000) -> tuple[float, float]:
    """The machine's room for a second process right now: the same pure-CPU work in two processes against one
    (0.5× on two idle cores). The pool's row cannot beat this; on a shared machine it shows why."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_burn, [1, 1])  # started before timing
        started = time.perf_counter()
        pool.map(_burn, [n, n], chunksize=1)
        two = time.perf_counter() - started
    started = time.perf_counter()
    _burn(n), _burn(n)
    return two, time.perf_counter() - started


def measure(count: int | None = None) -> list[Row]:
    """One kit vs bare python-docx (≤ 1×); the pool of 2 vs one process on `count` kits (≤ 0.59×, i.e. ≥ 1.7×)."""
    count = count or int(os.environ.get("KITS_BENCH_COUNT", "500"))
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        ours, floor = per_document(folder)
        before = capacity()
        pooled, one = pool_and_one(folder, count)
        after = capacity()
    two, single = min(before, after, key=lambda r: r[0] / r[1])
    return [
        Row("kit export: one document vs bare python-docx", ours, floor, 1.0),
        Row(f"kit export: {count} kits, pool of 2 vs one process", pooled, one, round(1 / 1.7, 2)),
        Row("  the machine then: CPU work in 2 processes vs 1", two, single),
    ]


def main() -> int:
    if "--json" in sys.argv:
        return emit(measure(), sys.argv)
    count = int(os.environ.get("KITS_BENCH_COUNT", "500"))
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        ours, floor = per_document(folder)
        pooled, one = pool_and_one(folder, count)
    print_table(
        [
            ("one kit vs bare python-docx", ours, floor, 1.0),
            (f"{count} kits: pool of 2 vs one process", pooled, one, round(1 / 1.7, 2)),
        ]
    )
    print(f"pool speed-up: {one / pooled:.2f}× on {os.cpu_count()} cores (goal ≥ 1.7× on 2)")
    return 0 if ours <= floor and one / pooled >= 1.7 else 1


if __name__ == "__main__":
    sys.exit(main())
