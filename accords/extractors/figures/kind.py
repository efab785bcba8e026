"""kind: whether a figure is a result (actual), a goal (target) or an expectation (forecast).

Read from the nearest kind cue before the amount, or the amount's own qualifier ("превысит $5
млрд"), on the surface form since tense decides it (достичь → target, достиг → actual); with no
cue before, a plan or expectation right after the amount in its clause ("agreements worth $3
billion are expected to be signed"); for the end of a movement ("с нынешних $2 млрд до $5
млрд"), the cue before its start.
"""
from __future__ import annotations

from ...lexicon import word_list
from .amount import Amount, after_restatement
from .cues import Cue
from .periods import SOMEDAY

# an expectation verb that, before a target verb, is the party's own intention ("рассчитывают
# довести до"), not a forecast ("рассчитывают на товарооборот в ...")
_INTENDS = frozenset({"рассчитывать"})
# "from existing $1 billion to $5 billion": a word of the present level qualifies the amount
# right after it, not a later one
_LEVEL_NOW = frozenset({"existing", "current", "нынешних", "нынешние", "текущих"})
# an intention verb names the goal of its own object only ("intends to lead investments worth
# $30 billion"), not the cost of a thing named later ("intends to invite companies to build a
# plant, with an estimated cost of €600 million")
_NEAR_ONLY = word_list("figure_near_kind_cues")
_NEAR_GAP = 6
_KIND_AFTER = 6               # tokens after an amount with no kind cue before, searched for one
# a present copula states what the goal named before it is ("целевой объем составляет $X")
# a past copula states a level ("он был совсем небольшим - $50 млн"), unless a goal verb
# follows it ("целью было довести до $X")
_PAST_COPULAS = frozenset({"был", "была", "было", "были"})
_COPULAS = frozenset({"составляет", "составляют", "является", "is"}) | _PAST_COPULAS


def kind_of(a: Amount, window_lo: int, cues: list[Cue], toks: list, default: str = "actual") -> str:
    """The nearest kind cue before the amount; a target verb right after a forecast
    ("is expected to reach", "может достигнуть") is a forecast, right after a past tense
    ("grew 20% to reach") a result; ``default`` where no cue says."""
    # a cue may also be the amount's own qualifier ("превысит $5 млрд": more than, and to come)
    kinds = sorted((c for c in cues if c.category == "kind" and window_lo <= c.first
                    and (c.last < a.q_first or c.first >= a.q_first and c.last < a.first)
                    and not (toks[c.first].text.lower() in _LEVEL_NOW and a.q_first - c.last > 2)
                    and not (toks[c.first].text.lower() in _NEAR_ONLY and a.q_first - c.last > _NEAR_GAP)
                    and not _tells_a_change(c, toks)),
                   key=lambda c: c.last)
    # a cue inside a longer one is that one's word ("is to hit $60 billion": "to hit", not "hit")
    kinds = [c for c in kinds if not any(d.first < c.first and d.last >= c.last for d in kinds)]
    kinds = [c for c in kinds if c.value != "-"]     # "на эти цели": purposes, no kind
    if not kinds:
        # no cue before: a plan or an expectation right after it, in its clause ("agreements
        # worth $3 billion are expected to be signed", "5 млрд долларов планируется достичь")
        after = _kind_after(a, cues, toks)
        return after if after in ("forecast", "target") else default
    best = kinds[-1]
    if best.value == "target" and (_grew_to_reach(toks, best) or _after_a_past_act(toks, best, kinds)
                                   or _with_reaching(toks, best) or _grew_by_percent_to(toks, best, kinds)):
        return "actual"
    if best.value == "target" and toks[best.first].text.lower().startswith(_BARS) \
            and _kind_after(a, cues, toks) == "actual":
        return "actual"     # "планку товарооборота в $0,5 млрд мы преодолели": a bar passed
    if best.value == "target" and len(kinds) > 1:
        prev = kinds[-2]
        gap = best.first - prev.last
        if prev.value == "forecast" and (gap <= 4 or gap <= 10 and toks[prev.first].text.lower().startswith("expect")) \
                and toks[prev.first].lemma not in _INTENDS \
                and not _goal_noun(toks[best.first]) and not _other_verb_between(toks, prev, best) \
                and not _agreed_outcome(prev, toks):
            return "forecast"   # "ожидается достичь $X", not "ожидаем, что цель в $X будет достигнута"
        if prev.value == "actual" and gap <= 10 and toks[prev.first].text.lower() not in _PAST_COPULAS and not any(
                t.text in (",", ";", ":") for t in toks[prev.last + 1:best.first]) \
                and not _reached_an_agreement(toks, prev):
            return "actual"
        if prev.value == "actual" and gap <= 14 and (toks[best.first].text.lower() in _REACHING_GERUND
                                                     or _result_infinitive(toks, best)) \
                and not any(t.text in (";", ":", ".") for t in toks[prev.last + 1:best.first]):
            return "actual"     # "trade increased 500% compared to 2022, reaching over $300 million"
    if best.value == "forecast" and (len(kinds) > 1 and _planned_outcome(kinds[-2], best, toks)
                                     or _agreed_outcome(best, toks)):
        return "target"
    if best.value == "actual" and len(kinds) > 1 and kinds[-2].value == "forecast" \
            and best.first - kinds[-2].last <= 2 and toks[best.first - 1].text.lower() == "to":
        return "forecast"   # "is expected to stand at $11.5 billion": the level expected
    if best.value == "actual" and len(kinds) > 1 and toks[best.first].text.lower() in _COPULAS:
        prev = kinds[-2]
        if prev.value == "target" and best.first - prev.last <= 12 and not any(
                t.text in (",", ";", ":", ".") for t in toks[prev.last + 1:best.first]):
            return "target"
    return best.value


