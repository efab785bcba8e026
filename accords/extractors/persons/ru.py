"""Russian person mentions from natasha's PER spans, re-cut where natasha errs.

natasha splits one name in two ("Касым-Жомартом | Кемелевичем Токаевым"), glues two
into one ("Пашиняна Мане Геворгян"), runs a name into the state before it ("Республики
Вьетнам Буй Тхань Шона"), takes a title word or a body's name for a name ("Лок Сабхи")
and misses a full name it finds elsewhere; these rules mend each case.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

from ...lexicon import word_list
from . import roles
from .model import Mention
from .names import name_parses, is_patronymic, stem_match, word_key
from ..states import find_leaders
from .view import View

REGION_NOUNS = word_list("persons_ru_region_nouns")
_OBLIQUE = re.compile(r"(ым|им|ом|ем|ой|ого|ему|ому|а|у|ю|я)$")
_PARTICLES = word_list("name_particles")
_INITIAL = re.compile(r"^([A-ZА-ЯЁ]|Дж|Ш|Ст|Вл|Th|Ch|Sh)$")
_CYR_WORD = re.compile(r"^[А-ЯЁа-яё][А-ЯЁа-яё\-]*$")
_NAME_TOKEN = re.compile(r"^[A-ZА-ЯЁ][\w'’\-]*$|^(аль|ал|ас|ад|ан|ар|аш|эль|ибн|бин|ван|фон|де|дер|ла|ле)-[А-ЯЁ][\w\-]*$|^(ибн|бин|бен|аль|ал|де|да|ван|фон|дер|ду|ла|ле)$")
# a capitalised compound adjective ("Российско-китайский", "Казахстанско-узбекской"): never a name
_COMPOUND_ADJ = re.compile(r"^[А-ЯЁ][а-яё]+о-[а-яё]+(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|ую|ых|ым|им|ыми|ими|ей|ом)$")


_ADDRESSES = frozenset({"уважаемый", "дорогой", "господин", "госпожа"})


def _span_tokens_ok(toks) -> bool:
    return any(_NAME_TOKEN.match(t.text) and t.text[:1].isupper() for t in toks)


def ru_mentions(doc, v: View) -> list[Mention]:
    """The person mentions of a Russian text (marked in ``v.mention_at``)."""
    text = doc.text
    lex_words = roles.lexicon("ru").words
    groups = _leaders_missed(doc, v, _refind(v, _per_groups(doc, v)))
    surnames = {word_key(v.tokens[sp_t[-1]].text) for sp_t in groups if len(sp_t) >= 2}
    out = []
    end_of_text = len(text.rstrip())
    truncated = not text.rstrip().endswith(tuple(".!?»\"”)…"))
    for g in _name_pieces(v, groups, lex_words):
        if len(g) >= 4 and g[0] > 0 and v.keys[g[0] - 1] in REGION_NOUNS and not name_parses(
                v.tokens[g[0]].text.lower()):
            g = g[1:]           # "провинции Лаокай Нгуен Ван Тхань": the region's name goes first
        if len(g) >= 3 and v.tokens[g[0]].pos == "NOUN" and not name_parses(v.tokens[g[0]].text.lower()):
            g = g[1:]           # "Визит Шавкат Мирзиёев": a headline's noun glued to the name
        if len(g) >= 2 and v.tokens[g[0]].pos == "ADV" and not name_parses(v.tokens[g[0]].text.lower()):
            g = g[1:]           # "Сегодня Си Цзиньпин посетил …": an adverb opening the sentence
        if len(g) >= 2 and v.keys[g[0]] in _ADDRESSES:
            g = g[1:]           # "Уважаемый Нурсултан Абишевич!": an address, not the name
        for part in _split_by_case(v, g, surnames):
            toks = [v.tokens[i] for i in part]
            if not _may_be_name(v, part, toks, cut_off=truncated and toks[-1].stop >= end_of_text):
                continue
            out.append(Mention(toks[0].start, toks[-1].stop, part[0], part[-1] + 1, []))
    out = _drop_body_names(v, out, lex_words)
    for m in out:
        for i in range(m.t0, m.t1):
            v.mention_at[i] = m
    return out


def _per_groups(doc, v: View) -> list[list[int]]:
    """Token runs of natasha's PER spans (plus names run into a state), where two spans side
    by side that make one name are joined (re-cut below)."""
    text = doc.text
    idx = {t.start: i for i, t in enumerate(v.tokens)}
    spans = sorted((s for s in doc.spans if s.type == "PER"), key=lambda s: s.start)
    groups: list[list[int]] = []
    for ti in _loc_tails(v, doc.spans, idx):
        spans.append(SimpleNamespace(start=v.tokens[ti[0]].start, tokens=[v.tokens[i] for i in ti]))
    spans.sort(key=lambda s: s.start)
    for sp in spans:
        ti = [idx[t.start] for t in sp.tokens if t.start in idx]
        if not ti:
            continue
        prev_tok = v.tokens[groups[-1][-1]] if groups else None
        if groups and ti[0] == groups[-1][-1] + 1 and re.search(r"\w$", prev_tok.text) \
                and not text[prev_tok.stop:v.tokens[ti[0]].start].strip() \
                and _one_name(prev_tok.text, v.tokens[ti[0]].text) \
                and not _two_full_names(v, groups[-1], ti):
            groups[-1].extend(ti)          # natasha split or glued two names: re-cut below
        elif groups and ti[0] == groups[-1][-1] + 2 and v.tokens[ti[0] - 1].text in _PARTICLES \
                and v.tokens[ti[0] - 1].text.islower():
            groups[-1].extend([ti[0] - 1] + ti)   # "Марией Мануэлой душ Сантуш Лукаш": one name
        else:
            groups.append(ti)
    return groups


_AWARDS = frozenset({"орден", "медаль", "премия", "звание", "order", "medal", "prize", "award"})


def _name_pieces(v: View, groups: list[list[int]], lex_words) -> list[list[int]]:
    """The groups cut at punctuation, less the titles and lower-case words natasha put at
    their start ("Пресс-секретарь Пашиняна")."""
    pieces = []
    for g in groups:
        award = next((k for k, i in enumerate(g) if v.keys[i] in _AWARDS), None)
        if award is not None:
            g = g[:award]     # "наградил Назарбаева Орденом Гейдара Алиева": the order's namesake is no one here
        for g in _cut_at_punct(v, g):
            while g and (v.keys[g[0]] in lex_words and len(v.keys[g[0]]) > 2
                         or not v.tokens[g[0]].text[:1].isupper()
                         and not (v.keys[g[0]] in _PARTICLES and len(g) > 1)):
                g = g[1:]
            if g:
                pieces.append(g)
    return pieces


def _may_be_name(v: View, part: list[int], toks, cut_off: bool) -> bool:
    """Not a name: no capitalised name word, a word cut off by the text's end ("Жа",
    "Росси"), a state's name or capital, an all-capitals run, a compound adjective
    ("Российско-вьетнамской комиссии" in a headline)."""
    if not _span_tokens_ok(toks) or cut_off:
        return False
    if any(v.state_code[i] and v.state_kind[i] in ("name", "abbr", "capital") for i in part):
        return False
    if all(t.text.isupper() and len(t.text) > 1 for t in toks):
        return False
    return not any(_COMPOUND_ADJ.match(t.text) for t in toks)


def _leaders_missed(doc, v: View, groups: list[list[int]]) -> list[list[int]]:
    """"Президенты Владимир Путин и Реджеп Тайип Эрдоган": a well-known leader's surname the
    tagger left out of any person span, with the given name right before it, is a name."""
    covered = {i for g in groups for i in g}
    added = []
    for m in find_leaders(doc):
        i = m.tok_start
        if m.tok_stop - i != 1 or i in covered:
            continue
        if i > 0 and i - 1 not in covered and v.tokens[i - 1].pos == "PROPN" \
                and v.tokens[i - 1].text[:1].isupper() and v.tokens[i - 1].sent == v.tokens[i].sent:
            added.append([i - 1, i])     # (a surname alone may be an adjective's stem or a place)
        elif _bare_surname(v, i):
            added.append([i])            # "отметили в пресс-службе Мирзиёева"
    return sorted(groups + added) if added else groups


def _bare_surname(v: View, i: int) -> bool:
    """A leader's surname alone, a noun written with a capital, with no capitalised word after it
    ("Назарбаев Университет" is a place), not opening its sentence unless a colon follows it."""
    t = v.tokens[i]
    nxt = v.tokens[i + 1] if i + 1 < len(v.tokens) else None
    said = nxt is not None and nxt.text == ":"      # "Лукашенко: …", a headline's speaker
    return t.pos == "PROPN" and t.text[:1].isupper() and t.text.isalpha() \
        and (said or i > 0 and v.tokens[i - 1].sent == t.sent) \
        and not (nxt is not None and nxt.sent == t.sent and nxt.text[:1].isupper())


def _refind(v: View, groups: list[list[int]]) -> list[list[int]]:
    """"Президент X Реджеп Тайип Эрдоган ... переговоры Реджепа Тайипа Эрдогана": natasha
    may miss one occurrence of a full name it finds elsewhere; the same words (any case
    ending) as a full name found once are that name again. One pass over the tokens."""
    covered = {i for g in groups for i in g}
    by_prefix: dict = {}
    for g in groups:
        words = [v.keys[i] if v.lang != "ru" else word_key(v.tokens[i].text) for i in g]
        if len(g) < 2 or not all(v.tokens[i].text[:1].isupper() and v.tokens[i].text.isalpha()
                                 for i in g):
            continue
        by_prefix.setdefault(words[0][:4], set()).add(tuple(words))
    if not by_prefix:
        return groups
    toks, n, added = v.tokens, len(v.tokens), []
    i = 0
    while i < n:
        cands = by_prefix.get(word_key(toks[i].text)[:4]) if i not in covered else None
        hit = None
        for words in cands or ():
            j = i + len(words)
            if j <= n and all(k not in covered and toks[k].text[:1].isupper() and not v.state_code[k]
                              and toks[k].sent == toks[i].sent
                              and stem_match(word_key(toks[k].text), w)
                              for k, w in zip(range(i, j), words)):
                hit = list(range(i, j))
                break
        if hit:
            added.append(hit)
            i = hit[-1] + 1
        else:
            i += 1
    if not added:
        return groups
    return sorted(groups + added, key=lambda g: g[0])


def _drop_body_names(v: View, out: list, lex_words) -> list:
    """"с Председателем Лок Сабхи (нижней палаты) Республики Индия Ом Бирлой": a "name" right
    after a title word, followed by the title's complement (a state, genitives, brackets)
    and then another name, names the body the title heads, not a person."""
    drop = set()
    for k, m in enumerate(out[:-1]):
        h = m.t0 - 1
        if h < 0 or v.keys[h] not in lex_words:
            continue
        nxt = out[k + 1]
        gap = range(m.t1, nxt.t0)
        if not 0 < len(gap) <= 10 or v.tokens[nxt.t0].sent != v.tokens[m.t0].sent \
                or not any(v.state_code[i] for i in gap):
            continue
        if all(v.state_code[i] or v.tokens[i].text in "()" or v.tokens[i].pos == "ADJ"
               or v.tokens[i].pos in ("NOUN", "PROPN") and v.tokens[i].feats.get("Case") == "Gen"
               for i in gap):
            drop.add(k)
    if not drop:
        return out
    bodies = [[word_key(v.tokens[i].text) for i in range(out[k].t0, out[k].t1)] for k in drop]
    for k, m in enumerate(out):      # "между Сенатом и Лок Сабхой": the body named again
        keys = [word_key(v.tokens[i].text) for i in range(m.t0, m.t1)]
        if any(len(b) == len(keys) and all(stem_match(x, y) for x, y in zip(b, keys)) for b in bodies):
            drop.add(k)
    return [m for k, m in enumerate(out) if k not in drop]


def _loc_tails(v: View, spans, idx: dict) -> list[list[int]]:
    """"Республики Вьетнам Буй Тхань Шона": natasha ran a name on into the state before it;
    the animate proper nouns after the state's last word are a name."""
    out = []
    for sp in spans:
        if sp.type != "LOC":
            continue
        ti = [idx[t.start] for t in sp.tokens if t.start in idx]
        last = max((k for k, i in enumerate(ti) if v.state_code[i]), default=None)
        # "посол Китая в республике Цзи Шуминь": a span of animate proper nouns alone, no place
        # word in it, is a name the tagger took for a place
        tail = ti[last + 1:] if last is not None else (
            ti if len(ti) >= 2 and all(v.tokens[i].pos == "PROPN" for i in ti) else [])
        if tail and all(v.tokens[i].text[:1].isupper() and not v.state_code[i]
                        and v.tokens[i].feats.get("Animacy") == "Anim" for i in tail):
            out.append(tail)
    return out


