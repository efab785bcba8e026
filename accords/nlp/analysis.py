"""One analysed document: sentences, tokens with lemmas, morphology, syntax and NER spans.

natasha's models are loaded once per process (:func:`_models`). Russian text goes
through the whole natasha pipeline; other languages are segmented by razdel and get
lower-cased lemmas, so the rule-based extractors can run on them unchanged.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Iterable, Optional

from .lang import detect_language


@dataclass(slots=True)
class Token:
    text: str
    start: int
    stop: int
    lemma: str
    pos: str = ""
    feats: dict = field(default_factory=dict)
    id: str = ""
    head_id: str = ""
    rel: str = ""
    sent: int = 0          # index of the sentence
    index: int = 0         # index in the document's token list


@dataclass(slots=True)
class Sentence:
    start: int
    stop: int
    text: str
    tokens: list[Token]
    index: int = 0


class NerSpan:
    """A natasha NER span. ``normal`` (natasha's normal form) is computed on first use:
    only a few spans are ever read that way, and normalising all of them costs about 7 %
    of the analysis."""
    __slots__ = ("type", "start", "stop", "text", "tokens", "_normal", "_source")

    def __init__(self, type: str, start: int, stop: int, text: str, normal: str | None,
                 tokens: list[Token], source=None):
        self.type, self.start, self.stop, self.text = type, start, stop, text
        self.tokens, self._normal, self._source = tokens, normal, source

    @property
    def normal(self) -> str:
        if self._normal is None:
            self._normal = self.text
            if self._source is not None:
                try:
                    self._source.normalize(_models()["vocab"])
                    self._normal = self._source.normal or self.text
                except Exception:  # natasha's normaliser fails on rare inputs
                    pass
                self._source = None
        return self._normal

    def __repr__(self) -> str:
        return f"NerSpan({self.type}, {self.start}, {self.stop}, {self.text!r})"


@dataclass
class Analysis:
    """What every extractor reads: the text, its language, date and analysis."""
    text: str
    lang: str
    published: Optional[date]
    sents: list[Sentence]
    tokens: list[Token]
    spans: list[NerSpan]
    derived: dict = field(default_factory=dict, repr=False)

    def cached(self, key: str, compute):
        """A derived analysis that several components read (state mentions, sector
        mentions), computed once per document."""
        if key not in self.derived:
            self.derived[key] = compute(self)
        return self.derived[key]

    def sentence_of(self, pos: int) -> Sentence | None:
        for s in self.sents:
            if s.start <= pos < s.stop:
                return s
        return None

    def tokens_in(self, start: int, stop: int) -> list[Token]:
        return [t for t in self.tokens if t.start >= start and t.stop <= stop]


@lru_cache(maxsize=1)
def _models():
    from natasha import (MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)
    emb = NewsEmbedding()
    return {
        "segmenter": Segmenter(),
        "morph": NewsMorphTagger(emb),
        "syntax": NewsSyntaxParser(emb),
        "ner": NewsNERTagger(emb),
        "vocab": MorphVocab(),
    }


def load_models() -> None:
    """Load natasha once, ahead of a batch (the first call costs about a second)."""
    _models()


_CYR = re.compile(r"[А-Яа-яЁё]")
_LAT = re.compile(r"[A-Za-z]")


def guess_lang(text: str) -> str | None:
    """Detected language; Russian when lingua hesitates between Cyrillic languages
    on a text that is mostly Russian press release vocabulary is still lingua's call."""
    return detect_language(text)


def analyze(text: str, lang: str | None = None, published: date | None = None) -> Analysis:
    """Analyse one document. ``lang`` is detected when not given."""
    return analyze_many([(text, lang, published)])[0]


def analyze_many(items: Iterable[tuple[str, str | None, date | None]]) -> list[Analysis]:
    out = []
    for text, lang, published in items:
        lang = lang or guess_lang(text) or "und"
        if not any(ch.isalpha() for ch in text):
            # nothing to tag: natasha's taggers fail on texts without words
            out.append(_analyze_plain(text, lang, published))
        elif lang == "ru" or (lang not in ("en",) and _CYR.search(text[:2000])
                            and len(_CYR.findall(text[:2000])) > len(_LAT.findall(text[:2000]))):
            out.append(_analyze_natasha(text, lang, published))
        else:
            out.append(_analyze_plain(text, lang, published))
    return out


def _analyze_natasha(text: str, lang: str, published: date | None) -> Analysis:
    from natasha import Doc
    m = _models()
    doc = Doc(text)
    doc.segment(m["segmenter"])
    doc.tag_morph(m["morph"])
    doc.parse_syntax(m["syntax"])
    doc.tag_ner(m["ner"])
    vocab = m["vocab"]
    sents: list[Sentence] = []
    tokens: list[Token] = []
    by_start: dict[int, Token] = {}
    for si, s in enumerate(doc.sents):
        stoks = []
        for t in s.tokens:
            t.lemmatize(vocab)
            tok = Token(text=t.text, start=t.start, stop=t.stop,
                        lemma=(t.lemma or t.text).lower().replace("ё", "е"),
                        pos=t.pos or "", feats=dict(t.feats or {}), id=t.id,
                        head_id=t.head_id, rel=t.rel or "", sent=si, index=len(tokens))
            tokens.append(tok)
            stoks.append(tok)
            by_start[tok.start] = tok
        sents.append(Sentence(start=s.start, stop=s.stop, text=s.text, tokens=stoks, index=si))
    spans = []
    starts = [t.start for t in tokens]
    for sp in doc.spans:
        lo = bisect_left(starts, sp.start)
        hi = bisect_left(starts, sp.stop, lo)
        toks = [t for t in tokens[lo:hi] if t.stop <= sp.stop]
        spans.append(NerSpan(sp.type, sp.start, sp.stop, sp.text, None, toks, source=sp))
    return Analysis(text, lang, published, sents, tokens, spans)


def _analyze_plain(text: str, lang: str, published: date | None) -> Analysis:
    from razdel import sentenize, tokenize
    sents, tokens = [], []
    for si, s in enumerate(sentenize(text)):
        stoks = []
        for t in tokenize(s.text):
            tok = Token(text=t.text, start=s.start + t.start, stop=s.start + t.stop,
                        lemma=t.text.lower(), sent=si, index=len(tokens))
            tokens.append(tok)
            stoks.append(tok)
        sents.append(Sentence(start=s.start, stop=s.stop, text=s.text, tokens=stoks, index=si))
    return Analysis(text, lang, published, sents, tokens, [])
