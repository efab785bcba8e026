"""The ``accords`` command line (Typer + Rich): one module of commands per area."""
from .app import app
from . import (commands_extract, commands_review, commands_store, commands_query,  # noqa: E402,F401
               commands_track, commands_watch, commands_web)  # (register their commands)


def main() -> None:  # pragma: no cover
    app()


__all__ = ["app", "main"]
