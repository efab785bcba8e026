"""The subject a coordinated English predicate shares with the one before it: "… was ready to
share … and invited …", "X noted that …, and called on …", "the two sides noted …,
reaffirmed …, and committed to …", "He said the United States attaches importance to … and
would like to …"; and the sayer whose own body "his country" after a verb of saying is."""
from __future__ import annotations

from typing import Optional

from ...lexicon import word_list
from .candidate import Candidate
from .context import DocContext
from .parties_en import EN_ADVERBS, opening_subject, reciprocal
from .phrase import name_after_and, phrase_of

_EN_BOUNDARY = word_list("en_clause_boundary")


def coordinated_actor(ctx: DocContext, c: Candidate, unit: list, prev: Optional[Candidate],
                       j: int, i: int) -> Optional[str]:
    """The actor of a predicate (at ``i``) coordinated by "and" after another: the previous
    cue's, or the reporter's ("X noted that …, and called on …")."""
    region = unit[j:i]
    pair = _pronoun_and_named(ctx, unit, j, i)
    if pair:
        return pair         # "he and President Samia Suluhu Hassan promised …": both sides
    if j > 0 and unit[j - 1].lemma == "and" and [t.text.lower() for t in region] == ["it"]:
        return _subject_goes_on(ctx, unit, j, i)   # "China is a powerful country, and it will …"
    after_and = j > 0 and all(t.lemma in EN_ADVERBS for t in region) and (
        unit[j - 1].lemma == "and"   # "… noted the urgency …, reaffirmed their commitment …": a series
        or unit[j - 1].text == "," and unit[i].text.lower().endswith("ed") and "noun" in c.flags)
    if prev is not None and prev.actor and prev.idx < j and after_and and "noun" not in prev.flags \
            and not any(t.lemma == "that" for t in unit[prev.idx:j]) \
            and not (prev.actor == "JOINT" and prev.modality == "agreed" != c.modality):
        # (nor an agreement's both sides to one's pledge: "He agreed on …, and affirmed to …")
        # (not past a new reported clause: "…, adding that the United States … and would like to …")
        return prev.actor   # "… was ready to share … and invited …": the same subject
    if after_and and (i == j and unit[i].text.lower() in _MODALS_AND_BE
                      or region and region[0].text.lower() in _MODALS_AND_BE):
        # ("… and was very keen to strengthen ties": "was" opens the second predicate)
        # "He said the United States attaches importance to … and would like to …": the
        # subject of the first predicate, after the verb of saying
        # ("Russia remains a reliable supplier … and will continue …": the sentence's subject)
        return _first_conjunct_subject(ctx, unit, j) or _we_before_and(ctx, unit, i) \
            or _subject_goes_on(ctx, unit, j, i) or _nothing_reported(ctx, unit, j, i)
    if after_and and unit[i].lemma.endswith("ed"):
        # "X noted that …, and called on …": X's state asks; "The Deputy Secretary thanked …
        # and affirmed the importance of …": the sentence's subject
        return en_reporter(ctx, unit, j) or opening_subject(ctx, unit, j)
    return None


_DETERMINERS = word_list("en_opening_fillers")
_TRAVEL = frozenset({"depart", "leave", "travel", "visit", "arrive", "proceed", "fly", "return", "head"})


def _subject_goes_on(ctx: DocContext, unit: list, j: int, i: int) -> Optional[str]:
    """The sentence's subject is the future's after "and will", "and would", "and are going
    to" ("Russia and Japan raised trade … and are going to continue the efforts"; not an
    itinerary: "… paid a visit to Guinea and will depart for Togo")."""
    if not _future_opens(unit, i) or any(t.text.lower() in _TRAVEL for t in unit[i + 1:i + 5]):
        return None
    return opening_subject(ctx, unit, j)


def _nothing_reported(ctx: DocContext, unit: list, j: int, i: int) -> Optional[str]:
    """"X and Y welcomed the plan … and are committed to working together": with no verb of
    saying or "that" before, "and" + "be" goes on with the sentence's opening subject."""
    if not any(t.text.lower() in ("is", "are") for t in unit[j:i + 1]) or any(
            ctx.says(t, ("speech",)) or t.text.lower() == "that" for t in unit[:j]):
        return None
    return opening_subject(ctx, unit, j)


