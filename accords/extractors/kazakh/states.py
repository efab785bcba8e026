"""Every mention of a state in a Kazakh text (names in any case, abbreviations, adjectives,
capitals, "еліміз"), from ``accords/data/states.kk.tsv``; and the parties among them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import rows
from ..shared import shared
from .names import leaders, nominative
from .words import GENITIVE, find_all
from ...nlp.kazakh import inflects

HOME = "KAZ"   # the publishing state of a Kazakh-language release ("еліміз" = our country)
_LOCATIVE = ("да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі")


@dataclass(frozen=True)
class KkState:
    code: str
    kind: str
    start: int
    stop: int
    first: int     # token indices
    last: int
    text: str

    @property
    def locative(self) -> bool:
        """Written in the locative ("Ресейдегі елшісі": the host, not the sender)."""
        return self.kind in ("name", "abbr") and self.text.lower().endswith(_LOCATIVE)


@lru_cache(maxsize=1)
def _patterns():
    cased, caseless = [], []
    for row in rows("states.kk.tsv"):
        if len(row) < 3:
            continue
        code, kind, form = row[:3]
        target = cased if "case" in row[3:] else caseless
        target.append((f"{code}\t{kind}", form.split()))
    key = lambda vw: -len(vw[1])  # noqa: E731
    return sorted(cased, key=key), sorted(caseless, key=key)


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, ...]]:
    """code<TAB>kind -> its lower-cased written forms."""
    out: dict[str, list] = {}
    for row in rows("states.kk.tsv"):
        if len(row) >= 3:
            out.setdefault(f"{row[0]}\t{row[1]}", []).append(row[2].lower())
    return {k: tuple(v) for k, v in out.items()}


def form_cover(text: str, value: str) -> int:
    """How many letters of the matched text the entry's longest fitting form covers."""
    low = text.lower()
    return max((len(f) for f in _forms().get(value, ()) if low.startswith(f)), default=0)


def _find(doc) -> list[KkState]:
    cased, caseless = _patterns()
    found = find_all(doc, cased, exact_case=True) + find_all(doc, caseless)
    # of two states matching one word, the one whose written form covers more of it
    # ("түрікмен" is Turkmen, not "түрік" + the ending "-мен")
    found.sort(key=lambda m: (m.start, -(m.stop - m.start), -form_cover(doc.text[m.start:m.stop], m.value)))
    out, end = [], -1
    for m in found:
        if m.start < end:
            continue
        code, kind = m.value.split("\t")
        text = doc.text[m.start:m.stop]
        if kind == "name" and not text[:1].isupper():
            continue
        if m.last < len(doc.tokens) and doc.tokens[m.last].text.lower().startswith("доллар"):
            continue        # "АҚШ доллары": the currency, not the state
        stop, last = m.stop, m.last
        if kind == "name" and last < len(doc.tokens) and doc.tokens[last].text.lower().startswith("республика"):
            # "Тәжікстан Республикасында": the official name's case ending is on its last word
            stop, last = doc.tokens[last].stop, last + 1
            text = doc.text[m.start:stop]
        out.append(KkState(code, kind, m.start, stop, m.first, last, text))
        end = stop
    taken = {i for m in out for i in range(m.first, m.last)}
    return sorted(out + _pair_mentions(doc, taken) + _leader_mentions(doc, taken),
                  key=lambda m: m.start)


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    """Single-word adjectives and names of states, lower-cased: the parts of a pair."""
    return {row[2].lower(): row[0] for row in rows("states.kk.tsv")
            if len(row) >= 3 and row[1] in ("adj", "name") and " " not in row[2]}


