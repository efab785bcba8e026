"""The final modality of a resolved cue.

A need ("необходимо", "the need to") is a commitment when both sides put it on themselves or
one side on itself ("we have to"), and one party's proposal otherwise; an importance ("важно", "it is important to") is an intention; an intention to
propose ("намерена предложить") is a proposal.
"""
from __future__ import annotations

from .candidate import Candidate
from .context import DocContext


def settle_modality(ctx: DocContext, c: Candidate, unit: list) -> None:
    """Set c.modality once the actor is known."""
    if "hoped" in c.flags or c.kind == "future" and _hoped_ru(ctx, c):
        c.modality = "intend"       # a hope for a future is an intention, never a promise
    elif "need" in c.flags:
        if c.modality == "intend":
            c.modality = "intend"    # an importance ("важно", "it is important to")
        elif c.actor == "JOINT":
            c.modality = "commit"    # an obligation both sides put on themselves ("стороны должны …")
        else:
            # an obligation ("we have to"), not an importance ("нам важно"), binds its sayer
            c.modality = "commit" if c.modality == "propose" and _binds_itself(c, unit) else "propose"
    elif c.modality == "intend" and proposes(ctx, c, unit):
        c.modality = "propose"


_FIRST_PERSON = frozenset({"we", "i", "мы", "нам", "я", "мне"})


def _binds_itself(c: Candidate, unit: list) -> bool:
    """"We have to consider …", "нам необходимо …": an obligation the speaker puts on his own
    side is a commitment (the spec's convention); said to the other side it is a proposal."""
    for t in reversed(unit[max(0, c.idx - 4):c.idx]):
        if t.text in (",", ";", ":", "«", "»", "“", "”", '"'):
            return False
        if t.text.lower() in _FIRST_PERSON:
            return True
    return False


_HOPE_RU = frozenset({"надежда", "надеяться"})


def _hoped_ru(ctx: DocContext, c: Candidate) -> bool:
    """"выразил надежду, что развитие … будет содействовать …": the future hangs under a hope."""
    return ctx.lang == "ru" and any(h.lemma in _HOPE_RU for h in ctx.ancestors(c.pred, 3))


def proposes(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """An intention to propose is a proposal ("намерена предложить", "plans to invite")."""
    if ctx.lang == "ru":
        nxt = [k for k in ctx.kids(c.pred) if k.rel == "xcomp" and k.feats.get("VerbForm") == "Inf"]
    else:
        nxt = [t for t in unit[c.idx + 1:c.idx + 4] if t.lemma != "to"][:1]
    for k in nxt:
        cues = ctx.lex.cues_starting_with(k.lemma)
        if any(x.modality == "propose" and len(x.words) == 1 and "need" not in x.flags for x in cues):
            return True
    return False
