"""metric: what an amount measures, read from the words of its sentence.

A "worth" connector ("на сумму", "worth") makes the amount the value of the nearest
agreement or project noun before it; otherwise the nearest metric noun (товарооборот,
экспорт, investment) before it, or right after it ("$5 billion in mutual trade"), or an
anaphor ("this indicator") standing for the previous sentence's metric. A holder that
names a loan or grant ("loan agreement worth", "кредитная линия") makes the amount that
loan (metric ``other``); a metric noun after "о"/"on" is the topic of the document named
before it ("контракт о поставке оборудования на $X"), whose value the amount is.
"""
from __future__ import annotations

from ...lexicon import word_list
from ..shared import shared
from ..states import find_states
from .amount import Amount, after_restatement
from .cues import Cue, Lexicon, find_cues, nearest_cue, norm
from .purpose import directed_to_work

_LEFT_CUE_WINDOW = 32        # tokens before an amount searched for its metric noun
_RIGHT_CUE_WINDOW = 6        # tokens after it ("$5 billion in mutual trade")
_WORTH_GAP = 4               # "стоимость проекта оценивается в $X": connector a few words back
_HOLDER_WINDOW = 14          # tokens before a "worth" connector searched for its noun
_ANAPHOR_WINDOW = 14         # "this indicator made": close to the amount
_PRONOUN_WINDOW = 3          # "он составил", "it reached": right before it
# what may stand between an amount and a metric noun after it ("$5 billion in mutual trade")
_RIGHT_LINKS = word_list("metric_right_links")
_DASHES = frozenset({"—", "–", "-"})
# prepositions that make the following noun the topic of a document ("соглашение о поставке")
_TOPIC_PREPS = frozenset({"о", "об", "on", "на", "к"})   # "документы на поставки", "контракты … к поставке"


def metric_of(doc, a: Amount, lo: int, hi: int, cues: list[Cue], prev_metric
              ) -> tuple[str | None, Cue | None]:
    """What the amount measures and the word that says it; None when nothing in its
    sentence says. ``prev_metric(pronoun)`` is the metric an anaphor stands for."""
    toks = doc.tokens
    found = _worth_metric(a, cues, toks, lo, doc.text)
    if found is None:
        found = _holder_after(a, cues, toks) or _in_metric_after(a, cues, toks)
    if found is None and not any(c.category in ("metric", "anaphor") and c.last < a.q_first
                                 and a.q_first - c.last <= _PRONOUN_WINDOW for c in cues):
        found = directed_to_work(a, toks)
    if found is not None:
        return found.value, found
    cands = [(d, c) for d, c in _candidates(a, cues, toks, _state_adjectives(doc))
             if not _in_an_aside(c, cues, toks, a)]
    c = nearest_cue(cands)
    if c is None:
        return None, None
    if c.category == "metric":
        h = topic_document(c, cues, toks, lo)
        if h is not None:
            return h.value, h
    if c.category == "anaphor":
        return _antecedent(c, cues, cands, lo, prev_metric)
    return c.value, c


def _in_an_aside(c: Cue, cues: list[Cue], toks: list, a: Amount) -> bool:
    """"India's imports, driven by record purchases of medical supplies, reached $X",
    "товарооборот между Египтом и Россией, большую часть которого составляет экспорт, превысил
    $1 млрд": a metric word in an aside set off by commas after another metric word (right
    after it, or a relative clause on its phrase) is not the subject's."""
    if c.category != "metric" or c.last >= a.q_first:
        return False
    if not any(t.text == "," for t in toks[c.last + 1:a.q_first]):
        return False
    for x in cues:
        if x.category != "metric" or x.last + 1 >= c.first:
            continue
        commas = [k for k in range(x.last + 1, c.first) if toks[k].text == ","]
        if len(commas) == 1 and (commas[0] == x.last + 1 or any(
                t.lemma in _RELATIVE for t in toks[commas[0] + 1:commas[0] + 4])):
            return True
    return False


_RELATIVE = frozenset({"который", "где", "чей", "which", "where", "whose"})


