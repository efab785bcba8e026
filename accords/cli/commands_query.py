"""Reading the store from the command line: full-text search over the documents, and export of
records, tables and events."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table
from rich.text import Text

from .app import app
from .commands_store import DbOpt, _countries, _date, _fail, _filters, _open, _sectors, err, out


# -- search -------------------------------------------------------------------------------
@app.command()
def search(
    query: str = typer.Argument(..., help='words (any inflection), "a phrase", OR, -exclude, prefix*'),
    db: Optional[str] = DbOpt,
    country: Optional[list[str]] = typer.Option(None, "--country", "-c", help="ISO alpha-3; repeat for several (all must be parties)"),
    sector: Optional[list[str]] = typer.Option(None, "--sector", "-s", help="sector id; repeat for several"),
    since: Optional[str] = typer.Option(None, help="published on or after (YYYY-MM-DD)"),
    until: Optional[str] = typer.Option(None, help="published on or before (YYYY-MM-DD)"),
    limit: int = typer.Option(20, min=1, max=100_000, help="at most this many results"),
    stories: bool = typer.Option(False, "--stories", help="one document per story (hide copies)"),
    as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of a table"),
) -> None:
    """Full-text search over stored documents."""
    from ..store.search import QueryError, search as run

    given = dict(countries=_countries(country), sectors=_sectors(sector),
                 since=_date(since, "--since"), until=_date(until, "--until"))
    store = _open(db)
    try:
        hits = run(store, query, limit=limit, stories=stories, **given)
    except QueryError as e:
        _fail(str(e))
    except Exception as e:  # a malformed FTS expression reaching the engine
        _fail(f"search failed ({type(e).__name__}: {e})")
    if not hits:
        err.print("no documents match")
        raise typer.Exit(1)   # like grep: scripts can test for a match
    if as_json:
        for h in hits:
            sys.stdout.write(json.dumps(h.to_dict(), ensure_ascii=False) + "\n")
        return
    t = Table(show_lines=True)
    for col, kw in (("id", {"justify": "right"}), ("date", {}), ("countries", {}),
                    ("story", {"justify": "right"}), ("document", {"ratio": 1})):
        t.add_column(col, **kw)
    for h in hits:
        body = Text()
        if h.title:
            body.append(h.title + "\n", style="bold")
        at = len(body)
        body.append(h.snippet)
        if h.snippet_match:
            body.stylize("bold reverse", at + h.snippet_match[0], at + h.snippet_match[1])
        body.append("\n" + (h.url or h.source or ""), style="dim")
        story = f"{h.story_id}" + (f" ×{h.copies}" if h.copies > 1 else "")
        t.add_row(str(h.document_id), h.published or "", " ".join(h.countries), story, body)
    out.print(t)


# -- export -------------------------------------------------------------------------------
@app.command()
def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (records) | csv | parquet | plover"),
    out_path: Optional[Path] = typer.Option(None, "--out", "-o", help="write here instead of stdout (required for parquet)"),
    table: str = typer.Option("documents", "--table", "-t", help="table or view for csv/parquet"),
    db: Optional[str] = DbOpt,
    country: Optional[list[str]] = typer.Option(None, "--country", "-c", help="only documents with these parties"),
    sector: Optional[list[str]] = typer.Option(None, "--sector", "-s", help="only documents about these sectors"),
    since: Optional[str] = typer.Option(None, help="published on or after (YYYY-MM-DD)"),
    until: Optional[str] = typer.Option(None, help="published on or before (YYYY-MM-DD)"),
    no_text: bool = typer.Option(False, "--no-text", help="plover: leave out the document text"),
) -> None:
    """Export records (jsonl), a table or view (csv, parquet) or events (plover)."""
    from ..store import export as ex

    fmt = fmt.lower()
    if fmt not in ("jsonl", "csv", "parquet", "plover"):
        _fail(f"unknown format {fmt!r}; one of jsonl, csv, parquet, plover")
    if fmt == "parquet" and out_path is None:
        _fail("parquet is binary: give --out FILE")
    if fmt in ("csv", "parquet") and table not in ex.TABLES:
        _fail(f"unknown table {table!r}; one of: {', '.join(ex.TABLES)}")
    store = _open(db)
    filters = _filters(country, sector, since, until)
    tmp = out_path.with_name(out_path.name + ".part") if out_path else None
    try:
        if fmt == "parquet":
            n = ex.export_parquet(store, table, str(tmp), filters)
        else:
            sink = tmp.open("w", encoding="utf-8", newline="") if tmp else sys.stdout
            try:
                if fmt == "jsonl":
                    n = ex.export_jsonl(store, sink, filters)
                elif fmt == "csv":
                    n = ex.export_csv(store, table, sink, filters)
                else:
                    n = ex.export_plover(store, sink, filters, with_text=not no_text)
            finally:
                if tmp:
                    sink.close()
        if tmp:
            tmp.replace(out_path)  # the file appears whole or not at all
    except ex.ExportError as e:
        _fail(str(e))
    finally:
        if tmp and tmp.exists():
            tmp.unlink()
    what = {"jsonl": "records", "plover": "events"}.get(fmt, f"rows of {table}")
    err.print(f"exported {n} {what}" + (f" to {out_path}" if out_path else ""), highlight=False)
