"""Where a commitment's text starts and ends.

A sentence may hold a quote, an attribution ("По словам X, …", "…, — сказал X") and several
clauses of different parties or force; each commitment keeps only its own clause, so its
evidence points at the words that commit.
"""
from __future__ import annotations

import re

from ...lexicon import word_list
from ..quotes import trim_span
from .candidate import Candidate
from .context import DocContext

SEPARATORS = word_list("commitments_clauses_separators")
COORD = frozenset({"и", "а", "and"})
# an attribution after the statement: "…, — сказал он"
_TAIL = re.compile(r"[,.!?…]?[»”\"]?,?\s*[—–-]{1,2}\s+[а-яёa-z][^\n]*$")
_COMMA_TAIL = re.compile(r",\s+(?=[а-яё])")
_STRIP_L = re.compile(r"^[\s,;:—–\-«»“”\"(]*(?:(?:и|а|но|а также|также|что|and|but|that|also)\s+)?"
                      r"(?:(?:said|noted|stressed|added|stated|confirmed)\s+that\s+)?")
_STRIP_R = re.compile(r"[\s,;:]+(?:и|а|но|and|but)[\s,;:]*$")


def split_clauses(ctx: DocContext, unit: list, cands: list[Candidate]) -> None:
    """Give each candidate its own clause when several share a sentence."""
    cands.sort(key=lambda c: c.pred.start)
    for c in cands:
        c.span = _base_span(ctx, unit, c.pred)
    for a, b in zip(cands, cands[1:]):
        if a.span != b.span:
            if (a.actor != b.actor or _two_requests(ctx, a, b)) and a.span[0] < b.span[0] < a.span[1] == b.span[1] \
                    and a.pred.stop <= b.span[0]:
                a.span = (a.span[0], b.span[0])   # another party's clause, or another request
            continue
        between = [t for t in unit if a.pred.stop <= t.start and t.stop <= b.pred.start]
        seps = [t for t in between if t.text in SEPARATORS]
        if not seps and (a.modality != b.modality or a.actor != b.actor):
            # coordinated predicates of different force or parties: "продолжит поддерживать …
            # и готова рассмотреть …", "thanked X for their shared commitment … and affirmed …"
            seps = [t for t in between if t.lemma in COORD]
        if not seps:
            continue
        cut = seps[-1]
        a.span = (a.span[0], cut.start)
        b.span = (cut.stop, b.span[1])


def _two_requests(ctx: DocContext, a: Candidate, b: Candidate) -> bool:
    """"призвала партнеров участвовать … и попросила увеличить …": two different requests of
    one party, each addressed on its own."""
    return ("other" in a.flags and "other" in b.flags and a.pred.lemma != b.pred.lemma
            and (ctx.lang != "ru" or (b.pred.rel == "conj" and ctx.head(b.pred) is a.pred)))


def _base_span(ctx: DocContext, unit: list, p) -> tuple[int, int]:
    """The cue's sentence without what is not the statement: the text outside its quote,
    a trailing "— сказал X", a leading "По словам X,", an earlier clause of another statement."""
    s, e = unit[0].start, unit[-1].stop
    q = ctx.quote_at(p.start)
    if q is not None:
        s, e = max(s, q.start), min(e, q.stop)
    else:
        text = ctx.text[s:e]
        speech = ctx.words("speech")
        for m in [x for x in (_TAIL.search(text),) if x] + list(_COMMA_TAIL.finditer(text)):
            if s + m.start() <= p.stop:
                continue
            tail = [t for t in unit if t.start >= s + m.start()]
            # "…, — сказал он", "», — отмечается в сообщении" (a reflexive of saying too); "…,
            # сообщили РИА Новости в пресс-службе Минсельхоза" (a comma alone, the verb first)
            if any(t.lemma in speech or t.lemma.endswith("ся") and t.lemma[:-2] in speech
                   for t in tail[:4 if m.re is _TAIL else 2]):
                e = s + m.start()
                break
        # leading attribution "По словам X, …", "Как подчеркнул X, …"
        first = unit[0].lemma
        if first in ("по", "как", "according"):
            comma = next((t for t in unit if t.text == "," and t.stop <= p.start), None)
            speech = ctx.words("speech")
            # "По словам X,", "Как подчеркнул X,", "Как стало (сегодня) известно,", "Как сообщается,"
            if comma is not None and any(t.lemma in speech or t.lemma in ("известный", "известно")
                                         or t.lemma.endswith("ся") and t.lemma[:-2] in speech
                                         for t in unit[:5] if t.stop <= comma.start):
                s = comma.stop
        if ctx.lang == "ru":
            s = max(s, _clause_start(ctx, unit, p), _pair_subject_start(ctx, unit, p))
        else:
            s = max(s, _english_clause_start(unit, p))
    return s, e


