"""Roles: which amounts of a sentence are figures, and which are something else.

An amount that is a difference ("на $780 млн меньше", "сократился на $752 млн") is a
``delta``; one restating the previous amount in another currency (", или 111 млрд
белорусских рублей", "($4.3 billion)") an ``equivalent``; one a change is measured against
("against $4 billion") a ``base``. An amount of something else (a budget, a debt, a price
"за тонну") is ``foreign`` even when a metric noun stands near: the lexicon's ``foreign``
nouns, and for Russian the syntax (the amount modifies a noun no metric names, or a size
verb's subject is one).
"""
from __future__ import annotations

import re

from ...lexicon import word_list
from .amount import Amount
from .cues import NAMING, NEUTRAL, Cue, Lexicon, lemma_categories, nearest_cue, norm

# the gap between an amount and its restatement in another currency: "или", "—", "(", also
# after the year it is for and with its own qualifier: "QR16.35 billion in 2015 (more than $4 billion)"
EQUIV_GAP = re.compile(r"^\s*(?:,?\s*(?:или|or|i\.e\.|то\s+есть|that\s+is|which\s+is|—|–|-)\s*"
                       # "USD 100 billion or equivalent to IDR 1,400 trillion", "что эквивалентно …"
                       r"(?:(?:(?:is\s+)?equivalent\s+to|эквивалентно|что\s+эквивалентно)\s*)?|"
                       r"(?:,?\s*(?:equivalent\s+to|что\s+эквивалентно|эквивалентно)\s*)|"
                       r"(?:(?:in|for|за|в)\s+(?:19|20)\d\d\s*(?:год[а-я]*|г\.)?\s*)?[(\[/]\s*"   # ("300 million yuan [roughly $45 million]");
                       # Xinhua's slashes: "14,59 млрд юаней /2,28 млрд долл. США/"
                       r"(?:more\s+than|over|about|around|roughly|nearly|almost|approximately|около|более|свыше|почти|примерно)?\s*)$", re.I)
_PER_UNIT = re.compile(r"\s*(?:за|per|a|an)\s+(?:\d[\d\s]*\s+)?(?:тонн|баррел|кубометр|тысяч[уи]\s+куб|"
                       r"литр|килограмм|кг|штук|единиц|человек|мвт|квт|barrel|ton|tonne|cubic|"
                       r"thousand\s+cubic|unit|kg|head|person|mwh|kwh|litre|liter)", re.I)
_CURRENT_WORDS = ("нынешних", "текущих", "current")
_GOODS = frozenset({"товар", "продукция", "продукт"})
_TIME_NOUNS = frozenset({"перспектива", "время", "срок", "горизонт", "будущее"})
_DELTA_NOUNS = frozenset({"increase", "rise", "growth", "decrease", "decline", "drop", "fall"})
# the relation's ends have no size of their own ("товарооборота между странами в $100 млрд")
_PARTY_NOUNS = frozenset({"страна", "государство", "сторона", "партнер", "партнёр"})
# "в районе $64 млрд": a word of approximation, no thing measured
_APPROX_NOUNS = frozenset({"район"})


