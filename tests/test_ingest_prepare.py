"""What runs after an ingest is loaded during it: ``prepare`` starts once, on the first
extracted document, and is done before ``ingest`` returns; tracking's lookups load alone."""
import subprocess
import sys
import threading

from accords.pipeline.ingest import ingest
from accords.pipeline.prepare import Prepare
from accords.store import open_store

RELEASE = ("Президент Казахстана провел переговоры с Президентом Узбекистана. Стороны "
           "договорились довести товарооборот до 10 млрд долларов к 2030 году.")


def _recorder():
    calls, lock = [], threading.Lock()

    def prepare():
        with lock:
            calls.append(threading.current_thread().name)
    return calls, prepare


def test_prepare_runs_once_in_a_thread_before_ingest_returns(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(RELEASE + f" Встреча {i}.", encoding="utf-8")
    store = open_store(str(tmp_path / "s.db"), create=True)
    calls, prepare = _recorder()
    stats = ingest(store, [str(tmp_path / f"{i}.txt") for i in range(3)], prepare=prepare)
    assert stats.stored == 3
    assert calls == ["accords-prepare"]


def test_prepare_does_not_run_when_nothing_is_new(tmp_path):
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    store = open_store(str(tmp_path / "s.db"), create=True)
    ingest(store, [str(tmp_path / "a.txt")])
    calls, prepare = _recorder()
    stats = ingest(store, [str(tmp_path / "a.txt")], prepare=prepare)
    assert stats.stored == 0 and stats.duplicates == 1
    assert calls == []


def test_a_failing_prepare_leaves_the_ingest_alone():
    def boom():
        raise RuntimeError("no vectors")
    p = Prepare(boom)
    p.start()
    p.start()          # once only
    p.join()
    Prepare(None).start()    # nothing to run: no thread


def test_tracking_lookups_load_without_natasha():
    code = ("import sys; from accords.track import text as t; t.load_lookups(); "
            "print(t._navec.cache_info().currsize, t._state_words.cache_info().currsize, "
            "t._glossary.cache_info().currsize, 'natasha' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "1", "1", "False"]
