"""Titles that stand without a name, given to a person the text names nearby.

"— уточнил азербайджанский лидер", "Главы государств обсудили", "пресс-служба
президента Кыргызстана": a bare or plural title, or one a coordinated leader's title
implies, gives its class to the person without a title it can only mean.
"""
from __future__ import annotations

import re
from typing import Optional

from ...nlp.ranges import covering
from ..quotes.marks import quote_pairs

from .acting_state import STATE_ROLES
from .model import Mention, PersonDraft
from .title_reading import title_from
from .view import View

_LEADERS = ("head_of_state", "head_of_government")


def apply_plural_titles(v: View, mentions: list[Mention]) -> None:
    """"... разговор с Президентом Кыргызстана Садыром Жапаровым. Главы государств
    обсудили ...", "Переговоры Лукашенко и Назарбаева ... Также президенты откроют":
    a plural title standing for the two people just named gives its class to the one
    of them the text gives no title."""
    taken = sorted((m.title for m in mentions if m.title is not None), key=lambda t: t.start)
    for mt in v.all_titles():
        head = v.tokens[mt.start]
        if not v.plural[mt.start] or mt.role_class not in STATE_ROLES \
                or covering(taken, head.start):
            continue
        if v.lang == "ru":
            if head.feats.get("Case") != "Nom":
                continue
        else:
            if not _after_the(v, mt.start):
                continue
        near = [m for m in mentions if m.start < head.start and m.person is not None
                and head.sent - 2 <= v.tokens[m.t0].sent <= head.sent]
        people = list({id(m.person): m.person for m in near}.values())
        if len(people) != 2:
            continue
        if any(q.title is not None and q.role_class not in (mt.role_class, "other") for q in people):
            continue
        for q in people:
            if q.title is None:
                q.role_class = mt.role_class


_CLAUSE_OPENERS = frozenset({",", "and", "that", ";", ":", "—", "–", "-", "“", "\"", "«", "also"})


def _after_the(v: View, i: int) -> bool:
    """English: the title at token i follows "the" (adjectives may stand between) that opens
    a clause — "The Prime Minister … also expressed", not "X met the Japanese ambassador"."""
    k = i - 1
    while k >= 0 and v.skip[k] and v.keys[k] != "the":
        k -= 1
    if k < 0 or v.keys[k] != "the":
        return False
    return k == 0 or v.tokens[k - 1].sent != v.tokens[k].sent or v.keys[k - 1] in _CLAUSE_OPENERS


def apply_bare_titles(v: View, mentions: list[Mention]) -> None:
    """A title with no name that speaks or acts ("— уточнил азербайджанский лидер",
    "The Prime Minister of the Republic of Kazakhstan also expressed") is the one person
    without a title named in that sentence or the one before."""
    taken = sorted((m.title for m in mentions if m.title is not None), key=lambda t: t.start)
    unnamed: set = set()         # titles already used for someone the text does not name
    for mt in v.all_titles():
        head = v.tokens[mt.start]
        if covering(taken, head.start):
            continue
        key = v.keys[mt.start]
        seen, _ = key in unnamed, unnamed.add(key)
        if seen or v.plural[mt.start] or mt.role_class not in STATE_ROLES | {"parliament", "regional_head"}:
            continue
        if not _acts_alone(v, mt.start):
            continue
        e = _bare_title_end(v, mt)
        if e is None:
            continue                            # a name follows: not a bare title
        sent = head.sent
        quoted = _quote_it_attributes(v, head.start)
        near = [m for m in mentions if m.start < head.start and sent - 3 <= v.tokens[m.t0].sent <= sent
                and not (quoted and quoted[0] < m.start < quoted[1])]
        people = {id(m.person): m.person for m in near if m.person is not None}
        untitled = [p for p in people.values() if p.title is None]
        if not untitled and v.lang != "ru":
            untitled = _named_next(v, mentions, head)
        if len(untitled) != 1 or any(p.title is not None and p.role_class == mt.role_class
                                     for p in people.values()):
            continue    # (a bare title one named nearby holds is that one's: "… послом X. Посол сообщил")
        p = untitled[0]
        t = title_from(v, [mt], e)
        if t.country and p.country and t.country != p.country:
            continue
        p.title, p.role_class = t, t.role_class
        p.country = p.country or t.country
        unnamed.discard(key)


