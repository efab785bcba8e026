"""A person's title and state from their mentions, and titles shared by coordinated names.

"премьер-министров России и Белоруссии Михаила Мишустина и Романа Головченко": a plural
title covers the names after it; a person takes the best title of any mention; a
"коллега" takes the class of the one they are the counterpart of; a relative title
("пресс-секретарь Пашиняна") acts for the state of the person it is relative to.
"""
from __future__ import annotations

from dataclasses import replace

from .model import Mention, PersonDraft
from .roles import SEATS
from .view import View


def pair_coordinated(v: View, mentions: list[Mention]) -> None:
    """"премьер-министров России и Белоруссии Михаила Мишустина и Романа Головченко",
    "the heads of state, Alexander Lukashenko and Xi Jinping": a plural title, then
    coordinated names; each name takes the title, and where the title names as many
    states as there are names, the state in the same place."""
    ms = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ms):
        t = m.title
        if t is None or t.colleague or not (len(t.states) >= 2 or t.plural):
            continue
        run = [m]
        for nxt in ms[k + 1:]:
            gap = [v.keys[i] for i in range(run[-1].t1, nxt.t0)]
            if gap and all(g in (",", "и", "and") for g in gap) and nxt.title is None:
                run.append(nxt)
            else:
                break
        if len(run) < 2:
            continue
        paired = len(run) == len(t.states)
        for i, r in enumerate(run):
            code = t.states[i] if paired else (t.country if len(t.states) == 1 else None)
            r.title = replace(t, country=code, plural=True, host=None)


def _bare_seat(title) -> bool:
    return title.role_class == "parliament" and tuple(title.keys) in SEATS


def resolve_persons(persons: list[PersonDraft], v: View) -> None:
    for p in persons:
        titled = [m for m in p.mentions if m.title is not None]
        real = [m for m in titled if not m.title.colleague and m.title.role_class != "other"]
        # an office outranks the seat held with it ("the Minister for Trade of Canada MP Ed
        # Fast … Minister Fast"): a bare "MP" gives the class only when nothing else does
        real = [m for m in real if not _bare_seat(m.title)] or real
        best = real[0] if real else (titled[0] if titled else None)
        if best is not None:
            p.title = best.title
            p.role_class = best.title.role_class
        for m in titled:
            if m.title.country and not (m.title.colleague and m is not best and best and best.title.country):
                p.country = m.title.country if p.country is None else p.country
        if best is not None and best.title.country:
            p.country = best.title.country
    # colleagues: the class of the person they are the counterpart of
    for p in persons:
        if p.title is not None and p.title.colleague and p.role_class == "other":
            m0 = next(m for m in p.mentions if m.title is p.title)
            sent = v.tokens[m0.t0].sent
            partners = [q for q in persons if q is not p and q.role_class != "other"
                        and any(v.tokens[m.t0].sent == sent for m in q.mentions)]
            if partners:
                p.role_class = partners[0].role_class
            else:
                p.role_class = _unnamed_partner(v, persons, p, sent)
    relative_states(persons)


def relative_states(persons: list[PersonDraft]) -> None:
    """Relative titles: "пресс-секретарь Пашиняна" acts for Пашинян's state."""
    for p in persons:
        if p.country is None:
            for m in p.mentions:
                if m.of_mention is not None and m.of_mention.person is not None \
                        and m.of_mention.person.country:
                    p.country = m.of_mention.person.country
                    break


def _unnamed_partner(v: View, persons: list[PersonDraft], p: PersonDraft, sent) -> str:
    """The class of a counterpart with no named partner in their sentence: a title named
    there without a name ("глава Узбекистана провел переговоры со своим турецким коллегой"),
    else the last titled person of the sentence before ("… Askar Mamin. His Belarusian
    counterpart …"); "other" where neither is."""
    named = {i for q in persons for m in q.mentions for i in range(m.t0, m.t1)}
    for t in v.all_titles():
        if t.role_class != "other" and v.tokens[t.start].sent == sent \
                and not any(i in named for i in range(t.start, t.stop)) \
                and not p.title.start <= v.start_at[t.start] < p.title.stop:
            return t.role_class
    before = [(m.t0, q.role_class) for q in persons if q is not p and q.role_class != "other"
              for m in q.mentions if v.tokens[m.t0].sent == sent - 1]
    return max(before)[1] if before else "other"
