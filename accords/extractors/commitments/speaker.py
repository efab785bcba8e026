"""Whose words a clause is: the state of its speaker.

A clause inside a quote is the quoted speaker's; a clause after "По словам X, …" is X's; a
clause under a verb of saying ("X подчеркнул, что …") is the saying subject's. A pronoun
("он") stands for the last person named before it.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from .context import DocContext
from .parties import is_role, named_states, state_codes
from .phrase import phrase_of
from .transcript import label_state

_ATTRIBUTION_NOUNS = ("слово", "мнение")   # "по словам", "по мнению"


def speaker_state(ctx: DocContext, p, governor) -> Optional[str]:
    """The state of whoever says the clause: the quote's speaker, or the subject of the verb
    of saying that governs it ("X подчеркнул, что …")."""
    q = ctx.quote_at(p.start)
    if q is not None and (q.country or q.start in ctx.quote_state):
        return q.country or ctx.quote_state[q.start]
    decided, state = _according_to(ctx, p)
    if decided:
        return state
    return _saying_subject_state(ctx, governor) or _trailing_sayer_state(ctx, p) or label_state(ctx, p.start)


def _trailing_sayer_state(ctx: DocContext, p) -> Optional[str]:
    """"Важно расширять …, — отметил министр": a verb of saying after the clause, hung
    under its predicate, says whose words it is."""
    speech = ctx.words("speech")
    for k in ctx.kids(p):
        if k.rel == "parataxis" and k.lemma in speech and k.start > p.start:
            subj = next((x for x in ctx.kids(k) if x.rel.startswith("nsubj")), None)
            return _sayer_state(ctx, subj) if subj is not None else None
    return _closing_sayer_state(ctx, p, speech)


_SAYING_MARKS = frozenset({",", "—", "–", "-"})


def closing_sayer_of_a_goal(ctx: DocContext, p) -> Optional[str]:
    """"…, а задачей является выход на 5 млн тонн, сообщил в пятницу иранский посол в
    Астане …": the sayer closing a goal's sentence, his own words and the verb's adjuncts of
    time and place not counted in the tail (work real34; for goals only: a thing's future so
    read became a party's forecast in a blind set)."""
    if p.sent >= len(ctx.doc.sents):
        return None
    return _closing_sayer_state(ctx, p, ctx.words("speech"), lenient=True)


def _closing_sayer_state(ctx: DocContext, p, speech, lenient: bool = False) -> Optional[str]:
    """"Оборот достиг $5 млрд, надо довести его до $15 млрд, сказал Эрдоган.": words ended
    by a verb of saying and its subject close the sentence, however the parse hung them."""
    if p.sent >= len(ctx.doc.sents) or p.pos == "NOUN" and not lenient:
        return None     # "…, что говорит о важности взаимодействия, отметил он": a noun states no plan
    toks = ctx.doc.sents[p.sent].tokens
    for k in range(1, len(toks)):
        t = toks[k]
        if t.start <= p.start or t.lemma not in speech or toks[k - 1].text not in _SAYING_MARKS:
            continue
        subj = next((x for x in ctx.kids(t) if x.rel.startswith("nsubj") and x.start > t.start), None)
        if subj is None:
            continue
        own = {x.id for x in ctx.subtree(subj, 12)} | {
            x.id for a in ctx.kids(t) if a.rel == "obl" for x in ctx.subtree(a, 6)} if lenient else set()
        rest = [x for x in toks[k + 1:] if x.pos != "PUNCT" and x.id not in own
                and not (lenient and x.pos == "PROPN")]
        if len(rest) <= 6:
            return _sayer_state(ctx, subj)
    return None


def impersonal_saying(ctx: DocContext, p) -> bool:
    """The clause hangs under a verb of saying with no one saying it ("Было отмечено, что …",
    "отмечалось, что …", "it was stressed that"): the meeting's words, both sides'."""
    speech = ctx.words("speech")
    g = ctx.head(p)
    for _ in range(3):
        if g is None:
            return False
        if g.lemma in speech or g.lemma.endswith("ся") and g.lemma[:-2] in speech:
            # "было отмечено", "отмечалось", "подчеркивалась важность"
            passive = g.feats.get("Voice") == "Pass" or g.feats.get("VerbForm") == "Part" \
                or g.text.lower().endswith(("ось", "лась", "лись"))
            agent = any(k.rel == "nsubj" or k.rel == "obl:agent" for k in ctx.kids(g))   # not the thing noted
            return passive and not agent
        g = ctx.head(g)
    return False


def _according_to(ctx: DocContext, p) -> tuple[bool, Optional[str]]:
    """(True, state) when an attribution before the cue ("По словам X, …") names a party."""
    if p.sent >= len(ctx.doc.sents):
        return False, None
    return attribution_in(ctx, ctx.doc.sents[p.sent], p.start)


def attribution_in(ctx: DocContext, sent, before: int) -> tuple[bool, Optional[str]]:
    """(True, state) when the sentence gives its words as someone's before position
    ``before`` ("По словам X, …", "по его мнению") and that someone names a party."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        if _opens_attribution(toks, k, before):
            who = _attributed_to(toks, k, before)
            if who:
                decided, state = _state_of_words(ctx, who)
                if decided:
                    return True, state
    return False, None


def _opens_attribution(toks: list, k: int, before: int) -> bool:
    """"по словам", "по его мнению" before the position."""
    t = toks[k]
    return bool(t.lemma in _ATTRIBUTION_NOUNS and t.stop <= before and k and (
        toks[k - 1].lemma == "по" or (k > 1 and toks[k - 2].lemma == "по")))


def _attributed_to(toks: list, k: int, before: int) -> list:
    """The words naming whose words they are: "по его мнению" → [его]; "по словам X, …" →
    the words up to the comma."""
    who = [toks[k - 1]] if toks[k - 1].lemma != "по" else []
    for x in toks[k + 1:] if not who else []:
        if x.text == "," or x.start >= before:
            break
        who.append(x)
    return who


def _state_of_words(ctx: DocContext, who: list) -> tuple[bool, Optional[str]]:
    """(True, state) when the attributed words name one state, a person's, or both parties."""
    if who[0].lemma in ctx.words("third") and ctx.people:
        return True, ctx.people.country(ctx.people.last_before(who[0].start))
    codes = state_codes(ctx, who)
    if len(codes) == 1:
        return True, codes[0]
    if len(codes) > 1 or any(x.lemma in ctx.words("joint") and x.feats.get("Number") == "Plur" for x in who):
        return True, "JOINT"
    return False, None


def _saying_subject_state(ctx: DocContext, governor) -> Optional[str]:
    """The state of the subject of the verb of saying the clause hangs under, climbing at
    most three heads."""
    speech = ctx.words("speech")
    g = governor
    for _ in range(3):
        if g is None:
            break
        if g.rel in ("ccomp", "parataxis", "advcl") or g.lemma in speech:
            h = ctx.head(g) if g.lemma not in speech else g
            if h is not None and h.lemma in speech:
                subj = next((k for k in ctx.kids(h) if k.rel.startswith("nsubj")), None)
                return _sayer_state(ctx, subj) if subj is not None else None
        g = ctx.head(g)
    return None


def _sayer_state(ctx: DocContext, subj) -> Optional[str]:
    """The state of the subject of a verb of saying."""
    ph = phrase_of(ctx, ctx.subtree(subj, 14), subj)
    third = subj.lemma in ctx.words("third")
    if third and (titled := titled_subject_since(ctx, subj.start)):
        return in_turn(ctx, subj, titled) or titled   # "американский лидер …, он подчеркнул"
    if len(set(ph.codes)) == 1:
        return (third and in_turn(ctx, subj, ph.codes[0])) or ph.codes[0]
    if len(set(ph.codes)) > 1 or ph.joint_noun:
        return "JOINT"
    if third:
        i = ctx.people.last_before(subj.start) if ctx.people else None
        named = ctx.people.country(i) if i is not None else _titled_before(ctx, subj)
        return in_turn(ctx, subj, named) or named
    if ctx.people and is_role(ctx, subj) and not ph.codes:
        return _role_holder_state(ctx, subj)
    return None


_SUBJECT_REACH = 400    # tokens back to a titled subject "он" stands for


def titled_subject_since(ctx: DocContext, pos: int) -> Optional[str]:
    """"Глава правительства отметил … Он выразил надежду …", "американский лидер не стал
    исключать …, он подчеркнул": a person named by a title as a subject after the last name
    mentioned is whom "он" stands for, not that name (a host thanked, a guest met)."""
    if not ctx.people:
        return None
    last = ctx.people.last_stop_before(pos)
    # a bounded reach back (a long text without names would otherwise be read again from its
    # last name for every "он")
    starts = ctx.doc.cached("_token_starts", lambda d: [t.start for t in d.tokens])
    reach = ctx.doc.tokens[max(0, bisect_left(starts, pos) - _SUBJECT_REACH)].start if starts else 0
    found = None
    for t in ctx.doc.tokens_in(max(last, reach), pos):
        if t.rel in ("nsubj", "nsubj:pass") and t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" \
                and t.feats.get("Number") == "Sing":
            found = _title_state(ctx, ctx.subtree(t, 6), t.start) or found
    return found


def _title_state(ctx: DocContext, toks: list, pos: int) -> Optional[str]:
    """The one state a titled subject names ("американский лидер") or, naming none, the state
    of the person its longest title stands for ("глава правительства": the head of government,
    not whoever a bare "глава" would be)."""
    codes = set(named_states(ctx, toks))
    if codes:
        return codes.pop() if len(codes) == 1 else None
    titles = [(words, role) for words, role in ctx.lex.roles for i in range(len(toks))
              if all(i + j < len(toks) and w in (toks[i + j].lemma, toks[i + j].text.lower())
                     for j, w in enumerate(words))]
    if not titles:
        return None
    words, role = max(titles, key=lambda f: len(f[0]))
    if role == "any":
        return None     # a bare "глава" tells no one
    i = ctx.people.by_role(role, None, pos, words)
    return ctx.people.country(i) if i is not None else None


_TITLED_REACH = 80     # tokens back to an unnamed titled speaker


def _titled_before(ctx: DocContext, subj) -> Optional[str]:
    """"Посол Турции: … ¶ «…», — сказал он": with no one named, "он" is the last official
    the text names by a title with one state."""
    toks = ctx.doc.tokens
    for k in range(subj.index - 1, max(-1, subj.index - _TITLED_REACH), -1):
        t = toks[k]
        if t.pos == "NOUN" and is_role(ctx, t):
            codes = set(phrase_of(ctx, ctx.subtree(t, 6), t).codes)
            if len(codes) == 1:
                return codes.pop()
    return None


def _role_holder_state(ctx: DocContext, subj) -> Optional[str]:
    """"…, — отметил министр": the last person named before whose role is that word."""
    best = None
    for o in ctx.people.occurrences:
        if o.start >= subj.start:
            break
        role = (ctx.people.persons[o.person].role or "").lower()
        if subj.lemma in role or subj.text.lower() in role:
            best = o.person
    return ctx.people.country(best) if best is not None else None


def in_turn(ctx: DocContext, subj, named: Optional[str]) -> Optional[str]:
    """"X заявил на встрече с монгольским коллегой. Он, в свою очередь, добавил …": "in turn"
    hands the word to the other side of the two."""
    after = [t.text.lower() for t in ctx.doc.tokens[subj.index + 1:subj.index + 5]]
    if "свою" not in after or "очередь" not in after or named not in ctx.parties \
            or len(set(ctx.parties)) != 2:
        return None
    return next((x for x in ctx.parties if x != named), None)
