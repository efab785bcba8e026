"""Kazakh names: the nominative of a name word, and the well-known office-holders
(``leaders.kk.tsv``) that stand for their state without a title."""
from __future__ import annotations

from functools import lru_cache

from ...lexicon import word_list
from ...lexicon import rows

NAME_ENDINGS = word_list("kazakh_names_name_endings")
CITIES = word_list("kazakh_places")     # Kazakhstan's cities, in the nominative
# the Kazakh Cyrillic letters, for regular expressions ("[{CAPITALS}]")
CAPITALS = "А-ЯӘҒҚҢӨҰҮҺІЁ"
SMALL = "а-яәғқңөұүһіё"
_PLACE_CASES = ("нда", "нде", "да", "де", "та", "те", "нан", "нен", "дан", "ден", "тан", "тен")


def a_city(word: str) -> bool:
    """One of Kazakhstan's cities in any case ("Алматыға", "Атырауда", "Шымкенттен")."""
    return word in CITIES or nominative(word) in CITIES or any(
        word.endswith(e) and word[:-len(e)] in CITIES for e in _PLACE_CASES)


def nominative(word: str) -> str:
    """A name word without its case ending (Тоқаевтың -> Тоқаев, Трамппен -> Трамп). Only
    the cases names take next to a title are stripped: genitive, dative, accusative and
    instrumental; the locative and ablative look like name endings (Байден, Хаддад)."""
    if "-" in word:
        head, _, tail = word.rpartition("-")
        if tail.lower() in NAME_ENDINGS:
            return head
    low = word.lower()
    for cut in range(min(5, len(low) - 3), 1, -1):
        if low[-cut:] in NAME_ENDINGS:
            if low.endswith("берді") and cut == 2:
                return word     # "Тілеуберді", "Құдайберді": the name's own "-берді"
            return word[:-cut]
    return word


@lru_cache(maxsize=1)
def leaders() -> dict[str, tuple[str, str, str, str]]:
    """surname (lower case) -> (name, role_class, state, role) of ``leaders.kk.tsv``."""
    return {r[0].split()[-1].lower(): (r[0], r[1], r[2], r[3])
            for r in rows("leaders.kk.tsv") if len(r) >= 4}
