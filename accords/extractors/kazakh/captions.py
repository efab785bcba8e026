"""Speakers captioned in a Kazakh broadcast transcript: a line that gives a name, a comma, who
the person is and a colon, with the words said below it ("Алтай Көлгінов, Батыс Қазақстан
облысының әкімі:", "Гүлжан Марқабаева, тілші:", "Андрей Котелкин, кәсіпорын өкілі:").
Television sites (Khabar, 24.kz, Jibek Joly) print their reports this way; the caption
names the speaker whether or not its words are a title of ``roles.kk.tsv``, so the layout,
not the lexicon, is the evidence. The role is the title found in the caption, if any;
the state the one the caption names, else Kazakhstan's for an official title, else none.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .names import CAPITALS, a_city, nominative
from .states import HOME
from .words import find_all, patterns

_CAP = rf"[{CAPITALS}A-Z]"
_WORD = rf"(?:[аә][a-zа-яәғқңөұүһі]{{0,2}}-)?{_CAP}[\w'’-]+"
# the name (two or three words at the start of a line), a comma, the description, a colon
# at the end of the line or before the dash that opens the words said
_CAPTION = re.compile(rf"(?m)^[ \t]*({_WORD}(?:[ \t]+{_WORD}){{1,2}}),[ \t]+([^:\n]{{2,120}}?):[ \t]*(?=$|[-–—])")


class Caption(NamedTuple):
    name: str
    surname: str
    role: str
    role_class: str
    country: str | None
    span: tuple[int, int]


def captions(doc, states) -> list[Caption]:
    """The people the document's caption lines name, in text order."""
    state_at = [doc.tokens[s.first].start for s in states if s.kind != "leader"]
    # not a place or a state: "Алматы Медеу, …:", "Қазақстан Республикасы, …:" (a surname
    # may be a town's name too: Сәтбаев)
    found = [m for m in _CAPTION.finditer(doc.text) if not a_city(m[1].split()[0])
             and not any(m.start(1) <= a < m.end(1) for a in state_at)]
    if not found:
        return []
    titles = find_all(doc, patterns("roles.kk.tsv", value_col=1, pattern_col=0))
    out = []
    for m in found:
        words = m[1].split()
        surname = nominative(words[-1])
        lo, hi = m.start(2), m.end(2)
        title = next((t for t in titles if lo <= t.start < hi), None)
        named = [s.code for s in states if s.kind != "leader" and not s.locative
                 and lo <= doc.tokens[s.first].start < hi]
        country = named[0] if named else (HOME if title is not None else None)
        out.append(Caption(" ".join(words[:-1] + [surname]), surname, m[2].strip(),
                           title.value if title is not None else "other", country,
                           (m.start(1), m.end(1))))
    return out
