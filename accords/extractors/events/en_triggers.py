"""English triggers. English has no parse here: the words before a trigger decide
("will", "to be signed" make a plan), and cue words in the sentence say an act was done."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..phrases import match_words
from .lexicon import EnLex

_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ian|ish|ese|i|ek|kh|ic|ch|k)-[A-Z][a-z]+"
                      r"(?:an|ian|ish|ese|i|ek|kh|ic|ch|k)$")


def _match_words(words: Sequence[str], i: int, pat: tuple) -> int:
    """Length of the match of pat at i (0 when none); '*' is any one word."""
    got = match_words(len(words), i, pat, lambda p, j: p == "*" or words[j] == p, gap_word=None)
    return len(pat) if got is not None else 0


def _any_at(words: Sequence[str], i: int, pats) -> bool:
    return any(_match_words(words, i, p) for p in pats)


def _en_future(words: Sequence[str], i: int, lex: EnLex, window: int = 3,
               clause: bool = False) -> bool:
    """A plan word just before the trigger; with ``clause``, anywhere in the words before
    it up to a comma ("proposed holding a Qatar-Uzbekistan investment forum")."""
    single = {p[0] for p in lex.ctx.get("future", ()) if len(p) == 1 and p[0] != "to"}
    for j in range(i - 1, max(-1, i - window - 1), -1):
        if clause and words[j] in (",", ";", ":", "—", "–", "and", "but"):
            break
        if words[j] in single:
            return True
    if i >= 1 and words[i - 1] == "to":
        return True
    return i >= 2 and words[i - 2] == "to" and words[i - 1] == "be"


@dataclass
class _EnSentence:
    """A sentence's lower-cased words and the context word lists the checks read."""
    toks: list
    words: list
    lex: EnLex
    cues: set
    aid_cues: set
    preps: tuple
    facility: tuple
    persons: set
    credit: set
    has_joint: bool
    sent_future: bool


def _en_sentence(sent, lex: EnLex, n_states: int) -> _EnSentence:
    toks = sent.tokens
    words = [t.text.lower().replace("’", "'") for t in toks]
    cues = {p[0] for p in lex.ctx.get("cue", ())}
    aid_cues = {p[0] for p in lex.ctx.get("aid_cue", ())}
    preps = lex.ctx.get("prep", ())
    joint = {p[0] for p in lex.ctx.get("joint", ())}
    facility = lex.ctx.get("facility", ())
    persons = {p[0] for p in lex.ctx.get("person", ())}
    credit = {p[0] for p in lex.ctx.get("credit", ())}
    has_joint = n_states >= 2 or any(w in joint for w in words) or any(
        re.match(r"^[A-Z][a-z]+-[A-Z][a-z]+$", t.text) and _DEMONYM.match(t.text) for t in toks)
    sent_future = any(w in ("will", "shall") for w in words)
    return _EnSentence(toks, words, lex, cues, aid_cues, preps, facility, persons, credit,
                       has_joint, sent_future)


def _en_route(toks, words: Sequence[str], near: Sequence[str], lex: EnLex) -> bool:
    """A route between two named places ("a flight between Almaty and Hanoi", "the
    Aktau–Baku ferry line") joins them: a joint act without a state named."""
    routes = {p[0] for p in lex.ctx.get("route", ())}
    if not routes & set(near):
        return False
    for k in range(1, len(toks) - 1):
        a, b = toks[k - 1].text, toks[k + 1].text
        if a[:1].isupper() and b[:1].isupper() and (
                words[k] in ("-", "–", "—") or words[k] == "and" and k >= 2 and words[k - 2] == "between"):
            return True
    return any(re.match(r"^[A-Z][a-z]+[–-][A-Z][a-z]+$", t.text) for t in toks)


_MONEY_WORDS = frozenset({"million", "billion", "trillion", "bn", "mln", "m", "crore", "dollars", "euros"})


def _sum_in_aid(words: Sequence[str], i: int) -> bool:
    """"will extend ¥132.7 billion (about $1.2 billion) in loans to Bangladesh": a sum announced
    in loans or grants to a state is the aid itself, pledged with its amount."""
    return i >= 2 and words[i - 1] == "in" and words[i] in ("loans", "grants", "aid", "credits") \
        and any(w in _MONEY_WORDS for w in words[max(0, i - 5):i - 1])


def _aid_given(words: Sequence[str], i: int, n: int, lex: EnLex, aid_cues: set) -> bool:
    """Aid reported as given: a giving verb in the sentence ("delivered humanitarian cargo",
    "provided a grant") or a signed aid agreement ("a grant agreement was signed"), and no
    plan word before the aid noun in its clause ("is ready to consider a further loan")."""
    if _sum_in_aid(words, i):
        return True
    future = {p[0] for p in lex.ctx.get("future", ()) if len(p) == 1 and p[0] != "to"}
    for j in range(i - 1, max(-1, i - 9), -1):
        if words[j] in (",", ";", ":", "—", "–"):
            break
        if words[j] in future:
            return False
    if n == 1 and words[i] == "credit" and not any(
            w in _MONEY_WORDS or w[:1].isdigit() or w.startswith(("$", "€", "£")) for w in words[max(0, i - 4):i]):
        return False    # "$400 million credit" is a credit given; "credit ratings" is none
    nxt = words[i + n] if i + n < len(words) else ""
    if nxt in ("agreement", "agreements", "deal") and any(
            w in ("signed", "inked", "concluded") for w in words):
        return True
    return any(w in aid_cues for w in words) and not any(
        w in future for w in words[max(0, i - 3):i])


