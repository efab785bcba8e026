"""Who says an English clause, for the clauses whose actor is the sayer's state: "X said …"
before it, "…, X said" after it, "According to X, …"; a title alone ("The leader", "He")
refers back to the person the text named last."""
from __future__ import annotations

from typing import Optional

from .context import DocContext
from .parties_en import according_to
from .phrase import phrase_of


def sayer_state(ctx: DocContext, unit: list, j: int, i: int, inverted: bool = False) -> Optional[str]:
    """The state of who says the clause: "X said …" / "X went on to say …" before it, or
    "…, X said" after it (``inverted``: also "…, said X"); None when no single state."""
    speech = ("speech",)
    acc = according_to(unit, j, i)
    if acc is not None:                         # "According to Tokayev, the governments …"
        codes = set(phrase_of(ctx, unit[acc[0]:acc[1]]).codes)
        return codes.pop() if len(codes) == 1 else None
    for k in range(1, i):                       # before: "The leader went on to say …"
        if ctx.says(unit[k], speech):
            codes = set(phrase_of(ctx, unit[:k]).codes)
            last = max((m for m in range(k) if unit[m].text == ","), default=None)
            if len(codes) > 1 and last is not None:
                # "Three days after the vote in Azerbaijan, Turkey's Foreign Ministry said …": the sayer
                # is the phrase right before the verb
                codes = set(phrase_of(ctx, unit[last + 1:k]).codes)
            if len(codes) == 1:
                return codes.pop()
            if not codes and refers_back(unit[:k]):
                # "The leader" / "He": the person the text named last
                return ctx.people.country(ctx.people.last_before(unit[0].start))
            break
    for k in range(i + 1, len(unit)):           # after: "…, Prime Minister X said"
        if unit[k].text == "," and k + 1 < len(unit):
            m = k + 1
            while m < len(unit) and m - k <= 8 and not ctx.says(unit[m], speech):
                m += 1
            if m < len(unit) and ctx.says(unit[m], speech) and m > k + 1:
                return posted_state(ctx, unit[k + 1:m])
            if inverted and m == k + 1 and ctx.says(unit[m], speech):
                return _inverted_sayer(ctx, unit, m)   # "…, said President X at …"
    return None


def _inverted_sayer(ctx: DocContext, unit: list, m: int) -> Optional[str]:
    """"The time has come to …, said President X at a meeting with …": the sayer is the
    capitalised phrase right after the verb of saying, up to its first lower-case word."""
    e = m + 1
    while e < len(unit) and (unit[e].text[:1].isupper() or unit[e].text in ("-", "–")
                             or unit[e].text.lower() == "of" and e > m + 1):
        e += 1
    return posted_state(ctx, unit[m + 1:e]) if e > m + 1 else None


def posted_state(ctx: DocContext, words: list) -> Optional[str]:
    """The one state of a sayer's phrase; of "India's High Commissioner to the UK", "the
    Ambassador of Japan in Kazakhstan", the state before the post ("to", "in")."""
    codes = set(phrase_of(ctx, words).codes)
    if len(codes) > 1:
        cut = next((n for n, t in enumerate(words) if t.text.lower() in ("to", "in")), None)
        codes = set(phrase_of(ctx, words[:cut]).codes) if cut else codes
    return codes.pop() if len(codes) == 1 else None


_PRONOUNS = {"he", "she"}


def refers_back(words: list) -> bool:
    """"He", "She", "The leader", "the Prime Minister also": a speaker the text named before,
    not a new one (no name, at most a title of a few words)."""
    lower = [t.text.lower() for t in words]
    if not lower or len(lower) > 5:
        return False
    if lower[0] in _PRONOUNS:
        return True
    return lower[0] == "the" and not any(t.text[:1].isupper() for t in words[1:]
                                         if t.lemma not in _TITLES)


_TITLES = {"leader", "president", "prime", "minister", "premier", "chairman", "ambassador",
           "secretary", "chancellor", "diplomat", "official", "foreign"}


def titled_speaker_state(ctx: DocContext, region: list, pos: int) -> Optional[str]:
    """"The Secretary highlighted …": a capitalised title with no name is the person named
    before whose role has the title's words (the Secretary of State, not the minister he
    called), else the last one named; that person's state."""
    if not ctx.people or not refers_back(region) or region[0].text.lower() != "the":
        return None
    words = tuple(t.text.lower() for t in region[1:] if t.text[:1].isupper())
    if not words:
        return None
    return ctx.people.country(ctx.people.by_role(None, None, pos, words))
