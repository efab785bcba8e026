"""persons: every named person, with the title the text gives, its role_class and state.

Mentions come from natasha's PER spans (Russian) or from name patterns (English, see
:mod:`.persons_en`). Each mention gets a title from the words before it ("Премьер-министр
Республики Казахстан Олжас Бектенов", "главой МИД России Сергеем Лавровым") or after it
("Виктор Каранкевич, заместитель премьер-министра Беларуси"), found with the title
lexicon of :mod:`.roles`; the state comes from the state mentions inside the title
(:mod:`.states`). Mentions of one person (a surname alone, another case) are merged;
where no title gives the state, coreference rules try ("премьер-министров России и
Белоруссии Михаила Мишустина и Романа Головченко", "российским коллегой"), then
:mod:`.person_states`. A region in a title gives its state and makes a head a regional
one ("Аким Туркестанской области", "Президент Татарстана"); a plural title covers the
untitled pair just named ("Главы государств обсудили"); a person with no title at all
who is a well-known office-holder takes that office.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import Optional

from ..record import Person
from . import roles
from .names import _name_parses, normalize_ru, word_key
from .person_states import STATE_ROLES, fill_countries, parties_of

MAX_WINDOW = 24          # tokens looked at before a name for its title
MAX_GAP = 9              # tokens allowed between a title and the name it belongs to
STATE_KINDS = ("name", "abbr")
_COLLEAGUE = {"коллега", "визави", "colleague", "counterpart"}
_CONNECT = {",", "и", "-", "–", "—", "/", "and", "&"}
_HARD_PUNCT = set(".!?:;•|")
_HOST_PREP = {"в", "во", "при", "to", "in", "at"}
_RU_STOP_POS = {"VERB", "AUX", "PRON", "SCONJ", "ADV", "NUM", "INTJ", "PART"}
_EN_GAP_WORDS = {"of", "the", "and", "for", "on", "’", "'", "s", "region", "province", "oblast",
                 "district", "city", "affairs", "state", "-", "–", "—", ",", "(", ")", "&", "de",
                 "da", "du", "al", "el", "for", "to"}
_GLUED_RU = re.compile(r"(?<=[а-яё])[А-ЯЁ][а-яё]+$")
_OUR = {"наш", "our"}
_COUNTED = {"страна", "государство", "сторона", "республика"}
_EN_SKIP = {"the", "presidential", "acting", "former", "incoming", "outgoing", "interim",
            "then"}                     # "presidential press secretary", "Acting President"
_BUSINESS_HEADS = {"председатель", "президент", "глава", "руководитель", "директор", "гендиректор",
                   "chairman", "chairwoman", "chair", "president", "head", "director", "ceo"}
_REGION_HEADS = {"президент", "глава", "раис", "руководитель", "лидер", "president", "head", "leader"}
_LATIN = re.compile(r"[A-Za-z]")
_OBLIQUE = re.compile(r"(ым|им|ом|ем|ой|ого|ему|ому|а|у|ю|я)$")
_PARTICLES = {"де", "да", "ди", "дель", "делла", "фон", "ван", "дер", "ибн", "бин", "бен", "аль", "ал",
              "эль", "ле", "ла", "du", "de", "da", "di", "von", "van", "der", "bin", "ibn", "al", "el", "le", "la"}
_INITIAL = re.compile(r"^([A-ZА-ЯЁ]|Дж|Ш|Ст|Вл|Th|Ch|Sh)$")
_REGION_NOUNS = {"провинция", "область", "штат", "префектура", "уезд", "округ", "район", "край", "город"}
_PLACE_NOUNS = _REGION_NOUNS | {"порт", "село", "поселок", "деревня", "станция", "аэропорт", "улица",
                                "проспект", "площадь", "аул", "кишлак", "месторождение", "курорт"}
_DATA_NOUNS = {"данные", "оценка", "статистика", "подсчет", "расчет", "информация"}
_CYR_WORD = re.compile(r"^[А-ЯЁа-яё][А-ЯЁа-яё\-]*$")


def _ru_normal(word: str) -> str:
    from .names import _morph
    try:
        return _morph().parse(word.lower())[0].normal_form.replace("ё", "е")
    except Exception:
        return word.lower()


@dataclass
class Title:
    start: int                  # chars of the role text
    stop: int
    role_class: str
    country: Optional[str] = None
    states: list = field(default_factory=list)   # every state named in it, in order
    plural: bool = False
    colleague: bool = False
    host: Optional[str] = None  # "посол в России": the state the person is posted to
    case: Optional[str] = None  # grammatical case of the title's head word
    has_org: bool = False
    our: bool = False           # "Главой нашего государства", "Our President"
    keys: tuple = ()            # the lemmas of the title's words
    head: tuple = (0, 0)        # where in ``keys`` the first title stands


@dataclass
class Mention:
    start: int
    stop: int
    t0: int                     # token range in the view, stop exclusive
    t1: int
    words: list
    title: Optional[Title] = None
    of_mention: Optional["Mention"] = None   # "пресс-секретарь Пашиняна Мане Геворгян"
    person: Optional["_Person"] = None


@dataclass
class _Person:
    mentions: list = field(default_factory=list)
    name_words: list = field(default_factory=list)
    title: Optional[Title] = None
    role_class: str = "other"
    country: Optional[str] = None

    @property
    def keys(self) -> set:
        return {word_key(w) for w in self.name_words}


class View:
    """Per-token facts the title rules read, computed once per document."""

    def __init__(self, doc, tokens, lang: str, state_mentions, org_spans=()):
        self.doc, self.tokens, self.lang = doc, tokens, lang
        self._titles = None
        n = len(tokens)
        lex_words = roles.lexicon(lang).words
        self.keys, self.plural = [], [False] * n
        for i, t in enumerate(tokens):
            k = (t.lemma or t.text.lower()).replace("ё", "е")
            if lang != "ru":
                k = t.text.lower()
                if k not in lex_words and len(k) > 3 and k.endswith("s") and k[:-1] in lex_words:
                    k, self.plural[i] = k[:-1], True
            elif t.feats.get("Number") == "Plur":
                self.plural[i] = True
            self.keys.append(k)
        self.state_id = [0] * n
        self.state_code: list = [None] * n
        self.state_kind: list = [None] * n
        by_start = {t.start: i for i, t in enumerate(tokens)}
        starts = [t.start for t in tokens]
        for sid, sm in enumerate(state_mentions, 1):
            i = by_start.get(sm.start)
            if i is None:
                j = bisect_right(starts, sm.start) - 1   # the token the mention starts inside
                i = j if j >= 0 and sm.start < tokens[j].stop else None
            if i is None:
                continue
            while i < n and tokens[i].start < sm.stop:
                self.state_code[i], self.state_kind[i] = sm.code, sm.kind
                if sm.kind in STATE_KINDS:
                    self.state_id[i] = sid
                i += 1
        self.org = [False] * n
        for sp in org_spans:
            for t in getattr(sp, "tokens", ()):
                i = by_start.get(t.start)
                if i is not None:
                    self.org[i] = True
        self.skip = [self._skippable(i) for i in range(n)]
        self.mention_at: list = [None] * n
        text = doc.text
        self.newline_before = [i > 0 and "\n" in text[tokens[i - 1].stop:tokens[i].start]
                               for i in range(n)]
        self.start_at = [t.start for t in tokens]
        self.by_id = {t.id: t for t in tokens if getattr(t, "id", "")}
        if lang == "ru":
            for i in range(1, n - 1):            # "во главе с Раисом": "led by", not a title
                if self.keys[i] == "глава" and self.keys[i - 1] in ("во", "в") and self.keys[i + 1] in ("с", "со"):
                    self.keys[i] = "во_главе"
            for i, t in enumerate(tokens):       # "ОбществоМинистр": a word glued by scraping
                g = _GLUED_RU.search(t.text)
                if g:
                    self.keys[i] = _ru_normal(t.text[g.start():])
                    self.start_at[i] = t.start + g.start()
                    self.newline_before[i] = True

    def _skippable(self, i: int) -> bool:
        t = self.tokens[i]
        if self.state_kind[i] in ("adj", "demonym"):
            return True
        if self.lang == "ru":
            return t.pos in ("ADJ", "DET")
        return self.keys[i] in _EN_SKIP

    def all_titles(self) -> list:
        """Every title of the whole text, found once (the bare and plural title rules share it)."""
        if self._titles is None:
            self._titles = roles.find_titles(self.lang, self.keys, self.state_id, self.skip)
        return self._titles

    def is_cap(self, i: int) -> bool:
        return self.tokens[i].text[:1].isupper()


# ---------------------------------------------------------------- titles

def _hard_stop(v: View, i: int) -> bool:
    t = v.tokens[i]
    if t.text in _HARD_PUNCT or "\n" in v.doc.text[t.start:t.stop]:
        return True
    if v.lang == "ru":
        if t.pos == "NUM" and i + 1 < len(v.tokens) and v.keys[i + 1] in _COUNTED:
            return False                  # "министры энергетики трех стран"
        if t.pos in _RU_STOP_POS and v.keys[i] not in roles.lexicon("ru").words:
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


def _link_ok(v: View, a: int, b: int) -> bool:
    """Tokens [a, b) between two titles of one chain: empty (a complement, "полпред
    президента"), or a coordination / apposition ("вице-премьер и министр",
    "министр энергетики РФ, сопредседатель") over genitive complements and states."""
    if a >= b:
        return True
    has_conn = False
    for i in range(a, b):
        t = v.tokens[i]
        if v.keys[i] in _CONNECT:
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


def _state_before_portfolio(v: View, s: int) -> int:
    """English puts the state before a capitalised portfolio ("Tajik Finance Minister",
    "Uzbek Energy Minister"): reach back over up to three such words to a state word."""
    k, sent = s, v.tokens[s].sent
    while k > 0 and s - k < 3 and v.tokens[k - 1].sent == sent and v.is_cap(k - 1) \
            and v.mention_at[k - 1] is None and not v.state_code[k - 1] and not v.newline_before[k]:
        k -= 1
    if k == s or k == 0 or not v.state_code[k - 1] or v.tokens[k - 1].sent != sent \
            or v.mention_at[k - 1] is not None:
        return s
    k -= 1
    while k > 0 and v.state_code[k - 1] and v.state_id[k - 1] == v.state_id[k]:
        k -= 1
    return k


def _title_from(v: View, chain: list, end: int) -> Title:
    """Build a title from a chain of matches (sequence positions) ending before token ``end``."""
    first = chain[0]
    s = first.start
    while s > 0 and v.skip[s - 1] and v.tokens[s - 1].sent == v.tokens[first.start].sent \
            and v.mention_at[s - 1] is None and not v.newline_before[s]:
        s -= 1                                            # "Первый заместитель", "Kazakh"
    if v.lang != "ru":
        s = _state_before_portfolio(v, s)                 # "Tajik Finance Minister"
        k = s                                             # "Kazakhstan's Minister of Trade"
        while k > 0 and v.keys[k - 1] in ("s", "’s", "'s", "’", "'"):
            k -= 1
        if k < s and k > 0 and v.state_code[k - 1] and v.tokens[k - 1].sent == v.tokens[s].sent:
            k -= 1
            while k > 0 and v.state_code[k - 1] and v.state_id[k - 1] == v.state_id[k]:
                k -= 1
            s = k
    e = end
    honor = _honorifics(v.lang)
    while e > chain[-1].stop and (v.tokens[e - 1].text in _CONNECT or v.tokens[e - 1].text in "(«\"“"
                     or v.tokens[e - 1].text in honor):     # "Emir of Qatar Sheikh"
        e -= 1
    seg_end = chain[1].start if len(chain) > 1 else e
    codes, host = [], None
    first_seg = []
    for i in range(s, e):
        c = v.state_code[i]
        if not c or (i > s and v.state_code[i - 1] == c and v.state_id[i] == v.state_id[i - 1]
                     and v.state_kind[i] == v.state_kind[i - 1] and v.state_id[i]):
            continue
        if i > 0 and v.keys[i - 1] in _HOST_PREP:
            host = host or c
            continue
        codes.append(c)
        if i < seg_end:
            first_seg.append(c)
    if not codes:                  # "Спикер Мажилиса", "Chairman of the State Duma"
        body = roles.body_state(v.lang, [t.text for t in v.tokens[s:e]])
        if body:
            codes = first_seg = [body]
    country = first_seg[0] if first_seg else (codes[0] if codes else None)
    role_class = first.role_class
    if not codes:
        # "Аким Туркестанской области", "Президент Татарстана": a region's head, its state
        reg = _region_in(v, s, e)
        if reg is None and role_class == "regional_head":
            # "делегацию Республики Татарстан во главе с Раисом республики": named before
            a = s
            while a > 0 and v.tokens[a - 1].sent == v.tokens[s].sent:
                a -= 1
            reg = _region_in(v, a, s, last=True)
        if reg is None and role_class == "regional_head" and v.lang == "ru" \
                and any(v.keys[i] == "край" for i in range(s, e)):
            reg = (s, "RUS")                # "Губернатор Приморского края": a "край" is Russian
        if reg is not None:
            country = reg[1]
            if reg[0] <= first.stop + 1 and role_class in ("head_of_state", "other_official") \
                    and v.keys[first.start] in _REGION_HEADS:
                role_class = "regional_head"
    if not codes and first.size == 1 and v.keys[first.start] in _BUSINESS_HEADS \
            and role_class in ("head_of_state", "other_official"):
        org = _org_kind(v, first, e)
        if org == "company":
            role_class = "business"
        elif org == "public" or v.lang != "ru" and _org_before(v, first.start):
            role_class = "other_official"      # "European Commission President", "EBRD President"
    elif role_class == "business" and not codes and _org_kind(v, first, e) == "public":
        role_class = "other_official"          # "председатель правления Национального банка"
    if role_class == "other_official" and first.size == 1 and v.keys[first.start] in _BUSINESS_HEADS \
            and any(v.keys[i] in _parliaments(v.lang)
                    or v.tokens[i].text.lower().startswith(roles.parliament_stems(v.lang))
                    for i in range(first.stop, e)):
        role_class = "parliament"              # "Председатель Лок Сабхи (нижней палаты Парламента)"
    head = v.tokens[first.start]
    toks = v.tokens
    our = any(v.keys[i] in _OUR for i in range(max(0, s - 1), e))
    return Title(start=v.start_at[s], stop=toks[e - 1].stop, role_class=role_class,
                 country=country, states=list(dict.fromkeys(codes)),
                 plural=v.plural[first.start], host=host,
                 case=head.feats.get("Case") if v.lang == "ru" else None,
                 has_org=any(v.org[i] for i in range(s, e)), our=our,
                 keys=tuple(v.keys[s:e]), head=(first.start - s, first.stop - s))


@lru_cache(maxsize=4)
def _parliaments(lang: str) -> frozenset:
    """Words naming a parliament ("парламент", "сенат", "majlis"): the bodies of the lexicon's
    "председатель X" / "chairman of the X" parliament titles, less the ambiguous ones."""
    out = set()
    for entries in roles.lexicon(lang).index.values():
        for e in entries:
            if e.role_class == "parliament" and e.items[0] in _BUSINESS_HEADS:
                rest = [w for w in e.items[1:] if w not in ("of", "the")]
                if len(rest) == 1:
                    out.add(rest[0])
    return frozenset(out - {"палата", "собрание", "ассамблея", "конгресс", "assembly", "chamber",
                            "congress", "house", "council"})


@lru_cache(maxsize=4)
def _honorifics(lang: str) -> frozenset:
    """Words of address between a title and a name ("Emir of Qatar Sheikh", "шейха")."""
    if lang == "ru":
        words = roles.marked_words("ru", "@honorific")
        return words | frozenset(w.capitalize() for w in words)
    from .persons_en import _lists
    return frozenset(_lists()["honorific"])


def _org_before(v: View, i: int) -> list[int]:
    """English capitalised words naming an organisation just before a title ("ACWA Power
    chairman", "European Commission President"); not a state, a name or a sentence start."""
    out = []
    k = i - 1
    while k >= 0 and i - k <= 4 and v.is_cap(k) and v.mention_at[k] is None and not v.state_code[k] \
            and v.tokens[k].sent == v.tokens[i].sent and v.keys[k] not in roles.lexicon(v.lang).words:
        out.append(k)
        k -= 1
    if out and (k < 0 or v.tokens[k].sent != v.tokens[i].sent) and len(out) == 1:
        return []                      # "Chairman Li said": a sentence-initial word
    return out


def _org_kind(v: View, first, e: int) -> str | None:
    """"председатель правления АО «...»", "ACWA Power chairman", "CEO of X Group": the
    organisation the head leads is a company ("company") where it is named with a company
    word, and a public or international body ("public") where with a public-body word."""
    words = list(range(first.stop, e))
    if v.lang != "ru":                 # English puts the organisation before the head too
        words += _org_before(v, first.start)
    keys = {v.keys[i] for i in words}
    if keys & roles.company_words(v.lang, "@notcompany"):
        return "public"
    if keys & roles.company_words(v.lang):
        return "company"
    return None


def _region_in(v: View, a: int, b: int, last: bool = False) -> tuple[int, str] | None:
    """The first (or last) region or city of tokens [a, b) not after "в"/"in" (a posting,
    not a region's office), as (token index, state code). The region lexicon is the one
    the commitment cues keep (``modality.<lang>.tsv``, kind region)."""
    try:
        from .quotes import lexicon as cue_lexicon
        lex = cue_lexicon(v.lang)
    except Exception:
        return None
    for i in (range(b - 1, a - 1, -1) if last else range(a, b)):
        t = v.tokens[i]
        if not t.text[:1].isupper() or len(t.text) < 3:
            continue
        if i > 0 and v.keys[i - 1] in _HOST_PREP:
            continue
        code = lex.region(t.text) or (v.lang == "ru" and lex.region(v.keys[i]))
        if code:
            return i, code
    return None


def title_before(v: View, m: Mention) -> tuple[Optional[Title], Optional[Mention]]:
    """The title standing before a name, and the person it is relative to, if any
    ("пресс-секретарь Пашиняна")."""
    t0 = m.t0
    of = None
    if t0 > 0 and v.mention_at[t0 - 1] is not None and v.mention_at[t0 - 1] is not m:
        prev = v.mention_at[t0 - 1]
        if v.lang == "ru" and v.tokens[prev.t0].feats.get("Case") == "Gen":
            of, t0 = prev, prev.t0
    w0 = _window_start(v, t0)
    if w0 >= t0:
        return None, None
    keys, st, sk = v.keys[w0:t0], v.state_id[w0:t0], v.skip[w0:t0]
    found = roles.find_titles(v.lang, keys, st, sk)
    chain: list = []
    end = t0 - w0
    for mt in reversed(found):
        if not chain:
            if end - mt.stop > MAX_GAP or (of is not None and mt.stop != end):
                continue
            if v.lang == "ru" and any(v.keys[w0 + k] == "," and not _in_state_list(v, w0 + k)
                                      for k in range(mt.stop, end)) \
                    and not _genitive_list(v, w0 + mt.stop, w0 + end):
                continue
        elif not _link_ok(v, w0 + mt.stop, w0 + chain[0].start):
            break
        chain.insert(0, mt)
    if not chain:
        # "российским коллегой Дмитрием Медведевым", "his Turkish counterpart"
        j = t0 - 1
        if j >= w0 and v.keys[j] in _COLLEAGUE:
            mt = roles.TitleMatch(j - w0, j - w0 + 1, "other", 1)
            t = _title_from(v, [_abs(mt, w0)], t0)
            t.colleague = True
            return t, None
        return None, None
    t = _title_from(v, [_abs(c, w0) for c in chain], t0)
    if of is not None:
        t.stop = of.stop                   # "пресс-секретарь Пашиняна"
    return t, of


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


def _in_state_list(v: View, i: int) -> bool:
    """A comma between two states ("министры энергетики Кыргызстана, Казахстана и ...")."""
    return 0 < i < len(v.tokens) - 1 and bool(v.state_code[i - 1]) and bool(v.state_code[i + 1])


def _abs(mt, w0: int):
    return roles.TitleMatch(mt.start + w0, mt.stop + w0, mt.role_class, mt.size)


def title_after(v: View, m: Mention) -> Optional[Title]:
    """"Виктор Каранкевич, заместитель премьер-министра Беларуси", "X, the Secretary of Y"."""
    n = len(v.tokens)
    i = m.t1
    if i >= n or v.tokens[i].text not in {",", "-", "–", "—", "("}:
        return None
    i += 1
    sent = v.tokens[m.t0].sent
    j = i
    while j < n and j < i + 3 and (v.skip[j] or v.keys[j] in ("the", "a")) and v.tokens[j].sent == sent:
        j += 1
    if j >= n or v.tokens[j].sent != sent:
        return None
    e = j
    while e < n and e < j + MAX_WINDOW and v.tokens[e].sent == sent and v.mention_at[e] is None \
            and v.tokens[e].text not in {",", ")", ":", ";", ".", "—", "–"} and not _hard_stop(v, e):
        e += 1
    mt = roles.match_at(v.lang, v.keys, v.state_id, v.skip, j, limit=e)
    if mt is None:
        return None
    found = [mt] + [_abs(x, mt.stop) for x in
                    roles.find_titles(v.lang, v.keys[mt.stop:e], v.state_id[mt.stop:e], v.skip[mt.stop:e])]
    t = _title_from(v, found[:1], e)
    t.start = v.tokens[i].start if v.skip[i] else v.tokens[j].start
    return t


# ---------------------------------------------------------------- mentions (Russian)

_NAME_TOKEN = re.compile(r"^[A-ZА-ЯЁ][\w'’\-]*$|^(аль|ал|ас|ад|ан|ар|аш|эль|ибн|бин|ван|фон|де|дер|ла|ле)-[А-ЯЁ][\w\-]*$|^(ибн|бин|бен|аль|ал|де|да|ван|фон|дер|ду|ла|ле)$")


# a capitalised compound adjective ("Российско-китайский", "Казахстанско-узбекской"): never a name
_COMPOUND_ADJ = re.compile(r"^[А-ЯЁ][а-яё]+о-[а-яё]+(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|ую|ых|ым|им|ыми|ими|ей|ом)$")


def _span_tokens_ok(toks) -> bool:
    return any(_NAME_TOKEN.match(t.text) and t.text[:1].isupper() for t in toks)


def _ru_mentions(doc, v: View, states) -> list[Mention]:
    text = doc.text
    idx = {t.start: i for i, t in enumerate(v.tokens)}
    lex_words = roles.lexicon("ru").words
    spans = sorted((s for s in doc.spans if s.type == "PER"), key=lambda s: s.start)
    groups: list[list[int]] = []
    for ti in _loc_tails(v, doc.spans, idx):
        spans.append(SimpleNamespace(start=v.tokens[ti[0]].start, tokens=[v.tokens[i] for i in ti]))
    spans.sort(key=lambda s: s.start)
    for sp in spans:
        ti = [idx[t.start] for t in sp.tokens if t.start in idx]
        if not ti:
            continue
        prev_tok = v.tokens[groups[-1][-1]] if groups else None
        if groups and ti[0] == groups[-1][-1] + 1 and re.search(r"\w$", prev_tok.text) \
                and not text[prev_tok.stop:v.tokens[ti[0]].start].strip() \
                and _one_name(prev_tok.text, v.tokens[ti[0]].text):
            groups[-1].extend(ti)          # natasha split or glued two names: re-cut below
        else:
            groups.append(ti)
    groups = _refind(v, groups)
    surnames = {word_key(v.tokens[sp_t[-1]].text) for sp_t in groups if len(sp_t) >= 2}
    out = []
    end_of_text = len(text.rstrip())
    truncated = not text.rstrip().endswith(tuple(".!?»\"”)…"))
    pieces = []
    for g in groups:
        # titles and punctuation natasha put inside the span ("Пресс-секретарь Пашиняна")
        for g in _cut_at_punct(v, g):
            while g and (v.keys[g[0]] in lex_words and len(v.keys[g[0]]) > 2
                         or not v.tokens[g[0]].text[:1].isupper()
                         and not (v.keys[g[0]] in _PARTICLES and len(g) > 1)):
                g = g[1:]
            if g:
                pieces.append(g)
    for g in pieces:
        if len(g) >= 4 and g[0] > 0 and v.keys[g[0] - 1] in _REGION_NOUNS and not _name_parses(
                v.tokens[g[0]].text.lower()):
            g = g[1:]           # "провинции Лаокай Нгуен Ван Тхань": the region's name goes first
        for part in _split_by_case(v, g, surnames):
            toks = [v.tokens[i] for i in part]
            if not _span_tokens_ok(toks):
                continue
            if truncated and toks[-1].stop >= end_of_text:
                continue                                   # "Жа", "Росси": cut-off text
            if any(v.state_code[i] and v.state_kind[i] in ("name", "abbr", "capital") for i in part):
                continue
            if all(t.text.isupper() and len(t.text) > 1 for t in toks):
                continue
            if any(_COMPOUND_ADJ.match(t.text) for t in toks):
                continue                    # "Российско-вьетнамской комиссии" in a headline
            m = Mention(toks[0].start, toks[-1].stop, part[0], part[-1] + 1, [])
            out.append(m)
    out = _drop_body_names(v, out, lex_words)
    for m in out:
        for i in range(m.t0, m.t1):
            v.mention_at[i] = m
    return out


def _refind(v: View, groups: list[list[int]]) -> list[list[int]]:
    """"Президент X Реджеп Тайип Эрдоган ... переговоры Реджепа Тайипа Эрдогана": natasha
    may miss one occurrence of a full name it finds elsewhere; the same words (any case
    ending) as a full name found once are that name again. One pass over the tokens."""
    covered = {i for g in groups for i in g}
    by_prefix: dict = {}
    for g in groups:
        words = [v.keys[i] if v.lang != "ru" else word_key(v.tokens[i].text) for i in g]
        if len(g) < 2 or not all(v.tokens[i].text[:1].isupper() and v.tokens[i].text.isalpha()
                                 for i in g):
            continue
        by_prefix.setdefault(words[0][:4], set()).add(tuple(words))
    if not by_prefix:
        return groups
    toks, n, added = v.tokens, len(v.tokens), []
    i = 0
    while i < n:
        cands = by_prefix.get(word_key(toks[i].text)[:4]) if i not in covered else None
        hit = None
        for words in cands or ():
            j = i + len(words)
            if j <= n and all(k not in covered and toks[k].text[:1].isupper() and not v.state_code[k]
                              and toks[k].sent == toks[i].sent
                              and _stem_match(word_key(toks[k].text), w)
                              for k, w in zip(range(i, j), words)):
                hit = list(range(i, j))
                break
        if hit:
            added.append(hit)
            i = hit[-1] + 1
        else:
            i += 1
    if not added:
        return groups
    return sorted(groups + added, key=lambda g: g[0])


def _drop_body_names(v: View, out: list, lex_words) -> list:
    """"с Председателем Лок Сабхи (нижней палаты) Республики Индия Ом Бирлой": a "name" right
    after a title word, followed by the title's complement (a state, genitives, brackets)
    and then another name, names the body the title heads, not a person."""
    drop = set()
    for k, m in enumerate(out[:-1]):
        h = m.t0 - 1
        if h < 0 or v.keys[h] not in lex_words:
            continue
        nxt = out[k + 1]
        gap = range(m.t1, nxt.t0)
        if not 0 < len(gap) <= 10 or v.tokens[nxt.t0].sent != v.tokens[m.t0].sent \
                or not any(v.state_code[i] for i in gap):
            continue
        if all(v.state_code[i] or v.tokens[i].text in "()" or v.tokens[i].pos == "ADJ"
               or v.tokens[i].pos in ("NOUN", "PROPN") and v.tokens[i].feats.get("Case") == "Gen"
               for i in gap):
            drop.add(k)
    if not drop:
        return out
    bodies = [[word_key(v.tokens[i].text) for i in range(out[k].t0, out[k].t1)] for k in drop]
    for k, m in enumerate(out):      # "между Сенатом и Лок Сабхой": the body named again
        keys = [word_key(v.tokens[i].text) for i in range(m.t0, m.t1)]
        if any(len(b) == len(keys) and all(_stem_match(x, y) for x, y in zip(b, keys)) for b in bodies):
            drop.add(k)
    return [m for k, m in enumerate(out) if k not in drop]


def _loc_tails(v: View, spans, idx: dict) -> list[list[int]]:
    """"Республики Вьетнам Буй Тхань Шона": natasha ran a name on into the state before it;
    the animate proper nouns after the state's last word are a name."""
    out = []
    for sp in spans:
        if sp.type != "LOC":
            continue
        ti = [idx[t.start] for t in sp.tokens if t.start in idx]
        last = max((k for k, i in enumerate(ti) if v.state_code[i]), default=None)
        tail = ti[last + 1:] if last is not None else []
        if tail and all(v.tokens[i].text[:1].isupper() and not v.state_code[i]
                        and v.tokens[i].feats.get("Animacy") == "Anim" for i in tail):
            out.append(tail)
    return out


def _cut_at_punct(v: View, g: list[int]) -> list[list[int]]:
    """"Джордж Х. Кинг (George H. King)" is two mentions; initials' dots and hyphens stay."""
    out, cur = [], []
    for i in g:
        t = v.tokens[i].text
        if cur and (v.newline_before[i] or v.tokens[i].sent != v.tokens[cur[-1]].sent):
            out.append(cur)                     # a name never crosses a line or sentence end
            cur = []
        if re.search(r"\w", t):
            cur.append(i)
        elif t == "." and cur and not _INITIAL.match(v.tokens[cur[-1]].text):
            out.append(cur)                     # "... заявил Хан Дук Су. Арипов": not one name
            cur = []
        elif t not in (".", "-", "‐"):
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _one_name(left: str, right: str) -> bool:
    """Two PER spans side by side are one name when the second goes on with a patronymic
    ("Касым-Жомартом | Кемелевичем Токаевым") or the two words can share a case
    ("Пашиняна Мане | Геворгян", re-cut by case below); not "Януса | Вертинский"."""
    from .names import _name_parses, is_patronymic
    if not (_CYR_WORD.match(left) and _CYR_WORD.match(right)):
        return False
    if is_patronymic(right):
        return True
    a = {c for c, _, _, _ in _name_parses(left.lower())}
    b = {c for c, _, _, _ in _name_parses(right.lower())}
    if not b:                       # an unknown surname: after a first name in the nominative
        return "nomn" in a and not _OBLIQUE.search(right.lower())
    return bool(a and a & b)


def _common_word(word: str) -> bool:
    """A word pymorphy knows only as a common noun ("Фото", "Глава"): not part of a name."""
    from .names import _morph
    try:
        parses = _morph().parse(word.lower())
    except Exception:
        return False
    known = [q for q in parses if q.methods_stack[0][0].__class__.__name__ == "DictionaryAnalyzer"]
    return bool(known) and not any({"Name", "Surn", "Patr", "Geox", "Orgn"} & q.tag.grammemes
                                   for q in known)


def _split_by_case(v: View, g: list[int], surnames: set) -> list[list[int]]:
    """A run glued from two names ("Пашиняна Мане Геворгян") is cut where the case changes
    after a first word in the genitive (the one the second is relative to); a single name
    is kept whole, also where the tagger gives its words mixed cases ("Буй Тхань Шона")."""
    if len(g) < 3:
        return [g]
    from .names import _name_parses
    cases = [v.tokens[i].feats.get("Case") for i in g]

    def first_name(i: int) -> bool:
        return any("Name" in gram for _, _, gram, _ in _name_parses(v.tokens[i].text.lower()))
    if cases[0] == "Gen" and all(c and c != cases[0] for c in cases[1:]) and len(set(cases[1:])) == 1 \
            and first_name(g[1]) and (not first_name(g[0]) or any(
                _stem_match(word_key(v.tokens[g[0]].text), k) for k in surnames if k != word_key(v.tokens[g[-1]].text))):
        return [g[:1], g[1:]]
    return [g]


# ---------------------------------------------------------------- merging into persons

def _stem_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    return len(a) >= 4 and b.startswith(a) and len(b) - len(a) <= 2 or (
        len(a) >= 5 and a[:-1] == b[:len(a) - 1] and abs(len(a) - len(b)) <= 2
        and a[-1] in "аяуюеио" and b[-1] in "аяуюеиоймь")


def _group(mentions: list[Mention]) -> list[_Person]:
    persons: list[_Person] = []
    multi = [m for m in mentions if len(m.words) >= 2]
    single = [m for m in mentions if len(m.words) == 1]
    for m in multi:
        last = word_key(m.words[-1])
        first = word_key(m.words[0])
        target = None
        for p in persons:
            pk = [word_key(w) for w in p.name_words]
            if _stem_match(pk[-1], last) and (_stem_match(pk[0], first) or pk[0][:1] == first[:1]
                                              or len(pk) > len(m.words)   # "Тхань Шон" of "Буй Тхань Шон"
                                              and _stem_match(pk[-len(m.words)], first)):
                target = p
                break
        if target is None:
            target = _Person(name_words=list(m.words))
            persons.append(target)
        target.mentions.append(m)
        m.person = target
    for m in single:
        k = word_key(m.words[0])
        cands = [p for p in persons if len(p.name_words) >= 2 and _stem_match(word_key(p.name_words[-1]), k)]
        if not cands:
            cands = [p for p in persons if any(_stem_match(word_key(w), k) for w in p.name_words)]
        if cands:
            # the nearest person named before this mention, else the first
            before = [p for p in cands if p.mentions[0].start < m.start]
            target = max(before, key=lambda p: max(x.start for x in p.mentions if x.start < m.start)) \
                if before else cands[0]
        else:
            target = _Person(name_words=list(m.words))
            persons.append(target)
        target.mentions.append(m)
        m.person = target
    for p in persons:
        p.mentions.sort(key=lambda x: x.start)
    persons.sort(key=lambda p: p.mentions[0].start)
    return persons


def _pair_coordinated(v: View, mentions: list[Mention]) -> None:
    """"премьер-министров России и Белоруссии Михаила Мишустина и Романа Головченко",
    "the heads of state, Alexander Lukashenko and Xi Jinping": a plural title, then
    coordinated names; each name takes the title, and where the title names as many
    states as there are names, the state in the same place."""
    ms = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ms):
        t = m.title
        if t is None or t.colleague or not (len(t.states) >= 2 or t.plural):
            continue
        run = [m]
        for nxt in ms[k + 1:]:
            gap = [v.keys[i] for i in range(run[-1].t1, nxt.t0)]
            if gap and all(g in (",", "и", "and") for g in gap) and nxt.title is None:
                run.append(nxt)
            else:
                break
        if len(run) < 2:
            continue
        paired = len(run) == len(t.states)
        for i, r in enumerate(run):
            code = t.states[i] if paired else (t.country if len(t.states) == 1 else None)
            r.title = replace(t, country=code, plural=True, host=None)


