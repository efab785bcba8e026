"""Store commands of the ``accords`` CLI: ingest, db upgrade/info, reextract (search and export:
:mod:`.commands_query`)."""
from __future__ import annotations

import time
from collections import Counter
from datetime import date
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn,
                           TimeElapsedColumn)
from rich.table import Table
from rich.text import Text

from .app import _fail as _print_error
from .app import app, checked_lang

db_app = typer.Typer(no_args_is_help=True, help="Create or update the database schema.")
app.add_typer(db_app, name="db")

out = Console()
err = Console(stderr=True)

DB_HELP = ("database: a SQLAlchemy URL (postgresql+psycopg://user@host/db) or a SQLite file; "
           "default $ACCORDS_DB, else accords.db")
DbOpt = typer.Option(None, "--db", help=DB_HELP, show_default=False)


def _fail(msg: str, code: int = 2):
    _print_error(msg)
    raise typer.Exit(code)


def _open(db: str | None, create: bool = False):
    from ..store import StoreError, open_store

    try:
        return open_store(db, create=create)
    except StoreError as e:
        _fail(str(e))
    except Exception as e:  # driver missing, server down, bad URL
        _fail(f"cannot open the database ({type(e).__name__}: {e})")


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"{name}: not a date (YYYY-MM-DD): {value}")


def _sectors(sector: list[str] | None) -> list[str]:
    from ..record import SECTOR_IDS

    for s in sector or []:
        if s not in SECTOR_IDS:
            _fail(f"unknown sector {s!r}; one of: {', '.join(SECTOR_IDS)}")
    return list(sector or [])


def _countries(country: list[str] | None) -> list[str]:
    """``--country`` values checked against the gazetteer's ISO alpha-3 codes."""
    from ..codes import check_state

    try:
        return [check_state(c) for c in country or []]
    except ValueError as e:
        _fail(str(e))


def _filters(country, sector, since, until) -> list:
    from ..store.search import document_filters

    return document_filters(_countries(country), _sectors(sector),
                            _date(since, "--since"), _date(until, "--until"))


class _RateColumn(ProgressColumn):
    """Documents per second over the whole run (Rich's own speed column is for bytes)."""

    def render(self, task) -> Text:
        elapsed = task.elapsed or 0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:5.1f} docs/s", style="progress.data.speed")


