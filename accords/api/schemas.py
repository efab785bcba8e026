"""The REST API's JSON shapes, declared once so the OpenAPI schema states them exactly.

Every list is a :class:`Page` (items, total, limit, offset); every fact that comes from a
document carries ``document_id`` so a client can always get back to the evidence.
"""
from __future__ import annotations

from typing import Any, Generic, Literal, Optional, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")
Status = Literal["open", "in_progress", "fulfilled", "contradicted", "dropped", "overdue"]
STATUSES = ("open", "in_progress", "fulfilled", "contradicted", "dropped")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="rows matching the filters, all pages together")
    limit: int
    offset: int


class DocumentSummary(BaseModel):
    id: int
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    lang: Optional[str] = None
    story_id: Optional[int] = None
    countries: list[str] = []


class RelatedDocument(DocumentSummary):
    relation: Literal["same_story", "same_event"]


class DocumentDetail(DocumentSummary):
    text: str
    record: dict[str, Any] = Field(description="the record as `accords extract` prints it")
    related: list[RelatedDocument] = []


class SearchHit(DocumentSummary):
    snippet: str
    match: Optional[tuple[int, int]] = Field(None, description="offsets of the first hit in the text")
    copies: int = 1


class FacetValue(BaseModel):
    value: str
    count: int


class SearchResult(BaseModel):
    query: str
    items: list[SearchHit]
    limit: int
    facets: dict[str, list[FacetValue]] = Field(
        description="country, sector, event_type, year: counts over the matching documents")


class CountryCount(BaseModel):
    code: str
    n_documents: int


class PairCount(BaseModel):
    a: str
    b: str
    n_documents: int
    last_published: Optional[str] = None


class PersonRow(BaseModel):
    name: str
    country: Optional[str] = None
    role_class: Optional[str] = None
    role: Optional[str] = None
    n_documents: int
    last_published: Optional[str] = None


class EventRow(BaseModel):
    id: int
    type: str
    participants: list[str] = []
    date: Optional[str] = None
    location: Optional[str] = None
    document_id: int
    title: Optional[str] = None
    published: Optional[str] = None
    evidence: Optional[str] = None


class FigureSource(BaseModel):
    figure_id: int
    document_id: int
    value: float
    published: Optional[str] = None
    title: Optional[str] = None
    evidence: Optional[str] = None


class FigurePoint(BaseModel):
    period: Optional[str] = None
    metric: str
    kind: str
    currency: str
    value: float = Field(description="the value most sources give (the largest on a tie)")
    min: float
    max: float
    n_sources: int
    conflict: bool = Field(description="sources disagree by more than 0.5 %")
    sources: list[FigureSource] = []


class CommitmentRow(BaseModel):
    id: int
    document_id: int
    actor: str
    modality: str
    text: str
    sectors: list[str] = []
    deadline: Optional[str] = None
    status: Status
    published: Optional[str] = None
    title: Optional[str] = None


class AuditEntry(BaseModel):
    who: Optional[str] = None
    at: Optional[str] = None
    from_status: Optional[str] = None
    to_status: Optional[str] = None
    note: Optional[str] = None


class EvidenceLink(BaseModel):
    id: Optional[int] = None
    document_id: Optional[int] = None
    title: Optional[str] = None
    published: Optional[str] = None
    kind: Optional[str] = None
    state: Optional[str] = Field(None, description="suggested, accepted or rejected")
    text: Optional[str] = None


class CommitmentDetail(CommitmentRow):
    evidence: str = Field(description="the words of the commitment in its document")
    links: list[EvidenceLink] = []
    audit: list[AuditEntry] = []
    tracking: bool = Field(description="false while commitment tracking is not installed: "
                                        "status is derived from the deadline only")


class StatusCount(BaseModel):
    status: Status
    count: int


class PairSummary(BaseModel):
    a: str
    b: str
    n_documents: int
    documents: list[DocumentSummary]
    events: list[EventRow]
    figures: list[FigurePoint]
    persons: list[PersonRow]
    commitments: list[CommitmentRow]
    commitment_counts: list[StatusCount]


class HomeSummary(BaseModel):
    latest: list[DocumentSummary]
    pairs: list[PairCount]
    commitment_counts: list[StatusCount]
    n_documents: int


class StatusChange(BaseModel):
    status: Literal["open", "in_progress", "fulfilled", "contradicted", "dropped"]
    note: str = Field("", max_length=2000)


class LinkDecision(BaseModel):
    accept: bool
    note: str = Field("", max_length=2000)


class IngestUrl(BaseModel):
    url: str = Field(max_length=2000, description="a page or an RSS/Atom feed (http or https)")


class IngestResult(BaseModel):
    stored: int
    duplicates: int
    skipped: int
    failed: list[str]
    warnings: list[str]


class Problem(BaseModel):
    detail: str
