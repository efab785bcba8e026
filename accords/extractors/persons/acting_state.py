"""The state a person acts for where the person's own title names none.

A title with no state ("Министр иностранных дел", "ACWA Power chairman") leaves the
person's state to the rest of the text: "our" is the home state; a list member shares the
state the other members' titles name; the one met or signed with is of the other party;
an official "of the president" is of the president's state; otherwise the party no one
else stands for, or whose seat of that rank is still free.
"""
from __future__ import annotations

import re

from ...lexicon import word_list
from ..quotes.marks import quote_pairs
from .state_clues import (business_delegation, company_state, delegation_state, government_state,
                          item_start, org_start)

STATE_ROLES = word_list("persons_acting_state_state_roles")
_SIDE_ROLES = {"regional_head", "business", "parliament"}
_ANOTHER = {"другой", "another"}
_ONE_PER_STATE = {"head_of_state", "head_of_government"}
_WITH = {"с", "со", "with"}
_COUNTERPART = {"counterpart", "counterparts", "коллега", "коллегой", "коллеги", "коллегу", "визави"}
_SIGN = ("подпис", "sign")
_PRINCIPALS = ({"президент", "президентский", "president", "presidential"},
               {"премьер", "премьер-министр", "premier", "prime"})


def parties_of(record, states) -> list[str]:
    """The parties the countries component found, else the states the text names twice."""
    codes = [c.code for c in (getattr(record, "countries", None) or []) if c.code != "JOINT"]
    if codes:
        return codes
    counts: dict = {}
    for s in states:
        if s.kind in ("name", "adj", "abbr"):
            counts[s.code] = counts.get(s.code, 0) + 1
    return [c for c, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= 2][:2]


def _home(states, parties: list[str]) -> str | None:
    """The state the text is written from: the first party it names."""
    for sm in states:
        if sm.kind in ("name", "adj", "abbr") and sm.code in parties:
            return sm.code
    return parties[0] if parties else None


def _bare_title_home(persons: list, parties: list[str]) -> str | None:
    """A press writes its own officials' titles bare and qualifies the others' ("prime
    minister Sheikh Hasina … Chinese premier Li Qiang"): the one state of the known leaders
    named with a bare title is where the text is written from."""
    codes = {p.country for p in persons
             if p.country and p.title is not None and not p.title.states}
    return codes.pop() if len(codes) == 1 and codes <= set(parties) else None


def fill_countries(persons: list, parties: list[str], states, v) -> None:
    """A state official whose title names no state: "our" is the home state; the other
    side of the one they meet or sign with; otherwise the party that no one else stands
    for, or whose seat of that rank is free. A regional head, a businessman or a
    parliamentarian takes only the surer of these; an official "of the president" the
    president's state."""
    home = _bare_title_home(persons, parties) or _home(states, parties)
    _same_as_another(persons)
    _fill_from_clues(persons, parties, v)
    for p in persons:
        if p.country:
            continue
        if p.role_class == "other_official":
            p.country = _principal_state(p, persons) or government_state(v, p, states, parties)
            continue
        if p.role_class not in STATE_ROLES | _SIDE_ROLES:
            continue
        code = _official_state(v, p, persons, parties, states, home)
        if code is not None:
            p.country = code


def _same_as_another(persons: list) -> None:
    """"другого замминистра нефти Ирана": the one of that rank named before is Iranian too."""
    for q in persons:
        if q.country and q.title is not None and _ANOTHER & set(q.title.keys[:q.title.head[0] + 1]):
            for p in persons:
                if p.country is None and p.role_class == q.role_class \
                        and p.mentions[0].start < q.mentions[0].start:
                    p.country = q.country


def _fill_from_clues(persons: list, parties: list[str], v) -> None:
    """The delegation one heads, the company one leads, a business delegation."""
    biz = None
    for p in persons:
        if not p.country:
            p.country = delegation_state(v, p, parties) or company_state(v, p, parties)
        if not p.country and p.role_class == "business" and v is not None:
            if biz is None:
                biz = business_delegation(v, parties) or ""
            p.country = biz or None


