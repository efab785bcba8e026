"""RSS and Atom feeds: each item's page is fetched and extracted, known items are skipped.

feedparser reads the feed bytes that :class:`~accords.ingest.web.Fetcher` downloaded (so
the same timeouts, size limit and User-Agent apply; feedparser itself never goes online).
An item whose link is already in the store is skipped before its page is fetched. When an
item's page cannot be had, the text the feed itself carries is used, with a warning.
"""
from __future__ import annotations

from datetime import date
from typing import Callable, Iterator
from urllib.parse import urljoin

import feedparser

from .html import html_to_text
from .sources import InputError, SourceDoc
from .web import Fetched, FetchError, Fetcher, Skipped, page_document

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/feed+json")
MIN_FEED_TEXT = 200   # characters of item text worth extracting when the page is unavailable


def looks_like_feed(page: Fetched) -> bool:
    if page.content_type in FEED_TYPES:
        return True
    if "html" in page.content_type:
        return False
    head = page.data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and any(t in head for t in (b"<rss", b"<feed", b"<rdf:rdf")) \
        or head.startswith((b"<rss", b"<feed"))


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()
            except ValueError:
                pass
    return None


def _entry_text(entry) -> str | None:
    """The item's own text (content:encoded, else summary), when it is long enough to extract."""
    bodies = [c.get("value") for c in entry.get("content") or []] + [entry.get("summary")]
    for body in bodies:
        if not body:
            continue
        got = html_to_text(f"<html><body><article>{body}</article></body></html>")
        if got and len(got.text) >= MIN_FEED_TEXT:
            return got.text
    return None


def iter_feed(page: Fetched, fetcher: Fetcher, skip_url: Callable[[str], bool] | None = None,
              source: str | None = None) -> Iterator[SourceDoc | InputError | Skipped]:
    source = source or page.url
    parsed = feedparser.parse(page.data)
    if not parsed.entries:
        reason = "feed without items"
        if parsed.get("bozo"):
            reason = f"not a readable feed ({parsed.get('bozo_exception')})"
        yield InputError(source, reason)
        return
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        if not link:
            yield InputError(f"{source}#{n}", "feed item without a link")
            continue
        link = urljoin(page.url, link)
        if skip_url is not None and skip_url(link):
            yield Skipped(link, "already stored")
            continue
        try:
            doc = page_document(fetcher.get(link), source=link)
        except FetchError as e:
            doc = InputError(link, str(e))
        if isinstance(doc, InputError):
            text = _entry_text(entry)
            if text is None:
                yield doc
                continue
            doc = SourceDoc(text=text, url=link, source=link,
                            warnings=[f"page unavailable ({doc.reason}); text taken from the feed"])
        doc.title = doc.title or entry.get("title")
        doc.date = doc.date or _entry_date(entry)
        doc.url = doc.url or link
        yield doc
