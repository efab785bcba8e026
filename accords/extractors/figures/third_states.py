"""Trade with a state that is not a party, or with the whole world: "… when trade with China
declined by 1.5% to $113.83 billion", "товарооборот с Китаем составил …" in a story about India
and the United States measures another relationship, not the one the document reports."""
from __future__ import annotations

import re
from bisect import bisect_right

from .countries import find_document_states

# a trade noun, then "with"/"с"/"со" and the state named right after it
_WITH = re.compile(r"(?:trade|turnover|товарооборот\w*|торговл\w*)\s+(?:with|с|со)\s+$", re.I)


def with_third_state(doc, figures: list, parties: list[str]) -> list:
    """The figures whose sentence names their trade "with" a state that is no party, or a bloc as
    one side of it, dropped."""
    if len(parties) < 2 or not figures:
        return figures
    mentions = find_document_states(doc)
    thirds = [m for m in mentions if m.code not in parties and m.code != "-"]
    text = doc.text
    starts = [x.start for x in doc.sents]      # sentences in order: found by bisection
    confined = _named_only_with_amounts(thirds, figures, starts)
    out = []
    for f in figures:
        s, e = f.evidence
        k = bisect_right(starts, s) - 1
        lo = doc.sents[k].start if k >= 0 else s
        # the state is named in the amount's sentence, before the amount's end
        third = any(lo <= m.start < e and _WITH.search(text[max(lo, m.start - 40):m.start]) for m in thirds)
        if not third and not _BLOC_TRADE.search(text, lo, s) and not _WITHIN_A_BLOC.search(text, lo, s) \
                and not _bloc_partner(text, lo, s, mentions, parties) \
                and not _bloc_goes_on(doc, k, mentions, parties) \
                and not _with_the_world(text, lo, s, mentions) and not _world_goes_on(doc, k, mentions) \
                and not _pair_with_a_third(text, lo, s, mentions, parties, confined):
            out.append(f)
    return out


# two states named as the two sides of a trade: "между Китаем и США", "between India and the
# United States", "китайско-американская торговля", "India-US trade"
_BETWEEN = re.compile(r"(?:между|between)\s+(?:the\s+)?$", re.I)
_AND = re.compile(r"\s+(?:и|and)\s+(?:the\s+)?", re.I)
_HYPHEN_TRADE = re.compile(r"\s*\w*\s+(?:торговл|товарооборот|оборот|trade|turnover|commerce)", re.I)


def _named_only_with_amounts(thirds: list, figures: list, starts: list[int]) -> set[str]:
    """The states, no party, that the document names only in sentences with figures: there only
    as the side of some other trade, not a state the story is about (a delegation's second
    destination, which party detection may have missed, is named elsewhere)."""
    with_figures = {bisect_right(starts, f.evidence[0]) - 1 for f in figures}
    codes = {m.code for m in thirds}
    return {c for c in codes if all(bisect_right(starts, m.start) - 1 in with_figures
                                    for m in thirds if m.code == c)}


def _pair_with_a_third(text: str, lo: int, s: int, mentions: list, parties: list[str],
                       confined: set[str]) -> bool:
    """The amount at ``s`` follows, in its sentence (from ``lo``), two states named as the sides
    of a trade, one of them no party and named only beside amounts ("… а торговля между Китаем
    и США выросла … до $543 млрд" in a story about China and Russia): the last such pair before
    it decides."""
    here = sorted((m for m in mentions if lo <= m.start < s), key=lambda m: m.start)
    last = None
    for m1, m2 in zip(here, here[1:]):
        gap = text[m1.stop:m2.start]
        if _AND.fullmatch(gap) and _BETWEEN.search(text, max(lo, m1.start - 12), m1.start) \
                or gap == "-" and _HYPHEN_TRADE.match(text, m2.stop):
            last = (m1.code, m2.code)
    if last is None or last[0] == last[1]:
        return False
    others = set(last) - set(parties)
    return bool(others) and others <= confined


