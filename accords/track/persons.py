"""One person across documents: case forms, scripts, surname-only mentions, role changes.

Records already give names in the nominative ("Олжас Бектенов"), so what differs between
documents is the script (Bektenov), the romanisation (Tokayev / Tokaev), and whether the
first name is there at all. A full name is keyed by the skeleton of its surname and the
first letter of its first name's skeleton (``translit.py``); a surname-only mention joins
the person with that surname in the same document, else the one of the same country, else
the only one — and stays a person of its own when that is ambiguous.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from .translit import is_cyrillic, name_words, romanise, similar, skeleton

FUZZY = 0.88   # skeleton similarity that still counts as one surname (same initial, same country)


@dataclass
class Appearance:
    document_id: int
    name: str
    role: str | None = None
    role_class: str | None = None
    country: str | None = None
    published: date | None = None


@dataclass
class Identity:
    key: str
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def country(self) -> str | None:
        c = Counter(a.country for a in self.appearances if a.country)
        return c.most_common(1)[0][0] if c else None

    @property
    def name(self) -> str:
        """The most frequent full spelling, Cyrillic first (the corpus is Russian first)."""
        full = [a.name for a in self.appearances if len(name_words(a.name)) > 1] or \
               [a.name for a in self.appearances]
        c = Counter(full)
        return max(c, key=lambda n: (is_cyrillic(n), c[n], len(n)))

    @property
    def latin(self) -> str:
        latin = [a.name for a in self.appearances if not is_cyrillic(a.name) and len(name_words(a.name)) > 1]
        if latin:
            return Counter(latin).most_common(1)[0][0]
        return " ".join(w.capitalize() for w in romanise(self.name).split())


def _parts(name: str) -> tuple[str, str]:
    """(surname skeleton, first-name initial or '') of a name."""
    words = name_words(name)
    if not words:
        return "", ""
    first = skeleton(words[0])[:1] if len(words) > 1 else ""
    return skeleton(words[-1]), first


def resolve(appearances: list[Appearance]) -> list[Identity]:
    """Group appearances into identities (full names first, then surname-only mentions)."""
    groups: dict[str, Identity] = {}
    by_surname: dict[str, list[Identity]] = defaultdict(list)
    short = []
    for a in appearances:
        sur, first = _parts(a.name)
        if not sur:
            continue
        if not first:
            short.append((a, sur))
            continue
        ident = _find_full(groups, by_surname, sur, first, a.country)
        if ident is None:
            ident = groups[f"{sur}:{first}"] = Identity(f"{sur}:{first}")
            by_surname[sur].append(ident)
        ident.appearances.append(a)
    for a, sur in short:
        ident = _find_for_surname(by_surname, sur, a)
        if ident is None:
            ident = groups.setdefault(f"{sur}:", Identity(f"{sur}:"))
            if ident not in by_surname[sur]:
                by_surname[sur].append(ident)
        ident.appearances.append(a)
    return list(groups.values())


def _find_full(groups, by_surname, sur, first, country) -> Identity | None:
    exact = groups.get(f"{sur}:{first}")
    if exact is not None:
        return exact
    for other_sur, idents in by_surname.items():
        if other_sur[:1] != sur[:1] or similar(other_sur, sur) < FUZZY:
            continue
        for ident in idents:
            if ident.key.endswith(":" + first) and (country is None or ident.country in (None, country)):
                return ident
    return None


def _find_for_surname(by_surname, sur, a: Appearance) -> Identity | None:
    idents = [i for i in by_surname.get(sur, []) if not i.key.endswith(":")]
    if not idents:
        return None
    same_doc = [i for i in idents if any(x.document_id == a.document_id for x in i.appearances)]
    if len(same_doc) == 1:
        return same_doc[0]
    if a.country:
        idents = [i for i in idents if i.country in (None, a.country)]
    if len(idents) == 1:
        return idents[0]
    return None


def role_periods(appearances: list[Appearance]) -> list[dict]:
    """Consecutive appearances with one role, as periods (a role change starts a new one).
    A mention without a role (a bare surname) extends the current period."""
    periods: list[dict] = []
    for a in sorted(appearances, key=lambda x: (x.published or date.min, x.document_id)):
        when = a.published.isoformat() if a.published else None
        untitled = a.role_class in (None, "other") and not a.role
        if periods and (untitled or periods[-1]["role_class"] == a.role_class):
            p = periods[-1]
            p["to"] = when or p["to"]
            p["n_documents"] += int(a.document_id not in p["_docs"])
            p["_docs"].add(a.document_id)
            p["role"] = p["role"] or a.role
            p["country"] = p["country"] or a.country
            continue
        periods.append({"role": a.role, "role_class": a.role_class, "country": a.country,
                        "from": when, "to": when, "n_documents": 1, "_docs": {a.document_id}})
    for p in periods:
        del p["_docs"]
    return periods
