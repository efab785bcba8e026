"""figures: money amounts that measure a relationship, with what they measure and for when.

The component ``extract(doc, record)``; each job in its own module:
- ``money``: the amounts ("$107,7 млн", "1,4 млрд долл. США"), with ``restated`` for bare
  amounts whose currency the document gives elsewhere; ``periods``: the period
  mentions ("за январь–октябрь 2022 года"), resolved against the publication date;
- ``cues``: the lexicon ``accords/data/metrics.<lang>.tsv`` and the words of a sentence it
  names (metric nouns, "worth" connectors, kind and change words);
- ``roles``: which amounts are figures, and which are differences ("на $780 млн меньше"),
  restatements in another currency, bases of a change or sizes of something else (a
  budget, a price "за тонну"); ``amount``: an amount and what its sentence makes of it;
- ``metric``: what a figure measures (товарооборот, investment, the worth of an agreement,
  aid and loans as ``other``); amounts with no metric (prices, budgets) are not emitted;
- ``kind``: actual / target / forecast; ``figure_period``: the period that is the figure's;
- ``change``: ``change_pct``, growth and decline ("на 7,6%", "в 1,5 раза");
- ``carry``: what a sentence hands to the next (a period, a change stated without money);
- ``countries``, ``sector``: the figure's states and sector;
- ``consistency``: :func:`consistency_warnings`, growth against a stated previous value;
- ``reader``: the pass over the sentences that puts these together, ``repeats`` one figure
  per fact; ``third_states``: trade
  "with" a state that is no party measures another relationship and is dropped.
"""
from __future__ import annotations

from ...record import Figure
from ..kazakh import figures as kazakh_figures
from .consistency import FigureFact, consistency_warnings, plain
from .money import Money, find_money, parse_money
from .periods import PeriodMention, find_periods
from .reader import Reader
from .repeats import drop_repeats
from .third_states import with_third_state

__all__ = ["extract", "consistency_warnings", "plain", "FigureFact", "Money", "find_money", "parse_money",
           "PeriodMention", "find_periods"]


def extract(doc, record) -> list[Figure]:
    if getattr(doc, "lang", None) == "kk":
        return drop_repeats(kazakh_figures.extract(doc, record))   # a headline restated: once
    parties = [c.code for c in getattr(record, "countries", None) or []]
    return with_third_state(doc, Reader(doc, record).run(), parties)
