"""What a speaker believes, hopes or guesses will happen: a forecast in the speaker's words,
not a party binding itself ("выразил надежду, что … будут подписаны", "уверен, что Индия
продолжит …", "убежден: сотрудничество будет укрепляться", "Perhaps Kyrgyzstan will …")."""
from __future__ import annotations

from .candidate import PRIORITY, Candidate
from .context import DocContext
from .parties import is_role, state_codes
from .speaker import speaker_state


_HOPES = frozenset({"надежда", "надеяться", "hope", "hopes", "hoped", "hoping"})


def inside_a_hope(c: Candidate, unit: list, resolved: list) -> bool:
    """"выразил надежду, что … будут подписаны соглашения": the future in the "что" clause of a
    hope already taken as the cue is what is hoped for, not a second commitment."""
    if c.kind not in ("future", "passive") or c.rank >= PRIORITY["strong"]:
        return False
    hope = next((r for r in resolved if r.pred.lemma in _HOPES and r.idx < c.idx), None)
    return hope is not None and any(t.text.lower() in ("что", "that") for t in unit[hope.idx + 1:c.idx])



# a belief about what another state will do: "Новак выразил уверенность, что Индия продолжит
# закупать российскую нефть" is a forecast of India's conduct, no undertaking of anyone's
_BELIEFS = frozenset({"уверенность", "уверенный", "уверен", "считать", "полагать", "думать", "ожидать"})


