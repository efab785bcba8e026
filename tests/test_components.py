"""The components' contract: what each reads is assigned earlier, and declared."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from accords import extractors
from accords.extractors import COMPONENTS, Component, PipelineError, check_order
from accords.nlp import analyze
from accords.record import FACT_TYPES, DocInfo, Record

HERE = Path(__file__).resolve().parent


def test_every_requirement_is_assigned_earlier():
    check_order(COMPONENTS)
    assert sorted(c.assigns for c in COMPONENTS) == sorted(FACT_TYPES)   # every fact type, once


def test_a_requirement_nobody_assigns_earlier_is_refused():
    swapped = [COMPONENTS[1], COMPONENTS[0], *COMPONENTS[2:]]
    with pytest.raises(PipelineError, match="'persons' requires \\['countries'\\]"):
        check_order(swapped)
    with pytest.raises(PipelineError, match="assigns 'countries' again"):
        check_order([COMPONENTS[0], Component("countries", COMPONENTS[0].func)])


class _Watched(Record):
    """A record that notes which fact fields a component reads."""

    def __getattribute__(self, name):
        if name in FACT_TYPES:
            _Watched.reads.add(name)
        return super().__getattribute__(name)


def _documents(n: int = 12) -> list[dict]:
    docs = []
    for path in sorted(HERE.glob("holdout*/docs.jsonl")) + sorted(HERE.glob("real1/docs.jsonl")):
        docs += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:3]]
    return docs[:n]


def test_components_read_only_what_they_declare():
    _undeclared_reads(COMPONENTS)


def test_an_undeclared_read_is_caught():
    lying = [Component(c.name, c.func, ()) if c.name == "events" else c for c in COMPONENTS]
    with pytest.raises(AssertionError, match="events reads"):
        _undeclared_reads(lying)


def _undeclared_reads(components) -> None:
    for d in _documents():
        doc = analyze(d["text"], lang=d.get("lang"))
        record = _Watched(doc=DocInfo(id=d["id"]))
        for c in components:
            _Watched.reads = set()
            setattr(record, c.assigns, c.func(doc, record))
            undeclared = _Watched.reads - set(c.requires)
            assert not undeclared, f"{c.name} reads {sorted(undeclared)} on {d['id']} without declaring it"


def test_the_runner_alone_turns_a_failure_into_a_warning(monkeypatch):
    def broken(doc, record):
        raise KeyError("no such thing")

    comps = [Component(c.name, broken, c.requires) if c.name == "events" else c for c in COMPONENTS]
    monkeypatch.setattr(extractors, "COMPONENTS", comps)
    doc = analyze("Президент Казахстана провел переговоры с Президентом Сербии.", lang="ru")
    record = extractors.run_components(doc, DocInfo())
    assert record.events == [] and {c.code for c in record.countries} == {"KAZ", "SRB"}
    assert record.warnings == ["events failed: KeyError: 'no such thing'"]
