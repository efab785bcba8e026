"""The analysed document every extractor reads: sentences, tokens with lemmas, morphology,
syntax and NER spans; and natasha's models, loaded once per process (:func:`_models`)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Optional


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
    """A natasha NER span. ``normal`` (natasha's normal form: each word inflected to the
    nominative, as ``DocSpan.normalize`` does) is computed on first use: only a few spans
    are ever read that way, and normalising all of them costs about 7 % of the analysis."""
    __slots__ = ("type", "start", "stop", "text", "tokens", "_normal")

    def __init__(self, type: str, start: int, stop: int, text: str, normal: str | None,
                 tokens: list[Token]):
        self.type, self.start, self.stop, self.text = type, start, stop, text
        self.tokens, self._normal = tokens, normal

    @property
    def normal(self) -> str:
        if self._normal is None:
            from natasha.norm import normalize, syntax_normalize
            method = syntax_normalize if self.type == "ORG" else normalize
            try:
                self._normal = method(_models()["vocab"], self.tokens) or self.text
            except Exception:  # natasha's normaliser fails on rare inputs
                self._normal = self.text
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
    warnings: list[str] = field(default_factory=list)   # parts the analysis could not read

    def cached(self, key: str, compute):
        """A derived analysis that several components read (state mentions, sector
        mentions), computed once per document."""
        if key not in self.derived:
            self.derived[key] = compute(self)
        return self.derived[key]

    def sentence_of(self, pos: int) -> Sentence | None:
        starts = self.cached("_sentence_starts", lambda d: [s.start for s in d.sents])
        i = bisect_right(starts, pos) - 1
        if i >= 0 and self.sents[i].start <= pos < self.sents[i].stop:
            return self.sents[i]
        return None

    def tokens_in(self, start: int, stop: int) -> list[Token]:
        """Tokens inside ``[start, stop)``, found by bisection (extractors call this per
        mention: a scan of the whole document each time made long texts quadratic)."""
        starts = self.cached("_token_starts", lambda d: [t.start for t in d.tokens])
        out = []
        for i in range(bisect_left(starts, start), len(starts)):
            t = self.tokens[i]
            if t.start >= stop:
                break
            if t.stop <= stop:
                out.append(t)
        return out


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
