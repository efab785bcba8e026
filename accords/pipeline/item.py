"""What extracting one input gives back, whichever process extracted it."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..ingest.document import SourceDoc
from ..record import Record
from .text import NormalText


@dataclass
class Item:
    """One input's outcome: a record, or the one-line error that replaced it."""
    source: str
    record: Record | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    doc: SourceDoc | None = None
    normal: NormalText | None = None
    lemmas: str | None = None          # for the store, when a worker computed them
    signature: object | None = None
    followup: str | None = None        # its follow-up sentences, kept for tracking
