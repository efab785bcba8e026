"""What the learned scorer reads of a candidate commitment: named features and a vector.

The rules say *whether* a cue can be a commitment and *who* commits; what they cannot weigh
is how real releases phrase the rest of the clause. So every candidate the rules produce —
the ones they accept and the ones they could only attribute by a fallback — is described
by its cue (lemma, modality, kind, flags), how its actor was found, the word forms around
it (tense, person, first-person words, quotes, numbers), the lemmas of its clause, and the
mean navec vector of those lemmas (Russian; natasha ships the vectors). The scorer
(:mod:`.scorer`) weighs these with a model trained on annotated sentences.
"""
from __future__ import annotations

import re

import numpy as np

from ...nlp.vectors import mean_vector
from .candidate import Candidate
from .context import DocContext

_WORD = re.compile(r"\w+")
_MAX_LEMMAS = 40


def candidate_features(ctx: DocContext, c: Candidate, unit: list, span: tuple[int, int]) -> dict[str, float]:
    """Named features of a candidate whose clause is ``span``."""
    p = c.pred
    f: dict[str, float] = {"bias": 1.0, f"lang={ctx.lang}": 1.0, f"source={c.source}": 1.0,
                           f"modality={c.modality}": 1.0, f"kind={c.kind}": 1.0,
                           f"rank={c.rank}": 1.0, f"pos={p.pos}": 1.0,
                           f"cue={p.lemma}": 1.0,
                           f"actor={'JOINT' if c.actor == 'JOINT' else 'state'}": 1.0,
                           f"source_kind={c.source}/{c.kind}": 1.0}
    for flag in c.flags:
        f[f"flag={flag}"] = 1.0
    for key in ("Tense", "Person", "Number", "Mood", "VerbForm", "Aspect"):
        v = p.feats.get(key)
        if v:
            f[f"{key}={v}"] = 1.0
    q = ctx.quote_at(p.start)
    f["in_quote"] = 1.0 if q is not None else 0.0
    f["first_person"] = 1.0 if any(t.lemma in ctx.words("first") for t in unit) else 0.0
    f["has_number"] = 1.0 if any(t.text[:1].isdigit() for t in unit) else 0.0
    f["cue_position"] = c.idx / max(len(unit), 1)
    f["unit_length"] = min(len(unit), 80) / 80
    f["clause_share"] = (span[1] - span[0]) / max(unit[-1].stop - unit[0].start, 1)
    f["doc_position"] = unit[0].start / max(len(ctx.text), 1)
    for lemma in clause_lemmas(unit, span):
        f[f"lemma={lemma}"] = 1.0
    return f


def clause_lemmas(unit: list, span: tuple[int, int]) -> list[str]:
    """The lemmas of the clause's words (letters only), at most ``_MAX_LEMMAS``."""
    out = []
    for t in unit:
        if span[0] <= t.start < span[1] and _WORD.fullmatch(t.text) and not t.text.isdigit():
            out.append(t.lemma.lower())
    return out[:_MAX_LEMMAS]


def candidate_vector(ctx: DocContext, unit: list, span: tuple[int, int]) -> np.ndarray:
    """The mean navec vector of the clause's lemmas (zeros where none is known)."""
    return mean_vector(clause_lemmas(unit, span) if ctx.lang == "ru" else [])