def _tells_a_change(c: Cue, toks: list) -> bool:
    """", increasing 18.5 percent from 2021", ", increasing by $80.9 million": a gerund that tells
    how a result changed, not a goal to reach."""
    if c.value != "target" or not toks[c.last].text.lower().endswith("ing") or c.last + 2 >= len(toks):
        return False
    nxt, after = toks[c.last + 1].text.lower(), toks[c.last + 2].text.lower()
    return nxt == "by" or nxt[:1].isdigit() and (after in ("percent", "per", "%") or after.startswith("%"))


# a level to pass, a goal until a past verb after the amount says it was passed
_BARS = tuple(sorted(word_list("figure_bars")))


def _kind_after(a: Amount, cues: list[Cue], toks: list) -> str | None:
    """The kind cue right after the amount in its clause, or None."""
    end = after_restatement(toks, a.last)     # "£9 billion (12.7 billion euros, $13.7 billion) will be"
    for c in sorted(cues, key=lambda c: c.first):
        if c.first <= end or c.first - end > _KIND_AFTER:
            continue
        if any(t.text in (",", ";", ":", ".") for t in toks[end + 1:c.first]):
            return None
        if c.category == "kind" and any(
                t.text.lower() in ("and", "и", "а") and not toks[k + 1].text[:1].isdigit()
                for k, t in enumerate(toks[end + 1:c.first], end + 1)):
            # "invested US$2 billion in Malaysia and expects the figure to increase", "оценивается
            # в два миллиарда евро и через семь лет будет иметь ключевое значение": a new clause
            return None
        if c.category == "kind" and c.value == "target" and c.last + 2 < len(toks) \
                and toks[c.last + 1].text.lower() in ("до", "to") and toks[c.last + 2].text[:1].isdigit():
            return None     # "грант в размере 67 млн с возможностью увеличения до 100 млн": the next amount's
        if c.category == "kind" and c.value == "forecast" and _expected_to_have_an_effect(toks, c):
            return None     # "investment of $19 billion is expected to drive growth": its effect
        if c.category == "kind":
            return c.value
    return None


# what an amount is expected to do besides reaching a level: its effect, not its size to come
_EFFECT_VERBS = frozenset({"drive", "boost", "create", "help", "contribute", "generate", "bring", "benefit",
                           "spur", "fuel", "promote", "enhance", "improve", "strengthen", "stimulate"})


def _expected_to_have_an_effect(toks: list, c) -> bool:
    """"… is expected to drive growth": the verb after "expected to" tells an effect."""
    k = c.last + 1
    if k < len(toks) and toks[k].text.lower() == "to":
        k += 1
    return k < len(toks) and toks[k].text.lower() in _EFFECT_VERBS


