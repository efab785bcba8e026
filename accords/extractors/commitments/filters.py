"""Cues that do not make a commitment on this occasion.

A cue inside the attribution after a quote, a verb dated to an earlier occasion, a future
meeting or visit, and a request made to one's own official are background, not a party
binding itself; so are the condition of a statement ("если мы договоримся") and the clause
that says what was agreed ("договорились, что …"), which belongs to the agreement.
"""
from __future__ import annotations

import re

from ...lexicon import word_list
from ..quotes import states_in
from .candidate import PRIORITY, Candidate
from .context import DocContext
from .parties import is_role, state_codes
from .obligation_en import COURTESIES

# what may stand between a quote and a cue of its attribution: "…», — поставил цель президент"
_ATTR_GAP = re.compile(r"^[\s,.!?…»\"”]*[—–-]{1,2}\s*(?:\w+\s+){0,3}$")
_PARTNER_WORDS = word_list("commitments_filters_partner_words")


def in_attribution(ctx: DocContext, p) -> bool:
    """The cue sits in the attribution after a quote ("…», — поставил цель президент")."""
    for q in ctx.quotes:
        if q.stop <= p.start < q.stop + 60 and _ATTR_GAP.match(ctx.text[q.stop:p.start]):
            return True
    return False


def dated_earlier(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"Стороны ранее договорились …", "the sides earlier agreed …": the cue's own verb dated
    to an earlier occasion is background, not a commitment made on this one. (An earlier
    *statement* of intent, "ранее посол заявил, что …", still counts.)"""
    early = ctx.words("earlier")
    if not early:
        return False
    if ctx.lang == "ru":
        dated = [c.pred]
        h = ctx.head(c.pred)
        if c.pred.pos == "NOUN" and h is not None and not ctx.says(h, ("express",)):
            dated.append(h)     # "ранее поставили цель нарастить …": the goal set earlier
        return any(k.rel == "advmod" and k.lemma in early for t in dated for k in ctx.kids(t))
    # "which they had set as a target 10 years ago": dated after the cue
    return any(t.lemma in early for t in unit[max(0, c.idx - 2):c.idx]) \
        or any(t.text.lower() == "ago" for t in unit[c.idx + 1:c.idx + 8])


def announces_meeting(ctx: DocContext, c: Candidate) -> bool:
    """A plain Russian future or intention that announces a meeting, visit or discussion —
    not "мы планируем провести заседание межправкомиссии", a party's plan for the joint body."""
    if ctx.lang == "ru" and c.modality == "intend" and any(
            k.rel == "xcomp" and k.lemma in _TALK_ABOUT
            and any(o.rel == "obj" and o.lemma in _TOPICS for o in ctx.kids(k)) for k in ctx.kids(c.pred)):
        return True     # "стороны намерены затронуть широкий спектр вопросов": an agenda, not
                        # "намерены обсудить меры по увеличению торговли до $3 млрд"
    return (c.rank < PRIORITY["strong"] and c.modality in ("commit", "intend") and ctx.lang == "ru"
            and is_announcement(ctx, c.pred) and not _plans_joint_session(ctx, c.pred)
            and not _reviews_anothers_proposal(ctx, c))


# what one side puts to the other: the proposals below, and ideas, requests, appeals
_ASKED = frozenset({"идея", "просьба", "запрос", "обращение"})


def _reviews_anothers_proposal(ctx: DocContext, c: Candidate) -> bool:
    """"Москва рассмотрит идеи Киева", "Россия внимательно рассмотрит предложения Египта",
    "… рассмотрит вопрос открытия КПП": one side's answer to a matter put to it, not an agenda ("стороны рассмотрят предложения
    бизнеса" on the commission's session is one)."""
    return c.actor != "JOINT" and c.pred.lemma in ctx.words("review") \
        and any(k.rel == "obj" and (k.lemma in _ASKED or k.lemma in _PROPOSALS or _one_question(ctx, k))
                for k in ctx.kids(c.pred))


def _one_question(ctx: DocContext, k) -> bool:
    """"Казахстан рассмотрит вопрос открытия пунктов пропуска": one matter named, taken up by
    one side (not "вопросы сотрудничества", an agenda)."""
    return k.lemma == "вопрос" and k.feats.get("Number") == "Sing" and any(
        x is not k and (x.rel == "nmod" and x.feats.get("Case") == "Gen" or x.lemma in ("о", "об"))
        for x in ctx.subtree(k, 4))


_TALK_ABOUT = frozenset({"обсудить", "обсуждать", "затронуть", "затрагивать", "обменяться"})
_TOPICS = frozenset({"вопрос", "спектр", "круг", "тема", "повестка", "перспектива", "состояние", "ход", "мнение", "аспект"})


_SESSION = frozenset({"заседание", "сессия"})
_BODY = frozenset({"комиссия", "межправкомиссия", "мпк", "совет", "межправсовет", "комитет"})


def _plans_joint_session(ctx: DocContext, p) -> bool:
    """"Мы планируем провести третье заседание межправительственной комиссии": the speaker's
    side (first person) holds a session of a joint body."""
    if not any(k.rel.startswith("nsubj") and k.lemma in ctx.words("first") for k in ctx.kids(p)):
        return False
    toks = ctx.doc.tokens
    for k in ctx.subtree(p, 12):
        # the body's name read on the words after "заседание" (the parse of long
        # adjectives there is unreliable)
        if k.lemma in _SESSION and any(t.lemma in _BODY for t in toks[k.index + 1:k.index + 6]
                                       if t.sent == k.sent):
            return True
    return False


def is_announcement(ctx: DocContext, p) -> bool:
    """A future meeting, visit or discussion ("министры обменяются мнениями")."""
    ann = ctx.words("announce")
    if _joint_activities(ctx, p, ann):
        return False
    if _held_course(ctx, p):
        return False
    if p.lemma == "сделать" and not any(k.rel == "obj" and k.lemma in _STATEMENTS for k in ctx.kids(p)) \
            or p.lemma == "принять" and any(k.rel == "obj" and k.lemma in ("мера", "шаг") for k in ctx.kids(p)):
        return False    # "Я лично сделаю многое для этого", "стороны примут меры": deeds, not "сделает заявление"
    if p.lemma in ann and any(k.rel == "obj" and _takes_part_in_a_deed(ctx, k) for k in ctx.kids(p)):
        return False    # "примет участие в тендерах на строительство": a deed
    if p.lemma in ann:
        return not (p.lemma in ctx.words("review") and any(
            k.rel == "obj" and k.lemma in ctx.words("document") or _proposals_to_act_on(ctx, k, ann)
            for k in ctx.kids(p)))
    if p.lemma in _PREPARE and any(k.rel.startswith("obl") and k.lemma in ann for k in ctx.kids(p)):
        return True     # "Нью-Дели тщательно готовится к визиту Путина": the visit to come
    return any(k.lemma in ann and not _negotiates_a_deal(ctx, k) and not _held_course(ctx, k)
               and not _takes_part_in_a_deed(ctx, k)
               for k in ctx.kids(p) if k.rel.split(":")[0] in ("obj", "xcomp", "nsubj", "csubj", "ccomp"))


_DEEDS = frozenset({"строительство", "тендер", "реализация", "проект", "создание", "модернизация",
                    "восстановление", "разработка", "поставка", "финансирование"})


def _takes_part_in_a_deed(ctx: DocContext, noun) -> bool:
    """"Россия примет участие в тендерах на строительство энергоблоков", "… в реализации
    проекта": taking part in building or in a project is a deed, not attending a meeting."""
    return noun.lemma == "участие" and any(
        k.rel.startswith(("nmod", "obl")) and k.lemma in _DEEDS for k in ctx.kids(noun))


def _held_course(ctx: DocContext, v) -> bool:
    """"проводить дружественную политику", "провести модернизацию", "будут проведены
    конференции, дни культуры": a course of action or events held, not a meeting."""
    held = [k for k in ctx.kids(v) if k.rel in ("obj", "nsubj:pass")] if v.lemma in _HOLD else []
    held += [c for k in held for c in ctx.kids(k) if c.rel == "conj"]
    return any(k.lemma in _HELD_NOT_MET for k in held)


_PREPARE = frozenset({"готовиться", "подготовиться", "готовить", "подготовить"})
_HOLD = frozenset({"провести", "проводить", "принять", "принимать"})
_HELD_NOT_MET = word_list("held_not_met")


_PROPOSALS = frozenset({"предложение", "заявка", "инициатива"})
_STATEMENTS = frozenset({"заявление", "доклад", "сообщение", "остановка", "визит", "обращение"})


def _proposals_to_act_on(ctx: DocContext, k, ann) -> bool:
    """"Новые предложения будут рассмотрены ведомствами и включены в план": proposals to be
    reviewed, or a review that goes on to act, is a step one side takes, not a discussion."""
    return k.rel == "nsubj:pass" and k.lemma in _PROPOSALS or \
        k.rel == "conj" and k.pos == "VERB" and k.lemma not in ann


_ACTIVITIES = frozenset({"мероприятие", "учение", "проект", "работа"})


def _joint_activities(ctx: DocContext, p, ann) -> bool:
    """"стороны должны провести несколько десятков совместных мероприятий", "Планируется
    проведение совместных мероприятий": joint activities held under a plan are the
    cooperation itself, not a meeting announced."""
    for h in [p] + [k for k in ctx.kids(p) if k.lemma in ann]:
        for k in ctx.subtree(h, 6):
            if k.lemma in _ACTIVITIES and any(m.lemma == "совместный" for m in ctx.kids(k)):
                return True
    return False


_CONCLUDE = frozenset({"заключение", "подписание"})


def _negotiates_a_deal(ctx: DocContext, noun) -> bool:
    """"начнут переговоры о заключении соглашения", "переговоры по соглашению о свободной
    торговле": talks that are to end in a document are a step the sides take, not an event
    on an agenda."""
    if noun.lemma != "переговоры":
        return False
    docs = ctx.words("document")
    for k in ctx.kids(noun):
        if k.rel.startswith("nmod") and (k.lemma in docs or k.lemma in _CONCLUDE
                                         and any(g.lemma in docs for g in ctx.kids(k))):
            return True
    return False


_NEIGHBOURLY = frozenset({"соседний", "братский", "дружественный", "партнерский"})


def asks_other_party(ctx: DocContext, c: Candidate, unit: list, actor: str) -> bool:
    """A request goes to the other party, not to one's own official ("попросил посла")."""
    if ctx.lang == "ru":
        for k in ctx.kids(c.pred):
            if k.rel in ("obj", "iobj") and (is_role(ctx, k) or k.lemma in ctx.words("statelike")):
                codes = state_codes(ctx, ctx.subtree(k, 8))
                if not codes and any(m.lemma in _NEIGHBOURLY for m in ctx.kids(k)):
                    return True     # "призвал соседнюю страну …": the other side, named as such
                if not codes and _all_sides(ctx.doc.tokens[c.pred.index + 1:k.index + 1]):
                    return True     # "призвал обе стороны …": the other side among them
                return any(x != actor for x in codes)
        return True
    s, e = c.span
    codes = states_in(ctx.states, s, e)
    if ctx.people:              # "Jokowi called on Prime Minister Modi to …": the other side's leader
        codes = codes + [ctx.people.country(i) for i in ctx.people.in_span(c.pred.stop, e)]
    if any(x and x != actor for x in codes) or _all_sides(unit[c.idx + 1:c.idx + 6]):
        return True
    lem = {t.lemma for t in unit if s <= t.start < e}
    return bool(lem & _PARTNER_WORDS)


_COUNTS = frozenset({"both", "two", "three", "оба", "обе", "два", "две", "три"})
_SIDES = word_list("all_sides_addressed")


def _all_sides(tokens: list) -> bool:
    """"urged the two countries to", "called on both sides to", "призвал обе стороны": every
    side is asked, the other one with the speaker's own."""
    return any(t.text.lower() in _COUNTS and any(u.lemma.lower() in _SIDES or u.text.lower() in _SIDES
                                                 for u in tokens[i + 1:i + 3])
               for i, t in enumerate(tokens))


_TOGETHER = word_list("together")
_BEING_HERE = word_list("being_here")
_GREETINGS = word_list("commitments_greetings")


def done_together(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"будем вместе работать", "will work together": both sides act, whoever speaks."""
    if ctx.lang == "ru":
        heads = [c.pred] + [k for k in ctx.kids(c.pred) if k.rel in ("xcomp", "ccomp", "csubj")]
        conj = [k for h in heads[1:] for k in ctx.kids(h) if k.rel == "conj" and k.pos == "VERB"]
        words = [k for h in heads for k in ctx.kids(h) if k.lemma in _TOGETHER]
        # the second of two things intended, "together" before it: "намерены осуществлять … и
        # сообща укреплять …" (not "… и развивать торговлю совместно" after the verb: the
        # speaker's side acts, with the other's part in it, as a real set's annotator read it)
        words += [k for h in conj for k in ctx.kids(h) if k.lemma in _TOGETHER and k.index < h.index]
        # "совместно со Всемирной продовольственной программой": with a third party, not both
        # sides. (Nor, as a real set's annotator read it, "Казахстан совместно с Узбекистаном
        # построит": the subject acts, with the other side's help; measured, taken back twice.)
        return any(not any(g.rel.startswith(("obl", "nmod")) for g in ctx.kids(w)) for w in words)
    s, e = c.span
    return any(t.lemma in _TOGETHER for t in unit if s <= t.start < e)


def instructs_both(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"(мы) дали соответствующие поручения правительствам", "поручение руководителям нашей
    совместной группы": an instruction to both governments or a joint body is both sides'
    act, whoever of the two reports it."""
    if ctx.lang != "ru" or c.modality != "commit" or "strong" not in c.flags:
        return False
    if not any(t.lemma.startswith(_INSTRUCTION_STEMS) for t in unit[max(0, c.idx - 2):c.idx + 3]):
        return False   # "сторона обязуется создать совместное производство": no instruction
    return any(t.lemma in _ADDRESSEES and t.feats.get("Number") == "Plur" or t.lemma in _JOINT_BODIES
               for t in unit[c.idx + 1:c.idx + 8])


_ADDRESSEES = word_list("instruction_addressees")
_INSTRUCTION_STEMS = ("поруч", "задани", "указани", "распоряж", "дать", "давать")
_JOINT_BODIES = word_list("instruction_joint_bodies")


# glad to be here, to see, to say or to thank: a courtesy (not "glad to be of help", "to help")
_GLAD_TO = _BEING_HERE | COURTESIES
_HERE = frozenset({"here", "in", "at", "back", "with", "among", "today", "again"})


def glad_to_be_here(ctx: DocContext, c: Candidate) -> bool:
    """"Я рад находиться в столице", "I am very glad to see you": courtesy, not readiness."""
    if c.modality != "ready":
        return False
    if ctx.lang != "ru":
        toks = ctx.doc.tokens
        i = c.pred.index
        return c.pred.text.lower() in ("glad", "happy", "pleased", "delighted") and i + 2 < len(toks) \
            and toks[i + 1].text.lower() == "to" and toks[i + 2].text.lower() in _GLAD_TO \
            and not (toks[i + 2].text.lower() == "be" and i + 3 < len(toks)
                     and toks[i + 3].text.lower() not in _HERE)  # "glad to be of help": ready
    if c.pred.lemma != "рад":
        return False
    kids = [k for k in ctx.kids(c.pred) if k.rel.split(":")[0] in ("xcomp", "csubj", "ccomp", "advcl")]
    if any(any(x.lemma == "что" and x.rel == "mark" for x in ctx.kids(k)) for k in kids):
        return True     # "Я очень рад, что вы сегодня приехали": glad of what happened
    will_be = any(k.lemma == "быть" and k.text.lower().startswith("буд") for k in ctx.kids(c.pred))
    if not will_be and not any(k.feats.get("VerbForm") == "Inf" for k in kids) and any(
            k.feats.get("Case") == "Dat" and k.rel in ("obl", "iobj", "obj") for k in ctx.kids(c.pred)):
        return True     # "рад нашей встрече", "мы этому рады": glad of a thing (not "будет рада приходу")
    return any(k.lemma in _BEING_HERE for k in kids)


_CALL = ("called", "calls", "call", "calling")


def pays_a_call(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"The ambassador called on the Minister and discussed …": a courtesy visit, not a
    request — a request names what to do ("called on both sides to …")."""
    if ctx.lang == "ru" or c.idx + 1 >= len(unit) or unit[c.idx].text.lower() not in _CALL \
            or unit[c.idx + 1].text.lower() != "on":
        return False
    rest = unit[c.idx + 2:c.idx + 18]
    for i, t in enumerate(rest):
        if t.text in (".", ";", ":"):
            break
        if t.text.lower() == "and" and i + 1 < len(rest) and rest[i + 1].text.islower() \
                and rest[i + 1].text.endswith("ed"):
            break       # "called on the Minister … and discussed ways to …": the call's own verb
        if t.text.lower() == "to" and i + 1 < len(rest) and rest[i + 1].text.islower():
            return False
    return True


def passes_greetings(ctx: DocContext, c: Candidate) -> bool:
    """"Президент просил передать слова благодарности", "просил все это передать": a
    greeting passed on, not a request to the other party."""
    if c.modality != "request" or ctx.lang != "ru":
        return False
    for k in ctx.kids(c.pred):
        if k.rel == "xcomp" and k.lemma == "передать":
            objs = [x for x in ctx.kids(k) if x.rel == "obj"]
            return not objs or any(x.lemma in _GREETINGS for x in objs)
    return False


def person_plans_a_meeting(ctx: DocContext, c: Candidate) -> bool:
    """"Он намерен обсудить с Путиным …": one person's intention to talk is an itinerary."""
    if ctx.lang != "ru" or c.modality != "intend":
        return False
    talks = [k for k in ctx.kids(c.pred) if k.rel == "xcomp" and is_announcement(ctx, k)]
    if not talks:
        return False
    subj = next((k for k in ctx.kids(c.pred) if k.rel.startswith("nsubj")), None)
    if subj is None or subj.feats.get("Number") == "Plur":   # "президенты намерены обсудить": both
        return False
    return subj.lemma in ctx.words("third") or is_role(ctx, subj) or \
        subj.pos == "PROPN" and not state_codes(ctx, [subj])


_IF = frozenset({"если", "когда", "насколько", "if", "unless"})   # "когда вы будете …", "насколько … X"
_NEXT_CLAUSE = re.compile(r",\s*(?:и|а|но)\s")
_AGREED_REACH = 60   # characters from "договорились" to the "что" of what was agreed


_HOW = frozenset({"как", "how"})


def asks_how(ctx: DocContext, c: Candidate) -> bool:
    """"проанализировал то, как должно строиться сотрудничество", "discussed how the sides
    should …": a question of how, which a meeting discusses, binds no one."""
    p = c.pred
    if ctx.lang == "ru":
        toks = ctx.doc.tokens
        return p.rel in ("acl", "ccomp", "advcl", "obl", "obj") and any(
            k.rel in ("advmod", "mark") and k.lemma in _HOW and p.index - 2 <= k.index < p.index
            and toks[k.index - 1].text == "," for k in ctx.kids(p))
    return False


def conditional(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"Если мы договоримся о чем-то, …", "if we agree on …": the condition of a statement
    commits nobody (the statement it conditions may)."""
    if ctx.lang == "ru" and any(k.rel == "mark" and k.lemma in _IF and k.start < c.pred.start and not any(
            t.text == "," and k.start < t.start < c.pred.start for t in unit) for k in ctx.kids(c.pred)):
        # the mark opens the cue's own clause (no comma between: "если …, будем работать" is
        # a commitment under a condition, however the parse attaches its "если")
        return True
    # "если это сотрудничество будет расширяться": the word, when the parse hangs it elsewhere
    for t in reversed(unit[max(0, c.idx - 5):c.idx]):
        if t.text in (",", ";", ":"):
            return False
        if t.text.lower() in _IF:
            return True
    return False


def content_of_agreement(ctx: DocContext, c: Candidate, unit: list, resolved: list) -> bool:
    """"мы договорились с премьер-министром, что министерства выработают план": the clause
    after "что" is what was agreed, part of that commitment, not a commitment of its own (read
    on the words, not the parse, which often hangs such a "что" elsewhere)."""
    if c.modality == "agreed":
        return False
    that_word = "что" if ctx.lang == "ru" else "that"     # "They concurred that the two countries would …"
    for a in resolved:
        if a.modality != "agreed" or a.pred.stop > c.pred.start:
            continue
        that = [t for t in unit if t.lemma == that_word and a.pred.stop <= t.start < c.pred.start
                and t.start - a.pred.stop <= _AGREED_REACH]
        if that and not _NEXT_CLAUSE.search(ctx.text, that[0].stop, c.pred.start) and not any(
                x is not c and that[0].start < x.pred.start < c.pred.start for x in resolved):
            return True   # (not past ", и …": "…, что вы приедете, и если …, будем работать")
    return False
