"""API tokens: who may write through the REST API and the dashboard.

Only the SHA-256 of a token is stored, so a copy of the database gives nobody a usable
token; the token itself is printed once, when it is made (``accords token create``).
"""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import DateTime, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base

ROLES = ("editor", "admin")


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))           # editor | admin
    name: Mapped[Optional[str]] = mapped_column(Text)        # who holds it
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    revoked_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
