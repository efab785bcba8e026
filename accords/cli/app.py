"""The ``accords`` Typer app and the one-line messages every command prints."""
from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Accords: evidence-linked records of relations between states.")
err = Console(stderr=True)


def _warn(msg: str) -> None:
    """One line on stderr; the message (file names, document text) is never read as markup."""
    err.print(f"[yellow]warning[/]: {escape(msg)}", highlight=False, soft_wrap=True)


def _fail(msg: str) -> None:
    err.print(f"[red]error[/]: {escape(msg)}", highlight=False, soft_wrap=True)


def checked_lang(value: str | None) -> str | None:
    """``--lang`` checked: a language Accords can force, else one error line and exit 2."""
    from ..codes import check_forced_lang

    try:
        return check_forced_lang(value)
    except ValueError as e:
        _fail(str(e))
        raise typer.Exit(2) from None
