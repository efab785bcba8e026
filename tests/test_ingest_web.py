"""Pages and feeds into the store, served by a local HTTP server on 127.0.0.1 (no test goes
online): metadata from the page, the User-Agent, limits, failures per URL, RSS and Atom,
feed items already stored skipped without fetching their pages again."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from accords.ingest.feeds import iter_url
from accords.ingest.web import USER_AGENT, Fetcher, FetchError
from accords.ingest.sources import InputError, SourceDoc
from accords.store import open_store
from accords.pipeline.ingest import ingest
from test_store_support import cli, db_url, rows  # noqa: F401


def page(title: str, date: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>{title} | Пресс-служба</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T10:00:00+05:00">
</head><body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>© Пресс-служба, все права защищены</footer></body></html>""".encode("utf-8")


P1 = [
    "Министр энергетики Казахстана провел переговоры с министром энергетики Сербии в Астане.",
    "Стороны обсудили поставки нефти и газа, а также строительство солнечных электростанций "
    "в южных регионах Сербии с участием казахстанских компаний.",
    "По итогам встречи подписан меморандум о сотрудничестве в области возобновляемой энергетики. "
    "Следующее заседание рабочей группы пройдет в Белграде осенью.",
]
P2 = [
    "Вице-премьер Узбекистана и министр транспорта Кыргызстана обсудили в Ташкенте ход "
    "строительства железной дороги Китай – Кыргызстан – Узбекистан.",
    "Отмечено, что объем грузоперевозок между странами за полгода вырос на 14 процентов. "
    "Стороны договорились упростить пограничные процедуры для грузовых автомобилей.",
    "Узбекская сторона предложила создать совместный логистический центр в Андижанской области.",
]
P3 = [
    "The foreign ministers of Kazakhstan and Hungary met in Budapest to review the agenda of "
    "the intergovernmental commission on economic cooperation.",
    "They discussed supplies of Kazakh oil through the Druzhba pipeline and joint projects in "
    "agriculture and water management, and agreed to hold a business forum in Almaty.",
]
FEED_ONLY = ("Президент Туркменистана направил поздравление Президенту Азербайджана. В послании "
             "выражена уверенность в дальнейшем развитии сотрудничества в нефтегазовой сфере, "
             "транспорте и культуре, а также отмечена важность Транскаспийского маршрута для обеих стран.")


class Site:
    def __init__(self):
        self.requests: list[tuple[str, str]] = []   # (path, user agent)
        self.base = ""

    def routes(self) -> dict[str, tuple[int, str, bytes]]:
        b = self.base
        rss = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Новости</title><link>{b}/</link><description>Пресс-релизы</description>
<item><title>Энергетика: Казахстан и Сербия</title><link>{b}/news/1.html</link>
<pubDate>Tue, 10 Mar 2026 09:00:00 +0500</pubDate></item>
<item><title>Транспорт</title><link>/news/2.html</link><pubDate>Wed, 11 Mar 2026 09:00:00 +0500</pubDate></item>
<item><title>Поздравление</title><link>{b}/news/gone.html</link><pubDate>Thu, 12 Mar 2026 09:00:00 +0500</pubDate>
<content:encoded><![CDATA[<p>{FEED_ONLY}</p>]]></content:encoded></item>
<item><title>Пропавшая страница</title><link>{b}/news/missing.html</link></item>
<item><title>Без ссылки</title></item>
</channel></rss>""".encode("utf-8")
        atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>MFA news</title><id>{b}/atom</id>
<updated>2026-03-14T08:00:00Z</updated>
<entry><title>Kazakhstan and Hungary</title><id>{b}/en/3.html</id><link href="{b}/en/3.html"/>
<updated>2026-03-14T08:00:00Z</updated></entry></feed>""".encode("utf-8")
        return {
            "/news/1.html": (200, "text/html; charset=utf-8", page("Казахстан и Сербия обсудили энергетику", "2026-03-10", P1)),
            "/news/2.html": (200, "text/html", page("Транспортный коридор", "2026-03-11", P2)),
            "/en/3.html": (200, "text/html; charset=utf-8", page("Kazakhstan and Hungary", "2026-03-14", P3)),
            "/feed.xml": (200, "application/rss+xml", rss),
            "/atom": (200, "application/xml", atom),
            "/plain.txt": (200, "text/plain; charset=utf-8", "\n\n".join(P2).encode("utf-8")),
            "/cp1251.html": (200, "text/html", page("Транспортный коридор", "2026-03-11", P2)
                             .decode("utf-8").replace('charset="utf-8"', 'charset="windows-1251"')
                             .replace('<meta charset="utf-8">', '<meta charset="windows-1251">')
                             .encode("cp1251")),
            "/big.html": (200, "text/html", b"<html><body>" + b"<p>x</p>" * 20_000 + b"</body></html>"),
            "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
            "/empty.html": (200, "text/html", b"<html><head><title>x</title></head><body> </body></html>"),
        }

    def handler(self):
        site = self

        class H(BaseHTTPRequestHandler):
            def do_GET(self):
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
                if self.path == "/slow.html":
                    time.sleep(1.5)
                if self.path == "/moved":
                    self.send_response(301)
                    self.send_header("Location", "/news/1.html")
                    self.end_headers()
                    return
                status, ctype, body = site.routes().get(self.path, (404, "text/html", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        return H


@pytest.fixture(scope="module")
def site():
    s = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), s.handler())
    s.base = f"http://127.0.0.1:{server.server_address[1]}"
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield s
    server.shutdown()
    server.server_close()


