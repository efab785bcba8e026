"""Finding the cues of a sentence: the modal words of the lexicon and future-tense predicates.

A cue of ``accords/data/modality.*.tsv`` counts only in the form its flags ask for (finite,
non-past, short, neuter …), not negated, and — for noun and infinitive cues — only where it
states a position ("выразили готовность", "рассчитываем подписать"), not etiquette or a
mere noun phrase.
"""
from __future__ import annotations

from ...lexicon import word_list
from ..quotes import match_seq
from .candidate import PRIORITY, Candidate
from .context import DocContext
from .gaps_en import WEEKDAYS as _WEEKDAYS, across_a_parenthesis, across_a_time, across_quote_marks
from .importance_ru import importance_is_a_view
from .cues_en import (EN_MODALS, a_plain_thing_after, agrees_with_a_view, courtesy_request, invitation_received,
                      of_phrase_en, upcoming_occasion_en)
from .owned_en import gerund_next, owned_deed
from .phrase import of_owner
from .priorities_ru import priority_cues
from .futures_ru import futures

_FRAMES = word_list("commitments_future_frames")
_EN_DETERMINERS = word_list("en_noun_determiners")
_EN_NEGATIONS = ("not", "no", "never")
_EN_NOTING = word_list("en_noting_verbs")
_HOPED = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished"})


def find_cues(ctx: DocContext, unit: list) -> list[Candidate]:
    """The first fitting lexicon cue at each token, then (Russian) the future-tense
    predicates no cue took."""
    out = []
    for i, t in enumerate(unit):
        for cue in ctx.lex.cues_starting_with(t.lemma):
            m = match_seq(unit, i, cue.words)
            if m is None and ctx.lang == "en" and len(cue.words) > 1:
                m = across_a_time(unit, i, cue.words) or across_quote_marks(unit, i, cue.words) \
                    or across_a_parenthesis(unit, i, cue.words)
            if m is None or not _cue_fits(ctx, unit, i, m[-1], cue.flags):
                continue
            out.append(_candidate(t, i, cue))
            break
    if ctx.lang == "ru":
        out += futures(ctx, unit, {c.idx for c in out})
        out += priority_cues(ctx, unit, {c.idx for c in out})
    return out


def _candidate(t, i: int, cue) -> Candidate:
    """A candidate ranked by the cue's strength; a future-flagged cue ranks as a plain future."""
    f = cue.flags
    rank = PRIORITY["strong"] if "strong" in f else PRIORITY["cue"]
    kind = "future" if "future" in f else "cue"
    if kind == "future":
        rank = PRIORITY["future"]
    return Candidate(t, i, cue.modality, rank, f, kind)