def _cut_at_punct(v: View, g: list[int]) -> list[list[int]]:
    """"Джордж Х. Кинг (George H. King)" is two mentions; initials' dots and hyphens stay."""
    out, cur = [], []
    for i in g:
        t = v.tokens[i].text
        if cur and (v.newline_before[i] or v.tokens[i].sent != v.tokens[cur[-1]].sent):
            out.append(cur)                     # a name never crosses a line or sentence end
            cur = []
        if re.search(r"\w", t):
            cur.append(i)
        elif t == "." and cur and not _INITIAL.match(v.tokens[cur[-1]].text):
            out.append(cur)                     # "... заявил Хан Дук Су. Арипов": not one name
            cur = []
        elif t not in (".", "-", "‐"):
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _one_name(left: str, right: str) -> bool:
    """Two PER spans side by side are one name when the second goes on with a patronymic
    ("Касым-Жомартом | Кемелевичем Токаевым") or the two words can share a case
    ("Пашиняна Мане | Геворгян", re-cut by case below); not "Януса | Вертинский"."""
    if not (_CYR_WORD.match(left) and _CYR_WORD.match(right)):
        return False
    if is_patronymic(right):
        return True
    a = {c for c, _, _, _ in name_parses(left.lower())}
    b = {c for c, _, _, _ in name_parses(right.lower())}
    if not b:                       # an unknown surname: after a first name in the nominative
        return "nomn" in a and not _OBLIQUE.search(right.lower())
    return bool(a and a & b)


