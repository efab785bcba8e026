"""The countries of a figure: the states its sentence names, else the document's parties.

Two or more states named in the sentence are the figure's countries; one state that is
not a party joins the parties; none, or one party alone, gives the parties. "долларов
США" names a currency, not a party: states inside an amount are not counted.
"""
from __future__ import annotations

from ...nlp.ranges import covering, starting_in
from .money import Money


def find_document_states(doc) -> list:
    """The states the document names (computed once per document)."""
    from ..states import find_states

    return find_states(doc)


def countries_of(sent, states: list, parties: list[str], monies: list[Money]) -> list[str]:
    """The states of the figure's sentence (not "долларов США"), else the document's parties."""
    here: list[str] = []
    for st in starting_in(states, sent.start, sent.stop):
        if covering(monies, st.start):
            continue
        if st.code not in here:
            here.append(st.code)
    if len(here) >= 2:
        return sorted(here)
    if len(here) == 1 and here[0] not in parties:
        return sorted(set(here) | set(parties))
    return sorted(parties)
