"""natasha's morphology, syntax and NER models, run over a whole window at once.

natasha's taggers are slovnet CNNs executed in numpy. slovnet feeds them batches of eight
padded sentences and lays each convolution out with strided copies, so three quarters of
their time went to padding, copies and per-batch overhead rather than to the matrix
products (measured: 17 GFLOPS of a core that multiplies at 90). Here the same weights run
over all the sentences of a window as one sequence, a zero row between sentences standing
for the padding (the models' padding embedding is zero and every layer zeroes padded
positions, so this is the same arithmetic), each convolution one matrix product over
``[x[t-1], x[t], x[t+1]]``. The word embedding is looked up once for the three models, word
shapes once per word form. Tags, heads, relations and spans equal slovnet's (tested against
it); the three models take about a third of slovnet's time.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from slovnet.bio import bio_spans
from slovnet.conll import parse_conll_tag
from slovnet.shape import word_shape

# word form -> (word id, shape id); bounded and emptied when full, like the lemma cache
_FORM_CACHE = 200_000
_FORMS: dict[str, tuple[int, int]] = {}


class _Conv:
    """One CNN layer (convolution of width 3, ReLU, batch norm) over a ``(T + 2, C)`` array
    whose first and last rows are the convolution's zero padding."""

    def __init__(self, layer):
        w = layer.conv.weight.array                       # filters x in x kernel
        filters, channels, kernel = w.shape
        if kernel != 3 or layer.conv.padding != 1:
            raise ValueError(f"unexpected slovnet convolution: kernel {kernel}, "
                             f"padding {layer.conv.padding}")
        self.weight = np.ascontiguousarray(w.transpose(2, 1, 0).reshape(kernel * channels, filters))
        self.bias = layer.conv.bias.array
        norm = layer.norm
        self.mean, self.std = norm.mean.array, norm.std.array
        self.scale, self.shift = norm.weight.array, norm.bias.array
        self.filters = filters

    def __call__(self, x: np.ndarray, gaps: np.ndarray) -> np.ndarray:
        size = x.shape[0] - 2
        windows = np.concatenate((x[:size], x[1:size + 1], x[2:]), axis=1)
        out = windows @ self.weight
        out += self.bias
        np.maximum(out, 0, out=out)
        out = (out - self.mean) / self.std * self.scale + self.shift   # slovnet's order
        out[gaps] = 0
        padded = np.zeros((size + 2, self.filters), dtype=out.dtype)
        padded[1:-1] = out
        return padded


class _Encoder:
    """One model's shape embedding and CNN layers: features of every position."""

    def __init__(self, model):
        self.shapes = model.emb.shape.weight.array
        self.layers = [_Conv(layer) for layer in model.encoder.layers]

    def __call__(self, words: np.ndarray, shape_ids: np.ndarray, gaps: np.ndarray) -> np.ndarray:
        size = len(shape_ids)
        x = np.zeros((size + 2, words.shape[1] + self.shapes.shape[1]), dtype=np.float32)
        x[1:-1, :words.shape[1]] = words
        x[1:-1, words.shape[1]:] = self.shapes[shape_ids]
        x[1:-1][gaps] = 0
        for layer in self.layers:
            x = layer(x, gaps)
        return x[1:-1]


def _ff(proj, x: np.ndarray) -> np.ndarray:
    """slovnet's FF block: linear projection, then ReLU."""
    return (x @ proj.weight.array + proj.bias.array).clip(0)


