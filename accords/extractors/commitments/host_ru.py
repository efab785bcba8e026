"""Whose step a Russian passive future is, where the clause names no party as its subject: the
host of a thing set up ("в Узбекистане будет создана Национальная платформа", "при
Торгово-промышленной палате Узбекистана создадут Центр": what is built there, or at that state's
body, is that state's step), the agent in the instrumental, the giver of what is passed to the
other party, the state goods are shipped from, the one state that committed to it in the
sentence before; and the host who invites to visit it."""
from __future__ import annotations

from typing import Optional

from ...lexicon import word_list
from .context import DocContext
from .parties import state_codes
from .phrase import phrase_of

_SET_UP = word_list("host_set_up_verbs")
_WHERE = frozenset({"в", "во", "при"})
_AGREEMENTS = frozenset({"договоренность", "соглашение", "договор", "меморандум"})


def host_or(ctx: DocContext, p, fallback: str) -> str:
    """The one party the place of a thing set up names, else ``fallback``."""
    if p.lemma not in _SET_UP or any(k.lemma in _AGREEMENTS for k in ctx.subtree(p, 12)):
        return fallback     # "Согласно договоренностям, в КР построят …": what the sides agreed
    for k in ctx.kids(p):
        if k.rel == "obl" and any(x.rel == "case" and x.lemma in _WHERE for x in ctx.kids(k)):
            codes = set(state_codes(ctx, ctx.subtree(k, 4))) & set(ctx.parties)
            if len(codes) == 1:
                return codes.pop()
    return fallback



def passive_agent(ctx: DocContext, p) -> Optional[str]:
    """The state of a passive's agent in the instrumental ("Казахстанской стороной будет
    оказано содействие"): a party-like phrase naming one state."""
    for k in ctx.kids(p):
        if k.rel in ("obl:agent", "obl") and k.feats.get("Case") == "Ins" \
                and not any(x.rel == "case" for x in ctx.kids(k)):
            ph = phrase_of(ctx, ctx.subtree(k, 8), k)
            if ph.statelike and len(set(ph.codes)) == 1:
                return ph.codes[0]
    return None


_GIVING = frozenset({"выделить", "направить", "предоставить", "передать", "оказать", "выделенный",
                     "направленный", "предоставленный", "переданный", "оказанный", "отправить",
                     "отправленный", "поставить", "поставленный",
                     # "Вьетнамской стороне было предложено рассмотреть …": the other side proposes
                     "предложить", "предложенный"})


def giver_to(ctx: DocContext, p) -> Optional[str]:
    """"Киргизской стороне будет направлено $150 млн", "в Таджикистан планируется отправить
    …": what is passed to one of two parties is the other one's to give."""
    heads = [p]
    if p.lemma not in _GIVING:     # "(в Киргизию) планируется отправить": the deed planned
        heads = [p] + [k for k in ctx.kids(p) if k.rel in ("xcomp", "csubj", "csubj:pass") and k.lemma in _GIVING]
        if len(heads) == 1:
            return None
    if len(set(ctx.parties)) != 2:
        return None
    for k in (k for h in heads for k in ctx.kids(h)):
        if _receiver(ctx, k):
            codes = set(state_codes(ctx, ctx.subtree(k, 6)))
            if len(codes) == 1:
                to = codes.pop()
                return next((x for x in ctx.parties if x != to), None)
    return None


def _receiver(ctx: DocContext, k) -> bool:
    """Whom a thing is passed to: a dative ("Киргизии") or "в" + accusative ("в Киргизию")."""
    if k.rel == "iobj" or k.rel == "obl" and k.feats.get("Case") == "Dat":
        return True
    return k.rel == "obl" and k.feats.get("Case") == "Acc" and any(
        x.rel == "case" and x.lemma in ("в", "во") for x in ctx.kids(k))


_SHIPPING = frozenset({"экспорт", "поставка", "вывоз"})


