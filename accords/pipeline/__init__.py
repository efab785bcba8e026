"""The path of a document: sources → normal form → analysis → components → (store).

``extract`` (records out), ``ingest`` (records into the store, :mod:`.ingest`) and
``reextract`` (:mod:`.reextract`) share these steps.
"""
from .extract import Item, extract_document, extract_normal, extract_text
from .parallel import extract_documents
from .text import NormalText, normal_text, normalise_text, text_sha256

__all__ = ["Item", "extract_document", "extract_documents", "extract_normal", "extract_text",
           "NormalText", "normal_text", "normalise_text", "text_sha256"]
