"""events: what happened between the parties, typed CONSULT / AGREE / COOPERATE / AID.

A trigger (a predicate lemma from ``accords/data/events.<lang>.tsv``) makes an event only
when the text reports the act as done: "провели переговоры", "переговоры состоялись", "на
встрече заявил", "подписали меморандум" are facts; "посетит", "пройдут переговоры",
"планируется подписание", "предложил подписать" are plans and make nothing.

Russian reads natasha's syntax: a verb trigger needs a past tense (or a past participle,
or the present of an act under way) and no plan word above it; a noun trigger takes the
tense of the verb that governs it ("переговоры состоялись", "в ходе переговоров
отметил") unless a modifier settles it ("состоявшийся разговор", "предстоящий визит").
English has no parse: the words before a trigger decide ("will", "to be signed").

A joint opening that "took place" ("состоялась церемония открытия совместного завода")
is a COOPERATE act; aid that is the topic of talks ("обсудили выделение гранта") is not
AID. A background sentence about one party's dealings with a third state ("Ранее Джакарта
подписала соглашение с Канадой") and "Related:" headlines make no events.

Each event carries its participants (state codes), date, location and evidence (the
sentence). One event per type and sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from ..nlp.dates import RU_MONTH_GEN
from ..record import Event
from .sectors import related_spans

DATA = Path(__file__).resolve().parents[1] / "data"
TYPES = ("CONSULT", "AGREE", "COOPERATE", "AID")
_CORE = frozenset({"obj", "nsubj", "nsubj:pass", "xcomp", "iobj", "csubj"})
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})
_LOOSE = frozenset({"parataxis", "advcl", "root", "discourse", "vocative", "list"})
_SIGN_IN_PLACE = frozenset({"подписать", "подписывать", "согласовать", "договориться", "заключить"})


# ---------------------------------------------------------------- lexicons

@dataclass
class _RuLex:
    triggers: dict = field(default_factory=dict)   # lemma -> [(kind, type, args)]
    ctx: dict = field(default_factory=dict)        # context name -> frozenset


@dataclass
class _EnLex:
    phrases: list = field(default_factory=list)    # (kind, type, words tuple)
    by_first: dict = field(default_factory=dict)   # first word -> phrases, longest first
    ctx: dict = field(default_factory=dict)


def _rows(lang: str) -> Iterable[list[str]]:
    path = DATA / f"events.{lang}.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [c.strip() for c in line.split("\t")]


@lru_cache(maxsize=1)
def _ru() -> _RuLex:
    lex = _RuLex()
    for cols in _rows("ru"):
        if len(cols) < 3:
            continue
        kind, typ, lemmas = cols[0], cols[1], cols[2]
        if kind == "*":
            lex.ctx[typ] = lex.ctx.get(typ, frozenset()) | frozenset(lemmas.split("|"))
            continue
        args = frozenset(cols[3].split("|")) if len(cols) > 3 and cols[3] else frozenset()
        for lemma in lemmas.split("|"):
            lex.triggers.setdefault(lemma, []).append((kind, typ, args))
    return lex


@lru_cache(maxsize=1)
def _en() -> _EnLex:
    lex = _EnLex()
    for cols in _rows("en"):
        if len(cols) < 3:
            continue
        kind, typ, phrases = cols
        if kind == "*":
            lex.ctx[typ] = tuple(tuple(p.split()) for p in phrases.split("|"))
            continue
        for p in phrases.split("|"):
            lex.phrases.append((kind, typ, tuple(p.split())))
    lex.phrases.sort(key=lambda x: -len(x[2]))
    for ph in lex.phrases:
        lex.by_first.setdefault(ph[2][0], []).append(ph)
    return lex


# ---------------------------------------------------------------- Russian

class _Sent:
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


def _tense(t) -> str:
    return t.feats.get("Tense", "")


def _form(t) -> str:
    return t.feats.get("VerbForm", "")


def _future_aux(s: _Sent, v) -> bool:
    """'будет подписан', 'будут рассматриваться' (natasha tags 'будет' as present)."""
    return any(c.rel in ("aux", "aux:pass", "cop") and c.lemma == "быть"
               and (_tense(c) == "Fut" or c.text.lower().startswith("буд"))
               for c in s.children(v))


def _conditional(s: _Sent, v) -> bool:
    return v.feats.get("Mood") == "Cnd" or any(c.lemma == "бы" for c in s.children(v))


def _planned(s: _Sent, t, lex: _RuLex, depth: int = 3) -> bool:
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
        if h.pos == "VERB" and _form(h) == "Fin":
            return False
        cur = h
    return False


def _verb_done(s: _Sent, v, lex: _RuLex, trigger: bool, depth: int = 0) -> bool:
    """Does this verb report a done act? ``trigger``: the verb is the event's own predicate."""
    if depth > 3 or _conditional(s, v) or _future_aux(s, v):
        return False
    form, tense = _form(v), _tense(v)
    if form == "Inf" or tense == "Fut":
        return False
    if not trigger and v.lemma in lex.ctx.get("plan", ()):
        return False
    if tense == "Past":
        return not _planned(s, v, lex)
    if form in ("Conv", "Part"):        # present gerund or participle: the clause above decides
        h = s.head(v)
        return h is not None and h.pos in ("VERB", "AUX") and _verb_done(s, h, lex, False, depth + 1)
    if tense == "Pres":
        return (trigger or v.lemma in lex.ctx.get("ongoing", ())) and not _planned(s, v, lex)
    return False