def _official_state(v, p, persons: list, parties: list[str], states, home) -> str | None:
    """The state of an official (or a regional head, businessman, parliamentarian) whose
    title names none, from the surest clue on; None where none holds."""
    t = p.title
    host = t.host if t else None
    cand = [c for c in parties if c != host]
    if host and len(cand) == 1:
        return cand[0]
    if t is not None and t.our:
        speaker = _quoted_speaker_state(v, persons, t.start)
        if speaker or home:
            return speaker or home    # "«… наш министр торговли Мехмет Муш …», — сказал Эрдоган"
    listed = _list_state(v, p) or _colon_list_state(v, p) or _ministry_state(v, p)
    if listed:
        return listed
    if len(parties) == 2:
        other = _counterpart_state(v, p, parties)
        if other:
            return other
    theirs = _counterpart_after(v, p) or _visited_state(v, p)
    if theirs:       # "X and his Afghan counterpart", "X will visit Nigeria": X is not of it
        rest = [c for c in parties if c != theirs] or [
            sm.code for sm in states if sm.kind in ("name", "adj", "abbr") and sm.code != theirs]
        return rest[0] if len(set(rest)) == 1 else None
    if p.role_class not in STATE_ROLES:
        return None
    if len(parties) == 1 and not host:
        return _sole_party_state(p, persons, parties, states)
    if len(parties) != 2:
        return None
    return _free_seat_state(p, persons, parties, home)


def _sole_party_state(p, persons: list, parties: list[str], states) -> str | None:
    """One party: the official is of it, unless it already has its head of state (of
    government); then of the one other state the text names."""
    if not (p.role_class in _ONE_PER_STATE and any(
            q.country == parties[0] and q.role_class == p.role_class for q in persons)):
        return parties[0]
    others = {sm.code for sm in states
              if sm.kind in ("name", "adj", "abbr") and sm.code != parties[0]}
    return others.pop() if len(others) == 1 else None


def _free_seat_state(p, persons: list, parties: list[str], home) -> str | None:
    """Two parties: the one no one else stands for, else the one whose seat of this rank is
    free, else the home state."""
    known = [q for q in persons if q.country]
    have = {q.country for q in known}
    free = [c for c in parties if c not in have]
    if len(free) == 1 and have & set(parties):
        return free[0]
    same = {q.country for q in known if q.role_class == p.role_class}
    free = [c for c in parties if c not in same]
    if len(free) == 1:
        return free[0]
    return home


def _principal_state(p, persons: list) -> str | None:
    """"presidential press secretary", "помощник президента": the state of the one
    president (prime minister) the text names."""
    t = p.title
    if t is None:
        return None
    for i, k in enumerate(t.keys):
        if t.head[0] <= i < t.head[1]:
            continue                      # "Vice President" is a title of its own
        for family, rc in zip(_PRINCIPALS, ("head_of_state", "head_of_government")):
            if k in family:
                codes = {q.country for q in persons if q is not p and q.country and q.title
                         and set(q.title.keys[q.title.head[0]:q.title.head[1]]) & family}
                if not codes:     # "Глава государства Лукашенко … Управделами президента X"
                    codes = {q.country for q in persons if q is not p and q.country and q.role_class == rc}
                return next(iter(codes)) if len(codes) == 1 else None
    return None


def _list_state(v, p) -> str | None:
    """"Uzbek Foreign Minister Bakhtiyor Saidov, Minister of Investment Laziz Kudratov and
    ...": the members of one list whose own titles name one state are of that state."""
    for m in p.mentions:
        a = org_start(v, item_start(v, m))
        if a < 2:
            continue
        sep = v.keys[a - 1]
        prev = v.mention_at[a - 2]
        if prev is None or prev is m or sep not in (",", "и", "and"):
            continue
        if sep != ",":                     # "A, B and C": an "and" counts after a comma
            pa = item_start(v, prev)
            if pa < 1 or v.keys[pa - 1] != ",":
                continue
        t = prev.title
        if t is not None and t.country and not t.colleague and t.country != t.host:
            return t.country
    return None


