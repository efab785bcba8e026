"""quotes: direct speech with its speaker.

Press releases quote in a handful of shapes: a paragraph that opens with a dash and ends
"…, — подчеркнул Олжас Бектенов."; «…», — сказал он; X: «…»; “…,” said X; and partial
quotes inside a sentence that has a verb of saying ("Как подчеркнул Путин, стороны «…»").
Each quote is tied to a person of the record through its attribution phrase (a name, a
pronoun for the last person mentioned, or a role such as "белорусский премьер").

The package by job: :mod:`.finder` (the quote shapes), :mod:`.marks` (quotation mark
pairs), :mod:`.attribution` (the phrase naming the speaker), :mod:`.speaker` (whom it
names), :mod:`.people` and :mod:`.person_context` (where the record's persons occur).

What commitments and projects reuse lives in :mod:`..cues` (the cue lexicon) and
:mod:`..text` (token patterns, span trimming, state mentions); it is re-exported here so
that imports from ``quotes`` keep working.
"""
from __future__ import annotations


from ...record import Quote
from ..cues import Cue, Lexicon, lex_lang, lexicon
from ..text import find_phrases, match_seq, state_mentions, states_in, trim_span, word_match
from .finder import QuoteSpan, find_quotes
from .people import Occurrence, People, people_of, surname_key
from .speaker import Speaker, resolve_phrase


__all__ = ["Cue", "Lexicon", "Occurrence", "People", "QuoteSpan", "Speaker", "extract",
           "find_phrases", "find_quotes", "lex_lang", "lexicon", "match_seq", "people_of",
           "resolve_phrase", "state_mentions", "states_in", "surname_key", "trim_span",
           "word_match"]


def extract(doc, record) -> list[Quote]:
    """The document's quotes, each with its speaker's name where one is known."""
    return [Quote(speaker=q.speaker, text=doc.text[q.start:q.stop], evidence=(q.start, q.stop))
            for q in find_quotes(doc, record)]
