"""The attribution phrase of a quote: after it ("…», — сказал Токаев"), before it on the
line ("Мансура Моазэми: «…»") or earlier in its sentence ("Шойгу выразил уверенность,
что «…»"), reduced to the words that name the speaker.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from ...lexicon import word_list
from ..cues import lex_lang, lexicon
from ..text import state_mentions
from .people import people_of
from .speaker import resolve_phrase

_AFTER_RU = re.compile(r"^[ \t]*[,.!?…]?[ \t]*\n?[ \t]*[—–-]{1,2}[ \t]*")
_BYLINE_BELOW = re.compile(r"^[ \t]*[,.!?…]?[ \t]*\n[ \t]*\n[ \t]*[—–-]{1,2}[ \t]*")
_AFTER_EN = re.compile(r"^[ \t]*[,.]?[ \t]*(?:\n[ \t]*)*")


class QuoteContext:
    """What the quote rules read of one document: its text, cue lexicon, states, persons."""

    def __init__(self, doc, record, states=None, people=None):
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon(lex_lang(doc))
        self.states = state_mentions(doc) if states is None else states
        self.people = people_of(doc, record) if people is None else people
        self.starts = [t.start for t in doc.tokens]

    def tok_index(self, pos: int) -> int:
        """Index of the first token starting at or after pos."""
        return bisect.bisect_left(self.starts, pos)

    def speech_at(self, toks, limit: int) -> int:
        """Index in toks of a verb of saying within the first ``limit`` tokens, or -1."""
        sp = self.lex.words.get("speech", ())
        for k, t in enumerate(toks[:limit]):
            if t.lemma in sp:
                return k
        return -1


def names_someone(ctx: QuoteContext, phrase: list, pos: int) -> bool:
    """The phrase names a person or at least a state."""
    sp = resolve_phrase(phrase, pos, ctx.people, ctx.states, ctx.lex)
    return sp.person is not None or sp.country is not None


def attribution_after(ctx: QuoteContext, pos: int, dash_required: bool, finite: bool = False) -> Optional[list]:
    """The attribution phrase after a quote closing at ``pos`` ("…», — сказал Токаев на …")."""
    rest = ctx.text[pos:pos + 300]
    m = (_AFTER_RU if dash_required else _AFTER_EN).match(rest)
    byline_only = False
    if not m and dash_required:
        m = _BYLINE_BELOW.match(rest)    # "«…»¶¶– Сергей Лавров": a byline a blank line below
        byline_only = True
    if not m:
        return None
    if not dash_required and "\n" in m.group() and (
            m.group().count("\n") > 1 or ctx.text[max(0, pos - 2):pos - 1] != ","):
        return None     # "…trade turnover.”\n\nIn turn, X noted …": the next paragraph's
    start = pos + m.end()
    toks = []
    opens_next = False
    for t in ctx.doc.tokens[ctx.tok_index(start):]:
        if toks and ctx.text.count("\n", toks[-1].stop, t.start):
            break
        if t.text == "." and _initial_dot(ctx.text, toks, t):
            continue        # "said N.Nazarbayev": an initial's dot
        if t.text in ".!?…" or t.text in "«»\"“”":
            opens_next = t.text in "«\"“" and bool(toks) and toks[-1].text in (",", ":")
            break
        toks.append(t)
        if len(toks) >= 14:
            break
    if opens_next and ctx.text[max(0, pos - 2):pos - 1] in (".", "!", "?"):
        return None     # "“… trade.” Crown Prince X said, “…”": the next quote's attribution
    toks = _without_source_aside(toks)
    k = ctx.speech_at(toks, 2 if finite else 4 if dash_required else 12)
    if k < 0 and _byline(ctx, m.group(), toks, start):
        return toks     # "«…»¶– глава азербайджанского государства": a line that only names
    if byline_only:
        return None
    if k < 0 or (finite and toks[k].feats.get("VerbForm") != "Fin"):
        return None
    phrase = [t for n, t in enumerate(toks) if n != k]
    return _cut_adjuncts(phrase)


def _initial_dot(text: str, toks: list, dot) -> bool:
    """The dot after a one-letter initial glued to the surname ("N.Nazarbayev", "Н.Назарбаев")."""
    prev = toks[-1] if toks else None
    return prev is not None and len(prev.text) == 1 and prev.text.isupper() and prev.stop == dot.start \
        and text[dot.stop:dot.stop + 1].isupper()


def _without_source_aside(toks: list) -> list:
    """"…», — как передает БЕЛТА, сказал Селезнев": the source an outlet cites, set off by
    commas before the verb of saying, is not the speaker."""
    if len(toks) > 3 and toks[0].lemma == "как":
        comma = next((i for i, t in enumerate(toks[:6]) if t.text == ","), None)
        if comma is not None and comma + 1 < len(toks):
            return toks[comma + 1:]
    return toks


def within_quote(ctx: QuoteContext, qs: int, qe: int) -> Optional[tuple[list, int, int]]:
    """"«… рекорд, — отметил Мишустин на встрече. — Мы ускоряем …»": a speaker named between
    dashes inside one pair of quotation marks, the quote going on after the second dash;
    (the attribution phrase, where the first part ends, where the second starts)."""
    for m in _INSIDE_RU.finditer(ctx.text, qs, qe):
        phrase = attribution_after(ctx, m.start(), dash_required=True)
        resumed = _RESUMES.match(ctx.text, phrase[-1].stop, qe) if phrase else None
        if resumed and names_someone(ctx, phrase, qs):
            return phrase, m.start() + 1, resumed.end() - 1
    return None


# a stop or comma and a dash inside a quote, then, after the attribution, a stop and a dash
_INSIDE_RU = re.compile(r"[,.!?…][ \t]+[—–-]{1,2}[ \t]*(?=\w)")
_RESUMES = re.compile(r"[^.,:\n«»\"]{0,80}?[.,:][ \t]*[—–-]{1,2}[ \t]*\w")


def _byline(ctx: QuoteContext, lead: str, toks: list, start: int) -> bool:
    """A line of its own under a quote, opened by a dash, that is only a name or a title."""
    if "\n" not in lead or not toks or len(toks) > 8:
        return False
    line_end = ctx.text.find("\n", start)
    line_end = len(ctx.text) if line_end < 0 else line_end
    return toks[-1].stop >= len(ctx.text[:line_end].rstrip()) and not any(
        t.pos in ("VERB", "AUX") for t in toks) and names_someone(ctx, toks, start)


_EN_PREP = word_list("en_attribution_prepositions")


def _cut_adjuncts(phrase: list) -> list:
    """Drop trailing prepositional adjuncts: "Токаев на онлайн-заседании …" → "Токаев"."""
    seen_head = False
    for n, t in enumerate(phrase):
        if (t.pos == "ADP" or (not t.pos and t.lemma in _EN_PREP)) and seen_head:
            return phrase[:n]
        if t.pos in ("NOUN", "PROPN", "PRON") or (not t.pos and t.text[:1].isalpha()):
            seen_head = True
    return phrase


def attribution_before(ctx: QuoteContext, qs: int) -> Optional[list]:
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


def attribution_above(ctx: QuoteContext, qs: int) -> Optional[list]:
    """A dash paragraph with no attribution of its own, under a paragraph whose last sentence
    has a verb of saying ("Роман Головченко отметил, что дорога определена.¶– Мы не
    собираемся сбавлять темпы"): that sentence's sayer speaks on. Not under a question or
    another dash paragraph (an interview's turns)."""
    text = ctx.text
    line_end = text.find("\n", qs)
    if text[qs:len(text) if line_end < 0 else line_end].rstrip().endswith("?"):
        return None         # a question: the interviewer's
    prev_end = text.rfind("\n", 0, qs)
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    if prev_end <= 0:
        return None
    prev_start = text.rfind("\n", 0, prev_end) + 1
    para = text[prev_start:prev_end].rstrip()
    if not para or para[-1] not in ".…:" or re.match(r"\s*[-—–]", para):
        return None         # (a colon: "Глава государства обратил внимание, что …:¶— И, …")
    return sayer_of_sentence(ctx, prev_start + len(para) - 1, prev_start)


def sayer_of_sentence(ctx: QuoteContext, pos: int, lo: int = 0) -> Optional[list]:
    """The sayer of the sentence at ``pos`` (from ``lo`` on), where it has a verb of saying."""
    sent = ctx.doc.sentence_of(pos)
    if sent is None:
        return None
    toks = [t for t in sent.tokens if t.start >= lo]
    k = ctx.speech_at(toks, len(toks))
    if k < 0:
        return None
    # the sayer stands before the verb or right after it ("заявил журналистам Премьер-министр
    # Беларуси Роман Головченко, комментируя …"): up to the first comma after the verb
    end = next((i for i in range(k + 1, len(toks)) if toks[i].text in (",", ":", ";")), len(toks))
    return toks[:min(end, k + 10)]


_MARKS = frozenset({'"', "“", "”", "«", "»", "„"})


def attribution_inside(ctx: QuoteContext, qs: int) -> Optional[list]:
    """A verb of saying earlier in the same sentence: "Шойгу выразил уверенность, что «…»"."""
    sent = ctx.doc.sentence_of(qs)
    if sent is None:
        return None
    line_start = ctx.text.rfind("\n", 0, qs) + 1
    toks = [t for t in sent.tokens if t.stop <= qs and t.start >= line_start]
    if not toks or ctx.speech_at(toks, len(toks)) < 0:
        return None
    # "X said, "…," adding, "…"": the words before the first quote name the speaker of both
    first = next((i for i, t in enumerate(toks) if t.text in _MARKS), None)
    if first and ctx.speech_at(toks[:first], first) >= 0:
        toks = toks[:first]
    prev = toks[-1]
    if prev.lemma in ctx.lex.words.get("project", ()) or prev.lemma in ctx.lex.words.get("namecue", ()):
        return None   # a name after its cue noun: форум «Один пояс, один путь»
    return toks


def subject_of_speech(ctx: QuoteContext, toks: list) -> list:
    """The part of a sentence prefix that names the speaker: the subject of the verb of
    saying, or the words after "по словам"; else the whole prefix."""
    for k, t in enumerate(toks):
        if t.lemma in ("слово", "мнение", "данные") and k > 0 and toks[k - 1].lemma == "по":
            j = k + 1
            while j < len(toks) and toks[j].text not in ",":
                j += 1
            return toks[k + 1:j] or toks
    sp = ctx.lex.words.get("speech", ())
    if ctx.lex.lang != "ru":
        # no parse in English: the words since the last comma before the verb of saying
        # ("Addressing a press conference with President Aliyev, President Erdoğan said:")
        k = next((k for k, t in enumerate(toks) if t.lemma in sp or t.text.lower() in sp), None)
        if k:
            lo = max((i + 1 for i in range(k) if toks[i].text == ","), default=0)
            return toks[lo:k] or toks
        return toks
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


_INTERVIEW = re.compile(r"(?<![а-яё])интервью(?![а-яё])|\binterview\b", re.I)


def interviewee(ctx: QuoteContext, qs: int) -> Optional[list]:
    """An interview's answer: a dash paragraph that asks nothing, right after a dash paragraph
    that asks ("- Господин министр, с кем у вас были встречи?¶- У меня была встреча …"), is
    the words of whoever the lead says gave the interview ("Министр … Египта Тарнек Кабиль дал
    интервью …"): the lead's sentence up to the word "интервью"."""
    text = ctx.text
    line_end = text.find("\n", qs)
    line = text[qs:len(text) if line_end < 0 else line_end].rstrip()
    prev_end = text.rfind("\n", 0, qs)
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    prev = text[text.rfind("\n", 0, prev_end) + 1:prev_end].rstrip() if prev_end > 0 else ""
    if not line or line.endswith("?") or not re.match(r"\s*[-—–]", prev) or not prev.endswith("?"):
        return None
    m = _INTERVIEW.search(text, 0, min(qs, 800))
    sent = ctx.doc.sentence_of(m.start()) if m else None
    if sent is None:
        return None
    return [t for t in sent.tokens if t.stop <= m.start()] or None
