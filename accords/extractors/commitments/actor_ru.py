"""Who commits, in Russian: the state code of the cue's subject, or JOINT.

The subject may be a state word ("казахстанская сторона"), a person of the record speaking
for his state, both parties ("стороны", "X и Y", "мы с Президентом Казахстана"), a region or
body of a state, or first person inside a quote (the speaker's state). Agreements are joint
by nature; impersonal plans ("планируется", "будет создана") are the parties' together; a
person's future deed ("Лавров проведет переговоры") is an announcement, not a commitment.
"""
from __future__ import annotations

from typing import Optional

from ...lexicon import word_list

from .candidate import Candidate
from .cues import binding_passive, ours
from .context import DocContext
from .parties import is_plural, is_role, they_actor
from .phrase import Phrase, phrase_of
from .speaker import impersonal_saying, in_turn, speaker_state, titled_subject_since
from .decisions_ru import decision_actor, one_state_decided
from .goals_ru import goal_actor, said_goal_actor
from .hopes_ru import hoper_state
from .ours_ru import our_country_state
from .owners_ru import action_of, both_own, plans_owner, joint_sayers, noun_owners, party_owners, single_owner_state, this_country
from .assurance import counted_on
from .host_ru import (exporter, giver_before, giver_to, host_or, inviter_of_the_invited, inviting_host,
                      passive_agent)
from .priorities_ru import priority_actor
from .subject import dative_topic, fallback_subject, subject_of

_CLAUSE_MARKS = ("что", "чтобы")


def actor_ru(ctx: DocContext, c: Candidate, unit: list) -> Optional[str]:
    """The actor of a Russian cue, or None when no party commits. May turn a future
    "relations will develop" into an intention (c.modality)."""
    p = c.pred
    if c.modality == "agreed":
        return _agreed_actor(ctx, c)
    if "priority" in c.flags:
        return priority_actor(ctx, c, unit, speaker_state(ctx, p, ctx.head(p) or p))
    if "relied" in c.flags:      # "Вы можете рассчитывать на поддержку Франции": France's
        return counted_on(ctx, c, unit) or (speaker_state(ctx, p, ctx.head(p) or p) if _on_us(unit, c.idx) else None)
    # noun cues: "готовность казахстанских производителей", "приверженность Казахстана"
    if p.pos == "NOUN" and ours(ctx, p):
        # "У нас есть взаимный интерес к …" (both), "У нас есть планы по …" (the speaker's)
        if {k.lemma for k in ctx.kids(p) if k.rel == "amod"} & ctx.words("shared"):
            return "JOINT"
        return speaker_state(ctx, p, ctx.head(p))
    if p.pos == "ADP" and (owner := plans_owner(ctx, p)):
        return owner    # "в планах Брянской и Гомельской областей продолжить …": whose plans
    if c.modality == "propose" and (giver := p.feats.get("Voice") == "Pass" and giver_to(ctx, p)
                                    or inviter_of_the_invited(ctx, p)):
        return giver    # "Вьетнамской стороне было предложено …", "X был приглашён": by the other side
    if p.pos == "NOUN" and (host := inviting_host(ctx, c, unit)):
        return host     # "приглашение президента Вьетнама посетить Казахстан": Kazakhstan invites
    if p.pos == "NOUN":
        if {k.lemma for k in ctx.kids(p) if k.rel in ("amod", "det")} & ctx.words("shared"):
            return "JOINT"   # "подтверждает обоюдное стремление", "взаимные усилия": both sides'
        own = noun_owners(ctx, p)
        if joint_sayers(ctx, p):
            own = [k for k in own if not action_of(ctx, k)]   # not Korea's by "Дома корейской культуры"
        owner = single_owner_state(ctx, own)
        if owner is not None:
            return owner
        if both_own(ctx, own):
            return "JOINT"   # "отражены намерения двух стран": both sides', whoever tells it
        if "goal" in c.flags:
            return goal_actor(ctx, p, own)
        if not party_owners(ctx, own) and (impersonal_saying(ctx, p) or _stated_by_nobody(ctx, p)):
            return "JOINT"   # "было подтверждено стремление": the meeting's, both sides' 
    if "impersonal" in c.flags and (said := said_goal_actor(ctx, p)):
        return said     # "посол отметил, что задачей является привлечение …": whose words, whose goal
    subj, gov, toks = _clause_subject(ctx, p, unit)
    if subj is None:
        return _actor_without_subject(ctx, c, gov)
    if "party" in c.flags and subj.lemma in ctx.words("relation"):
        return None
    if subj.lemma == "они" and ctx.quote_at(p.start) is None and c.kind == "cue":
        return they_actor(ctx, subj.start)
    if _third_person(ctx, subj, p):
        if c.kind in ("future", "passive"):
            return None   # "он сменит посла", "он будет переплавлен": a person's plan is no party's
        i = ctx.people.last_before(subj.start) if ctx.people else None
        named = _speaker_since(ctx, subj.start) or titled_subject_since(ctx, subj.start) or (
            ctx.people.country(i) if i is not None else None)
        return in_turn(ctx, subj, named) or named
    return _actor_of_subject(ctx, c, unit, subj, gov, toks)