def _resolve(persons: list[_Person], v: View) -> None:
    for p in persons:
        titled = [m for m in p.mentions if m.title is not None]
        real = [m for m in titled if not m.title.colleague and m.title.role_class != "other"]
        best = real[0] if real else (titled[0] if titled else None)
        if best is not None:
            p.title = best.title
            p.role_class = best.title.role_class
        for m in titled:
            if m.title.country and not (m.title.colleague and m is not best and best and best.title.country):
                p.country = m.title.country if p.country is None else p.country
        if best is not None and best.title.country:
            p.country = best.title.country
    # colleagues: the class of the person they are the counterpart of
    for p in persons:
        if p.title is not None and p.title.colleague and p.role_class == "other":
            m0 = next(m for m in p.mentions if m.title is p.title)
            sent = v.tokens[m0.t0].sent
            partners = [q for q in persons if q is not p and q.role_class != "other"
                        and any(v.tokens[m.t0].sent == sent for m in q.mentions)]
            if partners:
                p.role_class = partners[0].role_class
    # relative titles: "пресс-секретарь Пашиняна" acts for Пашинян's state
    for p in persons:
        if p.country is None:
            for m in p.mentions:
                if m.of_mention is not None and m.of_mention.person is not None \
                        and m.of_mention.person.country:
                    p.country = m.of_mention.person.country
                    break