def _cue_fits(ctx: DocContext, unit: list, i: int, last: int, f) -> bool:
    """The cue's word form, polarity and context are what its flags ask for."""
    t = unit[i]
    if ctx.lang == "ru":
        if not _russian_form_fits(ctx, unit, i, f):
            return False
        if "plural" in f and unit[last].feats.get("Number") != "Plur":
            return False    # "в планах" (plans), not "в плане" (in terms of)
    elif i and unit[i - 1].lemma in _EN_NEGATIONS:
        return False
    elif "opinion" in f and agrees_with_a_view(unit, last):
        return False
    elif "modal" in f and not any(t.text.lower() in EN_MODALS for t in unit[last + 1:last + 10]):
        return False
    elif "notnoting" in f and last + 1 < len(unit) and unit[last + 1].text.lower() in _EN_NOTING:
        return False
    elif "verbnext" in f and (last + 1 >= len(unit) or not unit[last + 1].text.isalpha()
                              or not unit[last + 1].text.islower()
                              or unit[last + 1].text in _EN_DETERMINERS):
        return False    # "announced to appoint", not "announced to the press"
    elif "need" in f and [x.text.lower() for x in unit[last + 1:last + 3]] == ["do", "with"]:
        return False    # "The first agreement has to do with the bridge": it concerns, binds no one
    elif ctx.lang != "ru" and courtesy_request(unit, i, last):
        return False
    elif ctx.lang != "ru" and _etiquette_next(unit, last):
        return False    # "I must thank you …", "I want to congratulate …": courtesy, no deed
    elif invitation_received(unit, i):
        return False    # "he has been invited to visit": the inviter is someone else, unnamed
    elif unit[last].text.lower() == "on" and last + 1 < len(unit) and (
            unit[last + 1].text.lower() in _WEEKDAYS or unit[last + 1].text[:1].isdigit()):
        return False    # "The agreement was reached on Tuesday": when, not what
    if ctx.lang == "ru" and any(k.rel in ("xcomp", "csubj") and k.lemma in _FRAMES and k.start > t.start
                                for k in ctx.kids(t)) and t.lemma not in ("договориться", "условиться"):
        return False    # "Я должен сказать, что …", "нужно отметить": a frame of speech, no plan
    if "noun" in f and not _expressed(ctx, unit, i, last):
        return False
    if "deed" in f and importance_is_a_view(ctx, t):
        return False
    if ctx.lang != "ru" and t.text.lower() in ("importance", "significance") and upcoming_occasion_en(unit, last):
        return False    # "stressed the importance of the upcoming visit of President …": the itinerary
    if ctx.lang != "ru" and t.text.lower() in ("importance", "significance") and a_plain_thing_after(unit, last):
        return False    # "reaffirmed the importance of the alliance as the cornerstone": a view
    if ctx.lang != "ru" and t.text.lower() == "importance" and any(
            x.text.lower() in _UNDER_WAY for x in unit[last + 1:last + 4]):
        return False    # "stressed the importance of ongoing cooperation projects": what already runs
    if "verbal" in f and (not i or unit[i - 1].lemma in _EN_DETERMINERS):
        return False    # "both sides need to …", not "the need to …"
    if "inf" in f and not (_infinitive_follows(ctx, unit, t, last)
                           or ("goal" in f and _action_noun_follows(unit, last))
                           or ("action" in f and _action_noun_follows(unit, last)
                               and any(x.lemma == "до" for x in unit[last + 2:last + 12]))):
        return False
    if ctx.lang != "ru" and t.text.lower() in ("will", "would") and \
            [x.text.lower() for x in unit[i + 1:i + 4]] == ["be", "able", "to"] \
            and not any(x.text.lower() in _HOPED for x in unit[max(0, i - 10):i]):
        # (but "Xi hopes China and the United States will be able to promote …": a wish)
        return False    # "we will be able to get close to the figure": a forecast of what can be done
    if ctx.lang != "ru" and "goal" in f and "noun" in f and of_phrase_en(unit, i):
        return False    # "a display of the partnership and shared goals": no goal stated
    if "csubj" in f and not _goal_clause(ctx, t):
        return False
    if "content" in f and not _content_follows(unit, last):
        return False
    if "gerund" in f and not gerund_next(unit, last):
        return False    # "the necessity of strengthening ties", not "the necessity of peace"
    nxt = [x.lemma for x in unit[last + 1:last + 3]]
    if t.lemma == "договориться" and nxt[:2] in (["о", "многое"], ["о", "все"], ["о", "весь"]):
        return False    # "Договорились о многом": a summary of talks, nothing named to do
    if "need" in f and nxt[:2] == ["друг", "друг"]:
        return False    # "страны почувствовали, что нужны друг другу": a bond, no obligation
    return True


_UNDER_WAY = frozenset({"ongoing", "existing", "current"})


def _content_follows(unit: list, last: int) -> bool:
    """"достигнута договоренность о …/по доведению …/, что …/увеличить …": an agreement
    with what it is about; "по большинству вопросов достигнуты договоренности." or
    "договоренности на $17 млн" tell of a meeting's result, not of what will be done."""
    nxt = unit[last + 1:last + 5]
    for k, x in enumerate(nxt):
        if x.feats.get("VerbForm") == "Inf":
            return True
        if k < 3 and (x.lemma in ("о", "об", "что") or x.lemma == "по" and k + 1 < len(nxt)
                      and nxt[k + 1].text.lower().endswith(("нию", "тию"))):
            return True
        if k < 3 and x.lemma == "по" and _questions_of_a_deed(unit[last + 1 + k + 1:last + 1 + k + 5]):
            return True
    return False


