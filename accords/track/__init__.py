"""Tracking stories and relations across documents (story clusters of near-duplicates)."""