def delta_sign(doc, a: Amount, lo: int, hi: int, cues_at: dict) -> int:
    """Non-zero when the amount is a difference: 'на $780 млн меньше', 'fell by $42 million'."""
    toks = doc.tokens
    j = a.q_first - 1
    if j > lo and toks[j].text in ("+", "−", "-") and toks[j].stop == toks[a.q_first].start \
            and toks[j - 1].text == "(":
        return 1 if toks[j].text == "+" else -1     # "на 40% (+$460 млн)": the difference
    if j > lo and norm(toks[j].text) == "of" and norm(toks[j - 1].text) in _DELTA_NOUNS:
        # "recorded a net increase of $410 million": the growth, not the level
        return -1 if norm(toks[j - 1].text) in ("decrease", "decline", "drop", "fall") else 1
    if a.last + 1 < hi and norm(toks[a.last + 1].text) in _DELTA_NOUNS and j >= lo \
            and norm(toks[j].text) in ("a", "an"):
        # "projecting a $5 billion increase": the amount names the growth's size
        return -1 if norm(toks[a.last + 1].text) in ("decrease", "decline", "drop", "fall") else 1
    # "увеличился на 8,3%, или на 324,3 млн", "grew 3 percent, or $20 million, to …": the same
    # change told a second way, after its percent; the change verb lies further back
    second_way = any(norm(t.text) in _PERCENT_WORDS for t in toks[max(j - 5, lo):j])
    if j - 3 >= lo and toks[j].text == "(" and norm(toks[j - 1].text) in _PERCENT_WORDS \
            and norm(toks[j - 3].text) == "на":
        j -= 3      # "сократился на 86 процентов (7,4 млрд долларов)": the change in money, bracketed
    if j > lo and second_way and norm(toks[j].text) == "or":
        back = 10       # not the Russian "снизился на 7,5% или $5,2 млрд", loosely the level
    elif j >= lo and norm(toks[j].text) in ("на", "by"):
        back = 10 if j - 1 > lo and second_way and norm(toks[j - 1].text) in ("или", "or") else 4
    else:
        return 0
    if any(t.lemma in _OVERTAKE for t in toks[max(j - 4, lo):j]):
        return 1        # "обогнав Италию на 150 млн", "outpacing Italy by $150 million": a margin
    for k in range(a.last + 1, min(a.last + 3, hi)):
        for c in cues_at.get(k, ()):
            if c.category in ("compar",):
                return 1 if c.value == "up" else -1
    while j - 1 > lo and norm(toks[j - 1].text) in _APPROX_BEFORE_BY:
        j -= 1      # "вырос в 2022 году почти на 2 млрд": the qualifier of the difference skipped
    k0 = _before_comparison(toks, j, lo)
    if k0 > lo and toks[k0].text == ",":    # "вырос, по данным таможни, на 2 млрд": the aside skipped
        k0 = next((i - 1 for i in range(k0 - 1, max(k0 - 8, lo), -1) if toks[i].text == ","), k0)
    for k in range(k0, max(k0 - back + 1, lo) - 1, -1):
        for c in cues_at.get(k, ()):
            if c.category == "change":
                return 1 if c.value == "up" else -1
    return 0


# a qualifier standing before "на"/"by" of a difference: "примерно на 2 млрд", "almost by $1 bn"
_APPROX_BEFORE_BY = frozenset({"примерно", "почти", "около", "приблизительно", "порядка", "более",
                               "менее", "свыше", "чем", "еще", "ещё", "лишь", "всего", "только",
                               "almost", "nearly", "roughly", "approximately", "about", "just", "only"})


def _before_comparison(toks: list, j: int, lo: int) -> int:
    """The token before "на" (at ``j``), or before the comparison standing between the change
    verb and "на" ("увеличился по сравнению с аналогичным периодом прошлого года на 136,5 млн")."""
    for i in range(j - 2, max(j - 10, lo), -1):
        if toks[i].text in (",", ";", ".", "(", ")"):
            break
        if norm(toks[i].text) == "по" and norm(toks[i + 1].text) == "сравнению":
            return i - 1
    return j - 1


def is_base(a: Amount, cues: list[Cue], toks: list) -> bool:
    """A base cue right before the amount ("against $4 billion", "против нынешних $2 млрд",
    "from current levels of $2.7 billion")."""
    return any(c.category == "base" and (c.last == a.q_first - 1 or c.last == a.q_first - 2
               and norm(toks[a.q_first - 1].text) in _CURRENT_WORDS
               or 0 < a.q_first - 1 - c.last <= 4 and all(      # ("from its current value of $10 billion")
                   norm(t.text) in _LEVEL_WORDS or norm(t.text) in _CURRENT_WORDS for t in toks[c.last + 1:a.q_first]))
               for c in cues)


