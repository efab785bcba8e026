"""Whose goal a Russian goal noun states ("наша общая задача — довести …", "целью является
выход на $30 млрд, заявил посол"): both sides', the speaker's, or no party's."""
from __future__ import annotations

from typing import Optional

from .context import DocContext
from .owners_ru import noun_owners, party_owners
from .parties import state_codes
from .phrase import phrase_of
from .speaker import attribution_in, closing_sayer_of_a_goal, speaker_state


def goal_actor(ctx: DocContext, p, own: list) -> Optional[str]:
    """Whose goal "задача — довести …" is: "наша общая задача" and an unowned goal are both
    sides'; "наша задача" in a quote is the speaker's; a goal of anything else ("цель
    визита", "задача ведомств") is no party's commitment."""
    mods = {k.lemma for k in ctx.kids(p) if k.rel in ("amod", "det")}
    if mods & ctx.words("shared"):
        return "JOINT"
    for a in ctx.kids(p):   # "цель, поставленная руководством двух стран"
        if a.rel.startswith("acl"):
            for g in ctx.kids(a):
                if g.rel == "obl:agent":
                    toks = ctx.subtree(g, 8)
                    if len(set(state_codes(ctx, toks))) > 1 or any(
                            t.lemma in ctx.words("joint") and t.feats.get("Number") == "Plur" for t in toks):
                        return "JOINT"
    owners = [k for k in own if k.pos in ("NOUN", "PROPN")]
    if owners:
        ph = phrase_of(ctx, ctx.subtree(owners[0], 8), owners[0])
        return "JOINT" if ph.joint_noun or len(set(ph.codes)) > 1 else None
    if mods & ctx.words("first"):
        return speaker_state(ctx, p, p) or "JOINT"
    return _previous_attribution_state(ctx, p) or _closing_speaker(ctx, p) or "JOINT"


def _closing_speaker(ctx: DocContext, p) -> Optional[str]:
    """"…, а целью является выход на $30 млрд, заявил казахстанский посол", "посол отметил, что
    главной задачей является …": an unowned goal said by one side's official is that side's."""
    for h in (p, ctx.head(p)):
        for k in ctx.kids(h) if h is not None else ():
            if k.rel.startswith(("obl", "nmod")) and len(set(state_codes(ctx, ctx.subtree(k, 8)))) > 1:
                return None     # "в сотрудничестве России и Турции существует задача": both sides'
    gov = ctx.head(p) or p
    state = speaker_state(ctx, p, gov)
    if state is None and ctx.head(gov) is not None:
        # "Захарова отметила, что целью является …": the verb of saying above the goal's clause
        state = speaker_state(ctx, p, ctx.head(gov))
    if state is None:
        state = closing_sayer_of_a_goal(ctx, p)
    return state if state != "JOINT" else None


def _previous_attribution_state(ctx: DocContext, p) -> Optional[str]:
    """"По словам Садыра Жапарова, … . Цель на ближайшие годы — …": a goal stated with no
    owner right after a sentence given as one side's words goes on in that voice."""
    if p.sent == 0 or p.sent > len(ctx.doc.sents):
        return None
    prev = ctx.doc.sents[p.sent - 1]
    if not prev.tokens or prev.tokens[0].lemma != "по":
        return None                      # the sentence opens with the attribution
    _, state = attribution_in(ctx, prev, prev.stop)
    return state if state != "JOINT" else None


_GOAL_NOUNS = frozenset({"задача", "цель"})


def said_goal_actor(ctx: DocContext, p) -> Optional[str]:
    """"Посол отметил, что главной задачей является …", "перед нами стоит задача …": the
    unowned goal of an impersonal "задачей является" said by one side's official, or set before
    "us", is that side's (None: both sides')."""
    if p.lemma in _GOAL_NOUNS:
        goal = p
    elif any(k.rel == "obl" and k.lemma in ctx.words("first") for k in ctx.kids(p)):
        goal = next((k for k in ctx.kids(p) if k.lemma in _GOAL_NOUNS), None)     # "перед нами стоит задача"
    else:
        return None
    if goal is None or party_owners(ctx, noun_owners(ctx, goal)) \
            or {k.lemma for k in ctx.kids(goal)} & ctx.words("shared"):
        return None     # (an owner naming a party; not "новой целью", "главной задачей")
    verb = ctx.head(goal)        # (a noun's own clause is read through its verb: "…, заявил посол")
    return _previous_attribution_state(ctx, goal) or _closing_speaker(ctx, goal) or (
        _closing_speaker(ctx, verb) if verb is not None else None)
