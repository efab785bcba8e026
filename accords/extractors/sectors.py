"""sectors: the areas of cooperation a document discusses, each with all its mentions.

A lexicon per language (``accords/data/sectors.<lang>.tsv``) maps lemma sequences to
sector ids; this module only matches it. Russian is matched on natasha lemmas, so
inflections come for free ("сельского хозяйства" -> "сельский хозяйство"); English on
lower-cased words with ``*`` prefixes for inflections.

These keep a mention from counting (it stays a "weak" mention, not evidence):
- it stands inside the name of a body or a title ("министр энергетики", "межправкомиссия
  по торгово-экономическому сотрудничеству", "Digital Almaty Forum"): the ``@name`` heads;
- its sentence opens with a word that reports another occasion ("Ранее ...": ``@aside``);
- it is a generic head whose object or modifier names another sector, which is then the
  topic: "строительство газохимического комплекса" is industry, not construction; "oil and
  gas industry" is energy (lexicon flags ``after`` / ``before``);
- it names a state's whole economy ("инвестиции в экономику Казахстана": flag ``national``).
A phrase flagged ``company`` ("СМИ", "economic relations", "конфликт") names its sector only
beside another mention of that sector, or as the area of cooperation ("сотрудничество в сфере
СМИ"): said once, real releases' annotators read it as a backdrop.
Nothing on a "related news" line ("Читайте также:", "Related:", ``@trailer``) or on the
headline line right after it counts: those are other stories.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..lexicon import word_list
from ..record import Sector
from .kazakh import sectors as kazakh_sectors
from .phrases import match_words
from .shared import shared
from .sector_lexicon import Entry, Lexicon, norm
from .sector_lexicon import load_lexicon as _lexicon   # the name tests and callers know

_GAP_POS = frozenset({"ADJ", "CCONJ"})       # may stand between two pattern words (ru),
                                             # and so may participles ("разрушенных")
_MAX_GAP = 3
_NAME_RELS = frozenset({"amod", "nmod", "conj", "flat", "flat:foreign", "appos", "compound"})
_EN_CONNECT = word_list("en_name_connectors")
_RU_NAME_LINKS = word_list("ru_name_links")
_WORDISH = re.compile(r"\w")


@dataclass(frozen=True)
class SectorMention:
    sector: str
    start: int
    stop: int
    strong: bool          # False: inside a name/title or an aside sentence
    tok_start: int
    tok_stop: int
    alone: bool = True    # may name its sector as the document's one mention of it


def _made_in(toks: Sequence, i: int, by_id: dict, lex: Lexicon) -> bool:
    """"продукты питания белорусского производства", "техника отечественного производства":
    a genitive after an adjective, hanging on a goods noun, says where goods come from."""
    tok = toks[i]
    if not lex.goods or i == 0 or toks[i - 1].pos != "ADJ" or tok.feats.get("Case") != "Gen":
        return False
    head = by_id.get(tok.head_id)
    return head is not None and head.lemma in lex.goods


_STATE_NOUNS = word_list("sectors_state_nouns")


def _of_state(toks: Sequence, last: int, russian: bool) -> bool:
    """"инвестиции в экономику Казахстана / страны", "the economy of Uzbekistan": a state's
    whole economy is where money goes, not a sector of the relationship."""
    j = last + 1
    if not russian and j < len(toks) and norm(toks[j].text) == "of":
        j += 1
        while j < len(toks) and norm(toks[j].text) == "the":
            j += 1
        return j < len(toks) and (_capitalised(toks[j]) or toks[j].lemma in _STATE_NOUNS)
    if not russian or j >= len(toks):
        return False
    t = toks[j]
    return t.feats.get("Case") == "Gen" and (t.pos == "PROPN" or t.lemma in _STATE_NOUNS)


def _match_at(entry: Entry, toks: Sequence, i: int, gaps: bool) -> list[int] | None:
    """Token indices (into toks) of the pattern's words when it matches from i."""
    def may_stand_between(j: int) -> bool:   # "развитие [нефтяной и] газовой отрасли"
        t = toks[j]
        return t.pos in _GAP_POS or t.text == "," or t.feats.get("VerbForm") == "Part"

    return match_words(len(toks), i, entry.words, lambda w, j: w.matches(toks[j]),
                       skip=may_stand_between if gaps else None, max_skip=_MAX_GAP)