def _pred_done(s: _Sent, p, lex: _RuLex) -> bool:
    """A non-verbal predicate ("переговоры будут двухсторонние"): its copula decides."""
    for c in s.children(p):
        if c.rel in ("cop", "aux") and c.lemma == "быть":
            return _tense(c) == "Past"
    return False


def _noun_done(s: _Sent, n, lex: _RuLex) -> bool:
    """Is the act a noun names reported as done? Modifiers first, then the governing verb."""
    ctx = lex.ctx
    for c in s.children(n):
        if c.lemma in ctx.get("future_mod", ()):
            return False
        if c.rel == "case" and c.lemma in ctx.get("before", ()):
            return False
    for c in s.children(n):   # "недавняя встреча", "состоявшийся разговор", "переговоры, которые пройдут"
        if c.lemma in ctx.get("done_mod", ()) and c.rel in ("amod", "acl", "acl:relcl", "nsubj"):
            return c.pos != "VERB" or _verb_done(s, c, lex, True)
    cur = n
    for _ in range(6):
        h = s.head(cur)
        if h is None:
            return _pred_done(s, cur, lex) if cur is not n else False
        if h.pos in ("VERB", "AUX"):
            if _form(h) == "Part" and any(          # "подготовленных к подписанию на саммите"
                    g.rel == "case" and g.lemma in ctx.get("before", ())
                    for c in s.children(h) if c is not cur for g in s.children(c)):
                return False
            core = cur.rel in _CORE or any(c.rel == "case" and c.lemma in ("о", "об")
                                           for c in s.children(cur))
            if not core and h.lemma in ctx.get("plan", ()):
                # "на встрече договорились": the meeting is the setting of a done act
                return _tense(h) == "Past" and _form(h) == "Fin"
            return _verb_done(s, h, lex, False)
        if h.lemma in ctx.get("plan_noun", ()) or any(
                c.lemma in ctx.get("future_mod", ()) or c.rel == "case" and c.lemma in ctx.get("before", ())
                for c in s.children(h)):      # "подготовленных к подписанию на форуме"
            return False
        if h.pos in ("ADJ",) and any(c.rel == "cop" for c in s.children(h)):
            return _pred_done(s, h, lex)
        cur = h
    return False


def _has_arg(s: _Sent, v, args: frozenset) -> bool:
    """One of the argument lemmas among the verb's dependents (or the noun it modifies)."""
    for c in s.children(v):
        if c.lemma in args:
            return True
        if c.rel in ("obj", "obl", "nsubj:pass", "nsubj") and any(
                g.lemma in args and g.rel in ("amod", "nmod", "conj") for g in s.children(c)):
            return True
    h = s.head(v)
    return h is not None and _form(v) == "Part" and h.lemma in args


_PERSONS = frozenset({"делегация", "миссия", "глава", "премьер", "президент", "министр",
                      "посол", "председатель", "гость", "коллега"})


def _modified_by(s: _Sent, v, args: frozenset, depth: int = 3) -> bool:
    """One of the lemmas within a few levels under the verb ("передало автобусы на
    безвозмездной основе": the parse may hang the phrase on the object)."""
    level = s.children(v)
    for _ in range(depth):
        if any(c.lemma in args for c in level):
            return True
        level = [g for c in level if c.pos not in ("VERB", "AUX") for g in s.children(c)]
    return False


