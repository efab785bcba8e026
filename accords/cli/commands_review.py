"""``accords commitments review``: editors accept or reject suggested links, or set a status.

Interactive by default (Rich prompts, one pending link at a time); ``--accept``,
``--reject`` and ``--set`` do the same without prompts, for scripts. Every decision goes to
the audit trail with the editor's name (``--who``, default the login name).
"""
from __future__ import annotations

import getpass
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.prompt import Prompt

from .commands_store import DbOpt, _fail, _open
from .commands_track import commitments_app

out = Console()


def _default_who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "editor"


@commitments_app.command("review")
def review(
    db: Optional[str] = DbOpt,
    accept: Optional[int] = typer.Option(None, "--accept", help="accept this link id"),
    reject: Optional[int] = typer.Option(None, "--reject", help="reject this link id"),
    set_: Optional[tuple[int, str]] = typer.Option(None, "--set", help="COMMITMENT_ID STATUS"),
    note: Optional[str] = typer.Option(None, "--note", help="why (goes to the audit trail)"),
    who: Optional[str] = typer.Option(None, "--who", help="editor's name (default: login name)"),
    country: Optional[str] = typer.Option(None, "--country", "-c", help="review only this country's"),
    show: Optional[int] = typer.Option(None, "--show", help="print one commitment with links and audit"),
) -> None:
    """Accept or reject suggested follow-up links; set a commitment's status."""
    from ..store.track_edit import NotFound, decide_link, set_commitment_status
    from ..track.commitments import StatusError

    store = _open(db)
    who = who or _default_who()
    try:
        if show is not None:
            return _show(store, show)
        if accept is not None or reject is not None:
            entry = decide_link(store, accept if accept is not None else reject,
                                accept is not None, who, note)
            return _done(entry)
        if set_ is not None:
            return _done(set_commitment_status(store, set_[0], set_[1], who, note))
    except (NotFound, StatusError) as e:
        _fail(str(e))
    _interactive(store, who, country)


def _done(entry: dict) -> None:
    out.print(f"commitment {entry['track_id']}: {entry['action']} by {entry['who']}: "
              f"{entry['from_status']} -> {entry['to_status']}", highlight=False)


def _show(store, commitment_id: int) -> None:
    import json

    from ..store.track_read import commitment_detail

    out.print_json(json.dumps(commitment_detail(store, commitment_id), ensure_ascii=False, default=str))


def _pending(store, country: str | None):
    from ..store.track_read import commitment_detail, list_commitments

    offset = 0
    while True:
        page = list_commitments(store, country=country, limit=100, offset=offset)
        if not page:
            return
        for c in page:
            if c["n_links"]:
                detail = commitment_detail(store, c["id"])
                for link in detail["links"]:
                    if not link["decision"]:
                        yield detail, link
        offset += 100


def _interactive(store, who: str, country: str | None) -> None:
    from ..store.track_edit import decide_link

    n = 0
    for c, link in _pending(store, country.upper() if country else None):
        n += 1
        out.rule(f"commitment {c['id']} ({c['actor']}, {c['published']}) — status {c['status']}")
        out.print(escape(c["text"]), highlight=False)
        out.print(f"\n[bold]link {link['id']}[/] {link['published']} — suggests "
                  f"[bold]{link['suggested_status']}[/] (score {link['score']:.2f})")
        out.print(escape(link["text"]), highlight=False)
        out.print(f"[dim]{escape(link['reasons'] or '')}[/]")
        try:
            choice = Prompt.ask(r"\[a]ccept, \[r]eject, \[s]kip, \[q]uit", choices=["a", "r", "s", "q"],
                                default="s")
        except EOFError:   # input closed: stop as if quit
            break
        if choice == "q":
            break
        if choice in "ar":
            note = Prompt.ask("note", default="") or None
            _done(decide_link(store, link["id"], choice == "a", who, note))
    if n == 0:
        out.print("no suggested links wait for a decision")