_EN_SUBJECTS = word_list("en_clause_subjects")


def _english_clause_start(unit: list, p) -> int:
    """"X highlighted that …, and he called on …": a clause joined by ", and" with a subject
    of its own (a pronoun or a short noun phrase right before the cue) starts there."""
    if p not in unit:
        return unit[0].start
    i = unit.index(p)
    for k in range(i - 1, 1, -1):
        if unit[k].lemma == "and" and unit[k - 1].text == ",":
            subject = unit[k + 1:i]
            if 1 <= len(subject) <= 3 and subject[0].lemma in _EN_SUBJECTS:
                return unit[k + 1].start
            return unit[0].start
    return unit[0].start


def _pair_subject_start(ctx: DocContext, unit: list, p) -> int:
    """"Путин отметил …, Москва и Ханой намерены …": a predicate the parse left without a
    subject, after a comma, a coordinated pair of nominatives and an earlier finite verb,
    starts its own clause at the pair."""
    if p not in unit or any(k.rel.startswith("nsubj") for k in ctx.kids(p)):
        return unit[0].start
    i = unit.index(p)
    j = i - 1
    while j >= 0 and unit[j].pos in ("ADV", "ADP", "ADJ", "NOUN") and unit[j].feats.get("Case") != "Nom":
        j -= 1                                   # "в сжатые сроки" between pair and predicate
    if j < 3 or unit[j].pos not in ("NOUN", "PROPN") or unit[j - 1].lemma != "и" \
            or unit[j - 2].pos not in ("NOUN", "PROPN") or unit[j - 2].feats.get("Case") != "Nom" \
            or unit[j - 3].text != ",":
        return unit[0].start
    if not any(t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" for t in unit[:j - 3]):
        return unit[0].start
    return unit[j - 2].start


def _clause_start(ctx: DocContext, unit: list, p) -> int:
    """Where the cue's clause begins when an earlier clause of the sentence is another
    statement ("На встрече отмечено, что …, стороны договорились …")."""
    r, seen = p, set()
    while r.rel in ("xcomp", "aux", "aux:pass", "cop", "csubj", "obj", "amod") and r.id not in seen:
        seen.add(r.id)
        h = ctx.head(r)
        if h is None or h not in unit:
            break
        r = h
    if r.rel not in ("conj", "parataxis", "ccomp") or ctx.head(r) is None:
        return unit[0].start
    lo, hi = unit[0].index, unit[-1].index
    # the clause's left edge: the predicate and its left dependents (a misattached word to
    # the right must not pull the start back)
    sub = [r]
    for k in ctx.kids(r):
        if k.index < r.index and k.rel != "parataxis":
            sub += ctx.subtree(k, 60, ("parataxis",))
    sub = sorted((t for t in sub if lo <= t.index <= hi), key=lambda t: t.index)
    while len(sub) > 1 and (sub[0].pos in ("PUNCT", "CCONJ") or sub[0].text in SEPARATORS):
        sub = sub[1:]   # ", и предложила …": the clause starts at its own words
    if not sub or sub[0].index == unit[0].index or sub[0].lemma in ("что", "чтобы"):
        return unit[0].start   # "X подчеркнул, что …" keeps its attribution
    k = unit.index(sub[0])
    prev = unit[k - 1] if k else None
    if prev is not None and (prev.text in SEPARATORS or prev.lemma in ("и", "а", "но")):
        before = unit[:k]
        if any(t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" or (t.feats.get("VerbForm") == "Part"
               and t.feats.get("Variant") == "Short") for t in before):
            return sub[0].start
    return unit[0].start


def trim_clause(text: str, s: int, e: int) -> tuple[int, int]:
    """The clause without leading conjunctions, "that", "said that" and a dangling "и" at the end."""
    seg = text[s:e]
    m = _STRIP_L.match(seg)
    if m:
        s += m.end()
    m = _STRIP_R.search(text, s, e)
    if m and m.start() > s:
        e = m.start()   # a clause cut before the next one: "…, и"
    return trim_span(text, s, e)
