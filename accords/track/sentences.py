"""What tracking keeps of one document: its sentences that report a step or an outcome, with
their keys (follow-up), and the names and numbers it mentions (event clustering).

These are the costly parts of tracking (splitting, cue search, lemmas, name skeletons) and
depend on the document alone, so they are computed once — at ingest, on the worker's core,
beside the extraction — and kept with the document (``document_followup``). A tracking run
reads them back instead of going through the whole archive's text again. What was kept under
other code or lexicons (another ``version``) or another language is computed anew.
"""
from __future__ import annotations

import json
from functools import lru_cache

from .cues import has_cue
from .events import NAME_CHARS, name_keys
from .text import keys as text_keys, sentences

# everything the kept sentences and keys follow from
SOURCES = ("track/sentences.py", "track/text.py", "track/cues.py", "track/translit.py", "track/events.py",
           "nlp/lemmas.py", "nlp/morph.py", "data/track_glossary.tsv", "data/states.ru.tsv",
           "data/states.en.tsv")


@lru_cache(maxsize=1)
def version() -> str:
    from ..version import __version__, extraction_digest

    return f"{__version__}+{extraction_digest(SOURCES)}"


Cue = tuple[int, int, frozenset]   # (start, end, keys)


def cue_sentences(text: str, lang: str | None) -> tuple[int, list[Cue]]:
    """How many sentences the text has, and the ones that report a step or an outcome."""
    spans = sentences(text)
    return len(spans), [(a, b, text_keys(text[a:b], lang)) for a, b in spans if has_cue(text[a:b])]


def pack(text: str, lang: str | None) -> str:
    """The kept form of what tracking reads of a document."""
    return read(None, text, lang)[2]


def read(data: str | None, text: str, lang: str | None) -> tuple[int, list[Cue], str | None]:
    """(sentences, cue sentences, None) as kept in ``data``; computed from the text when
    nothing is kept or it is stale, then with the kept form to store in its place."""
    kept = unpack(data, lang)
    if kept is not None:
        return (*kept, None)
    n, cues = cue_sentences(text, lang)
    return n, cues, _pack_cues(n, cues, lang, name_keys(text[:NAME_CHARS]))


def _pack_cues(n: int, cues: list[Cue], lang: str | None, names: frozenset) -> str:
    """JSON with the version, the language, the sentences and the name keys."""
    return json.dumps({"v": version(), "lang": lang, "n": n,
                       "s": [[a, b, " ".join(sorted(k))] for a, b, k in cues],
                       "names": sorted(names)},
                      ensure_ascii=False, separators=(",", ":"))


def _current(data: str | None, lang: str | None) -> dict | None:
    if not data:
        return None
    try:
        kept = json.loads(data)
    except ValueError:
        return None
    if kept.get("v") != version() or kept.get("lang") != lang:
        return None
    return kept


def unpack(data: str | None, lang: str | None) -> tuple[int, list[Cue]] | None:
    """The kept sentences, or None when there are none or they are stale."""
    kept = _current(data, lang)
    if kept is None:
        return None
    return kept["n"], [(a, b, frozenset(k.split())) for a, b, k in kept["s"]]


def kept_names(data: str | None, lang: str | None) -> frozenset | None:
    """The kept name keys, or None when there are none or they are stale."""
    kept = _current(data, lang)
    return None if kept is None else frozenset(kept["names"])
