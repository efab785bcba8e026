"""Reading a Title out of matched title words: how far it reaches, the states it names,
its role_class.

The lexicon (:mod:`.roles`) only says where title words stand; what the title is depends
on the words around them: a state adjective before ("Tajik Finance Minister"), a region
("Аким Туркестанской области" is a regional head), a company or a public body the head
leads ("председатель правления АО", "EBRD President"), a parliament ("Председатель Лок
Сабхи"), "наш"/"our".
"""
from __future__ import annotations

from functools import lru_cache

from ...lexicon import word_list
from ..cues import lexicon as cue_lexicon
from . import roles
from .model import Title
from .view import View

CONNECT = word_list("persons_title_reading_connect")
HOST_PREP = word_list("persons_title_reading_host_prep")
_OUR = {"наш", "our"}
_BUSINESS_HEADS = word_list("business_heads")
_REGION_HEADS = word_list("region_heads")


def _state_before_portfolio(v: View, s: int) -> int:
    """English puts the state before a capitalised portfolio ("Tajik Finance Minister",
    "Uzbek Energy Minister", "Bangladesh Industry Minister"): reach back over up to three
    such words to a state word."""
    k, sent = s, v.tokens[s].sent
    while k > 0 and s - k < 3 and v.tokens[k - 1].sent == sent and v.is_cap(k - 1) \
            and v.mention_at[k - 1] is None and not v.state_code[k - 1] and not v.newline_before[k]:
        k -= 1
    if k == s and not (k > 0 and v.state_kind[k - 1] in ("name", "abbr", "office")):
        return s      # "Bangladesh Industry Minister": the title itself may name the portfolio
    if k == 0 or not v.state_code[k - 1] or v.tokens[k - 1].sent != sent \
            or v.mention_at[k - 1] is not None:
        return s
    k -= 1
    while k > 0 and v.state_code[k - 1] and v.state_id[k - 1] == v.state_id[k]:
        k -= 1
    return k


def title_from(v: View, chain: list, end: int) -> Title:
    """Build a title from a chain of matches (sequence positions) ending before token ``end``."""
    first = chain[0]
    s = _title_start(v, first)
    e = _title_end(v, chain, end)
    codes, first_seg, host = _title_states(v, chain, s, e)
    country = first_seg[0] if first_seg else (codes[0] if codes else None)
    role_class = first.role_class
    if len(chain) > 1 and v.keys[first.start] in _CO_CHAIRS and chain[1].role_class not in ("other", "other_official"):
        role_class = chain[1].role_class   # "сопредседатели межправкомиссии – министр …": the office
    if not codes:
        role_class, country = _regional_reading(v, first, s, e, role_class, country)
    role_class = _organisation_reading(v, first, e, role_class, bool(codes))
    if codes and v.lang != "ru" and _state_vice_president(v, s, e):
        role_class = "deputy_head_of_government"   # "Vice President of Turkey Fuat Oktay"
    head = v.tokens[first.start]
    toks = v.tokens
    our = any(v.keys[i] in _OUR for i in range(max(0, s - 1), e))
    return Title(start=v.start_at[s], stop=toks[e - 1].stop, role_class=role_class,
                 country=country, states=list(dict.fromkeys(codes)),
                 plural=v.plural[first.start], host=host,
                 case=head.feats.get("Case") if v.lang == "ru" and v.keys[first.start] not in INDECLINABLE else None,
                 has_org=any(v.org[i] for i in range(s, e)), our=our,
                 keys=tuple(v.keys[s:e]), head=(first.start - s, first.stop - s))


# title words written the same in every case ("с замглавы МИД"): their form tells no case
INDECLINABLE = frozenset({"замглавы"})
_CO_CHAIRS = frozenset({"сопредседатель", "co-chairman", "co-chair", "co-chairs"})


def _state_vice_president(v: View, s: int, e: int) -> bool:
    """A state's vice-president deputises for its head: English releases' real gold codes
    Türkiye's and Brazil's as deputy heads of government (a company's stays an official)."""
    keys = v.keys[s:e]
    return any(a in ("vice", "vice-president") and (a == "vice-president" or b == "president")
               for a, b in zip(keys, keys[1:] + [""]))


