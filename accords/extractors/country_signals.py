"""Signals on one state mention, for deciding the parties (:mod:`.countries`): the
mention is an actor ("Президент Сербии", "Kazakh Prime Minister"), the subject, one end
of a relation, between two states, the host of an envoy, or a mere place or dateline.
The cue words are data: ``accords/data/countries.<lang>.tsv``."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import rows
from .states import StateMention

DASHES = frozenset({"-", "–", "—", "−"})
HEAD_HOPS = 2            # nominal heads climbed from a state to a title (министра ... дел России)
_NOMINAL_RELS = frozenset({"nmod", "amod", "appos", "flat", "flat:name", "obl"})


@dataclass(frozen=True)
class Cues:
    """The cue word lists of one language, by the column names of the data file."""
    party: frozenset = frozenset()
    relation: frozenset = frozenset()
    diplomat: frozenset = frozenset()
    place: frozenset = frozenset()
    host: frozenset = frozenset()
    between: frozenset = frozenset()
    with_: frozenset = frozenset()
    join: frozenset = frozenset()
    other: frozenset = frozenset()
    verb: frozenset = frozenset()


@lru_cache(maxsize=4)
def cues_for(lang: str) -> Cues:
    """The cue words of a language, normalised as :func:`norm` does."""
    words: dict[str, set] = {}
    for row in rows(f"countries.{lang}.tsv"):
        if len(row) >= 2:
            words.setdefault(row[0], set()).add(norm(row[1]))
    return Cues(**{("with_" if k == "with" else k): frozenset(v)
                   for k, v in words.items() if k in Cues.__dataclass_fields__ or k == "with"})


def norm(s: str) -> str:
    return s.lower().replace("ё", "е")


_DATELINE_PUNCT = frozenset({",", ".", "/", "("}) | DASHES


def is_place(toks, m: StateMention, cues: Cues, text: str) -> bool:
    """The state as a place: a venue or a scene ("в Астане", "ситуация в Афганистане",
    "in Baku"), or a dateline ("ДУШАНБЕ, 9 окт —", "ASTANA —"). Not "экспорт в Россию"."""
    first = toks[m.tok_start]
    if m.kind in ("adj", "demonym", "leader"):
        return False
    if m.tok_start > 0 and norm(toks[m.tok_start - 1].text) in cues.place \
            and toks[m.tok_start - 1].sent == first.sent:
        case = (toks[m.tok_stop - 1].feats or {}).get("Case")
        return case in (None, "Loc")
    # a dateline: "ДУШАНБЕ, 9 окт —", "ASTANA —", "TASHKENT. KAZINFORM", a line "Baku, Azerbaijan, May 12"
    nxt = toks[m.tok_stop] if m.tok_stop < len(toks) else None
    if m.kind != "capital" or nxt is None or nxt.text not in _DATELINE_PUNCT:
        return False
    line_start = text.rfind("\n", 0, first.start) + 1
    prefix = text[line_start:first.start]          # nothing, or a date: "2 ноября, "
    return (first.text.isupper() and len(first.text) > 3) or \
        (len(prefix) < 40 and not any(c.isupper() for c in prefix))


def is_host(toks, m: StateMention, cues: Cues) -> bool:
    """The state an envoy is accredited to ("Посол Японии в Казахстане", "Ambassador of
    Japan to Kazakhstan"): the other side of the relation, not a place."""
    i = m.tok_start
    if i < 2 or norm(toks[i - 1].text) not in cues.host:
        return False
    sent = toks[i].sent
    return any(t.sent == sent and (norm(t.lemma) in cues.diplomat or norm(t.text) in cues.diplomat)
               for t in toks[max(0, i - 6):i - 1])


def _syntactic_head(toks, m: StateMention):
    """The token of the mention whose head lies outside it."""
    span = toks[m.tok_start:m.tok_stop]
    ids = {t.id for t in span}
    for t in span:
        if t.head_id not in ids:
            return t
    return span[-1] if span else None


def signals_ru(toks, m: StateMention, by_id: dict, cues: Cues, state_ends: set) -> set:
    sig: set = set()
    sent = toks[m.tok_start].sent
    if m.kind == "adj":                 # казахстанская сторона, российский президент
        for t in toks[m.tok_stop:m.tok_stop + 3]:
            if t.sent != sent:
                break
            if t.lemma in cues.party:
                sig.add("actor")
                break
            if t.lemma in cues.relation:
                sig.add("relation")
                break
    # syntax: up the mention's coordination (Беларуси и Омана), then up to two nominal
    # heads (министра иностранных дел России) to a title or a relation noun
    node = _syntactic_head(toks, m)
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
        if parent.lemma in cues.party and node.rel != "obl":
            sig.add("actor")
            break
        if parent.lemma in cues.relation:
            sig.add("relation")
            break
        if node.rel == "obl" or parent.pos not in ("NOUN", "PROPN"):
            break
        node = parent
    sig |= _preposition_signals(toks, m, cues, state_ends)
    return sig


def signals_en(toks, m: StateMention, cues: Cues, state_ends: set) -> set:
    sig: set = set()
    n = len(toks)
    sent = toks[m.tok_start].sent
    # Kazakh Prime Minister, Kazakhstan's President, the Turkish side, Uzbek counterpart
    j = m.tok_stop
    if j + 1 < n and toks[j].text in ("'", "’") and norm(toks[j + 1].text).startswith("s"):
        j += 2
    for t in toks[j:j + 3]:
        if t.sent != sent:
            break
        low = norm(t.text)
        if low in cues.party or (low.startswith("s") and low[1:] in cues.party):  # ’sPresident
            sig.add("actor")
            break
        if low in cues.relation:
            sig.add("relation")
            break
        if not t.text[:1].isupper() and low not in ("-", "of"):
            break
    # President of Kazakhstan, the delegations of the Republic of Uzbekistan
    k = m.tok_start - 1
    if k >= 1 and norm(toks[k].text) == "the":
        k -= 1
    if k >= 1 and norm(toks[k].text) == "of" and toks[k].sent == sent:
        for t in toks[max(0, k - 4):k]:
            low = norm(t.text)
            if t.sent == sent and low in cues.party:
                sig.add("actor")
            elif t.sent == sent and low in cues.relation:
                sig.add("relation")
    # Kazakhstan signed / Kazakhstan has implemented: the state is the subject
    if m.tok_stop < n and toks[m.tok_stop].sent == sent and m.kind in ("name", "abbr", "capital") \
            and norm(toks[m.tok_stop].text) in cues.verb:
        sig.add("subject")
    if _visited(toks, m):
        sig.add("host")
    sig |= _preposition_signals(toks, m, cues, state_ends)
    return sig


def _visited(toks, m: StateMention) -> bool:
    """English: the state a visit goes to ("a two-day visit to the East African nation of
    Rwanda", "a state visit to Rwanda"): the host, the other side of the relation."""
    i = m.tok_start
    sent = toks[i].sent
    for k in range(i - 2, max(-1, i - 9), -1):
        t = toks[k]
        if t.sent != sent or t.text in (",", ";", ":", "(", ")"):
            return False
        if norm(t.text) in ("visit", "visits", "trip") and norm(toks[k + 1].text) == "to":
            return True
    return False


def _preposition_signals(toks, m: StateMention, cues: Cues, state_ends: set) -> set:
    """между X и Y / between X and Y; X с Y / X with Y (Сербии с Россией)."""
    sig: set = set()
    i = m.tok_start
    if i == 0 or toks[i - 1].sent != toks[i].sent:
        return sig
    prev = norm(toks[i - 1].text)
    if prev in cues.between or (i > 1 and norm(toks[i - 2].text) in cues.between
                                and toks[i - 2].sent == toks[i].sent):
        sig.add("between")
    if prev in cues.with_ and m.kind in ("name", "abbr", "capital") and (i - 2) in state_ends:
        sig.add("with")
    return sig