class WindowTaggers:
    """Morphology, syntax and NER of one natasha ``Doc`` (segmented), as natasha's own
    ``tag_morph``, ``parse_syntax`` and ``tag_ner`` would set them."""

    def __init__(self, morph, syntax, ner):
        self.vocab = morph.infer.encoder.words_vocab
        self.shape_vocab = morph.infer.encoder.shapes_vocab
        for other in (syntax, ner):
            enc = other.infer.encoder
            if enc.words_vocab.items != self.vocab.items or enc.shapes_vocab.items != self.shape_vocab.items:
                raise ValueError("natasha's models no longer share one vocabulary")
        emb = morph.infer.model.emb.word
        quantiser, centroids, chunk = emb.codes.array.shape
        self.codes_flat = np.ascontiguousarray(emb.codes.array).reshape(quantiser * centroids, chunk)
        self.code_offsets = np.arange(quantiser) * centroids
        self.indexes = emb.indexes.array
        self.morph_model, self.syntax_model, self.ner_model = (
            morph.infer.model, syntax.infer.model, ner.infer.model)
        self.morph_enc = _Encoder(self.morph_model)
        self.syntax_enc = _Encoder(self.syntax_model)
        self.ner_enc = _Encoder(self.ner_model)
        tags = morph.infer.decoder.tags_vocab.items
        self.morph_tags = [parse_conll_tag(tag) for tag in tags]
        self.rels = syntax.infer.decoder.rels_vocab.items
        self.bio = ner.infer.decoder.tags_vocab.items
        self.transitions = self.ner_model.head.crf.transitions.array

    # -- input -------------------------------------------------------------------------
    def _ids(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        word_ids, shape_ids = [], []
        for word in words:
            got = _FORMS.get(word)
            if got is None:
                got = (self.vocab.encode(word.lower()), self.shape_vocab.encode(word_shape(word)))
                if len(_FORMS) >= _FORM_CACHE:
                    _FORMS.clear()
                _FORMS[word] = got
            word_ids.append(got[0])
            shape_ids.append(got[1])
        return np.array(word_ids, dtype=np.int64), np.array(shape_ids, dtype=np.int64)

    def _words(self, word_ids: np.ndarray) -> np.ndarray:
        """navec's product-quantised vectors, looked up once for the three models."""
        return np.take(self.codes_flat, self.indexes[word_ids] + self.code_offsets,
                       axis=0).reshape(len(word_ids), -1)

    # -- the three models ----------------------------------------------------------------
    def tag(self, doc) -> None:
        """Set ``pos``, ``feats``, ``id``, ``head_id``, ``rel`` on every token of ``doc``'s
        sentences, and ``doc.spans`` (with their tokens, and each sentence's spans)."""
        tokens = doc.tokens
        if not tokens:
            doc.spans = []
            return
        word_ids, shape_ids = self._ids([t.text for t in tokens])
        words = self._words(word_ids)
        self._ner(doc, words, shape_ids)
        # the sentences' tokens in one sequence, a zero row (padding) between sentences
        where = {id(t): i for i, t in enumerate(tokens)}
        sents = doc.sents
        rows, gaps = [], []
        for sent in sents:
            if rows:
                rows.append(-1)
                gaps.append(True)
            for tok in sent.tokens:
                rows.append(where[id(tok)])
                gaps.append(False)
        if not rows:
            return
        rows_arr, gaps_arr = np.array(rows), np.array(gaps, dtype=bool)
        flat_words = words[rows_arr]
        flat_words[gaps_arr] = 0
        flat_shapes = shape_ids[rows_arr]
        flat_shapes[gaps_arr] = self.shape_vocab.pad_id
        self._morph(sents, flat_words, flat_shapes, gaps_arr)
        self._syntax(sents, flat_words, flat_shapes, gaps_arr)

    def _morph(self, sents, words, shape_ids, gaps) -> None:
        x = self.morph_enc(words, shape_ids, gaps)[~gaps]
        tags = self.morph_model.head.proj(x).argmax(-1).tolist()
        pos = 0
        for sent in sents:
            for tok in sent.tokens:
                tok.pos, feats = self.morph_tags[tags[pos]]
                tok.feats = dict(feats)
                pos += 1

    def _syntax(self, sents, words, shape_ids, gaps) -> None:
        x = self.syntax_enc(words, shape_ids, gaps)[~gaps]
        head, rel = self.syntax_model.head, self.syntax_model.rel
        root = head.root.array[np.newaxis]
        scores_head = _ff(head.head.proj, x) @ head.kernel.array
        tails = _ff(head.tail.proj, np.concatenate((root, x)))
        root_tail = tails[:1]
        rel_root = rel.root.array[np.newaxis]
        rel_heads = _ff(rel.head.proj, np.concatenate((rel_root, x)))
        rel_tails = _ff(rel.tail.proj, x)
        hidden, dim = rel.kernel.shape
        pos = 0
        for sent_id, sent in enumerate(sents, 1):
            size = len(sent.tokens)
            if not size:
                continue
            own = slice(pos, pos + size)
            candidates = np.concatenate((root_tail, tails[1 + pos:1 + pos + size]))
            head_ids = (scores_head[own] @ candidates.T).argmax(-1)   # 0 = root, i = token i
            gathered = np.where(head_ids == 0, 0, head_ids + pos)
            r = rel_heads[gathered] @ rel.kernel.array
            r = r.reshape(size, dim // hidden, hidden) @ rel_tails[own].reshape(size, hidden, 1)
            rel_ids = r.reshape(size, -1).argmax(-1).tolist()
            for i, (tok, h, rid) in enumerate(zip(sent.tokens, head_ids.tolist(), rel_ids), 1):
                tok.id = f"{sent_id}_{i}"
                tok.head_id = f"{sent_id}_{h}"
                tok.rel = self.rels[rid]
            pos += size

    def _ner(self, doc, words: np.ndarray, shape_ids: np.ndarray) -> None:
        """natasha tags NER over the window's whole token sequence, not sentence by sentence."""
        from natasha.doc import DocSpan
        if not doc.text.strip():
            doc.spans = []
            return
        x = self.ner_enc(words, shape_ids, np.zeros(len(shape_ids), dtype=bool))
        tags = [self.bio[i] for i in self._viterbi(self.ner_model.head.proj(x))]
        doc.spans = [DocSpan(s.start, s.stop, s.type, doc.text[s.start:s.stop])
                     for s in bio_spans(doc.tokens, tags)]
        doc.envelop_span_tokens()
        doc.envelop_sent_spans()

    def _viterbi(self, emissions: np.ndarray) -> list[int]:
        """slovnet's CRF decoding for one sequence, in its order of float operations."""
        transitions = self.transitions
        columns = np.arange(transitions.shape[1])
        score = emissions[0]
        history = []
        for row in emissions[1:]:
            step = score[:, np.newaxis] + transitions + row[np.newaxis]
            best = step.argmax(0)
            score = step[best, columns]
            history.append(best)
        tag = int(score.argmax())
        out = [tag]
        for best in reversed(history):
            tag = int(best[tag])
            out.append(tag)
        out.reverse()
        return out


@lru_cache(maxsize=1)
def window_taggers() -> WindowTaggers:
    from .document import _models
    m = _models()
    return WindowTaggers(m["morph"], m["syntax"], m["ner"])