def _person_arg(s: _Sent, v) -> bool:
    """The verb's object is a person or a delegation ("принял министра", "его встретил");
    without an object, its subject ("министр прибыл")."""
    def person(c):
        return c.feats.get("Animacy") == "Anim" or c.pos == "PRON" or c.lemma in _PERSONS
    objs = [c for c in s.children(v) if c.rel == "obj"]
    if objs:
        return any(person(c) for c in objs)
    return any(person(c) for c in s.children(v) if c.rel in ("nsubj", "nsubj:pass"))


_COMPOUND_ADJ = re.compile(r"^[а-яё]+(?:ско|ско-|но)-[а-яё]+(?:ский|цкий|ный)$")


_ROUTES = frozenset({"маршрут", "рейс", "авиарейс", "линия", "сообщение", "коридор", "паром"})


def _joint(s: _Sent, lex: _RuLex, n_states: int, args: frozenset = frozenset()) -> bool:
    """A joint act: 'совместный', a compound of two states' adjectives, or two states named;
    a route between two named places ("паромной линии Оля – Туркменбаши") joins them."""
    joint = lex.ctx.get("joint", ())
    if n_states >= 2 or any(t.lemma in joint or _COMPOUND_ADJ.match(t.lemma) for t in s.toks):
        return True
    if not (args & _ROUTES and any(t.lemma in _ROUTES for t in s.toks)):
        return False
    toks = s.toks
    return any(toks[k].text in ("-", "–", "—") and toks[k - 1].pos == "PROPN"
               and toks[k + 1].pos == "PROPN" for k in range(1, len(toks) - 1))


def _domestic(s: _Sent, v, lex: _RuLex) -> bool:
    dom = lex.ctx.get("domestic", ())
    if any(c.lemma in dom and c.rel in ("obj", "nsubj:pass", "nsubj") for c in s.children(v)):
        return True
    h = s.head(v)
    return h is not None and h.lemma in dom


def _lookup(lex: _RuLex, t) -> list:
    """Triggers of a token; a compound takes its last part ('онлайн-заседание')."""
    got = lex.triggers.get(t.lemma)
    if got is None and "-" in t.lemma:
        got = lex.triggers.get(t.lemma.rsplit("-", 1)[-1])
    if got is None and t.pos == "ADV":
        low = t.text.lower().replace("ё", "е")
        if _SHORT_PART.match(low):
            got = lex.triggers.get(_SHORT_PART_VERB.get(low.rstrip("о"), ""))
    return got or []


def _ru_triggers(sent, lex: _RuLex, n_states: int = 0) -> list[tuple[str, object]]:
    """(type, trigger token) for every done act in the sentence."""
    s = _Sent(sent)
    found: list[tuple[str, object]] = []
    for i, t in enumerate(s.toks):
        for kind, typ, args in _lookup(lex, t):
            ok = False
            verbal = t.pos in ("VERB", "AUX") or _form(t) in ("Part", "Conv", "Inf", "Fin")
            if kind == "verb" and verbal:
                ok = _verb_done(s, t, lex, True) and not (typ == "AGREE" and _domestic(s, t, lex))
            elif kind == "verb_person" and verbal:
                ok = _person_arg(s, t) and _verb_done(s, t, lex, True)
            elif kind == "verb_obj" and verbal:
                ok = _has_arg(s, t, args) and _verb_done(s, t, lex, True)
            elif kind == "verb_mod" and verbal:
                ok = _modified_by(s, t, args) and _verb_done(s, t, lex, True)
            elif kind == "verb_joint" and verbal:
                ok = (_has_arg(s, t, args) and _verb_done(s, t, lex, True)
                      and _joint(s, lex, n_states, args)
                      and not _has_arg(s, t, lex.ctx.get("credit", frozenset())))
            elif kind == "noun" and t.pos in _NOUNISH:
                ok = _noun_done(s, t, lex) and not (typ == "AID" and (
                    t.rel == "fixed" or (i > 0 and s.toks[i - 1].lemma in lex.ctx.get("instrument", ()))
                    or _topic_of(s, t, lex)))
            elif kind == "noun_of" and t.pos in _NOUNISH:
                ok = any(c.lemma in args for c in s.children(t)) and _noun_done(s, t, lex)
            elif kind == "noun_occur" and t.pos in _NOUNISH:
                # the parse of a long genitive chain often hangs the facility elsewhere
                ok = ((_has_arg(s, t, args) or any(x.lemma in args for x in s.toks[i + 1:i + 5]))
                      and _occurred(s, t, lex) and _joint(s, lex, n_states, args))
            elif kind == "verb_joint" and t.pos == "ADV" and _SHORT_PART.match(t.text.lower()):
                # "открыто совместное предприятие": a short participle some parses take
                # for an adverb; its subject is the facility noun right after it
                ok = _facility_after(s, i, args) and _joint(s, lex, n_states) \
                    and not any(x.lemma == "быть" for x in s.toks[max(0, i - 2):i])
            elif kind == "noun_done" and t.pos in _NOUNISH:
                # parses of long nominal chains break often: a few words around will do
                lo, hi = max(0, i - 6), min(len(s.toks), i + 4)
                ok = any(x.lemma in args for x in s.toks[lo:hi] if x is not t)
            if ok:
                found.append((typ, t))
                if typ == "AGREE" and t.lemma in _SIGN_IN_PLACE and _in_place(s, t):
                    found.append(("CONSULT", t))   # signed in Astana: the sides met there
    return found


