"""Who took part in an event: the states its sentence names (or persons acting for them),
else the record's parties."""
from __future__ import annotations

from typing import NamedTuple

from ...nlp.ranges import starting_in


class PersonMention(NamedTuple):
    start: int
    person: int


def person_mentions(record) -> list[PersonMention]:
    """Where each person of the record is mentioned, in text order (made once per document:
    a scan of every mention per event made long documents quadratic)."""
    return sorted(PersonMention(a, i) for i, p in enumerate(record.persons) for a, _ in p.mentions)


def participants(sent, record, states, typ: str = "", mentions=None) -> list[str]:
    """States of the sentence (names, adjectives, persons acting for them), else the record's.
    Meetings and agreements take two sides: one state named fills up with the record's.
    ``mentions``: :func:`person_mentions` of the record, when the caller has them."""
    parties = [c.code for c in record.countries]
    mentions = person_mentions(record) if mentions is None else mentions
    present = {m.person for m in starting_in(mentions, sent.start, sent.stop)}
    codes: list[str] = []
    for m in starting_in(states, sent.start, sent.stop):
        if m.code not in codes:
            codes.append(m.code)
    for i, p in enumerate(record.persons):
        if p.country and p.country not in codes and i in present:
            codes.append(p.country)
    inside = [c for c in codes if c in parties] if parties else codes
    if typ in ("CONSULT", "AGREE") and len(inside) < 2 and len(parties) >= 2:
        return inside + [c for c in parties if c not in inside]
    return inside or parties or codes


def state_mentions(doc) -> list:
    """The document's state mentions (computed once per document)."""
    from ..states import find_states

    return find_states(doc)
