"""Sentences, content lemmas and sentence vectors for comparing statements across documents.

Lemmas come from the same cached pymorphy3 lemmatiser the search index uses; vectors are
the mean of navec word vectors (natasha's news embeddings, shipped inside its wheel, no
download), normalised, so their dot product is the cosine.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

WORD = re.compile(r"[^\W\d_]{3,}")
NAME = re.compile(r"(?<=[\w,:;—–-] )[A-ZА-ЯЁ][a-zа-яё]{3,}")
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
    from ..nlp.lemmas import lemma  # the search index's cached lemmatiser

    out = []
    for w in WORD.findall(text.lower().replace("ё", "е")):
        l = lemma(w)
        if l not in STOP and len(l) > 2:
            out.append(l if not l.isascii() else _stem_en(l))
    return out


@lru_cache(maxsize=100_000)
def keys(text: str, lang: str | None = None) -> frozenset[str]:
    """What a statement can share with another, in either language: content lemmas,
    glossary concepts (``c:build`` for строительство and construction) and names
    (``n:`` + the first letters of the transliteration skeleton, so Камбаратинской and
    Kambarata meet)."""
    states = _state_words()
    lemmas = [l for l in content_lemmas(text, lang) if l not in states]
    gloss = _glossary()
    out = set(lemmas)
    out.update("c:" + gloss[l] for l in lemmas if l in gloss)
    out.update("n:" + k for k in _names(text) if "n:" + k not in states)
    return frozenset(out)


ACTIONS = frozenset({"c:launch", "c:sign", "c:build", "c:supply", "c:project", "c:agreement"})


def object_keys(shared: set[str]) -> set[str]:
    """The shared keys that name *what* is acted on: not the action (open, sign, build)
    nor a capital (a place, not a thing). "Открыт Дом культуры в Белграде" shares only
    those with "открыть авиасообщение с Белградом", and is about something else."""
    gloss, places = _glossary(), _capitals()
    return {k for k in shared if k not in ACTIONS and "c:" + gloss.get(k, "") not in ACTIONS
            and k not in places}


@lru_cache(maxsize=1)
def _capitals() -> frozenset:
    return _state_file_words(("capital",))


@lru_cache(maxsize=1)
def _state_words() -> frozenset:
    """Names, adjectives and demonyms of states: every statement about a pair names its
    states, so they say nothing about which action a statement is about."""
    return _state_file_words(("name", "adj", "demonym"))


def _state_file_words(kinds: tuple[str, ...]) -> frozenset:
    """Keys of the one-word forms of the given kinds in ``data/states.*.tsv``."""
    from ..lexicon import rows
    from .translit import skeleton

    out = set()
    for lang in ("ru", "en"):
        for parts in rows(f"states.{lang}.tsv"):
            if len(parts) < 3 or parts[1] not in kinds or " " in parts[2]:
                continue
            word = parts[2]
            out.update(content_lemmas(word, lang))
            if len(skeleton(word)) >= 4:
                out.add("n:" + skeleton(word)[:5])
    return frozenset(out)


def _names(text: str) -> set[str]:
    from .translit import skeleton

    found = set()
    for m in NAME.finditer(text):
        sk = skeleton(m.group(0))
        if len(sk) >= 4 and m.group(0).lower() not in STOP:
            found.add(sk[:5])
    return found


@lru_cache(maxsize=1)
def _glossary() -> dict[str, str]:
    """Lemma or English stem -> concept, from ``data/track_glossary.tsv``."""
    from ..lexicon import rows

    out = {}
    for concept, ru, en in rows("track_glossary.tsv"):
        for w in ru.split(",") + en.split(","):
            if w.strip():
                out[w.strip()] = concept
    return out


def _stem_en(word: str) -> str:
    """A crude English stem (plural and verb endings), enough to match launched/launch."""
    for suf in ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)]
    return word


NAVEC_FILE = "navec_news_v1_1B_250K_300d_100q.tar"   # the vectors natasha's tagger ships


@lru_cache(maxsize=1)
def _navec():
    """natasha's navec, read for lookups only. navec's loader also precomputes every vector's
    norm and the centroids' products, which only its similarity uses (the most part of its
    loading: about 1 s of a tracking run on the benchmark machine); a lookup needs neither.
    The file is found beside natasha's data without importing natasha."""
    from importlib.util import find_spec

    from navec import Navec
    from navec.navec import META, PQ_, VOCAB, Meta, Tar, Vocab
    from navec.pq import PQ

    class LookupPQ(PQ):
        def precompute(self) -> None:
            self.qdims = np.arange(self.qdim)   # all that ``__getitem__`` reads

    path = Path(find_spec("natasha").submodule_search_locations[0]) / "data" / "emb" / NAVEC_FILE
    with Tar(str(path)) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        vocab = Vocab.from_file(tar.load(VOCAB))
        pq = LookupPQ.from_file(tar.load(PQ_))
    return Navec(meta, vocab, pq)


def _lookup():
    """navec's vector of a lemma, or None. A process that has loaded the analysis models (an
    ingest or extraction running alone) reads the copy natasha's tagger holds, the same
    vectors; one that has not (a tracking run, the parent of workers) loads navec alone for
    lookups (:func:`_navec`: no natasha imported, none of natasha's other models)."""
    import sys

    document = sys.modules.get("accords.nlp.document")
    if document is not None and document._models.cache_info().currsize:
        from ..nlp.vectors import lemma_vector

        return lemma_vector
    emb = _navec()
    return lambda lemma: emb[lemma] if lemma in emb else None


def load_lookups() -> None:
    """Load what comparing statements reads on first use (pymorphy's dictionaries, the state
    words, the glossary, navec): the parent of an ingest's workers calls it in a thread while
    they extract, so that tracking after the ingest does not start by loading them alone on
    one core while the others stand idle."""
    from ..nlp.lemmas import lemma

    lemma("переговоры")
    _state_words()
    _capitals()
    _glossary()
    _lookup()("переговоры")


@lru_cache(maxsize=200_000)
def vector(text: str):
    """Normalised mean navec vector of a text's content lemmas; None if none is known."""
    look = _lookup()
    vecs = [v for v in map(look, content_lemmas(text)) if v is not None]
    if not vecs:
        return None
    v = np.mean(vecs, axis=0)
    n = float(np.linalg.norm(v))
    return v / n if n else None
