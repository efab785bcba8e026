"""Russian triggers: each lexicon row's kind names the check a trigger word must pass
("verb_obj": the verb takes one of the listed objects and reports a done act)."""
from __future__ import annotations

from dataclasses import dataclass

from ...lexicon import word_list
from .lexicon import RuLex
from .ru_args import (SHORT_PART, SHORT_PART_VERB, domestic, facility_after, has_arg,
                      in_place, joint, modified_by, occurred, person_arg, topic_of)
from .ru_done import Sent, conditional, noun_done, planned, tense, verb_done, verb_form

_NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})
_SIGN_IN_PLACE = word_list("events_ru_triggers_sign_in_place")


@dataclass(frozen=True)
class _Candidate:
    """A trigger word in its sentence, with what the checks read."""
    s: Sent
    i: int
    tok: object
    lex: RuLex
    n_states: int


def _lookup(lex: RuLex, t) -> list:
    """Triggers of a token; a compound takes its last part ('онлайн-заседание')."""
    got = lex.triggers.get(t.lemma)
    if got is None and "-" in t.lemma:
        got = lex.triggers.get(t.lemma.rsplit("-", 1)[-1])
    if got is None and t.pos == "ADV":
        low = t.text.lower().replace("ё", "е")
        if SHORT_PART.match(low):
            got = lex.triggers.get(SHORT_PART_VERB.get(low.rstrip("о"), ""))
    return got or []


# ---------------------------------------------------------------- verb triggers

def _verb(c: _Candidate, typ: str, args: frozenset) -> bool:
    return verb_done(c.s, c.tok, c.lex, True) and not (typ == "AGREE" and domestic(c.s, c.tok, c.lex))


def _verb_person(c: _Candidate, typ: str, args: frozenset) -> bool:
    return person_arg(c.s, c.tok) and verb_done(c.s, c.tok, c.lex, True)


def _verb_inf(c: _Candidate, typ: str, args: frozenset) -> bool:
    return any(k.rel == "xcomp" and verb_form(k) == "Inf" for k in c.s.children(c.tok)) \
        and verb_done(c.s, c.tok, c.lex, True)


def _verb_obj(c: _Candidate, typ: str, args: frozenset) -> bool:
    return has_arg(c.s, c.tok, args) and verb_done(c.s, c.tok, c.lex, True)


def _in_force(c: _Candidate, typ: str, args: frozenset) -> bool:
    """"Вступил в силу Договор …", "в рамках вступившего в силу договора": an agreement (one of
    the argument nouns, as the subject or as the noun the participle qualifies) came into force."""
    if not any(k.lemma == "сила" for k in c.s.children(c.tok)):
        return False
    head = c.s.head(c.tok)
    agreement = any(k.lemma in args and k.rel.startswith("nsubj") for k in c.s.children(c.tok)) \
        or verb_form(c.tok) == "Part" and head is not None and head.lemma in args
    return agreement and (verb_form(c.tok) == "Part" or verb_done(c.s, c.tok, c.lex, True))


def _verb_given(c: _Candidate, typ: str, args: frozenset) -> bool:
    """Aid given, or announced as given ("Китай предоставит Кыргызстану безвозмездную
    помощь", "выделила €2 млн"): a perfective future states the grant, unless a plan or a
    condition governs it."""
    t = c.tok
    if not has_arg(c.s, t, args):
        return False
    if verb_done(c.s, t, c.lex, True):
        return True
    # "Россия выделяет Кубе два госкредита": a grant made now, told in the present
    return tense(t) in ("Fut", "Pres") and verb_form(t) == "Fin" and not conditional(c.s, t) \
        and not planned(c.s, t, c.lex)


def _verb_mod(c: _Candidate, typ: str, args: frozenset) -> bool:
    return modified_by(c.s, c.tok, args) and verb_done(c.s, c.tok, c.lex, True)


def _verb_joint(c: _Candidate, typ: str, args: frozenset) -> bool:
    credit = c.lex.ctx.get("credit", frozenset())
    return (has_arg(c.s, c.tok, args) and verb_done(c.s, c.tok, c.lex, True)
            and joint(c.s, c.lex, c.n_states, args)
            and not has_arg(c.s, c.tok, credit) and not _credit_line_opened(c, credit))


def _credit_line_opened(c: _Candidate, credit: frozenset) -> bool:
    """"кредитной линии ..., открытой в 2024 году": the participle's noun is a credit line."""
    h = c.s.head(c.tok)
    return h is not None and c.tok.feats.get("VerbForm") == "Part" and any(
        g.lemma in credit for g in c.s.children(h))


def _short_participle_joint(c: _Candidate, typ: str, args: frozenset) -> bool:
    """"открыто совместное предприятие": a short participle some parses take for an
    adverb; its subject is the facility noun right after it."""
    s, i = c.s, c.i
    return facility_after(s, i, args) and joint(s, c.lex, c.n_states) \
        and not any(x.lemma == "быть" for x in s.toks[max(0, i - 2):i])


# ---------------------------------------------------------------- noun triggers

def _noun(c: _Candidate, typ: str, args: frozenset) -> bool:
    s, t, i, lex = c.s, c.tok, c.i, c.lex
    if typ == "CONSULT" and _with_the_press(s, i):
        return False
    if t.lemma == "договоренность" and any(x.lemma == "с" for x in s.toks[i + 1:i + 3]):
        return False    # "договоренности с компанией": whose they are decides (``noun_with``)
    return noun_done(s, t, lex) and not (typ == "AID" and (
        t.rel == "fixed" or (i > 0 and s.toks[i - 1].lemma in lex.ctx.get("instrument", ()))
        or topic_of(s, t, lex) or _care(s, t, lex)))


