"""Where the store lives and how it is brought up to date.

``accords.db`` (SQLite) in the working directory by default; ``--db`` or ``ACCORDS_DB``
take any SQLAlchemy URL (``postgresql+psycopg://user@host/db``) or a plain file path.
Migrations ship inside the package and run through Alembic's API, so no ``alembic.ini``
is needed.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url

DEFAULT_DB = "accords.db"
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(RuntimeError):
    """A problem with the database the user can act on (message says how)."""


def resolve_url(db: str | None = None) -> str:
    """``--db`` value, else ``ACCORDS_DB``, else ``accords.db``; paths become SQLite URLs."""
    db = db or os.environ.get("ACCORDS_DB") or DEFAULT_DB
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser())


def display_url(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        engine = create_engine(u, connect_args={"timeout": 60})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(u, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # the driver's own transaction handling leaves DDL outside transactions; we begin
    # ourselves, so a migration (and every batch) is atomic
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # WAL: readers (Datasette, search) never block the ingest; a kill -9 loses at most
    # the transaction in flight, never a committed one
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(None)
    return ScriptDirectory.from_config(cfg).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Apply migrations; returns (revision before, revision after)."""
    from alembic import command

    before = current_revision(engine)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
    return before, current_revision(engine)


def is_empty(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()


def ensure_schema(engine: Engine, create: bool) -> None:
    """A new (empty) database is migrated when ``create``; an outdated one is refused.

    Teams migrate shared databases on purpose, with ``accords db upgrade``; only a database
    that holds nothing yet is set up on the fly.
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    if current is None and is_empty(engine):
        if create:
            upgrade(engine)
            return
        raise StoreError(f"{display_url(str(engine.url))} holds no Accords store yet: "
                         "run `accords ingest` or `accords db upgrade` first")
    if current is None:
        raise StoreError(f"{display_url(str(engine.url))} has tables but no Accords schema "
                         "version; point --db at an empty database or an Accords store")
    raise StoreError(f"{display_url(str(engine.url))} is at schema {current}, this Accords "
                     f"needs {head}: run `accords db upgrade`")


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)
