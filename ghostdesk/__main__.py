"""Allows `python -m ghostdesk`."""

import sys

from ghostdesk.cli import main

sys.exit(main())
