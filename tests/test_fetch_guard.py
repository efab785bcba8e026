"""Fetching safely: http(s) only, no loopback/private/link-local addresses unless allowed
(also on redirect hops), every decode problem of a page is that page's error, URLs work in
``extract`` as in ``ingest``. The server is on 127.0.0.1, started by the test; addresses of
other ranges are only checked, never contacted."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from accords.ingest import guard
from accords.ingest.document import InputError, SourceDoc
from accords.ingest.feeds import iter_url
from accords.ingest.guard import BlockedURL, check_url
from accords.ingest.web import Fetched, Fetcher, decode_page
from test_ingest_web import P1, P2, page
from test_store_support import cli, db_url, rows  # noqa: F401

RU_PAGE = page("Казахстан и Сербия обсудили энергетику", "2026-03-10", P1)


class Server:
    def __init__(self):
        self.base = ""
        self.hits: list[str] = []

    def handler(self):
        server = self

        class H(BaseHTTPRequestHandler):
            def do_GET(self):
                server.hits.append(self.path)
                if self.path == "/hop":
                    self.send_response(302)
                    self.send_header("Location", f"{server.base}/ok.html")
                    self.end_headers()
                    return
                routes = {
                    "/ok.html": ("text/html; charset=utf-8", RU_PAGE),
                    "/undefined.html": ("text/html; charset=undefined",
                                        page("Транспорт", "2026-03-11", P2)),
                    "/bogus.html": ("text/html; charset=x-no-such-charset",
                                    page("Энергетика и транспорт", "2026-03-12", P1 + P2)
                                    .decode().encode("cp1251")),
                }
                ctype, body = routes.get(self.path, ("text/plain", b"not found"))
                self.send_response(200 if self.path in routes else 404)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        return H


@pytest.fixture(scope="module")
def server():
    s = Server()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), s.handler())
    s.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield s
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("url, why", [
    ("file:///etc/passwd", "only http and https URLs are fetched, not file scheme"),
    ("ftp://ftp.example/a.txt", "only http and https URLs are fetched, not ftp scheme"),
    ("http://127.0.0.1:8080/", "resolves to a loopback address (127.0.0.1)"),
    ("http://[::1]/", "resolves to a loopback address (::1)"),
    ("http://10.1.2.3/", "resolves to a private address (10.1.2.3)"),
    ("http://192.168.0.10/", "resolves to a private address (192.168.0.10)"),
    ("http://169.254.169.254/latest/meta-data/", "resolves to a link-local address"),
    ("http://0.0.0.0/", "address (0.0.0.0)"),
    ("http://[::ffff:127.0.0.1]/", "resolves to a loopback address"),
])
def test_refused_urls(url, why):
    with pytest.raises(BlockedURL) as e:
        check_url(url)
    assert why in str(e.value)


def test_public_addresses_pass_and_private_ones_when_allowed(monkeypatch):
    monkeypatch.setattr(guard, "resolve", lambda host, port: ["93.184.216.34"])
    check_url("https://gov.example/news")
    check_url("http://127.0.0.1/", allow_private=True)


def test_every_resolved_address_is_checked(monkeypatch):
    monkeypatch.setattr(guard, "resolve", lambda host, port: ["93.184.216.34", "10.0.0.5"])
    with pytest.raises(BlockedURL, match="private address"):
        check_url("https://mixed.example/")


def test_a_redirect_to_a_private_address_is_refused(server, monkeypatch):
    """The first hop is let through (as a public host would be); the redirect to 127.0.0.1
    is checked again and refused before it is requested."""
    real = guard.resolve
    monkeypatch.setattr(guard, "resolve",
                        lambda host, port: ["93.184.216.34"] if host == "localhost" else real(host, port))
    first = server.base.replace("127.0.0.1", "localhost") + "/hop"
    before = len(server.hits)
    with Fetcher() as f:
        [err] = list(iter_url(first, f))
    assert isinstance(err, InputError)
    assert str(err) == (f"{first}: refused: host 127.0.0.1 resolves to a loopback address "
                        "(127.0.0.1); pass --allow-private to fetch from it")
    assert server.hits[before:] == ["/hop"]       # /ok.html was never requested


def test_extract_reads_urls_and_refuses_private_ones_by_default(server):
    res = cli("extract", server.base + "/ok.html", "--allow-private")
    assert res.exit_code == 0, res.output
    record = json.loads(res.stdout)
    assert record["doc"]["url"] == server.base + "/ok.html"
    assert record["doc"]["title"] == "Казахстан и Сербия обсудили энергетику"
    res = cli("extract", server.base + "/ok.html")
    assert res.exit_code == 1 and "resolves to a loopback address" in res.output
    res = cli("extract", "ftp://files.example/a.txt")
    assert res.exit_code == 1
    assert "ftp://files.example/a.txt: refused: only http and https URLs are fetched" in res.output


def test_bogus_charsets_fall_back_to_detection():
    text = page("Транспорт", "2026-03-11", P2)
    for charset, data in (("undefined", text), ("x-no-such", text),
                          ("utf-8", text.decode().encode("cp1251"))):
        got = decode_page(Fetched("https://x.example/", "text/html", charset, data))
        assert "железной дороги" in got, charset


def test_a_page_with_charset_undefined_does_not_stop_the_batch(server, db_url):
    urls = [server.base + p for p in ("/undefined.html", "/bogus.html", "/ok.html")]
    res = cli("ingest", *urls, "--db", db_url, "-q", "--allow-private", "--delay", "0")
    assert res.exit_code == 0, res.output
    assert "stored 3, skipped 0 as duplicates, failed 0" in res.stdout
    from accords.store import open_store

    titles = [r["title"] for r in rows(open_store(db_url), "SELECT title FROM documents ORDER BY id")]
    assert titles == ["Транспорт", "Энергетика и транспорт", "Казахстан и Сербия обсудили энергетику"]


def test_undecodable_page_is_that_pages_error():
    from accords.ingest.web import page_document

    got = page_document(Fetched("https://x.example/a", "text/html", "undefined",
                                b"\x00\x01\x02" * 100), source="https://x.example/a")
    assert isinstance(got, InputError) and got.reason == "binary data, not text"
    ok = page_document(Fetched("https://x.example/b", "text/html", "undefined", RU_PAGE), "b")
    assert isinstance(ok, SourceDoc)