_LEVEL_WORDS = frozenset({"level", "levels", "of", "the", "value", "its", "figure"})
_OVERTAKE = frozenset({"обогнать", "опередить", "обгонять", "опережать", "outpacing", "overtaking",
                       "surpassing", "outstripping"})
_PERCENT_WORDS = frozenset({"%", "percent", "cent", "процента", "процентов", "процент"})


def governed_elsewhere(a: Amount, toks: list, by_id: dict, children: dict, lex: Lexicon,
                       named: frozenset = frozenset()) -> bool:
    """Russian syntax: the amount hangs on a noun that no metric names ("выделение гранта
    в $10 млн"), or a size verb whose subject is such a noun ("цены достигли 80 долларов"),
    so it measures that thing, not the relation."""
    if _metric_right_before(a, toks, lex, named):
        return False    # "планам удвоения товарооборота до $23 млрд": the words say it, whatever the parse
    span = {t.id for t in toks[a.first:a.last + 1]}
    roots = [t for t in toks[a.first:a.last + 1] if t.head_id not in span and t.pos != "PUNCT"]
    if not roots:
        return False
    root = next((t for t in roots if t.pos in ("NOUN", "SYM", "PROPN")), roots[0])
    head, rel = by_id.get(root.head_id), root.rel
    if head is not None and _across_punctuation(a, head, toks):
        return False
    for _ in range(4):
        if head is None:
            return False
        if head.pos == "VERB":
            if rel.startswith("nsubj"):
                return False    # "Из них 3,1 млрд долларов составляет экспорт": the amount is the subject
            return _subject_elsewhere(head, by_id, children, lex, toks)
        if head.pos not in ("NOUN", "PROPN") or not rel.startswith("nmod"):
            return False        # only an amount that modifies a noun measures that noun
        if head.lemma in _GOODS or _goods_traded(a, head, toks, by_id, lex):
            # "импортировала из России товаров на $3,7 млрд": the goods traded; the verb
            # above ("импортировала", "поставили") names what they measure
            head, rel = by_id.get(head.head_id), head.rel
            continue
        if head.pos == "PROPN" or head.lemma in _TIME_NOUNS or head.lemma in _PARTY_NOUNS \
                or head.lemma in _APPROX_NOUNS:
            # a name has no size ("товарооборот с Китаем $5 млрд" is misparsed), nor has a time
            # ("довести товарооборот в ближайшей перспективе до $2 млрд") or a side
            head, rel = by_id.get(head.head_id), head.rel
            continue
        keys = lemma_categories(head, lex)
        if keys & NAMING or head.index in named:     # "кредитную линию в размере ..."
            return False
        if not keys & (NEUTRAL | {"change"}):   # "повышения уровня оборота с $X": a change of what it names
            return True
        # "увеличение торговли до $X": the neutral noun's own dependent names the metric;
        # "выделение $2 млн на оказание помощи": or its dependent's
        kids = [c for c in children.get(head.id, ()) if c.rel.startswith("nmod")]
        if any(lemma_categories(c, lex) & NAMING for c in kids) or any(
                g.rel.startswith("nmod") and lemma_categories(g, lex) & NAMING
                for c in kids for g in children.get(c.id, ())):
            return False
        head, rel = by_id.get(head.head_id), head.rel
    return False


_LINK_PREPS = frozenset({"до", "в", "на", "с", "свыше", "около", "более"})


def _goods_traded(a: Amount, head, toks: list, by_id: dict, lex: Lexicon) -> bool:
    """"экспортировал в Китай меди на $2 млрд", "импортировал риса на $700 млн": any goods in
    the genitive, their worth "на" an amount, under a verb that names the metric."""
    verb = by_id.get(head.head_id)
    return a.first > 0 and toks[a.first - 1].lemma == "на" and head.feats.get("Case") == "Gen" \
        and verb is not None and verb.pos == "VERB" and bool(lemma_categories(verb, lex) & NAMING)