def _worth_metric(a: Amount, cues: list[Cue], toks: list, lo: int, text: str = "") -> Cue | None:
    """A "worth" connector before ("на сумму", "стоимость проекта оценивается в", "worth"):
    the amount is the worth of the nearest holder noun (or the loan or topic it names)."""
    before = a.q_first - 1
    worth = worth_before(a, cues, toks)
    na = before >= lo and norm(toks[before].text) in ("на", "for")
    # a list of projects, each line "строительство электростанции … — $270 млн": the dash
    dash = not (worth or na) and before >= lo and toks[before].text in _DASHES
    if not (worth or na or dash):
        return None
    w = max(worth, key=lambda c: c.last) if worth else None
    h = _holder_on_the_line(a, before, cues, toks, text) if dash else _nearest_holder(a, w, before, cues)
    if h is None:
        return None
    loan = loan_holder(h, cues, a)
    if loan is not None:
        return loan
    # "контракт о поставке турбин для электростанций на сумму": the contract's worth
    topic = next((x for x in cues if x.category == "metric" and x.last < h.first
                  and topic_document(x, cues, toks, lo) is not None), None)
    if h.value == "project_value" and topic is not None:
        return topic_document(topic, cues, toks, lo)
    if h.value == "project_value":
        # "подписали соглашения по новым проектам на сумму …": the agreements' worth
        doc = next((x for x in cues if x.category == "holder" and x.value == "agreements_value"
                    and 0 < h.first - x.last <= 6
                    and any(norm(t.text) in ("по", "on", "for") for t in toks[x.last + 1:h.first])), None)
        if doc is not None:
            return doc
    return h


def _nearest_holder(a: Amount, w: Cue | None, before: int, cues: list[Cue]) -> Cue | None:
    """The holder noun before the connector ``w`` (or before a bare "на"), or right after it."""
    edge = w.first if w else before
    window = _HOLDER_WINDOW if w else 4
    holders = [(edge - c.last, c) for c in cues
               if c.category == "holder" and edge - window <= c.last < edge]
    if w is not None:
        holders += [(c.first - w.last, c) for c in cues if c.category == "holder"
                    and w.last < c.first <= w.last + 5 and c.last < a.q_first]
    # the longer of two holders ending at one word: "investment projects", not "projects"
    return min(holders, key=lambda dc: (dc[0], dc[1].first - dc[1].last))[1] if holders else None



def _holder_on_the_line(a: Amount, before: int, cues: list[Cue], toks: list, text: str) -> Cue | None:
    """The first project holder of the line the amount ends after a dash, the line opening
    with it (a bulleted list of projects and their costs)."""
    line = before
    while line > 0 and "\n" not in text[toks[line - 1].stop:toks[line].start] \
            and toks[line - 1].text not in (";", ".") and before - line < _HOLDER_WINDOW:
        line -= 1
    while line < before and not toks[line].text[:1].isalnum():
        line += 1       # the bullet: "🤝 строительство …"
    found = next((c for c in sorted(cues, key=lambda c: c.first) if c.category == "holder"
                  and c.value == "project_value" and line <= c.first <= line + 2 and c.last < before), None)
    if found is None and line < before and norm(toks[line].text).startswith(_BUILDING):
        found = Cue("holder", "project_value", line, line)   # "создание рыбного хозяйства — $100 млн"
    return found


# a line of a project list opens with the work: "создание …", "возведение …", "модернизация …"
_BUILDING = ("строительств", "создани", "возведени", "модернизаци", "реконструкци", "разработк")


def _holder_after(a: Amount, cues: list[Cue], toks: list) -> Cue | None:
    """A holder right after the amount: "a $500 million plant", "$253 billion in deals"."""
    deals_at = _deals_link_end(a, toks)
    for c in cues:
        # (after "in" only deals: "invested $5 billion in projects" is an investment)
        if c.category == "holder" and (c.first == a.last + 1 or c.value == "agreements_value"
                                         and 0 <= deals_at <= c.first and _only_modifiers(toks, deals_at, c.first)):
            loan = loan_holder(c, cues, a)
            return loan if loan is not None else c
    return None