def _two_full_names(v: View, left: list[int], right: list[int]) -> bool:
    """Two spans side by side that each open with a first name and go on with a word that is
    no patronymic ("пресс-секретарь Владимира Путина | Дмитрий Песков"): two persons, the
    first the one the title is relative to, not one name natasha split."""
    def full(ids: list[int]) -> bool:
        return len(ids) >= 2 and not is_patronymic(v.tokens[ids[1]].text) and any(
            "Name" in gram for _, _, gram, _ in name_parses(v.tokens[ids[0]].text.lower()))
    return full(left) and full(right)


def _split_by_case(v: View, g: list[int], surnames: set) -> list[list[int]]:
    """A run glued from two names ("Пашиняна Мане Геворгян") is cut where the case changes
    after a first word in the genitive (the one the second is relative to); a single name
    is kept whole, also where the tagger gives its words mixed cases ("Буй Тхань Шона")."""
    if len(g) < 3:
        return [g]
    cases = [v.tokens[i].feats.get("Case") for i in g]

    def first_name(i: int) -> bool:
        return any("Name" in gram for _, _, gram, _ in name_parses(v.tokens[i].text.lower()))
    if cases[0] == "Gen" and all(c and c != cases[0] for c in cases[1:]) and len(set(cases[1:])) == 1 \
            and first_name(g[1]) and (not first_name(g[0]) or any(
                stem_match(word_key(v.tokens[g[0]].text), k) for k in surnames if k != word_key(v.tokens[g[-1]].text))):
        return [g[:1], g[1:]]
    return [g]