# one state's trade with the whole world ("Vietnam's total foreign trade volume hit $683 billion",
# "Pakistan's exports to global destinations totaled …", "общий внешнеторговый оборот страны")
_WORLD = re.compile(r"(?:total|overall)\s+(?:foreign|external)\s+trade|foreign\s+trade\s+volume|"
                    r"(?:exports|imports)\s+to\s+(?:global\s+destinations|the\s+(?:whole\s+)?world|all\s+countries)|"
                    r"global\s+(?:exports|imports)|total\s+(?:exports|imports)\s+of\s+the\s+country|"
                    r"country[’']s\s+total\s+(?:exports|imports)|общ\w+\s+(?:экспорт|импорт)\w*\s+страны|"
                    r"(?:trade|exports|imports)\s+with\s+the\s+(?:whole\s+)?world|"
                    r"общ\w+\s+внешнеторгов\w+\s+оборот\w*|внешнеторгов\w+\s+оборот\w*\s+страны|"
                    r"со\s+всеми\s+странами(?:\s+мира)?|(?P<own>внешнеторгов\w+\s+оборот\w*|"
                    # "Внешний товарооборот Узбекистана … составил $8,14 млрд"
                    r"внешн\w+\s+товарооборот\w*|"
                    # "Azerbaijan's foreign trade decreased 9.24 percent … and totaled $12.52 billion",
                    # "China's overall trade in goods rose 7.6 percent … to reach $4.16 trillion"
                    r"(?<=['’]s\s)(?:foreign|external|overall|total)\s+trade(?!\s+(?:turnover|volume))|"
                    # "The foreign trade turnover of Uzbekistan … was $37.94 billion"
                    r"(?:foreign|external)\s+trade\s+turnover|"
                    # "Общий объем внешней торговли КНР … до $4,89 трлн"
                    r"общ\w+\s+объ[её]м\w*\s+внешн\w+\s+торговл\w*)|"
                    # all foreign investment a state took in: "объем прямых иностранных инвестиций в страну"
                    r"(?P<fdi>иностранн\w+\s+инвестиц\w+\s+в\s+(?:страну|экономику\s+страны)|"
                    r"поступлени\w+\s+(?:прямых\s+)?иностранн\w+\s+инвестиц\w+|"
                    r"foreign\s+(?:direct\s+)?investments?\s+(?:in|into)\s+the\s+country)", re.I)
# a partner after the world's word makes the trade bilateral ("внешнеторговый оборот Казахстана с
# Россией", "… между странами")
_PARTNER = re.compile(r"(?<!\w)(?:с|со|между|with|between)(?!\w)", re.I)
# a metric word after the world's trade: the amount measures that instead ("…, while trade
# with Australia reached $15 billion")
_METRIC_AFTER = re.compile(r"trade|turnover|exports|imports|товарооборот|торговл|экспорт|импорт|оборот", re.I)


def _with_the_world(text: str, lo: int, s: int, mentions: list) -> bool:
    """The amount at ``s`` measures one state's trade with the world, named before it in its
    sentence (from ``lo``) with no other metric word, no partner and no second state between."""
    last = None
    for last in _WORLD.finditer(text, lo, s):
        pass
    if last is None or _METRIC_AFTER.search(text, last.end(), s) or _PARTNER.search(text, last.end(), s):
        return False
    named = {m.code for m in mentions if last.end() <= m.start < s}
    # a bare "внешнеторговый оборот" is one state's only with that state named ("… Монголии"),
    # after it or as its owner before it ("Tajikistan's foreign trade turnover amounted to …");
    # investment "в страну" with no investor named after it
    if last.group("fdi"):
        return not named
    if last.group("own"):
        if _SECOND_OWNER.match(text, last.end(), s) and named:
            return False    # "внешнеторговый оборот Актюбинской области и России": two sides' trade
        owner = {m.code for m in mentions if _POSSESSIVE.fullmatch(text, m.stop, last.start())}
        return len(named | owner) == 1
    return len(named) <= 1


# a second owner joined to the first ("оборот донского региона и Узбекистана"): a region of one
# side and the other state, the trade between them
_SECOND_OWNER = re.compile(r"\s+(?:\w+\s+){1,2}и\s+[А-ЯЁA-Z]")

# a state's possessive right before the world's trade: "Azerbaijan's foreign trade turnover"
_POSSESSIVE = re.compile(r"['’]s\s+(?:total\s+|overall\s+)?")


# a sentence that goes on with the one before ("При этом экспорт вырос …", "Из них …")
_GOES_ON = re.compile(r"\s*(?:При этом|Из них|В том числе|Из этого объема|Of this|Of which|Including)\b", re.I)


# the period the sentence before named, told again: "За отчетный период экспорт …", "During the
# reporting period, $36.3 billion … accounted for exports"
_SAME_PERIOD_ON = re.compile(r"\s*(?:За\s+(?:отч[её]тный|этот|указанный)\s+период|"
                             r"(?:During|In|Over)\s+the\s+(?:reporting|accounting|same|said)\s+period)\b", re.I)


def _world_goes_on(doc, k: int, mentions: list) -> bool:
    """"Внешний товарооборот Узбекистана … составил $8,14 млрд. За отчетный период экспорт
    сократился … до $3,37 млрд": a sentence that goes on for the period of one state's trade with
    the world, naming no state, is that trade's part."""
    if k < 1 or not (_GOES_ON.match(doc.sents[k].text) or _SAME_PERIOD_ON.match(doc.sents[k].text)):
        return False
    prev, sent = doc.sents[k - 1], doc.sents[k]
    return _with_the_world(doc.text, prev.start, prev.stop, mentions) \
        and not any(sent.start <= m.start < sent.stop for m in mentions)


