"""Pages from the web: fetched politely, with limits, then reduced to their main text.

httpx with connect/read timeouts and an overall deadline, a size limit read as a stream
(a huge or endless response is cut off, not loaded), a User-Agent that says who is asking,
and an optional pause between requests to one host. A URL that turns out to be an RSS/Atom
feed is handed to :mod:`accords.ingest.feeds`. Every failure is an :class:`InputError` for
that URL; nothing stops the batch.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Callable, Iterator
from urllib.parse import urlsplit

import httpx

from ..version import __version__
from .decode import DecodeError, decode_bytes
from .html import html_to_text
from .sources import InputError, SourceDoc

USER_AGENT = (f"Accords/{__version__} (evidence-linked archive of official press releases; "
              f"python-httpx/{httpx.__version__})")
MAX_PAGE_BYTES = 5 * 1024 * 1024
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
DEADLINE_SECONDS = 60.0
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


class FetchError(Exception):
    pass


@dataclass
class Skipped:
    """An input left alone on purpose (a feed item already stored)."""
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Fetched:
    url: str                 # after redirects
    content_type: str
    charset: str | None
    data: bytes


class Fetcher:
    """One HTTP client for a run: keeps connections, limits and a per-host pause."""

    def __init__(self, delay: float = 0.0, max_bytes: int = MAX_PAGE_BYTES,
                 timeout: httpx.Timeout | float = TIMEOUT, deadline: float = DEADLINE_SECONDS):
        self.delay = delay
        self.max_bytes = max_bytes
        self.deadline = deadline
        self._last: dict[str, float] = {}
        self.client = httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=5,
                                   headers={"User-Agent": USER_AGENT,
                                            "Accept": "text/html,application/xhtml+xml,"
                                                      "application/rss+xml,application/atom+xml,"
                                                      "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"})

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def _pause(self, url: str) -> None:
        host = urlsplit(url).netloc
        if self.delay > 0 and host in self._last:
            wait = self._last[host] + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()

    def get(self, url: str) -> Fetched:
        self._pause(url)
        started = time.monotonic()
        try:
            with self.client.stream("GET", url) as resp:
                if resp.status_code != 200:
                    raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"page too large ({declared} bytes, limit {self.max_bytes})")
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"page too large (over {self.max_bytes} bytes)")
                    if time.monotonic() - started > self.deadline:
                        raise FetchError(f"download took over {self.deadline:.0f} s")
                    chunks.append(chunk)
                ctype = resp.headers.get("content-type", "")
                return Fetched(url=str(resp.url), content_type=ctype.split(";")[0].strip().lower(),
                               charset=resp.charset_encoding, data=b"".join(chunks))
        except httpx.TimeoutException:
            raise FetchError("timed out") from None
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects") from None
        except httpx.HTTPError as e:
            raise FetchError(f"{type(e).__name__}: {e}".rstrip(": ")) from None


def decode_page(page: Fetched) -> str:
    """Declared charset, then the page's <meta charset>, then UTF-8/cp1251."""
    for charset in (page.charset, _meta_charset(page.data)):
        if charset:
            try:
                return page.data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
    text, _ = decode_bytes(page.data)
    return text


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def page_document(page: Fetched, source: str) -> SourceDoc | InputError:
    """A fetched page as a document: main text and metadata of HTML, or plain text as is."""
    ctype = page.content_type
    if not page.data.strip():
        return InputError(source, "empty page")
    if ctype and not (ctype.startswith("text/") or "html" in ctype or "xml" in ctype):
        return InputError(source, f"unsupported content type {ctype}")
    try:
        text = decode_page(page)
    except DecodeError as e:
        return InputError(source, str(e))
    if ctype == "text/plain":
        return SourceDoc(text=text, url=page.url, source=source)
    got = html_to_text(text, url=page.url)
    if got is None:
        return InputError(source, "HTML page without main text")
    return SourceDoc(text=got.text, url=got.url or page.url, date=got.date, title=got.title,
                     source=source)


def iter_url(url: str, fetcher: Fetcher, skip_url: Callable[[str], bool] | None = None
             ) -> Iterator[SourceDoc | InputError | Skipped]:
    """One URL: a page gives one document, a feed one per item not stored yet."""
    from .feeds import iter_feed, looks_like_feed

    try:
        page = fetcher.get(url)
    except FetchError as e:
        yield InputError(url, str(e))
        return
    if looks_like_feed(page):
        yield from iter_feed(page, fetcher, skip_url, source=url)
        return
    yield page_document(page, source=url)