_AGREEMENT_NOUNS = frozenset({"agreement", "understanding", "consensus", "accord", "deal",
                              "договоренность", "договоренности", "соглашение", "согласие", "консенсус"})


def _reached_an_agreement(toks: list, c) -> bool:
    """"have reached agreement to increase the trade turnover to $2 billion": what was reached
    is an agreement, the amount its goal."""
    return any(t.text.lower().replace("ё", "е") in _AGREEMENT_NOUNS for t in toks[c.last + 1:c.last + 3])


_REACHING_GERUND = frozenset({"reaching", "достигнув", "достигая"})


def _result_infinitive(toks: list, best) -> bool:
    """"increased in the first half by 18%, to reach $9.4 billion": after a comma, the
    infinitive of a past change states where it came to, not a goal."""
    return best.first > 0 and toks[best.first].text.lower() == "to" and toks[best.first - 1].text == ","


# "…, bringing the total value of aid to $4bn": a gerund that tells where a past act took a total
_RESULT_GERUNDS = word_list("figure_result_gerunds")
_NOT_DONE = word_list("figure_not_done")
_PAST = word_list("figure_past_verbs")


def _after_a_past_act(toks: list, best, kinds: list) -> bool:
    """"Kuwait supplied Egypt with $1bn in aid, bringing the total value of aid to $4bn",
    "announced a package of $7 million, increasing its annual assistance to $21 million": after
    a comma, the gerund tells where a done act took the total, not a goal; with no goal, plan or
    future in the clause before ("aims at bringing trade to …", "will provide …, bringing")."""
    k = best.first
    if toks[k].text.lower() not in _RESULT_GERUNDS or k < 2 or toks[k - 1].text != ",":
        return False
    lo = k - 1
    while lo > 0 and toks[lo - 1].sent == toks[k].sent:
        lo -= 1
    clause = toks[lo:k - 1]
    if any(c.value in ("target", "forecast") and c is not best and c.first < k for c in kinds) \
            or any(t.text.lower() in _NOT_DONE for t in clause):
        return False
    return any(c.value == "actual" and c.first < k for c in kinds) \
        or any(t.text.lower().endswith("ed") or t.text.lower() in _PAST for t in clause)


_GROWTH = frozenset({"growth", "increase", "rise", "jump", "surge", "expansion"})
_SEEN = frozenset({"seen", "saw", "recorded", "registered", "posted", "showed", "shown", "witnessed", "marked"})


def _grew_to_reach(toks: list, best) -> bool:
    """"has seen a five-fold growth to reach SAR 289 million": a growth already seen, and where
    it came to, not a goal."""
    k = best.first
    if toks[k].text.lower() != "to" or k < 2 or toks[k - 1].text.lower() not in _GROWTH:
        return False
    return any(t.text.lower() in _SEEN for t in toks[max(0, k - 7):k - 1])


# what may stand between an amount and the goal noun that names it ("$100 billion trade volume target")
_GOAL_MODIFIERS = frozenset({"trade", "trading", "volume", "bilateral", "two-way", "annual", "turnover"})
_GOALS_AFTER = frozenset({"target", "goal", "objective", "milestone"})


def goal_named_after(a: Amount, toks: list) -> bool:
    """"will reach a $100 billion trade target", "will reach the $100 billion target": the amount
    is named a goal right after it, so reaching it is the goal, not an expectation of a level."""
    k = a.last + 1
    while k < len(toks) and k - a.last <= 3 and toks[k].text.lower() in _GOAL_MODIFIERS:
        k += 1
    return k < len(toks) and toks[k].text.lower() in _GOALS_AFTER


# a change already measured: "rising 30 percent", "hiked 2.6 percent", "a 45 per cent jump"
_CHANGED = frozenset({"rising", "rose", "risen", "growing", "grew", "grown", "increased", "jumped",
                      "jump", "surged", "surging", "climbed", "climbing", "gained", "gaining", "hiked",
                      "soared", "soaring", "up", "growth", "increase", "rise", "surge"})
