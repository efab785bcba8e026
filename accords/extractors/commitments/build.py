"""Putting it together: from a document's sentences to its list of commitments.

Each sentence unit is read for cues; a cue that a party commits to gets its actor and final
modality, its own clause, and the strongest cue of a clause becomes the commitment. A
statement repeated later in the document (a quote restating the lead) counts again, as the
spec counts each place a commitment is stated; two readings of one stretch are one.
"""
from __future__ import annotations

import re
from typing import Optional

from ...nlp.ranges import starting_in
from ...record import Commitment
from .actor_en import actor_en
from .announcements_en import purpose_of_a_visit
from .parties_en import generic_plural_subject
from .actor_ru import actor_ru
from .addressee import answers_a_proposal, the_asking_side
from .candidate import Candidate
from .clauses import split_clauses, trim_clause
from .context import DocContext
from .cues import find_cues
from .deadline import deadline_of
from .fallback import fallback_actor
from .features import candidate_features, candidate_vector
from .beliefs import (belief_about_another, conviction_about_a_thing, conviction_en, hedged_guess, hoped_for_a_thing,
                      inside_a_hope)
from .effects import (a_document_is_ready, action_will_have_an_effect, duty_to_know, expected_to_happen,
                      meeting_will_have_an_effect, need_for_a_thing, occasion_should_have_an_effect,
                      occasion_will_have_an_effect, only_receives, relative_future, sentiment_or_prophecy,
                      signed_at_an_occasion)
from .obligation_en import courtesy_wish, frame_of_speech
from .pairs_ru import coordinated_noun_of, fold
from .efforts_ru import by_joint_effort
from .empty_cues import decides_nothing, hopes_for_what_was_said, wished_by_nobody
from .filters import (announces_meeting, asks_other_party, conditional, content_of_agreement,
                      dated_earlier, done_together, glad_to_be_here, in_attribution, instructs_both,
                      passes_greetings, pays_a_call, person_plans_a_meeting, asks_how)
from .forecasts import forecasts_amount, forecasts_jobs, plans_an_amount
from .modality import settle_modality
from .scorer import accept, load_model
from .questions_ru import in_an_indirect_question
from .timing_ru import in_a_clause_of_time
from .units import is_title, sentence_units

_MIN_CHARS = 8        # a trimmed clause shorter than this says nothing
_SAME_WORDS = 0.8     # share of content words that makes two statements one


def find_commitments(doc, record) -> list[Commitment]:
    """The document's commitments in text order, overlapping readings of one statement merged."""
    kept = [commitment for commitment, features, vector, c in candidates(doc, record)
            if accept(features, vector, c.source)]
    return _dedupe(kept)


def candidates(doc, record, fallbacks: Optional[bool] = None) -> list[tuple[Commitment, dict, object, Candidate]]:
    """Every commitment the rules can make of the document, before the scorer's verdict,
    with its features: what the scorer reads and what its training labels. ``fallbacks``:
    also the cues only a fallback attributes (by default when a scorer ships to judge them)."""
    if not doc.tokens:
        return []
    ctx = DocContext(doc, record)
    ctx.fallbacks = load_model() is not None if fallbacks is None else fallbacks
    out = []
    for unit in sentence_units(doc):
        if not _may_commit(ctx, unit):
            continue
        cands = find_cues(ctx, unit)
        if not cands:
            continue
        resolved = _resolved(ctx, unit, cands)
        if not resolved:
            continue
        _split(ctx, unit, resolved)
        for c in _strongest_per_clause(ctx, unit, resolved):
            commitment = _commitment(ctx, c)
            if commitment is not None:
                span = tuple(commitment.evidence)
                out.append((commitment, candidate_features(ctx, c, unit, span),
                            candidate_vector(ctx, unit, span), c))
    return out


def _may_commit(ctx: DocContext, unit: list) -> bool:
    """Headlines, questions and scraps of under three tokens commit nobody."""
    return not (len(unit) < 3 or is_title(ctx, unit) or unit[-1].text == "?")


