"""UI: every shipped catalogue is complete and its compiled .qm matches its .ts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402

CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("*.ts"))


def test_there_is_a_french_catalogue():
    assert any(ts.name.endswith("_fr.ts") for ts in CATALOGUES)


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_catalogue_is_fully_translated(ts):
    assert i18n.unfinished(ts) == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_compiled_catalogue_is_current(ts, tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([i18n._tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), "run `make i18n`"


def test_catalogues_cover_the_sources(tmp_path):
    """Every marked string in the UI is in a catalogue: lupdate on the sources adds nothing new."""
    for area, files in i18n.sources_by_area().items():
        if not files:
            continue
        target = tmp_path / f"{area}.ts"
        existing = i18n.ts_path(area, "fr")
        assert existing.exists(), f"no catalogue for area {area}: run `make i18n`"
        target.write_bytes(existing.read_bytes())
        subprocess.run(
            [i18n._tool("lupdate"), "-no-obsolete", "-locations", "none", *map(str, files), "-ts", str(target)],
            check=True,
            capture_output=True,
        )
        assert i18n.unfinished(target) == [], f"untranslated strings in area {area}: run `make i18n`"


def test_the_market_data_catalogue_holds_every_text_of_the_shipped_profiles():
    """A note added to a shipped profile is missing from the catalogue until `make i18n` is run."""
    ts = i18n.ts_path(i18n.MARKET_DATA, "fr")
    import xml.etree.ElementTree as ET

    sources = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    assert sources == set(i18n.market_texts()), "run `make i18n`"
    assert "LinkedIn withdrew from China; its InCareer app closed in August 2023." in sources
