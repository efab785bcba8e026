"""Read endpoints under ``/api/``: open to everyone, paginated, one JSON shape each."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, HTTPException, Query, Request
from sqlalchemy.exc import DBAPIError

from ..record import Metric
from ..store.models import Document
from ..store.search import QueryError, parse_query, search
from ..store.writer import Writer
from . import queries as Q
from . import queries_facts as F
from .params import (CountryList, CountryOpt, EventTypeOpt, Id, Lang, Limit, ModalityOpt,
                     Offset, PathCode, SectorList, SectorOpt, Since, StatusOpt, Until)
from .schemas import (CommitmentDetail, CommitmentRow, CountryCount, DocumentDetail,
                      DocumentSummary, EventRow, FigurePoint, HomeSummary, Page, PairCount,
                      PairSummary, PersonRow, Problem, SearchResult)

router = APIRouter(prefix="/api", tags=["read"])
NOT_FOUND = {404: {"model": Problem}}


def store_of(request: Request) -> Writer:
    return request.app.state.store


def page(total: int, items: list, limit: int, offset: int) -> dict:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/home", response_model=HomeSummary, summary="The home page's data")
def home(request: Request):
    return home_data(store_of(request))


def home_data(store: Writer) -> dict:
    n, latest = Q.list_documents(store, limit=10)
    _, pairs = Q.list_pairs(store, limit=10)
    return {"latest": latest, "pairs": pairs, "n_documents": n,
            "commitment_counts": F.commitment_counts(store)}


@router.get("/documents", response_model=Page[DocumentSummary], summary="Documents, newest first")
def documents(request: Request, country: CountryList = [], sector: SectorList = [],
              since: Since = None, until: Until = None, lang: Lang = None,
              limit: Limit = 50, offset: Offset = 0):
    total, items = Q.list_documents(store_of(request), countries=country, sectors=sector,
                                    since=since, until=until, lang=lang, limit=limit, offset=offset)
    return page(total, items, limit, offset)


@router.get("/documents/{doc_id}", response_model=DocumentDetail, responses=NOT_FOUND,
            summary="One document: text, record, other sources of its story and events")
def document(request: Request, doc_id: Id):
    doc = Q.get_document(store_of(request), doc_id)
    if doc is None:
        raise HTTPException(404, f"document {doc_id}: not found")
    return doc


@router.get("/search", response_model=SearchResult, responses={400: {"model": Problem}},
            summary="Full-text search (inflected forms match) with facets")
def search_documents(request: Request, q: Annotated[str, Query(min_length=1, max_length=500)],
                     country: CountryList = [], sector: SectorList = [], since: Since = None,
                     until: Until = None, stories: bool = False, limit: Limit = 20):
    return search_data(store_of(request), q, country, sector, since, until, stories, limit)


def search_data(store: Writer, q: str, country=(), sector=(), since=None, until=None,
                stories=False, limit=20) -> dict:
    """Hits and facets; a query that cannot be read is a 400 naming the reason."""
    try:
        if not any(not negated for _, negated, _, _ in parse_query(q)):
            raise QueryError("the query needs at least one word to look for")
        hits = search(store, q, countries=[c.upper() for c in country], sectors=sector,
                      since=since, until=until, limit=limit, stories=stories)
        where = Q.document_where(country, sector, since, until)
        where.append(Document.id.in_(Q.matching_ids(store, q)))
        facets = Q.facets(store, where)
    except QueryError as e:
        raise HTTPException(400, f"query {q!r}: {e}")
    except DBAPIError as e:
        raise HTTPException(400, f"query {q!r}: the database could not read it "
                                 f"({str(e.orig).splitlines()[0][:200]})")
    items = [{**h.to_dict(), "id": h.document_id} for h in hits]
    return {"query": q, "items": items, "limit": limit, "facets": facets}


@router.get("/countries", response_model=Page[CountryCount], summary="States by documents")
def countries(request: Request, limit: Limit = 50, offset: Offset = 0):
    total, items = Q.list_countries(store_of(request), limit=limit, offset=offset)
    return page(total, items, limit, offset)


@router.get("/pairs", response_model=Page[PairCount], summary="Country pairs by documents")
def pairs(request: Request, country: CountryOpt = None, limit: Limit = 50, offset: Offset = 0):
    total, items = Q.list_pairs(store_of(request), country=country, limit=limit, offset=offset)
    return page(total, items, limit, offset)


@router.get("/pairs/{a}/{b}", response_model=PairSummary,
            summary="A country pair: documents, timeline, figures, people, commitments")
def pair(request: Request, a: PathCode, b: PathCode):
    return F.pair_summary(store_of(request), a, b)


@router.get("/persons", response_model=Page[PersonRow], summary="People by documents")
def persons(request: Request, country: CountryOpt = None,
            name: Annotated[Optional[str], Query(max_length=200)] = None,
            limit: Limit = 50, offset: Offset = 0):
    total, items = Q.list_persons(store_of(request), country=country, name=name,
                                  limit=limit, offset=offset)
    return page(total, items, limit, offset)


@router.get("/events", response_model=Page[EventRow], summary="Events, newest first")
def events(request: Request, country: CountryList = [], type_: EventTypeOpt = None,
           since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0):
    total, items = Q.list_events(store_of(request), countries=country, type_=type_, since=since,
                                 until=until, limit=limit, offset=offset)
    return page(total, items, limit, offset)


@router.get("/figures", response_model=list[FigurePoint],
            summary="Money figures between two states as a series over periods")
def figures(request: Request, a: Annotated[str, Query(pattern=r"^[A-Za-z]{3}$")],
            b: Annotated[str, Query(pattern=r"^[A-Za-z]{3}$")],
            metric: Annotated[Optional[Metric], Query()] = None):
    return F.figure_series(store_of(request), a, b, metric)


@router.get("/commitments", response_model=Page[CommitmentRow],
            summary="Commitments with their status, filterable like the board")
def commitments(request: Request, country: CountryOpt = None, sector: SectorOpt = None,
                modality: ModalityOpt = None, status: StatusOpt = None,
                deadline_before: Until = None, limit: Limit = 50, offset: Offset = 0):
    total, items = F.list_commitments(store_of(request), country=country, sector=sector,
                                      modality=modality, status=status,
                                      deadline_before=deadline_before, limit=limit, offset=offset)
    return page(total, items, limit, offset)


@router.get("/commitments/{commitment_id}", response_model=CommitmentDetail, responses=NOT_FOUND,
            summary="One commitment with its evidence, links and audit trail")
def commitment(request: Request, commitment_id: Id):
    detail = F.commitment_detail(store_of(request), commitment_id)
    if detail is None:
        raise HTTPException(404, f"commitment {commitment_id}: not found")
    return detail
