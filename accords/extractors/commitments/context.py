"""The indexes a document's commitments are read with, built once per document.

Every rule asks the same questions (a token's head and dependents, the quote around a
position, the states and persons the record knows), so they are answered here from one pass
over the document instead of each rule walking the tokens again; nothing is global.
"""
from __future__ import annotations

import re

from typing import NamedTuple, Optional

from ..quotes import (Lexicon, QuoteSpan, find_quotes, lex_lang, lexicon, people_of, state_mentions,
                      word_match)


class DocContext:
    """Per-document indexes, built once per call (no global state)."""

    def __init__(self, doc, record):
        self.doc = doc
        self.text = doc.text
        self.lang = lex_lang(doc)
        self.lex: Lexicon = lexicon(self.lang)
        self.states = state_mentions(doc)
        self.people = people_of(doc, record)
        self.quotes: list[QuoteSpan] = find_quotes(doc, record, self.states, self.people)
        self.by_id = {t.id: t for t in doc.tokens if t.id}
        self.children: dict[str, list] = {}
        for t in doc.tokens:
            if t.head_id and t.head_id != t.id:
                self.children.setdefault(t.head_id, []).append(t)
        self.sectors = _sector_mentions(doc, record)
        self.sectors_by_start = sorted(LocatedSector(a, b, order, sid)
                                       for order, (sid, (a, b)) in enumerate(self.sectors))
        self._regions: dict[int, Optional[str]] = {}   # token index -> region's state, on demand
        self.published = doc.published
        self.parties = [c.code for c in getattr(record, "countries", None) or []]
        # organisations whose state the record knows ("авиаперевозчик Qatar Airways")
        self.orgs = [(a, b, o.country) for o in getattr(record, "organizations", None) or []
                     if o.country for a, b in o.mentions]
        # quote start -> the state a quote of an unplaced speaker speaks for ("Кыргызстан
        # обеспечит …, мы планируем …"), filled as the quote's clauses are resolved
        self.quote_state: dict[int, str] = {}
        self.fallbacks = False      # also attribute cues by a fallback (when a scorer judges them)
        # a leader's statement at a joint press conference, given as a transcript
        self.joint_statement = bool(_JOINT_STATEMENT.search(doc.text, 0, _HEAD_CHARS)
                                    or _BOTH_LEADERS_WRITE.search(doc.text, 0, _HEAD_CHARS)
                                    or _HE_AND_I.search(doc.text, 0, _HEAD_CHARS))
        self.last_actor: Optional[tuple[int, str]] = None   # (end of cue, actor) of the last resolved cue
        self.labels: Optional[tuple] = None   # a transcript's speaker labels, found on demand (transcript.py)

    def region(self, t) -> Optional[str]:
        """The state of a region or city word (looked up only when asked: it is costly)."""
        if t.index not in self._regions:
            self._regions[t.index] = self.lex.region(t.text) if t.text[:1].isalpha() else None
        return self._regions[t.index]

    def words(self, kind: str) -> frozenset:
        """A word class of the modality lexicon ("speech", "joint", "announce" …)."""
        return self.lex.words.get(kind, frozenset())

    def says(self, t, kinds: tuple[str, ...] = ("express", "speech")) -> bool:
        """The token is a verb of stating or saying (English: the lexicon's stems match by
        prefix, "emphasi*" for "emphasised")."""
        return any(word_match(w, t.lemma) for kind in kinds for w in self.words(kind))

    def head(self, t):
        """The token's syntactic head (None for the root and for self-loops)."""
        h = self.by_id.get(t.head_id)
        return h if h is not None and h is not t else None

    def ancestors(self, t, depth: int):
        """The token's heads, nearest first, at most ``depth`` of them."""
        for _ in range(depth):
            t = self.head(t)
            if t is None:
                return
            yield t

    def kids(self, t) -> list:
        return self.children.get(t.id, []) if t.id else []

    def quote_at(self, pos: int) -> Optional[QuoteSpan]:
        for q in self.quotes:
            if q.start <= pos < q.stop:
                return q
        return None

    def subtree(self, t, limit: int = 40, skip_rels=()) -> list:
        """The token's phrase in text order, at most `limit` tokens, not entering `skip_rels`."""
        out, stack, seen = [], [t], set()
        while stack and len(out) < limit:
            c = stack.pop()
            if c.id in seen:
                continue
            seen.add(c.id)
            out.append(c)
            for k in self.kids(c):
                if k.rel not in skip_rels and k.id not in seen:
                    stack.append(k)
        return sorted(out, key=lambda x: x.start)


class LocatedSector(NamedTuple):
    """A sector mention by its place, with its rank in the mentions' own order."""
    start: int
    stop: int
    order: int
    sid: str


_HEAD_CHARS = 800      # where a transcript's title stands
# a statement both leaders sign, in their own first person: "The Prime Ministers reaffirmed
# the unique nature of the relationship. We are committed to …"
_BOTH_LEADERS_WRITE = re.compile(r"(?:^|[.!?]\s+)(?:The|Both)\s+(?:two\s+)?(?:Prime\s+Ministers|Presidents|"
                                 r"[Ll]eaders|[Gg]overnments\s+of\s+[A-Z]\w+\s+and\s+[A-Z]\w+)\s+"
                                 r"(?:\w+ly\s+)?(?:reaffirm|agree|affirm|confirm|recogni[sz]|welcome|decide)", re.M)
# a leader telling of the talks in the first person with the other beside him: "President Hu
# and I have agreed that …. We will endeavour to …" — "we" are both sides
_HE_AND_I = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s+and\s+I\s+"
                       r"(?:have\s+|had\s+)?(?:agreed|decided|discussed|reviewed|held|signed|reaffirmed|noted)\b")
_JOINT_STATEMENT = re.compile(r"joint\s+(?:press|media)\s+(?:conference|statement|briefing|appearance)|"
                              r"joint\s+(?:statement|communiqu[eé]|declaration)|"
                              r"совместн\w*\s+пресс-конференц|заявлени\w*\s+для\s+(?:прессы|сми)|"
                              r"совместн\w*\s+(?:заявлени|коммюнике|декларац)", re.I)


def _sector_mentions(doc, record) -> list[tuple[str, tuple[int, int]]]:
    """Every sector mention (the sectors lexicon, weak ones included; computed once per
    document and shared with the sectors component)."""
    from ..sectors import find_sectors

    return [(m.sector, (m.start, m.stop)) for m in find_sectors(doc)]