_DEAL_MODIFIERS = 3        # words that may qualify the deals: "in new commercial deals"


def _deals_link_end(a: Amount, toks: list) -> int:
    """The token after the "in" right after the amount (past a bracketed restatement: "£9 billion
    ($13.7 billion) in commercial deals"), or -1. ("worth of" was measured too and left out: a
    set's annotators gave such deals a period no rule here can tell.)"""
    k = after_restatement(toks, a.last) + 1
    return k + 1 if k + 1 < len(toks) and toks[k].text.lower() == "in" else -1


def _only_modifiers(toks: list, lo: int, hi: int) -> bool:
    """The words from ``lo`` to ``hi`` qualify the noun at ``hi`` ("commercial", "business-to-
    business (B2B)"): a few, with no clause break, no verb, no other amount (a bracketed
    abbreviation aside)."""
    words, depth = [], 0
    for t in toks[lo:hi]:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text != ")":
            words.append(t)
    return len(words) <= _DEAL_MODIFIERS and hi - lo <= 4 * _DEAL_MODIFIERS and all(
        t.text not in (",", ";", ":", ".") and not t.text[:1].isdigit() and t.pos not in ("VERB", "AUX")
        for t in words)


def _in_metric_after(a: Amount, cues: list[Cue], toks: list) -> Cue | None:
    """"AED4 billion in imports, AED2.8 billion in exports": a metric noun right after "in" is the
    amount's own, whatever metric word lies nearer before it."""
    if a.last + 2 < len(toks) and toks[a.last + 1].text.lower() == "in":
        return next((c for c in cues if c.category == "metric" and c.first == a.last + 2), None)
    return None


def _state_adjectives(doc) -> frozenset:
    """Token indices of state adjectives ("Nigerian"): adjectives where no tagger marks them
    (computed once per document: every amount asks)."""
    return shared(doc).once("state_adjective_tokens", lambda: frozenset(
        i for m in find_states(doc) if m.kind in ("adj", "demonym") for i in range(m.tok_start, m.tok_stop)))


def _linking(toks: list, i: int, adjectives: frozenset) -> bool:
    """A word that may stand between an amount and its metric noun after it: "in", "mutual",
    a state adjective ("$4.2 billion in Nigerian exports"), a goal and its "for" ("a $100
    billion target for bilateral trade")."""
    w = norm(toks[i].text)
    return (w in _RIGHT_LINKS or toks[i].pos == "ADJ" or i in adjectives
            or w == "for" and norm(toks[i - 1].text) in _GOAL_NOUNS
            # "$150 млн в качестве безвозмездной помощи", "€100 млн в виде кредита": as what;
            # "$1 млн для оказания гуманитарной помощи", "с целью оказания помощи": for giving it
            or _as_or_for(toks, i, w))


_AS_WHAT = frozenset({"качестве", "виде", "форме"})
_GIVING = frozenset({"оказания", "оказание", "предоставления", "предоставление"})


def _as_or_for(toks: list, i: int, w: str) -> bool:
    nxt = norm(toks[i + 1].text) if i + 1 < len(toks) else ""
    prev = norm(toks[i - 1].text)
    return (w == "в" and nxt in _AS_WHAT or w in _AS_WHAT and prev == "в"
            or w in ("для", "на") and nxt in _GIVING or w == "с" and nxt == "целью"
            or w == "целью" and prev == "с" or w in _GIVING)


_GOAL_NOUNS = word_list("metric_right_goal_nouns")


