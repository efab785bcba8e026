"""Inputs to records: reads sources, extracts each document, reports failures per document."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .extractors import extract_text
from .ingest import InputError, iter_documents
from .ingest.sources import SourceDoc
from .record import Record


@dataclass
class Item:
    source: str
    record: Record | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    doc: SourceDoc | None = None


def extract_document(doc: SourceDoc, lang: str | None = None) -> Item:
    """Extract one source document; any failure becomes an error line for that document."""
    try:
        record = extract_text(doc.text, date=doc.date, url=doc.url, lang=lang or doc.lang,
                              id=doc.id, title=doc.title, source=doc.source)
    except Exception as e:  # one bad document never stops a batch
        return Item(doc.source or "?", error=f"{doc.source}: extraction failed ({type(e).__name__}: {e})",
                    doc=doc)
    warnings = [f"{doc.source}: {w}" for w in doc.warnings]
    return Item(doc.source or "?", record=record, warnings=warnings, doc=doc)


def extract_documents(inputs: Iterable[str], lang: str | None = None) -> Iterator[Item]:
    for doc in iter_documents(inputs):
        if isinstance(doc, InputError):
            yield Item(doc.source, error=str(doc))
        else:
            yield extract_document(doc, lang=lang)
