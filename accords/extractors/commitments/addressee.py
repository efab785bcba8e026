"""The side a request or proposal is addressed to is not the side making it: "The host
requested Brunei to assist Vietnam …", "…, he said, asking Brunei to provide support …" —
between two parties, the one that asks is the other one."""
from __future__ import annotations

from typing import Optional

from ...lexicon import word_list
from .candidate import Candidate
from .context import DocContext
from .parties import state_codes

_ASKING = frozenset({"requested", "requests", "request", "asked", "asks", "asking", "urged", "urges",
                     "urging", "invited", "invites", "inviting", "called", "calls", "calling"})


_BUSINESS = word_list("en_business_addressees")


def addressee(ctx: DocContext, c: Candidate, unit: list) -> Optional[str]:
    """The one state a request names as its object right after the verb ("requested Brunei
    to", "called on China to", "asking the Brunei side to")."""
    if ctx.lang == "ru" or c.modality not in ("request", "propose") \
            or unit[c.idx].text.lower() not in _ASKING:
        return None
    k = c.idx + 1
    if k < len(unit) and unit[k].text.lower() in ("on", "upon"):
        k += 1
    obj = []
    while k < len(unit) and len(obj) < 5 and unit[k].text.lower() not in ("to", ",", "."):
        obj.append(unit[k])
        k += 1
    if k >= len(unit) or unit[k].text.lower() != "to" or not obj:
        return None
    codes = set(state_codes(ctx, obj))
    return codes.pop() if len(codes) == 1 else None


def the_asking_side(ctx: DocContext, c: Candidate, unit: list, actor: Optional[str],
                    parties: list[str]) -> Optional[str]:
    """``actor`` unless it is the addressee or unknown; then, between two parties, the other."""
    to = addressee(ctx, c, unit)
    if to is None or actor not in (None, to):
        return actor
    if actor == to and _to_business(unit, c.idx):
        return actor    # "Orbán urged Hungarian business leaders to …": his own businesses, his request
    others = [p for p in dict.fromkeys(parties) if p != to]
    return others[0] if len(others) == 1 and len(set(parties)) == 2 else actor


def _to_business(unit: list, i: int) -> bool:
    """The object of the asking verb names a state's businesses, not the state."""
    return any(t.text.lower() in _BUSINESS for t in unit[i + 1:i + 7])


_ANSWER_REACH = 10          # tokens from the step's cue to the proposal it answers
_CLAUSE_END = frozenset({",", ";", ":", ".", "and", "but", "while", "which", "that"})


def answers_a_proposal(c: Candidate, unit: list, resolved: list[Candidate]) -> bool:
    """"The Kremlin will consider Biden's proposal", "Pakistan will give a response to India's
    proposals": the proposal (a noun) is what the other side's step, a few words before it in
    the same clause, answers; the step is the commitment, not a proposal of the other side."""
    if c.modality not in ("propose", "request") or not unit[c.idx].text.lower().startswith(("proposal", "request")):
        return False
    for r in resolved:
        if r.actor != c.actor and 0 < c.idx - r.idx <= _ANSWER_REACH and not any(
                t.text.lower() in _CLAUSE_END for t in unit[r.idx + 1:c.idx]):
            return True
    return False
