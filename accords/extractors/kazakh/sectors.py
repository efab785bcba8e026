"""sectors for Kazakh: the sector words of ``sectors.kk.tsv`` anywhere in the text; a
blocker row (``-``) hides the words it covers ("гуманитарлық көмек" is aid, not culture)."""
from __future__ import annotations

from ...record import Sector
from ..shared import shared
from .words import find_all, patterns


def sector_mentions(doc):
    """Every sector word's match, computed once per document."""
    return shared(doc).once("kk_sectors", lambda: find_all(doc, patterns("sectors.kk.tsv")))


def _counted(doc):
    """The mentions that name a sector: a blocker hides words, it is no sector of its own (a
    commitment about humanitarian aid has no sector "-", which the record would refuse)."""
    return [m for m in sector_mentions(doc) if m.value != "-"]


def sectors_within(doc, start: int, stop: int) -> list[str]:
    """The sector ids mentioned in [start, stop), sorted."""
    return sorted({m.value for m in _counted(doc) if start <= m.start < stop})


def extract(doc, record=None) -> list[Sector]:
    spans: dict[str, list] = {}
    for m in _counted(doc):
        spans.setdefault(m.value, []).append([m.start, m.stop])
    return [Sector(id=sid, evidence=ev) for sid, ev in sorted(spans.items(), key=lambda kv: kv[1][0])]
