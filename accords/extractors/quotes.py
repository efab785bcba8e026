"""quotes: direct speech with its speaker.

Press releases quote in a handful of shapes: a paragraph that opens with a dash and ends
"…, — подчеркнул Олжас Бектенов."; «…», — сказал он; X: «…»; “…,” said X; and partial
quotes inside a sentence that has a verb of saying ("Как подчеркнул Путин, стороны «…»").
Each quote is tied to a person of the record through its attribution phrase (a name, a
pronoun for the last person mentioned, or a role such as "белорусский премьер").

This module also holds what commitments reuse: the cue lexicon (``accords/data/modality.*.tsv``),
a small index of the record's persons and the state mentions of the document.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Optional

from ..nlp.ranges import MAX_MENTION_CHARS, starting_in
from ..record import Quote

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parents[1] / "data"


# ---------------------------------------------------------------- lexicon (data files)

@dataclass(frozen=True)
class Cue:
    modality: str
    words: tuple[str, ...]      # lemma, "prefix*" or "*" (a gap of up to three tokens)
    flags: frozenset


@dataclass(frozen=True)
class Lexicon:
    lang: str
    cues: tuple[Cue, ...]
    by_first: Mapping[str, tuple[Cue, ...]]
    prefix_first: tuple[Cue, ...]
    words: Mapping[str, frozenset]                  # kind -> single-word entries
    phrases: Mapping[str, tuple[tuple[str, ...], ...]]  # kind -> multiword entries
    roles: tuple[tuple[tuple[str, ...], str], ...]  # longest first
    regions: Mapping[str, str] = field(default_factory=dict)  # region or city word (start) -> state

    def has(self, kind: str, lemma: str) -> bool:
        return lemma in self.words.get(kind, ())

    def region(self, text: str) -> Optional[str]:
        """The state of a region or city word in any inflection ("Самаркандской" → UZB):
        Russian entries are word starts, English ones whole words."""
        w = text.lower().replace("ё", "е")
        if len(w) < 3 or not self.regions:
            return None
        if self.lang != "ru":
            return self.regions.get(re.sub(r"[’']s?$", "", w))
        for k in range(min(len(w), 18), 3, -1):
            code = self.regions.get(w[:k])
            if code is not None:
                return code
        return None


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    """The cue lexicon of one language ('ru' or 'en'), read once."""
    path = DATA / f"modality.{lang}.tsv"
    cues: list[Cue] = []
    words: dict[str, set] = {}
    phrases: dict[str, list] = {}
    roles: list = []
    regions: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        kind, pattern = cols[0].strip(), cols[1].strip().lower().replace("ё", "е")
        value = cols[2].strip() if len(cols) > 2 else ""
        flags = frozenset(f.strip() for f in cols[3].split(",")) if len(cols) > 3 and cols[3].strip() else frozenset()
        toks = tuple(pattern.split())
        if kind == "cue":
            cues.append(Cue(value, toks, flags))
        elif kind == "role":
            roles.append((toks, value))
        elif kind == "region":
            regions[pattern] = value
        elif len(toks) == 1:
            words.setdefault(kind, set()).add(toks[0])
        else:
            phrases.setdefault(kind, []).append(toks)
    by_first: dict[str, list] = {}
    prefix_first = []
    for c in cues:
        if c.words[0].endswith("*"):
            prefix_first.append(c)
        else:
            by_first.setdefault(c.words[0], []).append(c)
    roles.sort(key=lambda r: -len(r[0]))
    return Lexicon(lang, tuple(cues),
                   MappingProxyType({k: tuple(v) for k, v in by_first.items()}),
                   tuple(prefix_first),
                   MappingProxyType({k: frozenset(v) for k, v in words.items()}),
                   MappingProxyType({k: tuple(v) for k, v in phrases.items()}),
                   tuple(roles), MappingProxyType(regions))


def lex_lang(doc) -> str:
    """'ru' for documents analysed by natasha (they carry POS tags), else the English rules."""
    if doc.lang == "ru":
        return "ru"
    return "ru" if any(t.pos for t in doc.tokens[:200]) else "en"


def word_match(pattern: str, lemma: str) -> bool:
    if pattern.endswith("*"):
        return lemma.startswith(pattern[:-1])
    return lemma == pattern


def match_seq(tokens, i: int, words: tuple[str, ...], max_gap: int = 3) -> Optional[list[int]]:
    """Indices (into ``tokens``) matching ``words`` from position i, or None."""
    out = []
    j = i
    k = 0
    while k < len(words):
        w = words[k]
        if w == "*":
            nxt = words[k + 1]
            for g in range(0, max_gap + 1):
                if j + g < len(tokens) and word_match(nxt, tokens[j + g].lemma):
                    j += g
                    break
            else:
                return None
            k += 1
            continue
        if j >= len(tokens) or not word_match(w, tokens[j].lemma):
            return None
        out.append(j)
        j += 1
        k += 1
    return out


def find_phrases(tokens, entries) -> list[tuple[int, int, tuple]]:
    """(start index, stop index, entry) of multiword entries found in tokens."""
    out = []
    for i in range(len(tokens)):
        for e in entries:
            if i + len(e) <= len(tokens) and all(word_match(w, tokens[i + n].lemma) for n, w in enumerate(e)):
                out.append((i, i + len(e), e))
    return out


# ---------------------------------------------------------------- states and persons

def state_mentions(doc) -> list:
    """The states gazetteer's mentions (empty when it is absent or fails)."""
    try:
        from .states import find_states
    except Exception:  # the gazetteer is built elsewhere; run without it
        return []
    try:
        return list(find_states(doc))
    except Exception:
        log.exception("find_states failed")
        return []


