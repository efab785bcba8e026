"""A figure's kind against the publication year: a goal whose year is still to come, a
"goal" verb that reached an amount in a year already past, a result that cannot lie ahead."""
from __future__ import annotations

import re

from .amount import Amount


def goal_year_after(a: Amount, periods: list, published, text: str) -> str | None:
    """A "к 2030 году" / "by 2030" right after an amount, for a year after the publication's:
    the amount is a goal for that year, whatever verb reports it (not across a comma: "достиг
    $200 млн, а к 2030 году … до $500 млн" — the year opens the next clause's goal)."""
    if published is None:
        return None
    for p in periods:
        if p.kind == "target" and p.year_only and 0 <= p.start - a.money.stop <= 12 \
                and not _CLAUSE_BREAK.search(text, a.money.stop, p.start) \
                and p.value and p.value.isdigit() and int(p.value) > published.year:
            return p.value
    return None


_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:и|а|and)\s")   # "… два миллиарда евро и через семь лет будет …"


_REACHING = frozenset({"reaching", "exceeding", "surpassing", "hitting", "touching"})
_REACH = frozenset({"reach", "exceed", "surpass", "hit", "touch"})
_RISING = frozenset({"doubling", "tripling", "increasing", "growing", "rising", "climbing", "jumping",
                     "surging", "expanding", "soaring"})


def reached_in_past_year(a: Amount, periods: list, published, toks: list, text: str) -> str | None:
    """A "goal" read from a gerund ("…, reaching $X in 2018") whose amount a year already past
    follows: how far a result went that year, not a goal."""
    if a.kind != "target" or a.period is not None or published is None:
        return None
    near = [t.text.lower() for t in toks[max(0, a.q_first - 4):a.q_first]]
    if not any(w in _REACHING for w in near[1:]) and not ("to" in near and any(w in _RISING for w in near)) \
            and not any(x == "to" and y in _REACH for x, y in zip(near, near[1:])):
        return None     # (nor "doubling to $4.5bn in 2018", "increasing, to around $6 billion in 2023",
                        # "a 14-percent increase … to hit 2.3 billion USD in 2022")
    for p in periods:
        if p.kind == "plain" and p.year_only and 0 <= p.start - a.money.stop <= 30 \
                and not _CLAUSE_BREAK.search(text, a.money.stop, p.start) \
                and p.value and p.value.isdigit() and int(p.value) < published.year:
            return p.value
    return None


def result_to_come(a: Amount, published) -> bool:
    """An actual figure whose period is a year after the publication's."""
    return a.kind == "actual" and published is not None and bool(a.period) \
        and a.period[:4].isdigit() and int(a.period[:4]) > published.year
