"""One state agreeing by itself: "Beijing on Thursday agreed to promote imports", "The
Government of India has agreed to provide a grant" — the state's own consent, not both sides'."""
from __future__ import annotations

from typing import Optional

from .context import DocContext
from .phrase import phrase_of

_DAYS_EN = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}
_OWN_AGREEING = frozenset({"on", "also", "the", "has", "had", "of", "government", "cabinet"})


def one_state_agreeing(ctx: DocContext, unit: list, j: int, i: int) -> Optional[str]:
    """"Beijing on Thursday agreed to promote imports of Indian products": one state (or its
    capital) as the whole subject of "agreed to" consents for itself."""
    words = [t.text.lower() for t in unit[i:i + 6]]     # (also "has agreed, in principle, to")
    if words[:2] != ["agreed", "to"] and words[:5] != ["agreed", ",", "in", "principle", ","]:
        return None
    ph = phrase_of(ctx, [t for t in unit[j:i] if t.text.lower() not in _DAYS_EN and t.text.lower() != "on"])
    if len(set(ph.codes)) != 1 or ph.joint_noun or ph.first or ph.person:
        return None
    # "Guinea-Bissau has agreed to grant licences", "The Government of India has agreed to"
    return ph.codes[0] if all(t.text[:1].isupper() or t.text.lower() in _DAYS_EN | _OWN_AGREEING
                              for t in unit[j:i]) else None


_AGREEMENT = frozenset({"agreement", "agreements", "understanding", "deal", "consensus"})
_WITH_ENDS = frozenset({"on", "to", "that", "for", "over", "in", ",", ".", ";", "and"})


def agreed_with_an_organisation(ctx: DocContext, unit: list, i: int) -> bool:
    """"Mongolia has reached an agreement with the International Monetary Fund on …": an
    agreement with a body that is no state nor person is not one between the two sides."""
    words = [t.text.lower() for t in unit[i:i + 5]]
    k = next((n for n, w in enumerate(words) if n and w in _AGREEMENT), None)
    if words[0] != "reached" or k is None or i + k + 1 >= len(unit) or unit[i + k + 1].text.lower() != "with":
        return False
    a = i + k + 2
    b = next((n for n in range(a, min(len(unit), a + 10)) if unit[n].text.lower() in _WITH_ENDS), None)
    named = [t for t in unit[a:b] if t.text[:1].isupper()] if b is not None else []
    if not named:
        return False
    ph = phrase_of(ctx, unit[a:b])
    return not ph.codes and not ph.person and not ph.joint_noun \
        and not any(t.text.lower() in _GOVERNMENTS for t in unit[a:b])


# a state's own bodies by a bare capitalised word ("with the Government on …")
_GOVERNMENTS = frozenset({"government", "side", "cabinet", "administration", "ministry", "president",
                          "minister", "leadership"})


_BEFORE_ADJECTIVE = frozenset({"the", "these", "those", "its", "their", "our", "all", "previously", "earlier",
                               "already", "mutually", "jointly"})
_NOT_A_NOUN = frozenset({"to", "on", "upon", "that", "with", "in", "at", "for", "by", "and", "during"})


def agreed_before_a_noun(unit: list, i: int) -> bool:
    """"I have high hopes for the implementation of the agreed projects": "agreed" between an
    article and its noun names what was agreed before; no one agrees here."""
    if i == 0 or i + 1 >= len(unit) or unit[i - 1].text.lower() not in _BEFORE_ADJECTIVE:
        return False
    nxt = unit[i + 1].text
    return nxt.isalpha() and nxt.islower() and nxt not in _NOT_A_NOUN
