"""Where the record's persons occur in a document, for quotes and commitments to name a
speaker or an actor.

An index of every mention and every token that starts with a person's surname, with
whether it stands as a subject, built once per document and shared (``people_of``).
"""
from __future__ import annotations

import logging
from bisect import bisect_left, insort
from dataclasses import dataclass
from operator import attrgetter
from typing import Optional

from ..shared import shared
from ...lexicon import word_list
from ...nlp.ranges import MAX_MENTION_CHARS, starting_in
from .person_context import context_countries

_START = attrgetter("start")

log = logging.getLogger(__name__)
_MONARCHS = word_list("monarch_titles")
_PRESIDENTS = word_list("president_titles")


def surname_key(name: str) -> str:
    """A person's surname as a token prefix: the last word, lower-cased, ё as е, without a
    final vowel or soft sign that a case ending replaces."""
    words = (name or "").split()
    if not words:
        return ""
    key = words[-1].lower().replace("ё", "е")
    if len(key) > 4 and key[-1] in "аяьйy":
        key = key[:-1]
    return key


@dataclass(frozen=True)
class Occurrence:
    start: int
    stop: int
    person: int          # index into People.persons
    nominative: bool


def people_of(doc, record) -> "People":
    """The persons index of a document, built once and shared by quotes and commitments
    (both read the same record.persons)."""
    return shared(doc).for_persons("people", record.persons, lambda: People(doc, record))


class People:
    """Where the record's persons occur in the text: their mentions plus surname tokens."""

    def __init__(self, doc, record):
        self.doc = doc
        self.persons = list(getattr(record, "persons", []) or [])
        self.occurrences = _occurrences(doc, self.persons)
        self.fallback: dict[int, str] = {}
        if any(not p.country for p in self.persons):
            try:
                self.fallback = context_countries(doc, self)
            except Exception:  # a fallback only; never fail the caller
                log.exception("person context countries failed")

    def __bool__(self) -> bool:
        return bool(self.persons)

    def in_span(self, start: int, stop: int) -> list[int]:
        out = []
        for o in starting_in(self.occurrences, start - MAX_MENTION_CHARS, stop):
            if o.start < stop and start < o.stop and o.person not in out:
                out.append(o.person)
        return out

    def last_stop_before(self, pos: int) -> int:
        """Where the last name mentioned wholly before ``pos`` ends (0 when none): what a
        pronoun after it may stand for is looked for from there."""
        last = 0
        for o in self.occurrences:      # (in the order of the text)
            if o.start >= pos:
                break
            if o.stop <= pos:
                last = max(last, o.stop)
        return last

    def last_before(self, pos: int, nominative: bool = True) -> Optional[int]:
        best = None
        for o in self.occurrences:
            if o.start >= pos:
                break
            if not nominative or o.nominative:
                best = o.person
        if best is None and nominative:
            return self.last_before(pos, nominative=False)
        return best

    def by_role(self, role_class: Optional[str], country: Optional[str], pos: int,
                words: tuple = ()) -> Optional[int]:
        """The person a bare title stands for: of its class (and state), the one whose own
        title has the title's words ("the Deputy Secretary": the Deputy Secretary of State,
        not the Vice Foreign Minister of the same class), else the last one named."""
        cands = [i for i, p in enumerate(self.persons)
                 if (role_class is None or p.role_class == role_class)
                 and (country is None or p.country == country)]
        if len(cands) > 1 and words and role_class != "head_of_state":
            # (a head of state's titles are synonyms: "глава государства" is a president too)
            titled = [i for i in cands if all(w in (self.persons[i].role or "").lower().split()
                                              for w in words)]
            cands = titled or cands
        elif len(cands) > 1 and words:
            cands = self._monarchs_apart(cands, words)
        if not cands and role_class and country:
            cands = [i for i, p in enumerate(self.persons) if p.country == country]
            if len(cands) != 1:
                return None
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        best = subject = None
        for o in self.occurrences:
            if o.start >= pos:
                break
            if o.person in cands:
                best = o.person
                if o.nominative:
                    subject = o.person
        # the one last named as a subject: "Лула заявил … после разговора с президентом Мексики
        # Шейнбаум. «…», — написал президент" is Lula, not the one he spoke with
        if subject is not None:
            return subject
        return best if best is not None else cands[0]

    def _monarchs_apart(self, cands: list[int], words: tuple) -> list[int]:
        """Heads of state by a title that tells a monarch from a president: "the Emir" is the
        one whose title has "Emir", never the president he met; "the President" is no king."""
        def title(i: int) -> set:
            return set((self.persons[i].role or "").lower().replace("ё", "е").split())
        monarchs = _MONARCHS & set(words)
        if monarchs:
            return [i for i in cands if monarchs & title(i)] or cands
        if _PRESIDENTS & set(words):
            return [i for i in cands if not _MONARCHS & title(i)] or cands
        return cands

    def first_of_class(self, role_class: str) -> Optional[int]:
        """The first person of a class the text names."""
        return next((o.person for o in self.occurrences
                     if self.persons[o.person].role_class == role_class), None)

    def country(self, i: Optional[int]) -> Optional[str]:
        if i is None:
            return None
        return self.persons[i].country or self.fallback.get(i)

    def name(self, i: Optional[int]) -> Optional[str]:
        return self.persons[i].name if i is not None else None


