"""Scoring records against gold annotations, exactly per the spec's matching rules."""
from .scoring import score_corpus, score_document, TYPES

__all__ = ["score_corpus", "score_document", "TYPES"]
