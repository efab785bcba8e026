"""English obligations that bind no one: put on a thing in the passive ("the matter should
be addressed through legal channels") or a phrase of discourse ("it should be emphasized that
…"). The real-text annotators count neither (5 of 6 passive obligations are no commitment)."""
from __future__ import annotations

from .context import DocContext


def passive_obligation(unit: list, i: int) -> bool:
    """"should be resolved", "need to be taken": the obligation is put on a thing, in the passive."""
    words = [t.text.lower() for t in unit[i + 1:i + 5]]
    k = words.index("be") if "be" in words[:3] else -1
    return k >= 0 and k + 1 < len(words) and words[k + 1].endswith(("ed", "en"))


def said_in_passive(ctx: DocContext, unit: list, i: int) -> bool:
    """"It should be emphasized that …", "it must be noted": a verb of saying in the passive."""
    return any(ctx.says(t) for t in unit[i + 1:i + 5] if t.text.lower().endswith(("ed", "en")))


_SAYING = frozenset({"say", "admit", "note", "mention", "stress", "emphasize", "emphasise",
                     "confess"})


def frame_of_speech(unit: list, i: int) -> bool:
    """"I have to say that …", "I must admit": a modal of a verb of saying frames what follows;
    it binds no one (as "Я должен сказать, что …" in Russian)."""
    words = [t.text.lower() for t in unit[i + 1:i + 4]]
    return any(w in _SAYING for w in words)


# what a speaker "would like to" do that is a courtesy or a frame of speech, not a deed
COURTESIES = frozenset({"say", "stress", "emphasize", "emphasise", "express", "convey", "thank", "congratulate",
                         "share", "inform", "note", "underline", "highlight", "mention", "take", "welcome",
                         "extend", "pay", "point", "reiterate", "recall", "begin", "start", "conclude", "assure",
                         "announce", "report"})


def courtesy_wish(unit: list, i: int) -> bool:
    """"I would like to thank …", "we would like to express our gratitude", "I'd like to stress
    that …": a wish to say or to thank frames the speech, it promises nothing ("would like to
    work hand in hand with you" still intends)."""
    words = [t.text.lower() for t in unit[i:i + 6]]
    if "like" not in words:
        return False
    k = words.index("like")
    return k + 2 < len(words) and words[k + 1] == "to" and words[k + 2] in COURTESIES
