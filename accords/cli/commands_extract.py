"""Commands that need no database: extract, schema, eval."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .app import _fail, _warn, app, checked_lang

DEFAULT_CORPUS = "../shared/corpus/dev.jsonl"
DEFAULT_GOLD = "../shared/corpus/dev-gold.jsonl"


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="files (text, HTML, PDF, DOCX, ODT, JSONL, feeds), "
                                                 "folders, - for stdin, page and feed URLs"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="write JSON Lines here instead of stdout"),
    lang: Optional[str] = typer.Option(None, help="force the language (ru, en, kk); detected otherwise"),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="let URLs reach loopback and private addresses"),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64,
                                help="processes extracting in parallel (output order stays the input order)"),
) -> None:
    """Extract one record per document and print them as JSON Lines."""
    from ..pipeline.parallel import prestart

    prestart(workers)   # the workers' code loads while this process starts up
    from ..ingest.web import Fetcher
    from ..pipeline import extract_documents

    lang = checked_lang(lang)
    tmp = None
    if out:
        tmp = out.with_name(out.name + ".part")
        sink = tmp.open("w", encoding="utf-8")
    else:
        sink = sys.stdout
    failed = 0
    try:
        with Fetcher(allow_private=allow_private) as fetcher:
            for item in extract_documents(inputs, lang=lang, workers=workers, fetcher=fetcher):
                if item.error:
                    failed += 1
                    _fail(item.error)
                    continue
                for w in item.warnings:
                    _warn(w)
                if item.record is not None:
                    sink.write(item.record.to_json() + "\n")
    finally:
        if tmp:
            sink.close()
            tmp.replace(out)   # the output appears whole or not at all
    if failed:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the record's JSON Schema."""
    from ..record import Record
    print(json.dumps(Record.model_json_schema(by_alias=True), ensure_ascii=False, indent=2))


@app.command("eval")
def eval_(
    corpus: Path = typer.Argument(Path(DEFAULT_CORPUS), help="documents (JSONL)"),
    gold: Path = typer.Argument(Path(DEFAULT_GOLD), help="gold annotations (JSONL)"),
    as_json: bool = typer.Option(False, "--json", help="print scores as JSON"),
    errors: bool = typer.Option(False, "--errors", help="list what was missed and wrong per document"),
    by_lang: bool = typer.Option(False, "--by-lang", help="score each language apart too"),
    against: Optional[Path] = typer.Option(
        None, "--against", help="score this second annotation (gold format) instead of Accords' "
        "output: how far two annotators agree"),
) -> None:
    """Score extraction against gold: per-type P/R/F1, attribute accuracies, headline."""
    from ..evaluate import BadInput, evaluate_files, render_errors, render_scores

    for p in (corpus, gold) + ((against,) if against is not None else ()):
        if not p.exists():
            _fail(f"{p}: no such file")
            raise typer.Exit(2)
    try:
        result = evaluate_files(corpus, gold, against)
    except BadInput as e:
        _fail(str(e))
        raise typer.Exit(2)
    if as_json:
        out = {"all": result["all"].to_dict()}
        if by_lang:
            out.update({lang: s.to_dict() for lang, s in result["by_lang"].items()})
        if errors:
            out["errors"] = result["errors"]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    console = Console()
    if errors:
        render_errors(console, result["all"], result["texts"])
    render_scores(console, "all", result["all"])
    if by_lang:
        for lang, s in sorted(result["by_lang"].items()):
            render_scores(console, lang, s)
