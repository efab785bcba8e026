"""Finding the title of a name: before it ("главой МИД России Сергеем Лавровым") or in
apposition after it ("Виктор Каранкевич, заместитель премьер-министра Беларуси").

The search window before a name stops at a line or sentence end, a verb or another name;
titles in it chain ("вице-премьер и министр") over genitive complements and states.
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import word_list
from . import roles
from .model import Mention, Title
from .title_reading import CONNECT, honorifics, title_from
from .view import View

MAX_WINDOW = 24          # tokens looked at before a name for its title
MAX_GAP = 9              # tokens allowed between a title and the name it belongs to
_COLLEAGUE = {"коллега", "визави", "colleague", "counterpart"}
_HARD_PUNCT = set(".!?:;•|")
_RU_STOP_POS = {"VERB", "AUX", "PRON", "SCONJ", "ADV", "NUM", "INTJ", "PART"}
_EN_GAP_WORDS = word_list("en_title_gap_words")
_COUNTED = {"страна", "государство", "сторона", "республика"}
_LATIN = re.compile(r"[A-Za-z]")


def _hard_stop(v: View, i: int) -> bool:
    t = v.tokens[i]
    if t.text in _HARD_PUNCT or "\n" in v.doc.text[t.start:t.stop]:
        return True
    if v.lang == "ru":
        if v.state_code[i]:
            return False                  # "посол Мексиканских Соединенных Штатов": a state's name
        if t.pos == "NUM" and i + 1 < len(v.tokens) and v.keys[i + 1] in _COUNTED:
            return False                  # "министры энергетики трех стран"
        if t.pos in _RU_STOP_POS and v.keys[i] not in roles.lexicon("ru").words \
                and not _attributive_participle(t):
            return True
        if _LATIN.search(t.text):          # "корпорации CNPC": a company's Latin name goes on
            return not (i > 0 and (v.keys[i - 1] in roles.company_words("ru")
                                   or _LATIN.search(v.tokens[i - 1].text)))
        return t.text[:1].isdigit()
    k = v.keys[i]
    if k in roles.lexicon(v.lang).words or k in _EN_GAP_WORDS or k in _COLLEAGUE:
        return False
    if v.state_code[i] or v.is_cap(i) or t.text[:1].isdigit():
        return False
    return True


# words that put another person between a title and "Dr." / "Mr." before a name
_NOT_IN_ADDRESS = {"and", ",", "his", "her", "excellency", "&"}


def _address_start(v: View, t0: int) -> int:
    """Where an address written with full stops right before a name starts ("Dr.", "Mr.",
    "H.E."): the title before it belongs to the name ("Foreign Minister Dr. Murat Nurtleu",
    "Ambassador of Italy H.E. Antonio Alessandro"); ``t0`` when there is none."""
    if v.lang == "ru":
        # "с вице-президентом ОАЭ, шейхом Мансуром": a title, a comma, a word of address
        if t0 >= 2 and v.tokens[t0 - 1].text in honorifics("ru") and v.keys[t0 - 2] == ",":
            return t0 - 2
        return t0
    i, honor = t0, honorifics(v.lang)
    if i >= 1 and (v.keys[i - 1],) in roles.SEATS:   # a seat held with the office
        i -= 1
    while i >= 2 and v.tokens[i - 1].text == "." and v.tokens[i - 2].stop == v.tokens[i - 1].start \
            and v.tokens[i - 2].sent == v.tokens[t0].sent and (
                v.tokens[i - 2].text in honor or (len(v.tokens[i - 2].text) == 1 and v.tokens[i - 2].text.isupper())):
        i -= 2
    if i >= 1 and v.tokens[i - 1].text in honor and v.tokens[i - 1].sent == v.tokens[t0].sent:
        i -= 1                  # "Mr S.M. Krishna": a word of address written without a full stop
    if i < t0 and i >= 2 and v.keys[i - 1] == ",":
        i -= 1                  # "The External Affairs Minister, Mr S.M. Krishna,": set off by a comma
    return i


def _set_off_after_a_name(v: View, i: int) -> bool:
    """"Виктор Каранкевич, заместитель премьер-министра Беларуси, и министр Казахстана Ерлан
    Карин": a title set off by a comma after a name is that name's, no link of the next chain."""
    while i > 0 and v.skip[i - 1]:
        i -= 1
    return i > 1 and v.keys[i - 1] == "," and v.mention_at[i - 2] is not None