# a change still to come: "to grow 20 percent", "will rise 30 percent"
_NOT_YET = frozenset({"to", "will", "would", "should", "must", "could", "may", "can", "might"})
_PERCENT = frozenset({"percent", "per", "pct", "%"})
_REACH = frozenset({"to reach", "reaching", "to hit"})


def _grew_by_percent_to(toks: list, best, kinds: list) -> bool:
    """"rising 30 percent to reach $77 billion", "imports hiked 2.6 percent to reach $209.1
    million", "with bilateral trade growing by 40%, reaching $185 million": where a change
    already measured in percent came to, not a goal (no goal or expectation before it)."""
    if " ".join(t.text.lower() for t in toks[best.first:best.last + 1]) not in _REACH \
            or any(c is not best and c.value != "actual" for c in kinds):
        return False
    lo = best.first
    while lo > max(0, best.first - 10) and toks[lo - 1].text not in (".", ";", ":", "!", "?") \
            and toks[lo - 1].sent == toks[best.first].sent:
        lo -= 1
    span = range(lo, best.first)
    pct = [k for k in span if _a_percent(toks, k)]
    changed = [k for k in span if toks[k].text.lower() in _CHANGED
               and not (k > 0 and toks[k - 1].text.lower() in _NOT_YET)]
    return any(abs(p - c) <= 5 for p in pct for c in changed)


def _a_percent(toks: list, k: int) -> bool:
    """The token says percent after a number ("30 percent", "12.7 %") or is one ("40%")."""
    w = toks[k].text.lower()
    if w[:1].isdigit() and w.endswith("%"):
        return True
    return (w in _PERCENT or w.endswith("%")) and k > 0 and toks[k - 1].text[:1].isdigit()


_AIMS = frozenset({"view", "aim", "goal", "target", "objective", "eye", "hope", "intention", "plan", "plans"})


def _with_reaching(toks: list, best) -> bool:
    """"…, with a bilateral trade volume reaching $118.4 billion": "with" and the noun before the
    gerund say where a result stands, not a goal (unless they name one: "with the aim of
    reaching", "with a view to reaching")."""
    if toks[best.first].text.lower() != "reaching":
        return False
    for k in range(best.first - 1, max(-1, best.first - 8), -1):
        w = toks[k].text.lower()
        if w == "with":
            return k < best.first - 1 and not any(t.text.lower() in _AIMS for t in toks[k + 1:best.first])
        if toks[k].text in (",", ";", ":", ".") or w in ("to", "of") and k == best.first - 1:
            return False
    return False


_STEPS = frozenset({"take", "taken", "make", "made", "undertake"})


def _other_verb_between(toks: list, prev: Cue, best: Cue) -> bool:
    """"the steps the sides could take to achieve $5 billion": the modal is the steps', the
    amount a goal."""
    return any(toks[k].text.lower() in _STEPS for k in range(prev.last + 1, best.first))
_GOAL_NOUNS = frozenset({"цель", "цели", "целью", "target", "targets", "goal", "goals"})


def _goal_noun(t) -> bool:
    """A goal named as a noun: the amount it holds is the goal, whoever expects to reach it."""
    return t.text.lower() in _GOAL_NOUNS


def _planned_outcome(prev: Cue, best: Cue, toks: list) -> bool:
    """"Мы планируем, что объем инвестиций составит $2 млрд": the future of a clause a plan
    governs is the planners' goal, not an expectation."""
    return prev.value == "target" and toks[prev.first].lemma in _PLANS and best.first - prev.last <= 12 \
        and any(t.text.lower() in ("что", "that") for t in toks[prev.last + 1:best.first])


_PLANS = frozenset({"планировать", "plan", "намереваться", "intend"})
_AGREED = frozenset({"договоренность", "договориться", "agree", "agreement"})


def _agreed_outcome(best: Cue, toks: list) -> bool:
    """"договоренность о том, что к 2030 году стороны достигнут …": the future of what the
    sides agreed is their goal, not an expectation."""
    lo = max(0, best.first - 15)
    for k in range(best.first - 1, lo - 1, -1):
        if toks[k].text in (".", ";", "!", "?"):
            return False
        if toks[k].text.lower() in ("что", "that"):
            return any(t.lemma in _AGREED for t in toks[max(0, k - 5):k])
    return False


_CHAIN = word_list("goal_chain")
_CHAIN_TO = frozenset({"до", "to"})


