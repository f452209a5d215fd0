"""UI: forms compiled from ../../../ui/*.ui by pyside6-uic (generated; do not edit)."""