def _resolved(ctx: DocContext, unit: list, cands: list[Candidate]) -> list[Candidate]:
    """The unit's cues that a party commits to, in text order, with actor and modality set."""
    resolved: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.idx):
        if in_attribution(ctx, c.pred) or dated_earlier(ctx, c, unit) or conditional(ctx, c, unit) \
                or in_a_clause_of_time(ctx, c) or in_an_indirect_question(ctx, c) \
                or pays_a_call(ctx, c, unit) or asks_how(ctx, c) \
                or ctx.lang != "ru" and generic_plural_subject(unit, c.idx):
            continue    # (… "countries need to promote dialogue": countries in general, no party)
        if ctx.lang == "ru":
            c.actor = actor_ru(ctx, c, unit)
        else:
            c.actor = actor_en(ctx, c, unit, resolved[-1] if resolved else None)
        c.actor = the_asking_side(ctx, c, unit, c.actor, ctx.parties)
        if c.actor is None and ctx.fallbacks:
            c.actor = fallback_actor(ctx, c, unit)
            c.source = "fallback"
        if c.actor is None or content_of_agreement(ctx, c, unit, resolved) or (
                ctx.lang != "ru" and ("need" in c.flags and frame_of_speech(unit, c.idx) or courtesy_wish(unit, c.idx))):
            continue    # "I have to say that …": a frame of speech binds no one
        if c.source == "rule":
            _remember_quote_state(ctx, c)
        ctx.last_actor = (c.pred.stop, c.actor)
        if announces_meeting(ctx, c) or person_plans_a_meeting(ctx, c) or glad_to_be_here(ctx, c) \
                or meeting_will_have_an_effect(ctx, c, unit) or occasion_will_have_an_effect(ctx, c, unit) \
                or occasion_should_have_an_effect(ctx, c) \
                or relative_future(ctx, c, unit) or a_document_is_ready(ctx, c) \
                or action_will_have_an_effect(ctx, c) or signed_at_an_occasion(ctx, c, unit) \
                or forecasts_amount(ctx, c, unit) or forecasts_jobs(ctx, c, unit) or plans_an_amount(ctx, c, unit) or passes_greetings(ctx, c) \
                or decides_nothing(ctx, c, unit) or wished_by_nobody(ctx, c, unit) or hopes_for_what_was_said(ctx, c) \
                or sentiment_or_prophecy(ctx, c, unit) or duty_to_know(ctx, c, unit) \
                or expected_to_happen(ctx, c, unit) or need_for_a_thing(ctx, c) or inside_a_hope(c, unit, resolved) \
                or only_receives(ctx, c, unit) or answers_a_proposal(c, unit, resolved) \
                or belief_about_another(ctx, c, unit) or hedged_guess(ctx, c, unit) \
                or conviction_about_a_thing(ctx, c, unit) or conviction_en(ctx, c, unit) \
                or hoped_for_a_thing(ctx, c, unit) or purpose_of_a_visit(ctx, c, unit):
            continue
        if c.actor != "JOINT" and (c.modality not in ("propose", "request") or "need" in c.flags) \
                and (done_together(ctx, c, unit) or by_joint_effort(ctx, c) or instructs_both(ctx, c, unit)):
            # (a proposal to act together is still the proposer's: "предложил совместно
            # проработать"; a need to act together binds both: "нам необходимо совместно …")
            c.actor = "JOINT"
        settle_modality(ctx, c, unit)
        pair = coordinated_noun_of(ctx, c, resolved)
        if pair is not None:
            fold(pair, c)   # "заинтересованность и готовность …": one statement
            continue
        resolved.append(c)
    return resolved


def _split(ctx: DocContext, unit: list, resolved: list[Candidate]) -> None:
    """Clause spans: the fallback candidates' among all cues, the rules' among the rules'
    own cues (a fallback the scorer may drop must not cut a rule's clause short)."""
    rules = [c for c in resolved if c.source == "rule"]
    if len(rules) < len(resolved):
        split_clauses(ctx, unit, resolved)
    if rules:
        split_clauses(ctx, unit, rules)


def _remember_quote_state(ctx: DocContext, c: Candidate) -> None:
    """A quote whose speaker has no state speaks for the state its first clause names
    ("Кыргызстан обеспечит …, мы планируем …")."""
    q = ctx.quote_at(c.pred.start)
    if q is not None and not q.country and c.actor != "JOINT":
        ctx.quote_state.setdefault(q.start, c.actor)


def _strongest_per_clause(ctx: DocContext, unit: list, resolved: list[Candidate]) -> list[Candidate]:
    """One cue per clause, the strongest; a request not addressed to the other party is dropped."""
    by_span: dict[tuple[int, int], Candidate] = {}
    for c in resolved:
        if "other" in c.flags and not asks_other_party(ctx, c, unit, c.actor):
            continue
        best = by_span.get(c.span)
        if best is None or (c.source == "rule", c.rank) > (best.source == "rule", best.rank):
            by_span[c.span] = c
    return sorted(by_span.values(), key=lambda c: c.span)


def _commitment(ctx: DocContext, c: Candidate) -> Optional[Commitment]:
    """The commitment of a cue's trimmed clause, or None when too little text is left."""
    s, e = trim_clause(ctx.text, *c.span)
    if e - s < _MIN_CHARS:
        return None
    text = ctx.text[s:e]
    return Commitment(actor=c.actor, modality=c.modality, text=text,
                      sectors=_sectors_within(ctx, s, e), deadline=deadline_of(text, ctx.published),
                      evidence=(s, e))


def _sectors_within(ctx: DocContext, s: int, e: int) -> list[str]:
    """Sectors mentioned inside the clause, each once, in mention order."""
    found = [(m.order, m.sid) for m in starting_in(ctx.sectors_by_start, s, e) if m.stop <= e]
    out = []
    for _, sid in sorted(found):      # by bisection: a scan per clause was quadratic
        if sid not in out:
            out.append(sid)
    return out


def _content(text: str) -> set[str]:
    """Content words (four letters or more) for comparing statements."""
    return {w for w in re.findall(r"\w{4,}", text.lower())}


def _overlapping(k, c) -> bool:
    """Two readings of one stretch of text (a clause and its sentence)."""
    return c.evidence[0] < k.evidence[1] and k.evidence[0] < c.evidence[1]


def _dedupe(items: list[Commitment]) -> list[Commitment]:
    """Two overlapping readings of one statement by the same actor are one commitment; a
    statement repeated elsewhere (the lead restated by a quote) is another."""
    keep = []
    for c in items:
        cw = _content(c.text)
        dup = False
        for k in keep:
            if k.actor == c.actor and k.modality == c.modality and _overlapping(k, c):
                kw = _content(k.text)
                small = min(len(cw), len(kw)) or 1
                if len(cw & kw) / small >= _SAME_WORDS:
                    dup = True
                    inside = k.evidence[0] <= c.evidence[0] and c.evidence[1] <= k.evidence[1]
                    if len(c.text) > len(k.text) and not inside:
                        keep[keep.index(k)] = c
                    break
        if not dup:
            keep.append(c)
    return keep
