"""Finding direct speech: paragraphs that open with a dash, and quotation marks.

Press releases quote in a handful of shapes: a paragraph that opens with a dash and ends
"…, — подчеркнул Олжас Бектенов."; «…», — сказал он; X: «…»; “…,” said X; and partial
quotes inside a sentence that has a verb of saying ("Как подчеркнул Путин, стороны «…»").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..shared import shared
from ..text import trim_span
from .attribution import (QuoteContext, attribution_above, attribution_after, attribution_before,
                          attribution_inside, interviewee, names_someone, sayer_of_sentence,
                          subject_of_speech, within_quote)
from .marks import quote_pairs
from .speaker import Speaker, resolve_phrase

_DASH_LINE = re.compile(r"^[ \t]*[-—–][ \t]+(?=\S)")
_ATTR_DASH = re.compile(r"[,.!?…]\s*[—–-]{1,2}\s+(?=[а-яёa-z])")


@dataclass(frozen=True)
class QuoteSpan:
    start: int                 # the quoted text, without quote marks or dashes
    stop: int
    person: Optional[int]      # index into People.persons
    speaker: Optional[str]     # the person's name
    country: Optional[str]     # the speaker's state, from the person or the phrase


def find_quotes(doc, record, states=None, people=None) -> list[QuoteSpan]:
    """All direct speech in the document, each with its speaker where one can be named
    (found once per document and list of persons: the quotes component and commitments
    both read them)."""
    return list(shared(doc).for_persons("quotes", getattr(record, "persons", None),
                                        lambda: _find_quotes(doc, record, states, people)))


def _find_quotes(doc, record, states, people) -> list[QuoteSpan]:
    ctx = QuoteContext(doc, record, states, people)
    found = _Found(ctx)
    _dash_paragraph_quotes(ctx, found)
    _quotation_mark_quotes(ctx, found)
    found.out.sort(key=lambda q: q.start)
    return found.out


class _Found:
    """The quotes found so far and the spans they cover."""

    def __init__(self, ctx: QuoteContext):
        self.ctx = ctx
        self.out: list[QuoteSpan] = []
        self.covered: list[tuple[int, int]] = []

    def add(self, s: int, e: int, phrase, pos: int) -> None:
        ctx = self.ctx
        s, e = trim_span(ctx.text, s, e)
        if e - s < 3:
            return
        sp = resolve_phrase(phrase or [], pos, ctx.people, ctx.states, ctx.lex) if phrase else Speaker(None, None)
        self.out.append(QuoteSpan(s, e, sp.person, ctx.people.name(sp.person) if ctx.people else None,
                                  sp.country))
        self.covered.append((s, e))


def _dash_paragraph_quotes(ctx: QuoteContext, found: _Found) -> None:
    """Paragraphs that open with a dash: "- Текст, — подчеркнул X. - Текст …"."""
    text = ctx.text
    pos = 0
    for line in text.split("\n"):
        m = _DASH_LINE.match(line)
        if m and (ctx.lex.lang == "ru" or re.search(r"[,.]\s*[—–-]\s+(said|says)\b", line)):
            qs = pos + m.end()
            end = pos + len(line)
            cur = qs
            for a in _ATTR_DASH.finditer(text, qs, end):
                phrase = attribution_after(ctx, a.start(), dash_required=True)
                if phrase is None:
                    continue
                found.add(cur, a.start() + (1 if text[a.start()] in "!?…" else 0), phrase, cur)
                nxt = re.compile(r"\.\s*[—–-]\s+(?=[А-ЯЁA-Z])").search(text, a.end(), end)
                if not nxt:
                    cur = end
                    break
                cur = nxt.end()
            if cur < end and cur == qs:
                phrase = attribution_before(ctx, qs) or attribution_above(ctx, qs) or interviewee(ctx, qs)
                if phrase is not None:
                    found.add(qs, end, phrase, qs)
        pos += len(line) + 1


def _quotation_mark_quotes(ctx: QuoteContext, found: _Found) -> None:
    """Quotes between quotation marks of two words or more, outside the dash paragraphs,
    that an attribution phrase ties to a speaker."""
    text = ctx.text
    for o, c in quote_pairs(text):
        qs, qe = o + 1, c
        if any(s <= qs < e for s, e in found.covered):
            continue
        nwords = len(text[qs:qe].split())
        if nwords < 2:
            continue
        phrase = _phrase_for_marks(ctx, o, c, nwords)
        inside = within_quote(ctx, qs, qe) if phrase is None and ctx.lex.lang == "ru" else None
        if inside is not None:      # "«…, — отметил X. — …»": two quotes, X's both
            phrase, cut, resume = inside
            found.add(qs, cut, phrase, o)
            found.add(resume, qe, phrase, o)
            continue
        if phrase is None:
            _continued(found, o, qs, qe)
            continue
        found.add(qs, qe, phrase, o)


def _continued(found: _Found, o: int, qs: int, qe: int) -> None:
    """"“…,” he said. “We consider …”": a quote that opens right after the previous one's
    attribution, on the same line, goes on in the same voice."""
    if not found.out:
        return
    prev = max(found.out, key=lambda q: q.stop)
    gap = found.ctx.text[prev.stop:o]
    if prev.stop >= o or any(ch in gap[2:] for ch in "«»“”„\""):
        return
    same_line = len(gap) <= 60 and "\n" not in gap and gap.rstrip().endswith(".")
    # "«…», — сказал X. Narrative about the talks. «Хочу напомнить, что мы …»": a quote no
    # phrase attributes, after narrative where no one else is the subject, is still X's
    people = found.ctx.people
    resumed = prev.person is not None and len(gap) <= 500 and bool(people) and all(
        k == prev.person or not _subject_mention(people, k, prev.stop, o)
        for k in people.in_span(prev.stop + 1, o))
    if same_line or resumed:
        s, e = trim_span(found.ctx.text, qs, qe)
        if e - s >= 3:
            found.out.append(QuoteSpan(s, e, prev.person, prev.speaker, prev.country))
            found.covered.append((s, e))


def _subject_mention(people, person: int, start: int, stop: int) -> bool:
    """The person is named between ``start`` and ``stop`` as a subject (in the nominative)."""
    return any(oc.person == person and oc.nominative and start <= oc.start < stop
               for oc in people.occurrences)


def _phrase_for_marks(ctx: QuoteContext, o: int, c: int, nwords: int) -> Optional[list]:
    """The attribution of a quote between marks at ``o`` and ``c``: after it, before it on
    the line, earlier in the sentence (four words or more), or a Russian ", сказал X"."""
    text = ctx.text
    phrase = attribution_after(ctx, c + 1, dash_required=ctx.lex.lang == "ru")
    if phrase is None:
        phrase = attribution_before(ctx, o)
        if phrase is not None and ctx.speech_at(phrase, len(phrase)) < 0 and not names_someone(ctx, phrase, o):
            phrase = None   # "Следите за трансляцией: «…»" names nobody
        elif phrase is not None and ctx.speech_at(phrase, len(phrase)) >= 0:
            phrase = subject_of_speech(ctx, phrase)   # "… with President Aliyev, President Erdoğan said: '…'"
    if phrase is None and nwords >= 4:
        phrase = attribution_inside(ctx, o)
        if phrase is not None:
            phrase = subject_of_speech(ctx, phrase)
            if not names_someone(ctx, phrase, o):
                phrase = None
    if phrase is None and ctx.lex.lang == "ru" and re.match(r"[ \t]*,[ \t]*[а-яё]", text[c + 1:c + 40]):
        phrase = attribution_after(ctx, c + 1, dash_required=False, finite=True)
    if phrase is None and re.search(r"[.!][ \t]+$", text[max(0, o - 4):o]):
        phrase = _sayer_before(ctx, o)
    return phrase


def _sayer_before(ctx: QuoteContext, o: int) -> Optional[list]:
    """"Вице-премьер РФ подчеркнул, что … . «Рассчитываем …»": a quote with no attribution of
    its own, right after a sentence of the same paragraph that has a verb of saying, is that
    sayer's words, when the sayer's state is known."""
    end = o
    while end > 0 and ctx.text[end - 1] in " \t":
        end -= 1
    phrase = sayer_of_sentence(ctx, end - 1)
    if phrase is None or resolve_phrase(phrase, o, ctx.people, ctx.states, ctx.lex).country is None:
        return None
    return phrase
