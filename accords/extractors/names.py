"""Person names: Russian mentions to the nominative "Имя Фамилия", keys for merging.

natasha's ``span.normal`` leaves foreign names in oblique cases ("Садыр Жапаровым",
"Чан Ваньцюаню", "Миеэгомбыном Энхболдом") and keeps patronymics; pymorphy alone
guesses badly on Central Asian, Arabic and Chinese names. So each word is put in the
nominative by pymorphy only where pymorphy knows it as a name or surname, and by
case-ending rules otherwise, with the case taken from the words of the same mention
that are known (or from natasha's tag). Word order stays as written (Chinese and
Vietnamese names put the family name first; the gold keeps the text's order).
"""
from __future__ import annotations

import re
from functools import lru_cache

_PATRONYMIC = re.compile(r"(ович|евич|ёвич|ьич|овна|евна|ична|инична)(а|у|ем|ом|е|ой|ы|ей|ну|ною)?$", re.I)
_TURKIC_PATR = {"оглы", "улы", "кызы", "угли", "кизи", "гызы"}
_VOWEL_END = re.compile(r"[аеёиоуыэюяaeiouy]$", re.I)
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def surname_key(name: str) -> str:
    """The scorer's key: the last word, lower-cased, ё as е."""
    words = (name or "").split()
    return words[-1].lower().replace("ё", "е") if words else ""


