"""Ingest on Dask distributed: a LocalCluster of two worker processes writes into PostgreSQL,
every document exactly once, also when a worker is killed mid-run."""
from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

PG = os.environ.get("ACCORDS_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="ACCORDS_TEST_PG is not set (PostgreSQL for the Dask path)")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


def _docs(tmp_path, n: int) -> str:
    from generate_docs import write_jsonl
    return str(write_jsonl(tmp_path / "docs.jsonl", n, seed=11))


@pytest.fixture
def pg_url():
    from sqlalchemy import create_engine, text
    engine = create_engine(PG)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return PG


def _counts(url: str) -> tuple[int, int]:
    from bench_dask import stored
    return stored(url)


def test_a_killed_worker_leaves_every_document_stored_exactly_once(tmp_path, pg_url):
    from distributed import Client, LocalCluster

    from accords.pipeline.distributed import ingest_dask

    inputs = [_docs(tmp_path, 40)]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        pids = list(client.run(os.getpid).values())
        killed = threading.Event()

        def kill_once(stats):
            if stats.stored and not killed.is_set():   # after the first partition landed
                killed.set()
                os.kill(pids[0], signal.SIGKILL)

        stats = ingest_dask(client, pg_url, inputs, partition=5, on_progress=kill_once)
    assert killed.is_set()
    # what the killed attempt had committed counts as stored once, not as a duplicate
    assert stats.failed == [] and (stats.stored, stats.duplicates) == (40, 0)
    assert _counts(pg_url) == (40, 40)
    assert _followup_rows(pg_url) == 40   # each with its follow-up sentences, once


def _followup_rows(url: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM document_followup")).scalar_one()
    engine.dispose()
    return n

    # again: nothing new, nothing twice
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        again = ingest_dask(client, pg_url, inputs, partition=5)
    assert (again.stored, again.duplicates) == (0, 40)
    assert _counts(pg_url) == (40, 40)


def test_cli_ingest_on_a_scheduler(tmp_path, pg_url):
    from distributed import LocalCluster
    from typer.testing import CliRunner

    from accords.cli import app

    inputs = _docs(tmp_path, 12)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        res = CliRunner().invoke(app, ["ingest", inputs, "--db", pg_url, "-q",
                                       "--dask", cluster.scheduler_address])
    assert res.exit_code == 0, res.output
    assert "stored 12" in res.output
    assert _counts(pg_url) == (12, 12)


def test_cli_says_when_the_scheduler_is_unreachable(tmp_path, pg_url):
    from typer.testing import CliRunner

    from accords.cli import app

    res = CliRunner().invoke(app, ["ingest", _docs(tmp_path, 2), "--db", pg_url, "-q",
                                   "--dask", "tcp://127.0.0.1:9"])
    assert res.exit_code == 2 and "cannot reach the Dask scheduler" in res.output


def _poison_plugin():
    """A worker plugin (set up on every worker, also on the ones the nanny restarts): the
    document with id "poison" kills its worker process, every time. Defined in a function so
    that it travels to the workers by value."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class Poison(WorkerPlugin):
        name = "poison"

        def setup(self, worker):
            import os as _os

            import accords.pipeline.extract as extract
            real = extract.extract_document

            def poisoned(doc, *args, **kwargs):
                if doc.id == "poison":
                    _os._exit(1)
                return real(doc, *args, **kwargs)
            extract.extract_document = poisoned

    return Poison()


def test_a_document_that_kills_its_worker_costs_only_itself(tmp_path, pg_url):
    import json

    import dask
    from distributed import Client, LocalCluster

    from accords.pipeline.distributed import ingest_dask

    path = Path(_docs(tmp_path, 6))
    lines = path.read_text(encoding="utf-8").splitlines()
    poison = json.loads(lines[0])
    poison.update(id="poison", text=poison["text"] + " Отравленная копия.")
    path.write_text("\n".join(lines[:3] + [json.dumps(poison, ensure_ascii=False)] + lines[3:]) + "\n",
                    encoding="utf-8")
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.register_plugin(_poison_plugin())
        stats = ingest_dask(client, pg_url, [str(path)], partition=7)
    assert stats.stored == 6 and stats.duplicates == 0
    assert len(stats.failed) == 1 and "poison" in stats.failed[0] and "failed on the cluster" in stats.failed[0]
    assert _counts(pg_url) == (6, 6)


def test_sqlite_is_refused_for_a_scheduler_on_another_machine(tmp_path):
    from typer.testing import CliRunner

    from accords.cli import app

    res = CliRunner().invoke(app, ["ingest", _docs(tmp_path, 2), "--db", str(tmp_path / "a.db"), "-q",
                                   "--dask", "tcp://10.1.2.3:8786"])
    assert res.exit_code == 2 and "cannot write the SQLite file" in res.output


def test_workers_with_dasks_slow_defaults_are_named_and_the_documented_settings_pass(monkeypatch):
    """Dask's profiler (and its malloc trim) cost extraction about half again its time: the
    CLI warns about such workers, and none under WORKER_CONFIG."""
    import dask
    from distributed import Client, LocalCluster

    from accords.pipeline.distributed import WORKER_CONFIG, slow_worker_settings

    # a nanny of an earlier cluster leaves the variable in this process, where these
    # in-process workers would read it
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)

    with dask.config.set({"distributed.worker.profile.enabled": True}), \
            LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        warning = slow_worker_settings(client)
    assert warning and "profiler on in 1 of 1 Dask workers" in warning
    with dask.config.set(WORKER_CONFIG), \
            LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        assert slow_worker_settings(client) is None
    # the file a team copies to its worker machines says the same to `dask worker`
    import yaml
    from accords.pipeline.distributed import WORKER_YAML
    merged = dask.config.merge(dask.config.config, yaml.safe_load(WORKER_YAML.read_text(encoding="utf-8")))
    assert dask.config.get("distributed.worker.profile.enabled", config=merged) is False
    environ = dask.config.get("distributed.nanny.pre-spawn-environ", config=merged)
    assert environ["MALLOC_TRIM_THRESHOLD_"] is None and environ["OPENBLAS_NUM_THREADS"] == 1