def _title_start(v: View, first) -> int:
    """The title's first token: adjectives before its first word ("Первый заместитель",
    "Kazakh"), in English a state before it ("Tajik Finance Minister", "Kazakhstan's
    Minister of Trade")."""
    s = first.start
    while s > 0 and v.skip[s - 1] and v.tokens[s - 1].sent == v.tokens[first.start].sent \
            and v.mention_at[s - 1] is None and not v.newline_before[s]:
        s -= 1
    if v.lang == "ru":
        s = _coordinated_state_adjectives(v, s)
    if v.lang != "ru":
        s = _state_before_portfolio(v, s)
        k = s
        while k > 0 and v.keys[k - 1] in ("s", "’s", "'s", "’", "'"):
            k -= 1
        if k < s and k > 0 and v.state_code[k - 1] and v.tokens[k - 1].sent == v.tokens[s].sent:
            k -= 1
            while k > 0 and v.state_code[k - 1] and v.state_id[k - 1] == v.state_id[k]:
                k -= 1
            s = k
    return s


def _coordinated_state_adjectives(v: View, s: int) -> int:
    """"российского и американского лидеров Владимира Путина и Дональда Трампа": state
    adjectives joined by "и" or a comma all belong to the title, one per name after it (the
    tagger may read the title word as singular, so its number is not asked)."""
    sent = v.tokens[s].sent
    while s > 1 and v.keys[s - 1] in ("и", ",") and v.state_kind[s] in ("adj", "demonym") \
            and v.state_kind[s - 2] in ("adj", "demonym") and v.tokens[s - 2].sent == sent \
            and v.mention_at[s - 2] is None:
        s -= 2
    return s


def _title_end(v: View, chain: list, end: int) -> int:
    """Where the title stops: not on a connective, an opening bracket or quote, or an
    honorific before the name ("Emir of Qatar Sheikh")."""
    e = end
    honor = honorifics(v.lang)
    while e > chain[-1].stop and (v.tokens[e - 1].text in CONNECT or v.tokens[e - 1].text in "(«\"“"
                     or v.tokens[e - 1].text in honor):
        e -= 1
    return e


def _title_states(v: View, chain: list, s: int, e: int) -> tuple[list, list, str | None]:
    """The states tokens [s, e) name (each mention once), those of the first title of the
    chain, and the state the person is posted to ("посол в России"). With no state, an
    institution's ("Спикер Мажилиса", "Chairman of the State Duma")."""
    seg_end = chain[1].start if len(chain) > 1 else e
    codes, host = [], None
    first_seg = []
    for i in range(s, e):
        c = v.state_code[i]
        if not c or (i > s and v.state_code[i - 1] == c and v.state_id[i] == v.state_id[i - 1]
                     and v.state_kind[i] == v.state_kind[i - 1] and v.state_id[i]):
            continue
        if i > 0 and v.keys[i - 1] in HOST_PREP:
            host = host or c
            continue
        if any(v.keys[k] in ("между", "between") for k in range(max(s, i - 4), i)):
            continue      # "Комитета по сотрудничеству между органами Беларуси и Китая": both
        codes.append(c)
        if i < seg_end:
            first_seg.append(c)
    if not codes:
        body = roles.body_state(v.lang, [t.text for t in v.tokens[s:e]])
        if body:
            codes = first_seg = [body]
    return codes, first_seg, host


def _regional_reading(v: View, first, s: int, e: int, role_class: str,
                      country: str | None) -> tuple[str, str | None]:
    """"Аким Туркестанской области", "Президент Татарстана": a title naming a region (and
    no state) is of the region's state, and its head is a regional head."""
    reg = _region_in(v, s, e)
    if reg is None and role_class == "regional_head":
        # "делегацию Республики Татарстан во главе с Раисом республики": named before
        reg = _region_before(v, s, 0)
    if reg is None and role_class == "regional_head" and v.lang == "ru" \
            and any(v.keys[i] in _REGION_NOUNS for i in range(s, e)):
        # "губернатор области" after "Астраханская область России …": the region named before
        reg = _region_before(v, s, 2)
    if reg is None and role_class == "regional_head" and v.lang == "ru" \
            and any(v.keys[i] == "край" for i in range(s, e)):
        reg = (s, "RUS")                # "Губернатор Приморского края": a "край" is Russian
    if reg is not None:
        country = reg[1]
        if reg[0] <= first.stop + 1 and role_class in ("head_of_state", "other_official") \
                and v.keys[first.start] in _REGION_HEADS:
            role_class = "regional_head"
    return role_class, country


