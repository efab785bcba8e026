"""Editors' decisions on commitments: status changes and accepted or rejected links.

Every change writes an audit row (who, when, from, to, note) in the same transaction as
the change itself. Accepting a link sets the commitment to the status the link suggests;
rejecting one leaves the status as it is.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import insert, select, update

from ..track.commitments import StatusError, check_status
from .track_models import CommitmentAudit, CommitmentLink, CommitmentTrack, orm


class NotFound(LookupError):
    pass


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _who(who: str | None) -> str:
    who = (who or "").strip()
    if not who:
        raise StatusError("who: an editor's name is required for the audit trail")
    return who


def set_commitment_status(store, commitment_id: int, status: str, who: str, note: str | None = None,
                          link_id: int | None = None, action: str = "status") -> dict:
    """Set a tracked commitment's status; returns the audit entry written."""
    check_status(status)
    who = _who(who)
    with store.engine.begin() as conn:
        return _set_status(conn, commitment_id, status, who, note, link_id, action)


def _set_status(conn, commitment_id, status, who, note, link_id, action) -> dict:
    before = conn.execute(select(CommitmentTrack.status).where(CommitmentTrack.id == commitment_id)).scalar()
    if before is None:
        raise NotFound(f"commitment {commitment_id}: no such tracked commitment")
    at = _now()
    conn.execute(update(CommitmentTrack).where(CommitmentTrack.id == commitment_id)
                 .values(status=status, updated_at=at))
    entry = {"track_id": commitment_id, "link_id": link_id, "action": action, "who": who, "at": at,
             "from_status": before, "to_status": status, "note": note}
    conn.execute(insert(CommitmentAudit).values(**entry))
    return entry


def decide_link(store, link_id: int, accept: bool, who: str, note: str | None = None) -> dict:
    """Accept (the commitment takes the link's status) or reject a suggested link."""
    who = _who(who)
    with store.engine.begin() as conn:
        link = orm(conn).execute(select(CommitmentLink).where(CommitmentLink.id == link_id)).scalar()
        if link is None:
            raise NotFound(f"link {link_id}: no such link")
        at = _now()
        conn.execute(update(CommitmentLink).where(CommitmentLink.id == link_id).values(
            decision="accepted" if accept else "rejected", decided_by=who, decided_at=at, note=note))
        if accept:
            return _set_status(conn, link.track_id, link.suggested_status, who, note, link_id, "accept")
        status = conn.execute(select(CommitmentTrack.status)
                              .where(CommitmentTrack.id == link.track_id)).scalar()
        entry = {"track_id": link.track_id, "link_id": link_id, "action": "reject", "who": who,
                 "at": at, "from_status": status, "to_status": status, "note": note}
        conn.execute(insert(CommitmentAudit).values(**entry))
        return entry
