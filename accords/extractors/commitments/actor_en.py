"""Who commits, in English: the state code of the words before the cue, or JOINT.

English documents have no dependency parse here, only lower-cased words, so the subject is
the run of words between the previous clause boundary and the cue; a coordinated predicate
("… and invited …") shares the subject of the one before.
"""
from __future__ import annotations

from typing import Optional

from ...lexicon import word_list
from ..quotes import word_match
from .candidate import PRIORITY, Candidate
from .context import DocContext
from .phrase import phrase_of

# words between a modal cue and its verb ("will also soon", "plans to")
_EN_SKIP = word_list("en_cue_skip")
# words that may stand between "and" and a coordinated predicate
_EN_ADVERBS = word_list("en_coordination_adverbs")
_EN_BOUNDARY = word_list("en_clause_boundary")


_BOTH = {"two", "both"}


def actor_en(ctx: DocContext, c: Candidate, unit: list, prev: Optional[Candidate] = None) -> Optional[str]:
    """The actor of an English cue, or None; `prev` is the sentence's previous resolved cue."""
    if c.modality == "agreed":
        return "JOINT"
    i = c.idx
    j = _subject_start(unit, i)
    region = unit[j:i]
    actor = _coordinated_actor(ctx, c, unit, prev, j)
    if actor:
        return actor
    if announces_en(ctx, c, unit):
        return None   # "will pay a visit", "would later meet", "plan to discuss"
    ph = phrase_of(ctx, region)
    q = ctx.quote_at(unit[i].start)
    if "goal" in c.flags and any(t.lemma in ctx.words("shared") for t in unit[max(0, i - 3):i]):
        return "JOINT"   # "our common goal is to …"
    if ph.joint_noun and "need" not in c.flags and any(t.lemma in _BOTH for t in region):
        return "JOINT"   # "our two countries are determined to …" (but "both should" is advice)
    if ph.first:
        return (q.country or ctx.quote_state.get(q.start)) if q else None
    if len(set(ph.codes)) > 1 or (ph.joint_noun and len(ph.codes) != 1):
        return "JOINT"
    if len(ph.codes) == 1:
        return ph.codes[0]
    if not ph.codes and any(t.lemma in ctx.words("domestic") for t in region):
        actor = q.country if q is not None and q.country else _en_reporter(ctx, unit, j)
        if actor:
            return actor   # "X said that the province will provide …": X's province
    if c.kind == "future":
        return None
    if region and any(t.text[:1].isupper() for t in region[1:]):
        return None   # a named subject that is no party
    if "impersonal" in c.flags or "need" in c.flags:
        if q is not None and q.country:
            return q.country
        return "JOINT"
    if q is not None:
        return q.country
    return None


def _subject_start(unit: list, i: int) -> int:
    """Index of the first word after the clause boundary before the cue."""
    j = i
    while j > 0 and unit[j - 1].lemma not in _EN_BOUNDARY:
        j -= 1
    return j


def _coordinated_actor(ctx: DocContext, c: Candidate, unit: list, prev: Optional[Candidate],
                       j: int) -> Optional[str]:
    """The actor of a predicate coordinated by "and" after another: the previous cue's, or the
    reporter's ("X noted that …, and called on …")."""
    i = c.idx
    region = unit[j:i]
    after_and = j > 0 and unit[j - 1].lemma == "and" and all(t.lemma in _EN_ADVERBS for t in region)
    if prev is not None and prev.actor and prev.idx < j and after_and:
        return prev.actor   # "… was ready to share … and invited …": the same subject
    if after_and and unit[i].lemma.endswith("ed"):
        return _en_reporter(ctx, unit, j)   # "X noted that …, and called on …": X's state asks
    return None


def announces_en(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """A plain future or intention whose verb announces a visit or meeting."""
    i = c.idx
    if not (c.modality in ("commit", "intend") and c.rank < PRIORITY["strong"] and "noun" not in c.flags
            and i + 1 < len(unit)):
        return False
    nxt = next((t.lemma for t in unit[i + 1:i + 5] if t.lemma not in _EN_SKIP and not t.lemma.endswith("ly")),
               unit[i + 1].lemma)
    return any(nxt.startswith(a) for a in ctx.words("announce"))


def _en_reporter(ctx: DocContext, unit: list, stop: int) -> Optional[str]:
    """The state of the sentence's subject when it opens with "X noted that …": a past
    predicate coordinated after the reported clause shares X as its subject."""
    speech = ctx.words("speech")
    for k, t in enumerate(unit[:min(stop, 12)]):
        if t.lemma in _EN_BOUNDARY:
            return None
        if k and any(word_match(w, t.lemma) for w in speech):
            if k + 1 < stop and unit[k + 1].lemma == "that":
                codes = set(phrase_of(ctx, unit[:k]).codes)
                return next(iter(codes)) if len(codes) == 1 else None
            return None
    return None