def _governs_next(v: View, mt, nxt) -> bool:
    """Russian: the title ends right where the next one starts, its genitive complement
    ("Сергей Лавров, помощник президента РФ Юрий Ушаков", "пресс-секретарь главы
    государства"): one title of the next name, though a comma after a name opens it."""
    return v.lang == "ru" and mt.stop == nxt.start


def _link_ok(v: View, a: int, b: int) -> bool:
    """Tokens [a, b) between two titles of one chain: empty (a complement, "полпред
    президента"), or a coordination / apposition ("вице-премьер и министр",
    "министр энергетики РФ, сопредседатель") over genitive complements and states."""
    if a >= b:
        return True
    has_conn = False
    for i in range(a, b):
        t = v.tokens[i]
        if v.keys[i] in CONNECT:
            has_conn = True
            continue
        if v.state_code[i] or v.skip[i] or v.org[i]:
            continue
        if v.lang == "ru":
            if t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Gen":
                continue
            return False
        if v.is_cap(i) or v.keys[i] in ("of", "the", "’", "'", "s"):
            continue
        return False
    return has_conn or b - a <= 3


def _other_noun_phrase(v: View, s: int, e: int, b: int) -> bool:
    """"Speaking to the Russian diplomat, PM Phuc": in English a title with an article
    before it, then a comma, is another person's noun phrase, not the start of this one's
    title chain."""
    if v.lang == "ru" or not any(v.keys[i] == "," for i in range(e, b)):
        return False
    k = s - 1
    while k >= 0 and s - k <= 4:
        if v.keys[k] in ("the", "a", "an"):
            return True
        if not (v.state_code[k] or v.skip[k]):
            return False
        k -= 1
    return False


def _window_start(v: View, t0: int) -> int:
    """Where the title search before token ``t0`` starts: not across a line break, a
    sentence end, a verb or another name."""
    sent = v.tokens[t0].sent
    lo = max(0, t0 - MAX_WINDOW)
    i = t0
    while i > lo and not v.newline_before[i]:
        j = i - 1
        if v.tokens[j].sent != sent or _hard_stop(v, j) or v.mention_at[j] is not None:
            break
        i = j
    return i


def title_before(v: View, m: Mention) -> tuple[Optional[Title], Optional[Mention]]:
    """The title standing before a name, and the person it is relative to, if any
    ("пресс-секретарь Пашиняна"). An address right before the name ("Dr.", "H.E.", a seat
    held with an office, "… of Canada MP Ed Fast") is looked past first."""
    if _address_start(v, m.t0) < m.t0:
        found = _title_before(v, m, True)
        if found[0] is not None:
            return found
    return _title_before(v, m, False)


def _title_before(v: View, m: Mention, past_address: bool) -> tuple[Optional[Title], Optional[Mention]]:
    t0 = m.t0
    of = None
    if t0 > 0 and v.mention_at[t0 - 1] is not None and v.mention_at[t0 - 1] is not m:
        prev = v.mention_at[t0 - 1]
        if v.lang == "ru" and v.tokens[prev.t0].feats.get("Case") == "Gen":
            of, t0 = prev, prev.t0
    address = _address_start(v, t0) if of is None and past_address else t0
    tight = address < t0               # the title must end right at "Dr." / "H.E."
    t0 = address
    w0 = _window_start(v, t0)
    if w0 >= t0:
        return None, None
    keys, st, sk = v.keys[w0:t0], v.state_id[w0:t0], v.skip[w0:t0]
    found = roles.find_titles(v.lang, keys, st, sk)
    chain: list = []
    end = t0 - w0
    for mt in reversed(found):
        if not chain:
            if end - mt.stop > MAX_GAP and not _complement(v, w0 + mt.start, w0 + mt.stop, w0 + end) \
                    or (of is not None and mt.stop != end) \
                    or (tight and any(v.keys[w0 + k] in _NOT_IN_ADDRESS for k in range(mt.stop, end))):
                continue
            if v.lang == "ru" and any(v.keys[w0 + k] == "," and not _in_state_list(v, w0 + k)
                                      for k in range(mt.stop, end)) \
                    and not _genitive_list(v, w0 + mt.stop, w0 + end):
                continue
            if v.lang != "ru" and _owned_body_between(v, w0 + mt.stop, w0 + end):
                continue    # "the PM Office’s Media Wing": the title is the office's holder
        elif not _link_ok(v, w0 + mt.stop, w0 + chain[0].start) or _other_noun_phrase(
                v, w0 + mt.start, w0 + mt.stop, w0 + chain[0].start) or (
                _set_off_after_a_name(v, w0 + mt.start) and not _governs_next(v, mt, chain[0])):
            break
        chain.insert(0, mt)
    if not chain:
        # "российским коллегой Дмитрием Медведевым", "his Turkish counterpart"
        j = t0 - 1
        if v.lang == "en" and j > w0 and v.keys[j] == ",":
            j -= 1                         # "her Indian counterpart, Subrahmanyam Jaishankar,"
        k = j
        while k > w0 and v.state_code[k]:
            k -= 1
        if k < j and k > w0 and v.keys[k] in ("из", "from"):
            j = k - 1                      # "его коллеги из Казахстана Касым-Жомарта Токаева"
        if j >= w0 and v.keys[j] in _COLLEAGUE:
            mt = roles.TitleMatch(j - w0, j - w0 + 1, "other", 1)
            t = title_from(v, [_abs(mt, w0)], t0)
            t.colleague = True
            return t, None
        return None, None
    t = title_from(v, [_abs(c, w0) for c in chain], t0)
    if of is not None:
        t.stop = of.stop                   # "пресс-секретарь Пашиняна"
    return t, of


_COMPLEMENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "CCONJ", "DET", "NUM"})


def _complement(v: View, title: int, a: int, b: int) -> bool:
    """The tokens [a, b) between a title and its name are its complement. Russian: a noun phrase — nouns,
    adjectives, prepositions, no verb, no punctuation ("председателем Комитета высокого уровня
    по сотрудничеству между законодательными органами Беларуси и Китая Чжан Цинвэем") — so a
    long complement does not part them (the parse of such chains is too often wrong to ask).
    English: the capitalised name of a body and its small words, closed by a comma."""
    if b - a > 16:
        return False
    if v.lang != "ru":      # "Minister for the National Bank for Economic and Social Development (BNDES), X"
        toks = v.tokens[a:b]
        return bool(toks) and toks[-1].text == "," and all(
            (t.text[:1].isupper() or t.text in _EN_NAME_GLUE) and v.mention_at[a + k] is None
            for k, t in enumerate(toks[:-1]))
    return all((t.pos in _COMPLEMENT_POS or v.state_code[a + k] or _attributive_participle(t))
               and v.mention_at[a + k] is None for k, t in enumerate(v.tokens[a:b]))


def _attributive_participle(t) -> bool:
    """A full participle agreeing like an adjective ("министр природных ресурсов и окружающей
    среды"): part of a portfolio's name, not a verb that ends the title."""
    return t.feats.get("VerbForm") == "Part" and "Case" in t.feats and t.feats.get("Variant") != "Short"


_EN_NAME_GLUE = frozenset({"of", "for", "the", "and", "&", "(", ")", "on"})


def _genitive_list(v: View, a: int, b: int) -> bool:
    """"министр промышленности, горнорудной деятельности и торговли Ирана": the commas
    of a list of portfolios, genitive words closed by "и", then the state."""
    last_comma = max((i for i in range(a, b) if v.keys[i] == ","), default=None)
    if last_comma is None or last_comma == b - 1:
        return False
    seen_and = False
    for i in range(a, b):
        t = v.tokens[i]
        if v.keys[i] == ",":
            if i + 1 >= b or not v.tokens[i + 1].text[:1].islower():
                return False
            continue
        if v.keys[i] == "и":
            seen_and = seen_and or i > last_comma
            continue
        if v.state_code[i]:
            continue
        if t.pos in ("NOUN", "ADJ") and t.feats.get("Case") == "Gen" and t.text[:1].islower():
            continue
        return False
    return seen_and


def _owned_body_between(v: View, a: int, b: int) -> bool:
    """English: a capitalised word with a possessive between the title and the name ("PM
    Office’s Media Wing"): what follows belongs to that body, not to the title's holder."""
    return any(v.keys[k] in ("'s", "’s") or v.keys[k] == "s" and k > a and v.keys[k - 1] in ("'", "’")
               for k in range(a + 1, b)) and v.tokens[a].text[:1].isupper()


def _in_state_list(v: View, i: int) -> bool:
    """A comma between two states ("министры энергетики Кыргызстана, Казахстана и ...")."""
    return 0 < i < len(v.tokens) - 1 and bool(v.state_code[i - 1]) and bool(v.state_code[i + 1])


def _possessive_state(v: View, j: int) -> bool:
    """English "Mongolia's Minister of …", "the UAE Ambassador": a state (and its "'s") before
    the title in apposition."""
    if v.lang == "ru":
        return False
    if v.state_code[j]:
        return True
    k = j - 1       # the possessive as one token or two ("'", "s")
    while k > 0 and v.keys[k] in ("'", "’"):
        k -= 1
    return v.keys[j] in ("'s", "’s", "s", "'", "’") and k >= 0 and bool(v.state_code[k])