_LIST_HEADS = word_list("persons_colon_list_heads")


def _colon_list_state(v, p) -> str | None:
    """"встречи с руководством правительства Узбекистана: премьер-министром A и заместителем
    премьер-министра B": a list opened by a state's government (delegation) and a colon is
    of that state, every member of it."""
    if v is None:
        return None
    for m in p.mentions:
        sent = v.tokens[m.t0].sent
        for j in range(m.t0 - 1, max(-1, m.t0 - 40), -1):
            if v.tokens[j].sent != sent or v.keys[j] in (";", "."):
                break
            if v.keys[j] != ":":
                continue
            if j >= 2 and v.state_code[j - 1] and v.state_kind[j - 1] in ("name", "abbr") \
                    and v.keys[j - 2] in _LIST_HEADS:
                return v.state_code[j - 1]
            if j >= 2 and v.state_code[j - 2] and v.state_kind[j - 2] in ("adj", "demonym") \
                    and v.keys[j - 1] in _LIST_HEADS:
                return v.state_code[j - 2]
            break
    return None


def _counterpart_state(v, p, parties: list[str]) -> str | None:
    """The other party of the one this person meets or signs with: "Белорусский министр
    провел встречу с председателем правления ... Алимджановым", "Uzbekistan's Deputy
    Minister ... and ACWA Power chairman Mohammad Abunayyan signed"."""
    for m in p.mentions:
        a = _phrase_start(v, m)
        if a == 0:
            continue
        prev = v.keys[a - 1]
        codes: set = set()
        if prev in _WITH:
            codes = _met_with(v, m, a)
        elif prev in ("и", "and"):
            codes = _signed_with(v, m, a)
        if len(codes) == 1 and next(iter(codes)) in parties:
            rest = [c for c in parties if c not in codes]
            if len(rest) == 1:
                return rest[0]
    return None


_MFA = {"мид", "мид-а", "мида"}
_FOREIGN = {"иностранный", "foreign"}


def _ministry_state(v, p) -> str | None:
    """"… посетила МИД Узбекистана, где провела встречу с министром иностранных дел X": a
    foreign minister with no state of his own heads the foreign ministry the sentence names."""
    t = p.title
    if v is None or t is None or not _FOREIGN & set(t.keys):
        return None
    m = p.mentions[0]
    sent = v.tokens[m.t0].sent
    codes = set()
    for i in range(max(0, m.t0 - 30), m.t0):
        if v.tokens[i].sent == sent and v.keys[i] in _MFA:
            nxt = next((v.state_code[j] for j in range(i + 1, min(i + 3, m.t0)) if v.state_code[j]), None)
            prev = v.state_code[i - 1] if i > 0 and v.state_kind[i - 1] in ("adj", "demonym") else None
            if nxt or prev:
                codes.add(nxt or prev)
    return codes.pop() if len(codes) == 1 else None


_VISIT = frozenset({"visit", "visits", "visited", "visiting", "arrived", "arrives", "arrive",
                    "travel", "travels", "travelled", "traveled", "посетит", "посетил", "посетила",
                    "посещает", "прибыл", "прибыла", "прибудет", "посетить", "прибыть",
                    "trip", "поездку", "поездкой"})   # "paid a working trip to Ghana"


