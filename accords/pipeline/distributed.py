"""Ingest on many machines: Dask distributed workers extract partitions and write them.

The client reads the inputs (files, JSONL, URLs, feeds), puts each text in its normal form
and drops what the store already holds, then sends partitions of documents to the cluster.
Each worker process loads the models once (the analysis keeps them per process) and opens
the store once, extracts its partition and writes it straight into the database — a team's
PostgreSQL — in one transaction per partition.

Exactly once: a document is keyed by its text hash (a unique column), so when a worker dies
and Dask runs its partition again elsewhere, what the first attempt committed is found as a
duplicate and what it had not is written now: nothing twice, nothing lost.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..ingest.sources import InputError, SourceDoc
from ..ingest.web import Skipped
from ..store.writer import Prepared
from .novelty import NewDocuments
from .prepare import Prepare
from .sources import iter_sources
from .text import NormalText, normal_text

PARTITION = 25
ENV_ADDRESS = "ACCORDS_DASK"

# Dask's defaults cost extraction about half again its time per document (measured, see
# docs/scale.md): MALLOC_TRIM_THRESHOLD_ in the workers' environment turns off glibc's dynamic
# mmap threshold, so every large numpy array of natasha's networks is mapped and unmapped
# anew, and the statistical profiler takes the GIL every 10 ms. Workers started under the
# settings of WORKER_YAML (a Dask config file; ``dask.config.set(WORKER_CONFIG)`` for a
# LocalCluster in Python) extract as fast as one process does.
WORKER_YAML = Path(__file__).resolve().parents[1] / "data" / "dask-worker.yaml"


def _dotted(tree: dict, prefix: str = "") -> dict:
    """A nested Dask config as dotted keys, the form ``dask.config.set`` merges key by key."""
    out = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out.update(_dotted(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _worker_config() -> dict:
    import yaml   # comes with dask
    return _dotted(yaml.safe_load(WORKER_YAML.read_text(encoding="utf-8")))


WORKER_CONFIG = _worker_config()


def _worker_settings() -> tuple[str | None, bool]:
    import dask
    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), bool(dask.config.get("distributed.worker.profile.enabled"))


def slow_worker_settings(client) -> str | None:
    """A one-line warning when the cluster's workers run with Dask's defaults that slow
    extraction down (see WORKER_CONFIG), or None."""
    try:
        found = client.run(_worker_settings)
    except Exception:  # noqa: BLE001 - a check, never a reason to stop the ingest
        return None
    counts = (("MALLOC_TRIM_THRESHOLD_ set on", sum(1 for t, _ in found.values() if t is not None)),
              ("the profiler on in", sum(1 for _, p in found.values() if p)))
    slow = [f"{what} {n}" for what, n in counts if n]
    if not slow:
        return None
    return (f"{' and '.join(slow)} of {len(found)} Dask workers: extraction runs about 1.5x "
            f"slower there; start workers with the settings of {WORKER_YAML.name} (docs/scale.md)")


@dataclass
class PartitionResult:
    stored: int = 0
    duplicates: int = 0
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class DaskStats:
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    partitions: int = 0
    near_duplicates: int = 0     # story links are made by the writer; not counted here

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + self.skipped + len(self.failed)


_STORES: dict[str, object] = {}   # one store handle per worker process and database


def _store(db: str):
    from ..store import open_store

    key = f"{os.getpid()}:{db}"
    if key not in _STORES:
        _STORES[key] = open_store(db)      # the client set the schema up before sending work
    return _STORES[key]


def extract_partition(docs: list[tuple[SourceDoc, NormalText]], db: str,
                      lang: str | None = None) -> PartitionResult:
    """Runs on a worker: extract every document of the partition, write them in one batch."""
    from ..track.sentences import pack
    from .extract import extract_document

    out = PartitionResult()
    batch = []
    for doc, normal in docs:
        item = extract_document(doc, lang=lang, normal=normal)
        if item.error:
            out.failed.append(item.error)
            continue
        out.warnings += item.warnings
        batch.append(Prepared(item.record, normal.text, normal.sha256, source=doc.source,
                              url=doc.url, external_id=doc.id,
                              followup=pack(normal.text, item.record.doc.lang)))
    for written in _store(db).write(batch):
        # the client sends only documents the store did not hold: one found stored now was
        # written by an earlier attempt at this partition (its worker died after committing)
        if written.document_id is None:
            out.duplicates += 1
        else:
            out.stored += 1
    return out


def _partitions(inputs: Iterable[str], store, stats: DaskStats,
                size: int) -> Iterator[list[tuple[SourceDoc, NormalText]]]:
    """New documents of the inputs in partitions; the rest is counted on the client."""
    new = NewDocuments(store)
    part: list[tuple[SourceDoc, NormalText]] = []
    for doc in iter_sources(inputs, skip_url=store.has_url):
        if isinstance(doc, Skipped):
            stats.skipped += 1
        elif isinstance(doc, InputError):
            stats.failed.append(str(doc))
        elif isinstance(doc, SourceDoc):
            text = normal_text(doc.text)
            if not new.is_new(text.sha256):
                stats.duplicates += 1
                continue
            part.append((doc, text))
            if len(part) >= size:
                yield part
                part = []
    if part:
        yield part


def ingest_dask(client, db: str, inputs: Iterable[str], *, lang: str | None = None,
                partition: int = PARTITION,
                on_progress: Callable[[DaskStats], None] | None = None,
                prepare: Callable[[], None] | None = None) -> DaskStats:
    """Ingest ``inputs`` into the database ``db`` (a URL every worker can reach) on the
    Dask cluster of ``client``; at most two partitions per worker are in flight.
    ``prepare``: run in a thread of this process once a partition has stored something
    (what the caller does after such a run loads meanwhile); done before this returns."""
    from distributed import as_completed

    from ..store import open_store

    store = open_store(db, create=True)      # the schema, once, before any worker writes
    stats = DaskStats()
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    parts = _partitions(inputs, store, stats, partition)
    preparing = Prepare(prepare)

    def progress(stats: DaskStats) -> None:
        if stats.stored:
            preparing.start()
        if on_progress:
            on_progress(stats)

    run = _Dispatch(client, db, lang, stats, progress, as_completed())
    for part in parts:
        run.submit(part)
        stats.partitions += 1
        if run.pending.count() >= 2 * workers:
            run.collect(next(run.pending))
    for future in run.pending:
        run.collect(future)
    for doc_job in run.suspects:
        # one at a time, nothing else running: a document that kills its worker takes no
        # other document down with it, and one that failed beside it is written now
        _count(client.submit(extract_partition, [doc_job], db, lang, pure=False), [doc_job],
               stats, progress)
    preparing.join()
    return stats


@dataclass
class _Dispatch:
    """Partitions in flight on the cluster, and what becomes of each when it finishes."""
    client: object
    db: str
    lang: str | None
    stats: DaskStats
    on_progress: Callable[[DaskStats], None] | None
    pending: object                                        # distributed.as_completed
    sent: dict = field(default_factory=dict)               # future -> the documents it carries
    suspects: list = field(default_factory=list)           # documents whose own partition failed

    def submit(self, part: list) -> None:
        future = self.client.submit(extract_partition, part, self.db, self.lang, pure=False)
        self.sent[future] = part
        self.pending.add(future)

    def collect(self, future) -> None:
        """Count a finished partition. One that failed on every retry (a document that
        kills its worker each time, a database error) is sent again one document at a
        time; a single document that fails then is kept for the end, where it runs alone."""
        part = self.sent.pop(future, [])
        if future.status != "finished" and len(part) > 1:
            for one in part:
                self.submit([one])
        elif future.status != "finished":
            self.suspects.extend(part)
        else:
            _count(future, part, self.stats, self.on_progress)


def _count(future, part: list, stats: DaskStats, on_progress) -> None:
    try:
        res: PartitionResult = future.result()
    except Exception as e:  # noqa: BLE001 - the cluster's failure, reported per document
        doc = part[0][0] if part else None
        name = f"{doc.source} (id {doc.id})" if doc is not None and doc.id else (doc.source if doc else "?")
        stats.failed.append(f"{name}: failed on the cluster ({type(e).__name__}: {e})")
        return
    # every document sent was new to the store: one a worker found stored was written by
    # an earlier attempt of the same partition, so it counts as stored, once
    stats.stored += res.stored + res.duplicates
    stats.failed += res.failed
    stats.warnings += res.warnings
    if on_progress:
        on_progress(stats)
