"""persons for Kazakh: names next to titles ("Қазақстан Президенті Қасым-Жомарт Тоқаев",
"АҚШ президенті Дональд Трамппен", "Мемлекет басшысы Нұрсұлтан Назарбаевтың").

A title from ``roles.kk.tsv`` followed by one to three capitalised words is a person; the
name is given in the nominative (the surname's case ending stripped: Тоқаевтың -> Тоқаев,
Трамппен -> Трамп), without a patronymic (-ұлы, -қызы). The state is the one named just
before the title, unless it is in the locative ("Қазақстанның Ресейдегі елшісі": the host);
a title without a state is a well-known leader's own state, else the publishing state's
(Kazakhstan). A lead that gives a title alone names its holder in the next sentence. Later
mentions by surname alone are the same person's. Names with no title come from the caption,
initial and given-name-and-surname readers (captions.py, initials.py, untitled.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...record import Person
from .captions import captions
from .initials import initialled
from .untitled import untitled
from .names import CAPITALS, a_city, leaders, nominative
from .states import HOME, form_cover, state_mentions
from .words import GENITIVE, find_all, patterns, word_matches

_PATRONYMIC = ("ұлы", "қызы", "ович", "евич", "овна", "евна")
_SURNAME_ENDINGS = ("ов", "ев", "ин", "ова", "ева", "ина", "ұлы", "қызы", "ский", "цкий")
_MAX_NAME = 3
# particles of Arab names ("шейх Тәмим бен Хамад Әл Тәни"); "бен" is also "and", so inside a
# name it must have two name words after it
_PARTICLES = frozenset({"бен", "бин", "ибн", "Әл", "Ал", "әл"})
_HONORIFICS = frozenset({"шейх"})
# the Arabic article before a capital, assimilated or not: "әл-Джабер", "аль-Бахар", "ас-Сиси"
_ARTICLE = re.compile(rf"^[аә](?:ль|л|с|ш|д|т|р|з|н)-(?=[{CAPITALS}])", re.I)
_STATE_REACH = 4       # tokens between a state and the title it qualifies
# … or a state in the genitive and the body it owns ("Сербия Республикасының Халықаралық
# экономикалық ынтымақтастықты дамыту жөніндегі министрі")
_OWNER_REACH = 9
_ENVOY = re.compile(r"(?i)елші")


@dataclass
class _Person:
    name: str
    surname: str
    role: str | None
    role_class: str
    country: str | None
    mentions: list = field(default_factory=list)


def _is_name_word(tok, states_at: set[int]) -> bool:
    text = tok.text
    article = _ARTICLE.match(text)
    if article and text[article.end():][:1].isupper():
        text = text[article.end():]      # "әл-Джабер": the Arabic article before a capital
    return (text[:1].isupper() and text[:1].isalpha() and tok.index not in states_at
            and not text.isupper() and not a_city(text))   # "… Садег Алматыға келді"


def _name_after(doc, index: int, states_at: set[int]) -> list:
    """The capitalised words right after token ``index`` (stop exclusive), at most three."""
    toks = []
    sent = doc.sents[doc.tokens[index - 1].sent] if index > 0 else None
    while index < len(doc.tokens) and sum(t.text not in _PARTICLES for t in toks) < _MAX_NAME:
        tok = doc.tokens[index]
        if sent is not None and tok.sent != sent.index:
            break
        if not toks and _initial(doc, index):
            index += 2          # "Д.Трамппен", "Н.Назарбаев": an initial before the surname
            continue
        if not toks and tok.text.lower() in _HONORIFICS:
            index += 1          # "… министрі шейх Мансур бен Заид Әл Нахаянмен": the honorific after a title
            continue
        if toks and tok.text in _PARTICLES and all(
                k < len(doc.tokens) and _is_name_word(doc.tokens[k], states_at)
                for k in (index + 1, index + 2)):
            toks.append(tok)    # "Тәмим бен Хамад Әл Тәни": a particle inside an Arab name
            index += 1
            continue
        if not _is_name_word(tok, states_at) or toks and _latin(tok.text) != _latin(toks[-1].text):
            break               # "Ги Пармелан Kazinform": an agency's Latin name ends a Cyrillic one
        if toks and tok.text == "Ақ" and index + 1 < len(doc.tokens) \
                and doc.tokens[index + 1].text.lower().startswith("үй"):
            break               # "Дональд Трамп Ақ үйде": the White House, after the name
        toks.append(tok)
        index += 1
        if _ends_name(tok.text) and not _given_name_before_surname(doc, tok, index, states_at):
            break
    toks = [t for t in toks if not t.text.lower().endswith(_PATRONYMIC)]
    if len(toks) == 1 and (len(toks[0].text) <= 2 or _a_title(toks[0].text)):
        return []       # "Ақ үйше", "… ханзадасы Елбасын шақырды": no name, another title
    return toks


def _a_title(word: str) -> bool:
    """A one-word title in any case ("Елбасын", "Елбасының")."""
    low = word.lower()
    return any(word_matches(word, title) or low.startswith(title.lower()) and len(low) - len(title) <= 4
               for title in _one_word_titles())


@lru_cache(maxsize=1)
def _one_word_titles() -> tuple[str, ...]:
    return tuple(words[0] for _, words in patterns("roles.kk.tsv", value_col=1, pattern_col=0) if len(words) == 1)


def _latin(word: str) -> bool:
    """A word in the Latin script (a name in Cyrillic does not go on into one)."""
    return word[:1].isascii()


def _given_name_before_surname(doc, tok, index: int, states_at: set[int]) -> bool:
    """"Дариға Назарбаева": a given name whose end looks like a case ending ("-ға") is
    followed by the surname, which ends the name instead."""
    if tok.text.lower().endswith(_SURNAME_ENDINGS) or index >= len(doc.tokens):
        return False
    nxt = doc.tokens[index]
    return nxt.sent == tok.sent and _is_name_word(nxt, states_at) \
        and nominative(nxt.text).lower().endswith(_SURNAME_ENDINGS)


def _initial(doc, index: int) -> bool:
    """A capital letter and a full stop written against the next word."""
    toks = doc.tokens
    return (index + 2 < len(toks) and len(toks[index].text) == 1 and toks[index].text.isupper()
            and toks[index + 1].text == "." and toks[index + 1].stop == toks[index + 2].start)


def _ends_name(word: str) -> bool:
    """A surname ends the name: a Russian-type surname (Тоқаев, Назарбаевтың) or a word
    with a case ending (Трамппен); the capitalised word after it is not the name's
    ("Қасым-Жомарт Тоқаев Нью-Йоркте")."""
    base = nominative(word)
    return base != word or (len(base) > 4 and base.lower().endswith(_SURNAME_ENDINGS))


def _state_before(doc, title_first: int, states):
    """The state mention within a few tokens before the title, with no punctuation between
    ("Қытай Халық Республикасының Мемлекеттік кеңесінің вице-премьері"); not a locative host."""
    best = None
    for s in states:
        between = doc.tokens[s.last:title_first]
        reach = _OWNER_REACH if _owner(doc, s) and not _titled_between(between) else _STATE_REACH
        if not title_first - reach <= s.last <= title_first:
            continue
        if _oblique(s):
            best = None     # "Қытай делегациясын Астанада Премьер-министрдің орынбасары": a venue parts them
            continue
        if (not s.locative and not _invited_by(between)
                and all(t.text[:1].isalnum() for t in between)
                and not ("\n" in doc.text[s.start:doc.tokens[title_first].start]
                         and any(_a_title(t.text) for t in between))):   # the headline's own title
            if best is not None and s.last == title_first and _ENVOY.match(doc.tokens[title_first].text) \
                    and _owner(doc, best):
                continue    # "Үндістан Республикасының ҚР Елшісі": India's envoy to Kazakhstan
            best = s
    return best


def _invited_by(between) -> bool:
    """"Қытай тарапының шақыруымен Премьер-министр орынбасары …": the state that invited him is
    not his."""
    return any(t.text.lower().startswith("шақыру") for t in between)


def _oblique(s) -> bool:
    """A state in the dative, ablative, instrumental or accusative ("Ауғанстанға жұмыс сапарымен
    барған Премьер-Министрдің орынбасары"), or a capital in the locative ("Бейжіңде Премьер-
    министр орынбасары"), is where a man went, whom he met or where, not whose title he holds."""
    rest = s.text[form_cover(s.text, f"{s.code}\t{s.kind}"):].lower().lstrip("-")
    return bool(rest) and (s.kind in ("name", "abbr") and rest.endswith(_OBLIQUE)
                           or s.kind == "capital" and rest.endswith(_OBLIQUE + _AT))


_OBLIQUE = ("ға", "ге", "қа", "ке", "на", "не", "нан", "нен", "дан", "ден", "тан", "тен",
            "мен", "бен", "пен", "ны", "ні", "ды", "ді", "ты", "ті")
_AT = ("да", "де", "та", "те")      # the plain locative, a venue ("Мәскеудегі елшісі" is a host)


def _titled_between(toks) -> bool:
    """Another title between the state and this one ("Кореяның … губернаторы Ким Тхе Хыммен
    кездескен Алматы әкімі"): the state is that title's, not this one's."""
    return any(_a_title(t.text) for t in toks[1:])


def _owner(doc, s) -> bool:
    """The state is named in the genitive, itself or by the words of its full name after it
    ("Иран Ислам Республикасының")."""
    toks = doc.tokens[s.last - 1:s.last + 2]
    return any(t.text.lower().endswith(GENITIVE) and t.text[:1].isupper() for t in toks[:1]) or any(
        t.text.lower().startswith("республика") and t.text.lower().endswith(GENITIVE) for t in toks[1:])


def _titled(doc, states) -> list[_Person]:
    states_at = {i for s in states if s.kind != "leader" for i in range(s.first, s.last)}
    found = []
    titles = find_all(doc, patterns("roles.kk.tsv", value_col=1, pattern_col=0))
    ending_at = {t.last: t for t in titles}
    for m in titles:
        words = _name_after(doc, m.last, states_at) or _name_set_off_before(doc, m.first, states_at) \
            or _named_next(doc, m, states_at)
        if len(words) >= 3 and _a_place(doc, words[-1]):
            words = words[:-1]      # "Мұрат Нұртілеу Жетісу облысына": the place after a full name
        if not words or _a_place(doc, words[-1]):
            continue
        m = _first_of_stacked(doc, m, ending_at)
        surname = nominative(words[-1].text)
        name = " ".join([w.text for w in words[:-1]] + [surname])
        states = [s for s in states if s.kind != "leader"]
        inner = [s.code for s in states if m.first <= s.first < m.last and not s.locative]
        known = leaders().get(surname.lower())
        if known and len(words) == 1:
            name = known[0]         # "Д.Трамппен": the well-known leader's full name
        before = None if inner else _state_before(doc, m.first, states)
        country = ((inner[0] if inner else before and before.code)
                   or (known[2] if known else HOME))
        # the role as the text gives it, with the state that qualifies it ("Қырғыз
        # Республикасының Президенті")
        start = doc.tokens[before.first].start if before is not None else m.start
        found.append(_Person(name, surname, doc.text[start:m.stop], _head_of_what(doc, m), country,
                             [[words[0].start, words[-1].stop]]))
    return found


def _head_of_what(doc, m) -> str:
    """"«Роҳи оҳани Тоҷикистон» МУК басшысы": the head of a company is a businessman; of any
    other body, an official."""
    title = doc.text[m.start:m.stop].lower()
    before = " ".join(t.text for t in doc.tokens[max(0, m.first - 3):m.first])
    if title.startswith("басшы") and _COMPANY.search(before):
        return "business"
    return m.value


_COMPANY = re.compile(r"(?<![\w])(?:АҚ|ҰК|МУК|ЖШС|ААҚ|компания\w*|корпорация\w*|холдинг\w*)(?![\w])|[»\"]\s*$")


def _a_place(doc, last) -> bool:
    """"басшысы Нинься-Хуэй провинциясының губернаторымен": capitalised words a place noun
    follows name a place, not the title's holder."""
    nxt = doc.tokens[last.index + 1] if last.index + 1 < len(doc.tokens) else None
    return nxt is not None and nxt.text.lower().startswith(_PLACE_NOUNS)


_PLACE_NOUNS = ("провинция", "облыс", "аудан", "қала", "өңір", "штат", "аймақ", "округ")


def _first_of_stacked(doc, m, ending_at: dict):
    """"Премьер-Министрдің орынбасары – Сыртқы істер министрі Мұрат Нұртілеу", "БАӘ премьер-
    министрінің орынбасары, президент істері жөніндегі министрі": of two titles one person
    holds, the first is the one a reader names him by, with the state written before it.
    (``ending_at``: the document's titles by the token they end at.)"""
    for last in range(max(0, m.first - _BODY_GAP), m.first):
        t = ending_at.get(last)
        between = doc.tokens[last:m.first]
        if t is None or between[0].text not in _STACK_MARKS:
            continue
        if len(between) <= _STACK_GAP and all(x.text in _STACK_MARKS or x.text.islower() for x in between) \
                or _owned_then_body(doc, t, between):
            return t
    return m


def _owned_then_body(doc, first, between) -> bool:
    """"Әзербайжанның Энергетика министрі, Қазақстан-Әзербайжан … комиссиясының төрағасы
    Парвиз Шахбазовпен": a title just after its state's genitive, a comma, then a joint body's
    chair; the body's capitalised name does not part the two titles of one man."""
    owner = doc.tokens[max(0, first.first - 2):first.first]
    return (between[0].text == "," and any(t.text[:1].isupper() and t.text.lower().endswith(GENITIVE) for t in owner)
            and all(x.text[:1].isalnum() for x in between[1:]))


# the marks between two titles one person holds: "орынбасары – Сыртқы істер министрі",
# "орынбасары әрі Сыртқы істер министрі"
_STACK_MARKS = frozenset({",", "–", "—", "-", "әрі"})
_STACK_GAP = 5
_BODY_GAP = 8


def _named_next(doc, m, states_at: set[int]) -> list:
    """"Павлодар облысының әкімі … елшісімен кездесті. Болат Бақауов … шақырды": a lead that
    gives the title alone names its holder by the two words that open the next sentence, a
    surname last."""
    sent = doc.tokens[m.last - 1].sent
    k = next((t.index for t in doc.tokens[m.last:m.last + 80] if t.sent == sent + 1), None)
    if k is None or k + 1 >= len(doc.tokens):
        return []
    first, second = doc.tokens[k], doc.tokens[k + 1]
    if second.sent != first.sent or not (_is_name_word(first, states_at) and _is_name_word(second, states_at)) \
            or not nominative(second.text).lower().endswith(_SURNAME_ENDINGS) or _ends_name(first.text):
        return []
    return [first, second]


def _name_set_off_before(doc, title_first: int, states_at: set[int]) -> list:
    """"Айдос Сарым, ҚР Парламенті Мәжілісінің депутаты:": a name that opens its sentence or
    line, set off by a comma from the title after it (a state and capitalised words between)."""
    k = title_first - 1
    while k >= 0 and title_first - k <= 5 and doc.tokens[k].text != "," and (
            k in states_at or doc.tokens[k].text[:1].isupper()):
        k -= 1
    if k < 2 or doc.tokens[k].text != ",":
        return []
    words = []
    j = k - 1
    while j >= 0 and len(words) < _MAX_NAME and _is_name_word(doc.tokens[j], states_at) \
            and doc.tokens[j].sent == doc.tokens[k].sent:
        words.insert(0, doc.tokens[j])
        j -= 1
    opens = j < 0 or doc.tokens[j].sent != doc.tokens[k].sent or "\n" in doc.text[doc.tokens[j].stop:words[0].start] \
        if words else False
    return words if len(words) >= 2 and opens else []


def _merge(people: list[_Person]) -> list[_Person]:
    by_surname: dict[str, _Person] = {}
    for p in people:
        key = p.surname.lower()
        if key in by_surname:
            by_surname[key].mentions += p.mentions
            if len(p.name) > len(by_surname[key].name):
                by_surname[key].name = p.name
        else:
            by_surname[key] = p
    return list(by_surname.values())


def _more_mentions(doc, people: list[_Person]) -> None:
    """A surname alone elsewhere in the text, in any case, is the same person."""
    known = {p.surname.lower(): p for p in people}
    taken = {tuple(m) for p in people for m in p.mentions}
    for tok in doc.tokens:
        if not tok.text[:1].isupper():
            continue
        p = known.get(nominative(tok.text).lower())
        if p and not any(a <= tok.start < b for a, b in taken):
            p.mentions.append([tok.start, tok.stop])


def _known(doc, people: list[_Person]) -> list[_Person]:
    """Well-known office-holders named without a title ("Қасым-Жомарт Тоқаев пен ...")."""
    have = {p.surname.lower() for p in people}
    found: dict[str, _Person] = {}
    for tok in doc.tokens:
        key = nominative(tok.text).lower() if tok.text[:1].isupper() else ""
        if key in leaders() and key not in have and key not in found:
            name, role_class, state, role = leaders()[key]
            found[key] = _Person(name, name.split()[-1], None, role_class, state, [])
    return people + list(found.values())


def _captioned(doc, states) -> list[_Person]:
    """The speakers a transcript's caption lines name ("Гүлжан Марқабаева, тілші:")."""
    return [_Person(c.name, c.surname, c.role, c.role_class, c.country, [list(c.span)])
            for c in captions(doc, states)]


def _initialled(doc) -> list[_Person]:
    """People named by a glued initial ("М.Чичек бастаған …"), title unknown unless a
    well-known leader's ("Н.Ә.Назарбаев")."""
    out = []
    for i in initialled(doc):
        known = leaders().get(i.surname.lower())
        name, role_class, state, role = known if known else (i.name, "other", None, None)
        out.append(_Person(name, name.split()[-1], role, role_class, state, [list(i.span)]))
    return out


_KAZAKH_LETTERS = re.compile("[ӘҒҚҢӨҰҮҺІәғқңөұүһі]")


def _untitled(doc, states) -> list[_Person]:
    """People named by a given name and a surname alone ("Кездесуге Асқар Сейітов қатысты"); a
    name written with Kazakh letters acts for Kazakhstan, the publishing state."""
    states_at = {k for s in states for k in range(s.first, s.last + 1)}
    return [_Person(u.name, u.surname, None, "other", HOME if _KAZAKH_LETTERS.search(u.name) else None,
                    [list(u.span)]) for u in untitled(doc, states_at)]


def extract(doc, record=None) -> list[Person]:
    states = state_mentions(doc)
    people = _known(doc, _merge(_titled(doc, states) + _captioned(doc, states) + _initialled(doc)
                                + _untitled(doc, states)))
    _more_mentions(doc, people)
    return [Person(name=p.name, role=p.role, role_class=p.role_class, country=p.country,
                   mentions=sorted(p.mentions)) for p in people]
