"""Which states a run of tokens speaks for.

A state is named directly ("Казахстан", "казахстанская сторона"), through a person of the
record or a pronoun for him, through a role or description that resolves to a person, through
an organisation whose state the record knows, or through a region or city of the state.
"""
from __future__ import annotations

from typing import Optional

from ...nlp.ranges import MAX_MENTION_CHARS, starting_in
from ..quotes import resolve_phrase
from .context import DocContext

_PERSONAL_PRONOUNS = ("он", "она", "he", "she")


def state_codes(ctx: DocContext, toks: list) -> list[str]:
    """States named in a run of tokens: state words, persons' states, roles ("глава МИД")."""
    if not toks:
        return []
    s, e = toks[0].start, toks[-1].stop
    codes = _named_states(ctx, toks, s, e)
    persons = _persons_meant(ctx, toks, s, e)
    for i in persons:
        c = ctx.people.country(i)
        if c and c not in codes:
            codes.append(c)
    if not persons and not codes and ctx.people and not any(is_plural(ctx, t) for t in toks
                                                          if t.pos in ("NOUN", "PROPN")):
        country = _described_person_state(ctx, toks, s)
        if country:
            codes.append(country)
    if not codes:   # a company of a known state
        codes = _organisation_states(ctx, s, e)
    if not codes:   # a region or city stands for its state ("татарстанские компании")
        codes = _region_states(ctx, toks)
    if not codes and any(t.lemma in _KINGDOM_WORDS for t in toks):
        kingdoms = [p for p in ctx.parties if p in _KINGDOMS]
        codes = kingdoms if len(kingdoms) == 1 else []   # "королевство", "the Kingdom": the one party that is one
    return codes


_KINGDOM_WORDS = frozenset({"королевство", "kingdom"})
# states that call themselves kingdoms
_KINGDOMS = frozenset({"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "THA", "NLD", "BEL", "SWE", "NOR", "DNK",
                       "KHM", "LSO", "SWZ", "TON", "BTN"})


def named_states(ctx: DocContext, toks: list) -> list[str]:
    """States the run names itself (a state word), not through a person or a title."""
    return _named_states(ctx, toks, toks[0].start, toks[-1].stop) if toks else []


def _named_states(ctx: DocContext, toks: list, s: int, e: int) -> list[str]:
    """State mentions whose tokens lie in the run (a capital only as the subject itself)."""
    codes: list[str] = []
    ids = {t.index for t in toks}
    for m in starting_in(ctx.states, s - MAX_MENTION_CHARS, e):
        if m.start < e and s < m.stop and any(i in ids for i in range(m.tok_start, max(m.tok_stop, m.tok_start + 1))):
            if getattr(m, "kind", "") == "capital" and not _is_subject_word(ctx, m, toks):
                continue
            if m.code not in codes:
                codes.append(m.code)
    return codes


def _persons_meant(ctx: DocContext, toks: list, s: int, e: int) -> list[int]:
    """Persons named in the run, and the person a personal pronoun in it stands for."""
    if not ctx.people:
        return []
    persons = ctx.people.in_span(s, e)
    for t in toks:
        if t.lemma in _PERSONAL_PRONOUNS:
            i = ctx.people.last_before(t.start)
            if i is not None and i not in persons:
                persons.append(i)
    return persons


def _described_person_state(ctx: DocContext, toks: list, s: int) -> Optional[str]:
    """The state of the person a role or description resolves to ("глава МИД"), unless the
    run speaks of a third party."""
    sp = resolve_phrase(toks, s, ctx.people, [], ctx.lex)
    if sp.person is not None and sp.country and not any(t.lemma in ctx.words("third") for t in toks):
        return sp.country
    return None


def _organisation_states(ctx: DocContext, s: int, e: int) -> list[str]:
    """States of the record's organisations mentioned in the span."""
    codes: list[str] = []
    for a, b, c in ctx.orgs:
        if a < e and s < b and c not in codes:
            codes.append(c)
    return codes


def _region_states(ctx: DocContext, toks: list) -> list[str]:
    """States of region and city words in the run."""
    codes: list[str] = []
    for t in toks:
        c = ctx.region(t)
        if c and c not in codes:
            codes.append(c)
    return codes


_BOTH = frozenset({"оба", "два"})


def is_plural(ctx: DocContext, t) -> bool:
    """Plural by the noun, by a numeral of two ("обе стороны", "две страны": the noun in the
    genitive singular) or, for a mis-tagged subject, by its verb ("Президенты выразили")."""
    if t.feats.get("Number") == "Plur":
        return True
    if any(k.rel.startswith("nummod") and k.lemma in _BOTH for k in ctx.kids(t)):
        return True
    h = ctx.head(t)
    return (t.rel.startswith("nsubj") and h is not None and h.feats.get("Number") == "Plur"
            and not any(k.rel == "conj" for k in ctx.kids(t)))


def is_role(ctx: DocContext, t) -> bool:
    """A one-word role of the lexicon ("министр", "посол"): someone who speaks for a state."""
    return any(len(w) == 1 and w[0] == t.lemma for w, _ in ctx.lex.roles)


def _is_subject_word(ctx: DocContext, m, toks) -> bool:
    """A capital counts for its state only as the subject itself ("Астана и Белград договорились")."""
    for t in toks:
        if m.start <= t.start < m.stop:
            return t.rel in ("nsubj", "nsubj:pass", "conj") or ctx.lang != "ru"
    return False


_THEY_REACH = 400   # characters back that "they" may point to


def they_actor(ctx: DocContext, pos: int) -> Optional[str]:
    """"Главы государств подчеркнули … Они сочли необходимым …", "… They underscored …": "they"
    are both sides when the last two persons named lately are of two states; else the actor of
    the statement just before ("India has given a proposal. They have said they would …");
    else, with nothing said lately, both sides when the last two persons named at all are."""
    recent, seen = [], []
    for o in (ctx.people.occurrences if ctx.people else ()):
        if o.start >= pos:
            break
        seen.append(ctx.people.country(o.person))
        if o.start >= pos - _THEY_REACH:
            recent.append(seen[-1])
    if len({c for c in recent[-2:] if c}) == 2:
        return "JOINT"
    if _previous_subject_joint(ctx, pos):
        return "JOINT"   # "The parties touched on … They affirmed their desire to …"
    last = ctx.last_actor
    if last is not None and last[0] >= pos - _THEY_REACH:
        return last[1]
    if len({c for c in seen[-2:] if c}) == 2:
        return "JOINT"
    return None


def _previous_subject_joint(ctx: DocContext, pos: int) -> bool:
    """The sentence before opens with both sides as its subject ("The parties", "Стороны",
    "The two leaders", "Kenya and Brazil")."""
    sents = ctx.doc.sents
    k = next((n for n, s in enumerate(sents) if s.start <= pos < s.stop), None)
    if not k:
        return False
    head = [t for t in sents[k - 1].tokens[:4] if t.lemma not in ("the", "both", "two", "оба", "обе", "две", "два")]
    if bool(head) and head[0].lemma in ctx.words("joint") and head[0].text.lower() != "two":
        return True
    # "Kenya and Brazil held talks … They expressed readiness to …": two states open it
    opening = []
    for t in sents[k - 1].tokens[:8]:
        if not (t.text[:1].isupper() or t.lemma in ("and", "и")):
            break
        opening.append(t)
    return any(t.lemma in ("and", "и") for t in opening) and len(set(state_codes(ctx, opening))) >= 2

