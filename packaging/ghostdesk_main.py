"""Packaging: the frozen executables' entry script (the same `ghostdesk.cli:main` as the installed scripts)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The kit pool's fork server and resource tracker start this executable again with their own arguments;
    # PyInstaller's freeze_support runs those and exits, on every platform, before our command line is read.
    multiprocessing.freeze_support()
    from ghostdesk.cli import main

    sys.exit(main())
