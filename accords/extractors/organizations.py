"""organizations: named organisations with the state they belong to where the text shows it.

Russian: natasha's ORG spans, cleaned (a span is cut at a line break; a lone adjective,
an upper-case dateline city or a state name is not an organisation), plus government
bodies natasha misses, matched by lemmas from ``accords/data/organizations.ru.tsv``
("Правительство РФ", "Кабмин", "МИД", "министерство иностранных дел"). English: runs of
capitalised words holding an organisation word ("Ministry of Foreign Affairs", "World
Bank") and acronyms ("UNDP"), from ``organizations.en.tsv``. The state comes from a state
named inside or right after the name ("МИД России", "Ministry of ... of Kazakhstan") or
an adjective before it ("российский МИД", "Kazakh Foreign Ministry").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import rows
from ..record import Organization
from .phrases import match_words

_ACRONYM = re.compile(r"^[A-ZА-ЯЁ]{2,7}$")
_EN_LINK = {"of", "the", "for", "&"}
_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


@lru_cache(maxsize=2)
def _lexicon(lang: str) -> dict:
    out: dict = {}
    for row in rows(f"organizations.{lang}.tsv"):
        if len(row) >= 2:
            out.setdefault(row[0], []).append(tuple(" ".join(row[1:]).split()))
    return out


def _state_maps(doc, tokens):
    from .states import find_states
    states = find_states(doc) if tokens is doc.tokens else []
    code_at = [None] * len(tokens)
    kind_at = [None] * len(tokens)
    for sm in states:
        for i in range(sm.tok_start, min(sm.tok_stop, len(tokens))):
            code_at[i], kind_at[i] = sm.code, sm.kind
    return code_at, kind_at


def _country(tokens, code_at, kind_at, t0: int, t1: int) -> tuple[str | None, int]:
    """State inside [t0, t1), right after it, or an adjective right before it; and the
    token the name then stops at."""
    for i in range(t0, t1):
        if code_at[i] and kind_at[i] in ("name", "abbr", "adj"):
            return code_at[i], t1
    if t1 < len(tokens) and code_at[t1] and kind_at[t1] in ("name", "abbr") \
            and tokens[t1].sent == tokens[t0].sent:
        j = t1
        while j < len(tokens) and code_at[j] == code_at[t1]:
            j += 1
        return code_at[t1], j
    k = t0 - 1
    while k >= 0 and tokens[k].pos in ("DET",) :
        k -= 1
    if k >= 0 and code_at[k] and kind_at[k] in ("adj", "demonym"):
        return code_at[k], t1
    return None, t1


def _ru(doc) -> list[tuple[int, int, str, str | None]]:
    """natasha's ORG spans, cleaned, then the government bodies the spans leave out."""
    toks = doc.tokens
    code_at, kind_at = _state_maps(doc, toks)
    found, covered = _ru_span_orgs(doc, toks, code_at, kind_at)
    return found + _ru_body_orgs(doc, toks, code_at, kind_at, covered)


def _span_token_indices(doc, sp, idx: dict) -> list[int]:
    """Token indices of an ORG span, cut at its first line break ("хурала Монголии\n\n(VOVWORLD)")."""
    toks = doc.tokens
    ti = [idx[t.start] for t in sp.tokens if t.start in idx]
    if not ti:
        return ti
    text = doc.text[sp.start:sp.stop]
    if "\n" in text:
        cut = text.index("\n")
        ti = [i for i in ti if toks[i].stop <= sp.start + cut]
    return ti


def _not_an_organization(words, t0: int, t1: int, code_at, kind_at) -> bool:
    """A lone adjective, an upper-case dateline word or city, or nothing but state names."""
    if len(words) == 1 and (words[0].pos == "ADJ" or (words[0].text.isupper() and len(words[0].text) > 4
                                                      and not _ACRONYM.match(words[0].text)
                                                      or code_at[t0])):
        return True
    if len(words) == 1 and words[0].text.isupper() and kind_at[t0] in ("capital", "name"):
        return True
    return all(code_at[i] for i in range(t0, t1))


def _ru_span_orgs(doc, toks, code_at, kind_at) -> tuple[list, set]:
    """Organisations from natasha's ORG spans, and the tokens they cover."""
    idx = {t.start: i for i, t in enumerate(toks)}
    found = []
    covered: set = set()
    for sp in doc.spans:
        if sp.type != "ORG":
            continue
        ti = _span_token_indices(doc, sp, idx)
        if not ti:
            continue
        text = doc.text[sp.start:sp.stop]
        t0, t1 = ti[0], ti[-1] + 1
        words = toks[t0:t1]
        if _not_an_organization(words, t0, t1, code_at, kind_at):
            continue
        normal = sp.normal if t1 - 1 == ti[-1] and "\n" not in text else " ".join(w.text for w in words)
        country, stop = _country(toks, code_at, kind_at, t0, t1)
        name = " ".join(normal.split())
        if stop > t1:
            name += " " + doc.text[toks[t1].start:toks[stop - 1].stop]
        found.append((toks[t0].start, toks[stop - 1].stop, name, country))
        covered.update(range(t0, stop))
    return found, covered


