"""English person mentions by patterns (the pipeline has no English NER).

A name is a run of capitalised words that are not title words, states, organisation or
calendar words (``accords/data/names.en.tsv``). A run is a person when a title stands
before or after it ("Kazakh Prime Minister Olzhas Bektenov", "Kubanychbek Omuraliev,
the Secretary General of ..."), when it is credited ("By Kamila Aliyeva"), speaks
("said Alikhan Smailov"), ends like a surname of the region (-ov, -yeva, -shvili,
-oglu ...), or is coordinated with a person ("Nursultan Nazarbayev and Vladimir
Putin"). A single word is a person when a title stands before it ("President Vucic")
or when it is a word of a person named elsewhere in the text ("Bektenov met").
Words glued by scraping ("OlafScholz", "Kazakhstan’sPresident") are cut first.
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace

from ...lexicon import rows, word_list
from ...nlp.analysis import Token
from ..states import find_leaders, find_states
from . import roles
from .en_words import word_lists
from .run_words_en import QUOTES as _QUOTES, run_words as _words
from .model import Mention
from .titles import title_after, title_before
from .view import View

_GLUE = re.compile(r"(?<=[a-zà-ÿğşıçöüəñ])(?=[A-Z][a-zà-ÿğşıçöüəñ])")
# Latin letters with diacritics, Vietnamese's included ("Bùi Thanh Sơn": U+0180–024F, U+1E00–1EFF)
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĞŞİÇÖÜƏĀ-Ž\u1e00-\u1efe][A-Za-zÀ-ÖØ-öø-ÿĀ-žƏəḤḥ\u0180-\u024f\u1e00-\u1eff'’\-]*"
                        r"[a-zà-ÿğşıçöüəñā-ž\u0180-\u024f\u1e01-\u1eff]$")
MAX_RUN = 4
_INNER = word_list("persons_en_inner")
# Gulf names write their particles capitalised ("Abdulla Bin Touq Al Marri"): inside a run,
# before another name word, they are particles, not name words
_CAPITAL_PARTICLES = frozenset({"Bin", "Bint", "Al"})
_REGNAL = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})
_ARTICLE_NAME = re.compile(r"^(al|el|ad|as|ash|an|ar|at|az|ud|ad-din)-[A-Z][a-z'’\-]+$")


def _split_glued(doc) -> list[Token]:
    """doc.tokens with "OlafScholz" -> "Olaf", "Scholz" and "sPresident" -> "s", "President"."""
    out: list[Token] = []
    for t in doc.tokens:
        pieces = _GLUE.split(t.text) if len(t.text) > 3 else [t.text]
        pieces = [p for p in pieces if p]
        ok = len(pieces) > 1 and all(len(p) >= 3 or p == "s" for p in pieces)
        if not ok:
            pieces = [t.text]
        pos = t.start
        for p in pieces:
            out.append(Token(text=p, start=pos, stop=pos + len(p), lemma=p.lower(), sent=t.sent,
                             index=len(out)))
            pos += len(p)
    return _join_elided(out, doc.text)


def _join_elided(toks: list[Token], text: str) -> list[Token]:
    """"D'Avino", "O'Brien": a capital, an apostrophe and a capitalised word, written together,
    are one name word (the tokenizer cuts them in three)."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        a = toks[i]
        if i + 2 < len(toks) and len(a.text) == 1 and a.text.isupper() and toks[i + 1].text in ("'", "’") \
                and toks[i + 2].text[:1].isupper() and a.stop == toks[i + 1].start \
                and toks[i + 1].stop == toks[i + 2].start:
            word = text[a.start:toks[i + 2].stop]
            out.append(Token(text=word, start=a.start, stop=toks[i + 2].stop, lemma=word.lower(),
                             sent=a.sent, index=len(out)))
            i += 3
            continue
        out.append(a if a.index == len(out) else Token(text=a.text, start=a.start, stop=a.stop,
                                                       lemma=a.lemma, sent=a.sent, index=len(out)))
        i += 1
    return out


def en_view(doc):
    """The English view of a document: tokens with glued words cut, and its states."""
    tokens = _split_glued(doc)
    states = find_states(SimpleNamespace(tokens=tokens, text=doc.text, lang=doc.lang))
    return View(doc, tokens, "en", states), states


