"""Who took part in an event: the states its sentence names (or persons acting for them),
else the record's parties."""
from __future__ import annotations


def participants(sent, record, states, typ: str = "") -> list[str]:
    """States of the sentence (names, adjectives, persons acting for them), else the record's.
    Meetings and agreements take two sides: one state named fills up with the record's."""
    parties = [c.code for c in record.countries]
    codes: list[str] = []
    for m in states:
        if sent.start <= m.start < sent.stop and m.code not in codes:
            codes.append(m.code)
    for p in record.persons:
        if p.country and p.country not in codes and any(
                sent.start <= a < sent.stop for a, _ in p.mentions):
            codes.append(p.country)
    inside = [c for c in codes if c in parties] if parties else codes
    if typ in ("CONSULT", "AGREE") and len(inside) < 2 and len(parties) >= 2:
        return inside + [c for c in parties if c not in inside]
    return inside or parties or codes


def state_mentions(doc) -> list:
    """The document's state mentions; none when the gazetteer fails."""
    try:
        from ..states import find_states
        return find_states(doc)
    except Exception:  # the gazetteer is optional here: participants fall back to the record
        return []
