"""A small stored archive and API clients for the web tests (test_web_*.py), on SQLite and,
with ``ACCORDS_TEST_PG``, on PostgreSQL (the ``db_url`` fixture of test_store_support)."""
from __future__ import annotations

import pytest

from accords.record import Commitment, Country, Event, Figure, Person, Sector
from test_store import call_record, talks_record
from test_store_support import DOC_CALL, DOC_TALKS, DOC_TALKS_COPY, make_record, prepared, span

DOC_XSS = """Министр иностранных дел Казахстана <script>alert("x")</script> встретился с послом Сербии.

Казахстан обязуется построить терминал до 2020 года. По итогам 2025 года товарооборот между Казахстаном и Сербией составил 120 млн долларов США."""


def copy_record():
    """Another outlet's copy of the talks: same story, a different 2025 turnover (a conflict)."""
    t = DOC_TALKS_COPY
    return make_record(
        t, id="copy", published="2026-03-13", title="Переговоры (перепечатка)",
        countries=[Country(code="KAZ", mentions=[span(t, "Казахстана")]),
                   Country(code="SRB", mentions=[span(t, "Сербии")])],
        events=[Event(type="CONSULT", participants=["KAZ", "SRB"], date="2026-03-12",
                      location="Астана", evidence=span(t, "провел переговоры"))],
        figures=[Figure(metric="trade_turnover", kind="actual", value=107_700_000, currency="USD",
                        period="2025", countries=["KAZ", "SRB"], evidence=span(t, "107,7 млн долларов США"))])


def xss_record():
    t = DOC_XSS
    return make_record(
        t, id="xss", published="2026-04-01", title='<img src=x onerror=alert(1)>',
        url="javascript:alert(1)",
        countries=[Country(code="KAZ", mentions=[span(t, "Казахстана")]),
                   Country(code="SRB", mentions=[span(t, "Сербии")])],
        persons=[Person(name="<b>Посол</b>", role_class="ambassador", country="SRB",
                        mentions=[span(t, "послом Сербии")])],
        sectors=[Sector(id="transport_logistics", evidence=[span(t, "терминал")])],
        figures=[Figure(metric="trade_turnover", kind="actual", value=120_000_000, currency="USD",
                        period="2025", countries=["KAZ", "SRB"], evidence=span(t, "120 млн долларов США")),
                 Figure(metric="trade_turnover", kind="target", value=300_000_000, currency="USD",
                        period="2030", countries=["KAZ", "SRB"], evidence=span(t, "120 млн"))],
        commitments=[Commitment(actor="KAZ", modality="commit", sectors=["transport_logistics"],
                                deadline="2020", text="Казахстан обязуется построить терминал до 2020 года.",
                                evidence=span(t, "Казахстан обязуется построить терминал до 2020 года."))])


def fill(store) -> dict[str, int]:
    """Store the four documents; returns their ids by name."""
    from sqlalchemy import select

    from accords.store.models import Document

    from accords.api import tracking

    store.write([prepared(DOC_TALKS, talks_record()), prepared(DOC_CALL, call_record()),
                 prepared(DOC_TALKS_COPY, copy_record()), prepared(DOC_XSS, xss_record())])
    assert tracking.after_ingest(store, None) is None    # links across documents, when tracked
    with store.engine.connect() as conn:
        return dict(conn.execute(select(Document.external_id, Document.id)).all())


@pytest.fixture
def web(db_url):
    """(TestClient, store, ids by name) over a filled archive."""
    from fastapi.testclient import TestClient

    from accords.api.app import create_app
    from accords.store import open_store

    store = open_store(db_url, create=True)
    ids = fill(store)
    with TestClient(create_app(store)) as client:
        yield client, store, ids
    store.engine.dispose()
