"""English position nouns that carry their owner with them, so no verb of stating is needed
near them: "Turkey's readiness to take part", "and U.S. commitment to continue working", or a
position one side is thanked for ("thanked the minister for Turkey's readiness to …").
"""
from __future__ import annotations

from typing import Optional

from ...lexicon import word_list
from .context import DocContext
from .phrase import phrase_of

_POSSESSIVE = {"’", "'"}
_MODIFIERS = word_list("en_possessor_modifiers")
_DETERMINERS = word_list("en_noun_determiners")
_THANKS = frozenset({"thanked", "thank", "thanks", "thanking", "appreciated", "appreciation", "gratitude",
                     "grateful", "lauded", "praised", "commended"})


def possessor_end(unit: list, i: int) -> tuple[int, bool]:
    """The index of the owner's last word before a position noun, past a modifier
    ("continued") and a possessive ("’s"), and whether a possessive marked it."""
    k = i - 1
    if k >= 0 and unit[k].lemma in _MODIFIERS:
        k -= 1
    if k >= 1 and unit[k].lemma == "s" and unit[k - 1].text in _POSSESSIVE:
        return k - 2, True
    if k >= 0 and unit[k].text in _POSSESSIVE:
        return k - 1, True
    return k, False


def owner_state_before(ctx: DocContext, unit: list, i: int) -> Optional[str]:
    """The one state written right before a position noun as its owner, by a possessive
    ("Turkey's readiness") or as an attribute ("U.S. commitment", "Japanese readiness"),
    past a modifier ("India's continued commitment")."""
    k, _ = possessor_end(unit, i)
    a = k
    while a >= 0 and k - a < 5 and (unit[a].text[:1].isupper() or unit[a].text == "."):
        a -= 1
    if a == k:
        return None
    codes = set(phrase_of(ctx, unit[a + 1:k + 1]).codes)
    return codes.pop() if len(codes) == 1 else None


def thanked_for(unit: list, i: int) -> bool:
    """"thanked the minister for Turkey's readiness to …", "praised Korea for its commitment
    to …": the noun is what one side is thanked for, so it is that side's position."""
    k = next((n for n in range(i - 1, max(-1, i - 7), -1) if unit[n].text.lower() == "for"), None)
    if k is None or any(t.text in (",", ";", ":") for t in unit[k:i]):
        return False
    return any(t.text.lower() in _THANKS for t in unit[max(0, k - 8):k])


def a_deed_follows(unit: list, last: int) -> bool:
    """"readiness to take part", "commitment to continue": a verb (or a gerund) after the cue,
    not a thing ("readiness for the talks", "commitment to the alliance")."""
    k = last + 1
    if unit[last].text.lower() != "to":
        if k >= len(unit) or unit[k].text.lower() != "to":
            return False
        k += 1
    return k < len(unit) and unit[k].text.isalpha() and unit[k].text.islower() \
        and unit[k].text not in _DETERMINERS


def owned_deed(ctx: DocContext, unit: list, i: int, last: int) -> bool:
    """A position noun far from its verb of stating that still states a side's position: its
    owner written before it under a stating verb earlier in the sentence ("reiterated … and
    U.S. commitment to …"; not "India reciprocates Canada's desire to …": India's words), or
    thanked for, and a deed after it."""
    owned = owner_state_before(ctx, unit, i) is not None and any(ctx.says(t) for t in unit[:i])
    return (owned or thanked_for(unit, i)) and a_deed_follows(unit, last)


# stems of the gerunds of deeds the sides do for their ties ("strengthening", "expediting")
_GROWTH = ("strengthen", "expand", "improv", "develop", "deepen", "enhanc", "increas", "intensif",
           "boost", "promot", "broaden", "diversif", "elevat", "advanc", "expedit", "accelerat",
           "facilitat")


def gerund_next(unit: list, last: int) -> bool:
    """"the necessity of strengthening (the partnership)", "aimed for expediting": the word after
    the cue is a gerund of a deed for the ties — not "the necessity of establishing a Palestinian
    state", a view on a third party's matter."""
    w = unit[last + 1].text if last + 1 < len(unit) else ""
    return w.islower() and w.endswith("ing") and w.startswith(_GROWTH)
