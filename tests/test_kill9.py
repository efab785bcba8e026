"""Crash safety: an ingest killed with SIGKILL at a random moment leaves only whole
documents, and the next run continues where it stopped. On SQLite and PostgreSQL."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from test_store_support import db_url  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from generate_docs import generate  # noqa: E402

N_DOCS = 36
BATCH = 3
CMD = "from accords.cli import app; app()"
FACTS = ("countries", "persons", "organizations", "events", "sectors", "figures", "commitments",
         "quotes", "projects")


def run_ingest(src: Path, url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CMD, "ingest", str(src), "--db", url,
                             "--batch-size", str(BATCH), "-q"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def count(engine) -> int:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM documents")).scalar()
    except Exception:   # schema not there yet
        return 0


def kill_mid_run(src: Path, url: str, engine, at_least: int) -> int:
    """Start an ingest, let it commit at least ``at_least`` documents, kill -9 it a random
    moment later; returns how many documents were stored when it died."""
    proc = run_ingest(src, url)
    deadline = time.monotonic() + 90
    try:
        while count(engine) < at_least:
            assert proc.poll() is None, f"ingest ended early: {proc.communicate()}"
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.02)
        time.sleep(random.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return count(engine)


def assert_whole_documents(engine, is_sqlite: bool) -> None:
    """Every stored document has its signature, every fact of its record, every evidence span."""
    with engine.connect() as conn:
        docs = conn.execute(text("SELECT id, record FROM documents")).all()
        sigs = {r[0] for r in conn.execute(text("SELECT document_id FROM document_minhash"))}
        per_table = {t: dict(conn.execute(text(f"SELECT document_id, count(*) FROM {t} GROUP BY document_id")).all())
                     for t in (*FACTS, "evidence")}
        no_story = conn.execute(text("SELECT count(*) FROM documents WHERE story_id IS NULL")).scalar()
        if is_sqlite:   # the FTS index agrees with its content table
            conn.execute(text("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')"))
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert no_story == 0
    for doc_id, rec in docs:
        rec = rec if isinstance(rec, dict) else json.loads(rec)
        assert doc_id in sigs
        for t in FACTS:
            assert per_table[t].get(doc_id, 0) == len(rec[t]), (doc_id, t)
        spans = (sum(len(x["mentions"]) for k in ("countries", "persons", "organizations") for x in rec[k])
                 + sum(len(x["evidence"]) for x in rec["sectors"])
                 + sum(len(rec[k]) for k in ("events", "figures", "commitments", "quotes", "projects")))
        assert per_table["evidence"].get(doc_id, 0) == spans, doc_id


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill9_leaves_whole_documents_and_the_next_run_continues(db_url, tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in generate(N_DOCS, seed=7)),
                   encoding="utf-8")
    engine = create_engine(db_url)
    is_sqlite = db_url.startswith("sqlite")
    try:
        first = kill_mid_run(src, db_url, engine, at_least=BATCH)
        assert 0 < first < N_DOCS, "the kill should land mid-run"
        assert_whole_documents(engine, is_sqlite)

        second = kill_mid_run(src, db_url, engine, at_least=first + BATCH)
        assert first < second < N_DOCS
        assert_whole_documents(engine, is_sqlite)

        proc = run_ingest(src, db_url)
        out, errs = proc.communicate(timeout=180)
        assert proc.returncode == 0, errs
        assert f"stored {N_DOCS - second}, skipped {second} as duplicate" in out
        assert count(engine) == N_DOCS
        assert_whole_documents(engine, is_sqlite)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(DISTINCT sha256) FROM documents")).scalar() == N_DOCS
    finally:
        engine.dispose()
