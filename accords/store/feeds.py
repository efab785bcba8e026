"""Watch state of feeds (table ``feeds``): what the last answer's validators were and how
many polls in a row failed. Kept in the store, so a restarted watcher goes on as before."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from .models import Feed


@dataclass
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_status: str | None = None
    failures: int = 0


def load_feed(engine: Engine, url: str) -> FeedState:
    """The stored state of ``url``, or a fresh one for a feed never polled."""
    with engine.connect() as conn:
        row = conn.execute(select(Feed.etag, Feed.last_modified, Feed.last_status, Feed.failures)
                           .where(Feed.url == url)).first()
    if row is None:
        return FeedState(url)
    return FeedState(url, row.etag, row.last_modified, row.last_status, row.failures or 0)


def save_feed(engine: Engine, state: FeedState) -> None:
    values = dict(etag=state.etag, last_modified=state.last_modified,
                  last_status=state.last_status, failures=state.failures,
                  last_polled=datetime.now(timezone.utc).replace(tzinfo=None))
    with engine.begin() as conn:
        done = conn.execute(update(Feed).where(Feed.url == state.url).values(**values)).rowcount
    if done:
        return
    try:
        with engine.begin() as conn:
            conn.execute(insert(Feed).values(url=state.url, **values))
    except IntegrityError:   # another watcher inserted it a moment ago
        with engine.begin() as conn:
            conn.execute(update(Feed).where(Feed.url == state.url).values(**values))
