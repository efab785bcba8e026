"""countries: the states that are PARTIES to what the document reports.

Every state mention comes from the gazetteer (:mod:`.states`). A state is a party when
its people act in the text (it is attached to a title or a side: "Президент Сербии",
"казахстанская сторона", "Kazakh Prime Minister", or it is the subject: "Россия и
Украина подписали"), when it is one end of an explicit relation ("между X и Y",
"российско-китайский", "Kazakh-Turkish", "Посол Японии в Казахстане"), or when the
headline names it. A state named in passing (once, after the lead; in a list of three or
more; as a scene: "ситуация в Афганистане"; as a dateline) is context, not a party. Where the
states give one side only, a region's head ("Губернатор Ростовской области") is the other.

Each mention gets signals and a weight; a state's score is the sum over its mentions.
A party needs a strong signal and a minimal score; beyond the two best-scored states a
third one must also be headlined or act, and weigh a share of the second one.
The cue words are data: ``accords/data/countries.<lang>.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import rows, word_list
from ..record import Country
from .kazakh import countries as kazakh_countries
from .cues import lexicon
from .country_signals import DASHES, Cues, cues_for, is_host, is_place, norm, signals_en, signals_ru
from .states import StateMention, find_leaders, find_states

LEAD_WORDS = 5           # the lead ends with the first sentence of this many words
LEAD_CHARS = 300

# weights and thresholds
W_BASE = 1.0
W_ACTOR = 2.0
W_RELATION = 1.5
W_LEAD = 2.0
LIST_FACTOR = 0.3
MIN_SCORE = 2.5
SHARE_OF_SECOND = 0.2
STRONG = word_list("countries_strong")
_SHARED = frozenset({"actor", "subject", "between", "relation"})   # spread over a pair


@dataclass
class _Evidence:
    code: str
    spans: list = field(default_factory=list)
    score: float = 0.0
    signals: set = field(default_factory=set)
    acting: int = 0             # mentions that are not a mere place
    leader_spans: list = field(default_factory=list)


def extract(doc, record=None) -> list[Country]:
    """The party states, sorted by first mention; [] on any failure."""
    if getattr(doc, "lang", None) == "kk":
        return kazakh_countries.extract(doc, record)
    return [Country(code=e.code, mentions=[list(s) for s in (e.spans or e.leader_spans)])
            for e in parties(doc)]


def parties(doc) -> list[_Evidence]:
    """The party states with their evidence, in order of first mention. Well-known
    leaders (Лукашенко, Tokayev) count as their state acting."""
    mentions = sorted([m for m in find_states(doc) if m.code != "-"] + find_leaders(doc),
                      key=lambda m: (m.start, m.stop))
    if not mentions:
        return []
    ev = score_states(doc, mentions)
    ranked = sorted(ev.values(), key=lambda e: -e.score)
    second = ranked[1].score if len(ranked) > 1 else ranked[0].score
    chosen = []
    for rank, e in enumerate(ranked):
        if e.score < MIN_SCORE or not e.signals & STRONG:
            continue
        if e.acting <= 1 and "lead" not in e.signals \
                and not (rank < 2 and e.signals & {"actor", "host", "subject", "between"}):
            continue                    # named once, after the lead, not acting: an aside
        if rank >= 2 and (e.score < SHARE_OF_SECOND * second
                          or not e.signals & {"lead", "actor", "host"}):
            continue                    # beyond the two main sides: must be headlined or act
        chosen.append(e)
    if not chosen:                      # a one-state story: its state, if it is clear
        best = ranked[0]
        chosen = [best] if best.score >= MIN_SCORE and best.acting else []
    if len(chosen) == 1:                # the other side may be named often without acting
        chosen += [e for e in ranked[:2] if e is not chosen[0] and e.acting >= 3]
    if len(chosen) == 1:                # or only as the place things happen, three times and more
        chosen += [e for e in ranked[:2] if e is not chosen[0] and len(e.spans) >= 3]
    if len(chosen) == 1:                # an envoy's story told from the host's capital
        chosen += _dateline_host(doc, mentions, chosen[0].code)
    if len(chosen) == 1:                # the other side may be a region's head
        chosen += _region_heads(doc, {e.code for e in chosen})
    if len(chosen) < 2:                 # or a region the lead names ("Пензенскую область посетила
        taken = {e.code for e in chosen}  # делегация Бухарской области"): its state acts there
        chosen += _lead_regions(doc, taken)[:2 - len(chosen)]
    if len(chosen) == 1:                # or the state whose news agency writes the dateline
        chosen += _agency_home(doc, ev, chosen[0].code)
    return sorted(chosen, key=lambda e: (e.spans or e.leader_spans)[0][0])


REGION_HEADS = word_list("region_heads")
AGENCY_CHARS = 120


def _agency_home(doc, ev: dict, side: str) -> list[_Evidence]:
    """"Accra (VNA) – Deputy Minister Nguyen Minh Hang paid a trip to Ghana … Vietnam always
    values …": a state's own agency tells its officials' story; where the text names that
    state too, it is the other side."""
    head = doc.text[:AGENCY_CHARS]
    for code, name in agencies():
        if code != side and code in ev and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", head):
            e = ev[code]
            return [_Evidence(code, spans=e.spans, score=MIN_SCORE, signals={"actor"}, acting=1)]
    return []


@lru_cache(maxsize=1)
def agencies() -> tuple:
    """(state code, agency name) of ``agencies.tsv``."""
    return tuple((r[0], r[1]) for r in rows("agencies.tsv") if len(r) >= 2)
DATELINE_CHARS = 300


def _dateline_host(doc, mentions: list[StateMention], side: str) -> list[_Evidence]:
    """"ISLAMABAD: US Charge d'Affaires X called on the Minister for Commerce": where the one
    side is known only by its envoy, the capital of the dateline is the host, the other side."""
    toks = doc.tokens
    cues = cues_for("ru" if _is_russian(doc) else "en")
    if not any(m.code == side and _envoy(toks, m, cues) for m in mentions):
        return []
    for m in mentions:
        if m.start > DATELINE_CHARS:
            break
        if m.kind == "capital" and m.code != side and is_place(toks, m, cues, doc.text):
            return [_Evidence(m.code, spans=[(m.start, m.stop)], score=MIN_SCORE,
                              signals={"host"}, acting=1)]
    return []


def _envoy(toks, m: StateMention, cues: Cues) -> bool:
    """The state's mention names an envoy: "US Ambassador", "Посол США"."""
    near = toks[max(0, m.tok_start - 2):m.tok_start] + toks[m.tok_stop:m.tok_stop + 4]
    return any(t.sent == toks[m.tok_start].sent and (norm(t.lemma) in cues.diplomat
                                                      or norm(t.text) in cues.diplomat) for t in near)


