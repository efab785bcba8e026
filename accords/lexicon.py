"""Reading the lexicons under ``accords/data``: tab-separated rows, ``#`` comments and blank
lines skipped. Every extractor keeps its language in these files, not in code."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def rows(name: str) -> list[list[str]]:
    """The rows of ``accords/data/<name>`` as lists of stripped columns ([] if it is absent)."""
    path = DATA / name
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append([c.strip() for c in line.split("\t")])
    return out


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset:
    """The words of one list of ``accords/data/word_lists.tsv`` (a name unknown there is an
    error: a typo must not silently empty a rule)."""
    lists = _word_lists()
    if name not in lists:
        raise KeyError(f"no word list {name!r} in word_lists.tsv")
    return lists[name]


@lru_cache(maxsize=1)
def _word_lists() -> dict:
    out: dict = {}
    for row in rows("word_lists.tsv"):
        out.setdefault(row[0], set()).add(row[1])
    return {k: frozenset(v) for k, v in out.items()}
