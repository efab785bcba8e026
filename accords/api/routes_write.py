"""Write endpoints under ``/api/``: a Bearer token of the right role, or 401/403.

Editors set a commitment's status (with a note, kept in the audit trail) and accept or
reject suggested evidence links; admins ingest a file or a URL through the same path as
``accords ingest``.
"""
from __future__ import annotations

import re
import tempfile
import threading
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, UploadFile
from sqlalchemy import func, select

from ..pipeline.ingest import ingest
from ..store.models import Document
from ..store.writer import Writer
from . import queries_facts as F
from . import tracking
from .auth import Identity, requires
from .params import Id
from .schemas import (CommitmentDetail, EvidenceLink, IngestResult, IngestUrl, LinkDecision,
                      Problem, StatusChange)

router = APIRouter(prefix="/api", tags=["write"])
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
AUTH_ERRORS = {401: {"model": Problem}, 403: {"model": Problem}, 503: {"model": Problem}}
_INGEST_LOCK = threading.Lock()   # one ingest at a time: they share the store's writer
Editor = Annotated[Identity, Depends(requires("editor"))]
Admin = Annotated[Identity, Depends(requires("admin"))]


def _store(request: Request) -> Writer:
    return request.app.state.store


def change_status(store: Writer, commitment_id: int, change: StatusChange, who: Identity) -> dict:
    """Shared by the API and the dashboard's form: 404, 503 without tracking, else the detail."""
    if F.commitment_detail(store, commitment_id) is None:
        raise HTTPException(404, f"commitment {commitment_id}: not found")
    try:
        tracking.set_commitment_status(store, commitment_id, change.status, who.who, change.note)
    except tracking.TrackingUnavailable as e:
        raise HTTPException(503, str(e))
    except LookupError as e:
        raise HTTPException(404, str(e))
    except ValueError as e:
        raise HTTPException(409, f"commitment {commitment_id}: {e}")
    return F.commitment_detail(store, commitment_id)


@router.post("/commitments/{commitment_id}/status", response_model=CommitmentDetail,
             responses={**AUTH_ERRORS, 404: {"model": Problem}},
             summary="Set a commitment's status with a note (editor)")
def set_status(request: Request, commitment_id: Id, change: StatusChange, who: Editor):
    return change_status(_store(request), commitment_id, change, who)


def decide(store: Writer, link_id: int, decision: LinkDecision, who: Identity) -> dict:
    try:
        link = tracking.decide_link(store, link_id, decision.accept, who.who, decision.note)
    except tracking.TrackingUnavailable as e:
        raise HTTPException(503, str(e))
    except LookupError:
        raise HTTPException(404, f"link {link_id}: not found")
    except ValueError as e:
        raise HTTPException(409, f"link {link_id}: {e}")
    if link is None:
        raise HTTPException(404, f"link {link_id}: not found")
    return link


@router.post("/links/{link_id}/decision", response_model=EvidenceLink,
             responses={**AUTH_ERRORS, 404: {"model": Problem}},
             summary="Accept or reject a suggested follow-up link (editor)")
def decide_link(request: Request, link_id: Id, decision: LinkDecision, who: Editor):
    return decide(_store(request), link_id, decision, who)


def _ingest(store: Writer, inputs: list[str]) -> dict:
    """The CLI's ingest, then tracking across documents; one ingest at a time."""
    with _INGEST_LOCK:
        before = _last_document_id(store)
        stats = ingest(store, inputs)
        warnings = list(stats.warnings)
        if stats.stored and (problem := tracking.after_ingest(store, before)):
            warnings.append(problem)
    return {"stored": stats.stored, "duplicates": stats.duplicates, "skipped": stats.skipped,
            "failed": list(stats.failed), "warnings": warnings}


def _last_document_id(store: Writer) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.max(Document.id))).scalar() or 0


def _safe_name(filename: str | None) -> str:
    name = re.sub(r"[^\w.-]+", "_", Path(filename or "upload.txt").name)[:100] or "upload.txt"
    if not name.lower().endswith(UPLOAD_SUFFIXES):
        raise HTTPException(415, f"{filename}: not one of {', '.join(UPLOAD_SUFFIXES)}")
    return name


@router.post("/ingest/file", response_model=IngestResult,
             responses={**AUTH_ERRORS, 413: {"model": Problem}, 415: {"model": Problem}},
             summary="Ingest an uploaded .txt, .html or .jsonl file (admin)")
def ingest_file(request: Request, file: UploadFile, who: Admin):
    name = _safe_name(file.filename)
    data = file.file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise HTTPException(413, f"{file.filename}: larger than {MAX_UPLOAD_BYTES // 2**20} MB")
    with tempfile.TemporaryDirectory(prefix="accords-upload-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return _ingest(_store(request), [str(path)])


@router.post("/ingest/url", response_model=IngestResult,
             responses={**AUTH_ERRORS, 422: {"model": Problem}},
             summary="Fetch and ingest a page or a feed (admin)")
def ingest_url(request: Request, body: IngestUrl, who: Admin):
    if not re.match(r"^https?://[^\s/]+", body.url):
        raise HTTPException(422, f"{body.url}: not an http(s) URL")
    return _ingest(_store(request), [body.url])
