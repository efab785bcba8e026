"""Transcripts of talks: a speaker's label at the start of a line ("В.Путин:", "К.-Ж.Токаев:",
"Дмитрий Медведев, премьер-министр РФ:", "PRIME MINISTER MODI:") says who speaks every sentence
after it, up to the next label — a turn usually opens with a greeting ("Уважаемый господин
Президент!") that would otherwise cut the speaker off from the "мы" after it. "Вопрос:",
"Question:" open a turn of no state.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from ..quotes import resolve_phrase

_LABEL = {
    "ru": re.compile(r"^[ \t]*(?P<who>[А-ЯЁ]\.[ \t]?(?:-?[А-ЯЁ]\.[ \t]?)*[А-ЯЁ][А-ЯЁа-яё-]+"
                     r"|[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ][а-яё]+(?:,[^:\n«»\"]{1,80})?"
                     r"|Вопрос|Реплика|Ведущий)[ \t]*:(?!\d)", re.M),
    # "PRESIDENT PUTIN:", "Prime Minister Modi:", "Foreign Minister Wang Yi:", "Question:"
    "en": re.compile(r"^[ \t]*(?P<who>[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){0,3}"
                     r"|(?:Mr|Ms|Mrs|Dr)\.?[ \t]+[A-Z][a-z'-]+"
                     r"|(?:President|Prime[ \t]+Minister|(?:Foreign[ \t]+)?Minister|Secretary|Ambassador|Chancellor)"
                     r"(?:[ \t]+[A-Z][A-Za-z'-]+){1,3}"
                     r"|Question|Q)[ \t]*:(?!\d)", re.M),
}


def transcript_labels(ctx) -> tuple[list[int], list[Optional[str]]]:
    """The ends of every label, in text order, and each speaker's state (or None); computed
    once per document."""
    if ctx.labels is not None:
        return ctx.labels
    ends, states = [], []
    if ctx.lang in _LABEL:
        starts = [t.start for t in ctx.doc.tokens]
        for m in _LABEL[ctx.lang].finditer(ctx.text):
            s, e = m.span("who")
            toks = ctx.doc.tokens[bisect_left(starts, s):bisect_left(starts, e)]
            state = resolve_phrase(toks, e, ctx.people, ctx.states, ctx.lex).country if toks else None
            ends.append(m.end())
            states.append(state or _named_in_capitals(ctx, m.group("who")))
    ctx.labels = (ends, states)
    return ctx.labels


def _named_in_capitals(ctx, who: str) -> Optional[str]:
    """"PRIME MINISTER MODI": a person of the record by a surname written in capitals."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", who)} if who.isupper() else set()
    found = {ctx.people.country(i) for i, p in enumerate(ctx.people.persons)
             if p.name and p.name.split()[-1].lower() in words} if words and ctx.people else set()
    return found.pop() if len(found) == 1 else None


def label_state(ctx, pos: int) -> Optional[str]:
    """The state of the labelled speaker whose turn holds ``pos``, if the text is a transcript
    (two labels at least: one colon-ended name alone is a heading or a quote's lead)."""
    ends, states = transcript_labels(ctx)
    if len(ends) < 2:
        return None
    k = bisect_right(ends, pos) - 1
    return states[k] if k >= 0 else None
