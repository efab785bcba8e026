"""Language analysis: done once per document, read by every extractor.

The names below load natasha's pipeline when first used, not when the package is
imported: a process that only reads and writes (an ingest parent whose workers extract)
never pays for it.
"""
from importlib import import_module

__all__ = ["Analysis", "Sentence", "Token", "NerSpan", "analyze", "analyze_many"]


def __getattr__(name: str):
    if name in __all__:
        return getattr(import_module(".analysis", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