_SHORT_PART = re.compile(r"^(?:открыт|запущен|создан|построен|введен|учрежден|открыто|запущено|"
                         r"создано|построено|введено|учреждено)$")
_SHORT_PART_VERB = {"открыт": "открыть", "запущен": "запустить", "создан": "создать",
                    "построен": "построить", "введен": "ввести", "учрежден": "учредить"}


def _facility_after(s: _Sent, i: int, args: frozenset) -> bool:
    """A facility noun in the nominative among the next few words, no verb between."""
    for x in s.toks[i + 1:i + 5]:
        if x.pos in ("VERB", "AUX"):
            return False
        if x.lemma in args and x.feats.get("Case") in ("Nom", "Acc"):
            return True
    return False


def _occurred(s: _Sent, n, lex: _RuLex) -> bool:
    """"состоялось открытие завода", "на церемонии запуска завода": the act took place.
    A noun governed by any other verb ("обсудили открытие") is a topic, not an act."""
    occasions = lex.ctx.get("occasion", frozenset())
    occur = lex.ctx.get("occur", frozenset())
    seen_occasion = False
    cur = n
    for _ in range(5):
        h = s.head(cur)
        if h is None:
            return False
        if h.lemma in occasions:
            seen_occasion = True
        elif h.pos in ("VERB", "AUX"):
            return (seen_occasion or h.lemma in occur) and _verb_done(s, h, lex, False)
        elif h.pos not in ("NOUN", "PROPN"):
            return False
        cur = h
    return False


def _topic_of(s: _Sent, n, lex: _RuLex) -> bool:
    """"обсудили выделение гранта": aid that is the topic of talks, not aid given."""
    topic = lex.ctx.get("topic", frozenset())
    cur = n
    for _ in range(5):
        h = s.head(cur)
        if h is None:
            return False
        if h.pos in ("VERB", "AUX"):
            return h.lemma in topic
        cur = h
    return False


def _in_place(s: _Sent, v) -> bool:
    """'подписали в Астане': an obl place name in the locative."""
    for c in s.children(v):
        if c.rel == "obl" and c.pos == "PROPN" and c.feats.get("Case") == "Loc" and any(
                g.rel == "case" and g.lemma in ("в", "во") for g in s.children(c)):
            return True
    return False


# ---------------------------------------------------------------- English

def _match_words(words: Sequence[str], i: int, pat: tuple) -> int:
    """Length of the match of pat at i (0 when none); '*' is any one word."""
    if i + len(pat) > len(words):
        return 0
    for k, p in enumerate(pat):
        if p != "*" and words[i + k] != p:
            return 0
    return len(pat)


def _any_at(words: Sequence[str], i: int, pats) -> bool:
    return any(_match_words(words, i, p) for p in pats)


