"""Where the subject of an English cue starts: the words after the clause boundary before it,
a name set off by commas before the verb, two titled names coordinated. English has no
dependency parse here, so the subject is read off the words."""
from __future__ import annotations

from ...lexicon import word_list
from .context import DocContext
from .parties import state_codes
from .parties_en import ASIDES, object_before
from .phrase import name_starts

_EN_BOUNDARY = word_list("en_clause_boundary")


def subject_start(unit: list, i: int) -> int:
    """Index of the first word after the clause boundary before the cue."""
    j = i
    while j > 0:
        if unit[j - 1].text == "," and (m := _as_aside(unit, j - 1)) is not None:
            j = m       # "China, as Pakistan's iron-clad friend, will …": past the aside
            continue
        if unit[j - 1].lemma in _EN_BOUNDARY or _subordinate(unit, j - 1):
            # "Vietnam and Russia should …", "Pakistan and the United Kingdom have resolved …":
            # "and" between two names joins the subject
            if not (unit[j - 1].lemma == "and" and j >= 2 and j < i and name_starts(unit, j, i)
                    and unit[j - 2].text[:1].isupper() and unit[j - 2].text.replace("-", "").isalpha()
                    and not object_before(unit, j - 1, _SUBORDINATORS)) \
                    and not _headline_pair(unit, j, i):
                break
        j -= 1
    return j


_SUBORDINATORS = word_list("en_subordinators")


def _as_aside(unit: list, k: int) -> int | None:
    """The index of the comma opening ", as …," (", together with …,") that closes at ``k``,
    when a word stands before it."""
    for m in range(k - 1, max(k - 12, 0), -1):
        if unit[m].text == ",":
            return m if m + 1 < k and unit[m + 1].text.lower() in ASIDES and m >= 1 else None
    return None


def _headline_pair(unit: list, j: int, i: int) -> bool:
    """"Türkiye, Germany determined to boost trade": a headline's two names joined by a comma at
    the start of the sentence are one subject."""
    return j == 2 and j < i and unit[1].text == "," and unit[0].text[:1].isupper() and unit[j].text[:1].isupper() \
        and unit[0].text.replace("-", "").isalpha()


def _subordinate(unit: list, k: int) -> bool:
    """"… as Tokyo seeks to …", "because Kenya will …": a clause of its own with its own subject."""
    w = unit[k].text.lower()
    return w in _SUBORDINATORS or w == "as" and k + 1 < len(unit) and unit[k + 1].text[:1].isupper() \
        and k > 0 and unit[k - 1].text.lower() not in ("such", "well", "same", "so")


def apposition_start(ctx: DocContext, unit: list, j: int) -> int:
    """Where a name set off by commas right before the verb starts ("Uzbekistan's Minister of
    Investment, Laziz Kudratov, expressed …"); ``j`` itself where no such name stands there."""
    k = subject_start(unit, j - 1)
    name = unit[k:j - 1]
    if name and len(name) <= 4 and name[0].text.lower() in _ASIDES and k >= 2 and unit[k - 1].text == ",":
        return subject_start(unit, k - 1)   # "Dawood, on the occasion, stressed …": past the aside
    if name and len(name) <= 9 and k and unit[k - 1].text == "," and not all(
            t.text[:1].isupper() for t in name) and name[0].text[:1].isupper() and state_codes(ctx, name):
        return k      # "Abdul Razak Dawood, Adviser to the Prime Minister of Pakistan, stressed …"
    if name and len(name) <= 5 and all(t.text[:1].isupper() for t in name) and k and unit[k - 1].text == ",":
        # "Manmohan Singh and his visiting Chinese counterpart, Wen Jiabao, set …": the
        # counterpart the name stands beside is the second of a coordinated subject
        h = subject_start(unit, k - 1)
        if k - h <= 5 and unit[k - 2].text.lower() in ("counterpart", "counterparts") and h >= 2 \
                and unit[h - 1].text.lower() == "and" and unit[h - 2].text[:1].isupper():
            return subject_start(unit, h - 1)
        if unit[k - 2].text.lower() in ("counterpart", "counterparts") and any(
                t.text.lower() == "and" for t in unit[h:k - 1]):
            return h    # the same, the subject already read across "and his … counterpart"
        if k >= 2 and unit[k - 2].text in _TITLE_ENDS:
            return subject_start(unit, k - 1)   # "X and Indian Prime Minister, Narendra Modi, have …"
        if h >= 3 and unit[h - 1].text.lower() == "and" and unit[h - 2].text == ",":
            # "The President of Guyana, Irfaan Ali, and the President of Suriname, Chan
            # Santokhi, reaffirmed …": two titled names, each set off by commas, are the subject
            g = subject_start(unit, h - 2)
            first = unit[g:h - 2]
            if first and len(first) <= 5 and all(t.text[:1].isupper() for t in first) \
                    and g >= 2 and unit[g - 1].text == ",":
                return subject_start(unit, g - 1)
        return k
    return j


_TITLE_ENDS = frozenset({"Minister", "President", "Premier", "Secretary", "Chancellor"})
_ASIDES = frozenset({"on", "in", "for", "at", "during", "meanwhile", "however", "also", "moreover"})


