"""Fault helpers: a tiny real file system (tmpfs) that can fill up or turn read-only.

Tests run as root, which ignores file modes, so a read-only folder is made by remounting a tmpfs read-only
(the kernel refuses writes even to root) and a full disk by filling a small tmpfs. Where mounting is not
allowed, the tests that need it are skipped.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


class Disk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / ".filler"

    def fill(self) -> None:
        """Leave no free block at all."""
        chunk = b"\0" * 4096
        with contextlib.suppress(OSError), self.filler.open("ab") as handle:
            while True:
                handle.write(chunk)
                handle.flush()

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def read_only(self) -> None:
        _run("mount", "-o", "remount,ro", str(self.root))

    def writable(self) -> None:
        _run("mount", "-o", "remount,rw", str(self.root))

    def files(self) -> set[str]:
        """Everything in the disk (temporary files included), except the filler."""
        return {p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if p != self.filler}


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True)


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str = "4m") -> Iterator[Disk]:
    if sys.platform != "linux" or not shutil.which("mount"):
        pytest.skip("needs Linux mount")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs in this sandbox")
    try:
        yield Disk(folder)
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
