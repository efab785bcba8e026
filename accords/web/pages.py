"""The dashboard's pages (GET): each is built from the same query as its /api/ twin."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, HTTPException, Query, Request

from ..api import queries as Q
from ..api import queries_facts as F
from ..api.params import (CountryList, CountryOpt, EventTypeOpt, Id, Limit, ModalityOpt,
                          Offset, PathCode, SectorList, SectorOpt, Since, StatusOpt, Until)
from ..api.routes_read import home_data, search_data
from ..api.schemas import STATUSES
from ..record import EVENT_TYPES, SECTOR_IDS
from ..store.models import Event
from .highlight import highlight
from .render import api_url, render

router = APIRouter(include_in_schema=False)
MODALITIES = ("commit", "intend", "propose", "ready", "agreed", "request")


def _store(request: Request):
    return request.app.state.store


@router.get("/")
def home(request: Request):
    return render(request, "home.html", "/api/home", data=home_data(_store(request)))


@router.get("/pairs/{a}/{b}")
def pair(request: Request, a: PathCode, b: PathCode):
    data = F.pair_summary(_store(request), a, b)
    if not data["n_documents"]:
        raise HTTPException(404, f"no document has both {a.upper()} and {b.upper()} as parties")
    return render(request, "pair.html", f"/api/pairs/{data['a']}/{data['b']}", data=data)


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: Id):
    doc = Q.get_document(_store(request), doc_id)
    if doc is None:
        raise HTTPException(404, f"document {doc_id}: not found")
    return render(request, "document.html", f"/api/documents/{doc_id}", doc=doc,
                  html=highlight(doc["text"], doc["record"] or {}))


@router.get("/commitments")
def commitments(request: Request, country: CountryOpt = None, sector: SectorOpt = None,
                modality: ModalityOpt = None, status: StatusOpt = None,
                deadline_before: Until = None, limit: Limit = 50, offset: Offset = 0):
    total, items = F.list_commitments(_store(request), country=country, sector=sector,
                                      modality=modality, status=status,
                                      deadline_before=deadline_before, limit=limit, offset=offset)
    keep = ("country", "sector", "modality", "status", "deadline_before", "limit", "offset")
    return render(request, "commitments.html", api_url("/api/commitments", request, keep),
                  items=items, total=total, limit=limit, offset=offset,
                  counts=F.commitment_counts(_store(request)),
                  filters={"country": country or "", "sector": sector or "",
                           "modality": modality or "", "status": status or "",
                           "deadline_before": deadline_before.isoformat() if deadline_before else ""},
                  sectors=SECTOR_IDS, modalities=MODALITIES, statuses=(*STATUSES, "overdue"))


@router.get("/commitments/{commitment_id}")
def commitment(request: Request, commitment_id: Id):
    detail = F.commitment_detail(_store(request), commitment_id)
    if detail is None:
        raise HTTPException(404, f"commitment {commitment_id}: not found")
    return render(request, "commitment.html", f"/api/commitments/{commitment_id}", c=detail,
                  statuses=STATUSES, saved=request.query_params.get("saved") == "1")


@router.get("/search")
def search_page(request: Request, q: Annotated[Optional[str], Query(max_length=500)] = None,
                country: CountryList = [], sector: SectorList = [], type_: EventTypeOpt = None,
                since: Since = None, until: Until = None, offset: Offset = 0):
    """With a query: ranked hits; without: the archive newest first. Facets either way."""
    store = _store(request)
    keep = ("q", "country", "sector", "since", "until")
    if q and q.strip():
        data = search_data(store, q, country, sector, since, until, limit=50)
        hits, total, json_url = data["items"], len(data["items"]), api_url("/api/search", request, keep)
    else:
        where = Q.document_where(country, sector, since, until)
        total, hits = Q.list_documents(store, countries=country, sectors=sector, since=since,
                                       until=until, limit=50, offset=offset)
        data = {"facets": Q.facets(store, where)}
        json_url = api_url("/api/documents", request, keep[1:])
    if type_:
        hits = _with_event_type(store, hits, type_)
    return render(request, "search.html", json_url, q=q or "", hits=hits, total=total,
                  facets=data["facets"], offset=offset,
                  chosen={"country": country, "sector": sector, "type": type_,
                          "since": since, "until": until},
                  event_types=EVENT_TYPES)


def _with_event_type(store, hits: list[dict], type_: str) -> list[dict]:
    """Keep the hits whose document has an event of this type (the event-type facet)."""
    from sqlalchemy import select

    ids = [h["id"] for h in hits]
    with store.engine.connect() as conn:
        keep = set(conn.execute(select(Event.document_id)
                                .where(Event.document_id.in_(ids), Event.type == type_)).scalars())
    return [h for h in hits if h["id"] in keep]
