"""Tokens and roles: reading is open, writing needs a token of the right role.

A token is ``secrets.token_urlsafe(32)`` printed once; the store keeps its SHA-256 only.
API clients send ``Authorization: Bearer TOKEN``; the dashboard keeps the token in an
HttpOnly, SameSite=Strict cookie (see :mod:`accords.web.forms`). ``admin`` may do all an
``editor`` may.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from fastapi import HTTPException, Request
from sqlalchemy import insert, select

from ..store.auth_models import ROLES, ApiToken
from ..store.writer import Writer

ROLE_RANK = {"editor": 1, "admin": 2}
TOKEN_COOKIE = "accords_token"


@dataclass(frozen=True)
class Identity:
    token_id: int
    role: str
    name: str | None

    @property
    def who(self) -> str:
        """How the audit trail names this writer."""
        return self.name or f"token #{self.token_id}"

    def may(self, role: str) -> bool:
        return ROLE_RANK.get(self.role, 0) >= ROLE_RANK[role]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: Writer, role: str, name: str | None = None) -> str:
    """Store a new token's hash and return the token (shown once, never stored)."""
    if role not in ROLES:
        raise ValueError(f"role {role!r}: one of {', '.join(ROLES)}")
    token = secrets.token_urlsafe(32)
    with store.engine.begin() as conn:
        conn.execute(insert(ApiToken).values(token_sha256=hash_token(token), role=role, name=name))
    return token


def lookup(store: Writer, token: str | None) -> Identity | None:
    """The identity behind a token, or None (unknown, revoked, empty, absurdly long)."""
    if not token or len(token) > 200:
        return None
    q = select(ApiToken.id, ApiToken.role, ApiToken.name).where(
        ApiToken.token_sha256 == hash_token(token), ApiToken.revoked_at.is_(None))
    with store.engine.connect() as conn:
        row = conn.execute(q).first()
    return Identity(row.id, row.role, row.name) if row else None


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def check_role(identity: Identity | None, role: str) -> Identity:
    """401 without a valid token, 403 when its role is not enough."""
    if identity is None:
        raise HTTPException(401, "this needs a token: Authorization: Bearer TOKEN "
                                 "(make one with `accords token create`)",
                            headers={"WWW-Authenticate": "Bearer"})
    if not identity.may(role):
        raise HTTPException(403, f"this needs the {role} role; the token's role is {identity.role}")
    return identity


def requires(role: str):
    """A FastAPI dependency: the caller's identity, given a Bearer token of ``role`` or above."""
    def dependency(request: Request) -> Identity:
        return check_role(lookup(request.app.state.store, bearer(request)), role)
    dependency.__name__ = f"requires_{role}"
    return dependency