def surname_key(name: str) -> str:
    words = (name or "").split()
    if not words:
        return ""
    key = words[-1].lower().replace("ё", "е")
    if len(key) > 4 and key[-1] in "аяьйy":
        key = key[:-1]
    return key


@dataclass(frozen=True)
class Occurrence:
    start: int
    stop: int
    person: int          # index into People.persons
    nominative: bool


def people_of(doc, record) -> "People":
    """The persons index of a document, built once and shared by quotes and commitments
    (both read the same record.persons)."""
    derived = getattr(doc, "derived", None)
    if derived is None:
        return People(doc, record)
    persons, people = derived.get("people", (None, None))
    if persons is not record.persons:        # another record (or its persons replaced)
        people = People(doc, record)
        derived["people"] = (record.persons, people)
    return people


class People:
    """Where the record's persons occur in the text: their mentions plus surname tokens."""

    def __init__(self, doc, record):
        self.persons = list(getattr(record, "persons", []) or [])
        occ: dict[tuple[int, int], Occurrence] = {}
        by_id = {t.id: t for t in doc.tokens if t.id}

        def subjectish(toks) -> bool:
            """A mention that is a subject (natasha's case tags on names are unreliable)."""
            if not toks or not toks[0].id:
                return True
            for t in toks:
                h = by_id.get(t.head_id)
                if t.rel.startswith("nsubj") or (t.rel in ("flat:name", "appos") and h is not None
                                                 and h.rel.startswith("nsubj")):
                    return True
            return False

        keys: dict[str, list[tuple[int, str]]] = {}   # by their first three letters
        for i, p in enumerate(self.persons):
            key = surname_key(p.name)
            if len(key) >= 3:
                keys.setdefault(key[:3], []).append((i, key))
        own: dict[int, list[Occurrence]] = {}
        for i, p in enumerate(self.persons):
            for s, e in p.mentions or []:
                occ[(s, e)] = Occurrence(s, e, i, subjectish(doc.tokens_in(s, e)))
        for o in occ.values():
            own.setdefault(o.person, []).append(o)
        for t in doc.tokens:
            if not t.text[:1].isupper():
                continue
            low = t.text.lower().replace("ё", "е")
            for i, key in keys.get(low[:3], ()):
                if low.startswith(key) and len(low) - len(key) <= 3:
                    if not any(o.start <= t.start < o.stop for o in own.get(i, ())):
                        old = occ.get((t.start, t.stop))
                        if old is not None:
                            own[old.person].remove(old)
                        o = occ[(t.start, t.stop)] = Occurrence(t.start, t.stop, i, subjectish([t]))
                        own.setdefault(i, []).append(o)
                    break
        self.occurrences = sorted(occ.values(), key=lambda o: o.start)
        self.fallback: dict[int, str] = {}
        if any(not p.country for p in self.persons):
            try:
                self.fallback = _context_countries(doc, self)
            except Exception:  # a fallback only; never fail the caller
                log.exception("person context countries failed")

    def __bool__(self) -> bool:
        return bool(self.persons)

    def in_span(self, start: int, stop: int) -> list[int]:
        out = []
        for o in starting_in(self.occurrences, start - MAX_MENTION_CHARS, stop):
            if o.start < stop and start < o.stop and o.person not in out:
                out.append(o.person)
        return out

    def last_before(self, pos: int, nominative: bool = True) -> Optional[int]:
        best = None
        for o in self.occurrences:
            if o.start >= pos:
                break
            if not nominative or o.nominative:
                best = o.person
        if best is None and nominative:
            return self.last_before(pos, nominative=False)
        return best

    def by_role(self, role_class: Optional[str], country: Optional[str], pos: int) -> Optional[int]:
        cands = [i for i, p in enumerate(self.persons)
                 if (role_class is None or p.role_class == role_class)
                 and (country is None or p.country == country)]
        if not cands and role_class and country:
            cands = [i for i, p in enumerate(self.persons) if p.country == country]
            if len(cands) != 1:
                return None
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        best = None
        for o in self.occurrences:
            if o.start >= pos:
                break
            if o.person in cands:
                best = o.person
        return best if best is not None else cands[0]

    def country(self, i: Optional[int]) -> Optional[str]:
        if i is None:
            return None
        return self.persons[i].country or self.fallback.get(i)

    def name(self, i: Optional[int]) -> Optional[str]:
        return self.persons[i].name if i is not None else None


