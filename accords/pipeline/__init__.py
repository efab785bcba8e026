"""The path of a document: sources → normal form → analysis → components → (store).

``extract`` (records out), ``ingest`` (records into the store, :mod:`.ingest`) and
``reextract`` (:mod:`.reextract`) share these steps. The names below are imported when
first used, so a process that only reads sources and writes (an ingest parent whose
workers extract) never loads the language models' code.
"""
from importlib import import_module

_WHERE = {"Item": ".item", "extract_document": ".extract", "extract_normal": ".extract",
          "extract_text": ".extract", "extract_documents": ".parallel", "NormalText": ".text",
          "normal_text": ".text", "normalise_text": ".text", "text_sha256": ".text"}
__all__ = list(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(_WHERE[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