# -- ingest -------------------------------------------------------------------------------
@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="files, directories, .jsonl, - for stdin, "
                                                 "page URLs and RSS/Atom feed URLs"),
    db: Optional[str] = DbOpt,
    lang: Optional[str] = typer.Option(None, help="force the language (ru, en, kk); detected otherwise"),
    batch_size: int = typer.Option(50, min=1, max=10_000, help="documents per transaction"),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64,
                                help="processes extracting in parallel (one writer; each loads the models once)"),
    delay: float = typer.Option(0.5, min=0.0, max=3600.0, help="seconds between two requests to one web host"),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="let URLs reach loopback and private addresses"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
    dask: Optional[str] = typer.Option(None, "--dask", envvar="ACCORDS_DASK",
                                       help="a Dask scheduler (tcp://host:8786): its workers extract and write"),
) -> None:
    """Extract documents into the database; documents already stored are skipped."""
    from ..pipeline.parallel import prestart

    if not dask:
        prestart(workers)   # the workers' code loads while this process starts up
    from ..ingest.web import Fetcher
    from ..store import display_url
    from ..pipeline.ingest import ingest as run
    from ..store.track_run import last_document_id, track_quietly

    lang = checked_lang(lang)
    store = _open(db, create=True)
    before = last_document_id(store)
    progress = Progress(SpinnerColumn(), TextColumn("[bold]ingest[/]"), BarColumn(),
                        TextColumn("{task.completed} docs"), _RateColumn(),
                        TextColumn("{task.fields[detail]}"), TimeElapsedColumn(),
                        console=err, disable=quiet, transient=False)
    task = progress.add_task("ingest", total=None, detail="")

    shown = [0.0]

    def tick(stats, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - shown[0] < 0.1:   # a few updates a second, not one per document
            return
        shown[0] = now
        progress.update(task, completed=stats.seen,
                        detail=f"stored {stats.stored} · dup {stats.duplicates + stats.skipped}"
                               f" · failed {len(stats.failed)}")

    started = time.monotonic()
    interrupted = False
    with Fetcher(delay=delay, allow_private=allow_private) as fetcher, progress:
        try:
            if dask:
                stats = _on_dask(dask, str(store.engine.url.render_as_string(hide_password=False)),
                                 inputs, lang, tick)
            else:
                stats = run(store, inputs, lang=lang, batch_size=batch_size, fetcher=fetcher,
                            workers=workers, on_progress=tick, prepare=_tracking_lookups(workers > 1))
            tick(stats, final=True)
        except KeyboardInterrupt:
            interrupted = True
            stats = None
    if interrupted:
        err.print("[yellow]interrupted[/]: documents extracted so far are stored; run again to continue")
        raise typer.Exit(130)
    secs = time.monotonic() - started
    for w in stats.warnings:
        err.print(f"[yellow]warning[/]: {escape(w)}", highlight=False, soft_wrap=True)
    _summary(stats, secs, display_url(str(store.engine.url)))
    if stats.stored:
        track_quietly(store, before, err.print)   # links across documents, incrementally
    if stats.failed:
        raise typer.Exit(1)


def _tracking_lookups(parallel: bool):
    """With workers (a pool's or a cluster's), this process loads tracking's lookups while
    they extract (one process extracting alone has them loaded with its models already)."""
    if not parallel:
        return None
    from ..track.text import load_lookups

    return load_lookups


def _on_dask(address: str, db: str, inputs, lang, tick):
    """Ingest on a Dask cluster; the database must be one every worker reaches."""
    from distributed import Client

    from ..pipeline.distributed import ingest_dask, slow_worker_settings

    if db.startswith("sqlite") and not _local_address(address):
        _fail(f"{address}: workers on other machines cannot write the SQLite file {db}; "
              "give --db a PostgreSQL URL every worker reaches")
    try:
        client = Client(address, timeout=10)
    except (OSError, TimeoutError) as e:
        _fail(f"{address}: cannot reach the Dask scheduler ({e})")
    with client:
        slow = slow_worker_settings(client)
        if slow:
            err.print(f"[yellow]warning[/]: {slow}", highlight=False, soft_wrap=True)
        return ingest_dask(client, db, inputs, lang=lang, on_progress=tick,
                           prepare=_tracking_lookups(True))


def _local_address(address: str) -> bool:
    """A scheduler on this machine (its workers can share a SQLite file here)."""
    host = address.split("://", 1)[-1].rsplit(":", 1)[0].strip("[]")
    return host in ("127.0.0.1", "localhost", "::1") or address.startswith("inproc://")


def _summary(stats, secs: float, where: str) -> None:
    dup = stats.duplicates + stats.skipped
    rate = stats.seen / secs if secs > 0 else 0.0
    if stats.stored == 0 and not stats.failed and dup:
        out.print(f"nothing new: all {dup} documents are already stored in {where}",
                  highlight=False, soft_wrap=True)
        return
    line = (f"stored {stats.stored}, skipped {dup} as duplicate"
            f"{'s' if dup != 1 else ''}, failed {len(stats.failed)}")
    if stats.near_duplicates:
        line += f" ({stats.near_duplicates} stored as copies of stories already there)"
    out.print(f"{line} — {stats.seen} inputs in {secs:.1f} s ({rate:.1f} docs/s) into {where}",
              highlight=False, soft_wrap=True)
    if stats.failed:
        reasons = Counter(f.rsplit(": ", 1)[-1] for f in stats.failed)
        err.print("[red]failed[/]:")
        for f in stats.failed[:20]:
            err.print(f"  {escape(f)}", highlight=False, soft_wrap=True)
        if len(stats.failed) > 20:
            err.print(f"  … and {len(stats.failed) - 20} more; by reason:")
            for reason, n in reasons.most_common(10):
                err.print(f"  {n:6d}  {escape(reason)}", highlight=False)


# -- db -----------------------------------------------------------------------------------
@db_app.command("upgrade")
def db_upgrade(db: Optional[str] = DbOpt) -> None:
    """Create the database schema or bring it to the latest version."""
    from ..store import display_url, make_engine, resolve_url
    from ..store.db import upgrade

    url = resolve_url(db)
    try:
        before, after = upgrade(make_engine(url))
    except Exception as e:
        _fail(f"upgrade failed ({type(e).__name__}: {e})")
    where = display_url(url)
    if before == after:
        out.print(f"{where} is up to date (schema {after})", highlight=False)
    else:
        out.print(f"{where}: schema {before or 'none'} -> {after}", highlight=False)


@db_app.command("info")
def db_info(db: Optional[str] = DbOpt) -> None:
    """Schema version and row counts of every table."""
    from sqlalchemy import func, select

    from ..version import EXTRACTOR_VERSION
    from ..store import display_url
    from ..store.db import current_revision
    from ..store.models import Base, Document

    store = _open(db)
    t = Table(title=f"{display_url(str(store.engine.url))} (schema {current_revision(store.engine)})")
    t.add_column("table")
    t.add_column("rows", justify="right")
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            t.add_row(table.name, str(conn.execute(select(func.count()).select_from(table)).scalar_one()))
        stories = conn.execute(select(func.count(func.distinct(Document.story_id)))).scalar_one()
        versions = conn.execute(select(Document.extractor_version, func.count())
                                .group_by(Document.extractor_version)).all()
    t.add_row("stories", str(stories))
    out.print(t)
    for v, n in versions:
        note = "" if v == EXTRACTOR_VERSION else "  (older: `accords reextract`)"
        out.print(f"extractor {v}: {n} documents{note}", highlight=False)


# -- reextract ----------------------------------------------------------------------------
@app.command()
def reextract(
    db: Optional[str] = DbOpt,
    everything: bool = typer.Option(False, "--all", help="re-extract every document, not only older ones"),
    batch_size: int = typer.Option(20, min=1, max=10_000, help="documents per transaction"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
) -> None:
    """Re-extract stored documents whose records come from an older extractor version."""
    from ..version import EXTRACTOR_VERSION
    from ..pipeline.reextract import outdated, reextract as run

    store = _open(db)
    n = len(outdated(store, everything))
    if n == 0:
        out.print(f"nothing to do: every document is extracted by {EXTRACTOR_VERSION}")
        return
    progress = Progress(SpinnerColumn(), TextColumn("[bold]reextract[/]"), BarColumn(),
                        TextColumn("{task.completed}/{task.total}"), _RateColumn(),
                        TimeElapsedColumn(), console=err, disable=quiet)
    task = progress.add_task("reextract", total=n)
    started = time.monotonic()
    with progress:
        stats = run(store, everything=everything, batch_size=batch_size,
                    on_progress=lambda s: progress.update(task, completed=s.updated + len(s.failed)))
    out.print(f"re-extracted {stats.updated} of {stats.total} documents with extractor "
              f"{EXTRACTOR_VERSION} in {time.monotonic() - started:.1f} s, failed {len(stats.failed)}",
              highlight=False)
    for f in stats.failed:
        err.print(f"[red]failed[/]: {escape(f)}", highlight=False, soft_wrap=True)
    if stats.updated:
        from ..store.track_run import track_quietly
        track_quietly(store, None, err.print)   # re-attach tracked commitments to the new rows
    if stats.failed:
        raise typer.Exit(1)
