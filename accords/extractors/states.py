"""States gazetteer: every mention of a state in a text, whatever form it takes.

A mention is a name ("Казахстаном", "Republic of Serbia"), an adjective or demonym
("казахстанская сторона", "Kazakh", "россияне"), an abbreviation ("РК", "США", "UAE"),
a capital standing for the state ("Астана и Белград договорились") or a leader's
office ("Кремль", "Akorda"). The lexicon is data (``accords/data/states.<lang>.tsv``);
this module only matches it.

Russian is matched by lemmas, so every inflection works: a token's keys are its
natasha lemma, its lower-cased text and (for capitalised words, where natasha's
lemma is sometimes off: "Минском" -> "минский") pymorphy's normal forms. A lexicon
word's keys are its lower-cased form and pymorphy's normal forms of its geographic,
adjectival and participle readings. English is matched by lower-cased tokens (plural
``-s`` stripped as an alternative: "Kazakhs", "Americans").

Lexicon flags (4th column):
  ``case``    the text must be written exactly as in the lexicon (РК, US, КР);
  ``exact``   no morphological expansion of the lexicon word (Того: never "тот");
  ``nostart`` not as the first word of a sentence (Того, Chad, Jordan);
  ``lower``   may be written in lower case (adjectives and demonyms are by default);
  ``noperson`` not next to a capitalised name (Chad Smith, George Washington).
Kinds beyond the six of :class:`StateMention`: ``prefix`` (a combining form before a
hyphen: "американо-", "Sino-"; those of -ский/-цкий adjectives are derived) and
``notafter`` (an adjective before this word is a language or a cuisine: "английский язык").
A ``-`` code marks a blocker: a phrase that contains a state name but is not the state
("Латинская Америка", "New Guinea"); it is matched and dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..lexicon import word_list
from ..nlp.morph import only_a_place
from ..nlp.ranges import starting_in
from .phrases import match_words
from .shared import shared
from .state_abbreviations import resolve_ambiguous, with_glosses
from .state_gazetteer import CYR as _CYR, DASHES as _DASHES, Entry as _Entry, gazetteer as _gazetteer
from .state_gazetteer import norm as _norm, normal_forms as _normal_forms

KINDS = ("name", "adj", "abbr", "capital", "office", "demonym")
_CASELESS_KINDS = {"adj", "demonym"}
_SPLIT_DASH = re.compile(r"[-‐‑–—]")
_FUNCTION_WORDS = word_list("state_name_neighbours")
_OPENERS = set("\"'«“„‘([{-–—•*")


@dataclass(frozen=True)
class StateMention:
    code: str        # ISO 3166-1 alpha-3
    start: int       # char offsets into the text
    stop: int
    kind: str        # name | adj | abbr | capital | office | demonym (| leader: find_leaders)
    tok_start: int   # token index range in doc.tokens, stop exclusive
    tok_stop: int


@lru_cache(maxsize=100_000)
def _token_keys(text: str, lemma: str) -> frozenset:
    low = _norm(text)
    keys = {low, _norm(lemma or text)}
    if _CYR.search(low):
        if text[:1].isupper():
            keys |= _normal_forms(low)
    elif len(low) > 3 and low.endswith("s"):
        keys.add(low[:-1])                               # Kazakhs, Americans
    return frozenset(keys)


def _sentence_initial(tokens: Sequence, i: int) -> bool:
    """First word of its sentence (or of a line), ignoring opening quotes and bullets."""
    j = i - 1
    while j >= 0 and tokens[j].sent == tokens[i].sent and tokens[j].text in _OPENERS:
        j -= 1
    if j < 0 or tokens[j].sent != tokens[i].sent:
        return True
    return tokens[j].text in ".!?:;"


def _is_name_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.text.isalpha() and not tok.text.isupper()


def _known(tok) -> bool:
    """A word the gazetteer knows by itself (Kazakhstan, Astana): not a first name."""
    return any(len(e.words) == 1 for k in _token_keys(tok.text, tok.lemma)
               for e in _gazetteer().index.get(k, ()))


def _in_url(toks: Sequence, i: int, j: int) -> bool:
    """Kremlin.ru, www.akorda.kz: a name glued to a dot and a domain is not a mention."""
    if j + 1 < len(toks) and toks[j].text == "." and toks[j].start == toks[j - 1].stop \
            and toks[j + 1].start == toks[j].stop and toks[j + 1].text[:1].islower():
        return True
    return i >= 1 and toks[i - 1].text in ("/", "@") and toks[i - 1].stop == toks[i].start


_UNIT_WORDS = frozenset({"Department", "Division", "Desk", "Bureau", "Directorate",
                         # a news outlet named after a state: "Pakistan Point News", "China Daily"
                         "Point", "News", "Daily", "Times", "Today", "Tribune", "Observer",
                         "Herald", "Gazette", "Telegraph", "Insider", "Monitor", "Weekly"})


def _accepts(entry: _Entry, toks: Sequence, i: int) -> bool:
    first = toks[i].text
    flags = entry.flags
    j = i + len(entry.words)         # the token after the match
    if _in_url(toks, i, j):
        return False
    if entry.kind == "adj" and j < len(toks) and _gazetteer().notafter \
            and _token_keys(toks[j].text, toks[j].lemma) & _gazetteer().notafter:
        return False
    if "case" in flags:
        if any(toks[i + k].text.replace("’", "'") != w.replace("’", "'")
               for k, w in enumerate(entry.surface)):
            return False
    elif entry.code == "-":
        pass                                      # blockers match in any case
    elif entry.kind not in _CASELESS_KINDS or not _CYR.search(first):
        if "lower" not in flags and not first[:1].isupper():
            return False
    if entry.kind == "name" and j < len(toks) and toks[j].text in _UNIT_WORDS:
        return False      # "the Europe and America Department": a ministry's unit; a newspaper
    if "nostart" in flags and _sentence_initial(toks, i):
        return False
    if "noperson" in flags:     # Chad Smith, George Washington, Джордж Вашингтон
        if j < len(toks) and _is_name_word(toks[j]) and toks[j].sent == toks[i].sent:
            return False
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and _is_name_word(prev) and prev.sent == toks[i].sent \
                and _norm(prev.text) not in _FUNCTION_WORDS and not _known(prev):
            return False
    return True


def _match(toks: Sequence, keys: list) -> list[tuple[int, int, str, str, int, int]]:
    """Leftmost-longest matches: (tok_start, tok_stop, code, kind, char_start, char_stop)."""
    g = _gazetteer()
    out = []
    i, n = 0, len(toks)
    while i < n:
        best = None
        seen_entries = set()
        # the written form's own key first, then the others in a fixed order: among matches of
        # one length the first wins, so the order must not depend on the set's hashing
        known = [k for k in keys[i] if k in g.index]
        if len(known) > 1:
            own = _norm(toks[i].text)
            known.sort(key=lambda k: (k != own, k))
        for k in known:
            for e in g.index.get(k, ()):
                if id(e) in seen_entries:
                    continue
                seen_entries.add(id(e))
                L = len(e.words)
                if best is not None and L <= best[1] - best[0]:
                    continue
                if i + L > n:
                    continue
                if match_words(n, i, e.words, lambda w, j: bool(keys[j] & w)) is not None \
                        and _accepts(e, toks, i):
                    best = (i, i + L, e.code, e.kind)
        if best is not None:
            s, t, code, kind = best
            if code != "-":
                out.append((s, t, code, kind, toks[s].start, toks[t - 1].stop))
            i = t
            continue
        # a two-word name whose second word opens a compound: "Viet Nam-China"
        if i + 1 < n and any(d in toks[i + 1].text for d in _DASHES):
            joined = _two_word_compound(toks, i)
            if joined:
                out.extend(joined)
                i += 2
                continue
        # hyphenated compounds: российско-казахстанских, Kazakh-Serbian, US-China
        if any(d in toks[i].text for d in _DASHES) and len(toks[i].text) > 3:
            out.extend(_match_compound(toks[i], i))
        i += 1
    return out


def _two_word_compound(toks: Sequence, i: int) -> list:
    """"Viet Nam-China", "Sri Lanka-India": a state of two words whose second word is the
    first part of a hyphenated compound; every part is a mention, or none is."""
    g = _gazetteer()
    nxt = toks[i + 1]
    pieces = _SPLIT_DASH.split(nxt.text)
    if len(pieces) < 2 or not all(pieces):
        return []
    head = next((e for e in g.index.get(_norm(toks[i].text), ()) if len(e.words) == 2
                 and e.code != "-" and _norm(pieces[0]) in e.words[1]), None)
    if head is None:
        return []
    out = [(i, i + 2, head.code, head.kind, toks[i].start, nxt.start + len(pieces[0]))]
    pos = len(pieces[0]) + 1
    for piece in pieces[1:]:
        e = next((e for k in sorted(_token_keys(piece, piece)) for e in g.index.get(k, ())
                  if len(e.words) == 1 and e.code != "-"), None)
        if e is None:
            return []
        out.append((i + 1, i + 2, e.code, e.kind, nxt.start + pos, nxt.start + pos + len(piece)))
        pos += len(piece) + 1
    return out


def _match_compound(tok, i: int) -> list:
    g = _gazetteer()
    parts, pos = [], 0
    for piece in _SPLIT_DASH.split(tok.text):
        parts.append((piece, tok.start + pos))
        pos += len(piece) + 1
    if len(parts) < 2 or any(not p for p, _ in parts):
        return []
    out = []
    lemma_tail = _SPLIT_DASH.split(tok.lemma or "")[-1] if tok.lemma else ""
    for j, (piece, start) in enumerate(parts):
        low = _norm(piece)
        code, kind = None, None
        if j < len(parts) - 1 and low in g.prefixes:
            code, kind = g.prefixes[low], "adj"
        else:
            keys = _token_keys(piece, lemma_tail if j == len(parts) - 1 else piece)
            if j == len(parts) - 1 and _CYR.search(low):
                keys = keys | _normal_forms(low)
            for k in sorted(keys, key=lambda k: (k != low, k)):
                for e in g.index.get(k, ()):
                    if len(e.words) == 1 and e.code != "-" and (
                            "case" not in e.flags or piece == e.surface[0]):
                        code, kind = e.code, e.kind
                        break
                if code:
                    break
        if code is None:
            return []              # a compound is all states or none (Нур-Султан is not)
        out.append((i, i + 1, code, kind, start, start + len(piece)))
    return out


def _mentions(toks: Sequence) -> list[StateMention]:
    if not toks:
        return []
    keys = [_token_keys(t.text, t.lemma) for t in toks]
    return with_glosses([StateMention(code, cs, ce, kind, toks[s].index, toks[t - 1].index + 1)
                          for s, t, code, kind, cs, ce in _match(toks, keys)], toks)


# kinds a person span of the NER cannot hide: no person is called "Кремль" or "Акорда"
_PERSON_SAFE_KINDS = ("adj", "abbr", "demonym", "leader", "office")

def _all_mentions(doc) -> tuple:
    """State and leader mentions of the document (computed once per document: several
    components ask for them). A name inside a person span of the NER (Ливанов, Доминика,
    Джордж Вашингтон) is not a state."""
    return shared(doc).once("states", lambda: _compute_mentions(doc))


def _compute_mentions(doc) -> tuple:
    ms = resolve_ambiguous(_mentions(doc.tokens), doc.text)
    # "US$50 billion", "US $ 451 million" are a currency
    ms = [m for m in ms if doc.text[m.stop:m.stop + 2].lstrip(" ")[:1] != "$"]
    per = [(sp.start, sp.stop) for sp in getattr(doc, "spans", None) or ()
           if sp.type == "PER" and not only_a_place(doc.text[sp.start:sp.stop])]
    if per:
        inside = {id(m) for sp in per for m in starting_in(ms, sp[0], sp[1]) if m.stop <= sp[1]}
        ms = [m for m in ms if m.kind in _PERSON_SAFE_KINDS or id(m) not in inside]
    return tuple(ms)


def find_states(doc) -> list[StateMention]:
    """Every state mention in the document, in text order."""
    try:
        return [m for m in _all_mentions(doc) if m.kind != "leader"]
    except Exception:
        return []


def find_leaders(doc) -> list[StateMention]:
    """Mentions of well-known leaders (Путин, Tokayev), kind 'leader', with their state."""
    try:
        return [m for m in _all_mentions(doc) if m.kind == "leader"]
    except Exception:
        return []


def state_of_phrase(tokens: Sequence) -> str | None:
    """The state a short token run names ("премьер-министр Республики Сербия" -> SRB);
    the first one when several are named; None when none."""
    try:
        ms = [m for m in _mentions(list(tokens)) if m.kind != "leader"]
    except Exception:
        return None
    return ms[0].code if ms else None
