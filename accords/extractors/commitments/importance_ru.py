"""Whose importance a Russian "важность" names is a view, not a deed to do: a state's or a name's,
an occasion's to come, documents already signed ("отмечена важность документов, подписанных в ходе
визита"), against "важность развития сотрудничества"."""
from __future__ import annotations

from .context import DocContext


def importance_is_a_view(ctx: DocContext, t) -> bool:
    """"отметил важность ОАЭ как партнера": the importance of a state or a name is a
    statement about it, not "важность развития сотрудничества", a thing to be done; so is the
    importance of an occasion to come, or of documents already signed."""
    return any(k.rel == "nmod" and (k.pos == "PROPN" or k.text[:1].isupper()
                                    or k.lemma in _OCCASIONS and _upcoming(ctx, k)
                                    or k.lemma in _PAPERS and _signed(ctx, k)) for k in ctx.kids(t))


# "отметил важность предстоящего визита Президента …": the importance of an occasion to come is
# news of the itinerary (as in Kazakh, "саммитінің маңыздылығы"); "важность проведения заседаний
# МПК" is a thing to do (the real sets' annotators, 2 of 2)
_OCCASIONS = frozenset({"визит", "встреча", "саммит", "форум", "заседание", "поездка"})


def _upcoming(ctx: DocContext, k) -> bool:
    """An occasion to come, or the one under way or just held ("важность нынешнего визита"):
    either is news of the itinerary, not a thing to do."""
    return any(x.lemma in ("предстоящий", "предстоять", "планируемый", "планировать", "запланированный",
                           "запланировать", "будущий", "нынешний", "этот", "данный", "настоящий",
                           "состояться", "состоявшийся", "сегодняшний", "текущий") for x in ctx.kids(k))


# "Отмечена важность документов, подписанных в ходе визита": what was signed is done (not
# "важность меморандумов, которые будут подписаны": a thing still to do)
_PAPERS = frozenset({"документ", "соглашение", "договор", "меморандум", "протокол", "договоренность"})


def _signed(ctx: DocContext, k) -> bool:
    return any(x.rel == "acl" and x.lemma in ("подписать", "подписанный", "заключить", "заключенный")
               and x.feats.get("Tense") == "Past" for x in ctx.kids(k))
