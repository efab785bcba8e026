"""commitments: forward-looking statements of a party, clause by clause.

A commitment is a clause with a modal cue (``accords/data/modality.*.tsv``: "возьмет под
контроль", "намерены", "предложил", "готова", "договорились", "просит" …) or a future-tense
predicate whose subject can speak for a state. The actor comes from the clause's subject:
a state word ("казахстанская сторона"), a person of the record speaking for his state, two
parties together ("стороны", "X и Y", "мы с Президентом Казахстана") → JOINT, a first-person
pronoun inside a quote → the speaker's state; agreements are joint by nature and impersonal
plans ("планируется", "будет создана") are the parties' together. A goal noun ("наша общая
задача — довести …") is both sides' unless its owner says otherwise; a region, city or body of
a state stands for the state ("Самаркандская область готова", "Парламент Казахстана
ратифицирует"; regions are kind=region in the lexicon). Coordinated predicates of different
force ("продолжит поддерживать … и готова рассмотреть …") are two commitments. Announcements of
meetings ("Лавров проведет переговоры", "планируется обсудить") and past facts are not
commitments.

Russian uses natasha's lemmas, morphology and dependency tree; English has only lower-cased
words, so its rules look at the words before the cue.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Optional

from ...record import Commitment
from ..quotes import (Lexicon, QuoteSpan, find_quotes, lex_lang, lexicon, match_seq,
                     people_of, resolve_phrase, state_mentions, states_in, trim_span, word_match)
from .context import DocContext
from .candidate import PRIORITY, Candidate
from .units import is_title, sentence_units
from .clauses import COORD, SEPARATORS, split_clauses, trim_clause
from .deadline import deadline_of
from .cues import FUTURE_BE, cues_starting_with, find_cues
from .subject import fallback_subject, subject_of
from .parties import is_plural, is_role, state_codes
from .phrase import Phrase, phrase_of
from .speaker import speaker_state
from .actor_ru import actor_ru
from .actor_en import actor_en

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- units and cues


# ---------------------------------------------------------------- actors (Russian)


# ---------------------------------------------------------------- actors (English)


# ---------------------------------------------------------------- spans, sectors, deadlines


_ATTR_GAP = re.compile(r"^[\s,.!?…»\"”]*[—–-]{1,2}\s*(?:\w+\s+){0,3}$")


def in_attribution(ctx: DocContext, p) -> bool:
    """The cue sits in the attribution after a quote ("…», — поставил цель президент")."""
    for q in ctx.quotes:
        if q.stop <= p.start < q.stop + 60 and _ATTR_GAP.match(ctx.text[q.stop:p.start]):
            return True
    return False


def _sectors_within(ctx: DocContext, s: int, e: int) -> list[str]:
    out = []
    for sid, (a, b) in ctx.sectors:
        if s <= a and b <= e and sid not in out:
            out.append(sid)
    return out


# ---------------------------------------------------------------- the component

def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"\w{4,}", text.lower())}


def _dedupe(items: list[Commitment]) -> list[Commitment]:
    """A statement repeated later (a quote restating the lead) is one commitment."""
    keep = []
    for c in items:
        cw = _content(c.text)
        dup = False
        for k in keep:
            if k.actor == c.actor and k.modality == c.modality:
                kw = _content(k.text)
                small = min(len(cw), len(kw)) or 1
                if len(cw & kw) / small >= 0.8:
                    dup = True
                    if len(c.text) > len(k.text) and not (k.evidence[0] <= c.evidence[0] and c.evidence[1] <= k.evidence[1]):
                        keep[keep.index(k)] = c
                    break
        if not dup:
            keep.append(c)
    return keep


def asks_other_party(ctx: DocContext, c: Candidate, unit: list, actor: str) -> bool:
    """A request goes to the other party, not to one's own official ("попросил посла")."""
    if ctx.lang == "ru":
        for k in ctx.kids(c.pred):
            if k.rel in ("obj", "iobj") and (is_role(ctx, k) or k.lemma in ctx.words("statelike")):
                codes = state_codes(ctx, ctx.subtree(k, 8))
                return any(x != actor for x in codes)
        return True
    s, e = c.span
    codes = states_in(ctx.states, s, e)
    if any(x != actor for x in codes):
        return True
    lem = {t.lemma for t in unit if s <= t.start < e}
    return bool(lem & {"сторона", "партнер", "коллега", "side", "partners", "partner"})


