"""Who commits when the subject rules find nobody: the speaker, then the sentence's party.

The subject rules decline a lexicon cue whose subject they cannot read — no subject in the
parse ("Нацелены укреплять …"), a person the rules do not tie to a state ("Lula proposed …"),
a quote whose speaker is given on another line. On real releases most such cues are still a
party's position (the text names a modal word of the lexicon, not a bare future), so they get
the nearest party the sentence offers, in this order: whose words they are (a quote's or a
verb of saying's speaker), the persons named before the cue in the sentence, the one state
the sentence names before the cue. A plain future tense gets no fallback: without a subject
a future is usually a fact of the world ("объем удвоится"), not a commitment.
"""
from __future__ import annotations

from typing import Optional

from .announcements_en import announces_en
from .candidate import Candidate
from .context import DocContext
from .parties import state_codes
from .phrase import phrase_of
from .speaker import speaker_state
from .subject import dative_topic


def fallback_actor(ctx: DocContext, c: Candidate, unit: list) -> Optional[str]:
    """The party a subjectless lexicon cue is attributed to, or None."""
    if c.modality == "agreed" or "business" in c.flags or (ctx.lang != "ru" and announces_en(ctx, c, unit)):
        return None     # an English announcement ("will pay a visit") is no one's commitment
    p = c.pred
    if c.kind == "future" and ctx.lang == "ru" and dative_topic(ctx, p):
        return None     # "Этому будут способствовать соглашения": the things after act
    state = speaker_state(ctx, p, p)
    if state:
        return state
    state = _governing_subject_state(ctx, p)
    if state:
        return state
    last = ctx.last_actor
    if last is not None and last[0] >= unit[0].start - 400 and _no_subject(ctx, p):
        return last[1]
    q = ctx.quote_at(p.start)
    if _first_person_subject(ctx, p) and (q is None or not q.country):
        state = _previous_speaker_state(ctx, unit)
        if state:
            return state
    before = unit[:c.idx]
    if ctx.people and before:
        persons = ctx.people.in_span(before[0].start, before[-1].stop)
        codes = {ctx.people.country(i) for i in persons} - {None}
        if len(codes) == 1:
            return codes.pop()
        if len(codes) > 1:
            return None
    codes = set(state_codes(ctx, before)) if before else set()
    if len(codes) == 1 and ctx.lang == "ru" and p.lemma in _SHIPPING_VERBS:
        return _shipper(ctx, before, codes.pop())
    return codes.pop() if len(codes) == 1 else None


_SHIPPING_VERBS = frozenset({"поставить", "поставлять", "экспортировать", "отправить", "направить"})


def _shipper(ctx: DocContext, before: list, code: str) -> Optional[str]:
    """"Во Вьетнам будут поставлены тракторы": the state goods go to is not the one that
    ships them; of two parties, the other one does."""
    goal = any(t.lemma in ("в", "во") and any(
        x.feats.get("Case") == "Acc" and code in state_codes(ctx, [x]) for x in before[i + 1:i + 3])
        for i, t in enumerate(before))
    if not goal:
        return code
    rest = [c for c in ctx.parties if c != code]
    return rest[0] if len(rest) == 1 else None


def _no_subject(ctx: DocContext, p) -> bool:
    """The cue's clause has no subject of its own ("Нацелены укреплять …")."""
    if ctx.lang != "ru":
        return False
    return not any(k.rel.startswith("nsubj") for k in ctx.kids(p))


def _first_person_subject(ctx: DocContext, p) -> bool:
    return ctx.lang == "ru" and any(k.rel.startswith("nsubj") and k.lemma in ctx.words("first")
                                    for k in ctx.kids(p))


def _previous_speaker_state(ctx: DocContext, unit: list) -> Optional[str]:
    """"Премьер-министр подчеркнул, что … ¶ Мы намерены …": speech reported without quote
    marks (or in a quote whose attribution the text never gives) after a verb of saying goes
    on in its speaker's voice; the state of the subject of the nearest verb of saying in the
    400 characters before."""
    speech = ctx.words("speech")
    start = unit[0].index
    for k in range(start - 1, -1, -1):
        t = ctx.doc.tokens[k]
        if t.stop < unit[0].start - 400:
            return None
        if t.lemma in speech and t.rel == "root":      # not "…, что страны отмечают"
            subj = next((x for x in ctx.kids(t) if x.rel.startswith("nsubj")), None)
            if subj is None:
                continue
            codes = set(phrase_of(ctx, ctx.subtree(subj, 14), subj).codes)
            return codes.pop() if len(codes) == 1 else None
    return None


def _governing_subject_state(ctx: DocContext, p) -> Optional[str]:
    """The state of the subject of the clause the cue hangs under ("заявил президент ОАЭ,
    выразив надежду …"), climbing at most four heads (Russian parse only)."""
    if ctx.lang != "ru":
        return None
    cur = p
    for _ in range(4):
        cur = ctx.head(cur)
        if cur is None:
            return None
        subj = next((k for k in ctx.kids(cur) if k.rel.startswith("nsubj")), None)
        if subj is not None:
            codes = set(phrase_of(ctx, ctx.subtree(subj, 14), subj).codes)
            return codes.pop() if len(codes) == 1 else None
    return None