def _questions_of_a_deed(after: list) -> bool:
    """"достигнуто взаимопонимание по вопросам (дальнейшего) расширения обмена кадетами": the
    questions of a deed to be done name what was agreed (work real132; MFA releases), not
    "по большинству вопросов" alone."""
    if not after or after[0].lemma != "вопрос":
        return False
    return any(x.text.lower().endswith(("ния", "тия")) for x in after[1:3])


def _russian_form_fits(ctx: DocContext, unit: list, i: int, f) -> bool:
    """The Russian word form the cue's flags ask for, not negated."""
    t = unit[i]
    if "finite" in f and not _finite(t):
        return False
    if "need" in f and t.text.lower() in _NEUTER_NEEDS and not any(
            x.feats.get("VerbForm") == "Inf" for x in unit[i + 1:i + 9]) \
            and not any(k.feats.get("VerbForm") == "Inf" for k in ctx.kids(t)):
        return False    # "это все очень нужно узбекскому государству": a thing needed, nothing to do
    if "notpart" in f and t.feats.get("VerbForm") == "Part" and "Short" not in (
            t.feats.get("Variant"), t.feats.get("VerbForm")):
        return False    # "выполнение поставленных в Плане целей": goals set before, no new one
    if "nonpast" in f and _past(t, ctx):
        return False
    if "present" in f and (t.feats.get("Tense") == "Fut" or t.text.lower().startswith("буд")):
        return False    # "мы будем соблюдать договоренности": a future of our own, not agreements held
    if "past" in f and (t.feats.get("Tense") != "Past" or t.feats.get("VerbForm") != "Fin"):
        return False
    if "short" in f and not _short(t):
        return False
    if "neuter" in f and t.feats.get("Gender") != "Neut":
        return False
    if t.lemma == "решить" and "past" in f and any(x.lemma in _SOLVED for x in unit[i + 1:i + 4]):
        return False    # "Мы решили все двусторонние вопросы": issues solved, nothing decided
    if "imperative" in f and t.text.lower() not in ("давайте", "давай"):
        return False    # "Давайте использовать эту базу": let us, not "давать гарантии"
    if "active" in f and "Short" in (t.feats.get("Variant"), t.feats.get("VerbForm")):
        return False
    if "notwith" in f and i and unit[i - 1].lemma in ("с", "со"):
        return False
    if "notthat" in f and any(x.lemma == "что" for x in unit[i + 1:i + 3]) and not any(
            x.feats.get("VerbForm") == "Inf" for x in unit[i + 1:i + 3]):
        return False
    if "notthat" in f and any(x.feats.get("VerbForm") == "Inf" and x.lemma in _KNOWING
                              for x in unit[i + 1:i + 3]):
        return False    # "важно учитывать потенциалы двух стран": a view, not a thing to do
    return not _negated(ctx, unit, i)


_SOLVED = word_list("solved_objects")
_KNOWING = frozenset({"учитывать", "учесть", "понимать", "понять", "помнить", "знать", "отметить",
                      "подчеркнуть", "осознавать", "признать", "видеть"})


def _negated(ctx: DocContext, unit: list, i: int) -> bool:
    """"не" under the cue or right before it — not "не только готов, но и …" (not only), nor a
    refusal to stop ("не собираемся сбавлять темпы", "не намерены останавливаться": going on)."""
    nots = [k for k in ctx.kids(unit[i]) if k.lemma == "не"]
    if i and unit[i - 1].lemma == "не":
        nots.append(unit[i - 1])
    if nots and any(k.lemma in _STOPPING for k in unit[i + 1:i + 3]):
        return False
    return any(not (n.index + 1 < len(ctx.doc.tokens) and ctx.doc.tokens[n.index + 1].lemma == "только")
               for n in nots)


# verbs of stopping or slowing: refusing them is an intention to go on
_STOPPING = frozenset({"сбавлять", "сбавить", "останавливаться", "остановиться", "снижать",
                       "снизить", "отказываться", "отказаться", "замедлять", "сворачивать",
                       "свернуть", "прекращать", "прекратить"})


# the impersonal neuter of a need: with no infinitive it says a thing is needed, no one acts
_NEUTER_NEEDS = frozenset({"нужно", "необходимо", "надо"})