_EN_TITLE_GLUE = frozenset({"of", "the", "for", "and", "’", "'", "s", "-", "deputy", "first", "vice", "minister",
                            "president", "prime", "foreign", "affairs", "ambassador", "governor", "mayor",
                            "chairman", "head", "speaker", "akim", "hokim", "energy", "trade", "economy",
                            "investment", "industry", "agriculture", "transport", "finance"})


_LIST_GLUE = frozenset({",", "и", "and", "а также"})


def _context_countries(doc, people: "People") -> dict[int, str]:
    """A state for persons the record leaves without one, from how the text introduces them:
    a known leader ("Лукашенко"), or one state or region in the title right before a mention
    ("Аким Туркестанской области Дархан Сатыбалды", "Uzbekistan's Energy Minister …") or in an
    apposition right after it ("…, министр энергетики Кыргызстана, …")."""
    from .states import find_leaders
    states = state_mentions(doc)
    lex = lexicon(lex_lang(doc))
    ru = lex.lang == "ru"
    toks = doc.tokens
    starts = {t.start: t.index for t in toks}
    stops = {t.stop: t.index for t in toks}
    by_tok: dict[int, str] = {}
    for m in states:
        if m.kind in ("name", "adj", "abbr"):
            for k in range(m.tok_start, max(m.tok_stop, m.tok_start + 1)):
                by_tok[k] = m.code
    leaders = [m for m in find_leaders(doc)]
    out: dict[int, str] = {}

    def title_word(t) -> bool:
        if ru:
            return t.pos in ("NOUN", "PROPN", "ADJ", "DET") or t.text in ("-", "–")
        return t.text[:1].isupper() or t.lemma in _EN_TITLE_GLUE

    def codes_of(run) -> set:
        got = {by_tok[t.index] for t in run if t.index in by_tok}
        return got or {c for t in run for c in (lex.region(t.text),) if c}

    for o in people.occurrences:
        i = o.person
        if people.persons[i].country or i in out:
            continue
        lead = next((m.code for m in leaders if m.start < o.stop and o.start < m.stop), None)
        if lead:
            out[i] = lead
            continue
        a, b = starts.get(o.start), stops.get(o.stop)
        if a is None or b is None:
            continue
        before = []
        for k in range(a - 1, max(-1, a - 8), -1):
            t = toks[k]
            if t.sent != toks[a].sent or not title_word(t):
                if t.lemma in _LIST_GLUE:
                    before = []   # "министры Кыргызстана, Казахстана и Узбекистана": a list
                break
            before.append(t)
        after = []
        if b + 1 < len(toks) and toks[b + 1].text == "," and toks[b + 1].sent == toks[b].sent:
            for t in toks[b + 2:b + 10]:
                if t.sent != toks[b].sent or not title_word(t):
                    break
                after.append(t)
        for run in (before, after):
            codes = codes_of(run)
            if len(codes) == 1:
                out[i] = codes.pop()
                break
    return out


