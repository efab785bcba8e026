"""Commitment follow-up: which later sentences report on which earlier commitment.

Not all pairs: every sentence of every document is posted in an inverted index under
(country pair, key) for its content lemmas, its sectors and its named projects. A
commitment looks up only the postings of its own pairs and keys, keeps sentences of
documents published *after* it, and scores the few that share enough: weighted lemma
overlap (rare words weigh more), shared sectors, shared named projects, and the cosine of
navec vectors (the embeddings natasha ships) for Russian pairs. A sentence becomes a link
only when it also carries a status cue (``cues.py``): a later text that merely mentions the
subject says nothing about whether the promise was kept.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from .cues import for_promise, sentence_cue
from .sentences import read
from .text import keys as text_keys, object_keys, vector

MIN_SCORE = 0.34          # tuned on tests/links (docs/tracking.md)
MIN_OVERLAP = 0.12        # at least this share of the commitment's weighted lemmas
MAX_LINKS = 5             # per commitment
MAX_DF_SHARE = 0.5        # a key in more than half of a pair's indexed sentences: no signal
WEIGHTS = {"lemmas": 0.5, "vector": 0.2, "sectors": 0.1, "projects": 0.2}


@dataclass
class Doc:
    """What follow-up needs of a document (from its row and record)."""
    id: int
    sha256: str
    published: date | None
    text: str
    countries: list[str]
    sectors: list[tuple[str, int, int]] = field(default_factory=list)    # (id, start, end)
    projects: list[tuple[str, int, int]] = field(default_factory=list)   # (name, start, end)
    lang: str | None = None
    kept: str | None = None      # its cue sentences as ingest kept them (``sentences.pack``)


@dataclass
class Promise:
    """A commitment to follow (one tracked commitment)."""
    track_id: int
    document_id: int
    published: date | None
    actor: str
    parties: list[str]
    text: str
    sectors: list[str]
    projects: list[str] = field(default_factory=list)
    lang: str | None = None


@dataclass
class Link:
    track_id: int
    document_id: int
    span: tuple[int, int]
    text: str
    published: date | None
    status: str
    score: float
    reasons: str


@dataclass
class _Sentence:
    doc: Doc
    start: int
    end: int
    lemmas: frozenset
    sectors: frozenset
    projects: frozenset


def project_key(name: str) -> str:
    from .translit import name_words, skeleton

    return "p:" + " ".join(skeleton(w) for w in name_words(re.sub(r"[«»\"']", " ", name)))


def pairs_of(actor: str, parties: list[str]) -> list[tuple[str, str]]:
    states = sorted({p for p in parties if p and p != "JOINT"})
    if actor and actor != "JOINT":
        return [tuple(sorted((actor, p))) for p in states if p != actor]
    return list(combinations(states, 2))


class FollowupIndex:
    """Sentences that report a step or an outcome, under (pair, key); ``pair_sizes``
    counts every sentence of the pair, so rare keys still weigh more."""

    def __init__(self):
        self.postings: dict[tuple, list[int]] = defaultdict(list)
        self.sentences: list[_Sentence] = []
        self.pair_sizes: dict[tuple, int] = defaultdict(int)
        self.indexed: dict[tuple, int] = defaultdict(int)     # cue sentences per pair
        self._cues: dict[int, tuple | None] = {}
        self.computed: dict[int, str] = {}    # document id -> cue sentences not kept (or stale)

    def cue(self, sid: int) -> tuple[str, str] | None:
        if sid not in self._cues:
            s = self.sentences[sid]
            self._cues[sid] = sentence_cue(s.doc.text[s.start:s.end])
        return self._cues[sid]

    def add(self, doc: Doc) -> None:
        states = sorted(set(c for c in doc.countries if c != "JOINT"))
        # a document naming one state only is filed under (state, "*"): reports of a step
        # taken often name only the state that took it
        pairs = list(combinations(states, 2)) or [(states[0], "*")] if states else []
        if not pairs:
            return
        n, cues, packed = read(doc.kept, doc.text, doc.lang)
        if packed is not None:
            self.computed[doc.id] = packed
        for pair in pairs:
            self.pair_sizes[pair] += n
        for start, end, lemmas in cues:   # the others report no step or outcome: never a link
            sent = _Sentence(doc, start, end, lemmas,
                             frozenset(s for s, a, b in doc.sectors if a < end and b > start),
                             frozenset(project_key(name) for name, a, b in doc.projects if a < end and b > start))
            sid = len(self.sentences)
            self.sentences.append(sent)
            keys = list(sent.lemmas) + ["s:" + s for s in sent.sectors] + list(sent.projects)
            for pair in pairs:
                self.indexed[pair] += 1
                for k in keys:
                    self.postings[(pair, k)].append(sid)

    def idf(self, pair: tuple, key: str) -> float:
        n = self.pair_sizes.get(pair, 0)
        df = len(self.postings.get((pair, key), ()))
        return math.log((n + 1) / (df + 1)) + 0.1

    def candidates(self, promise: Promise, keys: list[str]) -> dict[int, tuple]:
        """Sentence id -> the pair it was found under, for sentences sharing a key."""
        found: dict[int, tuple] = {}
        pairs = pairs_of(promise.actor, promise.parties)
        singles = {(s, "*") for pair in pairs for s in pair}
        for pair in pairs + sorted(singles):
            limit = max(20, MAX_DF_SHARE * self.indexed.get(pair, 0))
            for k in keys:
                posting = self.postings.get((pair, k), ())
                if len(posting) > limit:
                    continue
                for sid in posting:
                    found.setdefault(sid, pair)
        return found


def _promise_keys(p: Promise) -> tuple[set[str], list[str]]:
    lemmas = text_keys(p.text, p.lang)
    keys = list(lemmas) + ["s:" + s for s in p.sectors] + [project_key(n) for n in p.projects]
    return lemmas, keys


def score_sentence(index: FollowupIndex, p: Promise, lemmas: set[str], sent: _Sentence,
                   pair: tuple) -> tuple[float, str]:
    """Weighted similarity of a promise and a later sentence, with the reasons."""
    across = (p.lang or "ru") != (sent.doc.lang or "ru")
    if across:   # only concepts and names are shared between languages
        lemmas = {l for l in lemmas if l[:2] in ("c:", "n:")}
    weights = {l: index.idf(pair, l) for l in lemmas}
    total = sum(weights.values()) or 1.0
    shared = lemmas & sent.lemmas
    if not object_keys(shared):
        return 0.0, "shares no object, only the action or a place"
    overlap = sum(weights[l] for l in shared) / total
    sectors = len(set(p.sectors) & sent.sectors) / len(p.sectors) if p.sectors else 0.0
    projects = 1.0 if {project_key(n) for n in p.projects} & sent.projects else 0.0
    cos = 0.0
    if WEIGHTS["vector"] and overlap >= MIN_OVERLAP:
        a, b = vector(p.text), vector(sent.doc.text[sent.start:sent.end])
        if a is not None and b is not None:
            cos = max(0.0, float(a @ b))
    score = (WEIGHTS["lemmas"] * min(1.0, overlap * 1.6) + WEIGHTS["vector"] * cos
             + WEIGHTS["sectors"] * sectors + WEIGHTS["projects"] * projects)
    if across:   # navec is Russian only: the other parts carry the whole score
        score /= 1.0 - WEIGHTS["vector"]
    reasons = (f"lemmas {overlap:.2f} ({', '.join(sorted(shared)[:6])}); cosine {cos:.2f}; "
               f"sectors {sectors:.2f}; project {'yes' if projects else 'no'}")
    return score, reasons


def follow(index: FollowupIndex, promise: Promise, min_score: float = MIN_SCORE,
           after_document: int | None = None) -> list[Link]:
    """The later sentences that report on ``promise``, best first (one per document);
    ``after_document``: only in documents stored after that one (an ingest's new ones)."""
    lemmas, keys = _promise_keys(promise)
    best: dict[int, Link] = {}
    for sid, pair in index.candidates(promise, keys).items():
        sent = index.sentences[sid]
        doc = sent.doc
        if after_document is not None and doc.id <= after_document:
            continue
        if doc.id == promise.document_id or not _later(doc.published, promise.published):
            continue
        if not object_keys(lemmas & sent.lemmas):
            continue
        cue = for_promise(index.cue(sid), promise.text)
        if cue is None:
            continue
        chunk = doc.text[sent.start:sent.end]
        score, reasons = score_sentence(index, promise, lemmas, sent, pair)
        if score < min_score:
            continue
        link = Link(promise.track_id, doc.id, (sent.start, sent.end), chunk, doc.published,
                    cue[0], round(score, 3), f"cue '{cue[1]}'; {reasons}")
        if doc.id not in best or best[doc.id].score < link.score:
            best[doc.id] = link
    return sorted(best.values(), key=lambda l: -l.score)[:MAX_LINKS]


def _later(when: date | None, than: date | None) -> bool:
    return when is not None and than is not None and when > than
