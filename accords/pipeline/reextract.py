"""Re-extraction: stored documents whose records another extractor version made, extracted again.

Stored texts are already in their normal form, so they go straight to extraction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import select

from ..store.models import Document
from ..store.writer import Writer
from ..version import EXTRACTOR_VERSION
from .extract import extract_normal
from .text import normal_text


@dataclass
class ReextractStats:
    total: int = 0
    updated: int = 0
    failed: list[str] = field(default_factory=list)


def outdated(writer: Writer, everything: bool = False) -> list[int]:
    """Documents whose records another extractor version made (or all documents).

    The version follows the extraction code and lexicons (``accords.version``), so any
    other version, older or not, means the record may differ from what extraction gives now.
    """
    with writer.engine.connect() as conn:
        rows = conn.execute(select(Document.id, Document.extractor_version).order_by(Document.id)).all()
    return [i for i, v in rows if everything or v != EXTRACTOR_VERSION]


def reextract(writer: Writer, *, everything: bool = False, batch_size: int = 20,
              on_progress: Callable[[ReextractStats], None] | None = None) -> ReextractStats:
    ids = outdated(writer, everything)
    stats = ReextractStats(total=len(ids))
    cols = (Document.id, Document.text, Document.sha256, Document.external_id, Document.url,
            Document.title, Document.published, Document.source,
            Document.record["doc"]["pages"])   # page offsets of a PDF: the text alone lacks them
    for start in range(0, len(ids), batch_size):
        chunk = ids[start:start + batch_size]
        with writer.engine.connect() as conn:
            rows = conn.execute(select(*cols).where(Document.id.in_(chunk)).order_by(Document.id)).all()
        updates = []
        for doc_id, text, _sha, ext_id, url, title, published, source, pages in rows:
            try:
                rec = extract_normal(normal_text(text), date=published, url=url,
                                     id=ext_id, title=title, source=source)
                if pages:
                    rec.doc.pages = list(pages)
            except Exception as e:  # one bad document never stops the rest
                stats.failed.append(f"document {doc_id} ({source}): {type(e).__name__}: {e}")
                continue
            updates.append((doc_id, rec, text))
        writer.replace(updates)
        stats.updated += len(updates)
        if on_progress:
            on_progress(stats)
    return stats
