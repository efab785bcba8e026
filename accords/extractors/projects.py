"""projects: named initiatives, programmes, facilities and events.

A project name hangs on a cue noun from the lexicon (проект, программа, коридор, маршрут,
форум, центр, зона, завод …, ``kind=project`` in ``accords/data/modality.*.tsv``):
- a capitalised adjective group before it: "Средний коридор", "Транскаспийский
  международный транспортный маршрут", "Павлодарский алюминиевый завод";
- a capitalised cue with its genitive group: "Год цифровизации и искусственного интеллекта";
- a quoted name after it: форум «Один пояс, один путь», газопровод «Сила Сибири»;
- a Latin-script name next to it in Russian text: "зона CryptoCity", "центр … Alem.ai",
  and a Latin cue with its number: "EXPO 2027".
English: a run of capitalised words that contains a cue ("Astana International Forum",
"Trans-Caspian International Transport Route"), or that a cue follows ("Karagandy–Zhezkazgan
highway"). Not scored; the rules favour precision.
"""
from __future__ import annotations

import re

from ..lexicon import word_list
from ..nlp.morph import joined, nominative_phrase
from ..record import Project
from .quotes import lex_lang, lexicon


_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9.\-]*$")
_QUOTE_AFTER = re.compile(r"\s*[«\"“„]([^«»\"“”„\n]{2,80})[»\"”“]")
_EN_LINK = word_list("projects_en_link")
_EN_SKIP_FIRST = word_list("projects_en_skip_first")


def _is_cue(lex, lemma: str) -> bool:
    cues = lex.words.get("project", ())
    return lemma in cues or lemma.rsplit("-", 1)[-1] in cues


def _ru(doc, lex) -> list[tuple[int, int, str]]:
    """Names around Russian cue nouns, then Latin cues with their number ("EXPO 2027")."""
    out = []
    for s in doc.sents:
        toks = s.tokens
        for i, t in enumerate(toks):
            if not _is_cue(lex, t.lemma) or t.pos not in ("NOUN", "PROPN", "") or _LATIN.match(t.text):
                continue
            found = _ru_name_at_cue(doc, toks, i)
            if found is not None:
                out.append(found)
    out += _latin_cues(doc, lex)
    return out


def _ru_name_at_cue(doc, toks, i: int) -> tuple[int, int, str] | None:
    """The name a Russian cue noun carries: a quoted name after it, a route of named places,
    a Latin name, or a capitalised group around it; None when it has none."""
    text = doc.text
    t = toks[i]
    # quoted name right after the cue: форум «Один пояс, один путь»
    m = _QUOTE_AFTER.match(text, t.stop)
    if m and m.group(1)[:1].isupper():
        return (m.start(1), m.end(1), m.group(1).strip())
    # capitalised adjective group before the cue
    start_tok = _adjective_group_start(text, toks, i)
    cap = start_tok < i and toks[start_tok].text[:1].isupper() and not _sentence_initial(doc, toks, start_tok)
    cue_cap = t.text[:1].isupper() and not _sentence_initial(doc, toks, i)
    # right side: genitive group, then a Latin or numeric name
    k = _genitive_group_end(toks, i)
    latin_end = _latin_name_end(toks, k)
    # a route of named places: железной дороги Китай — Кыргызстан — Узбекистан
    route = _route(toks, i + 1)
    if route > i + 1:
        span = toks[start_tok:route]
        return (span[0].start, span[-1].stop, nominative_phrase(span, i - start_tok))
    if latin_end > k and _LATIN.match(toks[k].text):
        name_toks = toks[k:latin_end]
        return (name_toks[0].start, name_toks[-1].stop, joined(name_toks, [x.text for x in name_toks]))
    if cue_cap:
        if not cap:
            start_tok = i
        span = toks[start_tok:k]
        return (span[0].start, span[-1].stop, nominative_phrase(span, i - start_tok))
    if cap:
        span = toks[start_tok:i + 1]
        return (span[0].start, span[-1].stop, nominative_phrase(span, i - start_tok))
    return None


def _adjective_group_start(text: str, toks, i: int) -> int:
    """First token of the adjectives right before the cue on the same line."""
    j = i
    while j > 0 and toks[j - 1].pos == "ADJ" and "\n" not in text[toks[j - 1].stop:toks[j].start]:
        j -= 1
    return j


