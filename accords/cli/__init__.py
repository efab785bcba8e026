"""The ``accords`` command line (Typer + Rich): one module of commands per area."""
from .app import app
from . import (commands_extract, commands_store, commands_watch,  # noqa: E402,F401
               commands_web)  # (register their commands)


def main() -> None:  # pragma: no cover
    app()


__all__ = ["app", "main"]
