"""One analysed document: sentences, tokens with lemmas, morphology, syntax and NER spans.

natasha's models are loaded once per process (:func:`_models`). Russian text goes
through the whole natasha pipeline; other languages are segmented by razdel and get
lower-cased lemmas, so the rule-based extractors can run on them unchanged.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable

from .document import Analysis, NerSpan, Sentence, Token, _models, load_models
from .lang import detect_language
from .windowed import analyze_windows

__all__ = ["Analysis", "NerSpan", "Sentence", "Token", "_models", "load_models", "analyze",
           "analyze_many", "guess_lang"]


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
        head = text[:2000]
        natasha = lang == "ru" or (lang not in ("en", "kk") and _CYR.search(head)
                                   and len(_CYR.findall(head)) > len(_LAT.findall(head)))
        # nothing to tag: natasha's taggers fail on texts without words
        natasha = natasha and any(ch.isalpha() for ch in text)
        out.append(analyze_windows(text, lang, published, natasha))
    return out


