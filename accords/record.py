"""The Accords record (``../shared/spec/record.md``) as pydantic models.

One document in, one :class:`Record` out. Every fact carries evidence as
``[start, end)`` character offsets into the document text.

This is the one place where fact types and their value sets are declared: the store's
fact tables and rows (``store/facts.py``), the exports and the scorer read them from here.
A new fact type is a model here and a list field on :class:`Record`.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "accords.record/1"

Span = tuple[int, int]

ROLE_CLASSES = (
    "head_of_state", "head_of_government", "deputy_head_of_government", "minister",
    "deputy_minister", "ambassador", "parliament", "regional_head", "business",
    "other_official", "other",
)
RoleClass = Literal[ROLE_CLASSES]
EVENT_TYPES = ("CONSULT", "AGREE", "COOPERATE", "AID")
EventType = Literal[EVENT_TYPES]
SECTOR_IDS = (
    "trade", "investment", "industry", "energy", "transport_logistics", "digital",
    "agriculture", "construction", "tourism", "education", "science", "healthcare",
    "culture", "defense_security", "civil_aviation", "finance", "water", "mining",
    "environment",
)
SectorId = Literal[SECTOR_IDS]
METRICS = ("trade_turnover", "exports", "imports", "investment", "agreements_value",
           "project_value", "other")
Metric = Literal[METRICS]
FIGURE_KINDS = ("actual", "target", "forecast")
FigureKind = Literal[FIGURE_KINDS]
APPROX = ("more_than", "less_than", "about")
Approx = Optional[Literal[APPROX]]
MODALITIES = ("commit", "intend", "propose", "ready", "agreed", "request")
Modality = Literal[MODALITIES]


class _Fact(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocInfo(_Fact):
    id: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = Field(None, description="ISO 8601 date of publication")
    lang: Optional[str] = Field(None, description="ISO 639-1 code detected or given")
    source: Optional[str] = Field(None, description="file path, URL or '-' it came from")
    sha256: Optional[str] = Field(None, description="hash of the normalised text")
    extractor: Optional[str] = Field(None, description="version of the extractor that made the record")
    pages: Optional[list[int]] = Field(None, description="paged sources (PDF): offset in the text "
                                                         "where each page starts, page 1 first")


class Country(_Fact):
    code: str = Field(description="ISO 3166-1 alpha-3")
    mentions: list[Span] = []


class Person(_Fact):
    name: str
    role: Optional[str] = None
    role_class: RoleClass = "other"
    country: Optional[str] = None
    mentions: list[Span] = []


class Organization(_Fact):
    name: str
    country: Optional[str] = None
    mentions: list[Span] = []


class Event(_Fact):
    type: EventType
    participants: list[str] = []
    date: Optional[str] = None
    location: Optional[str] = None
    evidence: Span


class Sector(_Fact):
    id: SectorId
    evidence: list[Span] = []


class Figure(_Fact):
    metric: Metric
    kind: FigureKind = "actual"
    value: float
    currency: str
    period: Optional[str] = None
    change_pct: Optional[float] = None
    approx: Approx = None
    sector: Optional[SectorId] = None
    countries: list[str] = []
    evidence: Span


class Commitment(_Fact):
    actor: str
    modality: Modality
    text: str
    sectors: list[SectorId] = []
    deadline: Optional[str] = None
    evidence: Span


class Quote(_Fact):
    speaker: Optional[str] = None
    text: str
    evidence: Span


class Project(_Fact):
    name: str
    evidence: Span


class Record(_Fact):
    schema_: str = Field(SCHEMA_ID, alias="schema")
    doc: DocInfo = DocInfo()
    countries: list[Country] = []
    persons: list[Person] = []
    organizations: list[Organization] = []
    events: list[Event] = []
    sectors: list[Sector] = []
    figures: list[Figure] = []
    commitments: list[Commitment] = []
    quotes: list[Quote] = []
    projects: list[Project] = []
    warnings: list[str] = []

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True)

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")


def _fact_types() -> dict[str, type[_Fact]]:
    """The record's list fields whose items are facts, in the record's order."""
    out = {}
    for name, info in Record.model_fields.items():
        args = getattr(info.annotation, "__args__", ())
        if args and isinstance(args[0], type) and issubclass(args[0], _Fact):
            out[name] = args[0]
    return out


FACT_TYPES: dict[str, type[_Fact]] = _fact_types()
# the types the spec scores, whose F1 scores make the headline
SCORED_TYPES = ("countries", "persons", "events", "sectors", "figures", "commitments")
