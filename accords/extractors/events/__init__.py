"""events: what happened between the parties, typed CONSULT / AGREE / COOPERATE / AID.

A trigger (a predicate lemma from ``accords/data/events.<lang>.tsv``) makes an event only
when the text reports the act as done: "провели переговоры", "переговоры состоялись", "на
встрече заявил", "подписали меморандум" are facts; "посетит", "пройдут переговоры",
"планируется подписание", "предложил подписать" are plans and make nothing.

Russian reads natasha's syntax: a verb trigger needs a past tense (or a past participle,
or the present of an act under way) and no plan word above it; a noun trigger takes the
tense of the verb that governs it ("переговоры состоялись", "в ходе переговоров
отметил") unless a modifier settles it ("состоявшийся разговор", "предстоящий визит").
English has no parse: the words before a trigger decide ("will", "to be signed").

A joint opening that "took place" ("состоялась церемония открытия совместного завода")
is a COOPERATE act; aid that is the topic of talks ("обсудили выделение гранта") is not
AID. A background sentence about one party's dealings with a third state ("Ранее Джакарта
подписала соглашение с Канадой") and "Related:" headlines make no events.

Each event carries its participants (state codes), date, location and evidence (the
sentence). One event per type and sentence.

The modules: ``lexicon`` (the trigger tables), ``ru_done`` (is a Russian act done),
``ru_args`` and ``ru_triggers`` (the Russian checks), ``en_triggers`` (English),
``clauses`` (finding events in clauses), ``participants``, ``when`` and ``where``.
"""
from __future__ import annotations

from ...record import Event
from ..kazakh import events as kazakh_events
from .clauses import Clause, find_events, third_party_aside
from .lexicon import TYPES
from .participants import participants, person_mentions, state_mentions
from .when import event_date
from .where import location

__all__ = ["TYPES", "Clause", "extract", "find_events"]


def extract(doc, record) -> list[Event]:
    """The component: the record's events, each with participants, date, place, evidence."""
    if getattr(doc, "lang", None) == "kk":
        return kazakh_events.extract(doc, record)
    states = state_mentions(doc)
    found = find_events(doc, states)
    if not found:
        return []
    events = []
    parties = {c.code for c in record.countries}
    mentions = person_mentions(record)
    for typ, cl in found:
        if typ != "AID" and third_party_aside(cl, states, parties):
            continue
        events.append(Event(type=typ, participants=participants(cl, record, states, typ, mentions),
                            date=event_date(cl.text, doc.published),
                            location=location(doc, cl, states),
                            evidence=(cl.start, cl.stop)))
    return events
