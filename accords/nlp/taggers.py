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
it), but for one deliberate difference: a word with "ё" is looked up with "е" where navec knows
that spelling (slovnet reads "подчёркнута" as unknown and "подтверждён" as a foreign word); the
three models take about a third of slovnet's time.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Sequence

import numpy as np
from slovnet.bio import bio_spans
from slovnet.conll import parse_conll_tag
from slovnet.shape import word_shape

# word form -> (word id, shape id); bounded and emptied when full, like the lemma cache
_FORM_CACHE = 200_000
_FORMS: dict[str, tuple[int, int]] = {}
# words whose "е" spelling is another word ("всё" everything, "все" all)
_OWN_YO = frozenset({"всё"})


class _Layer:
    """What follows a CNN layer's convolution: bias, ReLU, batch norm (in slovnet's order of
    operations), padded positions zeroed, and the convolution's zero padding added back."""

    def __init__(self, layer):
        self.bias = layer.conv.bias.array
        norm = layer.norm
        self.mean, self.std = norm.mean.array, norm.std.array
        self.scale, self.shift = norm.weight.array, norm.bias.array
        self.filters = self.bias.shape[0]

    def _finish(self, out: np.ndarray, gaps: np.ndarray) -> np.ndarray:
        out += self.bias
        np.maximum(out, 0, out=out)
        out = (out - self.mean) / self.std * self.scale + self.shift
        out[gaps] = 0
        padded = np.zeros((len(out) + 2, self.filters), dtype=out.dtype)
        padded[1:-1] = out
        return padded


def _weights(layer) -> np.ndarray:
    w = layer.conv.weight.array                       # filters x in x kernel
    if w.shape[2] != 3 or layer.conv.padding != 1:
        raise ValueError(f"unexpected slovnet convolution: {w.shape}, padding {layer.conv.padding}")
    return w


class _Conv(_Layer):
    """A CNN layer (convolution of width 3, ReLU, batch norm) over a ``(T + 2, C)`` array
    whose first and last rows are the convolution's zero padding."""

    def __init__(self, layer):
        super().__init__(layer)
        w = _weights(layer)
        filters, channels, kernel = w.shape
        self.weight = np.ascontiguousarray(w.transpose(2, 1, 0).reshape(kernel * channels, filters))

    def __call__(self, x: np.ndarray, gaps: np.ndarray) -> np.ndarray:
        size = x.shape[0] - 2
        windows = np.concatenate((x[:size], x[1:size + 1], x[2:]), axis=1)
        return self._finish(windows @ self.weight, gaps)


class _FirstConv(_Layer):
    """The first CNN layer, whose input is a word vector and a shape vector per position.
    Its products are taken once per distinct word of the window (a press release repeats a
    third of its words) and once per model for the 66 word shapes, then summed per position
    over the three offsets: the same sums in another order."""

    def __init__(self, layer, shapes: np.ndarray, word_dim: int):
        super().__init__(layer)
        w = _weights(layer)
        if w.shape[1] != word_dim + shapes.shape[1]:
            raise ValueError(f"unexpected slovnet input width: {w.shape[1]}")
        per_offset = [w[:, :, k].T for k in range(w.shape[2])]        # in x filters each
        self.words = np.ascontiguousarray(np.concatenate([p[:word_dim] for p in per_offset], axis=1))
        self.shapes = np.ascontiguousarray(shapes @ np.concatenate([p[word_dim:] for p in per_offset], axis=1))

    def __call__(self, vectors: np.ndarray, inverse: np.ndarray, shape_ids: np.ndarray,
                 gaps: np.ndarray) -> np.ndarray:
        f = self.filters
        parts = (vectors @ self.words)[inverse]          # position x (offset, filter)
        parts += self.shapes[shape_ids]
        parts[gaps] = 0
        out = parts[:, f:2 * f].copy()                   # x[t] through the middle offset
        out[1:] += parts[:-1, :f]                        # x[t - 1]
        out[:-1] += parts[1:, 2 * f:]                    # x[t + 1]
        return self._finish(out, gaps)


