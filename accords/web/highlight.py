"""A document's text as HTML with every fact's span marked by type.

The text is cut at every span boundary and each piece is escaped on its own before any
tag is added around it, so no document text ever reaches the page as markup (a document
containing ``<script>`` shows those characters). Overlapping spans are fine: each piece is
marked by the narrowest fact covering it and its tooltip lists them all.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..record import FACT_TYPES as RECORD_FACT_TYPES


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    type: str        # the record's field: persons, figures, ...
    ref: str         # id of the fact's entry beside the text
    label: str       # what hovering shows


def _label(kind: str, fact: dict) -> str:
    if kind == "countries":
        return fact.get("code", "")
    if kind in ("persons", "organizations"):
        bits = [fact.get("name"), fact.get("role"), fact.get("role_class"), fact.get("country")]
        return " · ".join(str(b) for b in bits if b)
    if kind == "events":
        return f"{fact.get('type')} {','.join(fact.get('participants') or [])} {fact.get('date') or ''}".strip()
    if kind == "sectors":
        return fact.get("id", "")
    if kind == "figures":
        return (f"{fact.get('metric')} {fact.get('kind')} {fact.get('value'):,.0f} "
                f"{fact.get('currency')} {fact.get('period') or ''}").strip()
    if kind == "commitments":
        return f"{fact.get('actor')} {fact.get('modality')} {fact.get('deadline') or ''}".strip()
    if kind == "quotes":
        return f"quote: {fact.get('speaker') or '?'}"
    return str(fact.get("name") or kind)


def _spans(kind: str, fact: dict) -> list:
    if isinstance(fact.get("evidence"), list) and fact["evidence"] and isinstance(fact["evidence"][0], int):
        return [fact["evidence"]]          # a single span [start, end]
    return list(fact.get("mentions") or fact.get("evidence") or [])


FACT_TYPES = tuple(RECORD_FACT_TYPES)     # the record's own declaration, in its order


def marks(record: dict, text_len: int) -> list[Mark]:
    """Every evidence span of the record, clipped to the text, with its fact's label."""
    out = []
    for kind in FACT_TYPES:
        for i, fact in enumerate(record.get(kind) or []):
            label = f"{kind}: {_label(kind, fact)}"
            for span in _spans(kind, fact):
                try:
                    s, e = int(span[0]), int(span[1])
                except (TypeError, ValueError, IndexError):
                    continue
                s, e = max(0, s), min(text_len, e)
                if s < e:
                    out.append(Mark(s, e, kind, f"f-{kind}-{i}", label))
    return out


def highlight(text: str, record: dict) -> Markup:
    """The text as safe HTML: escaped pieces, facts in ``<mark>`` with a tooltip."""
    ms = marks(record, len(text))
    cuts = sorted({0, len(text), *(m.start for m in ms), *(m.end for m in ms)})
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        covering = [m for m in ms if m.start <= a and m.end >= b]
        if not covering:
            parts.append(piece)
            continue
        inner = min(covering, key=lambda m: (m.end - m.start, m.type))
        title = escape("\n".join(dict.fromkeys(m.label for m in covering)))
        refs = escape(" ".join(dict.fromkeys(m.ref for m in covering)))
        parts.append(Markup('<mark class="fact fact-{}" title="{}" data-refs="{}">{}</mark>')
                     .format(inner.type, title, refs, piece))
    return Markup("").join(parts)
