"""Web commands of the ``accords`` CLI: ``serve`` (API + dashboard) and ``token``.

Registered on the Typer app when the ``accords.cli`` package imports this module.
"""
from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .app import app
from .commands_store import DbOpt, _fail, _open

token_app = typer.Typer(no_args_is_help=True, help="Make, list and revoke API tokens.")
app.add_typer(token_app, name="token")
out = Console()


@app.command()
def serve(
    db: Optional[str] = DbOpt,
    host: str = typer.Option("127.0.0.1", help="address to listen on (0.0.0.0: every interface)"),
    port: int = typer.Option(8000, min=1, max=65535, help="port to listen on"),
) -> None:
    """Serve the REST API (/api/, docs at /api/docs) and the dashboard."""
    import uvicorn

    from ..api.app import create_app

    store = _open(db)
    out.print(f"Accords dashboard: [bold]http://{escape(host)}:{port}/[/]  "
              f"API docs: http://{escape(host)}:{port}/api/docs  (Ctrl-C stops)", highlight=False)
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")


@token_app.command("create")
def token_create(
    role: str = typer.Option(..., help="editor (commitment status, link review) or admin (also ingest)"),
    name: Optional[str] = typer.Option(None, help="who holds it (shown in the audit trail)"),
    db: Optional[str] = DbOpt,
) -> None:
    """Make a token and print it once: only its hash is stored."""
    from ..api.auth import create_token
    from ..store.auth_models import ROLES

    if role not in ROLES:
        _fail(f"--role {role!r}: one of {', '.join(ROLES)}")
    token = create_token(_open(db), role, name)
    typer.echo(token)
    Console(stderr=True).print(f"{role} token for {escape(name or 'unnamed')}: shown once, keep it "
                               "safe (send it as `Authorization: Bearer TOKEN`)", highlight=False)


@token_app.command("list")
def token_list(db: Optional[str] = DbOpt) -> None:
    """Tokens by id, role, holder and dates (never the tokens themselves)."""
    from sqlalchemy import select

    from ..store.auth_models import ApiToken

    store = _open(db)
    table = Table("id", "role", "name", "created", "revoked")
    with store.engine.connect() as conn:
        for t in conn.execute(select(*ApiToken.__table__.c).order_by(ApiToken.id)):
            table.add_row(str(t.id), t.role, escape(t.name or ""), str(t.created_at),
                          str(t.revoked_at or ""))
    out.print(table)


@token_app.command("revoke")
def token_revoke(token_id: int = typer.Argument(..., help="the id `accords token list` shows"),
                 db: Optional[str] = DbOpt) -> None:
    """Revoke a token: it stops working at once."""
    from sqlalchemy import func, update

    from ..store.auth_models import ApiToken

    store = _open(db)
    with store.engine.begin() as conn:
        n = conn.execute(update(ApiToken).where(ApiToken.id == token_id, ApiToken.revoked_at.is_(None))
                         .values(revoked_at=func.current_timestamp())).rowcount
    if not n:
        _fail(f"token {token_id}: no such active token")
    out.print(f"token {token_id} revoked")
