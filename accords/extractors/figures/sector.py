"""The sector of a figure: the one sector named just before a deal, project or investment
amount, or right after a trade noun ("торговля сельхозпродукцией", "exports of grain").

The sectors are those the sectors component found; a figure with none or several named
there gets none.
"""
from __future__ import annotations

from bisect import bisect_left

from .amount import Amount
from .cues import TRADE

_METRIC_SECTOR = {"trade_turnover": "trade", "exports": "trade", "imports": "trade",
                  "investment": "investment"}
_SECTOR_WINDOW = 16          # tokens before a deal/project amount searched for its sector


def sector_of(metric: str, a: Amount, sent, sectors, toks) -> str | None:
    """The one sector named just before a deal, project or investment amount, or right
    after a trade noun ("торговля сельхозпродукцией", "exports of grain"), if one."""
    own = {_METRIC_SECTOR.get(metric), "trade"}
    if metric in TRADE:
        if a.cue is None or a.cue.last + 1 >= len(toks):
            return None
        lo = toks[a.cue.last + 1].start
        stop = toks[min(a.cue.last + 3, len(toks) - 1)].stop
    else:
        lo = max(sent.start, toks[max(a.q_first - _SECTOR_WINDOW, 0)].start)
        stop = a.money.stop
    ids = []
    for sec in sectors:
        ev = sec.evidence            # sorted: from the first span starting at lo on
        for k in range(bisect_left(ev, (lo,)), len(ev)):
            s, e = ev[k]
            if s >= stop:
                break
            if e <= stop and sec.id not in own and sec.id not in ids:
                ids.append(sec.id)
    return ids[0] if len(ids) == 1 else None
