"""A cue found in a sentence: the unit of work the rules pass along until it becomes a
commitment or is dropped."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

# how strongly a cue binds: when two cues share a clause, the stronger one speaks for it
PRIORITY = {"strong": 3, "cue": 2, "future": 1}


@dataclass
class Candidate:
    pred: object               # the token that carries the cue (Token)
    idx: int                   # index of pred in the unit
    modality: str
    rank: int                  # PRIORITY
    flags: frozenset = frozenset()
    kind: str = "cue"          # cue | future | passive
    actor: Optional[str] = None
    span: tuple[int, int] = (0, 0)
    source: str = "rule"       # rule | fallback: how the actor was found
