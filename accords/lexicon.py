"""Reading the lexicons under ``accords/data``: tab-separated rows, ``#`` comments and blank
lines skipped. Every extractor keeps its language in these files, not in code."""
from __future__ import annotations

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
