"""Tracking commands of the ``accords`` CLI: track, pair, commitments (and review), persons,
person, events. Registered on the main Typer app when ``accords.cli`` imports this module."""
from __future__ import annotations

import json
import sys
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .app import app
from .commands_store import DbOpt, _fail, _open
from .track_view import commitments_table, render_pair, render_person

out = Console()
err = Console(stderr=True)

commitments_app = typer.Typer(help="Commitments followed across documents, with their status.",
                              invoke_without_command=True)
app.add_typer(commitments_app, name="commitments")


def _json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def _code(value: str, name: str) -> str:
    v = value.strip().upper()
    if len(v) != 3 or not v.isalpha():
        _fail(f"{name}: not an ISO alpha-3 country code: {value}")
    return v


@app.command()
def track(db: Optional[str] = DbOpt) -> None:
    """Compute or update the links across documents (persons, events, commitment follow-up)."""
    from ..store.track_run import run_track

    stats = run_track(_open(db))
    ents = ", ".join(f"{n} {k}s" for k, n in sorted(stats.entities.items()))
    out.print(f"entities: {ents}; events: {stats.events}; commitments: {stats.tracks.get('new', 0)} new, "
              f"{stats.tracks.get('reattached', 0)} re-attached, {stats.tracks.get('orphaned', 0)} orphaned; "
              f"followed up {stats.followed}, {stats.links} suggested links", highlight=False)


@commitments_app.callback()
def commitments(
    ctx: typer.Context,
    db: Optional[str] = DbOpt,
    country: Optional[str] = typer.Option(None, "--country", "-c", help="ISO alpha-3: its own and joint commitments"),
    status: Optional[str] = typer.Option(None, help="open | in_progress | fulfilled | contradicted | dropped | overdue"),
    sector: Optional[str] = typer.Option(None, "--sector", "-s", help="sector id"),
    limit: int = typer.Option(50, min=1),
    offset: int = typer.Option(0, min=0),
    as_json: bool = typer.Option(False, "--json", help="JSON instead of a table"),
) -> None:
    """List tracked commitments with their status (overdue: deadline passed, not fulfilled)."""
    if ctx.invoked_subcommand:
        return
    from ..store.track_read import list_commitments
    from ..track.commitments import StatusError

    store = _open(db)
    try:
        items = list_commitments(store, country=_code(country, "--country") if country else None,
                                 status=status, sector=sector, limit=limit, offset=offset)
    except StatusError as e:
        _fail(str(e))
    if as_json:
        _json(items)
        return
    if not items:
        err.print("no commitments match (run `accords track` after ingesting?)")
        raise typer.Exit(1)
    out.print(commitments_table(items))


@app.command()
def pair(
    a: str = typer.Argument(..., help="ISO alpha-3"), b: str = typer.Argument(..., help="ISO alpha-3"),
    db: Optional[str] = DbOpt,
    as_json: bool = typer.Option(False, "--json", help="JSON instead of tables"),
) -> None:
    """A country pair's picture: events over time, figures as series, commitments with status."""
    from ..store.track_read import pair_summary

    summary = pair_summary(_open(db), _code(a, "A"), _code(b, "B"))
    if as_json:
        _json(summary)
        return
    render_pair(out, summary)


@app.command()
def persons(
    q: Optional[str] = typer.Argument(None, help="any spelling, Cyrillic or Latin"),
    db: Optional[str] = DbOpt,
    country: Optional[str] = typer.Option(None, "--country", "-c"),
    limit: int = typer.Option(50, min=1),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Persons resolved across documents and scripts, most documents first."""
    from ..store.track_people import list_persons

    items = list_persons(_open(db), q=q, country=country, limit=limit)
    if as_json:
        _json(items)
        return
    t = Table()
    for col in ("id", "name", "latin", "country", "documents"):
        t.add_column(col)
    for p in items:
        t.add_row(str(p["id"]), escape(p["name"]), escape(p["latin"] or ""), p["country"] or "",
                  str(p["n_documents"]))
    out.print(t)


@app.command()
def person(
    name: str = typer.Argument(..., help="a person id or any spelling of the name"),
    db: Optional[str] = DbOpt,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """A person's timeline: roles with their dates, and every document they appear in."""
    from ..store.track_people import list_persons, person_timeline

    store = _open(db)
    if name.isdigit():
        pid = int(name)
    else:
        found = list_persons(store, q=name, limit=5)
        if not found:
            _fail(f"{name}: no such person (try `accords persons`)")
        pid = found[0]["id"]
    try:
        tl = person_timeline(store, pid)
    except LookupError as e:
        _fail(str(e))
    if as_json:
        _json(tl)
        return
    render_person(out, tl)