class _Encoder:
    """One model's CNN: features of every position."""

    def __init__(self, model, word_dim: int):
        first, *rest = model.encoder.layers
        self.first = _FirstConv(first, model.emb.shape.weight.array, word_dim)
        self.layers = [_Conv(layer) for layer in rest]

    def __call__(self, vectors: np.ndarray, inverse: np.ndarray, shape_ids: np.ndarray,
                 gaps: np.ndarray) -> np.ndarray:
        x = self.first(vectors, inverse, shape_ids, gaps)
        for layer in self.layers:
            x = layer(x, gaps)
        return x[1:-1]


def _ff(proj, x: np.ndarray) -> np.ndarray:
    """slovnet's FF block: linear projection, then ReLU."""
    return (x @ proj.weight.array + proj.bias.array).clip(0)


class Tagged(NamedTuple):
    """What the three models read in one window, by token index."""
    tags: list[int]                        # morphology: index into WindowTaggers.morph_tags
    heads: list[int]                       # syntax: index of the head token, -1 for the root
    rels: list[str]                        # syntax: relation to the head
    spans: list[tuple[int, int, str]]      # NER: start, stop, type


class WindowTaggers:
    """Morphology, syntax and NER of a segmented window, as natasha's own ``tag_morph``,
    ``parse_syntax`` and ``tag_ner`` read them."""

    def __init__(self, morph, syntax, ner):
        self.vocab = morph.infer.encoder.words_vocab
        self._unk = self.vocab.encode("\x00unknown-word\x00")
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
        word_dim = quantiser * chunk
        self.morph_enc = _Encoder(self.morph_model, word_dim)
        self.syntax_enc = _Encoder(self.syntax_model, word_dim)
        self.ner_enc = _Encoder(self.ner_model, word_dim)
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
                got = (self._word_id(word.lower()), self.shape_vocab.encode(word_shape(word)))
                if len(_FORMS) >= _FORM_CACHE:
                    _FORMS.clear()
                _FORMS[word] = got
            word_ids.append(got[0])
            shape_ids.append(got[1])
        return np.array(word_ids, dtype=np.int64), np.array(shape_ids, dtype=np.int64)

    def _word_id(self, low: str) -> int:
        """navec's id of a word; a word with "ё" is looked up with "е" where navec knows that
        spelling ("подчёркнута" is unknown, "подчеркнута" a verb the models read; "подтверждён" is
        known but read as a foreign word), as most of their training text wrote it; "всё" stays."""
        if "ё" in low and low not in _OWN_YO:
            got = self.vocab.encode(low.replace("ё", "е"))
            if got != self._unk:
                return got
        return self.vocab.encode(low)

    def _words(self, word_ids: np.ndarray) -> np.ndarray:
        """navec's product-quantised vectors of distinct words, looked up once for the
        three models."""
        return np.take(self.codes_flat, self.indexes[word_ids] + self.code_offsets,
                       axis=0).reshape(len(word_ids), -1)

    # -- the three models ----------------------------------------------------------------
    def tag(self, text: str, words: Sequence, sentences: list[list[int]]) -> Tagged:
        """Morphology and syntax of each sentence, NER over the whole window. ``words`` are
        the window's tokens (``start``, ``stop``, ``text``), ``sentences`` lists of their
        indexes, in order."""
        size = len(words)
        tagged = Tagged([-1] * size, [-1] * size, [""] * size, [])
        if not size:
            return tagged
        word_ids, shape_ids = self._ids([w.text for w in words])
        unique, inverse = np.unique(word_ids, return_inverse=True)
        vectors = self._words(unique)
        if text.strip():
            tagged.spans.extend(self._ner(words, vectors, inverse, shape_ids))
        # the sentences' tokens in one sequence, a zero row (padding) between sentences
        rows, gaps = [], []
        for sentence in sentences:
            if rows:
                rows.append(0)
                gaps.append(True)
            rows.extend(sentence)
            gaps.extend([False] * len(sentence))
        if not rows:
            return tagged
        rows_arr, gaps_arr = np.array(rows), np.array(gaps, dtype=bool)
        flat = (vectors, inverse[rows_arr], shape_ids[rows_arr], gaps_arr)
        own = rows_arr[~gaps_arr].tolist()
        for w, tag in zip(own, self._morph(*flat)):
            tagged.tags[w] = tag
        self._syntax(sentences, *flat, tagged)
        return tagged

    def _morph(self, vectors, inverse, shape_ids, gaps) -> list[int]:
        x = self.morph_enc(vectors, inverse, shape_ids, gaps)[~gaps]
        return self.morph_model.head.proj(x).argmax(-1).tolist()

    def _syntax(self, sentences, vectors, inverse, shape_ids, gaps, tagged: Tagged) -> None:
        x = self.syntax_enc(vectors, inverse, shape_ids, gaps)[~gaps]
        head, rel = self.syntax_model.head, self.syntax_model.rel
        root = head.root.array[np.newaxis]
        scores_head = _ff(head.head.proj, x) @ head.kernel.array
        tails = _ff(head.tail.proj, np.concatenate((root, x)))
        root_tail = tails[:1]
        rel_root = rel.root.array[np.newaxis]
        rel_heads = _ff(rel.head.proj, np.concatenate((rel_root, x)))
        rel_tails = _ff(rel.tail.proj, x)
        heads = []                       # per token: its head's row in rel_heads (0 = root)
        pos = 0
        for sentence in sentences:
            size = len(sentence)
            if not size:
                continue
            candidates = np.concatenate((root_tail, tails[1 + pos:1 + pos + size]))
            head_ids = (scores_head[pos:pos + size] @ candidates.T).argmax(-1)   # 0 = root
            heads.append(np.where(head_ids == 0, 0, head_ids + pos))
            for w, h in zip(sentence, head_ids.tolist()):
                tagged.heads[w] = sentence[h - 1] if h else -1
            pos += size
        if not heads:
            return
        hidden, dim = rel.kernel.shape
        r = rel_heads[np.concatenate(heads)] @ rel.kernel.array
        r = r.reshape(pos, dim // hidden, hidden) @ rel_tails.reshape(pos, hidden, 1)
        rels = r.reshape(pos, -1).argmax(-1).tolist()
        names = self.rels
        k = 0
        for sentence in sentences:
            for w in sentence:
                tagged.rels[w] = names[rels[k]]
                k += 1

    def _ner(self, words, vectors: np.ndarray, inverse: np.ndarray,
             shape_ids: np.ndarray) -> list[tuple[int, int, str]]:
        """natasha tags NER over the window's whole token sequence, not sentence by sentence."""
        x = self.ner_enc(vectors, inverse, shape_ids, np.zeros(len(shape_ids), dtype=bool))
        tags = [self.bio[i] for i in self._viterbi(self.ner_model.head.proj(x))]
        return [(s.start, s.stop, s.type) for s in bio_spans(words, tags)]

    def _viterbi(self, emissions: np.ndarray) -> list[int]:
        """slovnet's CRF decoding for one sequence, in its order of float operations."""
        transitions = self.transitions
        score = emissions[0]
        step = np.empty_like(transitions)
        history = []
        for row in emissions[1:]:
            np.add(score[:, np.newaxis], transitions, out=step)
            step += row
            history.append(step.argmax(0))
            score = step.max(0)                  # the value at each argmax
        tag = int(score.argmax())
        out = [tag]
        for best in reversed(np.array(history).tolist() if history else []):
            tag = best[tag]
            out.append(tag)
        out.reverse()
        return out


@lru_cache(maxsize=1)
def window_taggers() -> WindowTaggers:
    from .document import _models
    m = _models()
    return WindowTaggers(m["morph"], m["syntax"], m["ner"])
