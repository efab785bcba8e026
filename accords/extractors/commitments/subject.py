"""Finding the grammatical subject of a cue's clause.

The cue is often an infinitive or object under another verb ("намерены подписать",
"выразили готовность"), so the subject is sought by climbing from the cue to the verb that
has one — never across a "что"-clause. When the parse gives none, the nearest nominative noun
before the predicate stands in.
"""
from __future__ import annotations

from typing import Optional

from .clauses import SEPARATORS
from .context import DocContext

# relations through which the subject of a governing verb is also the cue's
CLIMB = frozenset({"xcomp", "obj", "iobj", "nmod", "conj", "csubj", "aux", "aux:pass", "cop",
                   "amod", "obl"})


def subject_of(ctx: DocContext, p) -> tuple[Optional[object], Optional[object]]:
    """(subject token, the predicate that governs it), climbing from the cue through
    infinitive complements, objects and coordination — not through "что"-clauses."""
    cur, seen = p, set()
    for _ in range(5):
        if cur is None or cur.id in seen:
            break
        seen.add(cur.id)
        subj = _best_subject(cur, [k for k in ctx.kids(cur) if k.rel in ("nsubj", "nsubj:pass") and k is not p], ctx) \
            or _nominative_under_adjunct(ctx, cur)
        if subj is not None:
            return subj, cur
        if cur.rel in CLIMB or cur.rel == "advcl" and cur.feats.get("VerbForm") == "Conv":
            # (a gerund shares its subject: "Путин заявил …, выразив заинтересованность …")
            nxt = ctx.head(cur)
            rel = _relative_verb_before(ctx, cur, nxt)
            if rel is not None:
                return rel          # ("…, которыми Кыргызстан дорожит и стремится к …")
            cur = _reporter_verb(ctx, cur, nxt) or nxt
        else:
            break
    return None, cur


def _nominative_under_adjunct(ctx: DocContext, v):
    """"В ходе телефонного разговора главы государств подтвердили …", "На встрече главы ведомств
    …": the parse hangs the plural nominative after a fronted adjunct on the adjunct's noun (as if
    "главы" were "of the head"); a nominative plural there, before a plural finite verb that has no
    subject, is the verb's subject (MFA releases; work real122)."""
    if v.pos != "VERB" or v.feats.get("VerbForm") != "Fin" or v.feats.get("Number") != "Plur":
        return None
    for obl in ctx.kids(v):
        if obl.rel != "obl" or obl.index > v.index:
            continue
        for m in ctx.kids(obl):
            if m.rel == "nmod" and m.pos == "NOUN" and m.index < v.index \
                    and m.feats.get("Case") == "Nom" and m.feats.get("Number") == "Plur":
                return m
    return None


def _relative_verb_before(ctx: DocContext, conj, h):
    """"узы, которыми Кыргызстан дорожит и стремится к их укреплению": a verb the parse joins
    to the main clause's verb though a relative clause's verb stands right before its "и" is
    that clause's second verb; (its subject, that verb), or None."""
    if conj.rel != "conj" or h is None or h.index >= conj.index:
        return None
    toks = ctx.doc.tokens
    if conj.index < 2 or toks[conj.index - 1].rel != "cc":
        return None
    prev = toks[conj.index - 2]
    if prev.pos != "VERB" or prev.rel != "acl:relcl" or prev.index <= h.index:
        return None
    subj = next((k for k in ctx.kids(prev) if k.rel == "nsubj" and k.feats.get("Case") == "Nom"), None)
    return (subj, prev) if subj is not None else None


def _reporter_verb(ctx: DocContext, conj, h):
    """"X подчеркнула, что Сенат рассмотрит …, и предложила …": a comma before "и" closes the
    "что"-clause, so the second predicate is the reporter's, not the embedded subject's."""
    if conj.rel != "conj" or h is None or h.rel != "ccomp" or not any(
            k.rel == "mark" and k.lemma in ("что", "чтобы") for k in ctx.kids(h)):
        return None
    cc = next((k for k in ctx.kids(conj) if k.rel == "cc" and k.index < conj.index), None)
    toks = ctx.doc.tokens
    if cc is None or cc.index == 0 or toks[cc.index - 1].text != ",":
        return None
    return ctx.head(h)


def _best_subject(pred, subjects: list, ctx: DocContext):
    """Of several subjects the parser hangs on one verb, the one that agrees with it
    ("мы планируем", not a fronted object), then the nearest."""
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    person, number = pred.feats.get("Person"), pred.feats.get("Number")

    def score(k) -> tuple:
        s = 0
        if k.feats.get("Case") not in (None, "Nom"):
            s -= 2
        if person == "1":
            s += 2 if k.feats.get("Person") == "1" else 0
        if number:
            plural = k.feats.get("Number") == "Plur" or any(x.rel == "conj" for x in ctx.kids(k))
            s += 1 if plural == (number == "Plur") else 0
        return (s, -abs(k.index - pred.index))
    return max(subjects, key=score)


def fallback_subject(ctx: DocContext, p, unit: list) -> tuple[Optional[object], list]:
    """When the parse gives no subject (a glued headline, a self-loop), take the nearest
    nominative noun before the predicate in its clause and the noun group around it."""
    if p not in unit:
        return None, []
    i = unit.index(p)
    for j in range(i - 1, -1, -1):
        t = unit[j]
        if t.text in SEPARATORS or t.lemma in ("что", "чтобы", "который") or (
                t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"):
            return None, []
        if t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom" and t.rel != "cc" and not any(
                k.rel == "case" for k in ctx.kids(t)):
            k = j
            while k > 0 and unit[k - 1].pos in ("NOUN", "PROPN", "ADJ", "DET") and not any(
                    x.rel == "case" for x in ctx.kids(unit[k - 1])):
                k -= 1
            # "…, Москва и Ханой намерены": a coordinated pair of nominatives is the subject
            while k > 1 and unit[k - 1].lemma == "и" and unit[k - 2].pos in ("NOUN", "PROPN") \
                    and unit[k - 2].feats.get("Case") == "Nom":
                k -= 2
            return t, unit[k:j + 1]
    return None, []


def dative_topic(ctx: DocContext, p, verb=None) -> bool:
    """"Этому будут способствовать заключенные соглашения": a clause opened by "этому" (what
    the predicate serves) has its subject after the verb, whatever the parse says."""
    verb = verb or p
    return any(k.lemma in ("это", "что", "то") and k.feats.get("Case") == "Dat" and k.start < verb.start
               for k in ctx.kids(p))
