"""English shapes that name who acts without the party being the plain subject: the agent of a
future passive ("will be financed by the Development Bank of Kazakhstan") and "our
countries" as a subject (both sides, said by one of them)."""
from __future__ import annotations

from typing import Optional

from .context import DocContext
from .phrase import phrase_of

_PREPOSITIONS = {"between", "of", "among", "with", "for", "to", "in", "by"}
_OURS_BOTH = {"countries", "states", "nations", "governments", "peoples", "economies"}

_AGENT_STOP = {",", ";", ".", "and", "to", "in", "at", "on", "for", "with", "under", "through"}


def passive_agent_state(ctx: DocContext, unit: list, i: int) -> Optional[str]:
    """"The loan will be financed by the Development Bank of Kazakhstan", "the equipment will
    be selected by the Government of Maldives": in a future passive the agent after "by" is
    the one who acts, when it names one state."""
    k = i + 1
    if k + 2 >= len(unit) or unit[k].text.lower() != "be" or not unit[k + 1].text.lower().endswith(("ed", "en", "t")):
        return None
    k += 2
    if k < len(unit) and unit[k].text.lower().endswith("ly"):
        k += 1   # "will be jointly financed by"
    if k >= len(unit) or unit[k].text.lower() != "by":
        return None
    end = k + 1
    while end < len(unit) and end - k <= 8 and unit[end].text.lower() not in _AGENT_STOP:
        end += 1
    codes = set(phrase_of(ctx, unit[k + 1:end]).codes)
    return codes.pop() if len(codes) == 1 else None


def our_countries(region: list) -> bool:
    """"our countries will …", "our governments will …": the speaker's side and the other
    (as the subject itself, not "relations between our countries will …")."""
    words = [t.text.lower() for t in region]
    return any(w == "our" and k + 1 < len(words) and words[k + 1] in _OURS_BOTH
               and not _PREPOSITIONS & set(words[:k]) for k, w in enumerate(words))