def states_in(states, start: int, stop: int, skip_capitals: bool = False) -> list[str]:
    out = []
    for m in starting_in(states, start - MAX_MENTION_CHARS, stop):
        if m.start < stop and start < m.stop:
            if skip_capitals and getattr(m, "kind", "") == "capital":
                continue
            if m.code not in out:
                out.append(m.code)
    return out


# ---------------------------------------------------------------- speaker resolution

@dataclass(frozen=True)
class Speaker:
    person: Optional[int]
    country: Optional[str]


def resolve_phrase(tokens, pos: int, people: People, states, lex: Lexicon) -> Speaker:
    """Who an attribution phrase ("подчеркнул Президент Сербии Александр Вучич", "сказал он",
    "отметил белорусский премьер", "said Mamin") names."""
    if not tokens:
        return Speaker(None, None)
    s, e = tokens[0].start, tokens[-1].stop
    found = people.in_span(s, e) if people else []
    codes = states_in(states, s, e)
    if found:
        i = found[0]
        return Speaker(i, people.country(i) or (codes[0] if len(codes) == 1 else None))
    if any(t.lemma in lex.words.get("third", ()) for t in tokens) and people:
        i = people.last_before(pos)
        return Speaker(i, people.country(i))
    role = None
    for words, rc in lex.roles:
        if find_phrases(tokens, (words,)):
            role = rc
            break
    country = codes[0] if len(codes) == 1 else None
    if role and people:
        i = people.by_role(None if role == "any" else role, country, pos)
        if i is not None:
            return Speaker(i, people.country(i) or country)
    return Speaker(None, country)


# ---------------------------------------------------------------- quote spans

@dataclass(frozen=True)
class QuoteSpan:
    start: int                 # the quoted text, without quote marks or dashes
    stop: int
    person: Optional[int]      # index into People.persons
    speaker: Optional[str]     # the person's name
    country: Optional[str]     # the speaker's state, from the person or the phrase


_QMARK = re.compile(r"[«»“”„\"]")
_DASH_LINE = re.compile(r"^[ \t]*[-—–][ \t]+(?=\S)")
_ATTR_DASH = re.compile(r"[,.!?…]\s*[—–-]{1,2}\s+(?=[а-яёa-z])")
_AFTER_RU = re.compile(r"^[ \t]*[,.!?…]?[ \t]*\n?[ \t]*[—–-]{1,2}[ \t]*")
_AFTER_EN = re.compile(r"^[ \t]*[,.]?[ \t]*(?:\n[ \t]*)*")
_NOT_OPEN_BEFORE = set(" \t\n([—–-:/«„“")


def _quote_pairs(text: str) -> list[tuple[int, int]]:
    """Top-level quoted segments (positions of the opening and closing mark), line by line."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stack: list[tuple[int, str]] = []
        for m in _QMARK.finditer(line):
            i = m.start()
            c = line[i]
            prev = line[i - 1] if i > 0 else " "
            nxt = line[i + 1] if i + 1 < len(line) else " "
            if c in "«„":
                kind = "open"
            elif c in "»”":
                kind = "close"
            elif c == "“":
                kind = "close" if stack and stack[-1][1] == "„" else "open"
            else:  # straight quote
                if prev in _NOT_OPEN_BEFORE and not nxt.isspace():
                    kind = "open"
                elif not prev.isspace():
                    kind = "close"
                else:
                    kind = "close" if any(ch == '"' for _, ch in stack) else "open"
            if kind == "open":
                stack.append((i, c))
                continue
            want = {"»": "«", "”": "“", "“": "„", '"': '"'}[c]
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][1] == want or (c == "”" and stack[k][1] == '"'):
                    if k == 0:
                        out.append((pos + stack[0][0], pos + i))
                    del stack[k:]
                    break
        if stack and stack[0][0] == len(line) - len(line.lstrip(" \t-—–")):
            out.append((pos + stack[0][0], pos + len(line)))   # a paragraph-long quote left open
        pos += len(line) + 1
    return out


_PAIRED = {"»": "«", "”": "“", "“": "„", "\"": "\""}


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces, dashes and stray quote marks, keeping a closing mark of an inner quote."""
    while s < e and (text[s].isspace() or text[s] in "«„“\"-—–"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:»”\"“-—–"):
        c = text[e - 1]
        if c in _PAIRED:
            seg = text[s:e - 1]
            opened = seg.count(_PAIRED[c]) - (seg.count(c) if c != "\"" else 0)
            if (c == "\"" and seg.count("\"") % 2 == 1) or (c != "\"" and opened > 0):
                break
        e -= 1
    return s, e


