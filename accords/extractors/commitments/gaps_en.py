"""English cues whose words something else separates: a day or date ("vowed on Thursday to
raise …"), quote marks ("expressed his ‘keenness' to …"), a parenthesis between commas
("decided, during the session of the commission, to achieve …")."""
from __future__ import annotations

from ...nlp.dates import en_month
from ..phrases import match_words, word_matches
from ..quotes import match_seq

_QUOTE_MARKS = frozenset({"‘", "’", "'", "“", "”", '"'})


def across_quote_marks(unit: list, i: int, words: tuple) -> list | None:
    """"expressed his ‘keenness' to work together": a cue whose word the writer set in quote marks."""
    return match_words(len(unit), i, words, lambda w, j: word_matches(w, unit[j].lemma),
                       skip=lambda j: unit[j].text in _QUOTE_MARKS, max_skip=1)


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_TIME_WORDS = frozenset({"today", "yesterday", "tonight"})


def across_a_time(unit: list, i: int, words: tuple) -> list | None:
    """"vowed on Thursday to raise …", "committed today to …", "decided in March to": an English
    cue whose verb a day or date separates from the rest of it."""
    j, low = i + 1, [t.text.lower() for t in unit]
    if j < len(low) and (low[j] in _TIME_WORDS or low[j] in WEEKDAYS):
        j += 1      # "vowed Monday to …"
    elif j + 1 < len(low) and (low[j] == "on" and (low[j + 1] in WEEKDAYS or low[j + 1].isdigit())
                               or low[j] == "in" and en_month(low[j + 1]) is not None):
        j += 2
        while j < len(low) and j - i < 6 and (low[j].isdigit() or unit[j].text.istitle() and low[j] not in ("to", "that")):
            j += 1      # "on 12 May", "on Monday 3 June", "in March 2022"
    else:
        return None
    m = match_seq([unit[i]] + unit[j:], 0, words)
    return None if m is None else [i] + [j + k - 1 for k in m[1:]]


def across_a_parenthesis(unit: list, i: int, words: tuple) -> list | None:
    """"decided, during the 19th session of the commission, to achieve …": a verb cue whose
    "to" an aside of up to 12 words between commas separates from it."""
    if len(words) < 2 or i + 1 >= len(unit) or unit[i + 1].text != ",":
        return None
    end = next((k for k in range(i + 2, min(len(unit), i + 15)) if unit[k].text in _STOPS), None)
    if end is None or unit[end].text != "," or end - i - 2 > 12 or end == i + 2:
        return None
    m = match_seq([unit[i]] + unit[end + 1:], 0, words)
    return None if m is None else [i] + [end + k for k in m[1:]]


_STOPS = frozenset({",", ";", ":", ".", "(", ")", "“", "”", '"'})
