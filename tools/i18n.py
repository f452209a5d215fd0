"""Interface translations: one Qt Linguist catalogue per area, so features never edit each other's.

    python tools/i18n.py update            # pyside6-lupdate every area's sources into resources/i18n/<area>_fr.ts
    python tools/i18n.py release           # pyside6-lrelease every .ts into its .qm (committed, shipped)
    python tools/i18n.py missing [AREA]    # list messages still untranslated
    python tools/i18n.py fill AREA F.json  # apply {"source text": "traduction"} to AREA's .ts

An area's sources are the files (globs relative to the checkout) it claims: UI modules and Designer .ui
forms. The "shell" area takes every UI module and form no other area claims. Code marks text with
`self.tr("…")`, `translate("Context", "…")` (translate = QCoreApplication.translate) or QT_TRANSLATE_NOOP.

One catalogue is not read from code: `market_data` holds the words of the shipped market profiles
(resources/markets/*.json: the networks' notes, why a network is missing, the register, the disclosure's basis,
the posting windows' names, the checklist and the sources), in the context "MarketData". `update` writes it
from the profiles, keeping the translations already made; the interface shows those words through
`ghostdesk.ui.market_texts`.
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


MARKETS = ROOT / "resources" / "markets"
MARKET_DATA = "market_data"  # the catalogue of the shipped profiles' words
MARKET_CONTEXT = "MarketData"


def ts_path(area: str, language: str) -> Path:
    return I18N / f"{area}_{language}.ts"


def market_texts() -> list[str]:
    """Every text of the shipped market profiles that the interface shows in its own language, sorted."""
    found: set[str] = set()
    for path in sorted(MARKETS.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        found.update(rule.get("note", "") for rule in raw.get("network_rules", {}).values())
        found.update(raw.get("unavailable_networks", {}).values())
        found.update((raw.get("register", {}).get("formality", ""), raw.get("register", {}).get("note", "")))
        found.add(raw.get("disclosure", {}).get("basis", ""))
        found.update(window.get("label", "") for window in raw.get("posting_windows", []))
        found.update(raw.get("checklist", []))
        found.update(raw.get("sources", []))
    return sorted(text for text in found if text)


def _update_market_data(language: str) -> Path:
    """Write the market data catalogue from the shipped profiles: one message a text, its translation kept."""
    target = ts_path(MARKET_DATA, language)
    known: dict[str, ET.Element] = {}
    if target.exists():
        for message in ET.parse(target).getroot().iter("message"):
            known[message.findtext("source")] = message.find("translation")
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = MARKET_CONTEXT
    for text in market_texts():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        translation = known.get(text)
        if translation is None:
            translation = ET.Element("translation", type="unfinished")
        message.append(translation)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    target.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return target


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
    for language in LANGUAGES:
        target = _update_market_data(language)
        print(f"{target.relative_to(ROOT)}: {len(market_texts())} texts of the shipped market profiles")


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
