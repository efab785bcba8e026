"""Person names: Russian mentions to the nominative "Имя Фамилия", keys for merging.

natasha's ``span.normal`` leaves foreign names in oblique cases ("Садыр Жапаровым",
"Чан Ваньцюаню", "Миеэгомбыном Энхболдом") and keeps patronymics; pymorphy alone
guesses badly on Central Asian, Arabic and Chinese names (it reads "Микаила",
"Ерлана", "Токаева" as feminine nominatives). So the case and gender of the whole
mention are chosen first, jointly, from the title the name stands in apposition to, natasha's
contextual tags and the readings pymorphy has for the words; then each word is put in the
nominative by pymorphy where pymorphy knows it as a name or surname, and by case-ending
rules otherwise (natasha's lemma choosing where an ending allows two nominatives). Word
order stays as written (Chinese and Vietnamese names put the family name first; the gold
keeps the text's order).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import word_list
from ...nlp.morph import analyzer as morph

_PATRONYMIC = re.compile(r"(ович|евич|ёвич|ьич|овна|евна|ична|инична)(а|у|ем|ом|е|ой|ы|ей|ну|ною)?$", re.I)
_TURKIC_PATR = word_list("persons_names_turkic_patr")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def surname_key(name: str) -> str:
    """The scorer's key: the last word, lower-cased, ё as е."""
    words = (name or "").split()
    return words[-1].lower().replace("ё", "е") if words else ""


def word_key(word: str) -> str:
    return word.lower().replace("ё", "е")


def stem_match(a: str, b: str) -> bool:
    """Two name word keys are one word in two case forms ("токаев", "токаевым")."""
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    return len(a) >= 4 and b.startswith(a) and len(b) - len(a) <= 2 or (
        len(a) >= 5 and a[:-1] == b[:len(a) - 1] and abs(len(a) - len(b)) <= 2
        and a[-1] in "аяуюеио" and b[-1] in "аяуюеиоймь")




@lru_cache(maxsize=50_000)
def name_parses(word: str) -> tuple:
    """Dictionary-known singular Name/Surn/Patr readings of a word: (case, gender, tag set, parse)."""
    out = []
    try:
        for p in morph().parse(word):
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


_UD_GENDER = {"Masc": "masc", "Fem": "femn"}
_GENDERS = ("masc", "femn")
_ABLT_MASC = re.compile(r"(ов|ев|ёв|ин|ын)ым$")
_ABLT_CONS = re.compile(r"[бвгджзклмнпрстфхцчшщ]ом$")
_ABLT_A = re.compile(r"[бдзлмпрф]ой$")


def _ending_votes(low: str) -> dict:
    """(case, gender) readings an unknown word's ending makes likely."""
    if _ABLT_MASC.search(low) or _ABLT_CONS.search(low) and len(low) > 4:
        return {("ablt", "masc"): 1.25}
    if low.endswith("ем") and len(low) >= 4:
        return {("ablt", "masc"): 1.0}             # "Тинем", "Цзюнем", "Фэем"
    if _ABLT_A.search(low) and len(low) > 5:
        return {("ablt", "masc"): 1.0}             # "Мавимой", "Окотой": an -а name after a title
    return {}


def _readings(words: list[str]) -> list[tuple]:
    """pymorphy's name readings of each word of a mention. A last word read only as a first
    name is a surname pymorphy does not know ("Тани" is not "Таня", "Токаева" not a woman's
    name): it is left to the ending rules."""
    out = []
    for i, w in enumerate(words):
        ps = name_parses(w.lower().rpartition("-")[2] if "-" in w else w.lower())
        if i == len(words) - 1 and i > 0 and ps and all("Name" in gram and "Surn" not in gram
                                                        for _, _, gram, _ in ps):
            ps = ()
        out.append(ps)
    return out


_VOWEL_EM = re.compile(r"[аеиоуэюяы]ем$")
_MASC_SURN_GEN = re.compile(r"(?:ов|ев|ёв|ин|ын)а$")


