"""Is a Russian act reported as done? Reads natasha's dependency tree: a verb by its tense,
mood and the plan words above it, a noun by its modifiers and the verb that governs it."""
from __future__ import annotations

from ...nlp.aspect import present_as_future
from .lexicon import RuLex

CORE_RELS = frozenset({"obj", "nsubj", "nsubj:pass", "xcomp", "iobj", "csubj"})
_LOOSE = frozenset({"parataxis", "advcl", "root", "discourse", "vocative", "list"})


class Sent:
    """A sentence's tokens with its dependency tree at hand."""

    def __init__(self, sent):
        self.toks = sent.tokens
        self.by_id = {t.id: t for t in self.toks}
        self.kids: dict[str, list] = {}
        for t in self.toks:
            self.kids.setdefault(t.head_id, []).append(t)

    def head(self, t):
        h = self.by_id.get(t.head_id)
        return None if h is None or h is t else h

    def children(self, t) -> list:
        return [c for c in self.kids.get(t.id, ()) if c is not t]


def tense(t) -> str:
    return t.feats.get("Tense", "")


def verb_form(t) -> str:
    return t.feats.get("VerbForm", "")


def _future_aux(s: Sent, v) -> bool:
    """'будет подписан', 'будут рассматриваться' (natasha tags 'будет' as present); a short
    participle with no auxiliary of its own shares that of the one it is coordinated with
    ("будут приняты решения и подписаны документы")."""
    if any(c.rel in ("aux", "aux:pass", "cop") and c.lemma == "быть"
           and (tense(c) == "Fut" or c.text.lower().startswith("буд"))
           for c in s.children(v)):
        return True
    if v.rel != "conj" or v.feats.get("Variant") != "Short" or any(
            c.rel in ("aux", "aux:pass", "cop") for c in s.children(v)):
        return False
    h = s.head(v)
    return h is not None and h.feats.get("Variant") == "Short" and any(
        c.rel in ("aux", "aux:pass", "cop") and c.lemma == "быть" and c.text.lower().startswith("буд")
        for c in s.children(h))


def conditional(s: Sent, v) -> bool:
    return v.feats.get("Mood") == "Cnd" or any(c.lemma == "бы" for c in s.children(v))


def planned(s: Sent, t, lex: RuLex, depth: int = 3) -> bool:
    """A plan word above the token ("планируется подписание", "предложил подписать")."""
    plan = lex.ctx.get("plan", frozenset())
    cur = t
    for _ in range(depth):
        if cur.rel in _LOOSE:
            return False
        h = s.head(cur)
        if h is None:
            return False
        if h.lemma in plan:
            return True
        if h.pos == "VERB" and verb_form(h) == "Fin":
            return False
        cur = h
    return False


# "не только подписали", "не раз встречались", "не случайно": a "не" that denies nothing
_NOT_DENIAL = frozenset({"только", "лишь", "раз", "однажды", "впервые", "случайно", "менее"})


def _has_not(s: Sent, v) -> bool:
    """A "не" on the word that denies it ("не подписано"; not "не только", "не раз")."""
    for c in s.children(v):
        if c.lemma == "не":
            k = next((j for j, t in enumerate(s.toks) if t is c), None)
            nxt = s.toks[k + 1] if k is not None and k + 1 < len(s.toks) else None
            if nxt is None or nxt.lemma not in _NOT_DENIAL:
                return True
    return False


def negated(s: Sent, v) -> bool:
    """"дата подписания пока не назначена", "соглашение не подписано": a verb denied by its
    "не" reports no act — unless a denial above denies the denial ("нет ощущения, что
    президенты о чем-то не договорились")."""
    if not _has_not(s, v):
        return False
    cur = v
    for _ in range(4):
        cur = s.head(cur)
        if cur is None:
            return True
        if cur.lemma == "нет" or _has_not(s, cur) or any(c.lemma == "нет" for c in s.children(cur)):
            return False
    return True


def verb_done(s: Sent, v, lex: RuLex, trigger: bool, depth: int = 0) -> bool:
    """Does this verb report a done act? ``trigger``: the verb is the event's own predicate."""
    if depth > 3 or conditional(s, v) or _future_aux(s, v) or negated(s, v):
        return False
    form, tns = verb_form(v), tense(v)
    if form == "Inf" or tns == "Fut":
        return False
    if not trigger and v.lemma in lex.ctx.get("plan", ()):
        return False
    if tns == "Past":
        return not planned(s, v, lex)
    if form in ("Conv", "Part"):        # present gerund or participle: the clause above decides
        h = s.head(v)
        return h is not None and h.pos in ("VERB", "AUX") and verb_done(s, h, lex, False, depth + 1)
    if tns == "Pres":
        return (trigger or v.lemma in lex.ctx.get("ongoing", ())) and not planned(s, v, lex) \
            and not present_as_future(v)
    return False


def _pred_done(s: Sent, p, lex: RuLex) -> bool:
    """A non-verbal predicate ("переговоры будут двухсторонние"): its copula decides."""
    for c in s.children(p):
        if c.rel in ("cop", "aux") and c.lemma == "быть":
            return tense(c) == "Past"
    return False


