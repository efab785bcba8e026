"""The REST API through FastAPI's TestClient, on SQLite and PostgreSQL: shapes, filters,
paging bounds, the pair summary with conflicting sources, commitments by status."""
from __future__ import annotations

import pytest

from accords.api import tracking

from test_store_support import db_url  # noqa: F401
from test_web_support import web  # noqa: F401


def test_documents_list_newest_first_with_filters_and_bounds(web):
    client, _, ids = web
    body = client.get("/api/documents").json()
    assert body["total"] == 4 and body["limit"] == 50 and body["offset"] == 0
    assert [d["id"] for d in body["items"]] == [ids["call"], ids["xss"], ids["copy"], ids["talks"]]
    assert body["items"][-1]["countries"] == ["KAZ", "SRB"]
    page2 = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert [d["id"] for d in page2["items"]] == [ids["copy"], ids["talks"]] and page2["total"] == 4
    uzb = client.get("/api/documents", params={"country": ["uzb"]}).json()
    assert [d["id"] for d in uzb["items"]] == [ids["call"]]
    energy = client.get("/api/documents", params={"sector": "energy", "since": "2026-03-01"}).json()
    assert [d["id"] for d in energy["items"]] == [ids["talks"]]
    for bad in ({"limit": 0}, {"limit": 201}, {"offset": -1}, {"country": "KAZAKH"},
                {"sector": "nonsense"}, {"since": "yesterday"}):
        assert client.get("/api/documents", params=bad).status_code == 422, bad


def test_document_has_text_record_and_other_sources(web):
    client, _, ids = web
    doc = client.get(f"/api/documents/{ids['talks']}").json()
    assert doc["text"].startswith("Министр иностранных дел Казахстана")
    assert doc["record"]["figures"][0]["value"] == 107_700_000
    related = {d["id"]: d["relation"] for d in doc["related"]}
    assert related[ids["copy"]] == "same_story"
    assert client.get("/api/documents/999999").status_code == 404
    assert client.get("/api/documents/0").status_code == 422


def test_search_finds_inflected_forms_and_counts_facets(web):
    client, _, ids = web
    body = client.get("/api/search", params={"q": "переговорами"}).json()
    assert {h["id"] for h in body["items"]} == {ids["talks"], ids["copy"]}
    assert {"value": "KAZ", "count": 2} in body["facets"]["country"]
    assert body["facets"]["event_type"] == [{"value": "CONSULT", "count": 2}]
    assert body["facets"]["year"] == [{"value": "2026", "count": 2}]
    narrowed = client.get("/api/search", params={"q": "Сербии", "since": "2026-04-01"}).json()
    assert [h["id"] for h in narrowed["items"]] == [ids["xss"]]
    bad = client.get("/api/search", params={"q": "-"})
    assert bad.status_code == 400 and "at least one word" in bad.json()["detail"]
    assert client.get("/api/search").status_code == 422


def test_countries_pairs_persons_events(web):
    client, _, ids = web
    countries = client.get("/api/countries").json()
    assert countries["items"][0] == {"code": "KAZ", "n_documents": 3} and countries["total"] == 4
    pairs = client.get("/api/pairs").json()["items"]
    assert pairs[0] == {"a": "KAZ", "b": "SRB", "n_documents": 3, "last_published": "2026-04-01"}
    assert client.get("/api/pairs", params={"country": "UZB"}).json()["items"][0]["b"] == "UZB"
    persons = client.get("/api/persons", params={"country": "KAZ"}).json()["items"]
    assert persons == [{"name": "Иван Тестов", "country": "KAZ", "role_class": "minister", "role": None,
                        "n_documents": 1, "last_published": "2026-03-12"}]
    events = client.get("/api/events", params={"country": ["KGZ"]}).json()
    assert events["total"] == 1 and events["items"][0]["evidence"] == "телефонный разговор"
    typed = client.get("/api/events", params={"type": "CONSULT", "country": ["KAZ"]}).json()
    assert typed["total"] == 2 and typed["items"][0]["date"] == "2026-03-12"


def test_pair_summary_marks_conflicting_sources(web):
    client, _, ids = web
    pair = client.get("/api/pairs/srb/kaz").json()
    assert (pair["a"], pair["b"], pair["n_documents"]) == ("KAZ", "SRB", 3)
    points = {(p["kind"], p["period"]): p for p in pair["figures"]}
    actual = points[("actual", "2025")]
    assert actual["n_sources"] == 3 and actual["conflict"] is True
    assert (actual["min"], actual["max"], actual["value"]) == (107_700_000, 120_000_000, 107_700_000)
    assert points[("target", "2030")]["conflict"] is False
    assert {c["status"]: c["count"] for c in pair["commitment_counts"]} == {"open": 1, "overdue": 1}
    assert [p["name"] for p in pair["persons"]] == ["<b>Посол</b>", "Иван Тестов"] or \
        sorted(p["name"] for p in pair["persons"]) == ["<b>Посол</b>", "Иван Тестов"]
    assert client.get("/api/figures", params={"a": "KAZ", "b": "SRB", "metric": "exports"}).json() == []


def test_commitments_board_filters_and_detail(web):
    client, _, ids = web
    everything = client.get("/api/commitments").json()
    assert everything["total"] == 2
    overdue = client.get("/api/commitments", params={"status": "overdue"}).json()["items"]
    assert [(c["document_id"], c["deadline"], c["status"]) for c in overdue] == [(ids["xss"], "2020", "overdue")]
    still_open = client.get("/api/commitments", params={"status": "open"}).json()["items"]
    assert [c["document_id"] for c in still_open] == [ids["talks"]]
    assert client.get("/api/commitments", params={"sector": "agriculture"}).json()["total"] == 1
    assert client.get("/api/commitments", params={"modality": "commit"}).json()["total"] == 1
    assert client.get("/api/commitments", params={"country": "SRB"}).json()["total"] == 0
    assert client.get("/api/commitments", params={"deadline_before": "2021-01-01"}).json()["total"] == 1
    detail = client.get(f"/api/commitments/{overdue[0]['id']}").json()
    assert detail["evidence"] == "Казахстан обязуется построить терминал до 2020 года."
    assert detail["status"] == "overdue" and detail["audit"] == []
    assert detail["tracking"] is tracking.available()
    assert client.get("/api/commitments/424242").status_code == 404


def test_openapi_declares_every_response_shape(web):
    client, _, _ = web
    spec = client.get("/api/openapi.json").json()
    schemas = spec["components"]["schemas"]
    for name in ("DocumentDetail", "PairSummary", "SearchResult", "CommitmentDetail",
                 "FigurePoint", "HomeSummary", "IngestResult"):
        assert name in schemas
    ok = spec["paths"]["/api/documents"]["get"]["responses"]["200"]["content"]["application/json"]
    assert ok["schema"]["$ref"].endswith("Page_DocumentSummary_")
    assert set(spec["paths"]["/api/commitments/{commitment_id}/status"]["post"]["responses"]) >= {"401", "403"}
    assert not any(p.startswith("/pairs") for p in spec["paths"])  # pages are not API


@pytest.mark.parametrize("path", ["/api/home", "/api/countries", "/api/pairs/KAZ/SRB"])
def test_read_endpoints_need_no_token(web, path):
    client, _, _ = web
    assert client.get(path).status_code == 200
