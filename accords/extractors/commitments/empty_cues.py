"""Cues that commit no one for want of a content or of a party: "Министр подтвердил: почти
решили." (a decision with nothing decided), "Я тоже на это надеюсь", "no party wants to see an escalation" (a wish
of nobody)."""
from __future__ import annotations

from .candidate import Candidate
from .context import DocContext

# what a decision decides: an infinitive, or "о"/"что"/"вопрос" ("решили вопрос о …")
_DECIDED = frozenset({"о", "об", "что", "вопрос", "вопросы"})
_NOBODY = frozenset({"no", "nobody", "neither", "none"})


def decides_nothing(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"решили" with no infinitive, "о" or "что" after it: a matter settled, no step agreed."""
    if ctx.lang != "ru" or c.pred.lemma != "решить":
        return False
    after = unit[c.idx + 1:c.idx + 7]
    return not any(t.feats.get("VerbForm") == "Inf" or t.lemma in _DECIDED for t in after)


def hopes_for_what_was_said(ctx: DocContext, c: Candidate) -> bool:
    """"Я тоже на это очень надеюсь": a hope for what the other just said, nothing of its own."""
    if ctx.lang != "ru" or c.pred.lemma != "надеяться":
        return False
    kids = ctx.kids(c.pred)
    return not any(k.rel in ("xcomp", "ccomp", "csubj") for k in kids) and any(
        k.rel == "obl" and k.lemma in ("это", "этот", "то", "тот") for k in kids)


def wished_by_nobody(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"no party wants to …", "nobody intends to …": the subject denies a party."""
    if ctx.lang != "en":
        return False
    before = [t.text.lower() for t in unit[max(0, c.idx - 3):c.idx]]
    return any(w in _NOBODY for w in before)