def _finite(t) -> bool:
    """A finite verb or a short form ("готова"), not an infinitive, gerund or full participle."""
    vf = t.feats.get("VerbForm")
    if vf in ("Conv", "Inf"):
        return False
    if (vf == "Part" or t.pos == "ADJ") and "Short" not in (t.feats.get("Variant"), vf):
        return False
    return True


def _past(t, ctx: DocContext) -> bool:
    """Past tense, by the verb or by its auxiliary "был"."""
    if t.feats.get("Tense") == "Past" and t.feats.get("VerbForm") != "Part":
        return True
    return any(k.lemma == "быть" and k.feats.get("Tense") == "Past" for k in ctx.kids(t))


def _short(t) -> bool:
    """A short form or a predicative of need ("надо", "нужно", "необходимо")."""
    return "Short" in (t.feats.get("Variant"), t.feats.get("VerbForm")) or t.lemma in ("надо", "нужно", "необходимо")


def _infinitive_follows(ctx: DocContext, unit: list, t, last: int) -> bool:
    """"рассчитываем (в ближайшее время) подписать", "задача — довести": an infinitive
    complement that is a deed, not etiquette ("хочу поблагодарить", "хочу отметить")."""
    # (not the head of a "что"-clause in the future: "рассчитывает, что отношения будут развиваться")
    infs = [k for k in ctx.kids(t) if k.feats.get("VerbForm") == "Inf" and not any(
        x.rel == "aux" or x.rel == "mark" and x.lemma == "что" for x in ctx.kids(k))]
    infs += [x for x in unit[last + 1:last + 5] if x.feats.get("VerbForm") == "Inf"]
    # (not one inside a condition: "Я обещал Президенту: если что-то сможем сделать, …")
    infs = [x for x in infs if not any(y.lemma in _OPENS_CONDITION for y in ctx.doc.tokens[t.index + 1:x.index])]
    etiquette = ctx.words("speech") | ctx.words("express") | ctx.words("etiquette")
    return bool(infs) and (infs[0].lemma not in etiquette or _a_deed_after_all(ctx, infs[0]))


# verbs of saying that are deeds with a thing to give: "пообещала поставить зерно", not
# "поставить вопрос", "передать привет"
_ALSO_DEEDS = frozenset({"поставить", "передать", "направить"})
_SAID_THINGS = frozenset({"вопрос", "привет", "послание", "поздравление", "благодарность", "задача",
                          "акцент", "слово", "цель", "точка"})


def _a_deed_after_all(ctx: DocContext, inf) -> bool:
    return inf.lemma in _ALSO_DEEDS and not any(k.lemma in _SAID_THINGS for k in ctx.kids(inf)
                                                if k.rel in ("obj", "iobj", "obl", "nmod"))


_OPENS_CONDITION = frozenset({"если", "if"})


_EN_ETIQUETTE = frozenset({"thank", "congratulate", "commend", "acknowledge", "salute",
                           "convey", "say", "note", "mention", "stress", "emphasize",
                           "emphasise", "highlight", "underline", "recall", "remind", "admit"})


def _etiquette_next(unit: list, last: int) -> bool:
    """The cue's verb is one of courtesy or of speech ("must thank", "want to congratulate")."""
    nxt = [x.text.lower() for x in unit[last + 1:last + 3]]
    if nxt[:1] == ["to"]:
        nxt = nxt[1:]
    return bool(nxt) and nxt[0] in _EN_ETIQUETTE


_THANKS = frozenset({"благодарность", "признательность", "спасибо"})
_ACTION_ENDINGS = ("ние", "тие", "ция", "зия")


def _action_noun_follows(unit: list, last: int) -> bool:
    """"Наша цель — (дальнейшее) расширение торговли": a goal stated by a noun of action
    rather than an infinitive."""
    for x in unit[last + 1:last + 3]:
        if x.lemma.endswith(_ACTION_ENDINGS) and x.pos in ("NOUN", "ADJ", "PROPN"):
            return True   # the tagger takes a rare noun after a dash for an adjective
        if x.pos == "NOUN":
            return False
    return False


