"""Finding events: the triggers of each sentence, each placed in its clause (the sentence
cut at line breaks), one event per type and clause; "Related:" headlines are skipped."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...nlp.ranges import starting_in
from ..sectors import related_spans
from .address import addresses_a_leader
from .en_triggers import en_triggers
from .lexicon import en_lexicon, ru_lexicon
from .participants import state_mentions
from .ru_triggers import ru_triggers

_ASIDE = re.compile(r"^\W*(?:ранее|напомним|кроме\s+того,\s+ранее|earlier|previously|"
                    r"it\s+was\s+earlier)\b", re.I)


@dataclass(frozen=True)
class Clause:
    """The stretch of text an event stands in: its sentence, cut at line breaks
    (headlines and paragraphs without a final stop run together into one 'sentence')."""
    start: int
    stop: int
    text: str
    tokens: list


def clause_of(doc, sent, tok) -> Clause:
    """The line of the sentence the token stands in, trimmed of spaces."""
    text = doc.text
    start = text.rfind("\n", sent.start, tok.start) + 1 or sent.start
    start = max(start, sent.start)
    nl = text.find("\n", tok.stop, sent.stop)
    stop = sent.stop if nl < 0 else nl
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    toks = [t for t in sent.tokens if t.start >= start and t.stop <= stop]
    return Clause(start, stop, text[start:stop], toks)


def _sentence_hits(doc, sent, states: list) -> list[tuple[str, object]]:
    """(type, trigger token) of the sentence, by the reader of the document's language."""
    n_states = len({m.code for m in starting_in(states, sent.start, sent.stop)})
    if doc.lang == "ru":
        return ru_triggers(sent, ru_lexicon(), n_states)
    return [(typ, sent.tokens[i]) for typ, i in en_triggers(sent, en_lexicon(), n_states)]


def find_events(doc, states: list | None = None) -> list[tuple[str, Clause]]:
    """(type, clause) for every done act, in text order, one per type and clause."""
    states = state_mentions(doc) if states is None else states
    out = []
    related = related_spans(doc.text, doc.lang)     # "Related:" headlines of other stories
    for sent in doc.sents:
        if not sent.tokens or related and any(a <= sent.tokens[0].start < b for a, b in related):
            continue
        seen = set()
        for typ, tok in _sentence_hits(doc, sent, states):
            cl = clause_of(doc, sent, tok)
            if (typ, cl.start) not in seen:
                seen.add((typ, cl.start))
                out.append((typ, cl))
        cl = clause_of(doc, sent, sent.tokens[0])
        if not any(t == "CONSULT" for t, _ in seen) and addresses_a_leader(cl.text):
            out.append(("CONSULT", cl))     # "В.Путин: Уважаемый господин Президент!"
    return out


def third_party_aside(cl: Clause, states: list, parties: set) -> bool:
    """"Ранее Джакарта подписала соглашение с Канадой": a background sentence about one
    party's dealings with a state that is not a party is not an event of this relation."""
    if not parties or not _ASIDE.match(cl.text):
        return False
    here = {m.code for m in starting_in(states, cl.start, cl.stop)}
    return bool(here - parties) and len(here & parties) <= 1
