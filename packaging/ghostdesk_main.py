"""Packaging: the frozen executables' entry script (the same `ghostdesk.cli:main` as the installed scripts)."""

import sys

from ghostdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
