"""Mentions of one person merged into one, and the name the record gives that person.

A full name joins the person with the same surname and first name (or initial, or the
tail of a longer name: "Тхань Шон" of "Буй Тхань Шон"); a lone surname joins the
nearest person named before it with that word.
"""
from __future__ import annotations

import re

from .model import Mention, PersonDraft
from .names import is_patronymic, stem_match, word_key


def group_mentions(mentions: list[Mention]) -> list[PersonDraft]:
    persons: list[PersonDraft] = []
    multi = [m for m in mentions if len(m.words) >= 2]
    single = [m for m in mentions if len(m.words) == 1]
    multi.sort(key=_name_and_patronymic)     # "Дмитрий Анатольевич" after the full names
    for m in multi:
        last = word_key(m.words[-1])
        first = word_key(m.words[0])
        target = _addressed_by_patronymic(m, persons)
        for p in ([] if target is not None else persons):
            pk = [word_key(w) for w in p.name_words]
            if stem_match(pk[-1], last) and (stem_match(pk[0], first) or pk[0][:1] == first[:1]
                                              or len(pk) > len(m.words)   # "Тхань Шон" of "Буй Тхань Шон"
                                              and stem_match(pk[-len(m.words)], first)):
                target = p
                break
        if target is None:
            target = PersonDraft(name_words=list(m.words))
            persons.append(target)
        target.mentions.append(m)
        m.person = target
    for m in single:
        k = word_key(m.words[0])
        cands = [p for p in persons if len(p.name_words) >= 2 and stem_match(word_key(p.name_words[-1]), k)]
        if not cands:
            cands = [p for p in persons if any(stem_match(word_key(w), k) for w in p.name_words)]
        if cands:
            # the nearest person named before this mention, else the first
            before = [p for p in cands if p.mentions[0].start < m.start]
            target = max(before, key=lambda p: max(x.start for x in p.mentions if x.start < m.start)) \
                if before else cands[0]
        else:
            target = PersonDraft(name_words=list(m.words))
            persons.append(target)
        target.mentions.append(m)
        m.person = target
    for p in persons:
        p.mentions.sort(key=lambda x: x.start)
    persons.sort(key=lambda p: p.mentions[0].start)
    return persons


def _name_and_patronymic(m: Mention) -> bool:
    """"Дмитрий Анатольевич": two words, the second a patronymic's ending."""
    return len(m.words) == 2 and is_patronymic(m.words[1])


def _addressed_by_patronymic(m: Mention, persons: list[PersonDraft]) -> PersonDraft | None:
    """"Я пригласил … Дмитрия Анатольевича": a first name and patronymic is how Russian
    addresses a person the text names in full; it is that person when exactly one named
    person has that first name (never a new person with a patronymic for a surname; a lone
    "Милан Петрович" stays as he is: Serbian surnames end the same way)."""
    if not _name_and_patronymic(m):
        return None
    first = word_key(m.words[0])
    same = [p for p in persons if len(p.name_words) >= 2 and stem_match(word_key(p.name_words[0]), first)
            and not is_patronymic(p.name_words[-1])]
    return same[0] if len(same) == 1 else None


_INITIAL_DOT = re.compile(r"(?<!\S)(\w) \.(?= |$)")


def name_of(p: PersonDraft, text: str = "") -> str:
    """The commonest full form; a form the text writes as it is (a nominative mention)
    outweighs one rebuilt from an oblique case."""
    multi = [m.words for m in p.mentions if len(m.words) >= 2]
    if multi:
        counts: dict = {}
        named = [m for m in p.mentions if len(m.words) >= 2 and not _name_and_patronymic(m)]
        for m in named or p.mentions:
            if len(m.words) >= 2:
                w = tuple(m.words)
                verbatim = " ".join(text[m.start:m.stop].split()) == " ".join(w)
                counts[w] = counts.get(w, 0) + 1 + 0.5 * verbatim
        best = max(counts.items(), key=lambda kv: (kv[1], -multi.index(list(kv[0]))))[0]
        return _INITIAL_DOT.sub(r"\1.", " ".join(best))    # "В . Путин" → "В. Путин"
    return p.name_words[0] if p.name_words else ""
