""""…, которые следует нарастить совместными усилиями", "подчеркнул важность совместных усилий
по запуску пункта пропуска": a deed done by joint effort is both sides', whoever names it (work
real107; fresh release on news.by on the two foreign ministries' boards). Not "готов приложить
совместные усилия" (work real127): efforts a party offers to put in stay that party's."""
from __future__ import annotations

from .candidate import Candidate
from .context import DocContext

_JOINT_EFFORT = frozenset({"совместный", "общий", "объединенный", "объединённый"})


def by_joint_effort(ctx: DocContext, c: Candidate) -> bool:
    """A Russian cue whose deed is "by joint effort" (instrumental) or, for a noun cue, whose
    matter is "joint efforts" (genitive)."""
    if ctx.lang != "ru":
        return False
    heads = [c.pred] + [k for k in ctx.kids(c.pred) if k.rel in ("xcomp", "ccomp", "csubj")]
    for h in heads:
        for k in ctx.kids(h):
            if k.lemma != "усилие" or not any(m.rel == "amod" and m.lemma in _JOINT_EFFORT for m in ctx.kids(k)):
                continue
            if k.rel in ("obl", "iobj") and k.feats.get("Case") == "Ins":
                return True     # "нарастить совместными усилиями"
            if h is c.pred and h.pos == "NOUN" and k.rel == "nmod" and k.feats.get("Case") == "Gen":
                return True     # "важность совместных усилий"
    return False