def _region_heads(doc, taken: set) -> list[_Evidence]:
    """"Губернатор Ростовской области провёл встречу с президентом Беларуси": a region's
    head acts for the region's state, the side the states named do not give."""
    lex = lexicon(doc.lang if doc.lang in ("ru", "en") else "ru")
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        if (t.lemma or t.text).lower() not in REGION_HEADS:
            continue
        for nxt in toks[i + 1:i + 3]:
            code = lex.region(nxt.text)
            if code and code not in taken:
                return [_Evidence(code, spans=[(nxt.start, nxt.stop)], score=MIN_SCORE,
                                  signals={"actor"}, acting=1)]
    return []


_REGION_NOUNS = word_list("region_nouns")


def _lead_regions(doc, taken: set) -> list[_Evidence]:
    """The states of the regions ("Пензенская область", "Бухарской области") the headline
    and lead name, in order, other than those taken."""
    lex = lexicon(doc.lang if doc.lang in ("ru", "en") else "ru")
    toks, out = doc.tokens, []
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if t.start > LEAD_CHARS:
            break
        if t.text[:1].isupper() and (nxt.lemma or nxt.text).lower() in _REGION_NOUNS:
            code = lex.region(t.text)
            if code and code not in taken and code not in {e.code for e in out}:
                out.append(_Evidence(code, spans=[(t.start, t.stop)], score=MIN_SCORE,
                                     signals={"actor"}, acting=1))
    return out


