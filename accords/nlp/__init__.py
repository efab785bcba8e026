"""Language analysis: done once per document, read by every extractor."""
from .analysis import Analysis, Sentence, Token, NerSpan, analyze, analyze_many

__all__ = ["Analysis", "Sentence", "Token", "NerSpan", "analyze", "analyze_many"]