def _en_future(words: Sequence[str], i: int, lex: _EnLex, window: int = 3,
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


def _en_triggers(sent, lex: _EnLex, n_states: int = 0) -> list[tuple[str, int]]:
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
    found = []
    taken: set[tuple[str, int]] = set()
    for i in range(len(words)):
        for kind, typ, pat in lex.by_first.get(words[i], ()):
            if (typ, i) in taken or not _match_words(words, i, pat):
                continue
            if _en_future(words, i, lex):
                continue
            if kind == "done":
                ok = True
            elif kind == "done_person":
                nxt = toks[i + 1:i + 4]
                ok = any(w in persons for w in words[i + 1:i + 4]) or (
                    len(nxt) > 0 and nxt[0].text[:1].isupper())
            elif kind == "joint":
                lo, hi = max(0, i - 8), min(len(words), i + len(pat) + 6)
                near = words[lo:hi]
                ok = (has_joint or _en_route(toks, words, near, lex)) \
                    and any(_any_at(words, j, facility) for j in range(lo, hi)) \
                    and not any(w in credit for w in near)    # "opened a credit line": aid
            elif typ == "AID":
                ok = _aid_given(words, i, len(pat), lex, aid_cues)
            else:  # noun: an occasion ("during the talks") or a done cue in the sentence
                near = any(_any_at(words, j, preps) for j in range(max(0, i - 4), i))
                ok = (near or (any(w in cues for w in words) and not sent_future)) \
                    and not _en_future(words, i, lex, window=6, clause=True)
            if ok:
                taken.add((typ, i))
                found.append((typ, i))
    return found


def _en_route(toks, words: Sequence[str], near: Sequence[str], lex: _EnLex) -> bool:
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


def _aid_given(words: Sequence[str], i: int, n: int, lex: _EnLex, aid_cues: set) -> bool:
    """Aid reported as given: a giving verb in the sentence ("delivered humanitarian cargo",
    "provided a grant") or a signed aid agreement ("a grant agreement was signed"), and no
    plan word before the aid noun in its clause ("is ready to consider a further loan")."""
    future = {p[0] for p in lex.ctx.get("future", ()) if len(p) == 1 and p[0] != "to"}
    for j in range(i - 1, max(-1, i - 9), -1):
        if words[j] in (",", ";", ":", "—", "–"):
            break
        if words[j] in future:
            return False
    nxt = words[i + n] if i + n < len(words) else ""
    if nxt in ("agreement", "agreements", "deal") and any(
            w in ("signed", "inked", "concluded") for w in words):
        return True
    return any(w in aid_cues for w in words) and not any(
        w in future for w in words[max(0, i - 3):i])


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ian|ish|ese|i|ek|kh|ic|ch|k)-[A-Z][a-z]+"
                      r"(?:an|ian|ish|ese|i|ek|kh|ic|ch|k)$")


# ---------------------------------------------------------------- attributes

_RU_DATE = re.compile(r"(?<!\d)(\d{1,2})(?:\s*[-–—]\s*\d{1,2})?\s+(" + "|".join(RU_MONTH_GEN)
                      + r")(?:\s+(\d{4}))?", re.I)
_EN_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_EN_DATE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
                      r"(\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?:,?\s+(\d{4}))?\b")
_EN_DATE2 = re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                       r"Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(\d{4}))?\b")
_TODAY = re.compile(r"\b(сегодня|today)\b", re.I)
_YESTERDAY = re.compile(r"\b(вчера|yesterday)\b", re.I)


