"""Imported by the kit pool's fork server only (multiprocessing `set_forkserver_preload`): importing it warms the
kit writer — python-docx and Babel imported, every language's template built, Babel's locale data loaded — in
the fork server, so every worker forked from it starts warm. Nothing else imports this module."""

import contextlib
import gc

from ghostdesk.export import kit_docx

# A failed warm-up only costs speed: each worker builds what it needs itself (and reports a kit's own error).
with contextlib.suppress(Exception):
    kit_docx.warm()

# The similarity check of a large batch is shared out between the workers (services.kits._matches_in).
with contextlib.suppress(ImportError):
    import rapidfuzz.process  # noqa: F401

# Everything loaded so far lives as long as the fork server: out of the cyclic collector's sight (gc.freeze, as
# the gc docs advise before fork), a worker's full collections no longer walk the ~40,000 objects it inherits —
# nor copy every memory page that holds one (measured: ≈75 ms per worker per 250 kits, one full collection).
gc.collect()
gc.freeze()