def score_states(doc, mentions: list[StateMention]) -> dict[str, _Evidence]:
    """Per state: its mentions, the signals seen on them and the summed score."""
    toks = doc.tokens
    ru = _is_russian(doc)
    cues = cues_for("ru" if ru else "en")
    by_id = {(t.sent, t.id): t for t in toks} if ru else {}
    state_ends = {m.tok_stop - 1 for m in mentions}
    groups = _coordination_groups(toks, mentions, cues)
    lead_end = _lead_end(doc)
    sigs = []
    for i, m in enumerate(mentions):
        if ru:
            sig = signals_ru(toks, m, by_id, cues, state_ends)
        else:
            sig = signals_en(toks, m, cues, state_ends)
        _add_group_signals(doc, mentions, groups, i, sig, cues, lead_end)
        _add_role_signals(doc, m, sig, cues)
        sigs.append(sig)
    _share_in_groups(mentions, groups, sigs)
    return _sum_evidence(mentions, sigs)


def _add_group_signals(doc, mentions, groups, i: int, sig: set, cues: Cues, lead_end: int) -> None:
    """Signals of the mention's coordination group: in the lead, in a list, one of a pair,
    half of a compound ("российско-китайский")."""
    toks = doc.tokens
    m = mentions[i]
    size = len({mentions[j].code for j in groups[i]})
    if _open_list(toks, mentions[groups[i][-1]], cues):
        size = max(size, 3)         # "X и Y и другие страны": examples from a list
    elif size >= 3 and _after_between(toks, mentions[groups[i][0]], cues):
        sig.add("between")          # "между Ираном, Польшей и Ираком": one relation of three
        size = 2
    if m.start < lead_end and (size < 3 or _headline_list(doc, mentions, groups[i])):
        sig.add("lead")
    if size >= 3:
        sig.add("list")
    elif size == 2:
        sig.add("pair")
    else:
        sig.discard("between")
    if _compound_pair(mentions, i):
        sig.add("compound")


def _add_role_signals(doc, m: StateMention, sig: set, cues: Cues) -> None:
    """An office or leader acts; otherwise the state may be the host or a venue."""
    toks = doc.tokens
    if m.kind in ("office", "leader"):
        sig.add("actor")            # "в Акорде состоялась встреча", "Лукашенко заявил"
    elif is_host(toks, m, cues):
        sig.add("host")
    elif is_place(toks, m, cues, doc.text):
        sig.add("venue")


def _share_in_groups(mentions, groups, sigs: list[set]) -> None:
    """What one member of a coordinated pair does, the other does too ("the delegations of
    Kazakhstan and Türkiye"); a place is a place for the whole group ("в Афганистане, Сирии")."""
    shared = [set().union(*(sigs[j] for j in groups[i])) for i in range(len(sigs))]
    for i, sig in enumerate(sigs):
        if "pair" in sig:
            sig |= shared[i] & _SHARED
        if "venue" in shared[i] and not sig & {"host", "venue"} \
                and mentions[i].kind in ("name", "abbr", "capital"):
            sig.add("venue")


def _sum_evidence(mentions, sigs: list[set]) -> dict[str, _Evidence]:
    """Per state: spans, the summed weight of its mentions and the signals of those that act."""
    ev: dict[str, _Evidence] = {}
    for m, sig in zip(mentions, sigs):
        e = ev.setdefault(m.code, _Evidence(m.code))
        (e.leader_spans if m.kind == "leader" else e.spans).append((m.start, m.stop))
        e.score += _weight(sig)
        e.acting += "venue" not in sig
        if "venue" in sig:
            e.signals.add("venue")      # a place says nothing of who acts
        else:
            e.signals |= sig if ("list" not in sig or "lead" in sig) else {"list"}
    return ev


