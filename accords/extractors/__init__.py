"""Extraction: a pipeline of declared components, one per fact type.

Each component is a pure function ``extract(doc, record) -> list[fact]`` of the analysed
document and the facts of the components before it, and declares both, as spaCy's
``@Language.component(requires=, assigns=)`` does: ``requires`` names the record fields it
reads, ``assigns`` the one it fills. :func:`check_order` proves every requirement is
assigned earlier (a test runs it, and another checks that components read nothing they do
not declare). Components can be switched off by name, as in spaCy's ``disable=[...]``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from ..nlp import Analysis
from ..record import DocInfo, Record
from ..version import EXTRACTOR_VERSION  # noqa: F401  (re-exported)
from . import (commitments, countries, events, figures, organizations, persons, projects,
               quotes, sectors)


@dataclass(frozen=True)
class Component:
    name: str
    func: Callable[[Analysis, Record], list]
    requires: tuple[str, ...] = ()

    @property
    def assigns(self) -> str:
        return self.name

    def __iter__(self):  # (name, func), as the pipeline's entries used to be
        return iter((self.name, self.func))


COMPONENTS: list[Component] = [
    Component("countries", countries.extract),
    Component("persons", persons.extract, requires=("countries",)),
    Component("organizations", organizations.extract),
    Component("sectors", sectors.extract),
    Component("events", events.extract, requires=("countries", "persons")),
    Component("figures", figures.extract, requires=("countries", "sectors")),
    Component("quotes", quotes.extract, requires=("persons",)),
    Component("commitments", commitments.extract,
              requires=("countries", "persons", "organizations", "sectors")),
    Component("projects", projects.extract),
]


class PipelineError(ValueError):
    """The components' declarations do not fit together."""


def check_order(components: Iterable[Component]) -> None:
    """Every requirement is assigned by an earlier component; every field assigned once."""
    assigned: set[str] = set()
    for c in components:
        missing = [r for r in c.requires if r not in assigned]
        if missing:
            raise PipelineError(f"component {c.name!r} requires {missing}, assigned by no earlier component")
        if c.assigns in assigned:
            raise PipelineError(f"component {c.name!r} assigns {c.assigns!r} again")
        assigned.add(c.assigns)


def run_components(doc: Analysis, info: DocInfo, disable: Iterable[str] = ()) -> Record:
    """Run the components in order. A component that fails leaves its facts empty and says
    so in ``record.warnings``: no text stops the pipeline."""
    record = Record(doc=info)
    skip = set(disable)
    problems = []
    for c in COMPONENTS:
        if c.name in skip:
            continue
        try:
            setattr(record, c.assigns, c.func(doc, record))
        except Exception as e:  # noqa: BLE001 - one component's fault must not lose the record
            problems.append(f"{c.name} failed: {type(e).__name__}: {e}")
    if "figures" not in skip:
        try:
            problems += figures.consistency_warnings(record)
        except Exception as e:  # noqa: BLE001
            problems.append(f"figure consistency check failed: {type(e).__name__}: {e}")
        record.figures = figures.plain(record.figures)
    record.warnings = problems
    return record
