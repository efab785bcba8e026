"""Analysis of a text of any size: window by window, guarded, merged into one document.

Each window (see :mod:`.windows`) goes through natasha on its own and its offsets are
shifted back onto the whole text, so time grows linearly and memory stays bounded by the
window, not the document. natasha's objects of a window are dropped once it is read.
A window on which natasha raises is analysed again sentence by sentence; a sentence that
still fails gets tokens and lower-cased lemmas only. Either way the document keeps its
record and :attr:`Analysis.warnings` names the part and the error.
"""
from __future__ import annotations

from bisect import bisect_left
from datetime import date
from typing import NamedTuple

from .document import Analysis, NerSpan, Sentence, Token, _models
from .kazakh import kazakh_lemma
from .taggers import window_taggers
from .windows import paragraph_parts, sentence_segments, text_windows


class _Word(NamedTuple):
    """A razdel token in whole-text coordinates."""
    start: int
    stop: int
    text: str


# A word form's lemma depends only on its text, POS and features, and press releases repeat
# their words: lemmatising once per form and process saves most of pymorphy's work (bounded;
# emptied when full, so memory stays flat on any stream).
_LEMMA_CACHE = 200_000
_LEMMAS: dict[tuple, object] = {}
_MISSING = object()


class _Builder:
    """Collects sentences, tokens and spans of successive windows with whole-text offsets."""

    def __init__(self, text: str, plain_lemma=str.lower):
        self.text = text
        self.plain_lemma = plain_lemma         # lemma of a token natasha did not read
        self.sents: list[Sentence] = []
        self.tokens: list[Token] = []
        self.spans: list[NerSpan] = []
        self.warnings: list[str] = []
        self._feats: dict[tuple, dict] = {}   # one dict per distinct set of features
        self._strings: dict[str, str] = {}    # one object per distinct lemma and POS
        self.unlemmatised = 0                  # tokens pymorphy could not read

    def _shared(self, s: str) -> str:
        """One string object per distinct word, lemma and tag: tokens repeat them."""
        return self._strings.setdefault(s, s)

    def _shared_feats(self, feats) -> dict:
        if not feats:
            return {}
        key = tuple(feats.items())
        got = self._feats.get(key)
        if got is None:
            got = self._feats[key] = dict(feats)
        return got

    def add_natasha(self, doc, offset: int) -> None:
        """Read one natasha Doc of ``text[offset:...]`` into whole-text objects; all of it
        or, when reading fails, none of it."""
        marks = len(self.sents), len(self.tokens), len(self.spans)
        try:
            self._read_natasha(doc, offset)
        except BaseException:
            del self.sents[marks[0]:], self.tokens[marks[1]:], self.spans[marks[2]:]
            raise

    def _read_natasha(self, doc, offset: int) -> None:
        vocab = _models()["vocab"]
        first_token = len(self.tokens)
        for sent in doc.sents:
            si = len(self.sents)
            stoks = []
            for t in sent.tokens:
                lemma = self._shared(self._lemma(t, vocab))
                tok = Token(text=self._shared(t.text), start=offset + t.start, stop=offset + t.stop,
                            lemma=lemma, pos=self._shared(t.pos or ""),
                            feats=self._shared_feats(t.feats), id=_global_id(t.id, si),
                            head_id=_global_id(t.head_id, si), rel=self._shared(t.rel or ""),
                            sent=si, index=len(self.tokens))
                self.tokens.append(tok)
                stoks.append(tok)
            self.sents.append(Sentence(start=offset + sent.start, stop=offset + sent.stop,
                                       text=sent.text, tokens=stoks, index=si))
        window_tokens = self.tokens[first_token:]
        starts = [t.start for t in window_tokens]
        for sp in doc.spans:
            start, stop = offset + sp.start, offset + sp.stop
            lo = bisect_left(starts, start)
            hi = bisect_left(starts, stop, lo)
            toks = [t for t in window_tokens[lo:hi] if t.stop <= stop]
            self.spans.append(NerSpan(sp.type, start, stop, sp.text, None, toks, source=sp))

    def _lemma(self, token, vocab) -> str:
        key = (token.text, token.pos, tuple(token.feats.items()) if token.feats else ())
        lemma = _LEMMAS.get(key, _MISSING)
        if lemma is _MISSING:
            try:
                lemma = vocab.lemmatize(token.text, token.pos, token.feats)
            except Exception:  # noqa: BLE001 - pymorphy fails on some code points (U+17000)
                lemma = None
            if len(_LEMMAS) >= _LEMMA_CACHE:
                _LEMMAS.clear()
            _LEMMAS[key] = lemma
        token.lemma = lemma
        if lemma is None:
            self.unlemmatised += 1
        return (lemma or token.text).lower().replace("ё", "е")

    def add_plain(self, start: int, stop: int) -> None:
        """Sentences and tokens of ``text[start:stop]`` by razdel, lemma = lower-cased token."""
        from razdel import sentenize, tokenize
        for s in sentenize(self.text[start:stop]):
            base = start + s.start
            words = [_Word(base + t.start, base + t.stop, t.text) for t in tokenize(s.text)]
            parts = [seg for para in paragraph_parts(words, self.text) for seg in sentence_segments(para)]
            if len(parts) == 1:
                self._plain_sentence(words, (base, start + s.stop))
                continue
            for part in parts:
                if part:
                    self._plain_sentence(part, (part[0][0], part[-1][1]))

    def _plain_sentence(self, part, bounds: tuple[int, int]) -> None:
        si = len(self.sents)
        stoks = []
        for a, b, word in part:
            tok = Token(text=word, start=a, stop=b, lemma=self._shared(self.plain_lemma(word)),
                        sent=si, index=len(self.tokens))
            self.tokens.append(tok)
            stoks.append(tok)
        a, b = bounds
        self.sents.append(Sentence(start=a, stop=b, text=self.text[a:b], tokens=stoks, index=si))

    def analysis(self, lang: str, published: date | None) -> Analysis:
        if self.unlemmatised:
            self.warnings.append(f"lemmatiser failed on {self.unlemmatised} token(s); "
                                 "their lemma is the lower-cased word")
        return Analysis(self.text, lang, published, self.sents, self.tokens, self.spans,
                        warnings=self.warnings)


