"""Fixtures and helpers shared by the store tests (imported by test_store*.py, test_export.py,
test_ingest_web.py, test_kill9.py). Every store test runs on SQLite and on PostgreSQL; the
PostgreSQL run needs ``ACCORDS_TEST_PG`` (a SQLAlchemy URL, e.g.
``postgresql+psycopg://postgres@127.0.0.1:5432/test``) and skips with the reason without it.
Each PostgreSQL test gets a schema of its own, dropped afterwards.
"""
from __future__ import annotations

import json
import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from accords.pipeline import normalise_text, text_sha256
from accords.record import DocInfo, Record

PG_ENV = "ACCORDS_TEST_PG"


def pg_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL to test against "
                    "(e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'accords[postgres]')")
    return url


def _schema_url(base: str, schema: str) -> str:
    u = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return u.render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        yield "sqlite:///" + str(tmp_path / "accords.db")
        return
    base = pg_base_url()
    schema = "accords_test_" + uuid.uuid4().hex[:10]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as e:  # server down
        admin.dispose()
        pytest.skip(f"PostgreSQL at {make_url(base).render_as_string()} unavailable: {e}")
    try:
        yield _schema_url(base, schema)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def make_record(text_: str, *, id=None, published=None, title=None, lang="ru", url=None,
                **facts) -> Record:
    text_ = normalise_text(text_)
    info = DocInfo(id=id, url=url, title=title, published=published, lang=lang,
                   source=f"test:{id}", sha256=text_sha256(text_))
    return Record(doc=info, **facts)


def span(text_: str, part: str, start: int = 0) -> tuple[int, int]:
    i = text_.index(part, start)
    return (i, i + len(part))


def prepared(text_: str, record: Record):
    from accords.store.writer import Prepared

    t = normalise_text(text_)
    return Prepared(record, t, text_sha256(t), source=record.doc.source, url=record.doc.url,
                    external_id=record.doc.id)


def rows(store, sql: str, **params) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(text(sql), params).mappings()]


def write_jsonl(path, docs: list[dict]) -> None:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def cli(*args: str):
    """Run the ``accords`` CLI in-process; returns the click Result."""
    from typer.testing import CliRunner

    from accords.cli import app

    return CliRunner().invoke(app, list(args), catch_exceptions=False)


# Press releases written for these tests (no corpus text).
DOC_TALKS = """Министр иностранных дел Казахстана провел переговоры с министром иностранных дел Сербии в Астане.

Стороны обсудили расширение торгово-экономического сотрудничества и взаимодействие в энергетике. По итогам 2025 года товарооборот между Казахстаном и Сербией составил 107,7 млн долларов США.

Казахстанская сторона готова увеличить поставки зерна на сербский рынок."""

DOC_TALKS_COPY = """АСТАНА. Министр иностранных дел Казахстана провел переговоры с министром иностранных дел Сербии в Астане, сообщает пресс-служба ведомства.

Стороны обсудили расширение торгово-экономического сотрудничества и взаимодействие в энергетике. По итогам 2025 года товарооборот между Казахстаном и Сербией составил 107,7 млн долларов США.

Казахстанская сторона готова увеличить поставки зерна на сербский рынок. Подписывайтесь на наши новости."""

DOC_CALL = """Президент Узбекистана провел телефонный разговор с Президентом Кыргызстана.

Главы государств обсудили строительство железной дороги и совместное использование водных ресурсов. Стороны договорились провести заседание межправительственного совета в Бишкеке в июне."""

DOC_EN = """Russia and Belarus signed a roadmap on industrial cooperation in Minsk on Tuesday.

The prime ministers discussed energy supplies and transport logistics. Trade between the two countries reached 52 billion dollars in 2025."""