def _named_next(v: View, mentions: list[Mention], head) -> list[PersonDraft]:
    """"… the Turkish foreign minister has said. \"We want …,\" Mevlut Cavusoglu told …": a
    lead that gives the speaker's title names him in the next sentence; only a sole untitled
    person there can be him."""
    after = [m for m in mentions if m.start > head.start and head.sent < v.tokens[m.t0].sent <= head.sent + 1]
    people = {id(m.person): m.person for m in after if m.person is not None}
    return [p for p in people.values() if p.title is None]


_ATTRIBUTION_GAP = re.compile(r"\s*,?\s*[-–—]\s*[^\W\d]+\s*$")


def _quote_it_attributes(v: View, pos: int) -> Optional[tuple[int, int]]:
    """The quote a title after "», — уточнил" attributes: whoever the quote names (a person it
    mentions in passing) is not its speaker."""
    text = v.doc.text
    for o, c in quote_pairs(text):
        if c < pos <= c + 40 and _ATTRIBUTION_GAP.match(text, c + 1, pos):
            return o, c
    return None


def _acts_alone(v: View, i: int) -> bool:
    """The title at token ``i`` is the singular subject of a main clause (Russian), or
    follows "the" (English)."""
    if v.lang != "ru":
        return _after_the(v, i)
    head = v.tokens[i]
    if head.feats.get("Case") != "Nom" or head.feats.get("Number") == "Plur":
        return False
    gov = v.by_id.get(head.head_id)
    return not (head.rel != "nsubj" or gov is None or gov.rel not in ("root", "parataxis", "conj"))


def _bare_title_end(v: View, mt) -> int | None:
    """Where a bare title's complement (states, genitives, "of the") ends; None where a
    name follows it ("the King Fahd University")."""
    n, head = len(v.tokens), v.tokens[mt.start]
    e = mt.stop
    while e < n and e < mt.stop + 8 and v.tokens[e].sent == head.sent and v.mention_at[e] is None \
            and (v.state_code[e] or v.skip[e] or v.keys[e] in ("of", "the")
                 or v.lang == "ru" and v.tokens[e].feats.get("Case") == "Gen"
                 and v.tokens[e].pos in ("NOUN", "PROPN")):
        e += 1
    if e < n and (v.mention_at[e] is not None or v.lang != "ru" and v.is_cap(e)
                  and v.tokens[e].sent == head.sent):
        return None
    return e


def apply_coordinated_leaders(v: View, persons: list[PersonDraft]) -> None:
    """"переговоры Садыра Жапарова и Президента Турции X ... пресс-служба президента
    Кыргызстана": an untitled name coordinated with a titled leader of one state, where the
    text gives the same title, unnamed, for another state, holds that title for that state."""
    for p in persons:
        if p.title is not None or len(p.name_words) < 2:
            continue
        for m in p.mentions:
            q = _coordinated_with(v, m)
            if q is None or q.person is None or q.person is p or q.person.role_class not in _LEADERS:
                continue
            rc, code = q.person.role_class, q.person.country
            if code and _unnamed_title_for(v, persons, rc, code):
                p.role_class = rc
                break


def _coordinated_with(v: View, m: Mention) -> Optional[Mention]:
    """The mention joined to ``m`` by a bare "и"/"and", either side."""
    n = len(v.tokens)
    if m.t1 + 1 < n and v.keys[m.t1] in ("и", "and") and v.mention_at[m.t1 + 1] is not None:
        return v.mention_at[m.t1 + 1]
    if m.t0 >= 2 and v.keys[m.t0 - 1] in ("и", "and") and v.mention_at[m.t0 - 2] is not None:
        return v.mention_at[m.t0 - 2]
    return None


def _unnamed_title_for(v: View, persons: list[PersonDraft], rc: str, other: str) -> bool:
    """A title of class ``rc`` followed by a state not ``other`` that no named person holds."""
    held = {(q.role_class, q.country) for q in persons}
    for mt in v.all_titles():
        if mt.role_class != rc or v.plural[mt.start]:
            continue
        e = mt.start + 1                  # "президент <state>" or the state just after
        while e < len(v.tokens) and e < mt.stop + 3 and not v.state_code[e] \
                and (e < mt.stop or v.skip[e]):
            e += 1
        code = v.state_code[e] if e < len(v.tokens) else None
        if not code or code == other or (rc, code) in held:
            continue
        return True                       # (one named there holds it: ``held``)
    return False