def _case_gender(words: list[str], ud_cases: list, ud_genders: list,
                 hint: str | None = None) -> tuple[str, str | None]:
    """The case and gender of the whole mention, chosen jointly so that the words agree.

    pymorphy alone reads "Микаила", "Ерлана", "Токаева" as feminine nominatives; the
    words around the name know better: the title it stands in apposition to ("министра
    ... Микаила Джаббарова" is genitive) and natasha's contextual tags (case and gender)
    vote, and a (case, gender) reading counts only where pymorphy has it for that word."""
    n = len(words)
    w_ud = 2.0 / n
    parses = _readings(words)
    votes = [_ending_votes(w.lower()) for w in words]          # per word, not per reading
    cases = [_UD_CASE.get(c) for c in ud_cases]
    genders = [_UD_GENDER.get(g) for g in ud_genders]
    if hint in ("Gen", "Acc") and genders[-1] == "masc" and _MASC_SURN_GEN.search(words[-1].lower()):
        # "министра энергетики Азербайджана Парвиза Шахбазова": a man's "-ова" after a title in the
        # genitive is his surname in that case, whatever pymorphy guesses of the given name
        votes[-1] = {**votes[-1], (_UD_CASE[hint], "masc"): 1.5}
    misfit = [0.75 * min(1.0, 2 * max(p.score for _, _, _, p in ps)) if ps else 0.0
              for ps in parses]
    scores: dict = {}
    for case in _CASES:
        for g in _GENDERS:
            s = 0.1 if case == "nomn" else 0.0
            if hint in _UD_CASE and _UD_CASE[hint] == case:
                s += 2.5
            for i in range(n):
                if cases[i] == case:
                    s += w_ud
                if genders[i] == g:
                    s += w_ud / 2
                fit = [p.score for c, gg, _, p in parses[i] if c == case and gg in (g, "ms-f", None)]
                if fit:
                    s += min(1.5, 0.5 + 2 * max(fit))     # rare guesses ("Мевлютом" nomn) weigh less
                else:                                     # a known word that cannot be read so
                    s -= misfit[i]
                s += votes[i].get((case, g), 0.0)
            scores[(case, g)] = s
    case, g = max(scores, key=lambda k: (scores[k], k[0] == "nomn", k[1] == "masc"))
    other = "femn" if g == "masc" else "masc"
    gender_known = scores[(case, g)] > scores[(case, other)] + 1e-9
    return case, (g if gender_known else None)


_ADJ_MASC = re.compile(r"(?<=[сц]к)(ого|ому|им|ом)$")
_C = "бвгджзклмнпрстфхцчшщ"
_V = "аеиоуыэюя"
_SURN_STEM = ("ов", "ев", "ёв", "ин", "ын")


def _by_rules(word: str, case: str, gender: str | None) -> list[str]:
    """Nominatives of a word pymorphy does not know, from its case ending: the likeliest
    first, then the others the ending allows ("Нарендре" dative is "Нарендра", locative
    "о Тимуре" is "Тимур"); natasha's lemma chooses among them."""
    low = word.lower()
    if case == "nomn" or len(low) < 3:
        return [word]
    stem2 = word[:-2]
    if gender != "masc" and re.search(r"[сц]к(ой|ую)$", low) and len(low) > 5:
        return [stem2 + "ая"]                           # Скалацкой, Вишневскую: adjectival
    if gender != "femn" and len(low) > 6 and _ADJ_MASC.search(low):
        return [_ADJ_MASC.sub("", word) + "ий"]         # Цыбульского, Ковальским: adjectival
    if case == "ablt":
        return _from_instrumental(word, gender == "femn")
    if case in ("gent", "accs"):
        return _from_genitive(word, case, gender == "femn")
    if case in ("datv", "loct"):
        return _from_dative(word, case, gender == "femn")
    return [word]


def _from_instrumental(word: str, fem: bool) -> list[str]:
    low, stem2 = word.lower(), word[:-2]
    if low.endswith(("ым", "им")) and not fem and low[:-2].endswith(_SURN_STEM):
        return [stem2]
    if low.endswith("ой") and low[-3] in _C:
        return [stem2 + "а"]                        # Исибой, Айдой, Ивановой
    if low.endswith("ей") and low[-3] == "ь":
        return [stem2 + "я"]                        # Натальей
    if low.endswith("ией") and len(low) > 4:
        return [stem2 + "я"]                        # Мехией, Марией
    if low.endswith("ей") and low[-3] in "жшчщц" and len(low) > 4:
        return [stem2 + "а"]                        # Джорджей, Сашей: after a hushing sound
    if fem:
        return [word]
    if low.endswith("ом") and low[-3] in _C and len(low) > 4:
        return [stem2]
    if low.endswith("ем") and len(low) >= 4:
        if low[-3] in "жшчщц":
            return [stem2, stem2 + "ь"]
        if low[-3] in _V:
            return [stem2 + "й"]
        return [stem2 + "ь", stem2, stem2 + "й"]
    return [word]


def _from_genitive(word: str, case: str, fem: bool) -> list[str]:
    """Genitive and accusative endings."""
    low, stem1, stem2 = word.lower(), word[:-1], word[:-2]
    last, prev = low[-1], low[-2]
    if fem:
        if case == "accs" and last == "у" and low[:-1].endswith(_SURN_STEM):
            return [stem1 + "а"]
        if low.endswith("ой") and low[:-2].endswith(_SURN_STEM):
            return [stem2 + "а"]
        if last == "ы" and prev in _C:
            return [stem1 + "а"]                    # Айды
        return [word]
    if last == "а" and prev in _C:
        return [stem1]                              # Джаббарова, Микаила
    if last == "я" and prev in _V:
        return [stem1 + "й"]                        # Анатолия
    if last == "я" and prev in _C:
        return [stem1 + "ь"]                        # Эдиля, Игоря
    if last == "ы" and prev in _C:
        return [stem1 + "а"]                        # Абдуллы
    if case == "accs" and last == "у" and prev in _C:
        return [stem1 + "а"]                        # Ямаду
    return [word]