def _speaker_since(ctx: DocContext, pos: int) -> Optional[str]:
    """"«…», — отметил президент СРВ. Он также призвал …": "он" is the speaker of a quote
    told after the last name, whom the attribution named by a title."""
    named = ctx.people.last_stop_before(pos) if ctx.people else 0
    quotes = [q for q in ctx.quotes if named <= q.start and q.stop <= pos]
    return quotes[-1].country if quotes else None


def _stated_by_nobody(ctx: DocContext, p) -> bool:
    """"В ходе встречи был подтвержден настрой …": a position stated in the passive with no
    agent is the meeting's."""
    h = ctx.head(p)
    express = ctx.words("express")
    reflexive = h is not None and h.lemma.endswith("ся") and h.lemma[:-2] in express
    if h is None or not (h.lemma in express or reflexive) or not p.rel.startswith("nsubj"):
        return False
    # "был подтвержден настрой", "подчеркивалась важность" (a reflexive past: the passive)
    passive = reflexive or h.feats.get("Voice") == "Pass" or "Short" in (h.feats.get("Variant"),
                                                                           h.feats.get("VerbForm"))
    return passive and not any(k.rel in ("obl:agent", "nsubj") for k in ctx.kids(h) if k is not p)


# verbs whose passive is the sides' agreement whatever its subject ("Согласована повестка")
_AGREED_WHATEVER = frozenset({"согласовать", "решить"})


_COMPANIES = word_list("companies")


def _agreed_actor(ctx: DocContext, c: Candidate) -> Optional[str]:
    """An agreement is both parties'; a "joint" cue needs a joint or first-person subject;
    companies agreeing between themselves ("компания «Кориан эйр» договорилась с …") bind no
    state."""
    subj, _ = subject_of(ctx, c.pred)
    if subj is not None and subj.lemma in _COMPANIES and not phrase_of(
            ctx, ctx.subtree(subj, 6, ("acl", "acl:relcl", "parataxis")), subj).codes:
        return None
    if "own" in c.flags and subj is not None:
        # "Франция дала согласие на подписание …": the one that consents
        codes = set(phrase_of(ctx, ctx.subtree(subj, 6, ("acl", "acl:relcl", "parataxis")), subj).codes)
        if len(codes) == 1:
            return codes.pop()
    if "joint" in c.flags:
        if subj is not None and subj.rel == "nsubj:pass" and (
                subj.lemma in ctx.words("decision") or subj.feats.get("Number") == "Plur"
                or c.pred.lemma in _AGREED_WHATEVER):
            # "Принято решение о …", "определены новые направления": the meeting's, both sides'
            # (unless an agent names the one party); not a schedule ("вылет намечен на 10.00")
            return decision_actor(ctx, c.pred)
        if subj is None:
            # "Стороны обсудили … Определили новые направления": a plural verb with its
            # subject left out goes on with the participants of the report
            # (a past plural by its ending: the tagger takes "Наметили" for a first person)
            f = c.pred.feats
            past_plural = c.pred.text.lower().endswith(("ли", "лись")) or (
                f.get("Number") == "Plur" and f.get("Tense") == "Past" and f.get("Person") != "1")
            return "JOINT" if c.pred.pos == "VERB" and past_plural else None
        ph = phrase_of(ctx, ctx.subtree(subj, 14, ("acl", "acl:relcl", "parataxis")), subj)
        if not (ph.joint_noun or len(ph.codes) > 1 or ph.first):
            return one_state_decided(ctx, c.pred, subj, ph)
    return "JOINT"


