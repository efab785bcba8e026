"""Language detection through lingua, restricted to the languages Accords meets."""
from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

_LANGS = [
    Language.RUSSIAN, Language.ENGLISH, Language.UKRAINIAN, Language.KAZAKH,
    Language.BELARUSIAN, Language.GERMAN, Language.FRENCH, Language.TURKISH,
    Language.SPANISH, Language.CHINESE, Language.ARABIC,
    Language.ARMENIAN, Language.GEORGIAN, Language.PERSIAN,
]


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*_LANGS).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has no letters."""
    sample = text[:2000]
    if not any(ch.isalpha() for ch in sample):
        return None
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang else None