def _bloc_goes_on(doc, k: int, mentions: list, parties: list[str]) -> bool:
    """"Оборот ЕАЭС с Ираном составил $5 млрд. При этом экспорт вырос …": a sentence that goes
    on with a bloc's trade and names no party is the bloc's too."""
    if k < 1 or not _GOES_ON.match(doc.sents[k].text):
        return False
    prev, sent = doc.sents[k - 1], doc.sents[k]
    return bool(_BLOC_TRADE.search(doc.text, prev.start, prev.stop)) and not any(
        sent.start <= m.start < sent.stop and m.code in parties for m in mentions)


# a bloc as one side of the trade ("оборот ЕАЭС с Ираном", "trade between the EU and …"): the
# bloc's relationship, not the parties'
_BLOCS = (r"(?:ЕАЭС|ЕврАзЭС|Евразийск\w+ экономическ\w+ союз\w*|Евросоюз\w*|Европейск\w+ союз\w*|ЕС|"
          r"АСЕАН|EAEU|the EU|European Union|ASEAN|СНГ|CIS|БРИКС|BRICS|ШОС|SCO|"
          # a continent or region as the other side ("Turkey's trade with Africa", "со странами Африки")
          r"Африк\w*|Латинск\w+ Америк\w*|Ближн\w+ Восток\w*|Персидск\w+ залив\w*|Центральн\w+ Ази\w*|"
          r"Европ(?:а|ы|ой|е|у)|Ази(?:я|и|ей)|арабск\w+ стран\w*|"
          r"Africa|Latin America|the Middle East|the Gulf (?:states|countries|region)|Central Asia|Europe|Asia|"
          r"(?:the\s+)?Arab (?:countries|states|world))")
# the whole bloc's trade ("Товарооборот в рамках ШОС …", "между всеми странами-участницами",
# "trade within the SCO", "among all member states")
_WITHIN_A_BLOC = re.compile(rf"(?:оборот\w*|товарооборот\w*|торговл\w*|trade|turnover)[^.;]{{0,40}}?(?:"
                            rf"(?:в\s+рамках|внутри|within)\s+(?:the\s+)?{_BLOCS}(?!\w)|"
                            r"(?:между|среди)\s+всеми\s+(?:странами|государствами)(?:-участницами|-членами)?|"
                            r"among\s+(?:all\s+)?(?:the\s+)?member\s+(?:states|countries))", re.I)
_BLOC_TRADE = re.compile(rf"(?:оборот\w*|товарооборот\w*|торговл\w*|trade|turnover)\s+(?:между\s+|between\s+)?{_BLOCS}(?!\w)")
# a bloc as the other side ("товарооборот между нами и странами ЕАЭС", "товарооборот Катара со
# странами Евразийского экономического союза", "trade with the EU member states")
_BLOC_PARTNER = re.compile(r"(?:оборот\w*|товарооборот\w*|торговл\w*|trade|turnover)[^.;]{0,60}?(?<!\w)"
                           r"(?:с|со|и|with|and)\s+(?:другими\s+|остальными\s+|the\s+other\s+|the\s+)?"
                           r"(?:(?:странами|государствами)(?:-членами)?\s+|"
                           rf"(?:countries|member\s+states)\s+of\s+(?:the\s+)?)?{_BLOCS}(?!\w)", re.I)


# the bloc's countries opening the clause before the trade verb ("Со странами ЕАЭС в целом мы
# наторговали на 2,5 млрд долларов")
_BLOC_MEMBERS = re.compile(r"(?<!\w)(?:с|со|with)\s+(?:другими\s+|остальными\s+|the\s+(?:other\s+)?)?"
                           r"(?:(?:странами|государствами)(?:-членами)?\s+|(?:countries|member\s+states)\s+of\s+"
                           rf"(?:the\s+)?){_BLOCS}(?!\w)", re.I)


def _bloc_partner(text: str, lo: int, s: int, mentions: list, parties: list[str]) -> bool:
    """The amount at ``s`` is trade with a bloc named before it in its sentence, no party named
    between ("…, а с Россией – 10 млрд": that one is the party's)."""
    last = None
    for last in sorted([*_BLOC_PARTNER.finditer(text, lo, s), *_BLOC_MEMBERS.finditer(text, lo, s)],
                       key=lambda m: m.end()):
        pass
    return last is not None and not any(last.end() <= m.start < s and m.code in parties for m in mentions)
