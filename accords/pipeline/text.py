"""The one normal form of a text: what offsets point into and what identifies a document.

Done once per document, before anything else: ingest needs the hash to skip stored
documents without extracting them, and extraction reuses both instead of redoing them.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass


def normalise_text(text: str) -> str:
    """NFC, unified newlines, no byte-order marks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\ufeff", "")


def text_sha256(text: str) -> str:
    """Hash of the text with white space folded: reflowed copies are the same document."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NormalText:
    """A text in its normal form with its hash."""
    text: str
    sha256: str


def normal_text(text: str) -> NormalText:
    normal = normalise_text(text)
    return NormalText(normal, text_sha256(normal))
