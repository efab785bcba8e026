"""The dashboard's pages (GET): each is built from the same query as its /api/ twin."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

from fastapi import APIRouter, HTTPException, Query, Request
from sqlalchemy import select

from ..api import queries as Q
from ..api import queries_facts as F
from ..api.params import (CountryList, EventTypeOpt, Id, Limit, Offset, PathCode, SectorList,
                          Since, Until)
from ..api.routes_read import home_data, search_data
from ..api.schemas import STATUSES
from ..record import EVENT_TYPES, SECTOR_IDS
from ..store.models import Document, Event
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


Text = Annotated[Optional[str], Query(max_length=40)]


def board_filters(country, sector, modality, status, deadline_before) -> dict:
    """The board form's values: blanks (an untouched select) mean "any"; others are checked."""
    f = {k: (v or "").strip() or None for k, v in dict(
        country=country, sector=sector, modality=modality, status=status,
        deadline_before=deadline_before).items()}
    checks = {"country": lambda v: len(v) == 3 and v.isalpha(), "sector": SECTOR_IDS.__contains__,
              "modality": MODALITIES.__contains__,
              "status": (*STATUSES, "overdue").__contains__, "deadline_before": _is_date}
    for name, ok in checks.items():
        if f[name] is not None and not ok(f[name]):
            raise HTTPException(422, f"{name}={f[name]!r}: not a valid value")
    if f["country"]:
        f["country"] = f["country"].upper()
    return f


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
        return True
    except ValueError:
        return False


@router.get("/commitments")
def commitments(request: Request, country: Text = None, sector: Text = None,
                modality: Text = None, status: Text = None, deadline_before: Text = None,
                limit: Limit = 50, offset: Offset = 0):
    f = board_filters(country, sector, modality, status, deadline_before)
    before = date.fromisoformat(f["deadline_before"]) if f["deadline_before"] else None
    total, items = F.list_commitments(_store(request), country=f["country"], sector=f["sector"],
                                      modality=f["modality"], status=f["status"],
                                      deadline_before=before, limit=limit, offset=offset)
    keep = ("country", "sector", "modality", "status", "deadline_before", "limit", "offset")
    return render(request, "commitments.html", api_url("/api/commitments", request, keep),
                  items=items, total=total, limit=limit, offset=offset,
                  counts=F.commitment_counts(_store(request)),
                  filters={k: v or "" for k, v in f.items()},
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
    by_type = [Document.id.in_(select(Event.document_id).where(Event.type == type_))] if type_ else []
    where = Q.document_where(country, sector, since, until) + by_type
    if q and q.strip():
        data = search_data(store, q, country, sector, since, until, limit=50)
        hits = _with_event_type(store, data["items"], type_) if type_ else data["items"]
        where.append(Document.id.in_(Q.matching_ids(store, q)))
        total, json_url = len(hits), api_url("/api/search", request, keep)
    else:
        total, hits = Q.list_documents(store, countries=country, sectors=sector, since=since,
                                       until=until, extra=by_type,
                                       limit=50, offset=offset)
        json_url = api_url("/api/documents", request, keep[1:])
    return render(request, "search.html", json_url, q=q or "", hits=hits, total=total,
                  facets=Q.facets(store, where), offset=offset,
                  chosen={"country": country, "sector": sector, "type": type_,
                          "since": since, "until": until},
                  event_types=EVENT_TYPES)


def _with_event_type(store, hits: list[dict], type_: str) -> list[dict]:
    """Keep the hits whose document has an event of this type (the event-type facet)."""
    ids = [h["id"] for h in hits]
    with store.engine.connect() as conn:
        keep = set(conn.execute(select(Event.document_id)
                                .where(Event.document_id.in_(ids), Event.type == type_)).scalars())
    return [h for h in hits if h["id"] in keep]
