"""``accords watch`` against a feed served on 127.0.0.1 by the test itself, which changes
between polls: conditional requests (304), new items stored once, state kept across
restarts (each CLI run opens the store anew), retries with backoff, clean stop."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from accords.pipeline.watch import WatchFetcher, poll_feed, watch
from accords.store import open_store
from test_ingest_web import P1, P2, P3, page
from test_store_support import cli, db_url, rows  # noqa: F401

ITEMS = {
    "/n/1.html": ("Казахстан и Сербия обсудили энергетику", "2026-03-10", P1),
    "/n/2.html": ("Транспортный коридор", "2026-03-11", P2),
    "/n/3.html": ("Kazakhstan and Hungary", "2026-03-14", P3),
}


class Feed:
    """A feed whose items and ETag the test changes; it answers 304 to a matching
    If-None-Match and can fail a given number of times with 503."""

    def __init__(self):
        self.items = ["/n/1.html", "/n/2.html"]
        self.version = 1
        self.fail_next = 0
        self.requests: list[tuple[str, dict]] = []
        self.base = ""

    def etag(self) -> str:
        return f'"v{self.version}"'

    def rss(self) -> bytes:
        items = "".join(f"<item><title>{ITEMS[p][0]}</title><link>{self.base}{p}</link>"
                        f"<pubDate>Tue, 10 Mar 2026 09:00:00 +0500</pubDate></item>"
                        for p in self.items)
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>Новости</title><link>{self.base}/</link>{items}</channel></rss>").encode()

    def handler(self):
        feed = self

        class H(BaseHTTPRequestHandler):
            def do_GET(self):
                feed.requests.append((self.path, dict(self.headers)))
                if self.path == "/rss" and feed.fail_next > 0:
                    feed.fail_next -= 1
                    return self._send(503, "text/plain", b"busy")
                if self.path == "/rss":
                    if self.headers.get("If-None-Match") == feed.etag():
                        self.send_response(304)
                        self.send_header("ETag", feed.etag())
                        self.end_headers()
                        return
                    return self._send(200, "application/rss+xml", feed.rss(),
                                      {"ETag": feed.etag(),
                                       "Last-Modified": "Tue, 10 Mar 2026 09:00:00 GMT"})
                if self.path in ITEMS:
                    title, date, paras = ITEMS[self.path]
                    return self._send(200, "text/html; charset=utf-8", page(title, date, paras))
                self._send(404, "text/plain", b"not found")

            def _send(self, status, ctype, body, headers=None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        return H

    def paths_since(self, n: int) -> list[str]:
        return [p for p, _ in self.requests[n:]]


@pytest.fixture
def feed():
    f = Feed()
    server = ThreadingHTTPServer(("127.0.0.1", 0), f.handler())
    f.base = f"http://127.0.0.1:{server.server_address[1]}"
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f
    server.shutdown()
    server.server_close()


def run_watch(feed, db_url, *extra):
    return cli("watch", feed.base + "/rss", "--once", "--db", db_url, "--allow-private",
               "--delay", "0", *extra)


def test_polls_store_new_items_once_and_use_conditional_requests(feed, db_url):
    res = run_watch(feed, db_url)
    assert res.exit_code == 0, res.output
    assert f"{feed.base}/rss: 2 new, 0 known, 0 failed; next poll" in res.stdout

    # a restart: the stored ETag is sent, the feed answers 304, no item page is fetched
    start = len(feed.requests)
    res = run_watch(feed, db_url)
    assert res.exit_code == 0, res.output
    assert "0 new, 0 known, 0 failed (not modified)" in res.stdout
    assert feed.paths_since(start) == ["/rss"]
    assert feed.requests[start][1].get("If-None-Match") == '"v1"'
    assert feed.requests[start][1].get("If-Modified-Since") == "Tue, 10 Mar 2026 09:00:00 GMT"

    # the feed changes: only the new item's page is fetched and stored
    feed.items.append("/n/3.html")
    feed.version = 2
    start = len(feed.requests)
    res = run_watch(feed, db_url)
    assert "1 new, 2 known, 0 failed;" in res.stdout, res.stdout
    assert feed.paths_since(start) == ["/rss", "/n/3.html"]

    store = open_store(db_url)
    docs = rows(store, "SELECT url, title FROM documents ORDER BY id")
    assert [d["url"] for d in docs] == [feed.base + p for p in ("/n/1.html", "/n/2.html", "/n/3.html")]
    assert docs[2]["title"] == "Kazakhstan and Hungary"
    state = rows(store, "SELECT etag, last_status, failures FROM feeds")
    assert state == [{"etag": '"v2"', "last_status": "200", "failures": 0}]


def test_errors_are_retried_with_backoff_then_counted(feed, db_url):
    store = open_store(db_url, create=True)
    feed.fail_next = 2          # two 503s, then the feed: retried within the poll
    with WatchFetcher(allow_private=True, backoff=0) as f:
        poll = poll_feed(store, feed.base + "/rss", f, every=900)
    assert (poll.new, poll.error) == (2, None)
    assert feed.paths_since(0)[:3] == ["/rss", "/rss", "/rss"]

    feed.fail_next = 10         # down for good: one error line, next poll sooner than usual
    with WatchFetcher(allow_private=True, backoff=0, retries=1) as f:
        poll = poll_feed(store, feed.base + "/rss", f, every=900)
        again = poll_feed(store, feed.base + "/rss", f, every=900)
    assert poll.error == "HTTP 503 Service Unavailable (after 2 attempts)"
    assert (poll.next_in, again.next_in) == (60, 120)
    assert "feed unreadable: HTTP 503" in poll.line(__import__("datetime").datetime(2026, 3, 10))
    assert rows(store, "SELECT failures FROM feeds") == [{"failures": 2}]
    assert store.count() == 2


def test_watch_loops_until_interrupted(feed, db_url):
    store = open_store(db_url, create=True)
    polls, naps, now = [], [], [1000.0]

    def nap(seconds):
        naps.append(seconds)
        now[0] += seconds
        if len(naps) == 2:
            raise KeyboardInterrupt

    with WatchFetcher(allow_private=True) as f, pytest.raises(KeyboardInterrupt):
        watch(store, [feed.base + "/rss"], f, every=60, on_poll=polls.append, sleep=nap,
              clock=lambda: now[0])
    assert len(polls) == 2 and naps == [60, 60]
    assert (polls[0].new, polls[1].not_modified) == (2, True)
    assert store.count() == 2


def test_watch_refuses_bad_options_and_private_feeds(feed, db_url):
    res = cli("watch", feed.base + "/rss", "--every", "soon", "--db", db_url, "--once")
    assert res.exit_code == 2 and "--every 'soon': not a duration" in res.output
    res = cli("watch", "file:///etc/passwd", "--db", db_url, "--once")
    assert res.exit_code == 2 and "not an http(s) feed URL" in res.output
    res = cli("watch", feed.base + "/rss", "--db", db_url, "--once", "--delay", "0")
    assert res.exit_code == 1
    assert "feed unreadable: refused: host 127.0.0.1 resolves to a loopback address" in res.stdout
    assert feed.requests == []