def _abs(mt, w0: int):
    return roles.TitleMatch(mt.start + w0, mt.stop + w0, mt.role_class, mt.size)


def _title_after_membership(v: View, j: int, sent) -> tuple:
    """"Wang Yi, a member of the Political Bureau of the … Central Committee and Chinese foreign
    minister, held talks": the title after the membership's "and", before the closing comma."""
    n = len(v.tokens)
    k = j
    while k < n and k < j + 30 and v.tokens[k].sent == sent and v.tokens[k].text not in {",", ")", ";", "."}:
        k += 1
    for a in range(j + 1, k - 1):
        if v.keys[a] == "and":
            b = a + 1
            while b < k and (v.skip[b] or v.keys[b] in ("the", "a")):
                b += 1
            e = k
            mt = roles.match_at(v.lang, v.keys, v.state_id, v.skip, b, limit=e)
            if mt is None and b < k and v.state_code[b]:
                mt = roles.match_at(v.lang, v.keys, v.state_id, v.skip, b + 1, limit=e)
                b = b + 1 if mt is not None else b
            if mt is not None:
                return b, e, mt
    return j, j, None


_SENIORITY = ("head_of_state", "head_of_government", "deputy_head_of_government", "minister",
              "deputy_minister", "ambassador", "regional_head", "parliament", "other_official", "business")


def _seniority(role_class: str) -> int:
    return _SENIORITY.index(role_class) if role_class in _SENIORITY else len(_SENIORITY)


def title_after(v: View, m: Mention) -> Optional[Title]:
    """"Виктор Каранкевич, заместитель премьер-министра Беларуси", "X, the Secretary of Y"."""
    n = len(v.tokens)
    i = m.t1
    if i >= n or v.tokens[i].text not in {",", "-", "–", "—", "("}:
        return None
    i += 1
    sent = v.tokens[m.t0].sent
    j = i
    while j < n and j < i + 4 and v.tokens[j].sent == sent and (
            v.skip[j] or v.keys[j] in ("the", "a") or _possessive_state(v, j)
            or v.keys[j].endswith("-based")) \
            and roles.match_at(v.lang, v.keys, v.state_id, v.skip, j, limit=min(n, j + 8)) is None:
        j += 1      # "the Sofia-based Ambassador of Mongolia" (not "Чрезвычайный и Полномочный Посол")
    if j >= n or v.tokens[j].sent != sent:
        return None
    e = j
    while e < n and e < j + MAX_WINDOW and v.tokens[e].sent == sent and v.mention_at[e] is None \
            and v.tokens[e].text not in {",", ")", ":", ";", ".", "—", "–"} and not _hard_stop(v, e):
        e += 1
    mt = roles.match_at(v.lang, v.keys, v.state_id, v.skip, j, limit=e)
    if mt is None and v.lang != "ru" and v.keys[j] == "member":
        j, e, mt = _title_after_membership(v, j, sent)
    if mt is None:
        return None
    listed = v.lang != "ru" and e < n and v.tokens[e].text == ","
    while e < n and v.lang != "ru" and v.tokens[e].text == "," and e + 1 < n \
            and roles.match_at(v.lang, v.keys, v.state_id, v.skip, e + 1, limit=min(n, e + 8)) is not None:
        e += 1          # "X, Vice President, Prime Minister and Ruler of Dubai": a list of offices
        while e < n and v.tokens[e].sent == sent and v.mention_at[e] is None \
                and v.tokens[e].text not in {",", ")", ":", ";", ".", "—", "–"} and not _hard_stop(v, e):
            e += 1
    found = [mt] + [_abs(x, mt.stop) for x in
                    roles.find_titles(v.lang, v.keys[mt.stop:e], v.state_id[mt.stop:e], v.skip[mt.stop:e])]
    t = title_from(v, found[:1], e)
    if listed and len(found) > 1:
        t.role_class = min((x.role_class for x in found), key=_seniority)   # the highest office
    t.start = v.tokens[i].start if v.skip[i] else v.tokens[j].start
    owners = [v.state_code[k] for k in range(i, j) if v.state_code[k] and _possessive_state(v, k)]
    if owners:          # "the US Under Secretary of State": the state before it owns the title
        t.country, t.states = owners[-1], [owners[-1]] + [x for x in t.states if x != owners[-1]]
    return t