def _visited_state(v, p) -> str | None:
    """"President X will visit Nigeria", "X прибыл в Казахстан": the state one visits is
    not one's own."""
    if v is None:
        return None
    for m in p.mentions:
        sent = v.tokens[m.t0].sent
        for i in range(m.t1, min(m.t1 + 5, len(v.tokens))):
            if v.tokens[i].sent != sent:
                break
            if v.keys[i] in _VISIT or v.tokens[i].text.lower() in _VISIT:
                for j in range(i + 1, min(i + 4, len(v.tokens))):
                    if v.state_code[j] and v.state_kind[j] in ("name", "abbr"):
                        return v.state_code[j]
                    if v.tokens[j].text == "," and j + 1 < len(v.tokens) and v.state_code[j + 1] \
                            and v.state_kind[j + 1] in ("name", "abbr"):
                        return v.state_code[j + 1]    # "arrived in Shanghai, China"
                break
    return None


def _counterpart_after(v, p) -> str | None:
    """"Foreign Minister X and his Afghan counterpart", "X met his Turkish counterpart",
    "X провел переговоры со своим узбекским коллегой": the state the counterpart is of."""
    if v is None:
        return None
    for m in p.mentions:
        sent = v.tokens[m.t0].sent
        for i in range(m.t1, min(m.t1 + 8, len(v.tokens))):
            if v.tokens[i].sent != sent or (v.mention_at[i] is not None and v.mention_at[i] is not m):
                break
            if v.keys[i] in _COUNTERPART:
                codes = {v.state_code[j] for j in range(m.t1, i)
                         if v.state_code[j] and v.state_kind[j] in ("adj", "demonym")}
                if len(codes) == 1:
                    return codes.pop()
                break
    return None


def _phrase_start(v, m) -> int:
    """The first token of a mention with its title and, in English, the organisation
    before it ("ACWA Power chairman")."""
    a = m.t0
    if m.title is not None and m.title.stop <= m.start:
        while a > 0 and v.tokens[a - 1].start >= m.title.start:
            a -= 1
    sent = v.tokens[m.t0].sent
    if v.lang != "ru":
        k = a
        while k > 0 and a - k < 4 and v.is_cap(k - 1) and v.mention_at[k - 1] is None \
                and not v.state_code[k - 1] and v.tokens[k - 1].sent == sent:
            k -= 1
        a = k
    return a


def _met_with(v, m, a: int) -> set:
    """"... встречу с X": the states of the persons and the state adjectives earlier in
    the sentence."""
    sent = v.tokens[m.t0].sent
    lo = a
    while lo > 0 and v.tokens[lo - 1].sent == sent:
        lo -= 1
    codes: set = set()
    for i in range(lo, a - 1):
        other = v.mention_at[i]
        if other is not None and other is not m and other.person is not None \
                and other.person.country:
            codes.add(other.person.country)
        elif v.state_kind[i] in ("adj", "demonym") and v.state_code[i]:
            codes.add(v.state_code[i])
    return codes


def _signed_with(v, m, a: int) -> set:
    """"A and X signed": the state of the person just before the "and", where a verb of
    signing follows the name in the sentence."""
    sent = v.tokens[m.t0].sent
    hi = m.t1
    while hi < len(v.tokens) and v.tokens[hi].sent == sent:
        hi += 1
    if not any(v.keys[i].startswith(_SIGN) for i in range(m.t1, hi)):
        return set()
    other = v.mention_at[a - 2] if a >= 2 else None
    if other is not None and other is not m and other.person is not None \
            and other.person.country:
        return {other.person.country}
    return set()


_SAID_BY = re.compile(r"\s*[,.]?\s*[-–—]\s*[^\W\d]+\s+$")


def _quoted_speaker_state(v, persons: list, pos: int) -> str | None:
    """The state of the person a quote holding ``pos`` is attributed to right after it
    ("«…», — сказал Тайип Эрдоган"): "наш" in a quote is the speaker's side."""
    text = v.doc.text
    for o, c in quote_pairs(text):
        if not o < pos < c:
            continue
        for q in persons:
            if q.country and any(c < m.start <= c + 60 and _SAID_BY.match(text[c + 1:m.start])
                                 for m in q.mentions):
                return q.country
        return None
    return None