def _global_id(local: str | None, sent_index: int) -> str:
    """natasha numbers sentences within one Doc ("3_7"); renumbered for the whole text."""
    if not local:
        return ""
    return f"{sent_index + 1}_{local.rsplit('_', 1)[-1]}"


def natasha_doc(text: str):
    """natasha's full pipeline over one window, sentences longer than the limit cut."""
    from natasha import Doc
    from natasha.doc import DocSent
    m = _models()
    doc = Doc(text)
    doc.segment(m["segmenter"])
    sents = []
    for sent in doc.sents:
        parts = [seg for para in paragraph_parts(sent.tokens, text) for seg in sentence_segments(para)]
        for part in parts:
            if len(part) == len(sent.tokens):
                sents.append(sent)
                continue
            cut = DocSent(part[0].start, part[-1].stop, text[part[0].start:part[-1].stop])
            cut.tokens = list(part)
            sents.append(cut)
    doc.sents = sents
    window_taggers().tag(doc)     # natasha's three taggers, a third of their own time
    return doc


def _analyze_window(builder: _Builder, start: int, stop: int) -> None:
    text = builder.text
    try:
        builder.add_natasha(natasha_doc(text[start:stop]), start)
        return
    except Exception as e:  # noqa: BLE001 - one odd part must not lose the document
        failure = e
    from razdel import sentenize
    sentences = [(start + s.start, start + s.stop) for s in sentenize(text[start:stop])]
    if len(sentences) <= 1:
        builder.warnings.append(f"analysis failed on characters {start}-{stop} "
                                f"({type(failure).__name__}: {failure}); tokens only there")
        builder.add_plain(start, stop)
        return
    for a, b in sentences:
        _analyze_window(builder, a, b)


def analyze_windows(text: str, lang: str, published: date | None, natasha: bool) -> Analysis:
    """The whole text analysed window by window (natasha, or razdel tokens only)."""
    builder = _Builder(text, kazakh_lemma if lang == "kk" else str.lower)
    for start, stop in text_windows(text):
        if natasha:
            _analyze_window(builder, start, stop)
        else:
            builder.add_plain(start, stop)
    return builder.analysis(lang, published)
