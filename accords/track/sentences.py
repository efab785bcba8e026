"""What follow-up files of one document: its sentences that report a step or an outcome,
with their keys.

This is the costly part of follow-up (splitting, cue search, lemmas) and depends on the
document alone, so it is computed once — at ingest, on the worker's core, beside the
extraction — and kept with the document. A tracking run reads it back instead of splitting
the whole archive again. What was kept under other code or lexicons (another ``VERSION``)
or another language is computed anew.
"""
from __future__ import annotations

import json
from functools import lru_cache

from .cues import has_cue
from .text import keys as text_keys, sentences

# everything the kept sentences and keys follow from
SOURCES = ("track/sentences.py", "track/text.py", "track/cues.py", "track/translit.py",
           "store/lemmas.py", "nlp/morph.py", "data/track_glossary.tsv", "data/states.ru.tsv",
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
    """The kept form of a document's cue sentences."""
    return pack_cues(*cue_sentences(text, lang), lang)


def pack_cues(n: int, cues: list[Cue], lang: str | None) -> str:
    """JSON with the version, the language and the sentences."""
    return json.dumps({"v": version(), "lang": lang, "n": n,
                       "s": [[a, b, " ".join(sorted(k))] for a, b, k in cues]},
                      ensure_ascii=False, separators=(",", ":"))


def unpack(data: str | None, lang: str | None) -> tuple[int, list[Cue]] | None:
    """The kept sentences, or None when there are none or they are stale."""
    if not data:
        return None
    try:
        kept = json.loads(data)
    except ValueError:
        return None
    if kept.get("v") != version() or kept.get("lang") != lang:
        return None
    return kept["n"], [(a, b, frozenset(k.split())) for a, b, k in kept["s"]]
