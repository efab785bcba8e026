"""Extraction: a pipeline of named components, one module per fact type.

Each component is a pure function ``extract(doc, record) -> list[fact]`` that reads
the analysed document and the facts found by the components before it (persons
read the states, commitments read persons and sectors) and returns its own facts.
Components can be switched off by name, as in spaCy's ``disable=[...]``.
"""
from __future__ import annotations

from typing import Callable, Iterable

from ..nlp import Analysis
from ..record import DocInfo, Record
from . import (commitments, countries, events, figures, organizations, persons, projects,
               quotes, sectors)

from ..version import EXTRACTOR_VERSION  # noqa: F401  (re-exported)

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
