"""What natasha took for a person but is not: a capitalised common word at a sentence
start ("Глава государства", "Фото:"), a byline before a date, a place's name."""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import rows, word_list
from .model import PersonDraft
from ...nlp.morph import analyzer as morph
from .ru import REGION_NOUNS
from .view import View

_PLACE_NOUNS = REGION_NOUNS | {"порт", "село", "поселок", "деревня", "станция", "аэропорт", "улица",
                               "проспект", "площадь", "аул", "кишлак", "месторождение", "курорт",
                               "зона", "остров", "праздник"}
_DATA_NOUNS = word_list("persons_filters_data_nouns")
# the last part of a company's one-word name ("Эксимбанк", "Сербиягаз", "Казмунайгаз")
_COMPANY_ENDINGS = ("банк", "банка", "банком", "газ", "газа", "газом", "нефть", "нефти", "энерго",
                    "пром", "строй", "трейд", "холдинг", "инвест")
_REALMS = frozenset({"королевство", "княжество", "эмират", "султанат", "штат", "провинция", "город"})
_EN_NOUN_ENDINGS = ("phobia", "ism", "tion", "sion", "ity", "ness", "ship")


def is_person(p: PersonDraft, v: View, places: frozenset = frozenset()) -> bool:
    """Drop what natasha took for a person: a lone common word that is capitalised only
    because it opens a sentence or a caption ("Глава государства", "Фото:"), a lone
    state adjective ("Танзанийская сторона"), a lone word before a date ("Изот 7-06-2017", a
    byline), a lone word after a place noun
    ("в порту Оля") or one the tagger reads as a place elsewhere in the text, a lone word
    before a date ("Каир, 9 октября", a dateline)."""
    if len(p.name_words) == 1 and all(_number_word(v.doc.text[m.start:m.stop]) for m in p.mentions):
        return False                      # "Тридцатую регулярную встречу", "с Вами": no name
    if any(any(ch.isdigit() for ch in w) for w in p.name_words):
        return False                      # "мероприятиями Плана-2030": a document's name
    if v.lang == "ru" and (any(_company_word(w) for w in p.name_words)
                           or p.name_words and p.name_words[0].lower() in _PLACE_NOUNS):
        return False                      # "Эксимбанком Кореи", "Сербиягаз", "Уезд Жудун (Китай)"
    if all(re.fullmatch(r"\w\.?", w) for w in p.name_words):
        return False                      # "З. Р": initials alone name no one
    if len(p.name_words) == 1 and v.lang == "ru" and all(
            m.t0 > 0 and v.keys[m.t0 - 1] in _REALMS for m in p.mentions):
        return False                      # "представителем Королевства Ифе": a realm's name
    if len(p.name_words) == 1 and v.lang == "ru" and all(
            m.t0 > 0 and v.keys[m.t0 - 1] in ("месяц", "праздник", "поправка") for m in p.mentions):
        return False                      # "месяца Рамазан", "поправки Джексона-Вэника", titled or not
    if v.lang != "ru" and len(p.name_words) == 1 and _written_in_lower_case(p.name_words[0], v):
        return False                      # a title-case headline: "… of Uzbekistan Received Prime Minister"
    if v.lang != "ru" and any(_initials_after(v, m, p.name_words) for m in p.mentions):
        return False                      # "Chairman of Pakatan Harapan (PH)": a body and its initials
    if v.lang != "ru" and len(p.name_words) == 1 and _title_complement_goes_on(p, v):
        return False                      # "Minister of Planning and International Co-operation"
    if len(p.name_words) == 1 and p.title is None and p.name_words[0] in _agency_names():
        return False                      # "Бишкек, 27.01.20 /Кабар/": a news agency
    if len(p.name_words) >= 2 or p.title is not None:
        return True
    if v.lang != "ru":
        # a lone capitalised common noun ("cooperation on Islamophobia", "Tourism"): its ending
        # says it is no name
        return not p.name_words[0].lower().endswith(_EN_NOUN_ENDINGS)
    w = p.name_words[0]
    if len(w) <= 2:
        return False
    if all(v.state_kind[m.t0] in ("adj", "demonym", "office") for m in p.mentions):
        return False                      # "Танзанийская сторона": a state's adjective; "сообщил Кремль": its office
    if any(_named_after_place_noun(v, m.t0) for m in p.mentions):
        return False                      # "в порту Оля", "в зонах Энзели, Арас, Маку": a place's name
    if any(v.doc.text[m.start:m.stop] in places for m in p.mentions):
        return False                      # the tagger reads the same word as a place elsewhere
    if all(_before_a_date(v, m.t0, m.t1) or _agency_after_date(v, m.t0, m.t1) for m in p.mentions):
        return False                      # a byline, or a dateline ("Каир, 9 октября. –", "19 июля, Позірк.")
    if all(m.t0 > 1 and v.keys[m.t0 - 1] in _DATA_NOUNS and v.keys[m.t0 - 2] == "по"
           for m in p.mentions):
        return False                      # "по данным Нацстата": a source of figures is a body
    if all(m.t0 > 0 and re.fullmatch(r"\d{4}-\d\d-\d\d", v.tokens[m.t0 - 1].text) for m in p.mentions):
        return False                      # "date 2025-08-12 Ричмонд": a byline after the date
    if _adjective_only(w):
        return False                      # "Преференциальное торговое соглашение"
    if not _common_word(w):
        return True
    return any(m.t0 > 0 and not _sentence_start(v, m.t0) for m in p.mentions)


