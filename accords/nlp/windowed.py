"""Analysis of a text of any size: window by window, guarded, merged into one document.

Each window (see :mod:`.windows`) goes through natasha on its own and its offsets are
shifted back onto the whole text, so time grows linearly and memory stays bounded by the
window, not the document. natasha's objects of a window are dropped once it is read.
A window on which natasha raises is analysed again sentence by sentence; a sentence that
still fails gets tokens and lower-cased lemmas only. Either way the document keeps its
record and :attr:`Analysis.warnings` names the part and the error.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from typing import NamedTuple

from natasha.span import envelop_spans

from .document import Analysis, NerSpan, Sentence, Token, _models
from .kazakh import kazakh_lemma
from .taggers import Tagged, window_taggers
from .windows import paragraph_parts, sentence_segments, text_windows


class _Word(NamedTuple):
    """A razdel token in whole-text coordinates."""
    start: int
    stop: int
    text: str


# A word form's lemma depends only on its text and morphological tag, and press releases repeat
# their words: lemmatising once per form and process saves most of pymorphy's work (bounded;
# emptied when full, so memory stays flat on any stream).
_LEMMA_CACHE = 200_000
_LEMMAS: dict[tuple, object] = {}
_MISSING = object()


class TaggedWindow(NamedTuple):
    """One window segmented and tagged: its tokens, its sentences (lists of token indexes)
    and what natasha's three models read in them."""
    text: str
    words: list[_Word]
    sentences: list[tuple[int, int, list[int]]]     # start, stop, token indexes
    tagged: Tagged


def segment(text: str) -> tuple[list[_Word], list[tuple[int, int, list[int]]]]:
    """razdel's tokens and sentences (what natasha's segmenter gives), each sentence cut
    where the splitter missed an end (:func:`.windows.paragraph_parts`) and where it is
    too long (:func:`.windows.sentence_segments`)."""
    from razdel import tokenize
    words = [_Word(t.start, t.stop, t.text) for t in tokenize(text)]
    index = {w.start: i for i, w in enumerate(words)}
    sentences = []
    sents = _plain_sentences(text) if text else []
    for sent, group in zip(sents, envelop_spans(words, sents)):
        parts = [seg for para in paragraph_parts(group, text) for seg in sentence_segments(para)]
        for part in parts:
            if len(part) == len(group):
                sentences.append((sent.start, sent.stop, [index[w.start] for w in part]))
            elif part:
                sentences.append((part[0].start, part[-1].stop, [index[w.start] for w in part]))
    return words, sentences


def tag_window(text: str) -> TaggedWindow:
    """natasha's pipeline over one window: segmentation, morphology, syntax, NER."""
    words, sentences = segment(text)
    tagged = window_taggers().tag(text, words, [indexes for _, _, indexes in sentences])
    return TaggedWindow(text, words, sentences, tagged)