def _name_of(p: _Person, text: str = "") -> str:
    """The commonest full form; a form the text writes as it is (a nominative mention)
    outweighs one rebuilt from an oblique case."""
    multi = [m.words for m in p.mentions if len(m.words) >= 2]
    if multi:
        counts: dict = {}
        for m in p.mentions:
            if len(m.words) >= 2:
                w = tuple(m.words)
                verbatim = " ".join(text[m.start:m.stop].split()) == " ".join(w)
                counts[w] = counts.get(w, 0) + 1 + 0.5 * verbatim
        best = max(counts.items(), key=lambda kv: (kv[1], -multi.index(list(kv[0]))))[0]
        return " ".join(best)
    return p.name_words[0] if p.name_words else ""


def _plural_titles(v: View, mentions: list[Mention]) -> None:
    """"... разговор с Президентом Кыргызстана Садыром Жапаровым. Главы государств
    обсудили ...", "Переговоры Лукашенко и Назарбаева ... Также президенты откроют":
    a plural title standing for the two people just named gives its class to the one
    of them the text gives no title."""
    taken = [(m.title.start, m.title.stop) for m in mentions if m.title is not None]
    for mt in v.all_titles():
        head = v.tokens[mt.start]
        if not v.plural[mt.start] or mt.role_class not in STATE_ROLES \
                or any(a <= head.start < b for a, b in taken):
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