def _goal_clause(ctx: DocContext, t) -> bool:
    """"Наша цель, поставленная …, — довести …": the goal noun is the predicate of an
    infinitive subject, not "с целью увеличить"; or the subject of a present "составляет" with
    an amount ("Цель по товарообороту к 2030 году составляет 100 млрд долларов")."""
    kids = ctx.kids(t)
    if any(k.rel == "case" for k in kids):
        return False
    if any(k.rel == "csubj" and k.feats.get("VerbForm") == "Inf" for k in kids):
        return True
    h = ctx.head(t)
    return (h is not None and t.rel == "nsubj" and h.lemma == "составлять"
            and h.feats.get("Tense") != "Past"
            and any(x.pos == "NUM" or x.text[:1].isdigit() for x in ctx.doc.tokens[h.index + 1:h.index + 5]))


def _expressed(ctx: DocContext, unit: list, i: int, last: int) -> bool:
    """A noun cue states a position only under a verb of stating: "подтвердил стремление",
    "выразили готовность", "emphasized the need" — not "состояние готовности"."""
    ok = ctx.words("express") | ctx.words("speech")
    if ctx.lang != "ru":
        # "emphasised the UK’s continued commitment": a possessive takes three tokens;
        # "welcomed the intention of the Uzbek side to …": the owner names itself
        # (a word right before the noun is its modifier: "a shared commitment")
        if not any(ctx.says(t) for t in unit[:max(0, i - 1)]) and _copula_after(unit, last):
            return False    # "A shared commitment to democratic values is the bedrock of …": described
        return any(ctx.says(t) for t in unit[max(0, i - 7):i]) or any(ctx.says(t) for t in unit[i + 1:]) \
            or of_owner(unit, i) is not None or owned_deed(ctx, unit, i, last)
    t = unit[i]
    if ours(ctx, t):
        return True     # "У нас есть долгосрочные планы по торговле": the speaker's side has them
    for _ in range(3):
        h = ctx.head(t)
        if h is None or h.lemma in _THANKS:
            return False    # "выразил благодарность за приглашение": thanks for it, not making it
        if h.lemma in ok or h.lemma.endswith("ся") and h.lemma[:-2] in ok:
            return True     # "подтвердил стремление", "подчеркивалась важность"
        if t.rel not in ("obj", "nmod", "conj", "nsubj", "nsubj:pass", "obl", "appos"):
            return False
        if h.pos == "VERB":
            return False    # "упирается в желание защитить …": another verb governs it
        t = h
    return False


_COPULAS_EN = frozenset({"is", "are", "was", "were", "remains", "remain"})


def _copula_after(unit: list, last: int) -> bool:
    """A copula within eight words after the noun phrase, no comma between: the noun is the
    subject of a description."""
    for t in unit[last + 1:last + 9]:
        if t.text in (",", ";", ":"):
            return False
        if t.text.lower() in _COPULAS_EN:
            return True
    return False


def binding_passive(ctx: DocContext, p) -> bool:
    """A verb whose future passive binds its doers ("будет создана"), also in the imperfective
    reflexive ("будут закрепляться в соглашениях", "будут реализовываться")."""
    passive = ctx.words("passive")
    if p.lemma in passive:
        return True
    if not p.lemma.endswith(("ся", "сь")):
        return False
    base = p.lemma[:-2]
    return base in passive or any(len(v) > 5 and base.startswith(v[:-3]) and len(base) - len(v) <= 3
                                  for v in passive if v.endswith("ть"))


def ours(ctx: DocContext, noun) -> bool:
    """"У нас есть план …", "У нас общая заинтересованность в том, чтобы …": the noun is had
    by "у нас" (Russian parse)."""
    h = ctx.head(noun)
    if h is None:       # no "есть": the noun is the predicate and "у нас" hangs on it
        return any(k.lemma == "мы" and any(g.lemma == "у" for g in ctx.kids(k)) for k in ctx.kids(noun))
    if h.lemma == "мы" and noun.rel.startswith("nsubj"):   # or "у нас" is the predicate
        return any(g.lemma == "у" for g in ctx.kids(h))
    return h.lemma == "быть" and noun.rel.startswith("nsubj") and any(
        k.lemma == "мы" and any(g.lemma == "у" for g in ctx.kids(k)) for k in ctx.kids(h))
