"""``accords watch``: poll feeds into the store, one log line per poll, until Ctrl-C."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from .app import _fail as _print_error
from .app import app, checked_lang, err
from .commands_store import DbOpt, _open

out = Console()
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.I)
_UNIT = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}
MIN_EVERY, MAX_EVERY = 10.0, 7 * 86400.0


def parse_every(value: str) -> float:
    """``15m``, ``1h``, ``90s``, ``900`` (seconds) to seconds; ValueError with the reason."""
    m = _EVERY.match(value)
    if not m:
        raise ValueError(f"--every {value!r}: not a duration (e.g. 90s, 15m, 1h, 1d)")
    seconds = float(m.group(1)) * _UNIT[(m.group(2) or "s").lower()]
    if not MIN_EVERY <= seconds <= MAX_EVERY:
        raise ValueError(f"--every {value!r}: must be between 10s and 7d")
    return seconds


@app.command()
def watch(
    feeds: list[str] = typer.Argument(..., help="RSS, Atom or JSON Feed URLs"),
    every: str = typer.Option("15m", "--every", help="time between two polls of a feed (90s, 15m, 1h)"),
    db: Optional[str] = DbOpt,
    once: bool = typer.Option(False, "--once", help="poll every feed once and exit (for cron; "
                                                    "exit 1 when a feed or an item failed)"),
    lang: Optional[str] = typer.Option(None, help="force the language (ru, en, kk); detected otherwise"),
    delay: float = typer.Option(0.5, min=0.0, max=3600.0, help="seconds between two requests to one web host"),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="let feeds and their links reach loopback and private addresses"),
) -> None:
    """Poll feeds and store their new items; known items are never stored twice."""
    from ..ingest.guard import SCHEMES
    from ..ingest.web import is_url
    from ..pipeline.watch import WatchFetcher, watch as run

    lang = checked_lang(lang)
    try:
        seconds = parse_every(every)
    except ValueError as e:
        _print_error(str(e))
        raise typer.Exit(2) from None
    for url in feeds:
        if not is_url(url) or url.split("://", 1)[0].lower() not in SCHEMES:
            _print_error(f"{url}: not an http(s) feed URL")
            raise typer.Exit(2)
    store = _open(db, create=True)

    troubled = []

    def log(poll) -> None:
        if poll.error or poll.failed:
            troubled.append(poll)
        out.print(escape(poll.line(datetime.now())), highlight=False, soft_wrap=True)

    try:
        with WatchFetcher(delay=delay, allow_private=allow_private) as fetcher:
            run(store, feeds, fetcher, seconds, once=once, lang=lang, on_poll=log)
    except KeyboardInterrupt:
        err.print("stopped: what the polls stored is kept; run again to go on", highlight=False)
        raise typer.Exit(130) from None
    if troubled:   # --once: cron sees that a feed or an item failed
        raise typer.Exit(1)