def _after_the(v: View, i: int) -> bool:
    """English: the title at token i follows "the" (adjectives may stand between)."""
    k = i - 1
    while k >= 0 and v.skip[k] and v.keys[k] != "the":
        k -= 1
    return k >= 0 and v.keys[k] == "the"


def _bare_titles(v: View, mentions: list[Mention]) -> None:
    """A title with no name that speaks or acts ("— уточнил азербайджанский лидер",
    "The Prime Minister of the Republic of Kazakhstan also expressed") is the one person
    without a title named in that sentence or the one before."""
    taken = [(m.title.start, m.title.stop) for m in mentions if m.title is not None]
    n = len(v.tokens)
    unnamed: set = set()         # titles already used for someone the text does not name
    for mt in v.all_titles():
        head = v.tokens[mt.start]
        if any(a <= head.start < b for a, b in taken):
            continue
        key = v.keys[mt.start]
        seen, _ = key in unnamed, unnamed.add(key)
        if seen or v.plural[mt.start] or mt.role_class not in STATE_ROLES | {"parliament", "regional_head"}:
            continue
        if v.lang == "ru":
            if head.feats.get("Case") != "Nom" or head.feats.get("Number") == "Plur":
                continue
            gov = v.by_id.get(head.head_id)
            if head.rel != "nsubj" or gov is None or gov.rel not in ("root", "parataxis", "conj"):
                continue
        else:
            if not _after_the(v, mt.start):
                continue
        e = mt.stop
        while e < n and e < mt.stop + 8 and v.tokens[e].sent == head.sent and v.mention_at[e] is None \
                and (v.state_code[e] or v.skip[e] or v.keys[e] in ("of", "the")
                     or v.lang == "ru" and v.tokens[e].feats.get("Case") == "Gen"
                     and v.tokens[e].pos in ("NOUN", "PROPN")):
            e += 1
        if e < n and (v.mention_at[e] is not None or v.lang != "ru" and v.is_cap(e)
                      and v.tokens[e].sent == head.sent):   # "the King Fahd University"
            continue                            # a name follows: not a bare title
        sent = head.sent
        near = [m for m in mentions if m.start < head.start and sent - 3 <= v.tokens[m.t0].sent <= sent]
        people = {id(m.person): m.person for m in near if m.person is not None}
        untitled = [p for p in people.values() if p.title is None]
        if len(untitled) != 1:
            continue
        p = untitled[0]
        t = _title_from(v, [mt], e)
        if t.country and p.country and t.country != p.country:
            continue
        p.title, p.role_class = t, t.role_class
        p.country = p.country or t.country
        unnamed.discard(key)


