"""Architecture: only ghostdesk.ui loads Qt; every package folder is packaged."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import ghostdesk

ROOT = Path(__file__).resolve().parent.parent


def non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(ghostdesk.__path__, "ghostdesk."):
        if info.name.startswith("ghostdesk.ui") or info.name == "ghostdesk.__main__":
            continue
        names.append(info.name)
    return names


def test_core_modules_never_import_qt():
    modules = non_ui_modules()
    assert "ghostdesk.cli" in modules and "ghostdesk.storage.database" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import ghostdesk.cli\n"
        "ghostdesk.cli.build_parser()\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ghostdesk.ui')))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"Qt loaded outside the UI: {done.stdout}"


def test_cli_start_up_stays_light():
    """Heavy libraries load when first needed, never when the CLI starts."""
    code = (
        "import sys, ghostdesk.cli\n"
        "ghostdesk.cli.build_parser()\n"
        "heavy = ('docx', 'keyring', 'requests', 'openpyxl', 'babel', 'holidays', 'rapidfuzz', 'icalendar')\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_every_package_folder_is_listed_for_packaging():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = set()
    for folder, prefix in ((ROOT / "ghostdesk", "ghostdesk"), (ROOT / "resources", "ghostdesk.resources")):
        for init in folder.rglob("__init__.py"):
            relative = init.parent.relative_to(folder).parts
            found.add(".".join((prefix, *relative)))
    assert found <= listed, f"add to pyproject.toml packages: {sorted(found - listed)}"