def _is_name_word(v, i: int) -> bool:
    t = v.tokens[i]
    lists = word_lists()
    if not (_NAME_WORD.match(t.text) or _ARTICLE_NAME.match(t.text)) or t.text in lists["stop"] \
            or t.text in lists["honorific"]:
        return False
    if t.text in lists["calendar"] and (
            i == 0 or i + 1 >= len(v.tokens) or v.tokens[i - 1].text[:1].isdigit()
            or v.tokens[i + 1].text[:1].isdigit() or not v.is_cap(i - 1)) \
            and not _given_name_after_a_title(v, i):
        return False                       # "May 5", "in June": a month; "Yu Jun": a name
    if v.state_code[i] and not _surname_like_a_state(v, i) or _in_body_name(v, i):
        return False
    if v.keys[i] in roles.lexicon("en").words:
        return _given_name_after_title(v, i)
    return True


def _given_name_after_a_title(v, i: int) -> bool:
    """"foreign minister January Makamba": a month's name between a title and a surname is a
    given name."""
    return 0 < i < len(v.tokens) - 1 and v.keys[i - 1] in roles.lexicon("en").words \
        and bool(_NAME_WORD.match(v.tokens[i + 1].text)) and v.tokens[i + 1].text not in word_lists()["calendar"]


_GIVEN_TITLES = {"Amir", "Sultan"}


def _surname_like_a_state(v, i: int) -> bool:
    """"Prime Minister Luís Montenegro": a state's name right after a title and one given name,
    ending the capitalised run, is the person's surname."""
    if i < 2 or v.state_code[i - 1] or not v.is_cap(i - 1) or i + 1 < len(v.tokens) and v.is_cap(i + 1):
        return False
    prev = v.tokens[i - 1].text
    return bool(_NAME_WORD.match(prev)) and prev not in word_lists()["stop"] and v.keys[i - 2] in roles.lexicon("en").words


def _in_body_name(v, i: int) -> bool:
    """"the Chairman of the Jogorku Kenesh Nurlanbek Shakiev": a word of a state institution's
    name of two words or more ("Jogorku Kenesh", "Oliy Majlis") is no name word."""
    low = [t.text.lower() for t in v.tokens[max(0, i - 3):i + 4]]
    at = i - max(0, i - 3)
    for stems, _ in roles.bodies("en"):
        n = len(stems)
        if n < 2:
            continue
        for k in range(max(0, at - n + 1), at + 1):
            if k + n <= len(low) and all(low[k + m].startswith(stems[m]) for m in range(n)):
                return True
    return False


def _given_name_after_title(v, i: int) -> bool:
    """"Acting Foreign Minister, Mawlawi Amir Khan Muttaqi": a title word that is also a
    given name, after a title of another rank and before a name, opens the name."""
    t = v.tokens[i]
    if t.text not in _GIVEN_TITLES or i + 1 >= len(v.tokens) or not _NAME_WORD.match(v.tokens[i + 1].text) \
            or v.tokens[i + 1].text in word_lists()["honorific"]:
        return False
    k = i - 1
    while k >= 0 and (v.tokens[k].text == "," or v.tokens[k].text in word_lists()["honorific"]):
        k -= 1
    return k >= 0 and v.keys[k] in roles.lexicon("en").words and v.keys[k] not in ("amir", "emir", "sultan")


def _runs(v) -> list[tuple[int, int]]:
    """Runs of name words; a particle goes on a run when a name word follows it
    ("Abdulaziz bin Salman", "Tamim bin Hamad Al Thani"). A run before a word like
    "University" names a thing after a person ("King Abdullah University")."""
    out, i, n = [], 0, len(v.tokens)
    text = v.doc.text
    lists = word_lists()

    def joined(j: int) -> bool:
        return v.tokens[j].sent == v.tokens[i].sent \
            and "\n" not in text[v.tokens[j - 1].stop:v.tokens[j].start] \
            and v.tokens[j].start - v.tokens[j - 1].stop <= 1

    while i < n:
        if not _is_name_word(v, i):
            i += 1
            continue
        j, words, particles = i + 1, 1, 0
        while j < n and joined(j):
            if v.tokens[j].text in _CAPITAL_PARTICLES and j + 1 < n and joined(j + 1) and _is_name_word(v, j + 1):
                j, particles = j + 1, particles + 1     # "Abdulla Bin Touq Al Marri"
                continue
            if _is_name_word(v, j):
                j, words = j + 1, words + 1
                continue
            if _initial_at(v, j) and j + 2 < n and joined(j + 2):
                k = j + 2                       # "Albert F. del Rosario": particles may follow it
                while k + 2 < n and _initial_at(v, k) and joined(k + 2):
                    k += 2                      # "Retno L.P. Marsudi", "Retno L. P. Marsudi"
                while k < n and k - j < 5 and v.tokens[k].text in lists["particle"] and joined(k):
                    k += 1
                if k < n and joined(k) and _is_name_word(v, k):
                    j, particles = k, particles + 1     # "Antony J. Blinken": a middle initial
                    continue
            q = j + 3       # 'Marie Louise "Liza" Araneta-Marcos', 'Luiz Inacio "Lula" da Silva'
            while q + 1 < n and q - j < 5 and v.tokens[q].text in lists["particle"]:
                q += 1
            if v.tokens[j].text in _QUOTES and q < n and _is_name_word(v, j + 1) \
                    and v.tokens[j + 2].text in _QUOTES and _is_name_word(v, q) \
                    and all(joined(x) or text[v.tokens[x - 1].stop:v.tokens[x].start] == " "
                            for x in range(j, q + 1)):
                j, particles = q, particles + 1
                continue
            k = j                               # "von der Leyen": particles, then a name word
            while k < n and k - j < 3 and v.tokens[k].text in lists["particle"] and joined(k):
                k += 1
            if k > j and k < n and joined(k) and _is_name_word(v, k):
                j, particles = k, particles + 1
            else:
                if v.tokens[j].text in _REGNAL:
                    j += 1                      # "Mswati III", "Benigno S. Aquino III"
                break
        if words <= (MAX_RUN + 2 if particles else MAX_RUN):
            nxt = v.tokens[j].text if j < n else ""
            if nxt.lower() not in lists["place"] and nxt not in lists["eponym"]:
                out.append((i, j))
        i = j
    return out