_LEADERS = ("head_of_state", "head_of_government")


def _coordinated_leaders(v: View, persons: list[_Person]) -> None:
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


def _unnamed_title_for(v: View, persons: list[_Person], rc: str, other: str) -> bool:
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


# ---------------------------------------------------------------- entry point

def _keep(p: _Person, v: View, places: frozenset = frozenset()) -> bool:
    """Drop what natasha took for a person: a lone common word that is capitalised only
    because it opens a sentence or a caption ("Глава государства", "Фото:"), a lone
    word before a date ("Изот 7-06-2017", a byline), a lone word after a place noun
    ("в порту Оля") or one the tagger reads as a place elsewhere in the text."""
    if len(p.name_words) >= 2 or p.title is not None:
        return True
    if v.lang != "ru":
        return True
    w = p.name_words[0]
    if len(w) <= 2:
        return False
    if any(m.t0 > 0 and v.keys[m.t0 - 1] in _PLACE_NOUNS for m in p.mentions):
        return False                      # "в порту Оля": a place's name
    if any(v.doc.text[m.start:m.stop] in places for m in p.mentions):
        return False                      # the tagger reads the same word as a place elsewhere
    n = len(v.tokens)
    if all(m.t1 < n and v.tokens[m.t1].text[:1].isdigit() for m in p.mentions):
        return False
    if all(m.t0 > 1 and v.keys[m.t0 - 1] in _DATA_NOUNS and v.keys[m.t0 - 2] == "по"
           for m in p.mentions):
        return False                      # "по данным Нацстата": a source of figures is a body
    if not _common_word(w):
        return True
    return any(m.t0 > 0 and not _sentence_start(v, m.t0) for m in p.mentions)


