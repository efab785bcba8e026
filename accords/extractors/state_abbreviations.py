"""State abbreviations whose state the text decides: one defined by a name in brackets before
it ("Республика Корея (РК)"), and one two states share ("РК": Kazakhstan, or Korea in a text
about Korea). Both take the mentions the gazetteer found and return them corrected."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence


def with_glosses(ms: list, toks: Sequence) -> list:
    """"Republic of Korea (ROK) First Vice Foreign Minister", "Республики Корея (РК)": a
    state's name and its abbreviation in brackets after it are one mention, so that what
    follows the bracket (a title, a verb) is read as the state's; and the bracket defines
    the abbreviation for the rest of the text ("РК" is Korea there, not Kazakhstan)."""
    if len(ms) < 2:
        return ms
    pos = {t.index: k for k, t in enumerate(toks)}
    defined: dict[str, str] = {}
    out = []
    for m in ms:
        prev = out[-1] if out else None
        k = pos.get(m.tok_start)
        if m.kind == "abbr" and k is not None and toks[k].text in defined:
            m = replace(m, code=defined[toks[k].text])
        elif prev is not None and k is not None and m.kind == "abbr" and prev.kind == "name" \
                and m.tok_start == prev.tok_stop + 1 and m.tok_stop == m.tok_start + 1 \
                and toks[k - 1].text == "(" and k + 1 < len(toks) and toks[k + 1].text == ")":
            defined[toks[k].text] = prev.code
            out[-1] = replace(prev, stop=toks[k + 1].stop, tok_stop=m.tok_stop + 1)
            continue
        out.append(m)
    return out


# an abbreviation two states share: its usual state, and the other one a text may mean
_AMBIGUOUS = {"РК": ("KAZ", "KOR")}


def resolve_ambiguous(ms: list, text: str) -> list:
    """"РК" is Kazakhstan in Kazakh and most Russian sources, the Republic of Korea in
    Korean ones ("президент РК Ли Чжэ Мён"): a text that names the other state (its name,
    capital or leader) and never names the usual one in words means the other."""
    named = {m.code for m in ms if not (m.kind == "abbr" and text[m.start:m.stop] in _AMBIGUOUS)}
    out = []
    for m in ms:
        pair = _AMBIGUOUS.get(text[m.start:m.stop]) if m.kind == "abbr" else None
        if pair and m.code == pair[0] and pair[1] in named and pair[0] not in named:
            m = replace(m, code=pair[1])
        out.append(m)
    return out
