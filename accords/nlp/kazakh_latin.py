"""Kazakh written in the Latin alphabet, read through the Cyrillic one.

Some Kazakh outlets publish a Latin edition (egemen.kz's "lat." pages) in the alphabet of 2018
(acute accents: "Qazaqstannyń úkimeti", "ý" for у, "ı" for и/й) or of 2021 (Turkic letters:
"Qazaqstannyñ ükımetı", "ş", "ğ", "ū"). Every Kazakh rule of Accords — states, titles, cues,
numbers — is written for Cyrillic, so such a text is transliterated word by word, analysed in
Cyrillic, and every span is mapped back to the Latin text; the names a record gives (a
person's, an organisation's) are written back in the text's alphabet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .normalise import Normalised, PieceMap

_VOWELS_CYR = set("аәеиіоөұүыэюяу")

# one Latin letter (or digraph) to Cyrillic; "ı"/"y" before a vowel-or-not rule below
_A2018 = {"a": "а", "á": "ә", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "ǵ": "ғ", "h": "х",
          "i": "і", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ń": "ң", "o": "о", "ó": "ө",
          "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "u": "ұ", "ú": "ү", "v": "в", "y": "ы",
          "ý": "у", "z": "з", "c": "ц", "w": "у", "x": "кс"}
_A2021 = {"a": "а", "ä": "ә", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "ғ", "h": "х",
          "i": "і", "ı": "ы", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ñ": "ң", "o": "о",
          "ö": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ",
          "ü": "ү", "v": "в", "z": "з", "ç": "ч", "c": "ц", "w": "у", "x": "кс"}
# "ts" is ц in the loanwords' ending -ция ("ınvestıtsııa", "federatsiia": qz.inform.kz's
# spelling); elsewhere a native t+s ("ótsin": let it pass)
_TSIA = ("ıı", "ii", "ıa", "ia", "iy", "ıy")
_MARKS_2018 = set("áǵńóúý")      # (ı is both alphabets')
_MARKS_2021 = set("äğñöüūşç")
_WORD = re.compile(r"[A-Za-zÀ-ɏ]+(?:['’][A-Za-zÀ-ɏ]+)?")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


@dataclass(frozen=True)
class Alphabet:
    letters: dict
    dotless: str       # the letter that is и or й by its place ("ı" in 2018, "y" in 2021)


ALPHABETS = {"2018": Alphabet(_A2018, "ı"), "2021": Alphabet(_A2021, "y")}


def kazakh_latin_alphabet(text: str) -> str | None:
    """"2018" or "2021" when the text is Kazakh in Latin letters, else None: mostly Latin
    letters, and Kazakh's own marked letters in many words."""
    head = text[:20000]
    latin = len(_LATIN.findall(head))
    if latin < 40 or len(_CYRILLIC.findall(head)) * 10 > latin:
        return None
    low = head.lower()
    if "ə" in low:
        return None       # Azerbaijani, whose Latin alphabet shares Kazakh's q, ş, ğ and ö
    words = _WORD.findall(low)
    hits18 = sum(1 for w in words if _MARKS_2018 & set(w))
    hits21 = sum(1 for w in words if _MARKS_2021 & set(w))
    # "q" is Kazakh's қ: English and Turkish texts rarely write it outside "qu"
    kazakh_q = sum(1 for w in words if "q" in w and "qu" not in w)
    best, hits = ("2018", hits18) if hits18 >= hits21 else ("2021", hits21)
    # letters no Romance or Slavic name has ("José Núñez" in an English text is no Kazakh)
    own = set("ǵýı") if best == "2018" else set("ğūı")
    kazakh_only = sum(1 for w in words if own & set(w))
    return best if hits >= max(3, len(words) // 12) and kazakh_q >= 2 and kazakh_only >= 2 else None


def to_cyrillic_word(word: str, alphabet: Alphabet) -> str:
    """One Latin word in Cyrillic letters."""
    out: list[str] = []
    low = word.lower()
    i = 0
    while i < len(word):
        pair = low[i:i + 2]
        if pair in ("sh", "ch") or pair == "ts" and low[i + 2:i + 4] in _TSIA:
            cyr = {"sh": "ш", "ch": "ч", "ts": "ц"}[pair]
            i += 2
            upper = word[i - 2].isupper()
        else:
            ch = low[i]
            if ch in ("'", "’"):
                out.append(word[i])
                i += 1
                continue
            if ch == alphabet.dotless:
                prev = out[-1].lower() if out else ""
                cyr = "й" if prev in _VOWELS_CYR else "и"
            else:
                cyr = alphabet.letters.get(ch, ch)
            upper = word[i].isupper()
            i += 1
        out.append(cyr[:1].upper() + cyr[1:] if upper else cyr)
    return "".join(out)


def transliterate(text: str, version: str) -> Normalised:
    """The text in Cyrillic, with the map back to the Latin one (word by word)."""
    alphabet = ALPHABETS[version]
    changed, parts, pos = [], [], 0
    for m in _WORD.finditer(text):
        cyr = to_cyrillic_word(m.group(), alphabet)
        parts.append(text[pos:m.start()])
        parts.append(cyr)
        pos = m.end()
        changed.append((m.start(), m.end(), len(cyr), len(cyr) == len(m.group())))
    parts.append(text[pos:])
    return Normalised(text, "".join(parts), (PieceMap(changed, len(text)),))


_BACK_2018 = {"а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e",
              "ё": "ıo", "ж": "j", "з": "z", "и": "ı", "й": "ı", "і": "i", "к": "k", "қ": "q",
              "л": "l", "м": "m", "н": "n", "ң": "ń", "о": "o", "ө": "ó", "п": "p", "р": "r",
              "с": "s", "т": "t", "у": "ý", "ұ": "u", "ү": "ú", "ф": "f", "х": "h", "һ": "h",
              "ц": "c", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e",
              "ю": "ıý", "я": "ıa"}
_BACK_2021 = {**_BACK_2018, "ә": "ä", "ғ": "ğ", "и": "i", "й": "y", "ң": "ñ", "ө": "ö", "у": "u",
              "ұ": "ū", "ү": "ü", "ч": "ç", "ш": "ş", "щ": "ş", "ы": "ı", "ю": "iu", "я": "ia",
              "ё": "io"}


def to_latin(text: str, version: str) -> str:
    """A name the record gives in Cyrillic, written back in the text's Latin alphabet."""
    back = _BACK_2018 if version == "2018" else _BACK_2021
    out = []
    for ch in text:
        lat = back.get(ch.lower())
        if lat is None:
            out.append(ch)
        elif ch.isupper() and lat:
            out.append(lat[0].upper() + lat[1:])
        else:
            out.append(lat)
    return "".join(out)