def _genitive_group_end(toks, i: int) -> int:
    """End of the genitive group after the cue ("Год цифровизации и искусственного
    интеллекта"), a trailing 'и' left out."""
    k = i + 1
    while k < len(toks) and k - i <= 6 and (toks[k].feats.get("Case") == "Gen" or toks[k].text == "и") \
            and toks[k].pos in ("ADJ", "NOUN", "CCONJ", "PROPN"):
        k += 1
    while k > i + 1 and toks[k - 1].text == "и":
        k -= 1
    return k


def _latin_name_end(toks, k: int) -> int:
    """End of a Latin-script name from k ("CryptoCity", "Alem.ai", "Astana Hub 2"), else k."""
    end = k
    while end < len(toks) and end - k < 5 and (
            _LATIN.match(toks[end].text) or (end > k and toks[end].text.isdigit())
            or (end > k and toks[end].text in ".-" and toks[end].start == toks[end - 1].stop
                and end + 1 < len(toks) and toks[end + 1].start == toks[end].stop)):
        end += 1
    return end


def _latin_cues(doc, lex) -> list[tuple[int, int, str]]:
    """A Latin cue with its number or name: EXPO 2027."""
    out = []
    for i, t in enumerate(doc.tokens):
        if _LATIN.match(t.text) and t.text.isupper() and _is_cue(lex, t.text.lower()):
            j = i + 1
            while j < len(doc.tokens) and j - i <= 2 and (doc.tokens[j].text.isdigit() or _LATIN.match(doc.tokens[j].text)):
                j += 1
            if j > i + 1:
                out.append((t.start, doc.tokens[j - 1].stop, doc.text[t.start:doc.tokens[j - 1].stop]))
    return out


def _route(toks, k: int) -> int:
    """End of a dash-joined run of two or more capitalised names starting at k, else k."""
    j, names = k, 0
    while j < len(toks) and toks[j].text[:1].isupper() and toks[j].pos == "PROPN":
        names += 1
        j += 1
        if j + 1 < len(toks) and toks[j].text in ("—", "–", "-") and toks[j + 1].text[:1].isupper():
            j += 1
        else:
            break
    return j if names >= 2 else k


def _sentence_initial(doc, toks, j: int) -> bool:
    if j == 0:
        return True
    gap = doc.text[toks[j - 1].stop:toks[j].start]
    return "\n" in gap or toks[j - 1].text in (".", "!", "?", "«", "\"", "—", "-", ":")


def _en(doc, lex) -> list[tuple[int, int, str]]:
    out = []
    for s in doc.sents:
        toks = s.tokens
        i = 0
        while i < len(toks):
            if not toks[i].text[:1].isupper() or toks[i].lemma in _EN_SKIP_FIRST:
                i += 1
                continue
            j = i
            while j < len(toks):
                w = toks[j].text
                if w[:1].isupper() or (w[:1].isdigit() and j > i and _is_cue(lex, toks[j - 1].lemma)):
                    j += 1
                elif w.lower() in _EN_LINK and j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and j > i:
                    j += 1
                else:
                    break
            run = toks[i:j]
            has_cue = any(_is_cue(lex, x.lemma) for x in run)
            end = j
            if not has_cue and j < len(toks):
                if _is_cue(lex, toks[j].lemma):
                    end, has_cue = j + 1, True
                elif j + 1 < len(toks) and toks[j].text.islower() and _is_cue(lex, toks[j + 1].lemma):
                    end, has_cue = j + 2, True
            if has_cue and end - i >= 2 and not (end - i == 2 and _is_cue(lex, toks[i].lemma) and i == 0):
                span = toks[i:end]
                while span and span[-1].text.lower() in _EN_LINK:
                    span = span[:-1]
                if span:
                    out.append((span[0].start, span[-1].stop, doc.text[span[0].start:span[-1].stop]))
            i = max(j, i + 1)
    return out


def extract(doc, record) -> list[Project]:
    if not doc.tokens:
        return []
    lang = lex_lang(doc)
    lex = lexicon(lang)
    found = _ru(doc, lex) if lang == "ru" else _en(doc, lex)
    seen, out = set(), []
    for s, e, name in sorted(found, key=lambda x: (x[0], -x[1])):
        key = name.lower().replace("ё", "е")
        if key in seen or len(name) < 3 or any(s < ps.evidence[1] and ps.evidence[0] < e for ps in out):
            continue
        seen.add(key)
        out.append(Project(name=name, evidence=(s, e)))
    return out
