"""events for Kazakh: the past-tense predicates of ``events.kk.tsv`` (кездесті, қол қойылды,
телефон арқылы сөйлесті, сапармен барды). A future or an intention ("ресми сапармен
келеді", "келіссөздер жүргізбек") is not listed, so it gives no event. One event per type
and sentence; the participants are the document's parties."""
from __future__ import annotations

from ...record import Event
from .tense import announced, converb, told_as_past, untensed
from .words import find_all, patterns

_GAP = 3


def extract(doc, record) -> list[Event]:
    parties = [c.code for c in record.countries]
    seen, events = set(), []
    for m in find_all(doc, patterns("events.kk.tsv"), gap=_GAP):
        sent = doc.tokens[m.first].sent
        if (m.value, sent) in seen:
            continue
        s = doc.sents[sent]
        if untensed(m, doc) and announced(s, m, doc) or converb(m, doc) and not told_as_past(s):
            continue
        seen.add((m.value, sent))
        events.append(Event(type=m.value, participants=parties, evidence=[s.start, s.stop]))
    return events
