"""The one normal form of a text: what offsets point into and what identifies a document.

Done once per document, before anything else: ingest needs the hash to skip stored
documents without extracting them, and extraction reuses both instead of redoing them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..nlp.normalise import Normalised, check_size, normalise, normalise_text

__all__ = ["NormalText", "normal_text", "normalise_text", "text_sha256"]


def text_sha256(text: str) -> str:
    """Hash of the text with white space folded: reflowed copies are the same document."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NormalText:
    """A text in its normal form with its hash, and the way back to the caller's text
    (``None`` when ``text`` is the caller's text itself)."""
    text: str
    sha256: str
    mapping: Normalised | None = None


def normal_text(text: str) -> NormalText:
    """Raises :class:`~accords.nlp.normalise.TextTooLarge` over the size limit."""
    check_size(text)
    norm = normalise(text)
    return NormalText(norm.text, text_sha256(norm.text), norm)