def _metric_right_before(a: Amount, toks: list, lex: Lexicon, named: frozenset) -> bool:
    """A metric noun right before the amount's preposition ("товарооборота до $23 млрд")."""
    k = a.first - 1
    if k < 1 or toks[k].lemma not in _LINK_PREPS:
        return False
    noun = toks[k - 1]
    return bool(lemma_categories(noun, lex) & NAMING) or noun.index in named


def _across_punctuation(a: Amount, head, toks: list) -> bool:
    """The head the parser gave the amount lies after it, past a comma or a dash: another
    clause ("… до 500 миллионов долларов, сообщили … после встречи вице-премьеров"), where
    the tree is most often wrong — a measure follows the noun it measures in Russian."""
    return head.index > a.last and any(t.pos == "PUNCT" for t in toks[a.last + 1:head.index])


def _subject_elsewhere(verb, by_id: dict, children: dict, lex: Lexicon, toks: list) -> bool:
    if "sizeverb" not in lemma_categories(verb, lex):
        return False
    for _ in range(3):                   # "вырос на 65% и достиг ...": the subject is the first verb's
        # (not a subject past a comma after the verb: "… составил 14 млрд евро, при этом число
        # туристов выросло …" is another clause the parser joined)
        subj = [c for c in children.get(verb.id, ()) if c.rel.startswith("nsubj")
                and not (c.index > verb.index and any(t.text in (",", ";") for t in toks[verb.index:c.index]))]
        if subj:      # every subject a common noun that names no metric
            return all(s.pos == "NOUN" and not lemma_categories(s, lex) & (NAMING | NEUTRAL)
                       for s in subj)
        if verb.rel != "conj":
            return False
        verb = by_id.get(verb.head_id)
        if verb is None or verb.pos != "VERB":
            return False
    return False


def foreign(a: Amount, cues: list[Cue], toks: list, text: str) -> bool:
    """The amount is the size of a budget, a debt, a price ("a $200 million budget",
    "a debt of $200 million", "$80 per barrel")."""
    if _PER_UNIT.match(text, a.money.stop) or _POTENTIAL_OF.search(text, max(0, a.money.start - 40), a.money.start):
        return True
    near = [(a.q_first - c.last, c) for c in cues if c.last < a.q_first and a.q_first - c.last <= _FAR
            and c.category in ("foreign", "metric", "holder")]
    near += [(c.first - a.last, c) for c in cues if c.first > a.last and c.first - a.last <= 1
             and c.category in ("foreign", "metric", "holder")]
    c = nearest_cue(near)
    if c is not None and c.category == "metric" and any(
            b.category == "foreign" and b.last == c.first - 1 and _BALANCE.match(toks[b.first].text.lower())
            for b in cues):
        return True     # "Отрицательное сальдо торговли … достигло $1,9 млрд": the balance of the trade
    if c is not None and c.category == "metric" and c.first > a.last and any(
            b.category == "foreign" and b.first == c.last + 1 and _BALANCE.match(toks[b.first].text.lower())
            for b in cues):
        return True     # "a $34.5 billion trade deficit": the balance, named after the amount
    if c is None or c.category != "foreign" or _forgiven_debt(c, a, cues, toks):
        return False
    # a balance stays the subject over a longer predicate ("The bilateral trade imbalance was
    # against India to the extent of $19 billion"); other foreign sizes stand nearer, or give
    # their size in a clause of their own ("the debt, which then amounted to $488.9 million")
    return a.q_first - c.last <= 6 or c.first > a.last or _BALANCE.match(toks[c.first].text.lower()) is not None \
        or _relative_on(c, toks)


_RELIEF = word_list("figure_debt_relief")


