"""Sources to documents: files (text, HTML, PDF, DOCX, ODT, feeds), folders, standard input,
JSON Lines, and URLs of pages and feeds."""
from .document import InputError, SourceDoc, Unread
from .sources import iter_documents

__all__ = ["InputError", "SourceDoc", "Unread", "iter_documents"]
