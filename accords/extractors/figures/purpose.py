"""Money sent to a named work: "€182,5 млн пойдут на развитие железнодорожного узла", "Еще €276
млн будет вложено в строительство ветки", "Around 20 million US dollars will be channeled for
the reconstruction of the bridge". The amount is the cost of that work (``project_value``,
a fact however future the sending: kind ``actual``), as the real annotators read it, when no
metric word right before it says otherwise."""
from __future__ import annotations

from ...lexicon import word_list
from .cues import Cue, norm

_SENT = word_list("figure_directed_verbs")          # пойдут, вложено, channeled …
_TO = frozenset({"на", "в", "во", "to", "for", "towards", "into"})
_WORKS = tuple(word_list("figure_directed_works"))   # stems: строительств, modern …
_DASHES = frozenset({"—", "–", "-"})
_REACH = 5          # words from the amount to the verb ("будет вложено", "will be directed")


def directed_to_work(a, toks: list) -> Cue | None:
    """A project_value cue where the amount is sent to a work right after it."""
    end = min(len(toks), a.last + 1 + _REACH)
    for k in range(a.last + 1, end):
        w = norm(toks[k].text)
        if w in (".", ";", ":"):
            return None
        if w in _SENT or k == a.last + 1 and w in _DASHES:
            # "… €182,5 млн пойдут на развитие узла, в том числе €45 млн — на прокладку линии":
            # a dash stands for the verb the list gave before
            for j in range(k + 1, min(len(toks), k + 4)):
                if norm(toks[j].text) in _TO and j + 1 < len(toks):
                    nxt = [norm(t.text) for t in toks[j + 1:j + 3] if norm(t.text) != "the"]
                    # the work itself, not its funding ("пойдет на финансирование строительства"
                    # is a loan's use)
                    if nxt and nxt[0].startswith(_WORKS):
                        return Cue("directed", "project_value", j + 1, j + 1)
                    return None
            return None
    return None
