"""The store: extracted records in SQLite (default ``accords.db``) or PostgreSQL.

    >>> from accords.store import open_store
    >>> store = open_store("archive.db", create=True)      # or a SQLAlchemy URL
    >>> from accords.pipeline.ingest import ingest
    >>> stats = ingest(store, ["press/"])
"""
from __future__ import annotations

from .db import StoreError, display_url, make_engine, resolve_url, sqlite_path
from . import track_models  # noqa: F401  (registers the tracking tables on Base)
from .writer import Writer
from . import auth_models  # noqa: F401  (the api_tokens table joins Base's metadata)


def open_store(db: str | None = None, create: bool = False) -> Writer:
    """Open the store at ``db`` (URL or path; ``ACCORDS_DB``; ``accords.db``).

    ``create``: set up a new database (migrations to head) instead of refusing it.
    """
    from .db import ensure_schema

    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None and not create and not path.exists():
        raise StoreError(f"{path}: no such database; run `accords ingest` first")
    if path is not None and create and path.parent and not path.parent.exists():
        raise StoreError(f"{path.parent}: no such directory")
    engine = make_engine(url)
    ensure_schema(engine, create=create)
    return Writer(engine)


__all__ = ["open_store", "StoreError", "Writer", "resolve_url", "display_url"]
