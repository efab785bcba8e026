"""Pages from the web: fetched politely, with limits, then reduced to their main text.

httpx with connect/read timeouts and an overall deadline, a size limit read as a stream
(a huge or endless response is cut off, not loaded), a User-Agent that says who is asking,
and an optional pause between requests to one host. Every URL and every redirect hop is
checked first (:mod:`accords.ingest.guard`: http(s) only, no private addresses unless
allowed). Timeouts, connection errors, 429 and 5xx answers are retried with exponential
backoff through tenacity (its stop/wait/retry policies are what a hand-written loop would
re-implement, and tests can set the waits to zero). Conditional requests (ETag,
Last-Modified) let a feed watcher poll cheaply. Reading a URL as a page or a feed is
:func:`accords.ingest.feeds.iter_url`. Every failure is an :class:`InputError` for that URL;
nothing stops the batch.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from tenacity import (RetryError, Retrying, retry_if_exception, stop_after_attempt,
                      wait_exponential)

from ..version import __version__
from .decode import DecodeError, bom_encoding, decode_bytes, looks_binary
from .document import InputError, SourceDoc
from .guard import BlockedURL, check_url
from .html import html_to_text

USER_AGENT = (f"Accords/{__version__} (evidence-linked archive of official press releases; "
              f"python-httpx/{httpx.__version__})")
MAX_PAGE_BYTES = 5 * 1024 * 1024
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
DEADLINE_SECONDS = 60.0
RETRIES = 2              # attempts after the first, for transient failures only
BACKOFF_SECONDS = 1.0    # first wait; doubles each attempt, at most MAX_BACKOFF
MAX_BACKOFF = 30.0
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(name: str) -> bool:
    """Anything with a scheme is a URL (the fetcher then refuses what is not http(s))."""
    return bool(_SCHEME.match(name))


class FetchError(Exception):
    pass


class _Transient(Exception):
    """A failure worth trying again (5xx, 429): retried, then reported as a FetchError."""


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
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None


def _is_transient(e: BaseException) -> bool:
    return isinstance(e, (_Transient, httpx.TimeoutException, httpx.TransportError)) \
        and not isinstance(e, httpx.UnsupportedProtocol)


class Fetcher:
    """One HTTP client for a run: keeps connections, limits, address checks, retries and a
    per-host pause."""

    def __init__(self, delay: float = 0.0, max_bytes: int = MAX_PAGE_BYTES,
                 timeout: httpx.Timeout | float = TIMEOUT, deadline: float = DEADLINE_SECONDS,
                 allow_private: bool = False, retries: int = RETRIES,
                 backoff: float = BACKOFF_SECONDS):
        self.delay = delay
        self.max_bytes = max_bytes
        self.deadline = deadline
        self.allow_private = allow_private
        self.retries = retries
        self.backoff = backoff
        self._last: dict[str, float] = {}
        self.client = httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=5,
                                   event_hooks={"request": [self._check_request]},
                                   headers={"User-Agent": USER_AGENT,
                                            "Accept": "text/html,application/xhtml+xml,"
                                                      "application/rss+xml,application/atom+xml,"
                                                      "application/feed+json,"
                                                      "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"})

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def _check_request(self, request: httpx.Request) -> None:
        """Runs before every request httpx sends, redirect hops included."""
        check_url(str(request.url), self.allow_private)

    def _pause(self, url: str) -> None:
        host = urlsplit(url).netloc
        if self.delay > 0 and host in self._last:
            wait = self._last[host] + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """The page at ``url``; with validators, a 304 answer is a Fetched of status 304."""
        headers = {k: v for k, v in (("If-None-Match", etag),
                                     ("If-Modified-Since", last_modified)) if v}
        retrying = Retrying(stop=stop_after_attempt(self.retries + 1), reraise=False,
                            wait=wait_exponential(multiplier=self.backoff, max=MAX_BACKOFF),
                            retry=retry_if_exception(_is_transient))
        try:
            check_url(url, self.allow_private)
            return retrying(self._get_once, url, headers)
        except RetryError as e:
            cause = e.last_attempt.exception()
            raise FetchError(f"{_describe(cause)} (after {self.retries + 1} attempts)") from None
        except BlockedURL as e:
            raise FetchError(f"refused: {e}") from None
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects") from None
        except httpx.HTTPError as e:
            raise FetchError(_describe(e)) from None

    def _get_once(self, url: str, headers: dict[str, str]) -> Fetched:
        self._pause(url)
        started = time.monotonic()
        with self.client.stream("GET", url, headers=headers) as resp:
            validators = dict(etag=resp.headers.get("etag"),
                              last_modified=resp.headers.get("last-modified"))
            if resp.status_code == 304 and headers:
                return Fetched(url=str(resp.url), content_type="", charset=None, data=b"",
                               status=304, **validators)
            if resp.status_code == 429 or resp.status_code >= 500:
                raise _Transient(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            if resp.status_code != 200:
                raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            data = self._read_limited(resp, started)
            ctype = resp.headers.get("content-type", "")
            return Fetched(url=str(resp.url), content_type=ctype.split(";")[0].strip().lower(),
                           charset=resp.charset_encoding, data=data, **validators)

    def _read_limited(self, resp: httpx.Response, started: float) -> bytes:
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
        return b"".join(chunks)


def _describe(e: BaseException | None) -> str:
    if isinstance(e, httpx.TimeoutException):
        return "timed out"
    if isinstance(e, _Transient):
        return str(e)
    return f"{type(e).__name__}: {e}".rstrip(": ")


def decode_page(page: Fetched) -> str:
    """Declared charset, then <meta charset>, then a byte-order mark or UTF-8, then
    charset_normalizer's detection. A bogus declaration (``charset=undefined``, a name
    Python does not know, a wrong one) falls through to the next; DecodeError at the end."""
    data = page.data
    marked = bom_encoding(data)
    if marked:
        return decode_bytes(data)[0]
    for charset in (page.charset, _meta_charset(data)):
        if charset:
            try:
                return data.decode(charset)
            except (LookupError, UnicodeError, ValueError):  # "undefined" raises UnicodeError
                pass
    if looks_binary(data):
        raise DecodeError("binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:MAX_PAGE_BYTES]).best()
    if best is None:
        raise DecodeError("undecodable text (declared charset wrong, none detected)")
    return str(best)


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def page_document(page: Fetched, source: str) -> SourceDoc | InputError:
    """A fetched page as a document: main text and metadata of HTML, or plain text as is.
    Whatever goes wrong with this page is this page's error."""
    ctype = page.content_type
    if not page.data.strip():
        return InputError(source, "empty page")
    if ctype and not (ctype.startswith("text/") or "html" in ctype or "xml" in ctype):
        return InputError(source, f"unsupported content type {ctype}")
    try:
        text = decode_page(page)
        if ctype == "text/plain":
            return SourceDoc(text=text, url=page.url, source=source)
        got = html_to_text(text, url=page.url)
    except DecodeError as e:
        return InputError(source, str(e))
    except Exception as e:  # noqa: BLE001 - one odd page never stops the batch
        return InputError(source, f"unreadable page ({type(e).__name__}: {e})")
    if got is None:
        return InputError(source, "HTML page without main text")
    return SourceDoc(text=got.text, url=got.url or page.url, date=got.date, title=got.title,
                     source=source)