def _organisation_reading(v: View, first, e: int, role_class: str, has_state: bool) -> str:
    """A head ("председатель", "president") of a company is in business, of a public or
    international body an official, of a parliament a parliamentarian."""
    if not has_state and first.size == 1 and v.keys[first.start] in _BUSINESS_HEADS \
            and role_class in ("head_of_state", "other_official"):
        org = _org_kind(v, first, e)
        if org == "company":
            role_class = "business"
        elif org == "public" or v.lang != "ru" and _org_before(v, first.start):
            role_class = "other_official"      # "European Commission President", "EBRD President"
    elif role_class == "business" and not has_state and _org_kind(v, first, e) == "public":
        role_class = "other_official"          # "председатель правления Национального банка"
    elif has_state and first.size == 1 and role_class == "head_of_state" \
            and v.keys[first.start] in _BUSINESS_HEADS and _body_before_state(v, first.stop, e):
        # "President of Export and Investment Promotion Agency of Azerbaijan": the body's head
        role_class = "business" if _org_kind(v, first, e) == "company" else "other_official"
    if role_class == "other_official" and first.size == 1 and v.keys[first.start] in _BUSINESS_HEADS \
            and any(v.keys[i] in _parliaments(v.lang)
                    or v.tokens[i].text.lower().startswith(roles.parliament_stems(v.lang))
                    for i in range(first.stop, e)):
        role_class = "parliament"              # "Председатель Лок Сабхи (нижней палаты Парламента)"
    return role_class


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
def honorifics(lang: str) -> frozenset:
    """Words of address between a title and a name ("Emir of Qatar Sheikh", "шейха")."""
    if lang == "ru":
        words = roles.marked_words("ru", "@honorific")
        return words | frozenset(w.capitalize() for w in words)
    from .en_words import word_lists
    return frozenset(word_lists()["honorific"])


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


_BODIES = frozenset({"agency", "bank", "company", "chamber", "association", "fund", "corporation",
                     "authority", "institute", "university", "centre", "center", "committee",
                     "агентство", "банк", "компания", "палата", "ассоциация", "фонд", "корпорация"})


def _body_before_state(v: View, a: int, e: int) -> bool:
    """A body's word ("Agency", "Bank") before the first state the title names."""
    for i in range(a, e):
        if v.state_code[i]:
            return False
        if v.keys[i] in _BODIES:
            return True
    return False


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
    if keys & roles.company_words(v.lang) or "chamber" in keys and keys & {"commerce", "industry"}:
        return "company"     # (a chamber of commerce speaks for business: the real-text gold)
    return None


def _region_before(v: View, s: int, sentences: int) -> tuple[int, str] | None:
    """The last region named before token ``s`` in its sentence and the ``sentences`` before."""
    a = s
    while a > 0 and v.tokens[a - 1].sent >= v.tokens[s].sent - sentences:
        a -= 1
    return _region_in(v, a, s, last=True)


# "губернатор области", "глава региона": a title that names its region only as "the region"
_REGION_NOUNS = word_list("region_nouns")


def _region_in(v: View, a: int, b: int, last: bool = False) -> tuple[int, str] | None:
    """The first (or last) region or city of tokens [a, b) not after "в"/"in" (a posting,
    not a region's office), as (token index, state code). The region lexicon is the one
    the geography files keep (``regions.<lang>.tsv``)."""
    try:
        lex = cue_lexicon(v.lang)
    except Exception:
        return None
    for i in (range(b - 1, a - 1, -1) if last else range(a, b)):
        t = v.tokens[i]
        if not t.text[:1].isupper() or len(t.text) < 3:
            continue
        if i > 0 and v.keys[i - 1] in HOST_PREP:
            continue
        code = lex.region(t.text) or (v.lang == "ru" and lex.region(v.keys[i]))
        if code:
            return i, code
    return None
