"""What reading an input gives: a document, an error for that input, or a notice about a
file left unread (a folder's images, say), so nothing is skipped silently."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SourceDoc:
    text: str
    id: str | None = None
    url: str | None = None
    date: str | None = None
    lang: str | None = None
    title: str | None = None
    source: str | None = None
    warnings: list[str] = field(default_factory=list)
    pages: list[int] | None = None   # PDF: offset in ``text`` where each page starts


@dataclass
class InputError:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Unread:
    """Files of a folder that are not documents (images, archives...), reported in one line."""
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
