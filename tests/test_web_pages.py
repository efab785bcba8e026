"""The dashboard's pages: content from the store, two languages, a JSON twin for each page,
and the document text highlighted fact by fact."""
from __future__ import annotations

import re

import pytest

from accords.web.highlight import highlight
from test_store_support import db_url  # noqa: F401
from test_web_support import web  # noqa: F401


def twin(page: str) -> str:
    m = re.search(r'<a class="json" href="([^"]+)"', page)
    assert m, "the page has no JSON twin link"
    return m.group(1).replace("&amp;", "&")


def test_home_shows_latest_pairs_and_commitment_statuses(web):
    client, _, ids = web
    page = client.get("/").text
    assert f'href="/documents/{ids["xss"]}"' in page
    assert 'href="/pairs/KAZ/SRB">Казахстан — Сербия</a>' in page
    assert 'href="/commitments?status=overdue"' in page
    assert client.get(twin(page)).json()["n_documents"] == 4


@pytest.mark.parametrize("path", ["/", "/pairs/KAZ/SRB", "/documents/{talks}", "/commitments",
                                  "/commitments?status=overdue&sector=transport_logistics",
                                  "/search", "/search?q=переговорами&country=KAZ"])
def test_every_page_has_a_language_switch_and_a_json_twin(web, path):
    client, _, ids = web
    r = client.get(path.format(**ids))
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'hreflang="ru"' in r.text and 'hreflang="en"' in r.text
    api = client.get(twin(r.text))
    assert api.status_code == 200 and api.headers["content-type"] == "application/json"


def test_language_from_query_cookie_and_accept_language(web):
    client, _, _ = web
    assert "Обязательства по статусам" in client.get("/").text           # Russian by default
    assert "Commitments by status" in client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"}).text
    english = client.get("/?lang=en")
    assert "Commitments by status" in english.text and '<html lang="en">' in english.text
    assert "Commitments by status" in client.get("/").text                # remembered in a cookie
    assert "Обязательства по статусам" in client.get("/?lang=ru").text


def test_pair_page_has_chart_data_timeline_people_and_commitments(web):
    client, _, ids = web
    page = client.get("/pairs/SRB/KAZ?lang=en").text
    assert 'id="figures-data"' in page and "/static/vendor/uplot/uPlot.iife.min.js" in page
    assert "sources disagree" in page                                      # 107.7 vs 120 million
    assert "провел переговоры" in page and "Иван Тестов" in page
    assert "status-overdue" in page and "status-open" in page
    assert client.get("/pairs/KAZ/UZB").status_code == 404


def test_document_page_marks_facts_and_links_the_story(web):
    client, _, ids = web
    page = client.get(f"/documents/{ids['talks']}").text
    assert '<mark class="fact fact-figures" title="figures: trade_turnover actual 107,700,000 USD 2025"' in page
    assert 'id="f-persons-0"' in page
    assert f'href="/documents/{ids["copy"]}"' in page                    # same story
    assert client.get("/documents/999").status_code == 404


def test_commitment_board_filters_and_detail_page(web):
    client, _, ids = web
    board = client.get("/commitments?status=overdue&lang=en").text
    assert "обязуется построить терминал" in board and "готова увеличить" not in board
    assert 'hx-get="/commitments"' in board
    cid = client.get("/api/commitments", params={"status": "overdue"}).json()["items"][0]["id"]
    detail = client.get(f"/commitments/{cid}?lang=en").text
    assert "Sign in with an editor token" in detail and 'name="csrf"' not in detail.split("set-status")[1]


def test_search_page_facets_link_to_narrower_searches(web):
    client, _, ids = web
    page = client.get("/search?q=переговорами").text
    assert f'href="/documents/{ids["talks"]}"' in page and "<mark>переговоры</mark>" in page
    assert "country=KAZ" in page and "type=CONSULT" in page
    narrowed = client.get("/search?q=Сербии&type=CONSULT").text
    assert f'href="/documents/{ids["xss"]}"' not in narrowed


def test_highlight_escapes_every_piece_and_handles_overlaps():
    text = "A <b>Kazakh</b> & Serb deal"
    record = {"countries": [{"code": "KAZ", "mentions": [[2, 15]]}],
              "events": [{"type": "AGREE", "participants": ["KAZ"], "evidence": [0, 27]}]}
    html = str(highlight(text, record))
    assert "<b>" not in html and "&lt;b&gt;Kazakh&lt;/b&gt;" in html and "&amp; Serb" in html
    assert html.count("<mark") == 3                      # event, country inside it, event again
    assert 'class="fact fact-countries" title="countries: KAZ\nevents: AGREE KAZ"' in html
    assert highlight("x", {"figures": [{"evidence": [5, 9], "value": 1}]}) == "x"  # out of range


def test_board_form_blanks_mean_any_and_bad_values_are_named(web):
    client, _, _ = web
    r = client.get("/commitments?country=&sector=&modality=&status=overdue&deadline_before=")
    assert r.status_code == 200 and "обязуется построить терминал" in r.text
    bad = client.get("/commitments?sector=space")
    assert bad.status_code == 422 and "sector=&#39;space&#39;: not a valid value" in bad.text


def test_event_type_facet_narrows_hits_counts_and_facets(web):
    client, _, ids = web
    page = client.get("/search?type=AGREE").text
    assert '<p class="muted">0 документов</p>' in page
    consult = client.get("/search?type=CONSULT").text
    assert '<p class="muted">3 документов</p>' in consult
    assert f'href="/documents/{ids["call"]}"' in consult and f'href="/documents/{ids["xss"]}"' not in consult
    assert "Узбекистан" in consult.split('id="facets"')[1].split("</aside>")[0]
