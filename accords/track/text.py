"""Sentences, content lemmas and sentence vectors for comparing statements across documents.

Lemmas come from the same cached pymorphy3 lemmatiser the search index uses; vectors are
the mean of navec word vectors (natasha's news embeddings, shipped inside its wheel, no
download), normalised, so their dot product is the cosine.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

WORD = re.compile(r"[^\W\d_]{3,}")
STOP = frozenset("""
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до
вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя
их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого
какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно
при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве
три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда
конечно всю между также который которые это свой весь стать сторона страна год также рамках
отметить подчеркнуть заявить сообщить глава президент министр премьер
the and for with that this from will have has been are was were its their our they which into
also about between both sides side country countries said year years over more than other
would could should shall may can new not but all per cent percent minister president prime
""".split())


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence (razdel, the segmenter natasha uses)."""
    from razdel import sentenize

    return [(s.start, s.stop) for s in sentenize(text)]


def content_lemmas(text: str, lang: str | None = None) -> list[str]:
    from ..store.lemmas import lemma  # the search index's cached lemmatiser

    out = []
    for w in WORD.findall(text.lower().replace("ё", "е")):
        l = lemma(w)
        if l not in STOP and len(l) > 2:
            out.append(l if not l.isascii() else _stem_en(l))
    return out


def _stem_en(word: str) -> str:
    """A crude English stem (plural and verb endings), enough to match launched/launch."""
    for suf in ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)]
    return word


@lru_cache(maxsize=1)
def _navec():
    from natasha import NewsEmbedding

    return NewsEmbedding()


@lru_cache(maxsize=200_000)
def vector(text: str):
    """Normalised mean navec vector of a text's content lemmas; None if none is known."""
    emb = _navec()
    vecs = [emb[l] for l in content_lemmas(text) if l in emb]
    if not vecs:
        return None
    v = np.mean(vecs, axis=0)
    n = float(np.linalg.norm(v))
    return v / n if n else None