def chained(prev: Amount, a: Amount, toks: list) -> bool:
    """The amount continues the goal of the one before ("довести до $5 млрд, а затем до
    $10 млрд", "to $3 billion by 2027 and to $5 billion by 2030"): a chain word, or "до"/"to"
    right before it, with no sentence break between."""
    gap = toks[prev.last + 1:a.q_first]
    if not gap or len(gap) > 16 or any(t.text in (".", ";", "!", "?") for t in gap):
        return False
    words = {t.text.lower() for t in gap}
    if bool(words & _CHAIN) or gap[-1].text.lower() in _CHAIN_TO:
        return True
    if "а" in words and any(t.text in ("–", "—", "-") for t in gap) and not any(t.pos in ("VERB", "AUX") for t in gap):
        return True     # "… составит $15 млрд, а импорт – около $5 млрд": the gapped clause goes on
    # "to $2 billion this year and $3 billion by 2026": goals listed with their years
    return len(gap) <= 5 and gap[-1].text.lower() in _LIST_AND and not any(
        t.pos in ("VERB", "AUX") or t.text.lower() in _EN_VERBISH for t in gap)


_LIST_AND = frozenset({"and", "и", "а"})
_EN_VERBISH = frozenset({"is", "was", "were", "are", "reached", "stood", "amounted", "grew"})


_FROM = frozenset({"с", "from"})


def from_to(prev: Amount, a: Amount, toks: list) -> bool:
    """"увеличить с нынешних $2 млрд до $5 млрд", "take trade from existing $1 billion to $5
    billion": the amount after "до"/"to" is where the movement the cue before "с"/"from" names
    ends, so that cue is its kind, whatever the word of the present level says of the first."""
    return runs_from_to(prev, a, toks) and a.q_first - prev.last - 1 <= 2


def runs_from_to(start: Amount, end: Amount, toks: list) -> bool:
    """"from" / "с" a few words before ``start`` ("from its current value of $X") and "to" / "до"
    right before ``end``: the two ends of one movement (a restatement in another currency may
    stand between them; not "с целью увеличения товарооборота до $X")."""
    return end.q_first > start.last + 1 and not _an_end_itself(start, toks) \
        and (any(t.text.lower() in _FROM for t in toks[max(0, start.q_first - 4):start.q_first])
             or start.q_first >= 5 and toks[start.q_first - 5].text.lower() == "from") \
        and toks[end.q_first - 1].text.lower() in _CHAIN_TO


def _an_end_itself(start: Amount, toks: list) -> bool:
    """"imports from Azerbaijan to $500 million, and exports to $600 million": an amount right
    after "to" is where a movement ends, the "from" before it a place, not a level."""
    return start.q_first > 0 and toks[start.q_first - 1].text.lower() in _CHAIN_TO


def movement_ends(a: Amount, amounts: list[Amount], toks: list, text: str, lo: int) -> None:
    """The two ends of a movement: its start is where the figure stands ("намерены повысить
    товарооборот с $10 млрд до $30 млрд": $10 млрд is the level now, and the goal's kind is kept
    for the end), and an end set in a time to come is a goal ("… до $30 млрд в ближайшем будущем")."""
    if a.kind in ("target", "forecast") and a.role == "figure" and any(
            runs_from_to(a, b, toks) for b in amounts if b.money.start > a.money.stop):
        a.heads_to, a.kind = a.kind, "actual"
    elif a.kind == "actual" and a.q_first > lo and toks[a.q_first - 1].text.lower() in ("до", "to") \
            and SOMEDAY.match(text, a.money.stop):
        a.kind = "target"


_FUTURE_AUX = frozenset({"будет", "будут", "will"})


def only_future_tense(a: Amount, window_lo: int, cues: list[Cue], toks: list) -> bool:
    """The amount's only forecast word is the future tense ("будет выделено", "will provide"):
    money a party will give is what it gives, no expectation (annotators of real releases
    record it as actual four times in five)."""
    words = [toks[c.first].text.lower() for c in cues if c.category == "kind" and c.value == "forecast"
             and window_lo <= c.first and c.last < a.first]
    return bool(words) and all(w in _FUTURE_AUX for w in words)