def _ru_body_lexicon() -> tuple[dict, set]:
    """Government bodies by first lemma, longest first; and the words that open a body
    name with a genitive group ("министерство иностранных дел")."""
    lex = _lexicon("ru")
    bodies: dict = {}
    for b in sorted(lex.get("body", []), key=len, reverse=True):
        bodies.setdefault(b[0], []).append(b)
    opens = {w[0] for w in lex.get("open", [])}
    return bodies, opens


def _body_end(toks, i: int, bodies: dict, opens: set, code_at) -> int | None:
    """Where a government body named at token i ends, or None when none starts there."""
    for b in bodies.get(toks[i].lemma, ()):
        if match_words(len(toks), i, b, lambda w, j: toks[j].lemma == w, gap_word=None) is not None:
            return i + len(b)
    if toks[i].lemma in opens:
        hit = i + 1
        while hit < len(toks) and hit - i < 6 and toks[hit].sent == toks[i].sent \
                and not code_at[hit] and toks[hit].feats.get("Case") == "Gen" \
                and toks[hit].pos in ("NOUN", "ADJ"):
            hit += 1
        if hit != i + 1:
            return hit
    return None


def _ru_body_orgs(doc, toks, code_at, kind_at, covered: set) -> list:
    """Government bodies natasha misses ("Кабмин", "МИД России"), outside its ORG spans;
    a lower-case body counts only with a state."""
    bodies, opens = _ru_body_lexicon()
    found = []
    i = 0
    while i < len(toks):
        if i in covered:
            i += 1
            continue
        hit = _body_end(toks, i, bodies, opens, code_at)
        if hit is None:
            i += 1
            continue
        country, stop = _country(toks, code_at, kind_at, i, hit)
        if toks[i].text[:1].isupper() or country:
            head = _nominative(toks[i].text)
            rest = doc.text[toks[i].stop:toks[stop - 1].stop]
            name = head[:1].upper() + head[1:] + rest
            found.append((toks[i].start, toks[stop - 1].stop, " ".join(name.split()), country))
        i = stop
    return found


def _en(doc) -> list[tuple[int, int, str, str | None]]:
    toks = doc.tokens
    code_at, kind_at = _state_maps(doc, toks)
    lex = _lexicon("en")
    heads = {w[0] for w in lex.get("head", [])}
    notac = {w[0] for w in lex.get("notacronym", [])}
    found = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t.text[:1].isupper() and t.text.isalpha():
            j = i
            while j < n and toks[j].sent == t.sent and (
                    toks[j].text[:1].isupper() and (toks[j].text.isalpha() or "-" in toks[j].text)
                    or toks[j].text.lower() in _EN_LINK and j + 1 < n and toks[j + 1].text[:1].isupper()):
                j += 1
            run = toks[i:j]
            while run and run[0].text.lower() in _EN_LINK | {"the"}:
                run = run[1:]
                i += 1
            last = max((k for k in range(i, j) if toks[k].text in heads), default=None)
            if last is not None:
                e = last + 1                      # "World Bank" of "World Bank Vice President ..."
                if e + 1 < j and toks[e].text == "of":
                    e = j
                country, stop = _country(toks, code_at, kind_at, i, e)
                found.append((toks[i].start, toks[e - 1].stop, doc.text[toks[i].start:toks[e - 1].stop], country))
            elif len(run) == 1 and _ACRONYM.match(run[0].text) and run[0].text not in notac \
                    and not code_at[i]:
                found.append((run[0].start, run[0].stop, run[0].text, None))
            i = max(j, i + 1)
            continue
        i += 1
    return found


def _nominative(word: str) -> str:
    """"Правительством" -> "Правительство": the head word of a body in the nominative."""
    try:
        from ..nlp.morph import analyzer as _morph
        for p in _morph().parse(word.lower()):
            if p.tag.POS == "NOUN":
                inf = p.inflect({"nomn", p.tag.number or "sing"})
                if inf is not None:
                    w = inf.word
                    return w.upper() if word.isupper() else (w[:1].upper() + w[1:] if word[:1].isupper() else w)
                break
    except Exception:
        pass
    return word


def _merge(found, text) -> list[Organization]:
    by_name: dict = {}
    order = []
    for s, e, name, country in sorted(found):
        name = _PAREN.sub("", name) or name
        key = name.lower().replace("ё", "е")
        if key not in by_name:
            by_name[key] = Organization(name=name, country=country, mentions=[])
            order.append(key)
        org = by_name[key]
        if org.country is None and country:
            org.country = country
        org.mentions.append((s, e))
    return [by_name[k] for k in order]


def extract(doc, record) -> list[Organization]:
    if not doc.text or not doc.tokens:
        return []
    found = _ru(doc) if doc.lang == "ru" else _en(doc)
    return _merge(found, doc.text)