def _occurrences(doc, persons: list) -> list[Occurrence]:
    """The persons' mentions, plus every capitalised token starting with a surname, in order."""
    occ: dict[tuple[int, int], Occurrence] = {}
    subjectish = _subject_test(doc)
    keys: dict[str, list[tuple[int, str]]] = {}   # by their first three letters
    for i, p in enumerate(persons):
        key = surname_key(p.name)
        if len(key) >= 3:
            keys.setdefault(key[:3], []).append((i, key))
    own: dict[int, list[Occurrence]] = {}
    for i, p in enumerate(persons):
        for s, e in p.mentions or []:
            occ[(s, e)] = Occurrence(s, e, i, subjectish(doc.tokens_in(s, e)))
    for o in sorted(occ.values(), key=_START):
        own.setdefault(o.person, []).append(o)      # each person's in text order, for bisection
    for t in doc.tokens:
        if not t.text[:1].isupper():
            continue
        low = t.text.lower().replace("ё", "е")
        for i, key in keys.get(low[:3], ()):
            if low.startswith(key) and len(low) - len(key) <= 3:
                mine = own.setdefault(i, [])
                if not any(t.start < o.stop for o in starting_in(mine, t.start - MAX_MENTION_CHARS, t.start + 1)):
                    old = occ.get((t.start, t.stop))
                    if old is not None:
                        _drop(own[old.person], old)
                    o = occ[(t.start, t.stop)] = Occurrence(t.start, t.stop, i, subjectish([t]))
                    insort(mine, o, key=_START)
                break
    return sorted(occ.values(), key=lambda o: o.start)


def _drop(occurrences: list, old) -> None:
    """Take ``old`` out of a list in text order (found by bisection, not by a scan)."""
    k = bisect_left(occurrences, old.start, key=_START)
    while occurrences[k] is not old:
        k += 1
    del occurrences[k]


def _subject_test(doc):
    """A test of whether a mention is a subject (natasha's case tags on names are
    unreliable; its dependency relations are not)."""
    by_id = {t.id: t for t in doc.tokens if t.id}

    def subjectish(toks) -> bool:
        if not toks:
            return True
        if not toks[0].id:
            return _english_subject(doc.tokens, toks)
        for t in toks:
            h = by_id.get(t.head_id)
            if t.rel.startswith("nsubj") or (t.rel in ("flat:name", "appos") and h is not None
                                             and h.rel.startswith("nsubj") and not _retitled(doc, h, toks[0])):
                return True
        return False
    return subjectish


def _retitled(doc, head, first) -> bool:
    """"заявил министр Ирана Нури после встречи с министром Пакистана Раном Гусейном": the
    parse hangs the second name on the subject's title, but the same title in another case
    stands nearer; the name is that one's, not the subject's."""
    if head.stop > first.start:
        return False
    return any(t.lemma == head.lemma and t is not head for t in doc.tokens_in(head.stop, first.start))


_EN_AFTER_SUBJECT_NOT = frozenset({"of", "to", "and", "in", "on", "at", "for", "with", "from", "by",
                                   "last", "this", "as", ")", "’s", "'s"})


_OBJECT_MARKS = frozenset({"with", "to", "by", "from", "for", "and", "met", "meet", "meets", "received"})


def _object_apposition(tokens: list, comma: int) -> bool:
    """"Li, at a meeting with his British counterpart, David Cameron, also called …": a name
    after a comma that follows an object's title ("with his … counterpart") is that object."""
    before = [t.text for t in tokens[max(0, comma - 5):comma] if t.sent == tokens[comma].sent]
    return bool(before) and before[-1][:1].isalpha() and before[-1].islower() \
        and any(w.lower() in _OBJECT_MARKS for w in before[:-1])


_NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "van", "von", "de", "da", "di"})


def _english_subject(tokens: list, toks: list) -> bool:
    """No parse in English: a name opening its sentence ("Hai suggested …", "Prime Minister
    Modi said …") or right after a comma before a verb ("…, Modi said") is a subject; one
    after "by" or "with" or inside a list is not."""
    first, last = toks[0].index, toks[-1].index
    k = first - 1
    while k >= 0 and tokens[k].sent == toks[0].sent and (tokens[k].text[:1].isupper()
                                                          or tokens[k].text in _NAME_PARTICLES):
        k -= 1      # its title: "Deputy Minister of Industry and Trade Do Thang Hai", "Crown Prince bin Salman"
        if k >= 0 and tokens[k].text.lower() in ("of", "and", "for") and k - 1 >= 0 \
                and tokens[k - 1].text[:1].isupper():
            k -= 1
    opens = k < 0 or tokens[k].sent != toks[0].sent or tokens[k].text in (",", "“", "”", "«", "»", '"', "–", "—", "-")
    if not opens or k >= 0 and tokens[k].text == "," and _object_apposition(tokens, k):
        return False
    after = _after_a_date(tokens, last + 1)
    nxt = tokens[after] if after < len(tokens) else None
    return nxt is None or nxt.sent != toks[0].sent or (
        nxt.text[:1].islower() and nxt.text.lower() not in _EN_AFTER_SUBJECT_NOT) or nxt.text == ","


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_SPANS = frozenset({"week", "month", "year", "weekend"})


def _after_a_date(tokens: list, i: int) -> int:
    """"Goyal on Friday said", "Wang last week said": the index after a date standing between a
    name and its verb (else ``i``)."""
    if i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent:
        return i
    word, nxt = tokens[i].text.lower(), tokens[i + 1].text.lower()
    if word == "on" and nxt in _WEEKDAYS or word in ("last", "this") and nxt in _SPANS | _WEEKDAYS:
        return i + 2
    return i

