"""Sources to documents: files, standard input, JSON Lines, HTML (and, in the store, URLs and feeds)."""
from .sources import InputError, SourceDoc, iter_documents

__all__ = ["InputError", "SourceDoc", "iter_documents"]
