"""Inputs into the store: dedupe, extract, write in batches.

A document is known by the hash of its normalised text: one already stored is skipped
before any extraction work, so running the same inputs again costs reading and hashing
only. Extracted documents are written in batches (by count or by time), each batch in one
transaction.
"""
from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..ingest.sources import InputError, Unread
from ..ingest.web import Fetcher, Skipped
from ..store.writer import Prepared, Writer
from .novelty import NewDocuments
from .parallel import Job, extract_jobs
from .prepare import Prepare
from .warm import freeze_once
from .sources import iter_sources
from .text import normal_text

BATCH_SIZE = 50
BATCH_SECONDS = 5.0


@dataclass
class IngestStats:
    stored: int = 0
    duplicates: int = 0          # identical text already stored (or repeated in the inputs)
    skipped: int = 0             # feed items already stored, not fetched again
    near_duplicates: int = 0     # stored, and linked to an earlier copy of the same story
    in_flight: int = 0           # extracted, waiting for their transaction
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + self.skipped + len(self.failed) + self.in_flight


class _BackgroundWriter:
    """Writes batches in a thread while the main thread extracts the next ones.

    Extraction spends most of its time in numpy (natasha's networks) and writing in SQLite
    or the network, both of which release the GIL, so storing overlaps extraction instead
    of adding to it. Each batch is still one transaction; the queue holds at most two
    batches, so a crash loses at most those (they are extracted again next time).
    """

    def __init__(self, writer: Writer, stats: "IngestStats"):
        self.writer, self.stats = writer, stats
        self.queue: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, name="accords-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            batch = self.queue.get()
            if batch is None:
                return
            if self.error is not None:
                continue   # drain after a failure; the main thread re-raises it
            try:
                written = self.writer.write(batch)
            except BaseException as e:  # surfaced in the main thread
                self.error = e
                continue
            with self.lock:
                self.stats.in_flight -= len(batch)
                for w in written:
                    if w.document_id is None:
                        self.stats.duplicates += 1
                    else:
                        self.stats.stored += 1
                        if w.story_id != w.document_id:
                            self.stats.near_duplicates += 1

    def put(self, batch: list[Prepared]) -> None:
        self._check()
        with self.lock:
            self.stats.in_flight += len(batch)
        self.queue.put(batch)

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        self._check()

    def _check(self) -> None:
        if self.error is not None:
            raise self.error


def ingest(writer: Writer, inputs: Iterable[str], *, lang: str | None = None,
           batch_size: int = BATCH_SIZE, batch_seconds: float = BATCH_SECONDS,
           fetcher: Fetcher | None = None, workers: int = 1,
           on_progress: Callable[[IngestStats], None] | None = None,
           prepare: Callable[[], None] | None = None) -> IngestStats:
    """Store the documents of ``inputs`` that are not stored yet; ``workers`` processes extract.
    ``prepare``: run in a thread once the first document is extracted (what the caller does
    after a run that stores something loads meanwhile); done before this returns."""
    freeze_once()   # what this process loaded so far: never garbage
    stats = IngestStats()
    preparing = Prepare(prepare)
    tick = on_progress or (lambda _stats: None)
    batch: list[Prepared] = []
    last_commit = time.monotonic()
    jobs = _new_documents(writer, iter_sources(inputs, fetcher, writer.has_url), stats, tick)
    items = extract_jobs(jobs, workers, lang, for_store=True)   # the worker pool starts before the writer thread
    background = _BackgroundWriter(writer, stats)
    try:
        for item in items:
            if item.error:
                stats.failed.append(item.error)
            else:
                stats.warnings.extend(item.warnings)
                if item.record is not None:
                    preparing.start()
                doc = item.doc
                # the caller's text, which the offsets index; the hash is over its normal form
                batch.append(Prepared(item.record, doc.text, item.normal.sha256,
                                      source=doc.source, url=doc.url, external_id=doc.id,
                                      lemmas=item.lemmas, signature=item.signature,
                                      followup=item.followup))
            if batch and (len(batch) >= batch_size or time.monotonic() - last_commit >= batch_seconds):
                background.put(batch)
                batch = []
                last_commit = time.monotonic()
            tick(stats)
    finally:
        # also on Ctrl-C: what is extracted is kept (a kill -9 loses only the batches in flight)
        items.close()
        if batch:
            background.put(batch)
        background.close()
        preparing.join()
        tick(stats)
    return stats


def _new_documents(writer: Writer, sources: Iterable, stats: IngestStats,
                   tick: Callable[[IngestStats], None]) -> Iterator[Job]:
    """The documents to extract: not stored yet, not seen earlier in this run. The rest is
    counted (duplicates, known feed items, unreadable inputs) and goes no further."""
    new = NewDocuments(writer)
    for doc in sources:
        if isinstance(doc, Skipped):
            stats.skipped += 1
        elif isinstance(doc, InputError):
            stats.failed.append(str(doc))
        elif isinstance(doc, Unread):   # a folder's files that are not documents
            stats.warnings.append(str(doc))
        else:
            text = normal_text(doc.text)
            if new.is_new(text.sha256):
                yield doc, text
                continue
            stats.duplicates += 1
        tick(stats)
