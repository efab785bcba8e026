"""Watching feeds: poll each feed with a conditional request, store only new items, and
come back later.

A poll is an ordinary ingest of the feed URL (so items already stored are skipped by link
before their pages are fetched, and identical texts by hash), made with the feed's stored
ETag and Last-Modified: an unchanged feed answers 304 and costs nothing more. The
validators are saved only after the poll's documents are committed and only when no item
failed, so a crash or a failing item page means the next poll reads the feed in full again
(known items are skipped, nothing is stored twice).

Errors are retried inside a poll (the fetcher's exponential backoff); a feed that still
fails is polled again sooner than usual, after 1, 2, 4... minutes (never later than the
regular interval), so a short outage does not cost a whole interval of news.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, Iterable

from ..ingest.web import Fetched, Fetcher
from ..store.feeds import load_feed, save_feed
from ..store.writer import Writer
from .ingest import ingest

RETRY_FIRST_SECONDS = 60.0


class WatchFetcher(Fetcher):
    """A fetcher that asks the watched feeds "changed since?" and notes their answers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conditions: dict[str, tuple[str | None, str | None]] = {}
        self.answers: dict[str, Fetched] = {}

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        if url in self.conditions and etag is None and last_modified is None:
            etag, last_modified = self.conditions[url]
        page = super().get(url, etag, last_modified)
        if url in self.conditions:
            self.answers[url] = page
        return page


@dataclass
class Poll:
    feed: str
    new: int = 0
    known: int = 0
    failed: int = 0
    not_modified: bool = False
    error: str | None = None        # the feed itself could not be read
    next_in: float = 0.0            # seconds until this feed's next poll

    def line(self, now: datetime) -> str:
        when = (now + timedelta(seconds=self.next_in)).strftime("%Y-%m-%d %H:%M:%S")
        state = " (not modified)" if self.not_modified else ""
        if self.error:
            state = f" (feed unreadable: {self.error})"
        return (f"{now:%Y-%m-%d %H:%M:%S} {self.feed}: {self.new} new, {self.known} known, "
                f"{self.failed} failed{state}; next poll {when}")


def poll_feed(store: Writer, url: str, fetcher: WatchFetcher, every: float,
              lang: str | None = None) -> Poll:
    """One poll of one feed; its state is saved in the store."""
    state = load_feed(store.engine, url)
    fetcher.conditions[url] = (state.etag, state.last_modified)
    fetcher.answers.pop(url, None)
    try:
        stats = ingest(store, [url], lang=lang, fetcher=fetcher)
    finally:
        fetcher.conditions.pop(url, None)
    answer = fetcher.answers.pop(url, None)
    prefix = f"{url}: "
    feed_errors = [f[len(prefix):] for f in stats.failed if f.startswith(prefix)]
    poll = Poll(url, new=stats.stored, failed=len(stats.failed) - len(feed_errors),
                not_modified=answer is not None and answer.status == 304)
    poll.known = stats.skipped + stats.duplicates - int(poll.not_modified)
    if feed_errors or answer is None:
        poll.error = feed_errors[0] if feed_errors else "no answer"
        state.failures += 1
        state.last_status = f"error: {poll.error}"
        poll.next_in = min(every, RETRY_FIRST_SECONDS * 2 ** (state.failures - 1))
    else:
        state.failures = 0
        state.last_status = str(answer.status)
        if poll.failed == 0:   # else read it in full next time, to retry the failed items
            state.etag = answer.etag or state.etag
            state.last_modified = answer.last_modified or state.last_modified
        poll.next_in = every
    save_feed(store.engine, state)
    return poll


def watch(store: Writer, feeds: Iterable[str], fetcher: WatchFetcher, every: float, *,
          once: bool = False, lang: str | None = None, on_poll: Callable[[Poll], None] = print,
          sleep: Callable[[float], None] | None = None,
          clock: Callable[[], float] | None = None) -> None:
    """Poll every feed now, then each when its time comes; ``once``: one round only.
    Runs until interrupted (Ctrl-C raises KeyboardInterrupt out of it, between polls or
    in one; what a poll stored before that is kept)."""
    sleep, clock = sleep or time.sleep, clock or time.monotonic
    due = {url: float("-inf") for url in dict.fromkeys(feeds)}
    while True:
        now = clock()
        for url in [u for u, t in due.items() if t <= now]:
            poll = poll_feed(store, url, fetcher, every, lang=lang)
            due[url] = clock() + poll.next_in
            on_poll(poll)
        if once:
            return
        sleep(max(0.0, min(due.values()) - clock()))