def belief_about_another(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """A Russian future of one state under "уверен, что" / "считает, что" said by another's side."""
    if ctx.lang != "ru" or c.kind != "future" or c.actor in (None, "JOINT"):
        return False
    before = unit[:c.idx]
    if not any(t.lemma in _BELIEFS and any(x.lemma == "что" for x in before[k + 1:k + 3])
               for k, t in enumerate(before)):
        return False
    speaker = speaker_state(ctx, c.pred, c.pred)
    return bool(speaker) and speaker not in ("JOINT", c.actor)


# a conviction about what a thing will come to: "Я абсолютно убежден: сотрудничество будет
# только укрепляться", "Уверен, все планы удастся реализовать" — the speaker's forecast, no deed
# a party undertakes (fresh releases on interfax.ru and mirnov.ru; "мы дойдем …" stays: a party)
_CONVICTIONS = frozenset({"уверенный", "уверен", "уверена", "уверены", "уверенность",
                          "убежденный", "убежден", "убеждена", "убеждены", "убежденность"})
_CONVICTION_REACH = 8    # tokens back from the future to the word of conviction


def conviction_about_a_thing(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """A Russian future after "уверен"/"убежден" whose words name no party, only a thing."""
    if ctx.lang != "ru" or c.kind not in ("future", "passive") or c.rank >= PRIORITY["strong"]:
        return False
    before = unit[max(0, c.idx - _CONVICTION_REACH):c.idx]
    k = next((n for n in range(len(before) - 1, -1, -1)
              if before[n].text.lower().replace("ё", "е") in _CONVICTIONS), None)
    if k is None:
        return False
    matter = [t for t in before[k + 1:] if t.pos in ("NOUN", "PROPN", "PRON")]
    return bool(matter) and all(_a_thing(ctx, t) for t in matter)


def _a_thing(ctx: DocContext, t) -> bool:
    """A noun that is no party: not a person, a state, a side, a body or a role."""
    if t.pos != "NOUN" or t.feats.get("Animacy") == "Anim" or is_role(ctx, t):
        return False
    if any(t.lemma in ctx.words(w) for w in ("joint", "statelike", "first", "jointbody")):
        return False
    return not state_codes(ctx, [t])


# a conviction in English: "expressed confidence that trade would hit $10 billion", "I am
# confident that we will achieve the target", "expressing optimism that cooperation … would
# yield …", "We believe that concluding such an agreement will enhance …" — the speaker's
# forecast, no party binding itself (the real-text gold takes none of the nine such "that"
# clauses of its English work sets; "is confident trade … will be restored", no "that", stays)
_CONVICTIONS_EN = frozenset({"confident", "confidence", "convinced", "optimism", "optimistic",
                             "believe", "believes", "believed"})
_CONVICTION_REACH_EN = 12    # tokens back from the future to the word of conviction


def conviction_en(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """An English future in the "that" clause of a word of conviction ("confident", "believe")."""
    if ctx.lang != "en" or c.kind not in ("future", "passive") or c.rank >= PRIORITY["strong"]:
        return False
    before = unit[max(0, c.idx - _CONVICTION_REACH_EN):c.idx]
    k = next((n for n in range(len(before) - 1, -1, -1) if before[n].text.lower() in _CONVICTIONS_EN), None)
    if k is None or any(t.text in (";", ":", '"', "“", "”") for t in before[k + 1:]):
        return False
    return any(t.text.lower() == "that" for t in before[k + 1:k + 3])


# a hope that a thing will be done, with no doer: "The prime minister hoped that the bilateral
# trade would be enhanced further", "We hope that the relations … will be further developed" —
# a wish, no party binding itself (the real-text gold takes none of its English work sets' three;
# it takes the active "hope that the relationship would become stronger", left alone)
_HOPED = frozenset({"hope", "hopes", "hoped", "hoping", "optimism"})
_HOPE_REACH = 14      # tokens back from the future to the word of hope
_DOERS = frozenset({"we", "they", "you", "i", "both", "sides", "side", "countries", "nations", "states",
                    "governments", "leaders", "parties", "ministers", "officials", "delegations", "companies",
                    "he", "she", "it"})
_OF_WHOM = frozenset({"between", "of", "with", "among", "in"})


def hoped_for_a_thing(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """An English "will/would be done" hoped for, its subject a thing: no one's deed (the cue
    is the hope itself or the future in its clause)."""
    if ctx.lang != "en" or c.rank >= PRIORITY["strong"] and unit[c.idx].text.lower() not in _HOPED:
        return False
    if unit[c.idx].text.lower() in _HOPED:
        h = c.idx
        f = next((n for n in range(h + 1, min(h + _HOPE_REACH, len(unit)))
                  if unit[n].text.lower() in ("will", "would")), None)
    else:
        f = c.idx if c.kind in ("future", "passive") else None
        h = next((n for n in range(c.idx - 1, max(-1, c.idx - _HOPE_REACH), -1)
                  if unit[n].text.lower() in _HOPED), None)
    if f is None or h is None:
        return False
    after = [t.text.lower() for t in unit[f + 1:f + 4]]
    if after[:1] != ["be"] or not any(w.endswith(("ed", "en")) for w in after[1:3]):
        return False
    subject = [t for t in unit[h + 1:f] if t.text.lower() != "that"]
    cut = next((n for n, t in enumerate(subject) if t.text.lower() in _OF_WHOM), len(subject))
    subject = subject[:cut]     # "the relations | between the two nations": the thing, not whose
    return bool(subject) and not any(t.text.lower() in _DOERS or t.text in (",", ";", ":") for t in subject) \
        and not subject[0].text[:1].isupper()


_MAYBE = frozenset({"perhaps", "maybe", "possibly"})
_MAYBE_RU = frozenset({"возможно", "вероятно", "наверное", "наверно", "вряд"})


def hedged_guess(ctx: DocContext, c: Candidate, unit: list) -> bool:
    """"Perhaps Kyrgyzstan will be interested", "maybe we will open …", "Возможно, Россия и
    Турция подпишут …", "Не исключено, что …": a guess at what may happen, hedged by the
    speaker, binds no one."""
    if ctx.lang == "ru":
        before = [t.text.lower() for t in unit[max(0, c.idx - 8):c.idx]]
        return any(w in _MAYBE_RU for w in before) or any(
            a == "не" and b == "исключено" for a, b in zip(before, before[1:]))
    return ctx.lang == "en" and any(t.text.lower() in _MAYBE for t in unit[max(0, c.idx - 4):c.idx])
