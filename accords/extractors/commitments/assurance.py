"""An assurance given as what the other side may count on: "Serbia can always count on Hungary",
"Вы можете рассчитывать на поддержку Франции", "можете на нас рассчитывать". The one counted on
commits (the state after "on"/"на", or the speaker's side for "us"/"нас"), not the subject, which
only receives: "Молдова рассчитывает на поддержку Германии", with no "can", is a hope of the
receiver and no cue at all."""
from __future__ import annotations

from typing import Optional

from .candidate import Candidate
from .context import DocContext
from .phrase import phrase_of
from .sayer_en import sayer_state

_US = frozenset({"us", "our", "нас", "наш", "нам"})
_STOP = frozenset({",", ".", ";", ":", "!", "?", "«", "»", '"', "“", "”", "—", "–"})


def counted_on(ctx: DocContext, c: Candidate, unit: list) -> Optional[str]:
    """The state the cue's "on"/"на" names, the speaker's for "us"; None when neither is clear."""
    k = next((m for m in range(c.idx, min(len(unit), c.idx + 6))
              if unit[m].text.lower() in ("on", "на", "upon")), None)
    if k is None:      # "на нас рассчитывать": the object stands before the verb
        k = next((m for m in range(c.idx - 1, max(0, c.idx - 3) - 1, -1) if unit[m].text.lower() == "на"), None)
        if k is None:
            return None
    end = next((m for m in range(k + 1, min(len(unit), k + 8)) if unit[m].text in _STOP), min(len(unit), k + 8))
    words = unit[k + 1:end]
    if any(t.text.lower() in _US for t in words[:3]):
        q = ctx.quote_at(unit[c.idx].start)
        if q is not None:
            return q.country or ctx.quote_state.get(q.start)
        return sayer_state(ctx, unit, 0, c.idx) if ctx.lang != "ru" else None
    codes = set(phrase_of(ctx, words).codes)
    return codes.pop() if len(codes) == 1 else None
