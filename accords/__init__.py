"""Accords: evidence-linked records of relations between states from official texts.

    >>> from accords import extract
    >>> record = extract("Президент Казахстана ...", date="2026-02-27")
"""
from __future__ import annotations

import os

# natasha's taggers run on numpy: multi-threaded OpenBLAS spin-waits on small matrices and
# costs about six times the CPU per document on a 2-core machine. One thread, unless the
# user says otherwise.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from .version import __version__  # noqa: E402

from .record import Record  # noqa: E402


def extract(text: str, *, date=None, url=None, lang=None, id=None, title=None,
            disable=()) -> Record:
    """Extract one record from a document's text (see ``accords.record.Record``)."""
    from .pipeline.extract import extract_text   # the models' code loads on first use

    return extract_text(text, date=date, url=url, lang=lang, id=id, title=title,
                         disable=disable)


__all__ = ["extract", "Record", "__version__"]