class _Ctx:
    def __init__(self, doc, record, states=None, people=None):
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon(lex_lang(doc))
        self.states = state_mentions(doc) if states is None else states
        self.people = people_of(doc, record) if people is None else people
        self.starts = [t.start for t in doc.tokens]

    def tok_index(self, pos: int) -> int:
        """Index of the first token starting at or after pos."""
        import bisect
        return bisect.bisect_left(self.starts, pos)

    def speech_at(self, toks, limit: int) -> int:
        """Index in toks of a verb of saying within the first ``limit`` tokens, or -1."""
        sp = self.lex.words.get("speech", ())
        for k, t in enumerate(toks[:limit]):
            if t.lemma in sp:
                return k
        return -1


def _named(ctx: _Ctx, phrase: list, pos: int) -> bool:
    sp = resolve_phrase(phrase, pos, ctx.people, ctx.states, ctx.lex)
    return sp.person is not None or sp.country is not None


def _attribution_after(ctx: _Ctx, pos: int, dash_required: bool, finite: bool = False) -> Optional[list]:
    """The attribution phrase after a quote closing at ``pos`` ("…», — сказал Токаев на …")."""
    rest = ctx.text[pos:pos + 300]
    m = (_AFTER_RU if dash_required else _AFTER_EN).match(rest)
    if not m:
        return None
    start = pos + m.end()
    toks = []
    for t in ctx.doc.tokens[ctx.tok_index(start):]:
        if toks and ctx.text.count("\n", toks[-1].stop, t.start):
            break
        if t.text in ".!?…" or t.text in "«»\"“”":
            break
        toks.append(t)
        if len(toks) >= 14:
            break
    k = ctx.speech_at(toks, 2 if finite else 4 if dash_required else 12)
    if k < 0 or (finite and toks[k].feats.get("VerbForm") != "Fin"):
        return None
    phrase = [t for n, t in enumerate(toks) if n != k]
    return _cut_adjuncts(phrase)


_EN_PREP = frozenset({"at", "in", "during", "with", "on", "after", "before", "to", "for", "from",
                      "following", "while", "when"})


def _cut_adjuncts(phrase: list) -> list:
    """Drop trailing prepositional adjuncts: "Токаев на онлайн-заседании …" → "Токаев"."""
    seen_head = False
    for n, t in enumerate(phrase):
        if (t.pos == "ADP" or (not t.pos and t.lemma in _EN_PREP)) and seen_head:
            return phrase[:n]
        if t.pos in ("NOUN", "PROPN", "PRON") or (not t.pos and t.text[:1].isalpha()):
            seen_head = True
    return phrase


def _attribution_before(ctx: _Ctx, qs: int) -> Optional[list]:
    """"Мансура Моазэми: «…»" or a line "Виктор Каранкевич, заместитель премьер-министра:"."""
    text = ctx.text
    line_start = text.rfind("\n", 0, qs) + 1
    before = text[line_start:qs]
    if before.strip():
        if not before.rstrip().endswith(":"):
            return None
        colon = line_start + len(before.rstrip()) - 1
        seg_start = max(text.rfind(". ", line_start, colon) + 1, line_start)
    else:
        prev_end = line_start - 1
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        if not text[prev_start:prev_end].rstrip().endswith(":"):
            return None
        seg_start, colon = prev_start, prev_start + len(text[prev_start:prev_end].rstrip()) - 1
    toks = [t for t in ctx.doc.tokens[ctx.tok_index(seg_start):] if t.stop <= colon]
    return toks[-14:] if toks else None


def _attribution_inside(ctx: _Ctx, qs: int) -> Optional[list]:
    """A verb of saying earlier in the same sentence: "Шойгу выразил уверенность, что «…»"."""
    sent = ctx.doc.sentence_of(qs)
    if sent is None:
        return None
    line_start = ctx.text.rfind("\n", 0, qs) + 1
    toks = [t for t in sent.tokens if t.stop <= qs and t.start >= line_start]
    if not toks or ctx.speech_at(toks, len(toks)) < 0:
        return None
    prev = toks[-1]
    if prev.lemma in ctx.lex.words.get("project", ()) or prev.lemma in ctx.lex.words.get("namecue", ()):
        return None   # a name after its cue noun: форум «Один пояс, один путь»
    return toks