def word_key(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def _name_parses(word: str) -> tuple:
    """Dictionary-known singular Name/Surn/Patr readings of a word: (case, gender, tag set, parse)."""
    out = []
    try:
        for p in _morph().parse(word):
            tag = p.tag
            if not ({"Name", "Surn", "Patr"} & tag.grammemes) or "plur" in tag.grammemes:
                continue
            meth = p.methods_stack[0][0].__class__.__name__
            if meth != "DictionaryAnalyzer":
                continue
            out.append((str(tag.case) if tag.case else None,
                        str(tag.gender) if tag.gender else None, frozenset(tag.grammemes), p))
    except Exception:
        return ()
    return tuple(out)


def is_patronymic(word: str) -> bool:
    return bool(_PATRONYMIC.search(word)) or word.lower() in _TURKIC_PATR


def _restore(surface: str, normal: str) -> str:
    """Keep the text's spelling (capitals, ё or е) on the part the two forms share."""
    out = []
    for i, ch in enumerate(normal):
        if i < len(surface) and word_key(surface[i]) == word_key(ch):
            out.append(surface[i])
        elif i < len(surface) and surface[i].isupper():
            out.append(ch.upper())
        else:
            out.append(ch)
    res = "".join(out)
    if surface[:1].isupper():
        res = res[:1].upper() + res[1:]
    return res


def _gender_of(words: list[str]) -> str | None:
    """'masc' / 'femn' from the first word pymorphy knows as a first name."""
    for w in words:
        for case, gender, gram, _ in _name_parses(w.lower()):
            if "Name" in gram and gender in ("masc", "femn"):
                return gender
    return None


def _mention_case(words: list[str], ud_cases: list[str | None], hint: str | None = None) -> str:
    """The grammatical case of the whole mention: the words pymorphy knows vote, the
    case of the title the name stands in apposition to ("главе ... Чан Ваньцюаню") and
    natasha's tags break ties."""
    votes: dict[str, float] = {}
    if hint in _UD_CASE:
        votes[_UD_CASE[hint]] = 1.5
    for w in words:
        for c, _, _, p in _name_parses(w.lower()):
            if c:
                votes[c] = votes.get(c, 0) + 2 * p.score
        low = w.lower()
        if re.search(r"(ов|ев|ёв|ин|ын)ым$", low) or (re.search(r"[бвгджзклмнпрстфхцчшщ]ом$", low) and len(low) > 4):
            votes["ablt"] = votes.get("ablt", 0) + 1
    for c in ud_cases:
        if c in _UD_CASE:
            votes[_UD_CASE[c]] = votes.get(_UD_CASE[c], 0) + 0.5
    if not votes:
        return "nomn"
    return max(votes.items(), key=lambda kv: (kv[1], kv[0] == "nomn"))[0]


def _by_rules(word: str, case: str, gender: str | None) -> str:
    """Nominative of a word pymorphy does not know, from its case ending."""
    low = word.lower()
    if case == "nomn" or _VOWEL_END.search(low) and case in ("datv", "loct") and low[-1] in "иоэ":
        return word
    fem = gender == "femn"
    if case == "ablt":
        if re.search(r"(ов|ев|ёв|ин|ын)ым$", low):
            return word[:-2]
        if fem and re.search(r"(ов|ев|ёв|ин|ын)ой$", low):
            return word[:-2] + "а"
        if re.search(r"[бвгджзклмнпрстфхцчшщ]ом$", low) and not fem:
            return word[:-2]
        if re.search(r"ем$", low) and not fem and len(low) > 4:
            if low[-3] in "жшчщц":
                return word[:-2]
            return word[:-2] + ("й" if low[-3] in "аеиоуыэюя" else "ь")
        return word
    if case in ("gent", "accs"):
        if fem:
            if re.search(r"(ов|ев|ёв|ин|ын)у$", low) and case == "accs":
                return word[:-1] + "а"
            if re.search(r"(ов|ев|ёв|ин|ын)ой$", low):
                return word[:-2] + "а"
            return word
        if re.search(r"[бвгджзклмнпрстфхцчшщ]а$", low):
            return word[:-1]
        if re.search(r"[аеиоуыэюя]я$", low):
            return word[:-1] + "й"
        return word
    if case in ("datv", "loct"):
        if fem:
            if re.search(r"(ов|ев|ёв|ин|ын)ой$", low):
                return word[:-2] + "а"
            return word
        if re.search(r"[бвгджзклмнпрстфхцчшщ][уе]$", low):
            return word[:-1]
        if re.search(r"[аеиоуыэюя]ю$", low):
            return word[:-1] + "й"
        if re.search(r"[бвгджзклмнпрстфхцчшщ]ю$", low):
            return word[:-1] + "ь"
        return word
    return word


def _nominative(word: str, case: str, gender: str | None) -> str:
    if "-" in word and not word.lower().startswith(("аль-", "ал-", "ас-", "ад-", "ан-", "ар-", "аш-", "эль-", "ибн-", "бин-")):
        head, _, tail = word.rpartition("-")
        return head + "-" + _nominative(tail, case, gender)
    if "-" in word:                       # аль-Гейтом: the article stays, the word declines
        head, _, tail = word.partition("-")
        return head + "-" + _nominative(tail, case, gender)
    low = word.lower()
    parses = [p for c, g, gram, p in _name_parses(low)
              if c == case and (gender is None or g in (gender, "ms-f", None)
                                or "Name" in gram and g == gender)]
    if parses:
        p = parses[0]
        try:
            inf = p.inflect({"nomn"})
            if inf is not None:
                return _restore(word, inf.word)
        except Exception:
            pass
    return _by_rules(word, case, gender)


def normalize_ru(words: list[str], ud_cases: list[str | None] | None = None,
                 hint: str | None = None) -> list[str]:
    """Nominative words of one Russian mention, patronymics dropped (not the last word:
    "Дворкович" is a surname)."""
    words = [w for w in words if w]
    if not words:
        return []
    ud_cases = ud_cases or [None] * len(words)
    keep = [i for i, w in enumerate(words)
            if not (i > 0 and i < len(words) - 1 and is_patronymic(w))]
    words = [words[i] for i in keep]
    ud = [ud_cases[i] for i in keep]
    case = _mention_case(words, ud, hint)
    gender = _gender_of(words)
    out = []
    for w in words:
        wc = case
        if case == "nomn" and re.search(r"(ов|ев|ёв|ин|ын)ым$", w.lower()):
            wc = "ablt"                   # a nominative surname never ends in -овым
        out.append(_nominative(w, wc, gender))
    return out
