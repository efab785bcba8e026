"""The per-token view of a document that every person rule reads.

Lemmas (title-lexicon keys), state mentions, organisation spans, skippable words and
line breaks are computed once per document, so the title and mention rules stay
simple lookups by token index.
"""
from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_right

from ...lexicon import word_list
from . import roles

STATE_KINDS = ("name", "abbr")
_GLUED_RU = re.compile(r"(?<=[а-яё])[А-ЯЁ][а-яё]+$")
_EN_SKIP = word_list("persons_view_en_skip")


def _ru_normal(word: str) -> str:
    """The lemma of a lone Russian word (pymorphy's first reading)."""
    from ...nlp.morph import analyzer as morph
    try:
        return morph().parse(word.lower())[0].normal_form.replace("ё", "е")
    except Exception:
        return word.lower()


_INFINITIVE = ("ть", "ться", "ти", "чь")


@lru_cache(maxsize=20_000)
def _participle_key(word: str) -> str | None:
    """"поверенный", "управляющим": a participle used as a title word, which the tagger
    lemmatises to its verb ("поверить"), keyed by its masculine nominative instead."""
    from ...nlp.morph import analyzer as morph
    try:
        for p in morph().parse(word.lower()):
            if p.tag.POS == "PRTF":
                form = p.inflect({"masc", "sing", "nomn"})
                return form.word.replace("ё", "е") if form else None
    except Exception:
        return None
    return None


class View:
    """Per-token facts the title rules read, computed once per document."""

    def __init__(self, doc, tokens, lang: str, state_mentions, org_spans=()):
        self.doc, self.tokens, self.lang = doc, tokens, lang
        self._titles = None
        n = len(tokens)
        self._read_keys()
        by_start = {t.start: i for i, t in enumerate(tokens)}
        self._mark_states(state_mentions, by_start)
        self.org = [False] * n
        for sp in org_spans:
            for t in getattr(sp, "tokens", ()):
                i = by_start.get(t.start)
                if i is not None:
                    self.org[i] = True
        self.skip = [self._skippable(i) for i in range(n)]
        self.mention_at: list = [None] * n
        text = doc.text
        self.newline_before = [i > 0 and "\n" in text[tokens[i - 1].stop:tokens[i].start]
                               for i in range(n)]
        self.start_at = [t.start for t in tokens]
        self.by_id = {t.id: t for t in tokens if getattr(t, "id", "")}
        if lang == "ru":
            self._mark_ru_oddities()

    def _read_keys(self) -> None:
        """Per token the lexicon key (lemma; English: the word, a plural title word singular)
        and whether it is plural."""
        lang, tokens = self.lang, self.tokens
        lex_words = roles.lexicon(lang).words
        self.keys, self.plural = [], [False] * len(tokens)
        for i, t in enumerate(tokens):
            k = (t.lemma or t.text.lower()).replace("ё", "е")
            if lang != "ru":
                k = t.text.lower()
                if k not in lex_words and len(k) > 3 and k.endswith("s") and k[:-1] in lex_words:
                    k, self.plural[i] = k[:-1], True
            else:
                if k.endswith(_INFINITIVE) and t.pos in ("NOUN", "VERB", "ADJ") and t.text[:1].isalpha():
                    p = _participle_key(t.text.lower())
                    if p and p in lex_words:
                        k = p
                if t.feats.get("Number") == "Plur" or _plural_ending(t.text.lower().replace("ё", "е"), k):
                    self.plural[i] = True
            self.keys.append(k)

    def _mark_states(self, state_mentions, by_start: dict) -> None:
        """Per token the state it names (code, kind) and, for a state's name or abbreviation,
        the id of its mention (one multi-token state is one title item)."""
        tokens, n = self.tokens, len(self.tokens)
        self.state_id = [0] * n
        self.state_code: list = [None] * n
        self.state_kind: list = [None] * n
        starts = [t.start for t in tokens]
        for sid, sm in enumerate(state_mentions, 1):
            i = by_start.get(sm.start)
            if i is None:
                j = bisect_right(starts, sm.start) - 1   # the token the mention starts inside
                i = j if j >= 0 and sm.start < tokens[j].stop else None
            if i is None:
                continue
            while i < n and tokens[i].start < sm.stop:
                self.state_code[i], self.state_kind[i] = sm.code, sm.kind
                if sm.kind in STATE_KINDS:
                    self.state_id[i] = sid
                i += 1

    def _mark_ru_oddities(self) -> None:
        """"во главе с Раисом" is "led by", not a title; "ОбществоМинистр", a word glued by
        scraping, starts a title on a line of its own."""
        tokens, n = self.tokens, len(self.tokens)
        for i in range(1, n - 1):
            if self.keys[i] == "глава" and self.keys[i - 1] in ("во", "в") and self.keys[i + 1] in ("с", "со"):
                self.keys[i] = "во_главе"
        for i, t in enumerate(tokens):
            g = _GLUED_RU.search(t.text)
            if g:
                self.keys[i] = _ru_normal(t.text[g.start():])
                self.start_at[i] = t.start + g.start()
                self.newline_before[i] = True

    def _skippable(self, i: int) -> bool:
        t = self.tokens[i]
        if self.state_kind[i] in ("adj", "demonym"):
            return True
        if self.lang == "ru":
            return t.pos in ("ADJ", "DET")
        return self.keys[i] in _EN_SKIP

    def all_titles(self) -> list:
        """Every title of the whole text, found once (the bare and plural title rules share it)."""
        if self._titles is None:
            self._titles = roles.find_titles(self.lang, self.keys, self.state_id, self.skip)
        return self._titles

    def is_cap(self, i: int) -> bool:
        return self.tokens[i].text[:1].isupper()


_PLURAL_ENDINGS = ("ы", "ов", "ам", "ами", "ах")


def _plural_ending(word: str, lemma: str) -> bool:
    """"вице-премьер-министры", "лидеров": a noun whose form is its lemma with a plural ending
    (the tagger reads some of them as singular)."""
    return len(lemma) > 3 and word.startswith(lemma) and word[len(lemma):] in _PLURAL_ENDINGS

