"""Query parameters shared by the API and the pages: bounds on paging, codes, dates."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

from fastapi import Path, Query
from pydantic import StringConstraints

from ..record import EventType, Modality, SectorId
from .schemas import Status

MAX_LIMIT = 200
MAX_OFFSET = 100_000
CODE = r"^[A-Za-z]{3}$"

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (1–{MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Code = Annotated[str, StringConstraints(pattern=CODE)]
CountryList = Annotated[list[Code], Query(max_length=5,
                                         description="ISO alpha-3; repeat: all must be parties")]
CountryOpt = Annotated[Optional[str], Query(pattern=CODE, description="ISO alpha-3")]
SectorList = Annotated[list[SectorId], Query(max_length=5, description="sector ids; all must be there")]
SectorOpt = Annotated[Optional[SectorId], Query()]
EventTypeOpt = Annotated[Optional[EventType], Query(alias="type")]
ModalityOpt = Annotated[Optional[Modality], Query()]
StatusOpt = Annotated[Optional[Status], Query()]
Since = Annotated[Optional[date], Query(description="published on or after (YYYY-MM-DD)")]
Until = Annotated[Optional[date], Query(description="published on or before (YYYY-MM-DD)")]
Lang = Annotated[Optional[str], Query(pattern=r"^[a-z]{2}$", description="ISO 639-1")]
PathCode = Annotated[str, Path(pattern=CODE, description="ISO alpha-3")]
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]