def _clause_subject(ctx: DocContext, p, unit: list) -> tuple[Optional[object], Optional[object], Optional[list]]:
    """(subject, the predicate governing it, the subject's tokens when the fallback chose them)."""
    subj, gov = subject_of(ctx, p)
    toks = None
    if subj is not None and subj.lemma == "что" and subj.index < p.index and _promised(ctx, p):
        subj = None   # "заверила, что поставит": the conjunction the parser took for the subject
    if subj is not None and subj.start < p.start and any(
            t.lemma in _CLAUSE_MARKS and subj.stop <= t.start < p.start for t in unit):
        subj = None   # a subject across "что" is a parse error
    if subj is not None and p.feats.get("Person") == "1" and p.feats.get("Number") == "Plur" \
            and p.feats.get("Tense") == "Fut" and subj.pos in ("NOUN", "PROPN"):
        return None, gov, None   # "все дороги … переведем": a first-person verb has no noun subject
    if subj is None:
        subj, toks = fallback_subject(ctx, p, unit)
    return subj, gov, toks


def _third_person(ctx: DocContext, subj, p) -> bool:
    """"он", "она" outside a quote, alone: the last person named before."""
    return subj.lemma in ctx.words("third") and ctx.quote_at(p.start) is None and not any(
        k.rel == "conj" for k in ctx.kids(subj))


def _actor_of_subject(ctx: DocContext, c: Candidate, unit: list, subj, gov, toks) -> Optional[str]:
    """The actor from a found subject: its phrase, a region of the speaker's state, first
    person, passive and future plans."""
    p = c.pred
    if subj.lemma in ctx.words("meeting") and c.kind == "cue" and (ctx.says(p) or gov is not None and ctx.says(gov)):
        return "JOINT"   # "Переговоры подтвердили обоюдную заинтересованность": the meeting's
    ph = _subject_phrase(ctx, unit, subj, toks)
    actorlike = ph.first or ph.codes or ph.joint_noun
    if not actorlike and subj.lemma in ctx.words("domestic") and subj.feats.get("Number") != "Plur":
        spk = speaker_state(ctx, p, gov)
        if spk and spk != "JOINT":
            return spk   # "X заверил, что область обеспечит …": X's region
    if ph.first and _reciprocal_ru(unit, p):
        return "JOINT"   # "Мы будем защищать интересы друг друга": both sides' "мы"
    if ph.first:
        spk = speaker_state(ctx, p, gov)
        if ph.comitative and spk and any(x != spk for x in ph.comitative) or ph.counterpart and spk:
            return "JOINT"      # "мы с египетским коллегой", "мы с коллегой намерены …": both sides
        if ph.lemma in ctx.words("jointbody"):
            return "JOINT"   # "наша межправкомиссия должна …": the two sides' body
        if ph.lemma in ctx.words("first") or ph.lemma in ctx.words("statelike") or ph.lemma in ctx.words("joint"):
            if ph.joint_noun and (not spk or _both(ctx, subj)):
                return "JOINT"   # "наши две страны будут …": both sides, whoever speaks
            return spk or our_country_state(ctx, subj)
    bare = None if ph.codes or ph.first else this_country(ctx, subj)
    if bare:
        return bare      # "Также страна готова …": the state just named
    if c.kind == "passive":
        if binding_passive(ctx, p) and subj.lemma not in ctx.words("announce"):
            return hoper_state(ctx, c) or passive_agent(ctx, p) or exporter(ctx, subj) or giver_to(ctx, p) \
                or giver_before(ctx, subj, ph) or host_or(ctx, p, _joint_or(ph))
        return None
    if c.kind == "future":
        if subj.lemma in ctx.words("relation") and p.lemma in ctx.words("develop"):
            c.modality = "intend"
            return _joint_or(ph)
        if not _party_plans(ctx, subj, ph):
            return None
    return _actor_of_phrase(ctx, c, ph, actorlike, gov)


_RECIPROCAL_RU = frozenset({"взаимно", "обоюдный"})   # (not "взаимовыгодный": a cliché of any side's aims)


def _reciprocal_ru(unit: list, p) -> bool:
    """A first-person clause about what the two sides do to each other ("друг друга",
    "взаимно", "обоюдный"; "взаимовыгодное сотрудничество" is what either side may want)."""
    after = [t for t in unit if t.start >= p.start]
    words = [t.lemma for t in after]
    return any(t.lemma in _RECIPROCAL_RU for t in after) or any(   # ("друг с другом" too)
        w == "друг" and ("друг" in words[k + 1:k + 2] or words[k + 1:k + 3] in _EACH_OTHER)
        for k, w in enumerate(words))


_EACH_OTHER = [["с", "друг"], ["к", "друг"], ["о", "друг"], ["на", "друг"]]


