"""Language detection through lingua, restricted to the languages Accords meets.

lingua's high-accuracy mode loads every n-gram model of a script's languages on first use
(0.8 s for the Cyrillic ones, as much again for the Latin ones, in every process that
extracts); its low-accuracy mode reads trigrams only and loads in 0.03 s. On the 523
distinct documents of the test sets both modes agree on every sample of 300 characters or
more, and differ only on shorter ones: a text that short goes to the high-accuracy mode."""
from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

_LANGS = [
    Language.RUSSIAN, Language.ENGLISH, Language.UKRAINIAN, Language.KAZAKH,
    Language.BELARUSIAN, Language.GERMAN, Language.FRENCH, Language.TURKISH,
    Language.SPANISH, Language.CHINESE, Language.ARABIC,
    Language.ARMENIAN, Language.GEORGIAN, Language.PERSIAN,
]


LOW_ACCURACY_FROM = 300   # characters of sample


@lru_cache(maxsize=2)
def _detector(low_accuracy: bool):
    builder = LanguageDetectorBuilder.from_languages(*_LANGS)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has no letters."""
    sample = text[:2000]
    if not any(ch.isalpha() for ch in sample):
        return None
    lang = _detector(len(sample) >= LOW_ACCURACY_FROM).detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang else None
