"""RSS, Atom and JSON feeds from the web: each item's page is fetched and extracted, known
items are skipped.

The feed bytes come from :class:`~accords.ingest.web.Fetcher` (so the same timeouts, size
limit, address checks and User-Agent apply; feedparser itself never goes online). An item
whose link is already in the store is skipped before its page is fetched. When an item's
page cannot be had, the text the feed itself carries is used, with a warning.
"""
from __future__ import annotations

from typing import Callable, Iterator

from .document import InputError, SourceDoc
from .feedfile import FeedError, is_json_feed, item_text, parse_feed
from .web import Fetched, FetchError, Fetcher, Skipped, page_document

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/feed+json")
MIN_FEED_TEXT = 200   # characters of item text worth extracting when the page is unavailable


def looks_like_feed(page: Fetched) -> bool:
    if page.content_type in FEED_TYPES:
        return True
    if "html" in page.content_type:
        return False
    if is_json_feed(page.data):
        return True
    head = page.data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and any(t in head for t in (b"<rss", b"<feed", b"<rdf:rdf")) \
        or head.startswith((b"<rss", b"<feed"))


def iter_feed(page: Fetched, fetcher: Fetcher, skip_url: Callable[[str], bool] | None = None,
              source: str | None = None) -> Iterator[SourceDoc | InputError | Skipped]:
    source = source or page.url
    try:
        items = parse_feed(page.data, base_url=page.url)
    except FeedError as e:
        yield InputError(source, str(e))
        return
    for n, item in enumerate(items, 1):
        link = item.link
        if not link:
            yield InputError(f"{source}#{n}", "feed item without a link")
            continue
        if skip_url is not None and skip_url(link):
            yield Skipped(link, "already stored")
            continue
        try:
            doc = page_document(fetcher.get(link), source=link)
        except FetchError as e:
            doc = InputError(link, str(e))
        if isinstance(doc, InputError):
            text = item_text(item, MIN_FEED_TEXT)
            if text is None:
                yield doc
                continue
            doc = SourceDoc(text=text, url=link, source=link,
                            warnings=[f"page unavailable ({doc.reason}); text taken from the feed"])
        doc.title = doc.title or item.title
        doc.date = doc.date or item.date
        doc.url = doc.url or link
        yield doc


def iter_url(url: str, fetcher: Fetcher, skip_url: Callable[[str], bool] | None = None,
             validators: tuple[str | None, str | None] = (None, None),
             on_fetched: Callable[[Fetched], None] | None = None
             ) -> Iterator[SourceDoc | InputError | Skipped]:
    """One URL: a page gives one document, a feed one per item not stored yet. With
    ``validators`` (ETag, Last-Modified) an unchanged feed gives one Skipped; ``on_fetched``
    sees the response (a watcher keeps its validators)."""
    try:
        page = fetcher.get(url, *validators)
    except FetchError as e:
        yield InputError(url, str(e))
        return
    if on_fetched is not None:
        on_fetched(page)
    if page.status == 304:
        yield Skipped(url, "not modified since the last poll")
        return
    if looks_like_feed(page):
        yield from iter_feed(page, fetcher, skip_url, source=url)
        return
    yield page_document(page, source=url)
