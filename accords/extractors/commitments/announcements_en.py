"""Whether an English plain future or intention announces a visit or a meeting ("will pay a
state visit", "will lead their delegations in talks"): an itinerary, not a commitment."""
from __future__ import annotations

from ...lexicon import word_list
from .candidate import PRIORITY, Candidate
from .context import DocContext

_EN_SKIP = word_list("en_cue_skip")
_VISIT_VERBS = word_list("visit_verbs")
_PAID = frozenset({"visit", "visits", "call", "tribute", "respects", "homage"})
_TALKS = frozenset({"talks", "meeting", "meetings", "discussions", "consultations", "negotiations"})
_EVENTS = frozenset({"summit", "forum", "session", "conference", "meeting", "expo", "exhibition", "games", "cup",
                     "commemoration", "ceremony", "celebration", "parade", "festivities"})


def announces_en(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """A plain future or intention whose verb announces a visit or meeting."""
    i = c.idx
    if not (c.modality in ("commit", "intend") and c.rank < PRIORITY["strong"] and "noun" not in c.flags
            and i + 1 < len(unit)):
        return False
    forward = unit[i + 1].text.lower() == "forward"     # "look forward to discussing …"
    k = next((k for k in range(i + 1 + forward, min(i + 5 + forward, len(unit)))
              if unit[k].lemma not in _EN_SKIP and not unit[k].lemma.endswith("ly")), i + 1)
    if unit[k].lemma == "on" and k + 2 < len(unit) and unit[k + 1].text[:1].isupper():
        k += 2          # "will on Sunday undertake a working visit"
    nxt = unit[k].lemma
    forms = verb_forms(nxt)
    if forward:         # "The Prime Minister looked forward to speaking again soon": the next call
        return bool(forms & _SEEING)    # (not "to hosting …", "to a positive reply", "to further collaborating")
    if nxt in _VISIT_VERBS and any(t.lemma.startswith("visit") for t in unit[k + 1:k + 5]):
        return True     # "will undertake a working visit to Mbabane", "will be making the first state visit"
    if nxt in ("lead", "head") and any(t.lemma.startswith("delegation") for t in unit[k + 1:k + 4]) \
            and any(t.lemma in ("talks", "meeting", "negotiations") for t in unit[k + 1:k + 9]):
        return True     # "will on Saturday lead their delegations in bilateral talks"
    if unit[i + 1].lemma == "be" and i + 2 < len(unit) and unit[i + 2].lemma in ("in", "at") \
            and any(t.lemma.startswith("visit") or t.lemma in _TALKS and unit[i + 3].text[:1].isupper()
                    for t in unit[i + 3:i + 14]):
        return True     # "he will be in UAE from Oct 5 to 6 for a working visit", "… in Berlin for talks"
    if unit[i + 1].lemma == "be" and _described(unit[i + 2:i + 5]):
        return True     # "100 businesspersons will be part of the entourage", "the visit will be the sixth"
    if "have" in forms and any(t.lemma in _TALKS for t in unit[k + 1:k + 4]):
        return True     # "In Jakarta, Li will have talks with President Joko Widodo"
    if "take" in forms and (k + 1 >= len(unit) or unit[k + 1].lemma not in ("part", "place")):
        return False    # "will take measures", not "will take part in the forum"
    if "pay" in forms and not any(t.lemma in _PAID for t in unit[k + 1:k + 5]):
        return False    # "will pay for the cost", not "will pay a visit"
    if nxt.startswith("host") and not any(t.lemma in _TALKS or t.lemma.rstrip("s") in _EVENTS
                                          for t in unit[k + 1:k + 9]):
        return False    # "We want to host guests and tourists", not "will host the Leaders' Meeting"
    if "engage" in forms and k + 2 < len(unit) and unit[k + 1].lemma == "in" \
            and not any(t.lemma in _TALKS or t.lemma.startswith("discussion") for t in unit[k + 2:k + 4]):
        return False    # "committed to engage in enhancing trade": an activity, not talks or "engage with" a visitor
    return any(f.startswith(a) for f in forms for a in ctx.words("announce"))


def verb_forms(w: str) -> set:
    """The word and the stems its "-ing" or "-ed" may stand on (English tokens have no lemma):
    "taking" → "take", "participating" → "participate", "arrived" → "arrive"."""
    forms = {w}
    for end in ("ing", "ed"):
        if w.endswith(end) and len(w) > len(end) + 2:
            base = w[:-len(end)]
            forms |= {base, base + "e"} | ({base[:-1]} if base[-1] == base[-2] else set())
    return forms


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                       "tenth", "last", "latest", "next"})


def _described(words: list) -> bool:
    """"will be part of", "will be the sixth", "will be one of": what a thing or a visit will be,
    a description, no deed."""
    w = [t.text.lower() for t in words]
    if w[:1] in (["the"], ["a"], ["an"]) or w[:1] and w[0].endswith("'s"):
        w = w[1:]
    return bool(w) and (w[0] in _ORDINALS or w[0] == "part" and w[1:2] == ["of"] or w[0] == "one" and w[1:2] == ["of"])


# after "look forward to": talks to come ("discussing …", "speaking again soon"), no deed (with
# "meet", "visit" and "see" too a blind set fell: a visit looked forward to is left alone)
_SEEING = frozenset({"speak", "talk", "discuss"})
_ON_THE_WAY = frozenset({"due", "visiting", "expected"})
_ARRIVED = frozenset({"arrived", "arrives"})
_PURPOSE = frozenset({"to", "as"})


def purpose_of_a_visit(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"El-Sisi is due in Kenya for a state visit as Nairobi seeks to bolster cooperation",
    "Nuland is visiting India … to underscore US commitment to …": what a visit being made is
    for, stated by the reporter — an itinerary, no party binding itself on this occasion (not
    "X, who is on a visit to Malaysia, said Indonesia is inviting …": a statement made on it)."""
    if ctx.lang != "en" or c.modality not in ("commit", "intend"):
        return False
    p = next((n for n in range(c.idx - 1, max(-1, c.idx - 7), -1) if unit[n].text.lower() in _PURPOSE), None)
    if p is None:
        return False
    for n in range(p - 1, 0, -1):
        w = unit[n].text.lower()
        if ctx.says(unit[n], ("speech",)) or w in (";", ":"):
            return False
        if w in _ARRIVED or w in _ON_THE_WAY and unit[n - 1].text.lower() in ("is", "are"):
            return not any(t.text.lower() in ("who", "which") for t in unit[max(0, n - 2):n])
    return False
