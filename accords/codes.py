"""The codes users and files may give: languages (ISO 639-1) and states (ISO 3166-1
alpha-3, as the gazetteer in ``accords/data`` knows them). One place, so the CLI and the
JSONL reader refuse the same things with the same words."""
from __future__ import annotations

from functools import lru_cache

FORCEABLE_LANGS = ("ru", "en", "kk")   # languages ``--lang`` may force


@lru_cache(maxsize=1)
def language_codes() -> frozenset[str]:
    """Every ISO 639-1 code (a JSONL ``lang`` may name any language; detection may too)."""
    import pycountry

    return frozenset(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


@lru_cache(maxsize=1)
def state_codes() -> frozenset[str]:
    """ISO alpha-3 codes of the states the extractor can name (the gazetteer's, e.g. XKX too)."""
    from .lexicon import rows

    return frozenset(r[0] for r in rows("states.en.tsv") + rows("states.ru.tsv") if r and r[0])


def check_forced_lang(value: str | None) -> str | None:
    """``--lang``: None, or one of :data:`FORCEABLE_LANGS`; ValueError with the reason."""
    if value is None:
        return None
    code = value.strip().lower()
    if code not in FORCEABLE_LANGS:
        raise ValueError(f"--lang {value!r}: not a language Accords can force; "
                         f"one of {', '.join(FORCEABLE_LANGS)} (or leave it out to detect)")
    return code


def check_state(value: str, option: str = "--country") -> str:
    code = value.strip().upper()
    if code not in state_codes():
        raise ValueError(f"{option} {value!r}: not a known ISO 3166-1 alpha-3 state code "
                         "(e.g. KAZ, SRB, RUS)")
    return code
