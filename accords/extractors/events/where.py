"""The place of an event: 'в Ташкенте', 'in Baku' in its sentence. A state's name there
is a party, not a place, unless it is a capital."""
from __future__ import annotations

import re

from ...nlp.ranges import covering, starting_in

_EN_PLACE = re.compile(r"\b(?:in|at)\s+((?:[A-Z][a-z’'\-]+)(?:\s+[A-Z][a-z’'\-]+)?)")
_NOT_PLACE = frozenset("January February March April May June July August September October "
                       "November December Monday Tuesday Wednesday Thursday Friday Saturday "
                       "Sunday The This That Central".split())


def _names_a_state(states, start: int) -> bool:
    """A state mention (not a capital) covers the offset."""
    kinds = [m.kind for m in covering(states, start)]
    return bool(kinds) and "capital" not in kinds


def _ru_location(doc, sent, states) -> str | None:
    """A LOC span in the locative right after 'в'/'во' inside the sentence."""
    by_start = {t.start: t for t in sent.tokens}
    for sp in starting_in(doc.spans, sent.start, sent.stop):
        if sp.type != "LOC" or sp.start < sent.start or sp.stop > sent.stop or not sp.tokens:
            continue
        first = sp.tokens[0]
        prev = doc.tokens[first.index - 1] if first.index > 0 else None
        if prev is None or prev.lemma not in ("в", "во") or prev.start not in by_start:
            continue
        if first.feats.get("Case") not in ("Loc", None):
            continue
        if _names_a_state(states, sp.start):
            continue
        return sp.normal or sp.text
    return None


def _en_location(sent, states) -> str | None:
    """Capitalised words after 'in'/'at' that are not a month, a weekday or a state."""
    for m in _EN_PLACE.finditer(sent.text):
        name = m[1]
        if name.split()[0] in _NOT_PLACE:
            continue
        if _names_a_state(states, sent.start + m.start(1)):
            continue
        return name
    return None


def location(doc, sent, states) -> str | None:
    """The place the sentence puts the act in: 'в Ташкенте', 'in Baku'."""
    if doc.lang == "ru":
        return _ru_location(doc, sent, states)
    return _en_location(sent, states)