def _initial_at(v, j: int) -> bool:
    """A capital letter and its full stop ("J."), glued together."""
    t = v.tokens[j]
    return len(t.text) == 1 and t.text.isupper() and j + 1 < len(v.tokens) \
        and v.tokens[j + 1].text == "." and v.tokens[j + 1].start == t.stop


def _suffix_ok(word: str) -> bool:
    w = word.lower()
    return any(w.endswith(s) and len(w) > len(s) + 2 for s in word_lists()["suffix"])


def _prev_word(v, i: int) -> str:
    return v.tokens[i - 1].text if i > 0 else ""


def _before_title(v, i: int) -> bool:
    """A title starts at token ``i`` ("Nordic Power chairman": the run names an organisation)."""
    return i < len(v.tokens) and roles.match_at("en", v.keys, v.state_id, v.skip, i) is not None


def en_mentions(doc, v) -> list:
    """The person mentions of an English text (marked in ``v.mention_at``)."""
    cands = [Mention(v.tokens[a].start, v.tokens[b - 1].stop, a, b, _words(v, a, b))
             for a, b in _name_runs(v)]
    # "Minister of Commerce and Industry X", "Speaker of the Grand National Assembly X": a lone
    # word after "of"/"and"/"the" is a word of the title's complement, a person only when named
    # in full elsewhere (checked last); it does not cut the title off the name after it
    inner = [m for m in cands if m.t1 - m.t0 == 1 and m.t0 > 0 and v.keys[m.t0 - 1] in _INNER]
    cands = [m for m in cands if m not in inner]
    for m in cands:
        for k in range(m.t0, m.t1):
            v.mention_at[k] = m
    accepted: list = []
    rejected: list = list(inner)
    for m in cands:
        (accepted if _context_names_person(v, m) else rejected).append(m)
    _accept_coordinated(v, accepted, rejected)
    _accept_known_words(accepted, rejected)
    _accept_known_leaders(doc, accepted, rejected)
    for m in [m for m in accepted if _headline_only(v, m)]:
        accepted.remove(m)
        rejected.append(m)
    for m in rejected:
        for k in range(m.t0, m.t1):
            v.mention_at[k] = None
    accepted.sort(key=lambda m: m.start)
    return accepted


_TITLE_CASE_SMALL = frozenset({"To", "For", "And", "With", "Of", "In", "On", "At", "As", "From"})
_HEADLINE_CHARS = 400     # no headline line is longer


def _headline_only(v, m) -> bool:
    """"US Charge D’Affaires, Commerce Minister Discuss Means To Strengthen …": in a line
    written in title case every word is capitalised, so a run there is a name only when
    each of its words is written again outside that line."""
    text = v.doc.text
    lo = text.rfind("\n", 0, m.start) + 1
    hi = text.find("\n", m.stop)
    hi = len(text) if hi == -1 else hi
    if hi - lo > _HEADLINE_CHARS:
        return False    # a paragraph, not a headline (and a text without line breaks is not read whole per name)
    words = re.findall(r"[^\W\d_]+", text[lo:hi])
    small = [w for w in words[1:] if w in _TITLE_CASE_SMALL]
    if not small or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return False
    rest = text[:lo] + " " + text[hi:]
    return any(re.search(r"\b" + re.escape(w.rstrip(".")) + r"\b", rest) is None
               for w in m.words if len(w.rstrip(".")) > 1)


