"""countries for Kazakh: the party states with every mention as evidence."""
from __future__ import annotations

from ...record import Country
from .states import party_codes, state_mentions


def extract(doc, record=None) -> list[Country]:
    mentions = state_mentions(doc)
    return [Country(code=code, mentions=[[m.start, m.stop] for m in mentions if m.code == code])
            for code in party_codes(doc)]
