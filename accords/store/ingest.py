"""Inputs into the store: dedupe, extract, write in batches; and re-extraction.

A document is known by the hash of its normalised text: one already stored is skipped
before any extraction work, so running the same inputs again costs reading and hashing
only. Extracted documents are written in batches (by count or by time), each batch in one
transaction.
"""
from __future__ import annotations

import queue
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from sqlalchemy import select

from ..extractors import EXTRACTOR_VERSION, extract_text, normalise_text, text_sha256
from ..ingest.sources import InputError, SourceDoc, iter_documents
from ..ingest.web import Fetcher, Skipped, is_url, iter_url
from ..pipeline import extract_document
from .models import Document
from .writer import Prepared, Writer

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


def iter_sources(inputs: Iterable[str], fetcher: Fetcher | None = None,
                 skip_url: Callable[[str], bool] | None = None
                 ) -> Iterator[SourceDoc | InputError | Skipped]:
    """Files, directories, JSONL, stdin (as ``extract`` reads them), URLs and feeds."""
    own = None
    try:
        for name in inputs:
            if is_url(name):
                if fetcher is None:
                    fetcher = own = Fetcher()
                yield from iter_url(name, fetcher, skip_url)
            else:
                yield from iter_documents([name])
    finally:
        if own is not None:
            own.close()


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
           fetcher: Fetcher | None = None,
           on_progress: Callable[[IngestStats], None] | None = None) -> IngestStats:
    stats = IngestStats()
    batch: list[Prepared] = []
    seen: set[str] = set()
    known = writer.known_prefixes()
    last_commit = time.monotonic()
    background = _BackgroundWriter(writer, stats)

    def stored_already(sha: str) -> bool:
        # the prefix set answers "no" for nearly every new document without a query
        return sha in seen or (int(sha[:16], 16) in known and writer.has_sha(sha))

    try:
        for doc in iter_sources(inputs, fetcher, writer.has_url):
            if isinstance(doc, Skipped):
                stats.skipped += 1
            elif isinstance(doc, InputError):
                stats.failed.append(str(doc))
            else:
                text = normalise_text(doc.text)
                sha = text_sha256(text)
                if stored_already(sha):
                    with background.lock:
                        stats.duplicates += 1
                else:
                    seen.add(sha)
                    item = extract_document(doc, lang=lang)
                    if item.error:
                        stats.failed.append(item.error)
                    else:
                        stats.warnings.extend(item.warnings)
                        batch.append(Prepared(item.record, text, sha, source=doc.source,
                                              url=doc.url, external_id=doc.id))
            if batch and (len(batch) >= batch_size or time.monotonic() - last_commit >= batch_seconds):
                background.put(batch)
                batch = []
                last_commit = time.monotonic()
            if on_progress:
                on_progress(stats)
    finally:
        # also on Ctrl-C: what is extracted is kept (a kill -9 loses only the batches in flight)
        if batch:
            background.put(batch)
        background.close()
        if on_progress:
            on_progress(stats)
    return stats


# -- re-extraction ------------------------------------------------------------------------
def version_key(v: str | None) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", v or ""))


@dataclass
class ReextractStats:
    total: int = 0
    updated: int = 0
    failed: list[str] = field(default_factory=list)


def outdated(writer: Writer, everything: bool = False) -> list[int]:
    """Documents extracted by an older extractor (or all documents)."""
    current = version_key(EXTRACTOR_VERSION)
    with writer.engine.connect() as conn:
        rows = conn.execute(select(Document.id, Document.extractor_version).order_by(Document.id)).all()
    return [i for i, v in rows if everything or version_key(v) < current]


def reextract(writer: Writer, *, everything: bool = False, batch_size: int = 20,
              on_progress: Callable[[ReextractStats], None] | None = None) -> ReextractStats:
    ids = outdated(writer, everything)
    stats = ReextractStats(total=len(ids))
    cols = (Document.id, Document.text, Document.external_id, Document.url, Document.title,
            Document.published, Document.source)
    for start in range(0, len(ids), batch_size):
        chunk = ids[start:start + batch_size]
        with writer.engine.connect() as conn:
            rows = conn.execute(select(*cols).where(Document.id.in_(chunk)).order_by(Document.id)).all()
        updates = []
        for doc_id, text, ext_id, url, title, published, source in rows:
            try:
                rec = extract_text(text, date=published, url=url, id=ext_id, title=title, source=source)
            except Exception as e:  # one bad document never stops the rest
                stats.failed.append(f"document {doc_id} ({source}): {type(e).__name__}: {e}")
                continue
            updates.append((doc_id, rec, text))
        writer.replace(updates)
        stats.updated += len(updates)
        if on_progress:
            on_progress(stats)
    return stats
