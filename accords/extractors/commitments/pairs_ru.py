"""Two position nouns joined by "и" under one verb are one statement: "подтвердил
заинтересованность и готовность поставлять уран", "отметили важность и необходимость
запуска паромной линии" — one party's one stance, said with two words, not two
commitments (work real129; fresh release on tafsilar.info of the Uzbek and Russian ministers'
call). The stronger word gives the statement its force ("готовность" over "заинтересованность").
"""
from __future__ import annotations

from typing import Optional

from .candidate import Candidate
from .context import DocContext


def coordinated_noun_of(ctx: DocContext, c: Candidate, resolved: list[Candidate]) -> Optional[Candidate]:
    """The earlier noun cue of the same party that this Russian noun cue is coordinated with
    ("заинтересованность и готовность"), or None."""
    if ctx.lang != "ru" or "noun" not in c.flags or c.pred.rel != "conj":
        return None
    head = ctx.head(c.pred)
    if head is None or not _joined_by_and(ctx, head, c.pred):
        return None
    return next((r for r in resolved if r.pred is head and "noun" in r.flags and r.actor == c.actor), None)


def fold(first: Candidate, second: Candidate) -> None:
    """The pair speaks with the force of its stronger word."""
    if second.rank > first.rank:
        first.modality, first.rank = second.modality, second.rank


def _joined_by_and(ctx: DocContext, a, b) -> bool:
    """Only "и" (no comma, no other word) stands between the two nouns."""
    between = ctx.doc.tokens[a.index + 1:b.index]
    return len(between) == 1 and between[0].text.lower() == "и"
