"""Events, not articles: reports of one meeting by several outlets, in several languages.

Two documents report the same event when they are copies of one story, or when they name
the same pair of states, lie within ``WINDOW_DAYS`` of each other, share an event type, and
share a person (canonical identity, so Бектенов and Bektenov count) or enough names and
numbers (skeletons, so script does not matter). Candidates come only from the same pair
and a sliding date window — never all pairs of documents.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

WINDOW_DAYS = 3
MIN_NAME_OVERLAP = 0.3
NAME_CHARS = 3000          # the names and numbers of a report are read from its beginning


@dataclass
class Report:
    """One document's event: the states, types, date, people and names it reports."""
    document_id: int
    when: date | None
    countries: frozenset
    types: frozenset
    persons: frozenset = frozenset()      # entity ids
    names: frozenset = frozenset()        # skeletons of capitalised words and numbers
    story_id: int | None = None
    title: str | None = None
    lang: str | None = None


@dataclass
class Cluster:
    reports: list[Report] = field(default_factory=list)

    @property
    def countries(self) -> list[str]:
        return sorted(set().union(*(r.countries for r in self.reports)))

    @property
    def types(self) -> list[str]:
        return sorted(set().union(*(r.types for r in self.reports)))

    @property
    def dates(self) -> list[date]:
        return sorted(r.when for r in self.reports if r.when)


def same_event(a: Report, b: Report) -> bool:
    if a.story_id is not None and a.story_id == b.story_id:
        return True
    if a.when is None or b.when is None or abs((a.when - b.when).days) > WINDOW_DAYS:
        return False
    if not (a.types & b.types) or len(a.countries & b.countries) < 2:
        return False
    if a.persons & b.persons:
        return True
    if a.names and b.names:
        overlap = len(a.names & b.names) / min(len(a.names), len(b.names))
        return overlap >= MIN_NAME_OVERLAP
    return False


def cluster(reports: list[Report]) -> list[Cluster]:
    """Union of reports linked by ``same_event``, compared within pair and date window only."""
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        for pair in combinations(sorted(r.countries), 2):
            blocks[pair].append(i)
    by_story: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        if r.story_id is not None:
            by_story[r.story_id].append(i)
    for members in by_story.values():
        for j in members[1:]:
            parent[find(j)] = find(members[0])
    for members in blocks.values():
        members.sort(key=lambda i: reports[i].when or date.min)
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                wi, wj = reports[i].when, reports[j].when
                if wi and wj and (wj - wi).days > WINDOW_DAYS:
                    break
                if find(i) != find(j) and same_event(reports[i], reports[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, Cluster] = defaultdict(Cluster)
    for i, r in enumerate(reports):
        groups[find(i)].reports.append(r)
    return list(groups.values())


def stable_ids(clusters: list[set[int]], before: dict[int, set[int]]) -> list[int]:
    """An id for each cluster (given as its documents) that keeps the ids of the clusters of
    the run before (id -> documents): each old id goes to the new cluster sharing most of its
    documents, largest overlaps first; a cluster sharing none gets a new id above every id
    used so far. So an event keeps its id when a new report joins it or another event appears
    before it, and links to it (the PLOVER export's ``event-<id>``) stay valid. (The id of an
    event whose reports are all gone may be given again once no higher id is in use.)"""
    owner = {doc: cid for cid, docs in before.items() for doc in docs}
    pairs = []
    for i, docs in enumerate(clusters):
        for cid, n in Counter(owner[d] for d in docs if d in owner).items():
            pairs.append((-n, cid, i))
    ids: list[int | None] = [None] * len(clusters)
    taken = set()
    for _, cid, i in sorted(pairs):
        if ids[i] is None and cid not in taken:
            ids[i] = cid
            taken.add(cid)
    nxt = max(before, default=0) + 1
    for i, cid in enumerate(ids):
        if cid is None:
            ids[i], nxt = nxt, nxt + 1
    return ids


def name_keys(text: str) -> frozenset:
    """Skeletons of capitalised words inside sentences and the numbers of a text."""
    import re

    from .translit import skeleton

    keys = set()
    for m in re.finditer(r"(?<![.!?\n]\s)(?<!^)\b([A-ZА-ЯЁ][a-zа-яё]{3,})", text):
        keys.add(skeleton(m.group(1))[:6])
    for m in re.finditer(r"\d+(?:[.,]\d+)?", text):
        keys.add(m.group(0).replace(",", "."))
    return frozenset(k for k in keys if k)