def _candidates(a: Amount, cues: list[Cue], toks: list, adjectives: frozenset = frozenset()
                ) -> list[tuple[float, Cue]]:
    """Metric nouns and anaphors near the amount, with their distance to it."""
    cands = []
    # after the amount, past a bracketed restatement ("JPY 43 billion (USD 412 million) in
    # fresh yen loans"): the bracket's words are the restatement's, not the amount's metric
    end = after_restatement(toks, a.last)
    for c in cues:
        if c.category == "worth":
            # "общая стоимость соглашений, подготовленных к форуму, может превысить $X":
            # a worth noun with its holder right after it names what a later amount measures
            h = next((x for x in cues if x.category == "holder" and c.last < x.first <= c.last + 3
                      and x.last < a.q_first), None)
            if h is not None and a.q_first - h.last <= _LEFT_CUE_WINDOW:
                # it heads the phrase: metric nouns after it are its dependents
                # ("стоимость контракта на поставку зерна составляет $X")
                cands.append((0.1, h))
            continue
        if c.category not in ("metric", "anaphor"):
            continue
        if c.category == "anaphor" and any(x.category == "metric" and x.first == c.last + 1 for x in cues):
            continue    # "рекордная цифра оборота": the metric named right after is no anaphor's
        window = _LEFT_CUE_WINDOW
        if c.category == "anaphor":
            window = _PRONOUN_WINDOW if c.value == "near" else _ANAPHOR_WINDOW
            if c.value == "near" and _subject_of_the_amounts_verb(toks, c, a):
                window = _ANAPHOR_WINDOW
        if c.last < a.q_first and a.q_first - c.last - _fillers(toks, c.last, a.q_first) <= window:
            cands.append((a.q_first - c.last, c))
        elif end < c.first <= end + _RIGHT_CUE_WINDOW:
            between = toks[end + 1:c.first]
            if between and between[0].text in _DASHES and all(t.pos in ("ADJ", "DET") for t in between[1:]):
                cands.append((0.2, c))    # "$4,5 млрд — наши прямые инвестиции": the dash names it
            elif all(_linking(toks, i, adjectives) for i in range(end + 1, c.first)):
                cands.append((c.first - a.last + 0.5, c))
    return cands


# adverbs that may stand between a pronoun's verb and the amount ("it amounted to just $2.6
# billion", "он составил всего $2 млн") without making the pronoun any farther
_FILLERS = word_list("figure_pronoun_fillers")


def _fillers(toks: list, lo: int, hi: int) -> int:
    return sum(1 for t in toks[lo + 1:hi] if t.text.lower() in _FILLERS)


def _subject_of_the_amounts_verb(toks: list, c: Cue, a: Amount) -> bool:
    """"В прошлом году он увеличился на 12% и достиг $4 млрд": a pronoun further back is
    still the amount's subject when it is the subject of the verb the amount hangs under, or
    of the verb that verb is joined to."""
    p = toks[c.first]
    if c.first != c.last or not p.rel.startswith("nsubj") or p.sent != toks[a.q_first].sent:
        return False
    by_id = {t.id: t for t in toks[c.first:a.last + 1]}
    verb = by_id.get(p.head_id)
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return False
    t = toks[a.q_first]
    for _ in range(4):
        h = by_id.get(t.head_id)
        if h is None:
            return False
        if h.pos in ("VERB", "AUX"):     # the first verb up: the pronoun's, or joined to it
            return h is verb or h.rel == "conj" and h.head_id == verb.id
        t = h
    return False


def _antecedent(c: Cue, cues: list[Cue], cands: list, lo: int, prev_metric
                ) -> tuple[str | None, Cue | None]:
    """What an anaphor stands for: a metric before it in its own sentence ("Bilateral trade
    remains low: ... it amounted to"), else the previous sentence's, else a nearby one."""
    own = [x for x in cues if x.category == "metric" and x.last < c.first and x.first >= lo]
    if own:
        x = max(own, key=lambda x: x.last)
        return x.value, x
    earlier = prev_metric(c.value == "near")      # computed only when an anaphor needs it
    if earlier:
        return earlier, c
    x = nearest_cue([(d, x) for d, x in cands if x.category == "metric"])
    return (x.value, x) if x else (None, None)


