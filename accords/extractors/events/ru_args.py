"""Named predicates on a Russian trigger's surroundings: its arguments ("подписали
меморандум"), a person met, a joint act, a domestic matter, a place, an occasion."""
from __future__ import annotations

import re

from ...lexicon import word_list
from .lexicon import RuLex
from .ru_done import Sent, verb_done, verb_form

_PERSONS = word_list("events_ru_args_persons")
_COMPOUND_ADJ = re.compile(r"^[а-яё]+(?:ско|ско-|но)-[а-яё]+(?:ский|цкий|ный)$")
_ROUTES = word_list("events_ru_args_routes")

SHORT_PART = re.compile(r"^(?:открыт|запущен|создан|построен|введен|учрежден|открыто|запущено|"
                        r"создано|построено|введено|учреждено)$")
SHORT_PART_VERB = {"открыт": "открыть", "запущен": "запустить", "создан": "создать",
                   "построен": "построить", "введен": "ввести", "учрежден": "учредить"}


def has_arg(s: Sent, v, args: frozenset) -> bool:
    """One of the argument lemmas among the verb's dependents (or the noun it modifies)."""
    for c in s.children(v):
        if c.lemma in args:
            return True
        if c.rel in ("obj", "obl", "nsubj:pass", "nsubj") and any(
                g.lemma in args and g.rel in ("amod", "nmod", "conj") for g in s.children(c)):
            return True
    h = s.head(v)
    return h is not None and verb_form(v) == "Part" and h.lemma in args


def modified_by(s: Sent, v, args: frozenset, depth: int = 3) -> bool:
    """One of the lemmas within a few levels under the verb ("передало автобусы на
    безвозмездной основе": the parse may hang the phrase on the object)."""
    level = s.children(v)
    for _ in range(depth):
        if any(c.lemma in args for c in level):
            return True
        level = [g for c in level if c.pos not in ("VERB", "AUX") for g in s.children(c)]
    return False


def person_arg(s: Sent, v) -> bool:
    """The verb's object is a person or a delegation ("принял министра", "его встретил");
    without an object, its subject ("министр прибыл")."""
    def person(c):
        return c.feats.get("Animacy") == "Anim" or c.pos == "PRON" or c.lemma in _PERSONS
    objs = [c for c in s.children(v) if c.rel == "obj"]
    if objs:
        return any(person(c) for c in objs)
    return any(person(c) for c in s.children(v) if c.rel in ("nsubj", "nsubj:pass"))


def joint(s: Sent, lex: RuLex, n_states: int, args: frozenset = frozenset()) -> bool:
    """A joint act: 'совместный', a compound of two states' adjectives, or two states named;
    a route between two named places ("паромной линии Оля – Туркменбаши") joins them."""
    joint_words = lex.ctx.get("joint", ())
    if n_states >= 2 or any(t.lemma in joint_words or _COMPOUND_ADJ.match(t.lemma) for t in s.toks):
        return True
    if not (args & _ROUTES and any(t.lemma in _ROUTES for t in s.toks)):
        return False
    toks = s.toks
    return any(toks[k].text in ("-", "–", "—") and toks[k - 1].pos == "PROPN"
               and toks[k + 1].pos == "PROPN" for k in range(1, len(toks) - 1))


def domestic(s: Sent, v, lex: RuLex) -> bool:
    """The act concerns a domestic matter (a word of the 'domestic' list as its argument)."""
    dom = lex.ctx.get("domestic", ())
    if any(c.lemma in dom and c.rel in ("obj", "nsubj:pass", "nsubj") for c in s.children(v)):
        return True
    h = s.head(v)
    return h is not None and h.lemma in dom


def facility_after(s: Sent, i: int, args: frozenset) -> bool:
    """A facility noun in the nominative among the next few words, no verb between."""
    for x in s.toks[i + 1:i + 5]:
        if x.pos in ("VERB", "AUX"):
            return False
        if x.lemma in args and x.feats.get("Case") in ("Nom", "Acc"):
            return True
    return False


def occurred(s: Sent, n, lex: RuLex) -> bool:
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
            return (seen_occasion or h.lemma in occur) and verb_done(s, h, lex, False)
        elif h.pos not in ("NOUN", "PROPN"):
            return False
        cur = h
    return False


def topic_of(s: Sent, n, lex: RuLex) -> bool:
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


def in_place(s: Sent, v) -> bool:
    """'подписали в Астане': an obl place name in the locative."""
    for c in s.children(v):
        if c.rel == "obl" and c.pos == "PROPN" and c.feats.get("Case") == "Loc" and any(
                g.rel == "case" and g.lemma in ("в", "во") for g in s.children(c)):
            return True
    return False