def _from_dative(word: str, case: str, fem: bool) -> list[str]:
    """Dative and locative endings."""
    low, stem1, stem2 = word.lower(), word[:-1], word[:-2]
    last, prev = low[-1], low[-2]
    if fem:
        if low.endswith("ой") and low[:-2].endswith(_SURN_STEM):
            return [stem2 + "а"]
        if last == "е" and prev in _C:
            return [stem1 + "а"]                    # Айде
        return [word]
    if last == "у" and prev in _C:
        return [stem1]
    if last == "е" and prev in _C:
        # a dative in -е is of an -а name ("Нарендре"); a locative usually not ("о Тимуре")
        return [stem1 + "а", stem1] if case == "datv" else [stem1, stem1 + "а"]
    if last == "ю" and prev in _V:
        return [stem1 + "й"]
    if last == "ю" and prev in _C:
        return [stem1 + "ь"]
    return [word]


def _tail(lemma: str | None) -> str | None:
    return lemma.rpartition("-")[2] if lemma else None


_INDECLINABLE_ENDINGS = ("зода", "заде")     # Tajik and Azerbaijani surnames: "Каххорзода", "Рахмонзода"


def _nominative(word: str, case: str, gender: str | None, lemma: str | None = None,
                known: bool = True) -> str:
    if word.lower().endswith(_INDECLINABLE_ENDINGS):
        return word
    if "-" in word and not word.lower().startswith(("аль-", "ал-", "ас-", "ад-", "ан-", "ар-", "аш-", "эль-", "ибн-", "бин-")):
        head, _, tail = word.rpartition("-")
        return head + "-" + _nominative(tail, case, gender, _tail(lemma))
    if "-" in word:                       # аль-Гейтом: the article stays, the word declines
        head, _, tail = word.partition("-")
        return head + "-" + _nominative(tail, case, gender, _tail(lemma))
    low = word.lower()
    parses = [p for c, g, gram, p in (name_parses(low) if known else ())
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
    cands = _by_rules(word, case, gender)
    if lemma and len(cands) > 1:
        for cand in cands:
            if word_key(cand) == word_key(lemma):
                return cand
    return cands[0]


def normalize_ru(words: list[str], ud_cases: list[str | None] | None = None,
                 hint: str | None = None, ud_genders: list[str | None] | None = None,
                 lemmas: list[str | None] | None = None) -> list[str]:
    """Nominative words of one Russian mention, patronymics dropped (not the last word:
    "Дворкович" is a surname). Memoised: the same names recur across documents."""
    return list(_normalize_ru(tuple(words), tuple(ud_cases) if ud_cases else None, hint,
                              tuple(ud_genders) if ud_genders else None,
                              tuple(lemmas) if lemmas else None))


@lru_cache(maxsize=50_000)
def _normalize_ru(words: tuple, ud_cases: tuple | None, hint: str | None,
                  ud_genders: tuple | None, lemmas: tuple | None) -> tuple:
    words = [w for w in words if w]
    if not words:
        return ()
    ud_cases = list(ud_cases or [None] * len(words))
    ud_genders = list(ud_genders or [None] * len(words))
    keep = [i for i, w in enumerate(words)
            if not (i > 0 and i < len(words) - 1 and is_patronymic(w))]
    words = [words[i] for i in keep]
    ud = [ud_cases[i] if i < len(ud_cases) else None for i in keep]
    ug = [ud_genders[i] if i < len(ud_genders) else None for i in keep]
    lemmas = list(lemmas or [None] * len(ud_cases))
    lm = [lemmas[i] if i < len(lemmas) else None for i in keep]
    case, gender = _case_gender(words, ud, ug, hint)
    out = []
    readings = _readings(words)
    for w, lemma, r in zip(words, lm, readings):
        wc = case
        if case == "nomn" and (_ABLT_MASC.search(w.lower())
                               or (hint == "Ins" or w.lower().endswith("эем")) and _VOWEL_EM.search(w.lower())):
            wc = "ablt"                   # a nominative surname never ends in -овым; after
            # a title in the instrumental "Цинвэем" is "Цинвэй" whatever the tagger says
        out.append(_nominative(w, wc, gender, lemma, known=bool(r) or "-" in w))
    return tuple(out)
