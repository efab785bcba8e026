"""A passive future someone hopes for ("Я надеюсь, это будет реализовано в феврале", "надеемся,
что соглашение будет подписано"): the hoper's intention, not both sides' commitment."""
from __future__ import annotations

from typing import Optional

from .candidate import Candidate
from .context import DocContext
from .speaker import speaker_state

_HOPE = frozenset({"надеяться", "рассчитывать", "верить"})


def hoper_state(ctx: DocContext, c: Candidate) -> Optional[str]:
    """The state of whoever hopes for the candidate's passive future (turning it into an
    intention), or None where no verb of hope governs it or stands beside it."""
    p = c.pred
    hope = None
    toks = ctx.doc.tokens
    for k in range(p.index - 1, max(-1, p.index - 9), -1):     # "Я надеюсь, (что) это будет …"
        t = toks[k]
        if t.sent != p.sent or t.lemma in _HOPE:
            hope = t if t.lemma in _HOPE else None
            break
        if t.pos == "VERB" and t.lemma != "быть":
            break           # another verb between: the hope is not this clause's
    if hope is None:
        return None
    state = speaker_state(ctx, hope, ctx.head(hope) or hope)
    if state:
        c.modality = "intend"
    return state
