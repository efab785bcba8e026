"""A priority stated as a noun, in Russian: "Укрепление партнерства с Вьетнамом — один из
приоритетов российской внешней политики", "Важным направлением нашего взаимодействия является
расширение инвестиционного сотрудничества", "Одним из приоритетных направлений остается
реализация проектов …". Real annotators read these as intentions (work sets real46, real51,
real55, real62): of the speaker's side where "наш" or a state names whose priority it is, of
both sides where the relationship or a joint body owns it or no one does.
"""
from __future__ import annotations

import re
from typing import Optional

from .candidate import PRIORITY, Candidate
from .context import DocContext
from .parties import state_codes

# the priority phrase: a priority noun, or an "important/priority direction" that "is/remains"
_PRIORITY = re.compile(
    r"(?:\b(?:од(?:ин|ним|ного)\s+из\s+)?(?:главн\w+\s+|безусловн\w+\s+|ключев\w+\s+)?приоритет(?:ов|ом|ами|ы|а)?\b"
    r"|\b(?:приоритетн|важн|главн|ключев)\w*\s+направлени\w*\s+(?:\w+\s+){0,3}?(?:явля|оста)\w*"
    r"|\bв\s+фокусе\s+(?:\w+\s+){0,4}?оста[её]тся)", re.I)
# what the priority is: an action noun in the nominative
_ACTION = ("ние", "тие", "ция", "ка")
_SHARED = re.compile(r"\b(?:двусторонн|взаимн|межправ|совместн|обоих|двух\s+стран)", re.I)
_OUR_BODY = re.compile(r"\bнаш\w*\s+(?:межправ|совместн|комисси|двусторонн)", re.I)
_OURS = re.compile(r"\b(?:наш|мой|моего|моей)\w*\b", re.I)


def priority_cues(ctx: DocContext, unit: list, taken: set) -> list[Candidate]:
    """A candidate at the priority word of a unit that states a priority with an action noun."""
    if not unit:
        return []
    text = ctx.doc.text[unit[0].start:unit[-1].stop]
    m = _PRIORITY.search(text)
    if m is None:
        return []
    lo, hi = unit[0].start + m.start(), unit[0].start + m.end()
    # the priority noun itself ("приоритетов", "направлением", "фокусе"): its genitive owns it
    i = next((k for k, t in enumerate(unit) if lo <= t.start < hi
              and t.text.lower().startswith(("приоритет", "направлен", "фокус"))
              and not t.text.lower().startswith("приоритетн")), None)
    if i is None or i in taken:
        return []
    if not any(t.pos == "NOUN" and t.feats.get("Case") == "Nom" and t.lemma.endswith(_ACTION)
               for t in unit):
        return []     # "Китай — наш приоритетный партнер": a partner, nothing to do
    return [Candidate(unit[i], i, "intend", PRIORITY["cue"], frozenset({"priority"}), "cue")]


def priority_actor(ctx: DocContext, c: Candidate, unit: list, speaker: Optional[str]) -> Optional[str]:
    """Whose priority: the one state named right after it ("приоритетов российской внешней
    политики"), both sides for "наш" joint body, the speaker's side for "наш" or where a sayer
    lists it, both sides for the relationship, else the one state the unit names, else both."""
    text = ctx.doc.text[unit[0].start:unit[-1].stop]
    gen = []
    for t in unit[c.idx + 1:c.idx + 7]:      # the genitive that owns it: "российской внешней политики"
        if t.feats.get("Case") != "Gen" or t.pos not in ("ADJ", "NOUN", "PROPN", "DET"):
            break
        gen.append(t)
    owner = set(state_codes(ctx, gen)) if gen else set()
    if len(owner) == 1:
        return owner.pop()
    if _OUR_BODY.search(text):
        return "JOINT"
    if _OURS.search(text):
        # "наш" is the speaker's side; with no speaker found, no guess
        return speaker if speaker != "JOINT" else None
    if speaker and speaker != "JOINT":
        return speaker          # "Среди приоритетов Оверчук отметил …": the sayer's list
    if _SHARED.search(text):
        return "JOINT"
    codes = set(state_codes(ctx, unit))
    if len(codes) == 1:
        return codes.pop()
    return "JOINT"
