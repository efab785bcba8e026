"""sectors for Kazakh: the sector words of ``sectors.kk.tsv`` anywhere in the text; a
blocker row (``-``) hides the words it covers ("гуманитарлық көмек" is aid, not culture)."""
from __future__ import annotations

from ...record import Sector
from ..shared import shared
from .names import nominative
from .words import GENITIVE, find_all, patterns


def sector_mentions(doc):
    """Every sector word's match, computed once per document."""
    return shared(doc).once("kk_sectors", lambda: find_all(doc, patterns("sectors.kk.tsv")))


def _counted(doc):
    """The mentions that name a sector: a blocker hides words, it is no sector of its own (a
    commitment about humanitarian aid has no sector "-", which the record would refuse)."""
    return [m for m in sector_mentions(doc) if m.value != "-" and not _building_of_a_thing(doc, m)
            and not _a_surname(doc.tokens[m.first].text) and not _in_a_bodys_name(doc, m)]


# the heads of a body's or an office's name: "Қорғаныс министрлігінің ұшағымен", "экономика
# және энергетика министрі", "Қаржы министрлігінің есебі бойынша"
_BODY_HEADS = ("министрлі", "министр", "вице-министр", "комитет", "агенттіг", "ведомств")


def _in_a_bodys_name(doc, m) -> bool:
    """The sector word names a ministry or a minister's portfolio (up to three words on, or
    five through "және"/"әрі": "Экология және табиғи ресурстар министрі"), not an area the
    sides discuss."""
    sent = doc.tokens[m.last - 1].sent
    after = []
    for t in doc.tokens[m.last:m.last + _PORTFOLIO_WORDS]:
        if t.sent != sent or not t.text[:1].isalpha():
            break
        after.append(t)
    near = after if any(t.text.lower() in ("және", "әрі") for t in after[:1]) else after[:3]
    return any(t.text.lower().startswith(_BODY_HEADS) for t in near)


_PORTFOLIO_WORDS = 5


def _a_surname(word: str) -> bool:
    """"Саудабаев" begins like "сауда" (trade): a capitalised word that ends as a surname
    ("-баев", "-ова" with any case ending) is a person, not a sector word."""
    return word[:1].isupper() and nominative(word).lower().endswith(_SURNAME_ENDINGS)


_SURNAME_ENDINGS = ("ов", "ев", "ова", "ева")   # not "-ина": Медицина, Машина


def _building_of_a_thing(doc, m) -> bool:
    """"екі зауыттың құрылысы басталады", "мектеп-лицейдің құрылысына", "оның құрылысы": the
    building of one named thing, in the genitive before it, is that thing's project, not the
    construction sector, unless the thing is infrastructure or housing ("инфрақұрылым
    нысандарының құрылысы")."""
    if m.value != "construction" or m.first == 0:
        return False
    before = doc.tokens[m.first - 1].text.lower()
    if not before.endswith(GENITIVE):
        return False
    near = " ".join(t.text.lower() for t in doc.tokens[max(0, m.first - 4):m.first])
    return not any(w in near for w in _BUILT_AS_A_SECTOR)


_BUILT_AS_A_SECTOR = ("инфрақұрылым", "тұрғын үй", "баспана", "жол")


def sectors_within(doc, start: int, stop: int) -> list[str]:
    """The sector ids mentioned in [start, stop), sorted."""
    return sorted({m.value for m in _counted(doc) if start <= m.start < stop})


def extract(doc, record=None) -> list[Sector]:
    spans: dict[str, list] = {}
    for m in _counted(doc):
        spans.setdefault(m.value, []).append([m.start, m.stop])
    return [Sector(id=sid, evidence=ev) for sid, ev in sorted(spans.items(), key=lambda kv: kv[1][0])]