def _candidates(lex: Lexicon, tok) -> list[Entry]:
    out = list(lex.exact.get(tok.lemma, ()))
    low = norm(tok.text)
    if low != tok.lemma:
        out.extend(lex.exact.get(low, ()))
    out.extend(lex.cased.get(tok.text, ()))
    out.extend(lex.prefixed.get(tok.lemma[:2], ()))
    if low[:2] != tok.lemma[:2]:
        out.extend(lex.prefixed.get(low[:2], ()))
    return out


def _in_name_ru(tok, by_id: dict, lex: Lexicon, toks: Sequence = ()) -> bool:
    """Is the token a dependent of a name head ("министр", "комиссия", "форум")?"""
    cur = tok
    base = toks[0].index if toks else 0
    for _ in range(5):
        if cur.rel not in _NAME_RELS:
            return False
        head = by_id.get(cur.head_id)
        if head is None or head is cur:
            return False
        # a conjunct linked across a verb is a misparse ("Министр ... сообщил, что ... запуск")
        if cur.rel == "conj" and head.index > cur.index:
            return False    # a conjunct hangs on the first one, before it: this is a misparse
        if cur.rel == "conj" and toks and any(
                t.pos == "VERB" for t in toks[min(head.index, cur.index) - base:
                                              max(head.index, cur.index) - base]):
            return False
        if any(w.matches(head) for w in lex.names):
            return True
        if head.pos in ("VERB", "AUX"):
            return False
        cur = head
    return False


def _after_name_ru(toks: Sequence, first: int, lex: Lexicon) -> bool:
    """The linear view of the same, for parses that break the chain: a name head
    followed by adjectives, 'по', 'и', commas and nouns of the name up to the word."""
    j = first - 1
    while j >= 0 and first - j <= 8:
        t = toks[j]
        if any(w.matches(t) for w in lex.names):
            return True
        if t.pos in ("ADJ", "CCONJ", "PROPN") or t.text == "," or t.lemma in _RU_NAME_LINKS:
            j -= 1
            continue
        if t.pos == "NOUN" and t.feats.get("Case") == "Gen" and j + 1 < first \
                and (toks[j + 1].text == "," or toks[j + 1].pos == "CCONJ"):
            j -= 1      # a list of portfolios: "Министерством культуры, спорта, туризма"
            continue
        break
    return False


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper()


def _in_name_en(toks: Sequence, first: int, last: int, lex: Lexicon) -> bool:
    """A sector word inside 'Ministry of Trade and ...', 'commission on economic ...',
    or a capitalised name ending in a head ('Digital Almaty Forum'). Up to nine words back:
    'Minister of Foreign Affairs, Foreign Trade and Investments' is one title."""
    def is_head(t):
        return any(w.matches(t) for w in lex.names)
    j = first - 1
    while j >= 0 and first - j <= 9:
        t = toks[j]
        if is_head(t):
            return True
        if norm(t.text) in _EN_CONNECT or (_capitalised(t) and j > 0):
            j -= 1
            continue
        break
    if _capitalised(toks[first]):
        j = last + 1
        while j < len(toks) and j - last <= 6:
            t = toks[j]
            if is_head(t):
                return True
            if _capitalised(t) or norm(t.text) in _EN_CONNECT:
                j += 1
                continue
            break
    return False


def related_spans(text: str, lang: str = "ru") -> list[tuple[int, int]]:
    """Lines that link other stories: a "Читайте также:" / "Related:" line with the headline
    on it or on the next line. Their words are not this story's; other extractors use it too."""
    lex = _lexicon("ru" if lang == "ru" else "en")
    if not text or not lex.trailer:
        return []
    out = []
    for m in _trailer_rx(lex.trailer).finditer(text):
        stop = text.find("\n", m.end())
        stop = len(text) if stop < 0 else stop
        if not text[m.end():stop].strip(" \t:"):          # the headline is on the next line
            nxt = text.find("\n", stop + 1)
            stop = len(text) if nxt < 0 else nxt
        out.append((m.start(), stop))
    return out


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