def _modifiers_decide(s: Sent, n, lex: RuLex) -> bool | None:
    """A modifier that settles the noun's tense: "предстоящий визит", "перед переговорами"
    (not done), "недавняя встреча", "состоявшийся разговор" (done); None when none does."""
    ctx = lex.ctx
    for c in s.children(n):
        if c.lemma in ctx.get("future_mod", ()):
            return False
        if c.rel == "case" and c.lemma in ctx.get("before", ()):
            return False
    for c in s.children(n):   # "недавняя встреча", "состоявшийся разговор", "переговоры, которые пройдут"
        if c.lemma in ctx.get("done_mod", ()) and c.rel in ("amod", "acl", "acl:relcl", "nsubj"):
            return c.pos != "VERB" or verb_done(s, c, lex, True)
    return None


def _prepared_before(s: Sent, h, cur, lex: RuLex) -> bool:
    """A participle with a 'before' phrase: "подготовленных к подписанию на саммите"."""
    return verb_form(h) == "Part" and any(
        g.rel == "case" and g.lemma in lex.ctx.get("before", ())
        for c in s.children(h) if c is not cur for g in s.children(c))


def _governing_verb_done(s: Sent, h, cur, lex: RuLex) -> bool:
    """The verb governing the noun decides; a plan verb the noun is only the setting of
    ("на встрече договорились") counts when it is a finite past."""
    ctx = lex.ctx
    if _prepared_before(s, h, cur, lex):
        return False
    core = cur.rel in CORE_RELS or any(c.rel == "case" and c.lemma in ("о", "об")
                                       for c in s.children(cur))
    if not core and h.lemma in ctx.get("plan", ()):
        # "на встрече договорились": the meeting is the setting of a done act
        return tense(h) == "Past" and verb_form(h) == "Fin"
    return verb_done(s, h, lex, False)


def _planned_noun_above(s: Sent, h, lex: RuLex) -> bool:
    """A plan noun or a future/'before' modifier on the noun above ("подготовленных к
    подписанию на форуме")."""
    ctx = lex.ctx
    return h.lemma in ctx.get("plan_noun", ()) or any(
        c.lemma in ctx.get("future_mod", ()) or c.rel == "case" and c.lemma in ctx.get("before", ())
        for c in s.children(h))


def headline(s: Sent) -> bool:
    """A line with no verb and no full stop ("Переговоры Жапарова и Путина: товарооборот и
    подписание документов"): a news headline, which names what happened."""
    return bool(s.toks) and s.toks[-1].text not in (".", "!", "?", "…") \
        and not any(t.pos in ("VERB", "AUX") for t in s.toks)


def _after(s: Sent, n, lex: RuLex) -> bool | None:
    """"После переговоров было объявлено …": what is told happened after the act, so the act
    took place — unless that is still to come ("после переговоров подпишут"). None when
    the noun has no 'after' preposition."""
    if not any(c.rel == "case" and c.lemma in lex.ctx.get("after", ()) for c in s.children(n)):
        return None
    h = s.head(n)
    for _ in range(6):   # bounded, as ``noun_done``'s climb: a broken parse never loops
        if h is None or h.pos in ("VERB", "AUX"):
            break
        h = s.head(h)
    if h is None or h.pos not in ("VERB", "AUX"):
        return True
    return not (conditional(s, h) or _future_aux(s, h) or tense(h) == "Fut" or verb_form(h) == "Inf")


_SETTING = frozenset({"на", "в", "во", "ход"})


def _said_at(s: Sent, n, lex: RuLex) -> bool:
    """"…, заявил Эрдоган на заседании Совета": the occasion of a past verb of saying right
    before it, where the parse hung the noun on no verb (on the adjective of the speaker's
    words: "готов", "намерены")."""
    if not any(c.rel == "case" and c.lemma in _SETTING for c in s.children(n)) and not (
            s.head(n) is not None and s.head(n).lemma == "ход"):
        return False
    i = next((k for k, t in enumerate(s.toks) if t is n), None)
    if i is None:
        return False
    for t in reversed(s.toks[max(0, i - 9):i]):
        if t.lemma in ("что", "чтобы", "как", "когда", "где"):
            return False
        if t.pos in ("VERB", "AUX"):
            return t.lemma in lex.ctx.get("said", ()) and tense(t) == "Past" and verb_form(t) == "Fin"
    return False


def noun_done(s: Sent, n, lex: RuLex) -> bool:
    """Is the act a noun names reported as done? Modifiers first, then the governing verb."""
    settled = _modifiers_decide(s, n, lex)
    if settled is None:
        settled = _after(s, n, lex)
    if settled is not None:
        return settled
    cur = n
    for _ in range(6):
        h = s.head(cur)
        if h is None:
            if headline(s) and s.children(n):
                return True     # "Переговоры Жапарова и Путина", not a bare word
            return (_pred_done(s, cur, lex) if cur is not n else False) or _said_at(s, n, lex)
        if h.pos in ("VERB", "AUX"):
            return _governing_verb_done(s, h, cur, lex)
        if _planned_noun_above(s, h, lex):
            return False
        if h.pos in ("ADJ",) and any(c.rel == "cop" for c in s.children(h)):
            return _pred_done(s, h, lex)
        cur = h
    return False
