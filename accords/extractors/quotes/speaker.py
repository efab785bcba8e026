"""Who an attribution phrase names: a person of the record by name, by pronoun (the last
person mentioned, or a titled subject of saying named since: "the Kazakh prime minister
noted … he said") or by role ("белорусский премьер"), with the speaker's state."""
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
    if any(t.lemma in lex.words.get("third", ()) for t in tokens) and people is not None:
        # "Посол Турции: … «…», — сказал он": with no one named, the titled one is "он"
        i = people.last_before(pos) if people else None
        titled = _titled_sayer_since(people, states, lex, pos)
        if titled is not None or i is not None:
            return titled if titled is not None else Speaker(i, people.country(i))
    if not codes and people and _home_head(tokens):
        i = people.first_of_class("head_of_state")
        if i is not None:
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


def _home_head(tokens) -> bool:
    """"Глава государства" with no state named: what a press service calls its own president,
    the first head of state its release names — not the guest named last."""
    lemmas = [t.lemma for t in tokens]
    return any(a == "глава" and b == "государство" for a, b in zip(lemmas, lemmas[1:]))


_TITLED_REACH = 1500     # characters before a quote searched for a titled subject of saying


def _titled_sayer_since(people: People, states, lex: Lexicon, pos: int) -> Optional[Speaker]:
    """"Kazakh PM Sagintayev met his Kyrgyz counterpart. … The Kazakh prime minister noted that
    … “…,” he said.": a titled subject of saying named since the last name stands for "he"."""
    last = max((o.stop for o in people.occurrences if o.start < pos), default=0)
    last = max(last, pos - _TITLED_REACH)         # bounded: the cost of a quote stays constant
    say = lex.words.get("speech", frozenset()) | lex.words.get("express", frozenset())
    toks = people.doc.tokens_in(last, pos)
    found = None
    for a, b, words in find_phrases(toks, tuple(w for w, _ in lex.roles)):
        # the state before the title ("The Kazakh prime minister") or right after it ("Посол Турции")
        codes = states_in(states, toks[max(0, a - 2)].start, toks[min(b, len(toks) - 1)].stop)
        # … and a verb of saying after it, or a headline's colon ("Посол Турции: …")
        if len(codes) == 1 and any(t.lemma in say or t.text.lower() in say or t.text == ":"
                                   for t in toks[b:b + 3]):
            found = (a, words, codes[0])
    if found is None:
        return None
    _, words, code = found
    role = dict(lex.roles)[words]
    i = people.by_role(None if role == "any" else role, code, pos, words)
    return Speaker(i, people.country(i) or code) if i is not None else Speaker(None, code)
