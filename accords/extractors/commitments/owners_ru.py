"""Who owns a Russian noun cue ("готовность Казахстана", "намерения двух стран",
"стремление сторон"): its nominal modifiers, read for the states and parties they name."""
from __future__ import annotations

from typing import Optional

from ...nlp.ranges import covering
from .context import DocContext
from .phrase import phrase_of
from .subject import subject_of


def noun_owners(ctx: DocContext, p) -> list:
    """The nominal modifiers that own a noun cue ("готовность Казахстана")."""
    return [k for k in ctx.kids(p) if k.rel in ("nmod", "amod") and k.pos in ("NOUN", "PROPN", "ADJ")
            and not any(x.rel == "case" for x in ctx.kids(k))]


def party_owners(ctx: DocContext, own: list) -> list:
    """The owners that could name a party ("готовность сторон", "наш настрой"), not what the
    noun is about ("важность подготовки") nor how it is held ("обоюдный настрой")."""
    out = []
    for k in own:
        ph = phrase_of(ctx, ctx.subtree(k, 8), k)
        if ph.codes or ph.person or ph.first or ph.joint_noun or ph.statelike:
            out.append(k)
    return out


def joint_sayers(ctx: DocContext, p) -> bool:
    """"Стороны высказались о необходимости …": the noun cue is stated by both sides."""
    subj, _ = subject_of(ctx, ctx.head(p) or p)
    return subj is not None and phrase_of(ctx, [subj], subj).joint_noun


def action_of(ctx: DocContext, k) -> bool:
    """An action noun the cue is of ("завершения", "интеграции"), not a state ("Франции")."""
    return k.lemma.endswith(("ние", "тие", "ция")) and not covering(ctx.states, k.start)


def both_own(ctx: DocContext, own: list) -> bool:
    """An owner that names both sides ("намерения двух стран", "стремление сторон", "интерес
    России и Китая")."""
    for k in own:
        if action_of(ctx, k):
            continue     # what the cue is of ("необходимость объединения усилий России и …")
        ph = phrase_of(ctx, [t for t in ctx.subtree(k, 8) if not in_a_name(ctx, t)], k)
        if len(set(ph.codes)) > 1 or ph.joint_noun and not ph.codes:
            return True
    return False


def in_a_name(ctx: DocContext, k) -> bool:
    """A word inside a quoted name ("важность строительства железной дороги «Китай-Кыргызстан-
    Узбекистан»"): the states of a project's name are not the ones who hold the view (work real74)."""
    if k.sent >= len(ctx.doc.sents):
        return False
    before = ctx.text[ctx.doc.sents[k.sent].start:k.start]
    return before.count("«") > before.count("»")


def single_owner_state(ctx: DocContext, own: list) -> Optional[str]:
    """The state of the first owner that names exactly one."""
    for k in own:
        codes = phrase_of(ctx, ctx.subtree(k, 8), k).codes
        if len(codes) == 1:
            return codes[0]
    return None


def plans_owner(ctx: DocContext, p) -> Optional[str]:
    """"В планах сторон / двух областей / Казахстана …": a cue opened by its preposition is
    owned by the genitive after its noun; both sides named there are both."""
    noun = ctx.head(p)
    if noun is None or noun.pos != "NOUN":
        return None
    own = noun_owners(ctx, noun)
    if both_own(ctx, own):
        return "JOINT"
    return single_owner_state(ctx, own)


_THIS = frozenset({"этот", "данный", "та", "тот"})
_THIS_REACH = 400       # characters back to the cue whose state "страна" goes on with


def this_country(ctx: DocContext, subj) -> Optional[str]:
    """"Пакистан готов импортировать … Также страна готова увеличить …": a bare "страна" (or
    "эта страна") as the subject goes on with the one state of the cue just before."""
    if subj.lemma != "страна" or subj.feats.get("Number") != "Sing":
        return None
    if any(k.rel not in ("det", "punct", "cc") or k.rel == "det" and k.lemma not in _THIS for k in ctx.kids(subj)):
        return None     # "наша страна", "страна-партнер": a state said some other way
    last = ctx.last_actor
    if last is None or last[1] == "JOINT" or last[0] < subj.start - _THIS_REACH or last[0] > subj.start:
        return None
    return last[1]
