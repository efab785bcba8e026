"""Quantities arriving, not parties binding themselves: "turnover will reach $7.5 billion",
"будет создано 15 тыс. рабочих мест" — a figure's forecast or a project's, stated with a cue of
commitment ("will", "будет")."""
from __future__ import annotations

import re

from .candidate import PRIORITY, Candidate
from .context import DocContext

_AMOUNT = re.compile(r"\d[\d\s.,]*\s*(?:%|процент|percent|млрд|млн|трлн|тыс|billion|million|trillion)"
                     r"|[$€£¥]\s*\d", re.I)


_OBLIGED = frozenset({"должный", "должен", "обязанный"})


def forecasts_amount(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"Россия и Казахстан выйдут на рекордный товарооборот", "turnover will reach $7.5
    billion", "надеюсь, мы закончим год с более $60 млрд": a quantity arriving, in a plain
    future or a hope, is a forecast (a figure's), not a party binding itself."""
    if c.rank >= PRIORITY["strong"] and c.pred.lemma not in ctx.words("forecast"):
        return False
    if ("need" in c.flags or c.pred.lemma in _OBLIGED) and any(
            t.lemma in ctx.words("first") or _party_subject(ctx, t) for t in unit[max(0, c.idx - 3):c.idx]):
        return False    # "Мы должны выйти на товарооборот $500 млн", "Беларусь и Россия должны
        # выйти на …": the parties bind themselves, no forecast
    if c.kind not in ("future", "passive") and c.pred.lemma not in ctx.words("forecast") \
            and c.modality != "commit":
        return False
    reach = ctx.words("reach")
    span = unit[c.idx:c.idx + 12]
    # a hope reaches over its "что" clause ("надеемся, что в текущем году товарооборот … достигнет")
    near = span if c.pred.lemma in ctx.words("forecast") else span[:6]
    if not any(t.lemma in reach and not _article_before(unit, c.idx + k) and not _striven_for(near, k)
               for k, t in enumerate(near)):
        return False
    s, e = span[0].start, span[-1].stop
    # "the number of Turkish companies will grow": a quantity as the subject grows too
    subject = unit[max(0, c.idx - 7):c.idx]
    return bool(_AMOUNT.search(ctx.text, s, e)) or any(t.lemma in ctx.words("quantity") for t in span) \
        or c.kind == "future" and any(t.lemma in ctx.words("quantity") for t in subject)


def _party_subject(ctx: DocContext, t) -> bool:
    """A state or a side as the subject ("Беларусь и Россия должны", "стороны должны")."""
    return ctx.lang == "ru" and t.rel.startswith("nsubj") and (t.pos == "PROPN" or t.lemma in ctx.words("statelike"))


_ARTICLES = frozenset({"a", "an", "the"})
_EFFORT = frozenset({"work", "strive", "seek", "aim", "try", "endeavour", "endeavor"})


def _striven_for(near: list, k: int) -> bool:
    """"will work to double bilateral trade": a level the parties strive for, their goal."""
    return k >= 2 and near[k - 1].text.lower() == "to" and near[k - 2].text.lower() in _EFFORT


def _article_before(unit: list, i: int) -> bool:
    """"provide an amount of ¥6.6B", "a total of 44 projects": after an article the word is a
    noun, no quantity arriving."""
    return i > 0 and unit[i - 1].text.lower() in _ARTICLES


_PLANNED = frozenset({"планироваться", "предполагаться", "прогнозироваться", "запланировать"})
_MONEY = frozenset({"миллиард", "миллион", "триллион", "млрд", "млн", "трлн", "доллар", "рубль", "евро",
                    "юань", "тенге", "сум", "сом"})


def plans_an_amount(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"в этом году планируется 5,3 млрд долларов", "предполагается не менее семи миллиардов":
    a plan whose subject is an amount and no one's act is a figure's target, not a party
    binding itself ("планируется построить завод за $1 млрд" keeps its deed)."""
    if ctx.lang != "ru" or c.pred.lemma not in _PLANNED:
        return False
    kids = ctx.kids(c.pred)
    if any(k.pos == "VERB" and k.rel.startswith(("xcomp", "csubj", "nsubj")) or k.pos == "NOUN" and k.rel.startswith("nsubj") and k.lemma not in _MONEY
           and k.lemma not in ctx.words("quantity") for k in kids):
        return False        # an act planned, or a thing other than an amount ("планируется визит")
    return any(k.rel.startswith("nsubj") for k in kids)


_JOBS = frozenset({"jobs", "job"})


def forecasts_jobs(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"Будет создано 15 тыс. рабочих мест", "25,000 jobs will be created": jobs a project
    will bring are its forecast, not a party binding itself."""
    if c.kind not in ("future", "passive"):
        return False
    words = [t.lemma for t in unit]
    return any(any(ch.isdigit() for ch in t.text) for t in unit) and (
        any(a == "рабочий" and b == "место" for a, b in zip(words, words[1:]))
        or any(w in _JOBS for w in words))