def topic_document(c: Cue, cues: list[Cue], toks: list, lo: int) -> Cue | None:
    """"контракт о поставке оборудования на $X", "agreement on the supply of": a metric noun
    after "о"/"on" is the topic of the document named before it, whose value the amount is."""
    p = c.first - 1
    if p > lo and norm(toks[p].text) == "the":
        p -= 1
    if p < lo or norm(toks[p].text) not in _TOPIC_PREPS:
        return None
    return max((x for x in cues if x.category == "holder" and x.value == "agreements_value"
                and x.last < p), key=lambda x: x.last, default=None)


def loan_holder(h: Cue, cues: list[Cue], a: Amount) -> Cue | None:
    """"a loan agreement worth $X", "кредитная линия на сумму", "соглашение о предоставлении
    гранта на сумму": the holder names a loan or a grant, which is what the amount measures."""
    for c in cues:
        if c.category == "metric" and c.value == "other" and (
                c.first <= h.first <= c.last or 0 <= h.first - c.last <= 1
                or 0 < c.first - h.last <= 3 and c.last < a.q_first):
            return c
    # "соглашение о предоставлении Фондом ... льготных кредитов на сумму": a loan named
    # between the holder and the amount is what the amount measures
    loans = [c for c in cues if c.category == "metric" and c.value == "other"
             and h.last < c.first and c.last < a.q_first and c.first - h.last <= _LEFT_CUE_WINDOW]
    return max(loans, key=lambda c: c.last) if loans else None


def worth_before(a: Amount, cues: list[Cue], toks: list) -> list[Cue]:
    """"Worth" connectors a few words before the amount, no clause break between."""
    before = a.q_first - 1
    return [c for c in cues if c.category == "worth" and before - _WORTH_GAP <= c.last <= before
            and not any(toks[i].text in (",", ";", ":") and not _comma_of_a_measure(toks, i)
                        for i in range(c.last + 1, a.q_first))]


_MEASURE_PARTICIPLES = ("превышающ", "составляющ", "достигающ", "exceeding")


def _comma_of_a_measure(toks: list, i: int) -> bool:
    """"на сумму, превышающую $1 млрд": the comma (token ``i``) before a participle that states
    the amount."""
    return toks[i].text == "," and i + 1 < len(toks) and norm(toks[i + 1].text).startswith(_MEASURE_PARTICIPLES)


def previous_metric(doc, sent, lex: Lexicon) -> str | None:
    """The last metric named in the sentence before (what "он" / "this indicator" stands for);
    past a sentence that only refers back to it ("Наш товарооборот увеличился на 60%. Этот
    показатель продолжает расти. Цель довести его до $10 млрд …")."""
    for k in range(sent.index - 1, max(-1, sent.index - 3), -1):
        cues = find_cues(doc.sents[k].tokens, lex)
        metrics = [c for c in cues if c.category == "metric"]
        if metrics:
            return metrics[-1].value
        if not any(c.category == "anaphor" for c in cues):
            return None
    return None


_SPEAKS_OF = ("речь", "идет", "о")


def speaks_of_a_sum(sent, cues: list[Cue]) -> bool:
    """"Речь идет о сумме в 13,2 млрд евро": the sentence only points back at the thing the
    one before named (with no subject of its own, unlike "цена составила $250")."""
    words = tuple(norm(t.text) for t in sent.tokens[:3])
    first = sent.tokens[0].index
    return words == _SPEAKS_OF and any(c.category == "measure" and c.first == first + 3 for c in cues)


_MOVED = ("sizeverb", "change")   # the lexicon's verbs of size and of growth or fall


def elided_subject(prev, a, cues: list[Cue], toks: list) -> bool:
    """"товарооборот составил $2 млрд, однако в январе–мае сократился на 18,6%, до $635 млн":
    a second verb of the same subject, with no metric of its own, measures what the
    sentence's figure before it measured."""
    if prev is None or prev.metric is None or prev.role != "figure":
        return False
    return any(c.category in _MOVED and prev.last + 1 < c.first < a.q_first for c in cues) \
        and not any(t.text in (";", ":") for t in toks[prev.last + 1:a.q_first])
