"""People named in Kazakh text with no title beside them: "Кездесуге Асқар Сейітов пен Ғалым
Қасымов қатысты", "Делегацияны Ерлан Қарин бастап барды". A given name followed by a surname
with a surname's ending (-ов, -ев, -ин, -ова, -ева, -ина, -ұлы, -қызы, …), in any case, is a
person; the title reader (persons.py) misses them, the gold names every person.

Not a person: a pair that opens a sentence with a word in a case form ("Кездесуге Асқар" is
read from "Асқар" on), a state's or a city's name, a word in capitals.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .names import a_city, nominative

_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ұлы|қызы|ский|цкий|ская|цкая)$")
# the endings of case forms and of common words that open a sentence ("Кездесуге", "Биыл")
_CASE_FORM = re.compile(r"(?:ға|ге|қа|ке|на|не|да|де|та|те|ды|ді|ты|ті|ны|ні|ның|нің|дың|дің|тың|тің|"
                        r"дан|ден|тан|тен|нан|нен|мен|пен|бен|ып|іп|п)$")


class Untitled(NamedTuple):
    name: str
    surname: str
    span: tuple[int, int]


def _word(tok) -> bool:
    text = tok.text
    return len(text) >= 3 and text[:1].isupper() and text[1:].islower() and text.isalpha()


def untitled(doc, states_at: set[int]) -> list[Untitled]:
    """Every "Given Surname" pair of the text, the surname in the nominative, in text order."""
    out = []
    toks = doc.tokens
    for k in range(len(toks) - 1):
        a, b = toks[k], toks[k + 1]
        if a.sent != b.sent or not (_word(a) and _word(b)) or {k, k + 1} & states_at:
            continue
        surname = nominative(b.text)
        if not _SURNAME.search(surname.lower()) or a_city(a.text) or a_city(surname):
            continue
        opens = k == 0 or toks[k - 1].sent != a.sent
        if opens and _CASE_FORM.search(a.text.lower()):
            continue        # "Кездесуге Асқар …": the pair starts at the next word
        if k > 0 and toks[k - 1].sent == a.sent and _word(toks[k - 1]) and \
                not _CASE_FORM.search(toks[k - 1].text.lower()) and (k - 1) not in states_at:
            continue        # a third capitalised word before: a longer name the title reader reads
        out.append(Untitled(f"{a.text} {surname}", surname, (a.start, b.stop)))
    return out