def _subject_phrase(ctx: DocContext, unit: list, subj, toks: Optional[list]) -> Phrase:
    """The subject's phrase within the unit and after any "что"; the states it names count
    only when it is a party-like word ("открытие торгового дома Узбекистана" is no actor)."""
    if toks is None:
        toks = [t for t in ctx.subtree(subj, 14, ("acl", "acl:relcl", "parataxis", "advcl")) if t in unit]
        marks = [t.start for t in unit if t.lemma in _CLAUSE_MARKS and t.stop <= subj.start]
        if marks:   # the subject phrase does not reach back over "что"
            toks = [t for t in toks if t.start > marks[-1]]
    ph = phrase_of(ctx, toks, subj)
    if not (ph.statelike or ph.person or ph.first or ph.joint_noun or is_role(ctx, subj)
            or subj.lemma in ctx.words("relation")):
        ph.codes = []   # "открытие торгового дома Узбекистана": the state is no actor here
    return ph


def _party_plans(ctx: DocContext, subj, ph: Phrase) -> bool:
    """A future-tense predicate commits a state-like or joint subject, not a person ("Лавров
    проведет переговоры": an announcement) nor a meeting."""
    if (ph.person or is_role(ctx, subj)) and not ph.first and not ph.statelike:
        return False
    return (ph.statelike or ph.joint_noun) and subj.lemma not in ctx.words("announce")


def _on_us(unit: list, i: int) -> bool:
    """"можете на нас рассчитывать", "рассчитывать на нашу поддержку": the speaker's side."""
    return any(t.lemma in ("мы", "наш") for t in unit[max(0, i - 3):i + 5])


_OBLIGED = frozenset({"должен", "должный", "обязан", "обязанный"})


def _actor_of_phrase(ctx: DocContext, c: Candidate, ph: Phrase, actorlike, gov) -> Optional[str]:
    """The actor the subject phrase names, or JOINT for an impersonal plan."""
    p = c.pred
    if len(set(ph.codes)) > 1:
        return "JOINT"
    if len(ph.codes) == 1 and ("need" in c.flags or p.lemma in _OBLIGED):
        spk = speaker_state(ctx, p, gov)
        if spk and spk not in ("JOINT", ph.codes[0]):
            c.flags = c.flags | {"need"}
            return spk      # "Азербайджан должен …, — утверждал армянский премьер": his proposal
    if len(ph.codes) == 1:
        return ph.codes[0]
    if ph.joint_noun:
        return "JOINT"
    if actorlike:
        return None
    # a subject that is not a party ("задачи будут закреплены", "задачей является")
    if "impersonal" in c.flags or c.kind == "passive":
        return (giver_to(ctx, p) or "JOINT") if c.kind != "passive" or binding_passive(ctx, p) else None
    if "need" in c.flags and p.pos == "NOUN":
        return speaker_state(ctx, p, gov) or "JOINT"
    return None


def _actor_without_subject(ctx: DocContext, c: Candidate, gov) -> Optional[str]:
    """No subject at all: an impersonal plan is joint, first person is the speaker's."""
    p = c.pred
    if c.kind == "future" and _promised(ctx, p):
        spk = speaker_state(ctx, p, ctx.head(p))
        if spk and spk != "JOINT":
            return spk   # "Москва заверила Нью-Дели, что поставит …": who promises, does it
    if c.kind == "passive":
        return (hoper_state(ctx, c) or passive_agent(ctx, p) or giver_to(ctx, p)
                or host_or(ctx, p, "JOINT")) if binding_passive(ctx, p) else None
    if "impersonal" in c.flags:
        return giver_to(ctx, p) or "JOINT"
    person1 = p.feats.get("Person") == "1" or any(
        k.feats.get("Person") == "1" for k in ctx.kids(p) if k.rel in ("aux", "aux:pass"))
    if "need" in c.flags and not person1 and _experiencer(ctx, p) == "JOINT":
        return "JOINT"      # «Сторонам необходимо …», — said by one side: the sides are both, in a quote too
    spk = speaker_state(ctx, p, gov)
    if person1 or ctx.quote_at(p.start) is not None:
        return spk
    who = _experiencer(ctx, p) if "need" in c.flags or p.lemma == "важный" else None
    if who is not None:
        return who or None      # ("странам важно …": whom it is important for)
    if "need" in c.flags:
        return spk or ("JOINT" if p.pos == "NOUN" or impersonal_saying(ctx, p) else None)
    if c.kind == "future" or c.kind == "cue" and p.feats.get("Tense") == "Pres":
        # ("Их продукцию планируют поставлять …" after the sides agreed: their plan)
        return host_or(ctx, p, "JOINT") if _indefinite_plural(ctx, p) else (spk if c.kind == "cue" else None)
    return spk or _carried_subject(ctx, c)


