""""Наша страна готова …" with no speaker to tell whose: the country the text has just been
speaking for. A national outlet's own voice ("Узбекистан готов открыть торговый дом … Наша страна
готова поставлять …", work real102) or a ministry's words given without its name ("… и наша страна
готова его покрывать», — сообщили в ведомстве", work real145) go on for the
state whose commitment came last."""
from __future__ import annotations

from typing import Optional

from .context import DocContext

_REACH = 600    # characters back to the last commitment that can lend its state


def our_country_state(ctx: DocContext, subj) -> Optional[str]:
    """The state of the last single-state commitment shortly before "наша страна"."""
    if subj.lemma != "страна" or subj.feats.get("Number") == "Plur":
        return None
    if not any(k.lemma == "наш" for k in ctx.kids(subj)):
        return None
    last = ctx.last_actor
    if last is None or last[1] == "JOINT" or not 0 <= subj.start - last[0] <= _REACH:
        return None
    return last[1]
