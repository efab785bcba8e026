"""Transcripts of talks: a speaker's label at the start of a line ("В.Путин:", "К.-Ж.Токаев:",
"Дмитрий Медведев, премьер-министр РФ:") says who speaks every sentence after it, up to the
next label — a turn usually opens with a greeting ("Уважаемый господин Президент!") that
would otherwise cut the speaker off from the "мы" after it. "Вопрос:" opens a turn of no state.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from ..quotes import resolve_phrase

_LABEL = re.compile(r"^[ \t]*(?P<who>[А-ЯЁ]\.[ \t]?(?:-?[А-ЯЁ]\.[ \t]?)*[А-ЯЁ][А-ЯЁа-яё-]+"
                    r"|[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ][а-яё]+(?:,[^:\n«»\"]{1,80})?"
                    r"|Вопрос|Реплика|Ведущий)[ \t]*:(?!\d)", re.M)


def transcript_labels(ctx) -> list[tuple[int, Optional[str]]]:
    """(end of the label, the speaker's state or None) of every label, in text order; computed
    once per document."""
    if ctx.labels is not None:
        return ctx.labels
    out = []
    if ctx.lang == "ru":
        starts = [t.start for t in ctx.doc.tokens]
        for m in _LABEL.finditer(ctx.text):
            s, e = m.span("who")
            toks = ctx.doc.tokens[bisect_left(starts, s):bisect_left(starts, e)]
            state = resolve_phrase(toks, e, ctx.people, ctx.states, ctx.lex).country if toks else None
            out.append((m.end(), state))
    ctx.labels = out
    return out


def label_state(ctx, pos: int) -> Optional[str]:
    """The state of the labelled speaker whose turn holds ``pos``, if the text is a transcript
    (two labels at least: one colon-ended name alone is a heading or a quote's lead)."""
    labels = transcript_labels(ctx)
    if len(labels) < 2:
        return None
    k = bisect_right([end for end, _ in labels], pos) - 1
    return labels[k][1] if k >= 0 else None
