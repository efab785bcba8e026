"""A Russian clause of time ("…, после того как сроки будут согласованы", "как только …",
"прежде чем …") says when the statement it belongs to holds, as a clause of condition does
("если …"): the future inside it is no commitment of its own (fresh releases on ntv.ru and
novostimira.com: "подтвердил готовность совершить поездку, после того как сроки будут
согласованы")."""
from __future__ import annotations

import re

from .candidate import Candidate
from .context import DocContext

# the opening words of a clause of time, with nothing but its own words up to the cue
_OPENS_TIME = re.compile(r"(?:\b(?:после|до) того,?\s+как|\bпрежде\s+чем|\bкак\s+только)\s[^,;:—–.!?«»\"]*$",
                         re.IGNORECASE)
_REACH = 120    # characters back from the cue


def in_a_clause_of_time(ctx: DocContext, c: Candidate) -> bool:
    """The cue stands in a clause of time opened before it in its own sentence."""
    if ctx.lang != "ru":
        return False
    s = c.pred.start
    return bool(_OPENS_TIME.search(ctx.text[max(0, s - _REACH):s]))