_OPENERS = frozenset({"а", "и", "также", "кроме", "того", "помимо", "этого", "затем", ",", "в", "свой", "очередь"})


def _carried_subject(ctx: DocContext, c: Candidate) -> Optional[str]:
    """"Глава государства объяснил … А также пообещал вернуться …": a past verb that opens
    its sentence with no subject goes on with the subject of the sentence before."""
    p = c.pred
    if c.kind != "cue" or p.feats.get("Tense") != "Past" or p.feats.get("VerbForm") != "Fin" \
            or p.sent == 0 or ctx.quote_at(p.start) is not None:
        return None
    sent = ctx.doc.sents[p.sent]
    if any(t.lemma not in _OPENERS for t in sent.tokens if t.start < p.start):
        return None
    prev = ctx.doc.sents[p.sent - 1]
    root = next((t for t in prev.tokens if t.rel == "root"), None)
    subj = next((k for k in ctx.kids(root) if k.rel == "nsubj"), None) if root is not None else None
    if subj is None or subj.feats.get("Number") != p.feats.get("Number") or (
            p.feats.get("Gender") and subj.feats.get("Gender") not in (None, p.feats.get("Gender"))):
        return None
    return _actor_of_subject(ctx, c, list(prev.tokens), subj, root, None)


def _experiencer(ctx: DocContext, p) -> Optional[str]:
    """"России и Белоруссии следует …", "Нашим странам необходимо …": the dative the
    necessity is put on names who should act — both named states are both sides, one is
    itself; "" for a dative that is no party ("бизнесу нужно"); None where there is none."""
    dat = next((k for k in ctx.kids(p) if k.rel in ("iobj", "obl") and (
                k.feats.get("Case") == "Dat" or k.rel == "iobj" and k.feats.get("Case") == "Gen")
                and k.pos in ("NOUN", "PROPN") and not any(x.rel == "case" for x in ctx.kids(k))), None)
    if dat is None:
        return None
    ph = phrase_of(ctx, ctx.subtree(dat, 10), dat)
    if len(set(ph.codes)) > 1 or ph.joint_noun and (ph.first or _both(ctx, dat) or dat.lemma == "сторона" or (
            dat.lemma == "страна" and dat.feats.get("Number") == "Plur" and not ctx.kids(dat))):
        return "JOINT"      # ("сторонам необходимо приложить усилия", "странам важно": the sides are both)
    if len(ph.codes) == 1 and (ph.statelike or dat.pos == "PROPN"):
        return ph.codes[0]
    return None if ph.person or ph.first else ""


def _indefinite_plural(ctx: DocContext, p) -> bool:
    """"Для достижения цели будут развивать логистику": a third-person plural future with
    no subject, after the sides last acted together (or before anyone acted), is both sides'
    plan."""
    verb = p if p.feats.get("VerbForm") == "Fin" else next(
        (k for k in ctx.kids(p) if k.rel == "aux" and k.feats.get("VerbForm") == "Fin"), None)
    if verb is None or verb.feats.get("Number") != "Plur" or verb.feats.get("Person") != "3":
        return False
    if dative_topic(ctx, p, verb):
        return False   # "Этому будут способствовать соглашения": the noun after is the subject
    return ctx.last_actor is None or ctx.last_actor[1] == "JOINT"


def _joint_or(ph: Phrase) -> str:
    """The one state a phrase names, else JOINT."""
    codes = set(ph.codes)
    return next(iter(codes)) if len(codes) == 1 and not ph.joint_noun else "JOINT"


def _both(ctx: DocContext, subj) -> bool:
    """"две страны", "обе стороны", "наши страны": a plural joint noun counted as both sides;
    so are the heads of both ("главы наших государств", "лидеры двух стран")."""
    def counted(t) -> bool:
        return is_plural(ctx, t) and any(k.lemma in ("два", "оба", "обе", "наш") for k in ctx.kids(t))
    return counted(subj) or is_plural(ctx, subj) and any(
        k.lemma in ("государство", "страна") and counted(k) for k in ctx.kids(subj))


_PROMISING = frozenset({"заверить", "заверять", "обещать", "пообещать", "гарантировать"})


def _promised(ctx: DocContext, p) -> bool:
    """A subjectless future in the "что"-clause of a verb of promising ("заверила, что поставит")."""
    h = ctx.head(p)
    return h is not None and p.rel in ("ccomp", "advcl", "parataxis") and h.lemma in _PROMISING \
        and p.feats.get("Person") != "1"
