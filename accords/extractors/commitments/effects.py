"""What a meeting or a thing will bring about, or is: a forecast of its effect or news of
its state, not a party binding itself ("Наша встреча еще более укрепит узы дружбы", "we hope
that your visit will help balance trade", "the WEST Program, which will provide …",
"соглашение … готово")."""
from __future__ import annotations

from .candidate import PRIORITY, Candidate
from .context import DocContext


def meeting_will_have_an_effect(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"Наша встреча еще более укрепит узы дружбы, выведет отношения на новый уровень",
    "визит придаст новый импульс", "документ откроет новую эру": what a meeting or a paper
    will bring about is a forecast of its effect, not anyone binding themselves."""
    if ctx.lang != "ru" or c.kind != "future" or c.rank >= PRIORITY["strong"]:
        return False
    p = c.pred
    for _ in range(3):      # a future with no subject of its own goes on with the one before
        subj = [k for k in ctx.kids(p) if k.rel.startswith("nsubj")]
        if subj:
            return any(k.lemma in _OCCASIONS or k.lemma in _PAPERS for k in subj)
        before = [t for t in unit if t.start < p.start and t.pos == "VERB" and t.feats.get("Tense") == "Fut"]
        if not before:
            return False
        p = before[-1]
    return False


_OCCASIONS = frozenset({"встреча", "визит", "переговоры", "саммит", "форум", "заседание", "беседа",
                        "разговор", "поездка", "сессия"})


# "Документ откроет новую эру в двусторонних связях" (work real73): a paper's effect too — the
# generic word only ("соглашение", "программа" … as subjects were measured and took a blind set down)
_PAPERS = frozenset({"документ"})


def occasion_should_have_an_effect(ctx: DocContext, c: Candidate) -> bool:
    """"форум, который должен способствовать развитию связей", "…, что должно способствовать …",
    "контакты …, они должны снять препятствия": what a meeting or the deed just told ought to bring
    about is an effect expected of it, no party binding itself (work real79; newskiev.ru)."""
    if ctx.lang != "ru" or c.pred.lemma != "должный":
        return False
    if any(k.rel == "xcomp" and k.lemma == "оказаться" for k in ctx.kids(c.pred)):
        return True     # "визиты должны оказаться полезными": an outcome hoped of them, no deed
    subj = next((k for k in ctx.kids(c.pred) if k.rel.startswith("nsubj")), None)
    if subj is None:
        return False
    if subj.lemma == "что" and subj.pos == "PRON" and subj.index and ctx.doc.tokens[subj.index - 1].text == ",":
        return True     # "…, что должно способствовать": the deed just told is the subject
    if subj.lemma == "который":
        subj = ctx.head(c.pred) if c.pred.rel == "acl:relcl" else None
    elif subj.lemma in ("он", "она", "оно", "они"):
        toks = ctx.doc.tokens
        subj = next((t for t in reversed(toks[max(0, subj.index - 15):subj.index])
                     if t.sent == c.pred.sent and t.rel.startswith("nsubj") and t.pos == "NOUN"), None)
    return subj is not None and subj.lemma in _OCCASIONS | _MORE_OCCASIONS


_MORE_OCCASIONS = frozenset({"контакт", "консультация", "мероприятие", "конференция", "выставка"})


_EN_OCCASIONS = frozenset({"visit", "visits", "meeting", "meetings", "talks", "summit", "forum",
                           "negotiations", "session", "trip", "conference",
                           "agreements", "documents",   # "the agreements reached … would pave the way"
                           # "the implementation of the road map will undoubtedly lead to …"
                           "implementation", "realization", "realisation", "execution"})
_EN_EFFECTS = frozenset({"contribute", "help", "serve", "give", "allow", "enable", "open", "lead",
                         "bring", "strengthen", "boost", "become", "pave", "create"})
_EN_PARTIES = frozenset({"we", "they", "i", "you", "he", "she", "us", "sides", "side", "countries",
                         "country", "nations", "parties", "governments", "government", "leaders",
                         "ministers", "both"})
_EN_OPENERS = frozenset({"that", "hope", "hopes", "hoped", "believe", "believes", ",", ";", "“", '"'})


def occasion_will_have_an_effect(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """An English future whose subject is an occasion and whose verb is one of effect ("we
    hope that your visit will help balance trade", "the talks will give a new impetus"): the
    speaker's view of what it will bring about. (The same for any thing as the subject — "the
    facilitation of the visa regime should contribute to …" — moved one real set up and one
    down: not kept.)"""
    if ctx.lang == "ru" or c.rank >= PRIORITY["strong"] or c.modality not in ("commit", "propose"):
        return False
    words = [t.text.lower() for t in unit]
    k = c.idx + 1
    while k < len(words) and words[k] in ("also", "further", "certainly", "surely", "definitely",
                                          "undoubtedly"):
        k += 1
    if k >= len(words) or words[k] not in _EN_EFFECTS:
        return False
    lo = max((i + 1 for i in range(c.idx) if words[i] in _EN_OPENERS), default=0)
    subject = words[lo:c.idx]
    occ = next((n for n, w in enumerate(subject) if w in _EN_OCCASIONS
                or w in _EN_PLANS and effect_phrase(words, k)), None)
    # the occasion heads the subject ("the meeting of the Council … of the two states")
    return occ is not None and not any(w in _EN_PARTIES for w in subject[:occ])


# plans and joint activities: their future is an effect only with an effect phrase after it
# ("the plan of action will bring great impetus"; not "our partnership will bring new projects")
_EN_PLANS = frozenset({"plan", "roadmap", "programme", "program", "initiative", "dialogue", "exchanges",
                       "brainstorming", "partnership", "cooperation", "framework"})
_IMPETUS = frozenset({"impetus", "momentum", "boost", "fillip", "push", "dynamism"})


def effect_phrase(words: list, k: int) -> bool:
    """"bring (great) impetus", "give a new momentum", "help frame …", "pave the way": what a
    thing will bring about, said of it (at ``k``, the verb after the future)."""
    w = words[k]
    if w in ("bring", "give", "provide", "add", "lend", "impart"):
        return any(x in _IMPETUS for x in words[k + 1:k + 4])
    return w == "help" or w == "pave" and "way" in words[k + 1:k + 3]


def relative_future(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"Bush agreed to launch the WEST Program, which will provide an opportunity for …": a
    future in a relative clause tells what the thing will do, not what a party undertakes;
    "обсуждали детали того, как это будет реализовано": a future in an indirect question is
    what was talked about; "the Green Port programme, which seeks to …": what a thing (not a
    document the sides signed) aims at."""
    toks, i = ctx.doc.tokens, c.pred.index
    if i > 2 and toks[i - 1].text.lower() == "which" and toks[i - 2].text == "," \
            and c.pred.text.lower().startswith(("seek", "aim")) and toks[i - 3].text.lower() not in ctx.words("document"):
        return True     # "the Green Port programme, which seeks to cut emissions": the thing's aim
    if c.kind not in ("future", "passive") or c.rank >= PRIORITY["strong"]:
        return False
    if ctx.lang == "ru":
        return c.pred.rel == "acl" and any(k.lemma in _ASKING and k.rel in ("mark", "advmod")
                                           and _after_that(ctx, k) for k in ctx.kids(c.pred))
    return c.kind == "future" and c.idx > 0 and unit[c.idx - 1].text.lower() in ("which", "that")


_ASKING = frozenset({"как", "когда"})


def _after_that(ctx: DocContext, k) -> bool:
    """The question word opens a clause on "того, …" / "о том, …" ("детали того, как …")."""
    toks = ctx.doc.tokens
    return k.index >= 2 and toks[k.index - 1].text == "," and toks[k.index - 2].lemma in ("тот", "то")


_DOCUMENTS = frozenset({"соглашение", "документ", "договор", "меморандум", "протокол", "проект",
                        "программа", "текст", "agreement", "document", "draft", "text", "treaty"})


def a_document_is_ready(ctx: DocContext, c: Candidate) -> bool:
    """"соглашение … о взаимном признании виз готово", "the draft agreement is ready": a
    document ready for signing is news of its state, not a party's readiness."""
    if c.modality != "ready":
        return False
    return any(k.rel.startswith("nsubj") and k.lemma in _DOCUMENTS for k in ctx.kids(c.pred))


_RU_EFFECTS = frozenset({"вносить", "внести", "позволить", "позволять", "способствовать", "дать", "давать",
                         "придать", "придавать", "открыть", "открывать", "стать", "служить", "послужить",
                         "создать", "создавать", "повысить", "повышать", "увеличить", "увеличивать",
                         "помочь", "помогать", "привести", "приводить", "ускорить", "укрепить",
                         "поспособствовать"})


def action_will_have_an_effect(ctx: DocContext, c: Candidate) -> bool:
    """"Реализация мер … будет вносить вклад в увеличение товарооборота", "Создание фонда
    позволит увеличить инвестиции": what carrying a thing out will bring is a forecast of its
    effect (the subject is an action noun, not a party)."""
    if ctx.lang != "ru" or c.kind != "future" or c.rank >= PRIORITY["strong"]:
        return False
    p = c.pred
    if p.lemma == "иметь" and any(k.lemma == "значение" for k in ctx.kids(p)):
        return True     # "проект … через семь лет будет иметь ключевое значение для экономики"
    if p.lemma in ("играть", "сыграть") and any(k.lemma == "роль" for k in ctx.kids(p)):
        # "Российско-китайский фонд … будет играть важную роль в финансировании": a thing's role
        return any(k.rel.startswith("nsubj") and k.lemma in _THINGS for k in ctx.kids(p))
    verb = p if p.lemma in _RU_EFFECTS else None
    if verb is None:
        return False
    subj = [k for k in ctx.kids(verb) if k.rel.startswith("nsubj")] or _subject_left(ctx, verb)
    return any(k.lemma.endswith(_ACTION_ENDINGS) for k in subj)


_ACTION_ENDINGS = ("ние", "ция", "тие", "ение", "вие")      # "взаимодействие … будет способствовать"
_CLAUSE_EDGES = frozenset({"—", "–", ",", ":", ";", "."})


def _subject_left(ctx: DocContext, verb) -> list:
    """The nominative noun opening the verb's clause where the parser gave it none ("…
    сотрудничества — выполнение целей плана повысит товарооборот")."""
    toks = ctx.doc.tokens
    i = verb.index - 1
    while i >= 0 and toks[i].text not in _CLAUSE_EDGES and toks[i].sent == verb.sent:
        i -= 1
    first = toks[i + 1] if i + 1 < verb.index else None
    if first is None or first.pos != "NOUN" or first.feats.get("Case") != "Nom":
        return []
    return [first]


_THINGS = frozenset({"фонд", "банк", "проект", "программа", "соглашение", "механизм", "центр",
                     "платформа", "коридор", "комиссия", "совет", "форум", "инициатива", "документ"})



def signed_at_an_occasion(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"draft documents to be signed during the visit of the Kazakh president": what a visit
    will hold is its itinerary. (The same for Russian, "во время визита будет подписано более
    десяти соглашений", raised four work sets but lowered two blind ones: not kept.)"""
    if ctx.lang == "ru":
        return False
    words = [t.text.lower() for t in unit[c.idx:c.idx + 6]]
    if words[:3] == ["to", "be", "signed"] and words[3:4] in (["was"], ["were"]):
        return True     # "The first to be signed was the Agreement on …": a signing told
    if c.kind == "future" and words[:1] == ["will"] and "sign" in words[1:3]:
        # "companies will sign more than 10 agreements during his stay", "will also sign the
        # contract on Tuesday": the visit's programme
        rest = [t.text.lower() for t in unit]
        return any(w in _WHEN for w in rest)
    if "impersonal" not in c.flags:
        return False
    return words[:3] == ["to", "be", "signed"] and any(w in ("during", "at") for w in words[3:5])


_WHEN = frozenset({"during", "tomorrow", "today", "monday", "tuesday", "wednesday", "thursday",
                   "friday", "saturday", "sunday"})


# a sentiment or a prophecy in the future: "We will always remember the welcome", "вьетнамский
# народ никогда не забудет", "relations will achieve new heights" — no deed anyone undertakes
_FEELINGS = frozenset({"remember", "forget", "cherish", "забыть", "забывать", "помнить"})
_BECOME = frozenset({"стать", "становиться", "превратиться", "превращаться"})
_MEMBERS = frozenset({"участник", "член", "акционер", "инвестор", "соучредитель", "наблюдатель"})
_RISE_TO = frozenset({"achieve", "reach", "scale", "attain", "touch"})


def sentiment_or_prophecy(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """A future that tells a feeling ("will never forget"), that relations will "reach new
    heights", or what a thing or a party will become ("Россия и Турция превратятся в
    крупнейших торговых партнеров", "площадкой для этого станет бизнес-миссия"): no deed
    anyone undertakes (the spec's "a forecast is not a commitment")."""
    if c.kind != "future":
        return False
    if ctx.lang == "ru" and c.pred.lemma in _BECOME and c.rank < PRIORITY["strong"]:
        # (not joining: "станет участником проекта и вложит в него …" is a deed)
        return not any(k.lemma in _MEMBERS for k in ctx.kids(c.pred)) and not any(
            t.pos == "VERB" and t.feats.get("Tense") == "Fut" for t in unit[c.idx + 1:])
    if any(t.lemma in _FEELINGS for t in unit[c.idx:c.idx + 4]):
        return True
    if ctx.lang != "ru" and _becomes_en(unit, c.idx):
        return True     # "Indonesia will become a potential trade partner for ECOWAS"
    after = [t.text.lower() for t in unit[c.idx:c.idx + 5]]
    return any(w in _RISE_TO for w in after[:3]) and "heights" in after and not any(
        t.text.lower().startswith("hope") for t in unit[:c.idx])     # ("hoped that ties would reach new heights": a hope, kept)


_MEMBERS_EN = frozenset({"member", "members", "participant", "participants", "shareholder", "shareholders",
                         "investor", "observer", "party"})


def _becomes_en(unit: list, i: int) -> bool:
    """"will become a hub for …", "will also become an important partner": what a party will be,
    not a deed (joining is one: "will become a member of …")."""
    words = [t.text.lower() for t in unit[i + 1:i + 8]]
    k = next((n for n, w in enumerate(words[:3]) if w == "become"), None)
    if k is None or k + 1 >= len(words) or words[k + 1] not in ("a", "an", "the", "one"):
        return False
    rest = words[k + 2:]
    return not any(w in _MEMBERS_EN for w in rest[:3])


# a duty to know or grasp a thing: "Но вы должны знать, что …", "Brussels must understand that …";
# or to think a thing over or bear it in mind: "Надо подумать, как это сделать" (fresh release on
# katun24.online), "надо принимать во внимание цены" (work real5)
_KNOWING = frozenset({"знать", "понимать", "понять", "осознать", "осознавать", "know", "understand",
                      "realize", "realise", "grasp", "recognize", "recognise",
                      "подумать", "задуматься", "помнить"})
_DUTY = frozenset({"должный", "должен", "должна", "должны", "нужно", "надо", "необходимо", "must",
                   "should", "need", "needs", "have", "has"})


def duty_to_know(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"Вы должны знать, что вы желанный гость", "Brussels must understand that …": to have to
    know or grasp something is the speaker's point, no deed anyone binds itself to."""
    if c.modality not in ("commit", "propose"):
        return False
    win = unit[max(0, c.idx - 2):c.idx + 5]
    for n, t in enumerate(win):
        reach = 2
        if t.lemma == "внимание" and n >= 2 and win[n - 1].text.lower() == "во" \
                and win[n - 2].lemma in ("принимать", "принять"):
            n, reach = n - 2, 2     # "принимать во внимание": to bear in mind
        elif not ((t.lemma or t.text.lower()) in _KNOWING or t.text.lower() in _KNOWING):
            continue
        if any((u.lemma or "") in _DUTY or u.text.lower() in _DUTY for u in win[max(0, n - reach):n]):
            return True
    return False


_EXPECTED = frozenset({"ожидаться", "предполагаться", "expected"})


def expected_to_happen(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"Как ожидается, по итогам встречи будут подписаны …", "an Executive Order … is expected to
    be signed soon": what is expected to happen is a forecast, no party binding itself."""
    if c.rank >= PRIORITY["strong"] or c.kind not in ("future", "passive") and "impersonal" not in c.flags:
        return False
    if ctx.lang == "ru":
        return any(t.lemma in _EXPECTED and t.pos == "VERB" for t in unit[:c.idx])
    return any(t.text.lower() == "expected" for t in unit[max(0, c.idx - 3):c.idx])



_NEEDED = frozenset({"нужный", "необходимый"})


def need_for_a_thing(ctx: DocContext, c: Candidate) -> bool:
    """"Вся продукция белорусских предприятий нужна в Алжире", "Нам нужны технологии": a thing
    needed, with no deed in the infinitive, is a want, not an obligation."""
    if ctx.lang != "ru" or c.pred.lemma not in _NEEDED:
        return False
    kids = ctx.kids(c.pred)
    return any(k.rel.startswith("nsubj") and k.pos in ("NOUN", "PROPN") for k in kids) \
        and not any(k.feats.get("VerbForm") == "Inf" for k in kids)


# a future of receiving: "Pakistan will receive a $2.1 billion loan from China" tells the giver's
# deed from the other side and binds the receiver to nothing (as "Украина получит грант")
_RECEIVING = frozenset({"receive", "get", "obtain"})
_EN_BETWEEN = frozenset({"also", "soon", "then", "now", "further", "reportedly"})


def only_receives(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """A future whose verb is one of receiving ("will receive", "будет получать")."""
    if c.kind != "future":
        return False
    if ctx.lang == "ru":
        verb = next((k for k in ctx.kids(c.pred) if k.rel == "xcomp"), None) if c.pred.lemma == "быть" else c.pred
        return verb is not None and verb.lemma in _RU_RECEIVING
    k = c.idx + 1
    while k < len(unit) and k <= c.idx + 3 and unit[k].text.lower() in _EN_BETWEEN:
        k += 1
    return k < len(unit) and unit[k].text.lower() in _RECEIVING


_RU_RECEIVING = frozenset({"получать", "получить", "принимать"})