def find_quotes(doc, record, states=None, people=None) -> list[QuoteSpan]:
    """All direct speech in the document, each with its speaker where one can be named."""
    ctx = _Ctx(doc, record, states, people)
    text = ctx.text
    out: list[QuoteSpan] = []
    covered: list[tuple[int, int]] = []

    def add(s: int, e: int, phrase, pos: int):
        s, e = trim_span(text, s, e)
        if e - s < 3:
            return
        sp = resolve_phrase(phrase or [], pos, ctx.people, ctx.states, ctx.lex) if phrase else Speaker(None, None)
        out.append(QuoteSpan(s, e, sp.person, ctx.people.name(sp.person) if ctx.people else None,
                             sp.country))
        covered.append((s, e))

    # 1. paragraphs that open with a dash: "- Текст, — подчеркнул X. - Текст …"
    pos = 0
    for line in text.split("\n"):
        m = _DASH_LINE.match(line)
        if m and (ctx.lex.lang == "ru" or re.search(r"[,.]\s*[—–-]\s+(said|says)\b", line)):
            qs = pos + m.end()
            end = pos + len(line)
            cur = qs
            for a in _ATTR_DASH.finditer(text, qs, end):
                phrase = _attribution_after(ctx, a.start(), dash_required=True)
                if phrase is None:
                    continue
                add(cur, a.start() + (1 if text[a.start()] in "!?…" else 0), phrase, cur)
                nxt = re.compile(r"\.\s*[—–-]\s+(?=[А-ЯЁA-Z])").search(text, a.end(), end)
                if not nxt:
                    cur = end
                    break
                cur = nxt.end()
            if cur < end and cur == qs and _attribution_before(ctx, qs) is not None:
                add(qs, end, _attribution_before(ctx, qs), qs)
        pos += len(line) + 1

    # 2. quotation marks
    for o, c in _quote_pairs(text):
        qs, qe = o + 1, c
        if any(s <= qs < e for s, e in covered):
            continue
        inner = text[qs:qe]
        nwords = len(inner.split())
        if nwords < 2:
            continue
        phrase = _attribution_after(ctx, c + 1, dash_required=ctx.lex.lang == "ru")
        if phrase is None:
            phrase = _attribution_before(ctx, o)
            if phrase is not None and ctx.speech_at(phrase, len(phrase)) < 0 and not _named(ctx, phrase, o):
                phrase = None   # "Следите за трансляцией: «…»" names nobody
        if phrase is None and nwords >= 4:
            phrase = _attribution_inside(ctx, o)
            if phrase is not None:
                phrase = _subject_of_speech(ctx, phrase)
                if not _named(ctx, phrase, o):
                    phrase = None
        if phrase is None and ctx.lex.lang == "ru" and re.match(r"[ \t]*,[ \t]*[а-яё]", text[c + 1:c + 40]):
            phrase = _attribution_after(ctx, c + 1, dash_required=False, finite=True)
        if phrase is None:
            continue
        add(qs, qe, phrase, o)
    out.sort(key=lambda q: q.start)
    return out


def _subject_of_speech(ctx: _Ctx, toks: list) -> list:
    """The part of a sentence prefix that names the speaker: the subject of the verb of
    saying, or the words after "по словам"; else the whole prefix."""
    for k, t in enumerate(toks):
        if t.lemma in ("слово", "мнение", "данные") and k > 0 and toks[k - 1].lemma == "по":
            j = k + 1
            while j < len(toks) and toks[j].text not in ",":
                j += 1
            return toks[k + 1:j] or toks
    sp = ctx.lex.words.get("speech", ())
    for t in toks:
        if t.lemma in sp and t.pos == "VERB":
            subj = [c for c in toks if c.head_id == t.id and c.rel.startswith("nsubj")]
            if subj:
                ids = {subj[0].id}
                grown = True
                while grown:
                    grown = False
                    for c in toks:
                        if c.head_id in ids and c.id not in ids and c.id != c.head_id:
                            ids.add(c.id)
                            grown = True
                return [c for c in toks if c.id in ids]
    return toks


def extract(doc, record) -> list[Quote]:
    try:
        return [Quote(speaker=q.speaker, text=doc.text[q.start:q.stop], evidence=(q.start, q.stop))
                for q in find_quotes(doc, record)]
    except Exception:
        log.exception("quotes failed")
        return []