def _pair_mentions(doc, taken: set[int]) -> list[KkState]:
    """"Қазақ-қырғыз қарым-қатынасы", "қазақстан-қытай", "Қазақстан-Әзербайжан тікелей инвестиция
    қоры": both parts of a hyphenated pair of state adjectives or names are mentions."""
    # the longest form that fits first: "түрікмен" before "түрік" + "-мен"
    adjs = sorted(_adjectives().items(), key=lambda fc: -len(fc[0]))
    out = []
    for tok in doc.tokens:
        if tok.index in taken or tok.text.count("-") != 1:
            continue
        a, b = tok.text.lower().split("-")
        codes = [next((c for form, c in adjs if part == form or inflects(part, form)), None)
                 for part in (a, b)]
        if all(codes) and codes[0] != codes[1]:
            cut = tok.start + len(a)
            out.append(KkState(codes[0], "adj", tok.start, cut, tok.index, tok.index + 1, tok.text[:len(a)]))
            out.append(KkState(codes[1], "adj", cut + 1, tok.stop, tok.index, tok.index + 1, tok.text[len(a) + 1:]))
    return out


def _leader_mentions(doc, taken: set[int]) -> list[KkState]:
    """A well-known leader's surname stands for the leader's state acting (Тоқаевтың)."""
    out = []
    for tok in doc.tokens:
        if tok.index in taken or not tok.text[:1].isupper():
            continue
        known = leaders().get(nominative(tok.text).lower())
        if known:
            out.append(KkState(known[2], "leader", tok.start, tok.stop, tok.index,
                               tok.index + 1, tok.text))
    return out


def state_mentions(doc) -> list[KkState]:
    """All state mentions (and leaders standing for their state), once per document."""
    return shared(doc).once("kk_states", lambda: _find(doc))


def _venue(doc, m) -> bool:
    """"Швейцарияның Женева қаласында … Ассамблеясы өтті": a state in the genitive before a
    city and "қаласында" names where a thing happens, not a side (nor does the city)."""
    toks = doc.tokens
    if m.first > 0 and toks[m.first - 1].text.lower() in ("мен", "бен", "пен", "және"):
        return False    # "Қазақстан мен Қытайдың …": a side named with another
    # (the state's last word, the city's) for the state itself, or for the city itself
    for owner, city in ((m.last - 1, m.last), (m.first - 1, m.first)):
        if 0 <= owner and city + 1 < len(toks) and toks[owner].text.lower().endswith(GENITIVE) \
                and toks[city].text[:1].isupper() and _in_a_city(toks[city + 1].text.lower()):
            return True
    return False


def _career(sent) -> bool:
    """"… Исландиядағы елші қызметін қоса атқарған": a post a person held before, told in a
    biography, makes the sentence's states no side."""
    words = [t.text.lower() for t in sent.tokens]
    return any(w.startswith("қызмет") and "атқарған" in words[i + 1:i + 4] for i, w in enumerate(words))


def _in_a_city(word: str) -> bool:
    """"қаласында", "қаласындағы": in the city of."""
    return word.startswith("қала") and word.endswith(("да", "де", "дағы", "дегі"))


def party_codes(doc) -> list[str]:
    """The party states in order of first mention: named in the first two sentences (the
    headline and lead), or mentioned twice. A state only named once later in passing
    ("өзбек-тәжік шекарасында") is context; so is one named as a venue or in a career.
    (Read once a document: countries and commitments both ask.)"""
    return list(shared(doc).once("kk_parties", lambda: _party_codes(doc)))


def _party_codes(doc) -> list[str]:
    careers: dict[int, bool] = {}      # sentence index -> told as a career, read once each
    mentions = [m for m in state_mentions(doc) if not _venue(doc, m) and not careers.setdefault(
        doc.tokens[m.first].sent, _career(doc.sents[doc.tokens[m.first].sent]))]
    lead_end = doc.sents[min(1, len(doc.sents) - 1)].stop if doc.sents else 0
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.code] = counts.get(m.code, 0) + 1
    order = []
    for m in mentions:
        if m.code in order:
            continue
        if m.start < lead_end or counts[m.code] >= 2:
            order.append(m.code)
    if not order:       # a story that names its sides once each, past its lead
        order = list(dict.fromkeys(m.code for m in mentions if m.kind != "home"))
    if len(order) == 1 and order[0] != HOME and any(m.code == HOME for m in mentions):
        order.append(HOME)  # a Kazakh release on one partner: Kazakhstan, named once later, is the other side
    return order
