"""pymorphy's analyser, loaded once per process, and what is built on it alone: putting a
Russian noun phrase in the nominative ("Председателем Правительства" -> "Председатель
Правительства"), for names of projects and titles of persons that the text gives in the
case its sentence needed."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple


@lru_cache(maxsize=1)
def analyzer():
    """pymorphy's analyser (loading its dictionaries takes a while: one per process)."""
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=20_000)
def present_only(word: str) -> bool:
    """pymorphy reads the Russian verb form as a present and never as a future ("дорабатываем"
    is imperfective: the tagger's "Fut" on it is an error)."""
    tags = [p.tag for p in analyzer().parse(word.lower()) if p.tag.POS == "VERB"]
    return bool(tags) and all("pres" in t for t in tags)


@lru_cache(maxsize=4096)
def only_a_place(span: str) -> bool:
    """A one-word person span the dictionary knows only as a place, in the singular
    ("предложила Мозамбику", "с Иорданией"): the tagger's person is the state. Not a word
    that is also a name ("Доминика") or a surname ("Ливанов")."""
    if " " in span or not span.isalpha():
        return False
    try:
        parses = analyzer().parse(span.lower())
    except Exception:
        return False
    return bool(parses) and all("Geox" in q.tag and "sing" in q.tag and "Infr" not in q.tag
                                and not {"Name", "Surn", "Patr"} & q.tag.grammemes for q in parses)


def is_cyrillic(word: str) -> bool:
    return any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in word)


def joined(tokens, words) -> str:
    """``words`` (one per token) spaced as the tokens were in the text."""
    out = ""
    for i, (t, w) in enumerate(zip(tokens, words)):
        if i and tokens[i - 1].stop < t.start:
            out += " "
        out += w
    return out


def nominative_phrase(tokens, head: int, singular: bool = False) -> str:
    """The words up to the head noun ``tokens[head]`` in the nominative, adjectives agreeing
    in gender and number (in the singular with ``singular``: one person's title given once
    for several); the words after it (genitive modifiers) stay as written.

    "Среднего коридора" -> "Средний коридор"; "Чрезвычайным и Полномочным Послом
    Казахстана" -> "Чрезвычайный и Полномочный Посол Казахстана"."""
    base = tokens[0].start if tokens else 0
    feats = [getattr(t, "feats", None) or {} for t in tokens]
    return _nominative_phrase(tuple(_Word(t.text, t.start - base, t.stop - base, f.get("Case"),
                                          f.get("Gender")) for t, f in zip(tokens, feats)),
                              head, singular)


class _Word(NamedTuple):
    """What :func:`nominative_phrase` reads of a token (a memo key: titles recur)."""
    text: str
    start: int
    stop: int
    case: str | None
    gender: str | None

    @property
    def feats(self) -> dict:
        return {k: v for k, v in (("Case", self.case), ("Gender", self.gender)) if v}


@lru_cache(maxsize=20_000)
def _nominative_phrase(tokens: tuple, head: int, singular: bool) -> str:
    words = [t.text for t in tokens]
    if not is_cyrillic(tokens[head].text):
        return joined(tokens, words)
    m = analyzer()
    hp = _reading(m.parse(tokens[head].text), tokens[head], ("NOUN",))
    plural = "plur" in hp.tag and not singular
    gender = hp.tag.gender or _GENDERS.get(tokens[head].feats.get("Gender"), "masc")
    if singular and "plur" in hp.tag:
        one = hp.inflect({"sing", "nomn"})
        gender = one.tag.gender if one is not None else gender
    for n in range(head + 1):
        w = tokens[n].text
        if not is_cyrillic(w):
            continue
        parses = m.parse(w)
        p = _reading(parses, tokens[n], ("ADJF", "PRTF")) if n < head else hp
        want = {"nomn", "plur"} if plural else ({"nomn", gender} if n < head and gender else {"nomn"})
        if singular and not plural:
            want.add("sing")
        form = p.inflect(want)
        if form is not None:
            nw = form.word
            words[n] = nw[:1].upper() + nw[1:] if w[:1].isupper() else nw
    return joined(tokens, words)


_CASES = {"Nom": {"nomn"}, "Gen": {"gent", "gen2"}, "Dat": {"datv"}, "Acc": {"accs"},
          "Ins": {"ablt"}, "Loc": {"loct", "loc2"}}
_GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


def _reading(parses, token, pos: tuple[str, ...]):
    """pymorphy's reading of a word that agrees with natasha's tags in context: the part of
    speech wanted, natasha's case, a word that declines ("в порту" is the port's, not
    Porto's), and a person rather than a thing ("премьеру" is the premier's dative, not
    "премьера", a first night); pymorphy's first reading otherwise."""
    feats = getattr(token, "feats", None) or {}
    cases = _CASES.get(feats.get("Case"), set())

    def rank(p):
        return (p.tag.POS in pos, p.tag.case in cases, "Fixd" not in p.tag, "anim" in p.tag)

    best = max(parses, key=rank)
    return best if best.tag.POS in pos else parses[0]
