"""Text to record: analysis once, then the extractor components.

``extract``, ``ingest``, ``reextract`` and ``eval`` all come through here, so a document is
extracted the same way whichever command reads it.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from ..extractors import run_components
from ..ingest import SourceDoc
from ..nlp import analyze
from ..nlp.dates import date_from_text, parse_date
from ..nlp.kazakh_latin import kazakh_latin_alphabet, to_latin, transliterate
from ..nlp.normalise import spans_to_caller
from ..record import DocInfo, Record
from ..version import EXTRACTOR_VERSION
from .item import Item
from .text import NormalText, normal_text


def extract_normal(normal: NormalText, *, date: str | date | None = None, url: str | None = None,
                   lang: str | None = None, id: str | None = None, title: str | None = None,
                   source: str | None = None, disable: Iterable[str] = ()) -> Record:
    """A record from a text already in its normal form (see :func:`normal_text`); its
    offsets index the caller's text."""
    published = date if hasattr(date, "year") else parse_date(date)
    if published is None:
        published = date_from_text(normal.text)
    # Kazakh in Latin letters is read in Cyrillic and mapped back (nlp/kazakh_latin.py)
    latin = kazakh_latin_alphabet(normal.text) if lang in (None, "kk") else None
    cyrillic = transliterate(normal.text, latin) if latin else None
    doc = analyze(cyrillic.text if cyrillic else normal.text, lang="kk" if latin else lang,
                  published=published)
    info = DocInfo(id=id, url=url, title=title,
                   published=published.isoformat() if published else None,
                   lang=doc.lang, source=source, sha256=normal.sha256,
                   extractor=EXTRACTOR_VERSION)
    record = run_components(doc, info, disable)
    record.warnings = doc.warnings + record.warnings
    if cyrillic is not None:
        record = names_in_latin(spans_to_caller(record, cyrillic), latin)
    return spans_to_caller(record, normal.mapping) if normal.mapping else record


def names_in_latin(record: Record, version: str) -> Record:
    """The names a record gives, written back in the Latin alphabet of the text."""
    for p in record.persons:
        p.name = to_latin(p.name, version)
        p.role = to_latin(p.role, version) if p.role else p.role
    for q in record.quotes:
        q.speaker = to_latin(q.speaker, version) if q.speaker else q.speaker
    for o in record.organizations:
        o.name = to_latin(o.name, version)
    for j in record.projects:
        j.name = to_latin(j.name, version)
    return record


def extract_text(text: str, **meta) -> Record:
    """Text in, record out. ``date`` is the publication date (ISO string or date)."""
    return extract_normal(normal_text(text), **meta)


def extract_document(doc: SourceDoc, lang: str | None = None,
                     normal: NormalText | None = None) -> Item:
    """Extract one source document; any failure becomes an error line for that document.
    ``normal``: its text in normal form, when the caller has it already."""
    try:
        normal = normal or normal_text(doc.text)
        record = extract_normal(normal, date=doc.date, url=doc.url, lang=lang or doc.lang,
                                id=doc.id, title=doc.title, source=doc.source)
    except Exception as e:  # one bad document never stops a batch
        return Item(doc.source or "?", error=f"{doc.source}: extraction failed ({type(e).__name__}: {e})",
                    doc=doc, normal=normal)
    if doc.pages:
        record.doc.pages = list(doc.pages)
    warnings = [f"{doc.source}: {w}" for w in doc.warnings]
    return Item(doc.source or "?", record=record, warnings=warnings, doc=doc, normal=normal)