def _iso(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _event_date(text: str, published: date | None) -> str | None:
    """A date written in the sentence, its year from the text or the publication."""
    year = published.year if published else None
    m = _RU_DATE.search(text)
    if m:
        return _iso(int(m[3]) if m[3] else year, RU_MONTH_GEN[m[2].lower()], int(m[1]))
    m = _EN_DATE.search(text)
    if m:
        return _iso(int(m[3]) if m[3] else year, _EN_MONTHS[m[1][:3].lower()], int(m[2]))
    m = _EN_DATE2.search(text)
    if m:
        return _iso(int(m[3]) if m[3] else year, _EN_MONTHS[m[2][:3].lower()], int(m[1]))
    if published and _TODAY.search(text):
        return published.isoformat()
    if published and _YESTERDAY.search(text):
        return (published - timedelta(days=1)).isoformat()
    return None


_EN_PLACE = re.compile(r"\b(?:in|at)\s+((?:[A-Z][a-z’'\-]+)(?:\s+[A-Z][a-z’'\-]+)?)")
_NOT_PLACE = frozenset("January February March April May June July August September October "
                       "November December Monday Tuesday Wednesday Thursday Friday Saturday "
                       "Sunday The This That Central".split())


def _location(doc, sent, states) -> str | None:
    """The place the sentence puts the act in: 'в Ташкенте', 'in Baku'."""
    if doc.lang == "ru":
        by_start = {t.start: t for t in sent.tokens}
        for sp in doc.spans:
            if sp.type != "LOC" or sp.start < sent.start or sp.stop > sent.stop or not sp.tokens:
                continue
            first = sp.tokens[0]
            prev = doc.tokens[first.index - 1] if first.index > 0 else None
            if prev is None or prev.lemma not in ("в", "во") or prev.start not in by_start:
                continue
            if first.feats.get("Case") not in ("Loc", None):
                continue
            kinds = [m.kind for m in states if m.start <= sp.start < m.stop]
            if kinds and "capital" not in kinds:
                continue
            return sp.normal or sp.text
        return None
    for m in _EN_PLACE.finditer(sent.text):
        name = m[1]
        if name.split()[0] in _NOT_PLACE:
            continue
        start = sent.start + m.start(1)
        kinds = [s.kind for s in states if s.start <= start < s.stop]
        if kinds and "capital" not in kinds:
            continue
        return name
    return None


def _participants(sent, record, states, typ: str = "") -> list[str]:
    """States of the sentence (names, adjectives, persons acting for them), else the record's.
    Meetings and agreements take two sides: one state named fills up with the record's."""
    parties = [c.code for c in record.countries]
    codes: list[str] = []
    for m in states:
        if sent.start <= m.start < sent.stop and m.code not in codes:
            codes.append(m.code)
    for p in record.persons:
        if p.country and p.country not in codes and any(
                sent.start <= a < sent.stop for a, _ in p.mentions):
            codes.append(p.country)
    inside = [c for c in codes if c in parties] if parties else codes
    if typ in ("CONSULT", "AGREE") and len(inside) < 2 and len(parties) >= 2:
        return inside + [c for c in parties if c not in inside]
    return inside or parties or codes


def _states(doc) -> list:
    try:
        from .states import find_states
        return find_states(doc)
    except Exception:  # the gazetteer is optional here: participants fall back to the record
        return []


# ---------------------------------------------------------------- extract

@dataclass(frozen=True)
class _Clause:
    """The stretch of text an event stands in: its sentence, cut at line breaks
    (headlines and paragraphs without a final stop run together into one 'sentence')."""
    start: int
    stop: int
    text: str
    tokens: list


def _clause(doc, sent, tok) -> _Clause:
    text = doc.text
    start = text.rfind("\n", sent.start, tok.start) + 1 or sent.start
    start = max(start, sent.start)
    nl = text.find("\n", tok.stop, sent.stop)
    stop = sent.stop if nl < 0 else nl
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    toks = [t for t in sent.tokens if t.start >= start and t.stop <= stop]
    return _Clause(start, stop, text[start:stop], toks)


def find_events(doc, states: list | None = None) -> list[tuple[str, _Clause]]:
    """(type, clause) for every done act, in text order, one per type and clause."""
    states = _states(doc) if states is None else states
    out = []
    russian = doc.lang == "ru"
    lex_ru = _ru() if russian else None
    lex_en = None if russian else _en()
    related = related_spans(doc.text, doc.lang)     # "Related:" headlines of other stories
    for sent in doc.sents:
        if not sent.tokens or related and any(a <= sent.tokens[0].start < b for a, b in related):
            continue
        n_states = len({m.code for m in states if sent.start <= m.start < sent.stop})
        if russian:
            hits = _ru_triggers(sent, lex_ru, n_states)
        else:
            hits = [(typ, sent.tokens[i]) for typ, i in _en_triggers(sent, lex_en, n_states)]
        seen = set()
        for typ, tok in hits:
            cl = _clause(doc, sent, tok)
            if (typ, cl.start) not in seen:
                seen.add((typ, cl.start))
                out.append((typ, cl))
    return out


_ASIDE = re.compile(r"^\W*(?:ранее|напомним|кроме\s+того,\s+ранее|earlier|previously|"
                    r"it\s+was\s+earlier)\b", re.I)


def _third_party_aside(cl: _Clause, states: list, parties: set) -> bool:
    """"Ранее Джакарта подписала соглашение с Канадой": a background sentence about one
    party's dealings with a state that is not a party is not an event of this relation."""
    if not parties or not _ASIDE.match(cl.text):
        return False
    here = {m.code for m in states if cl.start <= m.start < cl.stop}
    return bool(here - parties) and len(here & parties) <= 1


def extract(doc, record) -> list[Event]:
    try:
        states = _states(doc)
        found = find_events(doc, states)
        if not found:
            return []
        events = []
        parties = {c.code for c in record.countries}
        for typ, cl in found:
            if typ != "AID" and _third_party_aside(cl, states, parties):
                continue
            events.append(Event(type=typ, participants=_participants(cl, record, states, typ),
                                date=_event_date(cl.text, doc.published),
                                location=_location(doc, cl, states),
                                evidence=(cl.start, cl.stop)))
        return events
    except Exception:  # an odd parse must never stop the pipeline
        return []
