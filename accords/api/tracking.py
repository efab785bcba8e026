"""The bridge to cross-document commitment tracking (``accords.track``), when installed.

Tracking keeps each commitment's status, its evidence links and the audit trail. Until it
is part of the package the API derives status from deadlines and answers writes that need
it with 503, so the rest of the API and the dashboard work the same either way.
"""
from __future__ import annotations

import importlib
from types import ModuleType

NEEDED = ("list_commitments", "commitment_detail", "set_commitment_status", "decide_link")


class TrackingUnavailable(RuntimeError):
    """Commitment tracking is not installed in this build."""


def _module() -> ModuleType | None:
    try:
        mod = importlib.import_module("accords.track")
    except ImportError:
        return None
    return mod if all(hasattr(mod, name) for name in NEEDED) else None


def available() -> bool:
    return _module() is not None


def _call(name: str, *args, **kwargs):
    mod = _module()
    if mod is None:
        raise TrackingUnavailable("commitment tracking is not installed in this build; "
                                  "statuses are derived from deadlines and cannot be set")
    return getattr(mod, name)(*args, **kwargs)


def list_commitments(store, **filters):
    return _call("list_commitments", store, **filters)


def commitment_detail(store, commitment_id: int):
    return _call("commitment_detail", store, commitment_id)


def commitment_counts(store, where_docs=()):
    return _call("commitment_counts", store, where_docs)


def set_commitment_status(store, commitment_id: int, status: str, who: str, note: str):
    return _call("set_commitment_status", store, commitment_id, status, who, note)


def decide_link(store, link_id: int, accept: bool, who: str, note: str):
    return _call("decide_link", store, link_id, accept, who, note)