@lru_cache(maxsize=4)
def _trailer_rx(openings: tuple) -> re.Pattern:
    alts = "|".join(re.escape(o) for o in sorted(openings, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=\n))[ \t]*(?:{alts})(?=[ \t]*(?::|\n|$))", re.I)


_GAP_STOP = word_list("sector_gap_stop")
# how far the object of a generic head may stand ("строительстве первой в этой стране атомной
# электростанции", "the construction of a 500-megawatt gas-fired power plant": numerals and
# modifiers between)
_AFTER_REACH = 6


def _yielded(m: "_Hit", hits: list, toks: Sequence) -> bool:
    """A generic head ("строительство", "industry") whose object right after it or modifier
    right before it is another sector's mention: that sector is the topic, not the head."""
    e = m.entry
    for o in hits:
        if o is m or not o.entry.ids or set(o.entry.ids) <= set(e.ids) | e.keeps:
            continue
        if "before" in e.yields and o.last == m.first - 1:
            return True
        if "after" in e.yields and 0 < o.first - m.last <= _AFTER_REACH:
            gap = toks[m.last + 1:o.first]
            if all(_open_gap(gap, k) for k in range(len(gap))):
                return True
    return False


_SHARED_OBJECT = word_list("sector_shared_object")
_MODIFIERS = ("ADJ", "NUM", "DET")


def _open_gap(gap: Sequence, k: int) -> bool:
    """A token between a generic head and its object that keeps them together: a modifier or
    numeral, or an "и" joining two modifiers ("второго и третьего энергоблока") or the head with
    a work sharing its object ("строительство и модернизация подстанций")."""
    t = gap[k]
    if norm(t.text) in ("и", "and") and t.pos == "CCONJ":
        before = gap[k - 1] if k else None
        after = gap[k + 1] if k + 1 < len(gap) else None
        return after is not None and (
            after.lemma in _SHARED_OBJECT
            or before is not None and before.pos in _MODIFIERS and after.pos in _MODIFIERS)
    return norm(t.text) not in _GAP_STOP and t.pos not in ("VERB", "AUX", "PUNCT", "CCONJ")


_COOPERATION = ("сотрудничеств", "взаимодейств", "cooperation", "collaboration", "co-operation")


def _cooperation_in(toks: Sequence, first: int) -> bool:
    """"сотрудничество в сфере СМИ", "cooperation between their media": a backdrop phrase
    named as the area of cooperation names its sector even once."""
    return any(t.text.lower().startswith(_COOPERATION) for t in toks[max(0, first - 4):first])


_HERITAGE = word_list("en_heritage_words")
_HERITAGE_AREAS = word_list("en_heritage_areas")
_LIST_REACH = 6


def _heritage_list(toks: Sequence, first: int, last: int) -> bool:
    """"united by deep human, cultural, historical, linguistic and economic ties", "similarities
    in language and culture": culture listed with history, language or religion is what two
    peoples share, a backdrop, unless the list heads an area of work ("cultural heritage")."""
    words = []
    for step, start in ((-1, first - 1), (1, last + 1)):
        j = start
        while 0 <= j < len(toks) and abs(j - start) < _LIST_REACH:
            t = toks[j]
            if t.pos in ("VERB", "AUX", "PUNCT") and t.text != ",":
                break
            words.append(norm(t.text))
            j += step
    return bool(_HERITAGE.intersection(words)) and not _HERITAGE_AREAS.intersection(words)


_ARRIVAL = word_list("en_arrival_words")


def _arrival_airport(toks: Sequence, first: int, ids: tuple) -> bool:
    """"arrived at Soekarno-Hatta International Airport", "At the Heydar Aliyev International
    Airport officials greeted the President", "From the airport the motorcade went": where a
    visit began (a word of the welcome anywhere in the sentence)."""
    if "civil_aviation" not in ids or not norm(toks[first].text).startswith("airport"):
        return False
    return any(norm(t.text) in _ARRIVAL for t in toks) \
        or first >= 2 and norm(toks[first - 2].text) == "from" and norm(toks[first - 1].text) == "the"


@dataclass
class _Hit:
    entry: Entry
    idx: list
    first: int
    last: int


def find_sectors(doc) -> list[SectorMention]:
    """Every sector mention of the document, strong and weak, in text order (computed
    once per document: sectors, events and commitments all read them)."""
    return list(shared(doc).once("sectors", lambda: _find_sectors(doc)))