def _named_after_place_noun(v: View, t0: int) -> bool:
    """The word stands after a place noun, or in a list of single names that a place noun
    opens ("в свободных зонах Энзели, Арас, Маку"; "после праздника Рамазан")."""
    k = t0 - 1
    while k >= 2 and v.keys[k] in (",", "и") and v.tokens[k - 1].text[:1].isupper():
        k -= 2
    return k >= 0 and v.keys[k] in _PLACE_NOUNS


def _company_word(w: str) -> bool:
    """A word compounded with a company's last part ("Сербиягаз", "Эксимбанком"), not a short
    surname that ends so ("Газ")."""
    low = w.lower()
    return any(low.endswith(e) and len(low) >= len(e) + 4 for e in _COMPANY_ENDINGS)


def _initials_after(v: View, m, words: list) -> bool:
    """Two words followed by their initials in brackets name a body, not a person."""
    t = m.t1
    if len(words) != 2 or t + 2 >= len(v.tokens) or v.tokens[t].text != "(" or v.tokens[t + 2].text != ")":
        return False
    return v.tokens[t + 1].text == "".join(w[0] for w in words).upper()


def _title_complement_goes_on(p: PersonDraft, v: View) -> bool:
    """A lone word right after a capitalised word of its title's complement that names no state
    ("minister for Asia Pacific"): the complement goes on, no one is named ("President of
    Egypt Sisi" is named: the word before is a state)."""
    t = p.title
    if t is None or t.head[1] >= len(t.keys):
        return False
    heads = set(t.keys[t.head[0]:t.head[1]])
    for m in p.mentions:
        k = m.t0 - 1
        w = v.tokens[k].text if k >= 0 else ""
        if k < 0 or v.state_code[k] or not w[:1].isupper() or len(w.rstrip(".")) <= 2 \
                or w.lower() in heads or not t.start <= v.tokens[k].start < t.stop:
            return False    # (a state, an initial, the title's own head word: a name follows)
    return True


def _written_in_lower_case(word: str, v: View) -> bool:
    """The text writes the word in lower case elsewhere: a common word, not a name (the
    text's lower-case words are gathered once per document)."""
    if len(word) <= 3:
        return False
    words = getattr(v, "_lower_words", None)
    if words is None:
        words = v._lower_words = frozenset(re.findall(r"(?<![\w-])[a-z][a-z'’]*(?![\w-])", v.doc.text))
    return word.lower() in words


def _before_a_date(v: View, t0: int, i: int) -> bool:
    """Token i is a number ("Изот 7-06-2017"); or, for a word that opens a line, the one
    after a comma at i ("Каир, 9 октября. –")."""
    n = len(v.tokens)
    if i < n and v.tokens[i].text == "," and (t0 == 0 or v.newline_before[t0]):
        i += 1
    return i < n and v.tokens[i].text[:1].isdigit()


def _agency_after_date(v: View, t0: int, t1: int) -> bool:
    """"19 июля, Позірк. Контракты …": a word between a day-and-month dateline that opens a
    line and the end of its sentence is the agency's name."""
    n = len(v.tokens)
    return t0 >= 3 and (t0 == 3 or v.newline_before[t0 - 3]) and v.tokens[t0 - 1].text == "," \
        and v.tokens[t0 - 3].text.isdigit() \
        and v.tokens[t0 - 2].text.isalpha() and v.tokens[t0 - 2].text.islower() \
        and (t1 >= n or v.tokens[t1].text in (".", ":", "—", "–", "-"))


def _number_word(word: str) -> bool:
    """A numeral, an ordinal or a pronoun ("Тридцатую", "Пятый", the polite "Вами") in every
    reading pymorphy has."""
    try:
        parses = morph().parse(word.lower())
    except Exception:
        return False
    return bool(parses) and all(q.tag.POS in ("NUMR", "NPRO") or "Anum" in q.tag for q in parses)


def _sentence_start(v: View, i: int) -> bool:
    j = i - 1
    while j >= 0 and v.tokens[j].text in "«\"“„'(—–-•*":
        j -= 1
    return j < 0 or v.tokens[j].sent != v.tokens[i].sent or v.newline_before[j + 1] \
        or v.tokens[j].text in ".!?:;…"


def _adjective_only(word: str) -> bool:
    """A word pymorphy knows only as a full adjective: no one's name."""
    try:
        parses = morph().parse(word.lower())
    except Exception:
        return False
    known = [q for q in parses if q.methods_stack[0][0].__class__.__name__ == "DictionaryAnalyzer"]
    return bool(known) and all(q.tag.POS == "ADJF" and not {"Name", "Surn", "Patr"} & q.tag.grammemes
                               for q in known)


def _common_word(word: str) -> bool:
    """A word pymorphy knows only as a common noun ("Фото", "Глава"): not part of a name."""
    try:
        parses = morph().parse(word.lower())
    except Exception:
        return False
    known = [q for q in parses if q.methods_stack[0][0].__class__.__name__ == "DictionaryAnalyzer"]
    return bool(known) and not any({"Name", "Surn", "Patr", "Geox", "Orgn"} & q.tag.grammemes
                                   for q in known)


@lru_cache(maxsize=1)
def _agency_names() -> frozenset:
    """The names of the state news agencies (``agencies.tsv``), as written."""
    return frozenset(r[1] for r in rows("agencies.tsv") if len(r) >= 2)

