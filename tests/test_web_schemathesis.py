"""Property-based API test: schemathesis generates requests from the OpenAPI schema (a
bounded number per operation) and checks that no answer is a server error and that every
answer matches its declared shape.

Operations are listed from the app's schema at collection time and each runs as its own
test through hypothesis (schemathesis' own pytest loader does not run under pytest 9)."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from accords.api.app import create_app
from test_web_support import fill

APP = create_app(None)          # the store is attached by the fixture below
SCHEMA = schemathesis.openapi.from_asgi("/api/openapi.json", APP)
OPERATIONS = {r.ok().label: r.ok() for r in SCHEMA.get_all_operations()}


@pytest.fixture(scope="module")
def filled_app(tmp_path_factory):
    from accords.store import open_store

    store = open_store("sqlite:///" + str(tmp_path_factory.mktemp("st") / "a.db"), create=True)
    fill(store)
    APP.state.store = store
    yield APP
    store.engine.dispose()


def test_every_operation_is_covered():
    assert len(OPERATIONS) >= 15 and "GET /api/pairs/{a}/{b}" in OPERATIONS


@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_api_never_fails_and_keeps_its_shapes(filled_app, label):
    @given(case=OPERATIONS[label].as_strategy())
    @settings(max_examples=20, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
    run()
