"""Which party states in a Kazakh sentence can be its subject: Kazakh marks case on the name
("Қазақстан" acts, "Қазақстанға" receives, "Қазақстанның" owns), so the subject is read from
the endings of the state names and of the words after them, not from a parse."""
from __future__ import annotations

from ...lexicon import word_list
from .names import nominative
from .states import state_mentions
from .words import GENITIVE

_AND = {"мен", "пен", "бен", "және"}


def uninflected(name: str) -> bool:
    """The name as it stands is its nominative: its last word carries no case ending."""
    return nominative(name) == name


# case endings a noun takes as an object or an adjunct (accusative, dative, ablative, instrumental,
# locative): the state adjective before such a noun is not the subject
_OBLIQUE = ("ын", "ін", "ны", "ні", "ды", "ді", "ты", "ті", "ға", "ге", "қа", "ке", "на", "не", "дан",
            "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "да", "де", "та", "те")


# a possessive noun in an oblique case after a bare state name ("Пәкістан нарығына"): the
# state names whose the thing is, not a second subject
_OWNED_OBLIQUE = ("ына", "іне", "сына", "сіне", "ын", "ін", "ында", "інде", "ынан", "інен",
                  "ымен", "імен")


# a state's body with its possessive ending, nominative ("Британ үкіметі"), which the case
# endings below would take for an accusative
_BODIES = word_list("kk_state_bodies_possessive")
_SIDE = frozenset({"тарап", "тарапы", "тараптары", "тарабы"})
# a relational noun after a bare state name: what is around it or about it, not the state acting
_AROUND = ("төңірег", "маңы", "маңын", "айнала")


def subject_states(doc, sent, record, parties: list[str]) -> list[str]:
    """Party states that can be the subject: "X тарапы"; else those in the nominative or
    joined by "мен/және" ("Қазақстан мен Әзірбайжан"); else the first in the genitive.
    Never the partner ("Түркиямен") nor a place ("Қазақстандағы")."""
    subjects, owners, pair = [], [], False
    addressed = [a for p in record.persons for a, b in p.mentions
                 if sent.start <= a < sent.stop and not uninflected(doc.text[a:b])]
    mentions = [m for m in state_mentions(doc) if sent.start <= m.start < sent.stop]
    for m in mentions:
        if m.code not in parties or m.locative:
            continue
        if any(0 < a - m.stop <= 40 and not any(m.stop <= x.start < a for x in mentions)
               for a in addressed):
            continue        # "Түркия Президенті Ердоғанға": the title of the one addressed
        nxt = doc.tokens[m.last].text.lower() if m.last < len(doc.tokens) else ""
        if nxt in _SIDE:                     # "Ресей тарапы": that side (not "Қазақстан тарапымен": with it)
            return [m.code]
        if nxt.startswith("облыс") or any(t.text.lower().startswith("қала")
                                         for t in doc.tokens[m.last:m.last + 2]):
            continue        # "Батыс Қазақстан облысында", "Кореяның Пусан қаласында": a place
        if nxt.startswith(_AROUND) or nxt in (",", *_AND) and _list_in_oblique(doc, mentions, m):
            continue        # "Иран төңірегіндегі": around it; "Қытай, Гонконг пен Вьетнамға": all three the goal
        if m.kind == "adj" and nxt in _BODIES:
            subjects.append(m.code)     # "Британ үкіметі": that state's government
            continue
        if m.kind == "adj":
            # an adjective takes the case of its noun: "неміс компанияларын шақырды" (the ones invited)
            if nxt and not nxt.endswith(_OBLIQUE):
                subjects.append(m.code)
            continue
        if nxt in _AND and _oblique_partner(mentions, m):
            continue        # "… астығын Вьетнам мен Индонезияға сатпақ": the pair is the object
        partner = _genitive_partner(mentions, m) if nxt in _AND else None
        if partner is not None and not owners:
            pair = True
            owners += [m.code, partner.code]    # "Қазақстан мен Ресейдің … саудасы": of both
            continue
        if nxt in _AND or nominative(m.text) == m.text and not (subjects and nxt.endswith(_OWNED_OBLIQUE)):
            subjects.append(m.code)     # (not "Пәкістан нарығына": the market of it, after a subject)
        elif m.text.lower().endswith(GENITIVE):
            owners.append(m.code)
    if not subjects and len(owners) >= 2 and pair:
        return owners[:2]
    return subjects or owners[:1]


def _partner_after(mentions: list, m):
    """The state named right after "мен" (or None)."""
    after = next((x for x in mentions if x.start > m.stop), None)
    return after if after is not None and after.first <= m.last + 1 else None


def _genitive_partner(mentions: list, m):
    """The state right after "мен" when it is in the genitive (the pair owns what follows)."""
    after = _partner_after(mentions, m)
    return after if after is not None and after.text.lower().endswith(GENITIVE) else None


def _oblique_partner(mentions: list, m) -> bool:
    """The state right after "мен" is in an oblique case other than the genitive ("Иран мен
    Иракқа"): the two are where something goes, not who acts."""
    after = _partner_after(mentions, m)
    return after is not None and nominative(after.text) != after.text and not after.text.lower().endswith(GENITIVE)


def _list_in_oblique(doc, mentions: list, m) -> bool:
    """The state opens a list of names ("Қытай, Гонконг пен Вьетнамға") whose last name carries
    an oblique case: Kazakh puts the case on the last item only, and it is every item's."""
    last, k = None, m.last
    while k < len(doc.tokens) and doc.tokens[k].sent == doc.tokens[m.first].sent:
        t = doc.tokens[k]
        if t.text[:1].isupper():
            last = t
        elif t.text != "," and t.text.lower() not in _AND:
            break
        k += 1
    return last is not None and nominative(last.text) != last.text and not last.text.lower().endswith(GENITIVE)