def _future_opens(unit: list, i: int) -> bool:
    """"will", "would", "are/is going to" at ``i``: a future predicate begins."""
    w = [t.text.lower() for t in unit[i:i + 3]]
    return w[:1] in (["will"], ["would"]) or w[0] in ("are", "is") and w[1:] == ["going", "to"]


_MODALS_AND_BE = frozenset({"would", "will", "is", "are", "was", "were"})


def _first_conjunct_subject(ctx: DocContext, unit: list, j: int) -> Optional[str]:
    """The state of the capitalised subject after the last verb of saying or "that" before
    ``j``, when it names one state ("… said the United States attaches …"), or both sides
    where it names two."""
    k = max((n + 1 for n in range(j - 1) if ctx.says(unit[n], ("speech",)) or unit[n].text.lower() == "that"),
            default=None)
    if k is None:
        return None
    e = k
    while e < j - 1 and (unit[e].text[:1].isupper() or unit[e].lemma in _DETERMINERS
                         or unit[e].lemma == "and" and name_after_and(unit, e, j)):
        e += 1
    codes = set(phrase_of(ctx, unit[k:e]).codes) if e > k else set()
    if len(codes) > 1:
        return "JOINT"   # "… that Jordan and Iraq maintain … and are committed to …"
    return codes.pop() if len(codes) == 1 else None


def _we_before_and(ctx: DocContext, unit: list, i: int) -> Optional[str]:
    """"We always support each other … and will continue to do so," Aliyev said: the "we" that
    opens the sentence is the subject of the future after "and" too — both sides where the
    first predicate is mutual, else the quote's speaker's side (not "… and would encourage …",
    a wish)."""
    first = next((t for t in unit[:i] if t.text[:1].isalpha()), None)
    if first is None or first.text.lower() != "we" or unit[i].text.lower() != "will":
        return None
    if reciprocal(unit[:i], 0):
        return "JOINT"
    q = ctx.quote_at(unit[i].start)
    return (q.country or ctx.quote_state.get(q.start)) if q is not None else None


def en_reporter(ctx: DocContext, unit: list, stop: int) -> Optional[str]:
    """The state of the sentence's subject when it opens with "X noted that …": a past
    predicate coordinated after the reported clause shares X as its subject."""
    for k, t in enumerate(unit[:min(stop, 12)]):
        if t.lemma in _EN_BOUNDARY:
            return None
        if k and ctx.says(t, ("speech",)):
            if k + 1 < stop and unit[k + 1].lemma == "that":
                codes = set(phrase_of(ctx, unit[:k]).codes)
                return next(iter(codes)) if len(codes) == 1 else None
            return None
    return None


_OWNERS = frozenset({"his", "her", "its", "their"})


def own_body_of_sayer(ctx: DocContext, unit: list, region: list) -> Optional[str]:
    """"Ambassador Brita Wagener said on his part | his country is committed to …": "his
    country" after a verb of saying is the sayer's, the one person named before the verb."""
    if not region or region[0].text.lower() not in _OWNERS:
        return None
    said = next((k for k in range(len(unit) - 1, 0, -1) if unit[k].start < region[0].start
                 and ctx.says(unit[k], ("speech",))), None)
    if said is None:
        return None
    people = ctx.people.in_span(unit[0].start, unit[said].start) if ctx.people else []
    codes = {ctx.people.country(p) for p in people} - {None}
    return codes.pop() if len(people) == 1 and len(codes) == 1 else None


def _pronoun_and_named(ctx: DocContext, unit: list, j: int, i: int) -> Optional[str]:
    """"… when he and President Samia Suluhu Hassan promised to …": "he" (the last person
    named before) and a person of another state, as one subject, are both sides."""
    if j < 2 or i <= j or unit[j - 1].text.lower() != "and" or unit[j - 2].text.lower() not in ("he", "she") \
            or not ctx.people:
        return None
    before = ctx.people.last_before(unit[j - 2].start)
    own = ctx.people.country(before) if before is not None else None
    named = {ctx.people.country(p) for p in ctx.people.in_span(unit[j].start, unit[i - 1].stop)} - {None}
    return "JOINT" if own and named and named != {own} else None
