"""The typed per-document context: what several components read is computed once."""
from __future__ import annotations

from accords.extractors import run_components, sectors, states
from accords.extractors.quotes import finder, people
from accords.extractors.shared import Shared, shared
from accords.nlp import analyze
from accords.record import DocInfo

# written for this test: states, sectors, a person, a quote and a commitment
TEXT = ("Премьер-министр Казахстана Олжас Бектенов встретился с Президентом Сербии Александром "
        "Вучичем. Стороны обсудили торговлю и энергетику.\n\n«Мы готовы увеличить поставки зерна "
        "в Сербию», — сказал Олжас Бектенов.")


def _count(monkeypatch, module, name):
    calls = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, counted)
    return calls


def test_every_shared_reading_is_computed_once_per_document(monkeypatch):
    doc = analyze(TEXT, lang="ru")
    counts = {name: _count(monkeypatch, module, name) for module, name in [
        (states, "_compute_mentions"), (sectors, "_find_sectors"), (finder, "_find_quotes"),
        (people, "People")]}
    rec = run_components(doc, DocInfo())
    assert rec.quotes and rec.commitments and rec.sectors and rec.countries
    assert {name: len(c) for name, c in counts.items()} == {
        "_compute_mentions": 1, "_find_sectors": 1, "_find_quotes": 1, "People": 1}


def test_the_context_is_typed_and_lives_on_the_document():
    doc = analyze(TEXT, lang="ru")
    sh = shared(doc)
    assert isinstance(sh, Shared) and shared(doc) is sh
    assert sh.once("states", lambda: ("computed",)) == ("computed",)
    assert sh.once("states", lambda: ("again",)) == ("computed",)
    persons_a, persons_b = [], []
    assert sh.for_persons("people", persons_a, lambda: "a") == "a"
    assert sh.for_persons("people", persons_a, lambda: "other") == "a"
    assert sh.for_persons("people", persons_b, lambda: "b") == "b"   # another record's persons
