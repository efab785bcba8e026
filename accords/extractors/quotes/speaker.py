"""Who an attribution phrase names: a person of the record by name, by pronoun (the last
person mentioned) or by role ("белорусский премьер"), with the speaker's state."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..cues import Lexicon
from ..text import find_phrases, states_in
from .people import People


@dataclass(frozen=True)
class Speaker:
    person: Optional[int]
    country: Optional[str]


def resolve_phrase(tokens, pos: int, people: People, states, lex: Lexicon) -> Speaker:
    """Who an attribution phrase ("подчеркнул Президент Сербии Александр Вучич", "сказал он",
    "отметил белорусский премьер", "said Mamin") names."""
    if not tokens:
        return Speaker(None, None)
    s, e = tokens[0].start, tokens[-1].stop
    found = people.in_span(s, e) if people else []
    codes = states_in(states, s, e)
    if found:
        i = found[0]
        return Speaker(i, people.country(i) or (codes[0] if len(codes) == 1 else None))
    if any(t.lemma in lex.words.get("third", ()) for t in tokens) and people:
        i = people.last_before(pos)
        return Speaker(i, people.country(i))
    role, named = None, ()
    for words, rc in lex.roles:
        if find_phrases(tokens, (words,)):
            role, named = rc, words
            break
    country = codes[0] if len(codes) == 1 else None
    if role and people:
        i = people.by_role(None if role == "any" else role, country, pos, named)
        if i is not None:
            return Speaker(i, people.country(i) or country)
    return Speaker(None, country)
