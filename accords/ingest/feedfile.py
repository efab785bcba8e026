"""Feeds as lists of items: RSS and Atom through feedparser, JSON Feed (which feedparser
does not read) from its JSON; and a feed file on disk as documents, one per item.

A feed on disk is read offline: each item's own text (content, else summary) is the
document, with the item's title, link and date. Items without text are that item's error.
Fetching item pages is for feeds read from the web (:mod:`accords.ingest.feeds`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterator
from urllib.parse import urljoin

from .html import html_to_text
from .document import InputError, SourceDoc

_TAG = re.compile(r"<[a-zA-Z!/?]")


@dataclass
class FeedItem:
    link: str | None
    title: str | None
    date: str | None
    bodies: list[str]          # content first, then summary; HTML or plain text
    id: str | None = None


class FeedError(ValueError):
    pass


def _struct_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()
            except ValueError:
                pass
    return None


def _iso_date(value) -> str | None:
    try:
        return date.fromisoformat(str(value)[:10]).isoformat() if value else None
    except ValueError:
        return None


def _clean(value) -> str | None:
    value = " ".join(str(value).split()) if isinstance(value, str) else ""
    return value or None


def _json_feed(data: bytes) -> list[FeedItem]:
    try:
        feed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise FeedError(f"not a readable JSON Feed ({e})") from None
    items = feed.get("items") if isinstance(feed, dict) else None
    if not isinstance(items, list):
        raise FeedError("not a readable JSON Feed (no 'items' list)")
    out = []
    for it in items:
        if not isinstance(it, dict):
            out.append(FeedItem(None, None, None, []))
            continue
        bodies = [it.get(k) for k in ("content_html", "content_text", "summary")]
        out.append(FeedItem(link=_clean(it.get("url")) or _clean(it.get("external_url")),
                            title=_clean(it.get("title")),
                            date=_iso_date(it.get("date_published") or it.get("date_modified")),
                            bodies=[b for b in bodies if isinstance(b, str) and b.strip()],
                            id=_clean(it.get("id"))))
    return out


def is_json_feed(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b"jsonfeed.org/version" in head


def parse_feed(data: bytes, base_url: str | None = None) -> list[FeedItem]:
    """The items of an RSS, Atom or JSON Feed document; FeedError when there are none."""
    if is_json_feed(data):
        items = _json_feed(data)
    else:
        import feedparser

        parsed = feedparser.parse(data)
        if not parsed.entries:
            if parsed.get("bozo"):
                raise FeedError(f"not a readable feed ({parsed.get('bozo_exception')})")
            raise FeedError("feed without items")
        items = [FeedItem(link=_clean(e.get("link")), title=_clean(e.get("title")),
                          date=_struct_date(e),
                          bodies=[c.get("value") for c in e.get("content") or [] if c.get("value")]
                          + ([e["summary"]] if e.get("summary") else []),
                          id=_clean(e.get("id")))
                 for e in parsed.entries]
    if not items:
        raise FeedError("feed without items")
    if base_url:
        for it in items:
            it.link = urljoin(base_url, it.link) if it.link else None
    return items


def item_text(item: FeedItem, min_chars: int = 1) -> str | None:
    """The item's own text (content, else summary) when it has at least ``min_chars``."""
    for body in item.bodies:
        if _TAG.search(body):
            got = html_to_text(f"<html><body><article>{body}</article></body></html>")
            text = got.text if got else _strip_tags(body)
        else:
            text = body.strip()
        if text and len(text) >= min_chars:
            return text
    return None


def _strip_tags(body: str) -> str:
    import lxml.html

    try:
        return " ".join(lxml.html.fromstring(body).text_content().split())
    except Exception:  # noqa: BLE001 - markup too broken for lxml: no text from this body
        return ""


def iter_feed_file(src: str, data: bytes) -> Iterator[SourceDoc | InputError]:
    """A feed file on disk: one document per item, from the item's own text."""
    try:
        items = parse_feed(data)
    except FeedError as e:
        yield InputError(src, str(e))
        return
    for n, item in enumerate(items, 1):
        where = f"{src}#{n}"
        text = item_text(item)
        if text is None:
            yield InputError(where, "feed item without text")
            continue
        yield SourceDoc(text=text, id=item.id or item.link or where, url=item.link,
                        date=item.date, title=item.title, source=where)