def _name_runs(v) -> list[tuple[int, int]]:
    """The runs of name words, with the words that close a title or name a company cut off."""
    runs = []
    found = _runs(v)
    ends = {b: b - a for a, b in found}
    for a, b in found:
        # "Minister of Trade and Integration Arman Shakkaliyev": the first words close the title;
        # not after a full name ("Alexander Lukashenko and Recep Tayyip Erdogan")
        if b - a >= 3 and a > 0 and v.keys[a - 1] in ("of", "and", "for", "&", "s") \
                and not (v.keys[a - 1] == "and" and ends.get(a - 1, 0) >= 2):
            a = b - 2
        company = roles.company_words("en")
        while b - a >= 3 and (v.keys[a] in company or any(
                v.keys[a].endswith(w) for w in ("bank", "group", "holding"))):
            a += 1                         # "of Korea Eximbank Yoon Hee-sung": the company first
        if " ".join(v.keys[a:b]) not in _sector_phrases():
            runs.append((a, b))            # ("… Industry and Civil Aviation, Government of India")
    return runs


@lru_cache(maxsize=1)
def _sector_phrases() -> frozenset:
    """The plain phrases of the English sector lexicon ("civil aviation"): a capitalised
    portfolio in a title, never a name."""
    return frozenset(r[1].lower() for r in rows("sectors.en.tsv")
                     if len(r) > 1 and re.fullmatch(r"[a-z][a-z ]+", r[1].lower()) and " " in r[1])


def _context_names_person(v, m) -> bool:
    """A title before or after the run, a byline word, a verb of saying next to it, or a
    surname ending: the run is a person."""
    lists = word_lists()
    a, b = m.t0, m.t1
    n = b - a
    t, _ = title_before(v, m)
    if t is None and n >= 2:          # "In Ust-Kamenogorsk, Governor ..." is a place
        t = title_after(v, m)
    if t is not None and (not t.colleague or n >= 2):
        return True     # "his Turkish counterpart Hakan Fidan": a full name after a counterpart
    if _addressed(v, a):
        return True
    if n >= 2:
        prev = _prev_word(v, a)
        nxt = v.tokens[b].text.lower() if b < len(v.tokens) else ""
        if prev in lists["byline"]:
            return True
        if prev.lower() in lists["speech"] or nxt in lists["speech"]:
            return True
        if _suffix_ok(v.tokens[b - 1].text):
            return True
    return False


def _addressed(v, a: int) -> bool:
    """"Mr Amer Al Alawi", "the Rt. Hon Dr Liam Fox": a word of address that stands only
    before a person (``address`` in names.en.tsv), with other honorifics and full stops
    between, opens a name."""
    lists = word_lists()
    k = a - 1
    while k >= 0 and (v.tokens[k].text == "." or v.tokens[k].text in lists["honorific"]):
        if v.tokens[k].text in lists["address"]:
            return True
        k -= 1
    return False


def _accept_coordinated(v, accepted: list, rejected: list) -> None:
    """Coordination with a person: "Nursultan Nazarbayev and Vladimir Putin"."""
    changed = True
    while changed:
        changed = False
        for m in list(rejected):
            if m.t1 - m.t0 < 2 or _before_title(v, m.t1):
                continue                    # "... and Nordic Power chairman X": a company
            for o in accepted:
                lo, hi = min(m.t1, o.t1), max(m.t0, o.t0)
                gap = [v.keys[k] for k in range(lo, hi)]
                # "Lula da Silva of Brazil and Claudia Sheinbaum of Mexico"
                of_state = len(gap) == 3 and gap[0] == "of" and v.state_code[lo + 1] and gap[2] == "and"
                if gap in (["and"], [","], ["&"]) or of_state:
                    accepted.append(m)
                    rejected.remove(m)
                    changed = True
                    break


def _accept_known_words(accepted: list, rejected: list) -> None:
    """Single words of a person named elsewhere: "Bektenov met", "Tokayev’s visit"."""
    known = {w.lower() for m in accepted if m.t1 - m.t0 >= 2 for w in m.words}
    for m in list(rejected):
        if all(w.lower() in known for w in m.words):
            accepted.append(m)
            rejected.remove(m)


def _accept_known_leaders(doc, accepted: list, rejected: list) -> None:
    """A well-known leader written by one name only ("Jokowi said", "Lula met Xi Jinping"): the
    states lexicon knows him, so he is a person wherever the context says nothing."""
    leaders = [(lm.start, lm.stop) for lm in find_leaders(doc)]
    for m in list(rejected):
        if any(a <= m.start and m.stop <= b for a, b in leaders):
            accepted.append(m)
            rejected.remove(m)
