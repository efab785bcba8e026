"""What several components read of one document, computed once: the typed per-document context.

State mentions are read by countries, persons, events, figures, quotes and commitments;
sector mentions by sectors, figures and commitments; the people index and the quote spans
by quotes and commitments. Whoever needs one first computes it and keeps it here, so no
component does another's work again; the people index and the quotes belong to one list of
persons (a record whose persons change gets its own). One :class:`Shared` lives on each
analysed document; a document that cannot hold it (a test's stand-in) gets a fresh one per call.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional


@dataclass
class Shared:
    states: Optional[tuple] = None          # StateMention, in text order (states.find_states)
    sectors: Optional[list] = None          # SectorMention, weak ones included (sectors.find_sectors)
    kk_states: Optional[list] = None        # KkState (kazakh.states.state_mentions)
    kk_sectors: Optional[list] = None       # kazakh sector word matches
    kk_parties: Optional[list] = None       # the party codes of a Kazakh document (kazakh.states.party_codes)
    people: Optional[tuple] = None          # (record.persons it was built for, People)
    quotes: Optional[tuple] = None          # (record.persons they were found with, [QuoteSpan])
    state_adjective_tokens: Optional[frozenset] = None   # token indices of state adjectives (figures.metric)

    def once(self, field: str, compute: Callable[[], object]):
        """The field's value, computed on first use."""
        value = getattr(self, field)
        if value is None:
            value = compute()
            setattr(self, field, value)
        return value

    def for_persons(self, field: str, persons: list, compute: Callable[[], object]):
        """A value that belongs to one list of persons (the people index, the quotes)."""
        held = getattr(self, field)
        if held is None or held[0] is not persons:
            held = (persons, compute())
            setattr(self, field, held)
        return held[1]


def shared(doc) -> Shared:
    """The document's shared context (created on first use)."""
    derived = getattr(doc, "derived", None)
    if derived is None:
        return Shared()
    sh = derived.get("shared")
    if sh is None:
        sh = derived["shared"] = Shared()
    return sh
