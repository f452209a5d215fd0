"""Interface translations: one Qt Linguist catalogue per area, so features never edit each other's.

    python tools/i18n.py update            # pyside6-lupdate every area's sources into resources/i18n/<area>_fr.ts
    python tools/i18n.py release           # pyside6-lrelease every .ts into its .qm (committed, shipped)
    python tools/i18n.py missing [AREA]    # list messages still untranslated
    python tools/i18n.py fill AREA F.json  # apply {"source text": "traduction"} to AREA's .ts

An area's sources are the files (globs relative to the checkout) it claims: UI modules and Designer .ui
forms. The "shell" area takes every UI module and form no other area claims. Code marks text with
`self.tr("…")`, `translate("Context", "…")` (translate = QCoreApplication.translate) or QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr",)
UI = ROOT / "ghostdesk" / "ui"

# area → globs relative to the checkout.
AREAS: dict[str, list[str]] = {
    "shell": [],  # everything not claimed below
    "markets": ["ghostdesk/ui/**/market*.py"],
    "voices": ["ghostdesk/ui/**/voice*.py"],
    "ambassadors": ["ghostdesk/ui/**/ambassador*.py", "ui/ambassador*.ui"],
    "assist": ["ghostdesk/ui/**/assist*.py"],
    "posts": ["ghostdesk/ui/**/post*.py"],
    "variants": ["ghostdesk/ui/**/variant*.py"],
    "campaigns": ["ghostdesk/ui/**/campaign*.py", "ghostdesk/ui/**/calendar*.py"],
    "results": ["ghostdesk/ui/**/result*.py"],
    "kits": ["ghostdesk/ui/**/kit*.py"],
    "trash": ["ghostdesk/ui/**/trash*.py"],
}


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def sources_by_area() -> dict[str, list[Path]]:
    # Generated forms are read from their .ui sources instead.
    every = sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts and "forms" not in p.parts)
    every += sorted((ROOT / "ui").glob("*.ui"))
    claimed: dict[str, list[Path]] = {}
    taken: set[Path] = set()
    for area, globs in AREAS.items():
        files = sorted({p for g in globs for p in ROOT.glob(g)})
        claimed[area] = files
        taken.update(files)
    claimed["shell"] = [p for p in every if p not in taken]
    return claimed


def ts_path(area: str, language: str) -> Path:
    return I18N / f"{area}_{language}.ts"


def update() -> None:
    for area, files in sources_by_area().items():
        if not files:
            continue
        for language in LANGUAGES:
            target = ts_path(area, language)
            subprocess.run(
                [
                    _tool("lupdate"),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    language,
                    *[str(f.relative_to(ROOT)) for f in files],
                    "-ts",
                    str(target.relative_to(ROOT)),
                ],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            print(f"{target.relative_to(ROOT)}: {len(files)} source files")


def release() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(ts.with_suffix(".qm").relative_to(ROOT))


def unfinished(ts: Path) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or message.find("translation/numerusform") is not None)
            ):
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append((name, message.findtext("source")))
    return missing


def missing(area: str | None = None) -> int:
    count = 0
    for ts in sorted(I18N.glob(f"{area or '*'}_*.ts")):
        for context, source in unfinished(ts):
            print(f"{ts.name} [{context}] {source!r}")
            count += 1
    return count


def fill(area: str, table: Path, language: str = "fr") -> None:
    """Write translations from a JSON object {source: translation} (or {context: {source: translation}})."""
    mapping = json.loads(table.read_text(encoding="utf-8"))
    ts = ts_path(area, language)
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        scoped = mapping.get(name) if isinstance(mapping.get(name), dict) else {}
        for message in context.iter("message"):
            source = message.findtext("source")
            text = scoped.get(source, mapping.get(source) if isinstance(mapping.get(source), str) else None)
            if text is None:
                continue
            translation = message.find("translation")
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    update()  # back to lupdate's own layout, so the next update changes nothing


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "missing":
        return 1 if missing(rest[0] if rest else None) else 0
    elif command == "fill":
        fill(rest[0], Path(rest[1]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
