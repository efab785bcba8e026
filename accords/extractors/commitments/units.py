"""Sentence units: the sentences rules work on, cut where the segmenter glued two together.

natasha's segmenter joins a headline to the paragraph under it and misses a full stop with
no space after it; a commitment must not run across either.
"""
from __future__ import annotations

from ..text import hard_wrapped, lead_line
from .context import DocContext

_ENDS = (".", "!", "?", "»", "\"", "”", ":", ";", "…")


def _line_ends_unit(text: str, prev, t, wrapped: bool) -> bool:
    """A line break between two tokens ends a unit; in a hard-wrapped text only a blank line
    or one after a sentence's closing mark does."""
    gap = text[prev.stop:t.start]
    if "\n" not in gap:
        return False
    return not wrapped or gap.count("\n") > 1 or prev.text in _ENDS


def _quote_after_colon(cur: list, t) -> bool:
    """"… страны готовы углублять сотрудничество: «Мы готовы …»": the quote that restates the
    lead after a colon is a unit of its own."""
    return len(cur) > 3 and cur[-1].text == ":" and t.text in ("«", "“", "„")


def sentence_units(doc) -> list[list]:
    """Sentences cut at line breaks (the segmenter glues headlines and paragraphs; not in a
    hard-wrapped text) and at a full stop with no space after it, unless it follows a single
    letter."""
    units = []
    wrapped = hard_wrapped(doc.text)
    for s in doc.sents:
        cur = []
        for t in s.tokens:
            if cur and (_line_ends_unit(doc.text, cur[-1], t, wrapped) or _quote_after_colon(cur, t) or (
                    cur[-1].text in (".", "!", "?") and len(cur) > 2 and t.text[:1].isupper()
                    and cur[-1].start == cur[-2].stop and t.start == cur[-1].stop
                    and len(cur[-2].text.rsplit("-", 1)[-1]) > 1)):   # "U.S.", "China-U.S.",
                # "В.Путин": initials, not ends
                units.append(cur)
                cur = []
            cur.append(t)
        if cur:
            units.append(cur)
    return units


def is_title(ctx: DocContext, unit: list) -> bool:
    """A headline or caption: no closing punctuation and a line break after it, the text's
    first line or a short one; a whole quotation on its own line (its attribution on the
    next) is speech, not a headline."""
    if len(unit) > 3 and unit[0].text in ('"', "«", "“", "„") and unit[-1].text in ('"', "»", "”", "“"):
        return False
    speech = ctx.words("speech")
    if any(a.text in ('"', "»", "”") and b.text == "," and c.lemma in speech
           for a, b, c in zip(unit, unit[1:], unit[2:])):
        return False    # "…прогресс", написал Сабри на своей странице (…)¶: an attributed quote, no headline
    k = len(unit) - 1
    while k > 0 and unit[k].text in ("»", "\"", "”", ")", "“"):
        k -= 1
    last = unit[k]
    if last.text[-1:] in ".!?…;:," or last.text in ("-", "—", "–"):
        return False
    rest = ctx.text[unit[-1].stop:unit[-1].stop + 3]
    if "\n" not in rest:
        return False
    return not lead_line(ctx.text, unit[0].start, sum(t.text[:1].isalnum() for t in unit))
