"""Whose doing a thing set up in one party's territory is: "в Узбекистане будет создана
Национальная платформа", "при Торгово-промышленной палате Узбекистана создадут Центр" name no
subject, but what is built there, or at that state's body, is that state's step."""
from __future__ import annotations

from typing import Optional

from ...lexicon import word_list
from .context import DocContext
from .parties import state_codes

_SET_UP = word_list("host_set_up_verbs")
_WHERE = frozenset({"в", "во", "при"})
_AGREEMENTS = frozenset({"договоренность", "соглашение", "договор", "меморандум"})


def host_or(ctx: DocContext, p, fallback: str) -> str:
    """The one party the place of a thing set up names, else ``fallback``."""
    if p.lemma not in _SET_UP or any(k.lemma in _AGREEMENTS for k in ctx.subtree(p, 12)):
        return fallback     # "Согласно договоренностям, в КР построят …": what the sides agreed
    for k in ctx.kids(p):
        if k.rel == "obl" and any(x.rel == "case" and x.lemma in _WHERE for x in ctx.kids(k)):
            codes = set(state_codes(ctx, ctx.subtree(k, 4))) & set(ctx.parties)
            if len(codes) == 1:
                return codes.pop()
    return fallback
