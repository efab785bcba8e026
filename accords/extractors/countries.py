"""countries: the states that are PARTIES to what the document reports.

Every state mention comes from the gazetteer (:mod:`.states`). A state is a party when
its people act in the text (it is attached to a title or a side: "Президент Сербии",
"казахстанская сторона", "Kazakh Prime Minister"; or it is the subject of a verb:
"Россия и Украина подписали"), or when it is one end of a relation ("между X и Y",
"российско-китайский", "товарооборот России с Турцией", "Kazakhstan and Uzbekistan"),
or when the lead names it. A state named in passing (once, in a list of three or more,
as a currency or a region) is context, not a party.

Each mention is scored from these signals; a state's score is the sum over its mentions;
the states whose score reaches an absolute floor and a share of the best score are the
parties.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..record import Country
from .states import StateMention, find_states

# nouns naming the people or bodies that act for a state (lemmas)
PARTY_NOUNS_RU = frozenset("""
президент премьер премьер-министр вице-премьер вице-президент министр замминистр
заместитель глава посол посольство делегация сторона правительство лидер руководство
руководитель мид минобороны минэкономразвития минэнерго министерство ведомство
председатель спикер парламент канцлер король королева эмир султан шейх принц монарх
генсек генпрокурор представитель советник кабмин кабинет администрация власть коллега
госсекретарь первый вице-спикер депутат сенатор главнокомандующий начальник
премьер-министр вице-премьер-министр экс-президент госсовет секретарь замглавы
минфин минэкономики минпромторг минсельхоз минтранс минздрав минобрнауки минкультуры
минюст мвд минэнерго минторг минпром сенат дума меджлис хурал курултай мажилис сейм
скупщина рада кнессет конгресс армия военный генштаб погранслужба омбудсмен
""".split())
PARTY_NOUNS_EN = frozenset("""
president prime premier minister ministers deputy ambassador envoy delegation delegations
side sides government leader leaders leadership counterpart counterparts foreign ministry
chancellor king queen emir sultan sheikh crown parliament speaker officials official head
authorities cabinet embassy secretary vice chairman chair representatives representative
senate congress army military mps lawmakers
""".split())
# nouns naming a relation between states: their genitive/с-dependents are its ends
RELATION_NOUNS_RU = frozenset("""
товарооборот торговля сотрудничество отношение отношения взаимодействие партнерство связь
переговоры встреча визит соглашение договор меморандум комиссия межправкомиссия
межправительственный форум диалог консультация объем экспорт импорт инвестиция
партнер партнерство договоренность декларация заявление саммит переговорный
компания предприятие бизнес инвестор предприниматель производитель экспортер импортер
""".split())
RELATION_NOUNS_EN = frozenset("""
trade turnover cooperation relations relationship ties partnership talks meeting visit
agreement agreements memorandum commission forum dialogue consultations exports imports
investment investments partner partners declaration summit companies company
businesses business investors exporters importers
""".split())
PAIR_PREPS = frozenset({"между", "between"})
WITH_PREPS = frozenset({"с", "со", "with"})
CONJ = frozenset({"и", ",", "and", "а", "&", "или", "or", "также", "as", "well", "the"})
DASHES = frozenset({"-", "–", "—", "−"})
HEAD_HOPS = 2

# weights
W_BASE = 1.0
W_ACTOR = 2.0
W_RELATION = 1.5
W_LEAD = 2.0
LIST_FACTOR = 0.3
MIN_SCORE = 2.5
SHARE_OF_SECOND = 0.2
LEAD_CHARS = 300
LEAD_WORDS = 5
# a party acts, is named in the lead, or is one end of an explicit bilateral relation
STRONG = frozenset({"actor", "subject", "lead", "compound", "between", "host"})


@dataclass
class _Evidence:
    code: str
    spans: list = field(default_factory=list)
    score: float = 0.0
    signals: set = field(default_factory=set)


def extract(doc, record=None) -> list[Country]:
    """The party states, sorted by first mention; [] on any failure."""
    try:
        return [Country(code=e.code, mentions=[list(s) for s in e.spans]) for e in parties(doc)]
    except Exception:
        return []


def parties(doc) -> list[_Evidence]:
    mentions = [m for m in find_states(doc) if m.code not in ("-",)]
    if not mentions:
        return []
    ev = score_states(doc, mentions)
    ranked = sorted(ev.values(), key=lambda e: -e.score)
    second = ranked[1].score if len(ranked) > 1 else ranked[0].score
    chosen = []
    for rank, e in enumerate(ranked):
        if e.score < MIN_SCORE or not e.signals & STRONG:
            continue
        if len(e.spans) == 1 and "lead" not in e.signals:
            continue                    # named once, after the lead: an aside
        if rank >= 2 and (e.score < SHARE_OF_SECOND * second
                          or not e.signals & {"lead", "actor", "host"}):
            continue                    # beyond the two main sides: must be headlined or act
        chosen.append(e)
    if not chosen:                      # a one-state story: its state, if it is clear
        best = max(ev.values(), key=lambda e: e.score)
        chosen = [best] if best.score >= MIN_SCORE else []
    return sorted(chosen, key=lambda e: e.spans[0][0])


def score_states(doc, mentions: list[StateMention]) -> dict[str, _Evidence]:
    """Per state: its mentions, the signals seen on them and the summed score."""
    toks = doc.tokens
    en = not _is_russian(doc)
    by_id = _id_index(doc) if not en else {}
    groups = _coordination_groups(toks, mentions)
    lead_end = _lead_end(doc)
    sigs = []
    for i, m in enumerate(mentions):
        sig = _signals_en(toks, m) if en else _signals_ru(toks, m, by_id)
        size = len({mentions[j].code for j in groups[i]})
        if _open_list(toks, mentions[groups[i][-1]]):
            size = max(size, 3)         # "X и Y и другие страны": examples from a list
        if m.start < lead_end:
            sig.add("lead")
        if size >= 3:
            sig.add("list")
        elif size == 2:
            sig.add("pair")
        else:
            sig.discard("between")
        if _compound_pair(mentions, i):
            sig.add("compound")
        if m.kind == "office":
            sig.add("actor")            # "в Акорде состоялась встреча", "the Kremlin said"
        elif _is_host(toks, m):
            sig.add("host")
        elif _is_place(toks, m):
            sig.add("venue")
        sigs.append(sig)
    # what one member of a coordinated pair does, the other does too
    # ("the delegations of Kazakhstan and Türkiye", "между Россией и Китаем")
    for i, sig in enumerate(sigs):
        if "pair" in sig:
            for j in groups[i]:
                sig |= sigs[j] & _SHARED
    ev: dict[str, _Evidence] = {}
    for m, sig in zip(mentions, sigs):
        e = ev.setdefault(m.code, _Evidence(m.code))
        e.spans.append((m.start, m.stop))
        w = W_BASE
        if "venue" in sig:
            pass                        # "на встрече в Астане", "in Afghanistan": where, not who
        else:
            if sig & {"actor", "subject"}:
                w += W_ACTOR
            if sig & {"compound", "between", "relation", "with", "host"}:
                w += W_RELATION
            if "lead" in sig:
                w += W_LEAD
            elif "list" in sig:
                w *= LIST_FACTOR
        e.score += w
        e.signals |= sig if ("list" not in sig or "lead" in sig) else {"list"}
    return ev


_SHARED = frozenset({"actor", "subject", "between", "relation"})


VENUE_PREPS = frozenset({"в", "во", "на", "in", "at"})


def _is_place(toks, m: StateMention) -> bool:
    """The state as a place: a venue or scene ("в Астане", "ситуация в Афганистане",
    "in Baku") or a dateline ("ДУШАНБЕ, 9 окт —", "ASTANA —"). Not "экспорт в Россию"."""
    first = toks[m.tok_start]
    if m.kind in ("adj", "demonym") or _is_host(toks, m):
        return False
    if m.tok_start > 0 and _norm(toks[m.tok_start - 1].text) in VENUE_PREPS \
            and toks[m.tok_start - 1].sent == first.sent:
        case = toks[m.tok_stop - 1].feats.get("Case") if toks[m.tok_stop - 1].feats else None
        return case in (None, "Loc")
    nxt = toks[m.tok_stop] if m.tok_stop < len(toks) else None
    return (m.kind == "capital" and first.text.isupper() and len(first.text) > 3
            and nxt is not None and nxt.text in (",", "—", "–", "-"))


DIPLOMATS = frozenset({"посол", "посольство", "консул", "консульство", "представитель",
                       "полпред", "торгпред", "ambassador", "embassy", "consul", "envoy",
                       "representative", "чрезвычайный", "полномочный"})
HOST_PREPS = frozenset({"в", "во", "при", "in", "to"})


def _is_host(toks, m: StateMention) -> bool:
    """The state an ambassador is accredited to ("Посол Японии в Казахстане",
    "Ambassador of Japan to Kazakhstan"): the other side of the relation, not a place."""
    i = m.tok_start
    if i < 2 or _norm(toks[i - 1].text) not in HOST_PREPS:
        return False
    sent = toks[i].sent
    return any(t.sent == sent and (_norm(t.lemma) in DIPLOMATS or _norm(t.text) in DIPLOMATS)
               for t in toks[max(0, i - 6):i - 1])


def _is_russian(doc) -> bool:
    return doc.lang == "ru" or any(t.pos for t in doc.tokens[:50])


def _id_index(doc) -> dict:
    return {(t.sent, t.id): t for t in doc.tokens}


def _lead_end(doc) -> int:
    """End of the lead: the headline, or the first sentence of five words or more
    (what precedes it is a dateline, a rubric or the headline itself)."""
    for s in doc.sents:
        if sum(1 for t in s.tokens if t.text.isalpha()) >= LEAD_WORDS:
            return s.stop
    return min(LEAD_CHARS, len(doc.text))


def _coordination_groups(toks, mentions: list[StateMention]) -> list[list[int]]:
    """Mentions joined only by commas/conjunctions/dashes form one group (a list or a pair)."""
    groups: list[list[int]] = []
    cur: list[int] = []
    for i, m in enumerate(mentions):
        if cur:
            p = mentions[cur[-1]]
            between = toks[p.tok_stop:m.tok_start] if p.tok_stop <= m.tok_start else []
            joined = (p.tok_stop <= m.tok_start and toks[p.tok_stop - 1].sent == toks[m.tok_start].sent
                      and len(between) <= 3
                      and all(_norm(t.text) in CONJ or t.text in DASHES for t in between)
                      and (between or p.tok_start == m.tok_start))
            if not joined:
                groups.extend([cur] * len(cur))
                cur = []
        cur.append(i)
    groups.extend([cur] * len(cur))
    return groups


_OTHER = frozenset({"другой", "другие", "других", "другими", "прочий", "остальной", "other",
                    "others", "ряд", "many", "several"})


def _open_list(toks, last: StateMention) -> bool:
    """The group goes on with "и другие страны", "and other countries"."""
    nxt = toks[last.tok_stop:last.tok_stop + 3]
    return len(nxt) >= 2 and _norm(nxt[0].text) in CONJ and \
        any(_norm(t.lemma) in _OTHER or _norm(t.text) in _OTHER for t in nxt[1:])


def _compound_pair(mentions: list[StateMention], i: int) -> bool:
    """российско-китайский, Kazakh-Turkish: two states inside one token."""
    m = mentions[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(mentions) and mentions[j].tok_start == m.tok_start \
                and mentions[j].code != m.code:
            return True
    return False


def _norm(s: str) -> str:
    return s.lower().replace("ё", "е")


def _signals_ru(toks, m: StateMention, by_id: dict) -> set:
    sig = set()
    head = toks[m.tok_stop - 1]
    if m.kind in ("adj",):
        # казахстанская сторона, российский президент
        for t in toks[m.tok_stop:m.tok_stop + 3]:
            if t.sent != head.sent:
                break
            if t.lemma in PARTY_NOUNS_RU:
                sig.add("actor")
                break
            if t.lemma in RELATION_NOUNS_RU:
                sig.add("relation")
                break
    # syntax: from the mention, up its coordination (Беларуси и Омана), then up to two
    # nominal heads (министра иностранных дел России) to a title or a relation noun
    node = _syntactic_head_of_span(toks, m, by_id)
    for _ in range(4):
        if node is None or node.rel != "conj":
            break
        node = by_id.get((node.sent, node.head_id))
    if node is not None and node.rel in ("nsubj", "nsubj:pass"):
        sig.add("subject")
    for _ in range(HEAD_HOPS):
        if node is None or node.rel not in _NOMINAL_RELS:
            break
        parent = by_id.get((node.sent, node.head_id))
        if parent is None:
            break
        if parent.lemma in PARTY_NOUNS_RU and node.rel != "obl":
            sig.add("actor")
            break
        if parent.lemma in RELATION_NOUNS_RU:
            sig.add("relation")
            break
        if node.rel == "obl" or parent.pos not in ("NOUN", "PROPN"):
            break
        node = parent
    # между X и Y; X с Y
    prev = toks[m.tok_start - 1] if m.tok_start > 0 else None
    prev2 = toks[m.tok_start - 2] if m.tok_start > 1 else None
    if prev is not None and prev.sent == head.sent:
        if _norm(prev.text) in PAIR_PREPS or (prev2 is not None and _norm(prev2.text) in PAIR_PREPS):
            sig.add("between")
        if _norm(prev.text) in WITH_PREPS and m.kind in ("name", "abbr", "capital"):
            # a state "с" another state: Сербии с Россией
            j = m.tok_start - 2
            if j >= 0 and toks[j].sent == head.sent and _is_state_token(toks[j]):
                sig.add("with")
    return sig


_NOMINAL_RELS = frozenset({"nmod", "amod", "appos", "flat", "flat:name", "obl"})


def _syntactic_head_of_span(toks, m: StateMention, by_id: dict):
    """The token of the mention whose head lies outside it."""
    span = toks[m.tok_start:m.tok_stop]
    ids = {t.id for t in span}
    for t in span:
        if t.head_id not in ids:
            return t
    return span[-1] if span else None


_STATE_TOKEN_CACHE: dict = {}


def _is_state_token(tok) -> bool:
    from .states import state_of_phrase
    return state_of_phrase([tok]) is not None


def _signals_en(toks, m: StateMention) -> set:
    sig = set()
    n = len(toks)
    sent = toks[m.tok_start].sent
    # Kazakh Prime Minister, Kazakhstan's President, the Turkish side
    j = m.tok_stop
    if j + 1 < n and toks[j].text in ("'", "’") and _norm(toks[j + 1].text).startswith("s"):
        j += 2
    for t in toks[j:j + 3]:
        if t.sent != sent:
            break
        low = _norm(t.text)
        if low in PARTY_NOUNS_EN or (low.startswith("s") and low[1:] in PARTY_NOUNS_EN):
            sig.add("actor")
            break
        if low in RELATION_NOUNS_EN:
            sig.add("relation")
            break
        if not t.text[:1].isupper() and low not in ("-", "of"):
            break
    # President of Kazakhstan, the delegations of Kazakhstan and Türkiye
    k = m.tok_start - 1
    if k >= 1 and _norm(toks[k].text) == "the":
        k -= 1
    if k >= 1 and _norm(toks[k].text) == "of" and toks[k].sent == sent:
        for t in toks[max(0, k - 4):k]:
            low = _norm(t.text)
            if t.sent == sent and low in PARTY_NOUNS_EN:
                sig.add("actor")
            elif t.sent == sent and low in RELATION_NOUNS_EN:
                sig.add("relation")
    # Kazakhstan and Uzbekistan signed / Kazakhstan has implemented: subject before a verb
    after = toks[m.tok_stop:m.tok_stop + 2]
    if after and after[0].sent == sent and m.kind in ("name", "abbr", "capital") \
            and _norm(after[0].text) in _EN_VERB_START:
        sig.add("subject")
    prev = toks[m.tok_start - 1] if m.tok_start > 0 else None
    if prev is not None and prev.sent == sent:
        if _norm(prev.text) in PAIR_PREPS:
            sig.add("between")
        if _norm(prev.text) in WITH_PREPS and m.kind in ("name", "abbr", "capital"):
            j = m.tok_start - 2
            if j >= 0 and toks[j].sent == sent and _is_state_token(toks[j]):
                sig.add("with")
    return sig


_EN_VERB_START = frozenset("""
has have had is are was were will would signed agreed discussed held met expressed
intends plans aims seeks wants proposed offered invited called reached launched opened
put signs agrees discusses holds meets expresses intends plans proposes offers invites
welcomed supported confirmed remains continues exported imported supplied ranks
""".split())
