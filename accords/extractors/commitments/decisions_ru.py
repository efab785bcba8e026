"""Decisions taken: a meeting's are both sides' ("Принято решение о …"); one state's own
("Правительство России приняло решение предоставить …") is that state's agreed, as the spec has
it for a decision taken."""
from __future__ import annotations

from typing import Optional

from .context import DocContext
from .parties import state_codes
from .phrase import Phrase

# who can take a state's decision: the state itself or its government
_DECIDERS = frozenset({"правительство", "кабмин", "кабинет", "парламент", "республика", "государство",
                       "страна", "сторона", "руководство", "министерство", "президент"})


def decision_actor(ctx: DocContext, p) -> Optional[str]:
    """"Принято решение о …": the meeting's decision, both sides'; "Правительством
    Казахстана принято решение" is the one party's that took it."""
    agents = [k for k in ctx.kids(p) if k.rel == "obl:agent" or (
        k.rel == "obl" and k.feats.get("Case") == "Ins" and not any(x.rel == "case" for x in ctx.kids(k)))]
    for a in agents:
        codes = set(state_codes(ctx, ctx.subtree(a, 8)))
        if len(codes) == 1:
            return codes.pop()
    return "JOINT"


def one_state_decided(ctx: DocContext, p, subj, ph: Phrase) -> Optional[str]:
    """"Правительство России приняло решение предоставить …", "Япония приняла решение": the
    one state's decision (not a company's, nor a joint cue's other verbs)."""
    if p.lemma != "принять" or len(set(ph.codes)) != 1:
        return None
    if subj.lemma in _DECIDERS or subj.pos == "PROPN" and state_codes(ctx, [subj]):
        return ph.codes[0]
    return None