def _weight(sig: set) -> float:
    if "venue" in sig:
        return W_BASE                   # "на встрече в Астане", "in Afghanistan": where, not who
    w = W_BASE
    if sig & {"actor", "subject"}:
        w += W_ACTOR
    if sig & {"compound", "between", "relation", "with", "host"}:
        w += W_RELATION
    if "lead" in sig:
        w += W_LEAD
    elif "list" in sig:
        w *= LIST_FACTOR
    return w


def _is_russian(doc) -> bool:
    return doc.lang == "ru" or any(t.pos for t in doc.tokens[:50])


def _lead_end(doc) -> int:
    """End of the lead: the first line or sentence of five words or more (the headline,
    or the first sentence after a dateline or a rubric)."""
    text = doc.text
    for s in doc.sents:
        words = [t for t in s.tokens if t.text.isalpha()]
        if words and len(words) <= 8 and len(words[0].text) >= 3 and words[0].text.isupper() \
                and any(t.text in DASHES or t.text == "," for t in s.tokens):
            continue        # a dateline: "СТРЕЛЬНА (Ленинградская область), 22 ноя - РИА Новости."
        if len(words) >= LEAD_WORDS:
            # a headline without a full stop runs into the next line: cut at the line end
            nl = text.find("\n", words[LEAD_WORDS - 1].stop, s.stop)
            return nl if nl != -1 else s.stop
    return min(LEAD_CHARS, len(text))


def _coordination_groups(toks, mentions: list[StateMention], cues: Cues) -> list[list[int]]:
    """Mentions joined only by commas, conjunctions or dashes form one group (a pair or a
    list); groups[i] is the group of mention i."""
    groups: list[list[int]] = []
    cur: list[int] = []
    for i, m in enumerate(mentions):
        if cur:
            p = mentions[cur[-1]]
            between = toks[p.tok_stop:m.tok_start] if p.tok_stop <= m.tok_start else []
            joined = (p.tok_stop <= m.tok_start
                      and toks[p.tok_stop - 1].sent == toks[m.tok_start].sent
                      and len(between) <= 3
                      and all(norm(t.text) in cues.join or t.text in DASHES for t in between)
                      and (bool(between) or p.tok_start == m.tok_start))
            if not joined:
                groups.extend([cur] * len(cur))
                cur = []
        cur.append(i)
    groups.extend([cur] * len(cur))
    return groups


def _headline_list(doc, mentions: list[StateMention], group: list[int]) -> bool:
    """A headline that is only a list of states ("Турция, Венгрия и Пакистан."): the
    states named make up at least half of the words of their sentence."""
    sent = doc.tokens[mentions[group[0]].tok_start].sent
    words = sum(1 for t in doc.sents[sent].tokens if t.text.isalpha()) if sent < len(doc.sents) else 0
    return words > 0 and len(group) * 2 >= words


def _open_list(toks, last: StateMention, cues: Cues) -> bool:
    """The group goes on with "и другие страны", "and other countries"."""
    nxt = toks[last.tok_stop:last.tok_stop + 3]
    return len(nxt) >= 2 and norm(nxt[0].text) in cues.join and \
        any(norm(t.lemma) in cues.other or norm(t.text) in cues.other for t in nxt[1:])


def _after_between(toks, first: StateMention, cues: Cues) -> bool:
    """The group opens after "между" / "between": the ends of one relation, not examples."""
    i = first.tok_start
    return i > 0 and toks[i - 1].sent == toks[i].sent and norm(toks[i - 1].text) in cues.between


def _compound_pair(mentions: list[StateMention], i: int) -> bool:
    """российско-китайский, Kazakh-Turkish: two states inside one token."""
    m = mentions[i]
    return any(0 <= j < len(mentions) and mentions[j].tok_start == m.tok_start
               and mentions[j].code != m.code for j in (i - 1, i + 1))
