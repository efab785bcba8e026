"""Extraction: a pipeline of named components, one module per fact type.

Each component is a pure function ``extract(doc, record) -> list[fact]`` that reads
the analysed document and the facts found by the components before it (persons
read the states, commitments read persons and sectors) and returns its own facts.
Components can be switched off by name, as in spaCy's ``disable=[...]``.
"""
from __future__ import annotations

import hashlib
import unicodedata
from datetime import date
from typing import Callable, Iterable

from ..nlp import Analysis, analyze
from ..nlp.dates import date_from_text, parse_date
from ..record import DocInfo, Record
from . import (commitments, countries, events, figures, organizations, persons, projects,
               quotes, sectors)

EXTRACTOR_VERSION = "0.1.0"

# order matters: later components read earlier facts
COMPONENTS: list[tuple[str, Callable]] = [
    ("countries", countries.extract),
    ("persons", persons.extract),
    ("organizations", organizations.extract),
    ("sectors", sectors.extract),
    ("events", events.extract),
    ("figures", figures.extract),
    ("quotes", quotes.extract),
    ("commitments", commitments.extract),
    ("projects", projects.extract),
]


def normalise_text(text: str) -> str:
    """NFC, unified newlines, no trailing spaces: what offsets point into and what is hashed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\ufeff", "")


def text_sha256(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def run_components(doc: Analysis, info: DocInfo, disable: Iterable[str] = ()) -> Record:
    """Run the components in order. A component that fails leaves its facts empty and says
    so in ``record.warnings``: no text stops the pipeline."""
    record = Record(doc=info)
    skip = set(disable)
    problems = []
    for name, component in COMPONENTS:
        if name in skip:
            continue
        try:
            setattr(record, name, component(doc, record))
        except Exception as e:  # noqa: BLE001 - one component's fault must not lose the record
            problems.append(f"{name} failed: {type(e).__name__}: {e}")
    if "figures" not in skip:
        try:
            problems += figures.consistency_warnings(record)
        except Exception as e:  # noqa: BLE001
            problems.append(f"figure consistency check failed: {type(e).__name__}: {e}")
    record.warnings = problems
    return record


def extract_text(text: str, *, date: str | date | None = None, url: str | None = None,
                 lang: str | None = None, id: str | None = None, title: str | None = None,
                 source: str | None = None, disable: Iterable[str] = ()) -> Record:
    """Text in, record out. ``date`` is the publication date (ISO string or date)."""
    text = normalise_text(text)
    published = date if hasattr(date, "year") else parse_date(date)
    if published is None:
        published = date_from_text(text)
    doc = analyze(text, lang=lang, published=published)
    info = DocInfo(id=id, url=url, title=title,
                   published=published.isoformat() if published else None,
                   lang=doc.lang, source=source, sha256=text_sha256(text),
                   extractor=EXTRACTOR_VERSION)
    return run_components(doc, info, disable)
