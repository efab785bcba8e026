"""End to end in a real browser: Debian's headless Chromium driven by Playwright against the
app served by uvicorn on 127.0.0.1. Clicks from home to a country pair to a document, signs
in with an editor token and sets a commitment's status; checks that no script or style was
refused (CSP) and saves screenshots to docs/screenshots/ for the README.

Skips with the reason where chromium or playwright is absent (CI installs chromium)."""
from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from test_web_support import fill

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"
SAMPLES = ROOT / "accords" / "samples"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(base URL, editor token): a filled archive served by uvicorn in a thread."""
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip("chromium is not installed (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    import uvicorn

    from accords.api.app import create_app
    from accords.api.auth import create_token
    from accords.store import open_store

    from accords.pipeline.ingest import ingest

    store = open_store("sqlite:///" + str(tmp_path_factory.mktemp("web") / "a.db"), create=True)
    fill(store)
    samples = SAMPLES.relative_to(Path.cwd()) if SAMPLES.is_relative_to(Path.cwd()) else SAMPLES
    assert ingest(store, [str(samples)]).failed == []      # real records beside the test ones
    token = create_token(store, "editor", "Browser test")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}", token
    server.should_exit = True
    thread.join(timeout=10)
    store.engine.dispose()


@pytest.fixture
def page(served):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")),
                                    args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        pg = context.new_page()
        pg.problems = []
        pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: pg.problems.append(str(e)))
        pg.on("response", lambda r: pg.problems.append(f"{r.status} {r.request.method} {r.url}") if r.status >= 400 else None)
        yield pg
        browser.close()


def test_home_to_pair_to_document_and_set_a_status(served, page):
    from accords.api import tracking

    base, token = served
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(base + "/?lang=en")
    assert page.locator("h2", has_text="Most active country pairs").is_visible()
    page.screenshot(path=str(SHOTS / "home.png"), full_page=True)

    page.click("a.pair:has-text('Kazakhstan — Serbia')")
    page.wait_for_url("**/pairs/KAZ/SRB")
    page.wait_for_selector("#chart canvas")                       # uPlot drew the series
    assert "sources disagree" in page.inner_text("#figures")
    page.screenshot(path=str(SHOTS / "pair.png"), full_page=True)

    docs = httpx.get(base + "/api/documents", params={"country": ["KAZ", "SRB"]}).json()["items"]
    sample = next(d["id"] for d in docs if (d["source"] or "").endswith("01_kaz_srb_talks.txt"))
    page.click(f"#pair-documents a[href='/documents/{sample}']")
    page.wait_for_selector("#doc-text mark.fact-figures")
    page.hover("#doc-text mark.fact-figures")
    assert "active" in page.get_attribute("#f-figures-0", "class")  # the record entry lights up
    assert page.locator("#related a").count() == 0                  # no other source of this one
    page.screenshot(path=str(SHOTS / "document.png"), full_page=True)

    page.goto(base + "/commitments?status=overdue")
    page.click("#board a:has-text('обязуется построить терминал')")
    commitment_url = page.url
    page.click("#login-link")
    page.fill("#token", token)
    page.click("#login-submit")
    assert "Browser test (editor)" in page.inner_text("header")
    page.select_option("#status-select", "fulfilled")
    page.fill("#status-note", "the terminal opened in March")
    page.click("#status-submit")
    if tracking.available():
        page.wait_for_selector("#saved")
        assert "fulfilled" in page.inner_text("#current-status")
    else:                                                          # 503, said in words
        assert "not installed" in page.inner_text("main")
        page.problems = [p for p in page.problems if "503" not in p]
        page.goto(commitment_url)
    page.screenshot(path=str(SHOTS / "commitment.png"), full_page=True)
    assert page.problems == [], "\n".join(page.problems)  # no CSP refusal, no JS error


def test_board_filters_with_htmx_and_switches_language(served, page):
    from playwright.sync_api import expect

    base, _ = served
    page.goto(base + "/commitments?lang=ru")
    assert page.locator("h1", has_text="Обязательства").is_visible()
    page.select_option("select[name=status]", "overdue")
    expect(page).to_have_url(re.compile(r"status=overdue"))        # htmx pushed the filtered URL
    overdue = httpx.get(base + "/api/commitments", params={"status": "overdue"}).json()["total"]
    expect(page.locator("#board tr")).to_have_count(1 + overdue)   # the header and the overdue
    page.click("a.lang:has-text('EN')")
    assert page.locator("h1", has_text="Commitments").is_visible()
    page.goto(base + "/search?q=переговорами")
    page.click("#facets a:has-text('CONSULT')")
    consult = httpx.get(base + "/api/search", params={"q": "переговорами"}).json()["facets"]["event_type"]
    assert page.locator("ol.hits li").count() == next(f["count"] for f in consult if f["value"] == "CONSULT")
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)
    assert page.problems == [], "\n".join(page.problems)