def _care(s: Sent, t, lex: RuLex) -> bool:
    """"первичной медико-санитарной помощи", "скорой помощи": a kind of health care, not aid
    one state gives another."""
    return any(c.lemma in lex.ctx.get("care", ()) for c in s.children(t) if c.rel == "amod")


_PRESS = frozenset({"журналист", "корреспондент", "агентство", "газета", "издание", "телеканал", "сми"})


def _with_the_press(s: Sent, i: int) -> bool:
    """"в беседе с «Известиями»", "в беседе с журналистами": an interview, no meeting of states."""
    toks = s.toks
    if toks[i].lemma not in ("беседа", "разговор") or i + 2 >= len(toks) or toks[i + 1].lemma != "с":
        return False
    nxt = toks[i + 2]
    return nxt.text in ("«", '"', "“") or nxt.lemma in _PRESS


def _noun_at(c: _Candidate, typ: str, args: frozenset) -> bool:
    """"сказал Патрушев на межправительственной комиссии", "во время межправительственной
    комиссии": a body named as where something was said sat in session (a body alone,
    "комиссия по сотрудничеству", is no meeting)."""
    k = c.i - 1
    while k >= 0 and (c.s.toks[k].pos == "ADJ" or c.s.toks[k].lemma.endswith(_ADJ_ENDINGS)):
        k -= 1      # (the parse often hangs "на" on an adjective; "кыргызско-китайской" is tagged a noun)
    toks = c.s.toks
    at = k >= 0 and (toks[k].lemma == "на" or toks[k].lemma in ("время", "ход", "рамка")
                     and k >= 1 and toks[k - 1].lemma in ("в", "во"))   # "во время/в ходе/в рамках комиссии"
    return at and (noun_done(c.s, c.tok, c.lex) or any(
        t.lemma in c.lex.ctx.get("said", ()) and t.feats.get("Tense") == "Past" for t in toks))


def _noun_with(c: _Candidate, typ: str, args: frozenset) -> bool:
    """"договоренности Беларуси с африканскими странами": agreements a state holds with another
    (a state or a state's word right after "с")."""
    toks = c.s.toks
    for k in range(c.i + 1, min(len(toks), c.i + 5)):
        if toks[k].lemma == "с":
            head = next((t for t in toks[k + 1:k + 4] if t.pos != "ADJ"), None)
            return head is not None and (head.pos == "PROPN" or head.lemma in _STATE_NOUNS)
        if toks[k].text in (",", ".", ";", ":"):
            return False
    return False


_ADJ_ENDINGS = ("ский", "цкий", "ный", "ной")
_STATE_NOUNS = frozenset({"страна", "государство", "сторона", "партнер"})


def _noun_of(c: _Candidate, typ: str, args: frozenset) -> bool:
    return any(x.lemma in args for x in c.s.children(c.tok)) and noun_done(c.s, c.tok, c.lex)


def _noun_occur(c: _Candidate, typ: str, args: frozenset) -> bool:
    # the parse of a long genitive chain often hangs the facility elsewhere
    s, t, i = c.s, c.tok, c.i
    return ((has_arg(s, t, args) or any(x.lemma in args for x in s.toks[i + 1:i + 5]))
            and occurred(s, t, c.lex) and joint(s, c.lex, c.n_states, args))


def _noun_done(c: _Candidate, typ: str, args: frozenset) -> bool:
    # parses of long nominal chains break often: a few words around will do
    s, i = c.s, c.i
    lo, hi = max(0, i - 6), min(len(s.toks), i + 4)
    # ("намерены достичь договоренности": an agreement sought under a plan word is none yet)
    return any(x.lemma in args and not (verb_form(x) == "Inf" and planned(s, x, c.lex))
               for x in s.toks[lo:hi] if x is not c.tok)


_VERB_CHECKS = {"verb": _verb, "verb_person": _verb_person, "verb_inf": _verb_inf,
                "verb_obj": _verb_obj, "verb_given": _verb_given, "verb_mod": _verb_mod,
                "verb_joint": _verb_joint, "in_force": _in_force}
_NOUN_CHECKS = {"noun": _noun, "noun_at": _noun_at, "noun_with": _noun_with, "noun_of": _noun_of,
                "noun_occur": _noun_occur, "noun_done": _noun_done}


def _is_done_act(c: _Candidate, kind: str, typ: str, args: frozenset) -> bool:
    """Does the trigger pass the check its kind names, for its part of speech?"""
    t = c.tok
    verbal = t.pos in ("VERB", "AUX") or verb_form(t) in ("Part", "Conv", "Inf", "Fin")
    if verbal and kind in _VERB_CHECKS:
        return _VERB_CHECKS[kind](c, typ, args)
    if t.pos in _NOUNISH and kind in _NOUN_CHECKS:
        return _NOUN_CHECKS[kind](c, typ, args)
    if kind == "verb_joint" and t.pos == "ADV" and SHORT_PART.match(t.text.lower()):
        return _short_participle_joint(c, typ, args)
    return False


def ru_triggers(sent, lex: RuLex, n_states: int = 0) -> list[tuple[str, object]]:
    """(type, trigger token) for every done act in the sentence."""
    s = Sent(sent)
    found: list[tuple[str, object]] = []
    for i, t in enumerate(s.toks):
        for kind, typ, args in _lookup(lex, t):
            if _is_done_act(_Candidate(s, i, t, lex, n_states), kind, typ, args):
                found.append((typ, t))
                if typ == "AGREE" and t.lemma in _SIGN_IN_PLACE and in_place(s, t):
                    found.append(("CONSULT", t))   # signed in Astana: the sides met there
    return found
