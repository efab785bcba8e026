"""Shared fixtures. Data under ../shared is read at run time; tests skip with the reason where it is absent."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev.jsonl"
GOLD = SHARED / "corpus" / "dev-gold.jsonl"
SEEDS = SHARED / "seeds"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the checkout)")
    return path


@pytest.fixture(scope="session")
def dev_docs():
    return [json.loads(l) for l in need(CORPUS).read_text(encoding="utf-8").splitlines() if l.strip()]


@pytest.fixture(scope="session")
def dev_gold():
    return [json.loads(l) for l in need(GOLD).read_text(encoding="utf-8").splitlines() if l.strip()]
