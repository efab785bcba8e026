"""projects: not built yet."""
from __future__ import annotations


def extract(doc, record) -> list:
    return []