def fetched_paths(site, since: int) -> list[str]:
    return [p for p, _ in site.requests[since:]]


def test_a_page_becomes_a_document_with_its_metadata(site):
    with Fetcher(allow_private=True) as f:
        docs = list(iter_url(site.base + "/moved", f))
    assert len(docs) == 1 and isinstance(docs[0], SourceDoc)
    doc = docs[0]
    assert "солнечных электростанций" in doc.text and "все права защищены" not in doc.text
    assert doc.title == "Казахстан и Сербия обсудили энергетику"
    assert doc.date == "2026-03-10"
    assert doc.url == site.base + "/news/1.html" and doc.source == site.base + "/moved"
    assert site.requests[-1][1] == USER_AGENT and USER_AGENT.startswith("Accords/")


def test_plain_text_and_declared_charsets(site):
    with Fetcher(allow_private=True) as f:
        plain = next(iter_url(site.base + "/plain.txt", f))
        cp = next(iter_url(site.base + "/cp1251.html", f))
    assert plain.text.startswith("Вице-премьер Узбекистана")
    assert "железной дороги" in cp.text


def test_failures_are_per_url(site):
    with Fetcher(max_bytes=50_000, timeout=0.5, allow_private=True, retries=0) as f:
        got = {path: next(iter_url(site.base + path, f)) for path in
               ("/nothing-here", "/big.html", "/slow.html", "/logo.png", "/empty.html")}
    for doc in got.values():
        assert isinstance(doc, InputError)
    assert "HTTP 404" in got["/nothing-here"].reason
    assert "too large" in got["/big.html"].reason
    assert "timed out" in got["/slow.html"].reason
    assert "unsupported content type image/png" in got["/logo.png"].reason
    assert "without main text" in got["/empty.html"].reason
    with Fetcher(allow_private=True) as f, pytest.raises(FetchError):
        f.get("http://127.0.0.1:9/")   # nothing listens on the discard port


def test_feed_items_are_extracted_and_known_ones_skipped(site, db_url):
    store = open_store(db_url, create=True)
    start = len(site.requests)
    with Fetcher(allow_private=True) as f:
        stats = ingest(store, [site.base + "/feed.xml"], fetcher=f)
    assert stats.stored == 3, stats.failed
    assert len(stats.failed) == 2
    assert any("missing.html: HTTP 404" in x for x in stats.failed)
    assert any("without a link" in x for x in stats.failed)
    assert any("text taken from the feed" in w for w in stats.warnings)
    docs = rows(store, "SELECT url, title, published, source FROM documents ORDER BY id")
    assert [d["title"] for d in docs] == ["Казахстан и Сербия обсудили энергетику",
                                          "Транспортный коридор", "Поздравление"]
    assert docs[1]["url"] == site.base + "/news/2.html"      # relative link resolved
    assert str(docs[2]["published"]) == "2026-03-12"          # date from the feed item
    assert all(ua == USER_AGENT for _, ua in site.requests[start:])

    # again: stored items are not fetched again; only the feed and the failing item are
    start = len(site.requests)
    with Fetcher(allow_private=True) as f:
        again = ingest(store, [site.base + "/feed.xml"], fetcher=f)
    assert (again.stored, again.skipped) == (0, 3)
    assert sorted(fetched_paths(site, start)) == ["/feed.xml", "/news/missing.html"]
    assert store.count() == 3


def test_atom_feed_and_page_urls_through_the_cli(site, db_url):
    res = cli("ingest", site.base + "/atom", site.base + "/news/2.html", "--db", db_url,
              "--delay", "0", "-q", "--allow-private")
    assert res.exit_code == 0, res.output
    assert "stored 2, skipped 0 as duplicates, failed 0" in res.stdout
    res = cli("ingest", site.base + "/atom", site.base + "/news/2.html", "--db", db_url,
              "--delay", "0", "-q", "--allow-private")
    assert "nothing new: all 2 documents are already stored" in res.stdout
    res = cli("search", "Hungarian pipelines", "--db", db_url, "--json")
    assert res.exit_code == 1   # no document says "Hungarian"
    res = cli("search", "pipelines", "--db", db_url, "--json")
    assert res.exit_code == 0 and "/en/3.html" in res.stdout


def test_pause_between_requests_to_one_host(site):
    with Fetcher(delay=0.3, allow_private=True) as f:
        t0 = time.monotonic()
        f.get(site.base + "/plain.txt")
        f.get(site.base + "/plain.txt")
        assert time.monotonic() - t0 >= 0.3
