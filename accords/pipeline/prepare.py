"""What a caller does after an ingest, loaded during it.

Tracking runs after an ingest that stored something, in the process that ran it, on one
core. What it reads on first use (dictionaries, vectors) can be loaded while the workers
extract instead, in a thread of that process, where it shares the cores with them rather
than leaving all but one idle at the end.
"""
from __future__ import annotations

import threading
from typing import Callable


class Prepare:
    """``prepare`` in a daemon thread, started once (``start``), waited for by ``join``.
    A failure is left for the caller's own later use of what it loads to report."""

    def __init__(self, prepare: Callable[[], None] | None):
        self.prepare, self.thread = prepare, None

    def start(self) -> None:
        if self.prepare is not None and self.thread is None:
            self.thread = threading.Thread(target=self._run, name="accords-prepare", daemon=True)
            self.thread.start()

    def _run(self) -> None:
        try:
            self.prepare()
        except Exception:   # noqa: BLE001 - the caller meets it again, and reports it there
            pass

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()