class _Builder:
    """Collects sentences, tokens and spans of successive windows with whole-text offsets."""

    def __init__(self, text: str, plain_lemma=str.lower):
        self.text = text
        self.plain_lemma = plain_lemma         # lemma of a token natasha did not read
        self.sents: list[Sentence] = []
        self.tokens: list[Token] = []
        self.spans: list[NerSpan] = []
        self.warnings: list[str] = []
        self._strings: dict[str, str] = {}    # one object per distinct word and lemma
        self.unlemmatised = 0                  # tokens pymorphy could not read

    def _shared(self, s: str) -> str:
        """One string object per distinct word and lemma: tokens repeat them."""
        return self._strings.setdefault(s, s)

    def add_tagged(self, window: TaggedWindow, offset: int) -> None:
        """Read one tagged window of ``text[offset:...]`` into whole-text objects; all of it
        or, when reading fails, none of it."""
        marks = len(self.sents), len(self.tokens), len(self.spans)
        try:
            self._read_tagged(window, offset)
        except BaseException:
            del self.sents[marks[0]:], self.tokens[marks[1]:], self.spans[marks[2]:]
            raise

    def _read_tagged(self, window: TaggedWindow, offset: int) -> None:
        vocab = _models()["vocab"]
        morph_tags = window_taggers().morph_tags
        words, tagged = window.words, window.tagged
        first_token = len(self.tokens)
        for a, b, sentence in window.sentences:
            si = len(self.sents)
            sid = si + 1
            where = {w: k for k, w in enumerate(sentence, 1)}
            stoks = []
            for w in sentence:
                word = words[w]
                pos, feats = morph_tags[tagged.tags[w]]
                head = tagged.heads[w]
                tok = Token(text=self._shared(word.text), start=offset + word.start,
                            stop=offset + word.stop,
                            lemma=self._shared(self._lemma(word.text, tagged.tags[w], pos, feats, vocab)),
                            pos=pos, feats=feats, id=f"{sid}_{where[w]}",
                            head_id=f"{sid}_{where[head] if head >= 0 else 0}", rel=tagged.rels[w],
                            sent=si, index=len(self.tokens))
                self.tokens.append(tok)
                stoks.append(tok)
            self.sents.append(Sentence(start=offset + a, stop=offset + b, text=window.text[a:b],
                                       tokens=stoks, index=si))
        window_tokens = self.tokens[first_token:]
        starts = [t.start for t in window_tokens]
        for start, stop, kind in tagged.spans:
            start, stop = offset + start, offset + stop
            lo = bisect_left(starts, start)
            hi = bisect_left(starts, stop, lo)
            toks = [t for t in window_tokens[lo:hi] if t.stop <= stop]
            self.spans.append(NerSpan(kind, start, stop, self.text[start:stop], None, toks))

    def _lemma(self, text: str, tag: int, pos: str, feats: dict, vocab) -> str:
        key = (text, tag)
        lemma = _LEMMAS.get(key, _MISSING)
        if lemma is _MISSING:
            try:
                lemma = vocab.lemmatize(text, pos, feats)
                if lemma and pos != "VERB" and lemma == text.lower():
                    lemma = _verb_lemma(lemma) or lemma
            except Exception:  # noqa: BLE001 - pymorphy fails on some code points (U+17000)
                lemma = None
            if len(_LEMMAS) >= _LEMMA_CACHE:
                _LEMMAS.clear()
            _LEMMAS[key] = lemma
        if lemma is None:
            self.unlemmatised += 1
        return (lemma or text).lower().replace("ё", "е")

    def add_plain(self, start: int, stop: int) -> None:
        """Sentences and tokens of ``text[start:stop]`` by razdel, lemma = lower-cased token."""
        from razdel import tokenize
        for s in _plain_sentences(self.text[start:stop]):
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


def _analyze_window(builder: _Builder, start: int, stop: int) -> None:
    text = builder.text
    try:
        builder.add_tagged(tag_window(text[start:stop]), start)
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


_VERB_FORMS = frozenset({"VERB", "INFN"})


def _verb_lemma(word: str) -> str | None:
    """The infinitive of a word the tagger took for a noun that can only be a verb
    ("две страны наторговали": natasha finds no noun reading and keeps the form as written)."""
    from .morph import analyzer
    parses = analyzer().parse(word)
    if parses and all(p.tag.POS in _VERB_FORMS and p.is_known for p in parses):
        return parses[0].normal_form.replace("ё", "е")
    return None


# a scale word's abbreviation and a currency after it: "9,5 млрд. АҚШ доллары" is one sentence
_SCALE_DOT = re.compile(r"(?:млрд|млн|трлн|мың)\.\s*$", re.I)
_CURRENCY_NEXT = re.compile(r"\s*(?:АҚШ|доллар|теңге|еуро|евро|рубл|юан)", re.I)
# "2,28 млрд долл. США" (Xinhua's and ministries' way to write dollars) is one sentence
_DOLLAR_DOT = re.compile(r"(?<![а-яё])долл\.\s*$", re.I)
_USA_NEXT = re.compile(r"\s*США(?![а-яё])")
# "(2022 ж. - 1,05 млрд": a year's abbreviation with no capital after it ends no sentence
_YEAR_DOT = re.compile(r"\d\s*ж\.\s*$")


def _plain_sentences(text: str) -> list:
    """razdel's sentences, with a cut after a scale abbreviation before its currency, after
    "долл." before "США", or after a year's "ж." before no capital, undone."""
    from razdel import sentenize
    from razdel.substring import Substring
    out: list = []
    for s in sentenize(text):
        if out and (_SCALE_DOT.search(out[-1].text) and _CURRENCY_NEXT.match(s.text)
                    or _DOLLAR_DOT.search(out[-1].text) and _USA_NEXT.match(s.text)
                    or _YEAR_DOT.search(out[-1].text) and not s.text[:1].isupper()):
            prev = out.pop()
            s = Substring(prev.start, s.stop, text[prev.start:s.stop])
        out.append(s)
    return out