def find_commitments(doc, record) -> list[Commitment]:
    if not doc.tokens:
        return []
    ctx = DocContext(doc, record)
    out: list[Commitment] = []
    for unit in sentence_units(doc):
        if len(unit) < 3 or is_title(ctx, unit) or unit[-1].text == "?":
            continue
        cands = find_cues(ctx, unit)
        if not cands:
            continue
        resolved = []
        for c in sorted(cands, key=lambda c: c.idx):
            if in_attribution(ctx, c.pred) or dated_earlier(ctx, c, unit):
                continue
            if ctx.lang == "ru":
                c.actor = actor_ru(ctx, c, unit)
            else:
                c.actor = actor_en(ctx, c, unit, resolved[-1] if resolved else None)
            if c.actor is None:
                continue
            q = ctx.quote_at(c.pred.start)
            if q is not None and not q.country and c.actor != "JOINT":
                ctx.quote_state.setdefault(q.start, c.actor)
            if (c.rank < PRIORITY["strong"] and c.modality in ("commit", "intend") and ctx.lang == "ru"
                    and is_announcement(ctx, c.pred)):
                continue
            if "need" in c.flags:
                c.modality = "intend" if c.actor == "JOINT" else "propose"
            elif c.modality == "intend" and proposes(ctx, c, unit):
                c.modality = "propose"
            resolved.append(c)
        if not resolved:
            continue
        split_clauses(ctx, unit, resolved)
        by_span: dict[tuple[int, int], Candidate] = {}
        for c in resolved:
            if "other" in c.flags and not asks_other_party(ctx, c, unit, c.actor):
                continue
            best = by_span.get(c.span)
            if best is None or c.rank > best.rank:
                by_span[c.span] = c
        for c in sorted(by_span.values(), key=lambda c: c.span):
            s, e = trim_clause(ctx.text, *c.span)
            if e - s < 8:
                continue
            text = ctx.text[s:e]
            out.append(Commitment(actor=c.actor, modality=c.modality, text=text,
                                  sectors=_sectors_within(ctx, s, e), deadline=deadline_of(text, ctx.published),
                                  evidence=(s, e)))
    return _dedupe(out)


def dated_earlier(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"Стороны ранее договорились …", "the sides earlier agreed …": the cue's own verb dated
    to an earlier occasion is background, not a commitment made on this one. (An earlier
    *statement* of intent, "ранее посол заявил, что …", still counts.)"""
    early = ctx.words("earlier")
    if not early:
        return False
    if ctx.lang == "ru":
        return any(k.rel == "advmod" and k.lemma in early for k in ctx.kids(c.pred))
    return any(t.lemma in early for t in unit[max(0, c.idx - 2):c.idx])


def proposes(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """An intention to propose is a proposal ("намерена предложить", "plans to invite")."""
    if ctx.lang == "ru":
        nxt = [k for k in ctx.kids(c.pred) if k.rel == "xcomp" and k.feats.get("VerbForm") == "Inf"]
    else:
        nxt = [t for t in unit[c.idx + 1:c.idx + 4] if t.lemma != "to"][:1]
    for k in nxt:
        cues = list(ctx.lex.by_first.get(k.lemma, ())) + [
            x for x in ctx.lex.prefix_first if k.lemma.startswith(x.words[0][:-1])]
        if any(x.modality == "propose" and len(x.words) == 1 and "need" not in x.flags for x in cues):
            return True
    return False


def is_announcement(ctx: DocContext, p) -> bool:
    """A future meeting, visit or discussion ("министры обменяются мнениями")."""
    ann = ctx.words("announce")
    if p.lemma in ann:
        return not (p.lemma in ctx.words("review") and any(
            k.rel == "obj" and k.lemma in ctx.words("document") for k in ctx.kids(p)))
    return any(k.lemma in ann for k in ctx.kids(p)
               if k.rel.split(":")[0] in ("obj", "xcomp", "nsubj", "csubj", "ccomp"))


def extract(doc, record) -> list[Commitment]:
    try:
        return find_commitments(doc, record)
    except Exception:
        log.exception("commitments failed")
        return []
