"""Extraction on several cores: worker processes that load the models once, results in order.

natasha's networks hold the GIL for most of a document, so threads do not help; processes
do. Each worker loads the models once (its initializer) and extracts whole documents; the
parent reads the sources, skips what is stored, and writes — one writer, as before. Results
come back in the order of the inputs, whatever order the workers finish in. Documents go to
the workers in batches of a few (a large one alone), and at most ``IN_FLIGHT_PER_WORKER``
documents per worker are in flight, so memory stays bounded on any input size.

A document that raises costs only itself (``extract_document`` turns it into an error
line). A worker that dies (killed, out of memory) breaks the whole process pool: a new pool gets
the documents that were in flight one at a time, so the one that kills its worker is found
and becomes an error line of its own, and the others are extracted as usual.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Iterable, Iterator

from ..ingest.sources import InputError, SourceDoc
from ..ingest.web import Fetcher
from .item import Item
from .sources import iter_sources
from .text import NormalText

Job = tuple["SourceDoc | InputError", "NormalText | None"]
IN_FLIGHT_PER_WORKER = 8      # documents sent ahead per worker
# documents go to a worker in small batches: one task per document cost the parent about
# 0.7 ms of the executor's own thread hand-offs and wake-ups per document, and the workers
# as much again; a batch closes at this many documents or this many characters, so a large
# document still travels alone and memory stays bounded
BATCH_DOCS = 4
BATCH_CHARS = 50_000
# a document still in a worker after this long counts as one that killed it (a 5 MB text
# takes a few minutes): the pool is replaced, so nothing waits for ever on a stuck worker
DOC_TIMEOUT_S = 900.0


# what the server that forks the workers imports once, so that no worker imports it again
PRELOAD = ["__main__", "accords.pipeline.extract", "accords.store.writer"]


def prestart(workers: int) -> None:
    """Start the server the workers are forked from, now: it imports the extraction code
    while the caller goes on with its own start-up, and each worker is later forked with
    that code in place (the models are still each worker's own, see :mod:`.warm`)."""
    if workers > 1:
        from multiprocessing import forkserver

        multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
        forkserver.ensure_running()


def _warm_up(for_store: bool = False) -> None:
    """Each worker's initializer: models and lexicons loaded, then frozen (:mod:`.warm`)."""
    from .warm import warm_up

    warm_up(for_store)


def _extract(job: Job, lang: str | None, for_store: bool = False) -> Item:
    doc, normal = job
    if isinstance(doc, InputError):   # passed through, so errors keep their place in order
        return Item(doc.source, error=str(doc))
    if not isinstance(doc, SourceDoc):   # a notice (Unread, Skipped): a warning in its place
        return Item(doc.source, warnings=[str(doc)])
    from .extract import extract_document   # here: the parent of a pool never loads it

    item = extract_document(doc, lang=lang, normal=normal)
    if for_store and item.record is not None:
        # what the writer would compute per document, done here on the worker's core
        from ..store.writer import search_lemmas
        from ..track.clusters import minhash
        from ..track.sentences import pack
        item.lemmas = search_lemmas(item.record, doc.text)
        item.signature = minhash(doc.text)
        item.followup = pack(doc.text, item.record.doc.lang)
    return item


def _extract_in_worker(jobs: list[Job], lang: str | None, for_store: bool) -> list[Item]:
    """``_extract`` of a batch in a worker process: the items go back without the documents
    and their normal texts, which the parent holds already (the text need not cross twice more)."""
    items = []
    for job in jobs:
        item = _extract(job, lang, for_store)
        item.doc = item.normal = None
        items.append(item)
    return items


def _batches(jobs: Iterable[Job]) -> Iterator[list[Job]]:
    """The jobs in order, grouped by ``BATCH_DOCS`` documents or ``BATCH_CHARS`` characters."""
    batch, chars = [], 0
    for job in jobs:
        doc = job[0]
        size = len(doc.text) if isinstance(doc, SourceDoc) else 0
        if batch and (len(batch) >= BATCH_DOCS or chars + size > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(job)
        chars += size
    if batch:
        yield batch


def _with_job(item: Item, job: Job) -> Item:
    doc, normal = job
    if isinstance(doc, SourceDoc):
        item.doc, item.normal = doc, normal
    return item


def extract_serial(jobs: Iterable[Job], lang: str | None = None,
                   for_store: bool = False) -> Iterator[Item]:
    warm = False
    for job in jobs:
        if not warm and isinstance(job[0], SourceDoc):
            _warm_up(for_store)   # before the first document to extract, never for a run of duplicates
            warm = True
        yield _extract(job, lang, for_store)


class WorkerPool:
    """``map`` extracts documents in worker processes and yields their items in input order."""

    def __init__(self, workers: int, lang: str | None = None, timeout: float = DOC_TIMEOUT_S,
                 for_store: bool = False):
        if workers < 2:
            raise ValueError("a pool needs at least two workers; use extract_serial for one")
        self.workers, self.lang, self.timeout = workers, lang, timeout
        self.for_store = for_store
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "WorkerPool":
        self._start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _start(self) -> None:
        # forkserver: workers start from a clean process, never from one that runs the
        # writer thread or holds database connections
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)   # no effect once it runs (see ``prestart``)
        self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_warm_up,
                                         initargs=(self.for_store,))

    def close(self, kill: bool = False) -> None:
        """Stop the workers; ``kill`` for a pool that may hold a stuck or dead worker.

        Never waits without bound: after a worker was killed, the executor's own
        ``shutdown(wait=True)`` can wait for ever on the survivors, so they get a few
        seconds to finish and are then killed."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        procs = list(getattr(pool, "_processes", {}).values())
        if kill:
            for proc in procs:
                proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in procs:
            proc.join(timeout=10)
            if proc.is_alive():
                proc.kill()
                proc.join(timeout=5)

    def _submit(self, jobs: list[Job]) -> Future:
        return self._pool.submit(_extract_in_worker, jobs, self.lang, self.for_store)

    def map(self, jobs: Iterable[Job]) -> Iterator[Item]:
        window = max(1, self.workers * IN_FLIGHT_PER_WORKER // BATCH_DOCS)   # batches in flight
        pending: deque[tuple[list[Job], Future]] = deque()
        source = _batches(jobs)
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                else:
                    pending.append((batch, self._submit(batch)))
            if not pending:
                return
            try:
                items = pending[0][1].result(timeout=self.timeout * len(pending[0][0]))
            except (BrokenProcessPool, FutureTimeout):
                # a worker died: find the document that killed it by sending the ones in
                # flight again one at a time; the others are extracted as usual
                yield from self._isolate([job for batch, _ in pending for job in batch])
                pending.clear()
                continue
            batch, _ = pending.popleft()
            for item, job in zip(items, batch):
                yield _with_job(item, job)

    def _isolate(self, jobs: list[Job]) -> Iterator[Item]:
        """Each job alone in a fresh pool; one that kills or stalls its worker is its own error."""
        self.close(kill=True)
        self._start()
        for job in jobs:
            try:
                yield _with_job(self._submit([job]).result(timeout=self.timeout)[0], job)
            except (BrokenProcessPool, FutureTimeout):
                doc = job[0]
                yield Item(doc.source or "?", doc=doc, normal=job[1],
                           error=f"{doc.source}: extraction failed (the worker process died or stalled on it)")
                self.close(kill=True)
                self._start()


def extract_jobs(jobs: Iterable[Job], workers: int = 1, lang: str | None = None,
                 for_store: bool = False) -> Iterator[Item]:
    """Items of the jobs in order, on ``workers`` processes (1: in this process);
    ``for_store``: workers also compute what the writer needs (search lemmas, signature)."""
    if workers <= 1:
        yield from extract_serial(jobs, lang, for_store)
        return
    with WorkerPool(workers, lang, for_store=for_store) as pool:
        yield from pool.map(jobs)


def extract_documents(inputs: Iterable[str], lang: str | None = None,
                      workers: int = 1, fetcher: Fetcher | None = None) -> Iterator[Item]:
    """Every document of the inputs (files, folders, JSONL, stdin, URLs, feeds), in order;
    ``workers`` processes extract them. An unreadable input is an item with its error; a
    notice (a folder's files that are not documents, a feed item already stored) an item
    with only a warning."""
    jobs = ((doc, None) for doc in iter_sources(inputs, fetcher))
    yield from extract_jobs(jobs, workers, lang)
