"""What a subject phrase says about who acts: first person, the states it names, a joint
noun ("стороны", "the leaders"), a state-like word ("сторона", "правительство"), a person.

Oblique adjuncts ("на встрече в Астане") are left out, so a place of the meeting does not
become the actor; the states after "с" ("мы с Президентом Казахстана") are kept apart as the
comitative partner.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ...lexicon import word_list
from ...nlp.ranges import covering
from .context import DocContext
from .parties import is_plural, state_codes

OBLIQUE_CASES = word_list("oblique_prepositions")
_NOMINALS = ("NOUN", "PROPN", "PRON")


@dataclass
class Phrase:
    """What a subject phrase says about who acts."""
    first: bool = False
    codes: list = field(default_factory=list)
    joint_noun: bool = False
    statelike: bool = False
    person: bool = False
    comitative: list = field(default_factory=list)   # codes after "с" ("мы с Президентом Казахстана")
    counterpart: bool = False  # "мы с коллегой": the other side by its office, no state named
    lemma: str = ""


def phrase_of(ctx: DocContext, toks: list, head=None) -> Phrase:
    """Read a subject phrase; `head` is its noun when the parse gives one."""
    ph = Phrase(lemma=head.lemma if head is not None else "")
    if not toks:
        return ph
    toks = _with_coordinated_adjectives(ctx, toks)
    keep = _without_obliques(ctx, toks, head)
    comit_ids = _comitative_ids(ctx, keep)
    ph.first = any(t.lemma in ctx.words("first") and t.text != "US" for t in keep)   # "US": a state
    main = [t for t in keep if t.id not in comit_ids] if ctx.lang == "ru" else keep
    comit = [t for t in keep if t.id in comit_ids]
    ph.codes = state_codes(ctx, main)
    ph.comitative = state_codes(ctx, comit)
    ph.counterpart = any(t.lemma in _COUNTERPARTS for t in comit)
    ph.person = bool(ctx.people and ctx.people.in_span(main[0].start, main[-1].stop)) if main else False
    if head is not None:
        _read_head(ctx, ph, head)
    else:
        lemmas = {t.lemma for t in main}
        ph.joint_noun = bool(lemmas & ctx.words("joint"))
        ph.statelike = bool(lemmas & ctx.words("statelike"))
    if not ph.joint_noun and (_each_of_both(ctx, toks) or ctx.lang != "ru" and _joint_body_en(ctx, main)):
        ph.joint_noun = True
    return ph


_COUNTERPARTS = frozenset({"коллега", "собеседник", "визави", "партнер"})
_ADJ_JOINERS = frozenset({"и", ","})


def _with_coordinated_adjectives(ctx: DocContext, toks: list) -> list:
    """"Минская и Омская области намерены …", "в планах Брянской и Гомельской областей": the
    parse may hang the first of coordinated adjectives outside the noun's phrase; adjectives
    right before the phrase's first adjective, joined by "и" or a comma and in its case,
    belong to it (two regions of two states are both sides)."""
    if ctx.lang != "ru" or toks[0].pos != "ADJ":
        return toks
    tokens, first, extra = ctx.doc.tokens, toks[0], []
    i = first.index
    while i >= 2 and tokens[i - 1].text in _ADJ_JOINERS and tokens[i - 2].pos == "ADJ" \
            and tokens[i - 2].feats.get("Case") == first.feats.get("Case") \
            and tokens[i - 2].sent == first.sent and tokens[i - 2] not in toks:
        extra[:0] = tokens[i - 2:i]
        i -= 2
    return extra + toks if extra else toks


_BODY_MODIFIERS = word_list("joint_body_modifiers")
_BODY_NOUNS = word_list("joint_body_nouns")


def _joint_body_en(ctx: DocContext, toks: list) -> bool:
    """"The joint commission will meet every two months", "This committee will monitor …"
    (after a joint committee was named): a body of both sides acts for both."""
    low = [t.text.lower() for t in toks]
    if any(w in _BODY_MODIFIERS and _BODY_NOUNS & set(low[k + 1:k + 3]) for k, w in enumerate(low)):
        return True
    if len(low) == 2 and low[0] in ("the", "this") and low[1] in _BODY_NOUNS:
        before = ctx.text[max(0, toks[0].start - 3000):toks[0].start].lower()
        return any(f"{m} {low[1]}" in before for m in _BODY_MODIFIERS)
    return False


_EACH = frozenset({"каждый", "each"})


def _each_of_both(ctx: DocContext, toks: list) -> bool:
    """"Каждая из сторон вложит по $500 млн", "each of the two countries will …": each side
    does it, so both do."""
    return any(a.lemma in _EACH and b.lemma in ("из", "of") and c.lemma in ctx.words("joint")
               for a, b, c in zip(toks, toks[1:], toks[2:]))


def _without_obliques(ctx: DocContext, toks: list, head) -> list:
    """The phrase without oblique adjuncts and their dependents; "с" (comitative) stays."""
    keep = []
    drop_ids = set()
    for t in toks:
        h = ctx.head(t) if ctx.lang == "ru" else None
        if h is not None and h.id in drop_ids:
            drop_ids.add(t.id)
            continue
        if t.pos in _NOMINALS:
            cases = [k.lemma for k in ctx.kids(t) if k.rel == "case"]
            if cases and cases[0] in OBLIQUE_CASES and t is not head:
                drop_ids.add(t.id)
                continue
        keep.append(t)
    return keep


def _comitative_ids(ctx: DocContext, toks: list) -> set:
    """Token ids of the "с …" groups ("мы с Президентом Казахстана")."""
    ids = set()
    for t in toks:
        if any(k.rel == "case" and k.lemma in ("с", "со") for k in ctx.kids(t)):
            ids |= {x.id for x in ctx.subtree(t, 12)}
    return ids


def _read_head(ctx: DocContext, ph: Phrase, head) -> None:
    """Joint and state-like by the head noun: a plural joint word, coordinated plural nouns,
    a state word or a state-like apposition."""
    ph.joint_noun = (head.lemma in ctx.words("joint") and is_plural(ctx, head)) or \
        head.lemma in ctx.words("jointbody")
    ph.statelike = head.lemma in ctx.words("statelike") or bool(
        covering(ctx.states, head.start)) or any(
        k.lemma in ctx.words("statelike") for k in ctx.kids(head) if k.rel in ("appos", "flat", "flat:name"))
    if head.feats.get("Number") == "Plur" and any(k.rel == "conj" for k in ctx.kids(head)):
        ph.joint_noun = True
    if any(k.rel == "nmod" and k.lemma in ("страна", "государство") and any(
            n.lemma in ("два", "оба") for n in ctx.kids(k)) and not any(
            n.lemma == "между" for n in ctx.kids(k)) for k in ctx.kids(head)):
        ph.joint_noun = True    # "Центральные банки двух стран планируют …": the bodies of both


def of_owner(unit: list, i: int) -> Optional[tuple[int, int]]:
    """"the intention of the Uzbek side to …", "the desire of Kazakhstan to …": the words
    between "of" and "to" after a position noun, or None."""
    if i + 1 >= len(unit) or unit[i + 1].text.lower() != "of":
        return None
    end = next((k for k in range(i + 2, min(len(unit), i + 8)) if unit[k].text.lower() == "to"), None)
    return (i + 2, end) if end is not None and end > i + 2 else None


def name_starts(unit: list, j: int, i: int, counterpart: bool = True) -> bool:
    """A name begins at ``j`` (before the cue or stop at ``i``): "Russia", "the United Kingdom"
    (the article is part of the name), or the other side's leader: "… and his Ugandan
    counterpart Yoweri Museveni"."""
    if counterpart and unit[j].text.lower() in ("his", "her") and any(
            t.text.lower() in ("counterpart", "counterparts") for t in unit[j + 1:min(j + 4, i)]):
        return True
    if unit[j].text.lower() == "the" and j + 1 < i:
        j += 1
    return unit[j].text[:1].isupper()


def name_after_and(unit: list, k: int, stop: int) -> bool:
    """A state's name goes on after the "and" at ``k``, before ``stop``: "Japan and Korea",
    "Japan and the United States", "Malaysia and the Philippines"."""
    return k + 1 < stop and name_starts(unit, k + 1, stop, counterpart=False)
