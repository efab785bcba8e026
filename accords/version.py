"""Versions: the package's, and the extractor's, which follows the code and lexicons.

The extractor version is the package version plus a digest of everything that decides what
a record holds — the extractors, the language analysis, the record model, the pipeline and
the lexicons under ``data/``. Any change to them gives a new version, so ``accords
reextract`` knows which stored records an older extractor made without anyone having to
remember to bump a number.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

__version__ = "0.2.0"

PACKAGE = Path(__file__).resolve().parent
# what extraction depends on, relative to the package
EXTRACTION_SOURCES = ("extractors", "nlp", "data", "record.py", "pipeline.py", "lexicon.py")
_SUFFIXES = {".py", ".tsv", ".txt", ".json"}


def _files(sources: tuple[str, ...] = EXTRACTION_SOURCES) -> list[Path]:
    out = []
    for name in sources:
        path = PACKAGE / name
        if path.is_file():
            out.append(path)
        elif path.is_dir():
            out += [p for p in path.rglob("*") if p.is_file() and p.suffix in _SUFFIXES
                    and "__pycache__" not in p.parts]
    return sorted(out)


def extraction_digest(sources: tuple[str, ...] = EXTRACTION_SOURCES) -> str:
    """A digest of the sources' paths and bytes (line endings as stored)."""
    h = hashlib.sha256()
    for path in _files(sources):
        h.update(path.relative_to(PACKAGE).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:12]


EXTRACTOR_VERSION = f"{__version__}+{extraction_digest()}"
