"""UI: the PySide6 face of GhostDesk. The only package that imports Qt."""

import sys

import PySide6  # noqa: F401  (sets up shiboken's import hook, patched below)


def _answer_pyside_scan_from_layers() -> None:
    """PySide6 reads the source of every module imported after it, looking for the word "PySide6", to know
    whether `from __feature__ import …` could apply to that module: about 100 modules, ≈12 ms of every start
    on an installed copy (a frozen one has no sources to read). Most of them need no reading: the standard
    library never imports PySide6, and for our own modules the layers answer it (only `ghostdesk.ui` imports
    Qt; import-linter enforces it). Other packages' modules are still read as PySide6 does."""
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "ghostdesk", False):  # another PySide6 layout, or already answered
        return

    standard = sys.stdlib_module_names

    def uses_pyside(module) -> bool:
        name = getattr(module, "__name__", "")
        top = name.partition(".")[0]
        if top == "ghostdesk":
            return name == "ghostdesk.ui" or name.startswith("ghostdesk.ui.")
        if top in standard:
            return False
        return scan(module)

    uses_pyside.ghostdesk = True
    feature._mod_uses_pyside = uses_pyside


_answer_pyside_scan_from_layers()