_WHEN_WORDS = frozenset({"today", "yesterday", "here", "there", "on", "last", "this", "morning",
                         "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday"})


def _past_when(words: Sequence[str], j: int) -> int:
    """"received on Monday the Foreign Minister", "received last Friday Morocco's minister":
    a time phrase between the verb and its object (as French-style releases write) is
    stepped over; returns the index after it."""
    k = j
    while k < len(words) and k - j < 4 and words[k] in _WHEN_WORDS:
        k += 1
    return k if k > j and k < len(words) and words[k] not in ("to", "that", ",") else j


def _person_met(c: _EnSentence, i: int, n: int = 1) -> bool:
    """"met the minister", "received Ambassador X", "called on the Minister": a person right
    after the trigger (of ``n`` words) — and no errand ("called on the minister to …")."""
    j = _past_when(c.words, i + n) if n == 1 and c.words[i] == "received" else i + n
    nxt = c.toks[j:j + 3]
    if not (any(w in c.persons for w in c.words[j:j + 3]) or (len(nxt) > 0 and nxt[0].text[:1].isupper())):
        return False
    rest = c.toks[j:j + 16]
    return not any(t.text.lower() == "to" and k + 1 < len(rest) and rest[k + 1].text.islower()
                   for k, t in enumerate(rest)) or n == 1


def _joint_facility(c: _EnSentence, i: int, pat: tuple) -> bool:
    """A joint act (two states, 'joint', a route) with a facility near the trigger."""
    words = c.words
    lo, hi = max(0, i - 8), min(len(words), i + len(pat) + 6)
    near = words[lo:hi]
    return (c.has_joint or _en_route(c.toks, words, near, c.lex)) \
        and any(_any_at(words, j, c.facility) for j in range(lo, hi)) \
        and not any(w in c.credit for w in near)    # "opened a credit line": aid


def _noun_on_occasion(c: _EnSentence, i: int) -> bool:
    """A noun trigger: an occasion ("during the talks") or a done cue in the sentence."""
    words = c.words
    near = any(_any_at(words, j, c.preps) for j in range(max(0, i - 4), i))
    return (near or (any(w in c.cues for w in words) and not c.sent_future)) \
        and not _en_future(words, i, c.lex, window=6, clause=True)


_AWAITED = frozenset({"expected", "scheduled", "planned", "slated", "due"})


def _noun_awaited(words: Sequence[str], i: int) -> bool:
    """"the signing of several memorandums of understanding … is expected": the noun's own
    clause, up to a comma, says the act is still to come."""
    for j in range(i + 1, min(len(words) - 1, i + 20)):
        if words[j] in (",", ";", ":", "—", "–"):
            return False
        if words[j] in ("is", "are") and words[j + 1] in _AWAITED \
                and (j + 2 >= len(words) or words[j + 2] != "to"):
            return True     # (not "the deal signed … is expected to boost trade")
    return False


def _en_done(c: _EnSentence, kind: str, typ: str, i: int, pat: tuple) -> bool:
    """Does the matched phrase report a done act? Its kind (or AID type) names the check."""
    if kind == "done":
        return True
    if kind == "done_person":
        return _person_met(c, i, len(pat))
    if kind == "joint":
        return _joint_facility(c, i, pat)
    if typ == "AID":
        return _aid_given(c.words, i, len(pat), c.lex, c.aid_cues)
    return _noun_on_occasion(c, i)


_NEGATIONS = frozenset({"not", "n't", "never"})


def _en_negated(words: Sequence[str], i: int) -> bool:
    """"has not yet signed", "was never ratified": a denied act is none ("not only signed
    but ..." denies nothing)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if words[j] in (",", ";", ":", "—", "–", "and", "but"):
            return False
        if words[j] in _NEGATIONS:
            return words[j + 1] not in ("only", "just")
    return False


def en_triggers(sent, lex: EnLex, n_states: int = 0) -> list[tuple[str, int]]:
    """(type, token index) for every done act in the sentence."""
    c = _en_sentence(sent, lex, n_states)
    words = c.words
    found = []
    taken: set[tuple[str, int]] = set()
    for i in range(len(words)):
        for kind, typ, pat in lex.by_first.get(words[i], ()):
            if (typ, i) in taken or not _match_words(words, i, pat):
                continue
            if _en_future(words, i, lex) or _en_negated(words, i):
                continue
            if (kind == "noun" or words[i] == "signing") and _noun_awaited(words, i):
                continue
            if _en_done(c, kind, typ, i, pat):
                taken.add((typ, i))
                found.append((typ, i))
    return found