def _forgiven_debt(c: Cue, a: Amount, cues: list[Cue], toks: list) -> bool:
    """"plans to write off Kyrgyzstan's debt of $240 million": a debt a write-off word stands
    a few words before, its amount right after it, is the aid the write-off gives."""
    if not toks[c.first].text.lower().startswith("debt") or not 0 < a.q_first - c.last <= 2 \
            or any(t.text in (",", ";", ":") for t in toks[c.last + 1:a.q_first]):
        return False
    return any(x.category == "metric" and x.last < c.first and c.first - x.last <= 4
               and toks[x.first].text.lower() in _RELIEF for x in cues)


def _relative_on(c: Cue, toks: list) -> bool:
    """A comma and "which" right after the noun: the clause tells its size."""
    return c.last + 2 < len(toks) and toks[c.last + 1].text == "," and toks[c.last + 2].text.lower() == "which"


_FAR = 10
# "a trade potential of $25 billion": what could be, not a level reported, aimed at or expected
# (not "potential to reach the $2 billion milestone": a goal)
_POTENTIAL_OF = re.compile(r"potential\s+(?:of|worth)\s+(?:(?:about|around|over|nearly|almost|up\s+to|more\s+than)\s+)?$",
                           re.I)
_BALANCE = re.compile(r"(?:deficit|surplus|imbalance|дефицит|профицит|сальдо)")


_TOTAL = frozenset({"total", "overall", "global"})
_TOWARD = frozenset({"to", "from", "with", "between", "of"})


def national_total(c: Cue, toks: list) -> bool:
    """"Kenya total exports rose … to Ksh 743.7 billion": a state's trade with the world, not
    with the other side ("Kenya's total exports to Tanzania" is the relation's)."""
    if c.category != "metric" or c.value not in ("exports", "imports") or c.first == 0:
        return False
    if toks[c.first - 1].text.lower() not in _TOTAL:
        return False
    return not any(t.text.lower() in _TOWARD for t in toks[c.last + 1:c.last + 3])


def invested_capital(a: Amount, cues: list[Cue]) -> bool:
    """"инвестиционный фонд с капиталом €100 млн", "an investment company with a charter
    capital of $500 million": the capital of an investment vehicle is the investment."""
    held = [c for c in cues if c.category == "foreign" and c.value == "held"
            and c.last < a.q_first and a.q_first - c.last <= 6]
    return any(m.category == "metric" and m.value == "investment" and m.last < h.first
               and h.first - m.last <= 6 for h in held for m in cues)


def rounded_restatement(prev: Amount, a: Amount, gap: str) -> bool:
    """"R10.8 billion, about $842 million", "20.2 million US dollars (approxi- mately 47bn/-)": a
    rounded amount in another currency right after a comma or a bracket restates the one before."""
    return (gap.strip() == "," and a.money.approx == "about" or _BRACKET_WORDS.match(gap) is not None
            or _NAMED_THEN_BRACKET.fullmatch(gap) is not None) \
        and prev.role not in ("delta", "foreign") and bool(a.money.currencies) and bool(prev.money.currencies) \
        and not set(a.money.currencies) & set(prev.money.currencies)


# "20.2 million US dollars (approxi- mately 47bn/-)": a bracket with a few words before the
# amount in another currency restates it
_BRACKET_WORDS = re.compile(r"\s*\(\s*[^\W\d][^\d()]{0,24}$")
# "165,319 million Japanese Yen (JPY) (approximately $1.27 billion)", "a 3 million Kuwaiti dinar
# loan agreement (approximately $9.8 million)": the currency's code in brackets, or one to three
# words naming what the money is, before the bracket
_NAMED_THEN_BRACKET = re.compile(r"\s*(?:\(\s*[A-Z]{3}\s*\)|(?:[a-z]+\s+){0,2}[a-z]+)\s*\(\s*")


# no amount that measures a relation between states is this small: one that is has lost its
# scale word ("27 MoUs for investment worth $2.2 in Pakistan") or is a price
_SMALLEST = 10_000


def too_small(a: Amount) -> bool:
    """An amount under ten thousand units of its currency is no figure of the relation."""
    return abs(a.money.value) < _SMALLEST

