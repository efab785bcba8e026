"""Russian indirect questions: what an interview will tell or a meeting discussed, not a party
binding itself. "О том, какие сферы интересны индийской стороне, что она готова предложить …,
рассказал посол" announces an interview's topics (work real24); "На встрече обсуждали, что еще
надо для этого сделать" (a fresh release on mirnov.ru) reports a question discussed."""
from __future__ import annotations

import re

from .candidate import Candidate
from .context import DocContext

_WHICH = r"(?:что|как|как(?:ой|ая|ое|ие|их|им|ими|ую|ого|ому)|где|когда|почему|зачем|чем|сколько)"
# a sentence opening on "О том, какие …" and closed by a verb of telling
_TOPIC_LEAD = re.compile(r"^\s*О том,\s+" + _WHICH + r"\b", re.IGNORECASE)
_TELLING = re.compile(r"\b(?:рассказал[аи]?|рассказывает|поделил(?:ся|ась|ись)|объяснил[аи]?|пояснил[аи]?)\b")
# a question discussed, the question word after the comma, nothing but its clause up to the cue
_DISCUSSED = re.compile(r"\bобсу(?:ждали|дили|ждалось|ждались|ждался)\s*,\s+" + _WHICH + r"\s[^,;:—–.!?«»\"]*$",
                        re.IGNORECASE)
_REACH = 120    # characters back from the cue


def in_an_indirect_question(ctx: DocContext, c: Candidate) -> bool:
    """The cue stands in an interview's topic lead or in a question a meeting discussed."""
    if ctx.lang != "ru" or c.pred.sent >= len(ctx.doc.sents):
        return False
    s = c.pred.start
    sent = ctx.doc.sents[c.pred.sent]
    lead = ctx.text[sent.start:s]
    if _TOPIC_LEAD.search(lead) and _TELLING.search(ctx.text[s:sent.stop]):
        return True
    return bool(_DISCUSSED.search(ctx.text[max(sent.start, s - _REACH):s]))
