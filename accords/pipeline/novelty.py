"""Which documents of a run are new: not in the store, not earlier in the same run.

A document is known by the hash of its normal text. The first 64 bits of every stored hash
are read once at the start (about 60 bytes per document), so a new document, nearly every
one, is told without a query; the store is asked only when those bits match. Both the local
ingest and the Dask client filter through this: 2,000 documents cost the client 2,000
round trips to PostgreSQL otherwise.
"""
from __future__ import annotations


class NewDocuments:
    def __init__(self, writer):
        self.writer = writer
        self.known = writer.known_prefixes()
        self.seen: set[str] = set()

    def is_new(self, sha256: str) -> bool:
        """True once per new text; False for a stored text or one seen earlier in this run."""
        if sha256 in self.seen or (int(sha256[:16], 16) in self.known and self.writer.has_sha(sha256)):
            return False
        self.seen.add(sha256)
        return True