def _find_sectors(doc) -> list[SectorMention]:
    lex = _lexicon("ru" if doc.lang == "ru" else "en")
    russian = doc.lang == "ru"
    out: list[SectorMention] = []
    related = related_spans(doc.text, doc.lang)
    for sent in doc.sents:
        toks = sent.tokens
        if not toks:
            continue
        hits = _sentence_hits(toks, lex, russian)
        out += _sentence_mentions(toks, hits, lex, russian, related)
    return out


def _sentence_hits(toks: Sequence, lex: Lexicon, russian: bool) -> list[_Hit]:
    """The best (longest, most literal) pattern at each word, left to right, no overlaps."""
    used: set[int] = set()
    hits: list[_Hit] = []
    for i, tok in enumerate(toks):
        if i in used:
            continue
        best, best_idx = None, None
        for entry in _candidates(lex, tok):
            if best is not None and entry.weight <= best.weight:
                continue
            idx = _match_at(entry, toks, i, russian)
            if idx is not None and not used.intersection(idx):
                best, best_idx = entry, idx
        if best is None:
            continue
        used.update(best_idx)
        hits.append(_Hit(best, best_idx, best_idx[0], best_idx[-1]))
    return hits


def _sentence_mentions(toks: Sequence, hits: list[_Hit], lex: Lexicon, russian: bool,
                       related: list) -> list[SectorMention]:
    """The sentence's hits as mentions; one in a name, an aside sentence or a generic head
    yielding to another sector is weak; blockers and "related news" lines give none."""
    by_id = {t.id: t for t in toks} if russian else {}
    first_word = next((t for t in toks if _WORDISH.match(t.text)), None)
    aside = first_word is not None and norm(first_word.text) in lex.aside
    out: list[SectorMention] = []
    for hit in hits:
        best, best_idx = hit.entry, hit.idx
        if not best.ids or related and _in_spans(toks[best_idx[0]].start, related):
            continue
        a, b = toks[best_idx[0]], toks[best_idx[-1]]
        if russian:
            named = (_in_name_ru(b, by_id, lex, toks) or _in_name_ru(a, by_id, lex, toks)
                     or _after_name_ru(toks, best_idx[0], lex))
        else:
            named = _in_name_en(toks, best_idx[0], best_idx[-1], lex)
        generic = (bool(best.yields) and _yielded(hit, hits, toks)
                   or best.national and _of_state(toks, best_idx[-1], russian))
        if russian and len(best_idx) == 1 and _made_in(toks, best_idx[0], by_id, lex):
            generic = True
        if not russian and "culture" in best.ids and _heritage_list(toks, best_idx[0], best_idx[-1]):
            generic = True
        if not russian and _arrival_airport(toks, best_idx[0], tuple(best.ids)):
            generic = True
        for sid in best.ids:
            out.append(SectorMention(sid, a.start, b.stop, not (named or aside or generic),
                                     a.index, b.index + 1,
                                     not best.company or _cooperation_in(toks, best_idx[0])))
    return out


def sectors_in(doc, start: int, stop: int, mentions: list[SectorMention] | None = None) -> list[str]:
    """Sector ids mentioned (strong or weak) inside [start, stop), in text order."""
    seen: list[str] = []
    for m in mentions if mentions is not None else find_sectors(doc):
        if m.start >= start and m.stop <= stop and m.sector not in seen:
            seen.append(m.sector)
    return seen


def extract(doc, record) -> list[Sector]:
    if getattr(doc, "lang", None) == "kk":
        return kazakh_sectors.extract(doc, record)
    mentions = [m for m in find_sectors(doc) if m.strong]
    spans: dict[str, list] = {}
    for m in mentions:
        spans.setdefault(m.sector, []).append((m.start, m.stop))
    alone = {m.sector for m in mentions if m.alone}
    # a phrase flagged "company" ("СМИ", "economic relations") names its sector only with another
    # mention beside it: said once, it is a backdrop
    return [Sector(id=sid, evidence=sorted(set(ev))) for sid, ev in
            sorted(spans.items(), key=lambda kv: min(kv[1])) if sid in alone or len(set(ev)) > 1]
