"""People named by an initial glued to the surname, in Kazakh text: "М.Чичек бастаған Түркия-
Қазақстан достық тобы", "…, – деді Б.Батыршаев." Kazakh agencies write a person already
introduced, or a speaker, this way with no title beside the name, so the title reader
misses them; the glued initial is itself the mark of a person's name (a sentence's end is
followed by a space, an abbreviation's letters by lower case or more capitals).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .names import CAPITALS as _CAP, SMALL as _LOW, a_city, nominative

# one or two capitals, each with a full stop, against a capitalised word of three letters or more
_GLUED = re.compile(rf"(?<![\w.])((?:[{_CAP}]\.){{1,2}})([{_CAP}][{_LOW}]{{2,}}(?:-[{_CAP}]?[{_LOW}]+)?)(?!\w)")


class Initialled(NamedTuple):
    name: str
    surname: str
    span: tuple[int, int]


def initialled(doc) -> list[Initialled]:
    """Every "И.Фамилия" of the text, its surname in the nominative, in text order."""
    out = []
    for m in _GLUED.finditer(doc.text):
        surname = nominative(m[2])
        if a_city(surname):
            continue        # "А.Алматы" is no one
        out.append(Initialled(f"{m[1]} {surname}", surname, (m.start(), m.end())))
    return out
