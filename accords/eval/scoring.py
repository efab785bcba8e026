"""The spec's matching rules (``record.md``, "Gold annotations and how they are scored").

Per document, then summed over the set (micro P/R/F1). One predicted item matches at
most one gold item. Attribute accuracies (role_class, person country, change_pct,
modality) are measured over matched pairs only.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..record import SCORED_TYPES as TYPES


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Tally") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def merge(self, other: "Accuracy") -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class DocScore:
    id: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in TYPES})
    accuracies: dict[str, Accuracy] = field(default_factory=lambda: {
        "role_class": Accuracy(), "person_country": Accuracy(),
        "change_pct": Accuracy(), "modality": Accuracy()})
    missed: dict[str, list] = field(default_factory=lambda: {t: [] for t in TYPES})
    wrong: dict[str, list] = field(default_factory=lambda: {t: [] for t in TYPES})
    attr_errors: list[str] = field(default_factory=list)


def surname_key(name: str) -> str:
    words = (name or "").strip().split()
    return words[-1].lower().replace("ё", "е") if words else ""


def _match_sets(pred: list[str], gold: list[str], name: str, ds: DocScore) -> None:
    p, g = Counter(pred), Counter(gold)
    tp = sum((p & g).values())
    ds.tallies[name] = Tally(tp, sum(p.values()) - tp, sum(g.values()) - tp)
    ds.missed[name] = sorted((g - p).elements())
    ds.wrong[name] = sorted((p - g).elements())


def _greedy(pred: list, gold: list, same) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one matching: each gold takes the first unused prediction that matches."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(p, g):
                used.add(pi)
                pairs.append((pi, gi))
                break
    matched_gold = {gi for _, gi in pairs}
    return (pairs, [i for i in range(len(pred)) if i not in used],
            [i for i in range(len(gold)) if i not in matched_gold])


def _value_close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    if b == 0:
        return a == 0
    return abs(float(a) - float(b)) <= 0.005 * abs(float(b))


def _figure_same(p: dict, g: dict) -> bool:
    return (p.get("metric") == g.get("metric") and p.get("kind") == g.get("kind")
            and p.get("currency") == g.get("currency") and p.get("period") == g.get("period")
            and _value_close(p.get("value"), g.get("value")))


def _change_ok(p, g) -> bool:
    if p is None or g is None:
        return p is None and g is None
    return abs(float(p) - float(g)) <= 0.05 + 1e-9


def _overlap_ok(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and inter >= shorter / 2


def gold_commitment_span(text: str, quote: str) -> tuple[int, int] | None:
    i = text.find(quote)
    return (i, i + len(quote)) if i >= 0 else None


def score_document(pred: dict, gold: dict, text: str) -> DocScore:
    """Score one predicted record (``Record.to_dict()``) against one gold line."""
    ds = DocScore(id=gold.get("id", ""))
    _match_sets([c["code"] for c in pred.get("countries", [])], gold.get("countries", []),
                "countries", ds)
    _match_sets(sorted({e["type"] for e in pred.get("events", [])}), gold.get("events", []),
                "events", ds)
    _match_sets(sorted({s["id"] for s in pred.get("sectors", [])}), gold.get("sectors", []),
                "sectors", ds)

    pp, gp = pred.get("persons", []), gold.get("persons", [])
    pairs, extra, miss = _greedy(pp, gp, lambda p, g: surname_key(p["name"]) == surname_key(g["name"]))
    ds.tallies["persons"] = Tally(len(pairs), len(extra), len(miss))
    ds.missed["persons"] = [gp[i]["name"] for i in miss]
    ds.wrong["persons"] = [pp[i]["name"] for i in extra]
    for pi, gi in pairs:
        p, g = pp[pi], gp[gi]
        ds.accuracies["role_class"].add(p.get("role_class") == g.get("role_class"))
        ds.accuracies["person_country"].add(p.get("country") == g.get("country"))
        if p.get("role_class") != g.get("role_class"):
            ds.attr_errors.append(f"role_class {g['name']}: {p.get('role_class')} != {g.get('role_class')}")
        if p.get("country") != g.get("country"):
            ds.attr_errors.append(f"country {g['name']}: {p.get('country')} != {g.get('country')}")

    pf, gf = pred.get("figures", []), gold.get("figures", [])
    pairs, extra, miss = _greedy(pf, gf, _figure_same)
    ds.tallies["figures"] = Tally(len(pairs), len(extra), len(miss))
    keys = ("metric", "kind", "value", "currency", "period", "change_pct")
    ds.missed["figures"] = [{k: gf[i].get(k) for k in keys} for i in miss]
    ds.wrong["figures"] = [{k: pf[i].get(k) for k in keys} for i in extra]
    for pi, gi in pairs:
        ok = _change_ok(pf[pi].get("change_pct"), gf[gi].get("change_pct"))
        ds.accuracies["change_pct"].add(ok)
        if not ok:
            ds.attr_errors.append(f"change_pct {gf[gi]['value']}: {pf[pi].get('change_pct')} != {gf[gi].get('change_pct')}")

    pc = pred.get("commitments", [])
    gc = []
    for g in gold.get("commitments", []):
        span = gold_commitment_span(text, g["quote"])
        if span is not None:
            gc.append({**g, "evidence": span})
    pairs, extra, miss = _greedy(
        pc, gc, lambda p, g: p["actor"] == g["actor"] and _overlap_ok(tuple(p["evidence"]), g["evidence"]))
    ds.tallies["commitments"] = Tally(len(pairs), len(extra), len(miss))
    ds.missed["commitments"] = [f"{gc[i]['actor']}/{gc[i]['modality']}: {gc[i]['quote']}" for i in miss]
    ds.wrong["commitments"] = [f"{pc[i]['actor']}/{pc[i]['modality']}: {pc[i]['text']}" for i in extra]
    for pi, gi in pairs:
        ok = pc[pi]["modality"] == gc[gi]["modality"]
        ds.accuracies["modality"].add(ok)
        if not ok:
            ds.attr_errors.append(f"modality {gc[gi]['quote'][:50]}: {pc[pi]['modality']} != {gc[gi]['modality']}")
    return ds


@dataclass
class CorpusScore:
    tallies: dict[str, Tally]
    accuracies: dict[str, Accuracy]
    docs: list[DocScore]

    @property
    def headline(self) -> float:
        return sum(self.tallies[t].f1 for t in TYPES) / len(TYPES)

    def to_dict(self) -> dict:
        return {
            "headline": round(self.headline, 4),
            "types": {t: {"precision": round(v.precision, 4), "recall": round(v.recall, 4),
                          "f1": round(v.f1, 4), "tp": v.tp, "fp": v.fp, "fn": v.fn}
                      for t, v in self.tallies.items()},
            "accuracy": {k: {"value": round(v.value, 4), "right": v.right, "total": v.total}
                         for k, v in self.accuracies.items()},
            "documents": len(self.docs),
        }


def score_corpus(pairs) -> CorpusScore:
    """``pairs``: iterable of (predicted record dict, gold dict, text)."""
    tallies = {t: Tally() for t in TYPES}
    accs = {k: Accuracy() for k in ("role_class", "person_country", "change_pct", "modality")}
    docs = []
    for pred, gold, text in pairs:
        ds = score_document(pred, gold, text)
        for t in TYPES:
            tallies[t].add(ds.tallies[t])
        for k in accs:
            accs[k].merge(ds.accuracies[k])
        docs.append(ds)
    return CorpusScore(tallies, accs, docs)
