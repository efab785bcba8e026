"""English cue checks that read only the words around a cue (English tokens have no parse):
a noun closing an "of" phrase, a courtesy "request", agreeing with a view, an upcoming
occasion, an invitation received."""
from __future__ import annotations

EN_MODALS = frozenset({"will", "would", "shall", "should", "must", "'ll", "’ll"})
_TO_ACT = {"to", "on", "upon", "that"}


def of_phrase_en(unit: list, i: int) -> bool:
    """The noun closes a phrase after "of" ("display of … shared goals,") with no verb between."""
    for x in reversed(unit[max(0, i - 5):i]):
        if x.pos in ("VERB", "AUX"):
            return False
        if x.text.lower() == "of":
            return i + 1 >= len(unit) or unit[i + 1].text in (",", ".", ";", ")")
    return False


_HIM = frozenset({"him", "her", "them", "me", "us"})


def courtesy_request(unit: list, i: int, last: int) -> bool:
    """"upon request from the Vietnamese side", "at the request of", "held telephone talks at
    request with …" (the Chinese ministry's idiom): how a call came about;
    "the minister who called on him": a courtesy call — no request of anyone."""
    words = [t.text.lower() for t in unit]
    if words[i] in ("request", "requests") and i and (words[i - 1] in ("upon", "at") or words[i - 2:i] == ["at", "the"]):
        return True
    return words[i] in ("called", "calls", "calling") and last + 1 < len(words) and words[last + 1] in _HIM \
        and "to" not in words[last + 2:last + 4]


def agrees_with_a_view(unit: list, last: int) -> bool:
    """"Lim also agreed with the host's assessment": agreeing with someone, with nothing to do
    after ("agreed with Kazakhstan to build …", "agreed with … on …" are agreements); "agreed
    that" a thing is so, with nothing anyone will or should do in the clause."""
    if last + 1 >= len(unit):
        return False
    left_out = _that_left_out(unit, last)
    if not left_out and unit[last + 1].text.lower() not in ("with", "that"):
        return False
    words = [t.text.lower() for t in unit[last + 1:last + 8]]
    if words[0] == "with" and "that" in words and "to" not in words[:words.index("that")]:
        last += words.index("that")     # "agreed with the Ambassador that the projects are progressing well"
    if left_out or unit[last + 1].text.lower() == "that":    # "They agreed that problems … have been settled"
        clause = []
        for t in unit[last + (1 if left_out else 2):]:
            if t.text in (";", ":"):
                break
            clause.append(t.text.lower())
        if any(w in EN_MODALS for w in clause):
            return False
        first_to = next((k for k, w in enumerate(clause) if w in ("need", "needs") or w == "to" and not (
            k + 1 < len(clause) and clause[k + 1] in _NOT_A_VERB)), len(clause))   # ("important to both countries")
        return first_to == len(clause) or any(   # "… have worked closely together to maintain …"
            w in ("have", "has", "had") and any(x == "been" or x.endswith("ed") for x in clause[k + 1:k + 3])
            for k, w in enumerate(clause[:first_to]))
    return not any(t.text.lower() in _TO_ACT for t in unit[last + 2:last + 10])


_OPENERS = frozenset({"the", "their", "this", "these", "our", "its"})
_NOT_A_VERB = frozenset({"the", "both", "a", "an", "our", "their", "its", "all", "each"})
_BE = frozenset({"is", "are", "was", "were"})


def _that_left_out(unit: list, last: int) -> bool:
    """"agreed the Free Trade Agreement was incredibly important": a clause with its "that"
    left out — an article, then "is"/"was" within a few words, no verb of a deed between."""
    if unit[last + 1].text.lower() not in _OPENERS:
        return False
    k = next((n for n in range(last + 2, min(last + 9, len(unit))) if unit[n].text.lower() in _BE), None)
    return k is not None and not any(t.text.lower() in _TO_ACT or t.text.lower() in EN_MODALS or t.text == ","
                                     for t in unit[last + 2:k])


_EN_UPCOMING = frozenset({"upcoming", "forthcoming", "planned", "next", "coming", "scheduled"})
_EN_OCCASIONS = frozenset({"visit", "meeting", "summit", "forum", "session", "talks", "trip"})


def upcoming_occasion_en(unit: list, last: int) -> bool:
    words = [t.text.lower() for t in unit[last + 1:last + 5]]
    if words[:1] in (["the"], ["this"], ["his"], ["her"], ["their"]):
        words = words[1:]
    if words[:1] and words[0] in _EN_OCCASIONS and (len(words) == 1 or words[1] in (".", ",", "and")):
        return True     # "stressed the importance of the summit": a view of the occasion itself
    return len(words) >= 2 and words[0] in _EN_UPCOMING and any(w in _EN_OCCASIONS for w in words[1:3])



_THING_DETERMINERS = frozenset({"the", "this", "our", "their", "its", "his", "her", "that"})
_PHRASE_ENDS = frozenset({"as", ",", ".", ";", ":", "and", "between", "for", "in", "with", "to", "of", "which"})
_ACTION_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments", "ing", "ings")


def a_plain_thing_after(unit: list, last: int) -> bool:
    """"reaffirmed the importance of the alliance (as the cornerstone …)": the importance of a
    thing that is, a view of it — not of a deed ("of the early conclusion of the FTA", "of
    expanding trade", "of continued cooperation")."""
    words = [t.text for t in unit[last + 1:last + 6]]
    if not words or words[0].lower() not in _THING_DETERMINERS:
        return False
    end = next((k for k, w in enumerate(words) if k and w.lower() in _PHRASE_ENDS), len(words))
    if end < 2 or end > 4 or end == len(words) and end + last + 1 < len(unit):
        return False
    head = words[end - 1]
    return head.isalpha() and head.islower() and not head.endswith(_ACTION_ENDINGS)


def invitation_received(unit: list, i: int) -> bool:
    """"he has been invited to visit": the inviter is someone else, unnamed; "the proposed rail
    link", "the refugees proposed to be repatriated": a participle names a thing, proposes nothing."""
    w, prev = unit[i].text.lower(), unit[i - 1].text.lower() if i > 0 else ""
    return w == "invited" and prev in ("been", "was", "were", "is", "are") \
        or w == "proposed" and (prev in _PARTICIPLE_BEFORE
                                or i + 2 < len(unit) and unit[i + 1].text.lower() == "to"
                                and unit[i + 2].text.lower() == "be")


_PARTICIPLE_BEFORE = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
                                "her", "our", "newly", "recently"})
