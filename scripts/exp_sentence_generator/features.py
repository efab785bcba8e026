"""What the sentence generator reads of a sentence unit: named features, a vector, actor hints.

The cue rules find a commitment only where a cue of the lexicon or a future tense stands and
its subject resolves; the generator looks at whole sentences instead. A unit is described by
its lemmas and lemma pairs, the modalities of the lexicon cues it holds (whether or not a rule
took them), its verb forms (future, first person, imperative), the rule candidates it holds
that the scorer declined, whether it is quoted, how many states and persons it names, and
the mean navec vector of its lemmas (Russian). The hints are the parties it could be said by:
the quote's or the verb of saying's speaker, the states it names, the declined candidates'
actors.
"""
from __future__ import annotations

import re
from typing import Optional

import numpy as np

from accords.nlp.vectors import mean_vector
from accords.extractors.text import match_seq
from accords.extractors.commitments.clauses import trim_clause
from accords.extractors.commitments.context import DocContext
from accords.extractors.commitments.parties import state_codes
from accords.extractors.commitments.speaker import speaker_state
from accords.extractors.commitments.units import is_title, sentence_units

_WORD = re.compile(r"\w+")
_MAX_TOKENS = 60


def unit_lemmas(unit: list) -> list[str]:
    """The unit's words (letters, no digits) as lower-case lemmas, at most ``_MAX_TOKENS``."""
    out = [t.lemma.lower().replace("ё", "е") for t in unit
           if _WORD.fullmatch(t.text) and not t.text.isdigit()]
    return out[:_MAX_TOKENS]


def _root(unit: list):
    """The unit's main predicate: its parse root, else its first verb, else its first token."""
    return (next((t for t in unit if t.rel == "root"), None)
            or next((t for t in unit if t.pos in ("VERB", "AUX")), None) or unit[0])


def cue_modalities(ctx: DocContext, unit: list) -> list[str]:
    """Modalities of the lexicon cues the unit holds (any form: the rules' form checks aside)."""
    out = []
    for i, t in enumerate(unit):
        for cue in ctx.lex.cues_starting_with(t.lemma):
            if match_seq(unit, i, cue.words) is not None:
                out.append(cue.modality)
                break
    return out


def unit_features(ctx: DocContext, unit: list, lemmas: list[str], declined: list[tuple]) -> dict[str, float]:
    """Named features of a sentence unit; ``declined``: (actor, modality, source) of the rule
    candidates in it that the scorer did not keep."""
    f: dict[str, float] = {"bias": 1.0, f"lang={ctx.lang}": 1.0}
    for w in lemmas:
        f[f"l={w}"] = 1.0
    for a, b in zip(lemmas, lemmas[1:]):
        f[f"b={a}_{b}"] = 1.0
    mods = cue_modalities(ctx, unit)
    f["cue_any"] = 1.0 if mods else 0.0
    for m in mods:
        f[f"cue={m}"] = 1.0
    for t in unit:
        feats = t.feats or {}
        if feats.get("Tense") == "Fut":
            f["fut"] = 1.0
        if feats.get("Person") == "1" and t.pos in ("VERB", "AUX"):
            f["verb_1p"] = 1.0
        if feats.get("Mood") == "Imp":
            f["imp"] = 1.0
        if feats.get("VerbForm") == "Inf":
            f["inf"] = 1.0
        if feats.get("Tense") == "Past" and t.pos in ("VERB", "AUX"):
            f["past"] = 1.0
    for actor, modality, source in declined:
        f["declined"] = 1.0
        f[f"declined={modality}"] = 1.0
        f[f"declined_src={source}"] = 1.0
        f[f"declined_actor={'JOINT' if actor == 'JOINT' else 'state'}"] = 1.0
    root = _root(unit)
    q = ctx.quote_at(root.start)
    f["in_quote"] = 1.0 if q is not None else 0.0
    f["first_person"] = 1.0 if any(t.lemma in ctx.words("first") for t in unit) else 0.0
    f["has_number"] = 1.0 if any(t.text[:1].isdigit() for t in unit) else 0.0
    f["unit_length"] = min(len(unit), 80) / 80
    f["doc_position"] = unit[0].start / max(len(ctx.text), 1)
    return f


def actor_hints(ctx: DocContext, unit: list, declined: list[tuple]) -> dict:
    """The parties a unit could be said by, as the generator's actor choice reads them."""
    root = _root(unit)
    q = ctx.quote_at(root.start)
    try:
        speaker = speaker_state(ctx, root, root)
    except Exception:       # noqa: BLE001 - a parse the rules never saw must not stop a document
        speaker = None
    idx = unit.index(root)
    return {"speaker": speaker, "quote": q.country if q is not None else None,
            "states": _unique(state_codes(ctx, unit)),
            "states_before": _unique(state_codes(ctx, unit[:idx])) if idx else [],
            "declined": [a for a, _, _ in declined if a]}


def _unique(codes: list) -> list:
    out = []
    for c in codes:
        if c and c not in out:
            out.append(c)
    return out


def unit_rows(doc, record, cands: list[tuple]) -> list[dict]:
    """Every sentence unit of a document that may commit, described for the generator;
    ``cands``: (span, actor, modality, source, kept) of the rule candidates."""
    ctx = DocContext(doc, record)
    rows = []
    for unit in sentence_units(doc):
        if len(unit) < 3 or is_title(ctx, unit) or unit[-1].text == "?":
            continue
        s, e = trim_clause(ctx.text, unit[0].start, unit[-1].stop)
        if e - s < 8:
            continue
        declined = [(a, m, src) for (cs, ce), a, m, src, kept in cands
                    if not kept and s <= cs < e]
        lemmas = unit_lemmas(unit)
        rows.append({"span": (s, e), "features": unit_features(ctx, unit, lemmas, declined),
                     "vector": mean_vector(lemmas) if ctx.lang == "ru" else np.zeros(300, np.float32),
                     "hints": actor_hints(ctx, unit, declined)})
    return rows


def first_or_none(xs: list) -> Optional[str]:
    return xs[0] if xs else None
