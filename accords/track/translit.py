"""Names across scripts: Бектенов and Bektenov, Токаев and Tokayev, are one key.

A Cyrillic name is romanised with a BGN/PCGN-like table (е as ye after a vowel or at the
start, as English-language media write it); any Latin spelling is then folded to a
*skeleton* that forgets what romanisation systems disagree on (y/i/j, kh/h, ts/tz/c,
doubled letters, the ye/e and iy/y endings). Two spellings of one name share a skeleton;
what is left (Tokayev / Tokaev) is caught by the skeleton, not by guessing.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TABLE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh, Uzbek, Kyrgyz, Ukrainian, Belarusian and Serbian letters
    "ә": "a", "ғ": "g", "қ": "k", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ї": "yi", "є": "ye", "ў": "u", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
}
_VOWELS = set("аеёиоуыэюяәөұүіїє")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһіїєўђјљњћџ]", re.I)

# longest first: what romanisation systems (and Serbian/Turkish diacritics) spell differently
_FOLD = [("shch", "sc"), ("sch", "s"), ("kh", "h"), ("zh", "j"), ("dzh", "j"), ("dj", "j"),
         ("ch", "c"), ("sh", "s"), ("ts", "c"), ("tz", "c"), ("cz", "c"), ("ck", "k"),
         ("ph", "f"), ("w", "v"), ("x", "ks"), ("q", "k"), ("ye", "e"), ("yo", "o"),
         ("yu", "iu"), ("ya", "ia"), ("y", "i"), ("j", "i"), ("ii", "i"), ("ie", "e"),
         ("ia", "a")]


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


@lru_cache(maxsize=50_000)
def romanise(text: str) -> str:
    """Cyrillic to Latin letters (lower case); Latin text only loses its diacritics."""
    out = []
    prev = " "
    for ch in text.lower():
        if ch == "е" and (prev in _VOWELS or not prev.isalpha() or prev in "ъь"):
            out.append("ye")
        else:
            out.append(_TABLE.get(ch, ch))
        prev = ch
    plain = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in plain if not unicodedata.combining(c))


@lru_cache(maxsize=50_000)
def skeleton(word: str) -> str:
    """The spelling-independent key of one name word (any script)."""
    s = re.sub(r"[^a-z]", "", romanise(word))
    for a, b in _FOLD:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


def name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", name.strip()) if w and w[0].isalpha()]


def similar(a: str, b: str) -> float:
    """Similarity of two skeletons (0..1), for spellings the folding does not unify."""
    from difflib import SequenceMatcher

    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()