def exporter(ctx: DocContext, subj) -> Optional[str]:
    """"объем экспорта газа из Азербайджана в Сербию будет увеличен": the state the goods come
    from is the one that ships more."""
    for t in ctx.subtree(subj, 14):
        if t.lemma in _SHIPPING:
            for k in ctx.subtree(t, 10):
                if any(x.lemma == "из" for x in ctx.kids(k)):
                    codes = set(state_codes(ctx, [k]))
                    if len(codes) == 1:
                        return codes.pop()
    return None


def inviting_host(ctx: DocContext, c, unit: list) -> Optional[str]:
    """"подтвердил приглашение президента Вьетнама посетить Казахстан": an invitation to visit a
    state is that state's, whoever is named in the genitive (the one invited)."""
    if c.modality != "propose" or c.pred.lemma != "приглашение":
        return None
    after = unit[c.idx + 1:c.idx + 9]
    k = next((n for n, t in enumerate(after) if t.lemma == "посетить"), None)
    if k is None:
        return None
    codes = set(state_codes(ctx, after[k + 1:k + 4])) & set(ctx.parties)
    return codes.pop() if len(codes) == 1 else None


def inviter_of_the_invited(ctx: DocContext, p) -> Optional[str]:
    """"Мирзиёев был приглашён на саммит G20", "губернатора пригласили на выставку": the one
    invited is the passive's subject or the object of a plural with no subject; the
    invitation is the inviter's, the agent named in the instrumental or else the other of the two
    parties (as "he has been invited" in English is no proposal of his)."""
    if p.lemma != "пригласить":
        return None
    kids = ctx.kids(p)
    passive = p.feats.get("VerbForm") == "Part" and p.feats.get("Voice") == "Pass"
    # "Губернатора … пригласили на выставку": a plural with no subject, the one invited its object
    unnamed = p.feats.get("VerbForm") == "Fin" and p.feats.get("Number") == "Plur" and p.feats.get("Person") != "1" \
        and not any(k.rel.startswith("nsubj") for k in kids)
    if not (passive or unnamed):
        return None
    agent = passive_agent(ctx, p) if passive else None
    if agent:
        return agent
    subj = next((k for k in kids if k.rel == ("nsubj:pass" if passive else "obj")), None)
    invited = set(state_codes(ctx, ctx.subtree(subj, 6))) if subj is not None else set()
    if len(invited) != 1:   # (a mis-hung subject: the words of the participle's own clause before it)
        toks = ctx.doc.sents[p.sent].tokens
        k = toks.index(p)
        start = next((n + 1 for n in range(k - 1, -1, -1) if toks[n].pos == "PUNCT"), 0)
        invited = set(state_codes(ctx, toks[start:k]))
        if len(invited) != 1:
            return None
    # the other state the sentence names ("разговор президентов Узбекистана и США"), else the other party
    others = set(state_codes(ctx, ctx.doc.sents[p.sent].tokens)) - invited
    if len(others) != 1 and len(set(ctx.parties)) == 2:
        others = set(ctx.parties) - invited
    return others.pop() if len(others) == 1 else None


_BACK = frozenset({"этот", "данный", "указанный", "следующий", "такой"})


def giver_before(ctx: DocContext, subj, ph) -> Optional[str]:
    """"Россия предоставит Беларуси кредит … Половина этих денег будет выделена до конца года",
    "… Следующие три генконсульства будут открыты …": a passive with no agent whose subject
    points back ("этих", "следующие") or names again a thing of the sentence before is the
    deed of the one state that committed there."""
    if ph.codes or ph.joint_noun or ctx.last_actor is None or ctx.last_actor[1] == "JOINT" or subj.sent == 0:
        return None
    prev = ctx.doc.sents[subj.sent - 1]
    if not prev.start <= ctx.last_actor[0] <= prev.stop:
        return None
    phrase = ctx.subtree(subj, 8)
    if any(t.lemma in _BACK for t in phrase) or subj.lemma in {t.lemma for t in prev.tokens}:
        return ctx.last_actor[1]
    return None