def _sentence_start(v: View, i: int) -> bool:
    j = i - 1
    while j >= 0 and v.tokens[j].text in "«\"“„'(—–-•*":
        j -= 1
    return j < 0 or v.tokens[j].sent != v.tokens[i].sent or v.newline_before[j + 1] \
        or v.tokens[j].text in ".!?:;…"


def _build(doc, record) -> list[Person]:
    from .states import find_states
    lang = "ru" if doc.lang == "ru" else "en"
    if lang == "ru":
        states = find_states(doc)
        orgs = [s for s in doc.spans if s.type == "ORG"]
        v = View(doc, doc.tokens, "ru", states, orgs)
        mentions = _ru_mentions(doc, v, states)
    else:
        from .persons_en import en_mentions, en_view
        v, states = en_view(doc)
        mentions = en_mentions(doc, v)
    for m in mentions:
        t, of = title_before(v, m)
        if t is None and (lang == "ru" or m.t1 - m.t0 >= 2):
            t = title_after(v, m)
        m.title, m.of_mention = t, of
        if lang == "ru":
            toks = v.tokens[m.t0:m.t1]
            hint = t.case if t is not None and t.stop <= m.start else None
            m.words = normalize_ru([x.text for x in toks], [x.feats.get("Case") for x in toks], hint,
                                   [x.feats.get("Gender") for x in toks], [x.lemma for x in toks])
    mentions = [m for m in mentions if m.words]
    _pair_coordinated(v, mentions)
    persons = _group(mentions)
    _resolve(persons, v)
    _bare_titles(v, mentions)
    _plural_titles(v, mentions)
    _coordinated_leaders(v, persons)
    places = frozenset(sp.text for sp in doc.spans if sp.type == "LOC" and " " not in sp.text)
    persons = [p for p in persons if _keep(p, v, places)]
    fill_countries(persons, parties_of(record, states), states, v)
    out = []
    for p in persons:
        role = doc.text[p.title.start:p.title.stop] if p.title else None
        role = " ".join(role.split()) if role else None
        out.append(Person(name=_name_of(p, doc.text), role=role, role_class=p.role_class, country=p.country,
                          mentions=[(m.start, m.stop) for m in p.mentions]))
    return out


def extract(doc, record) -> list[Person]:
    try:
        if not doc.text or not doc.tokens:
            return []
        return _build(doc, record)
    except Exception:  # an odd text never stops the pipeline
        return []
