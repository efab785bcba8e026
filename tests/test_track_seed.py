"""Done-when checks on the seed document plus the dev corpus (need ../shared)."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import CORPUS, SEEDS, need
from test_store_support import cli

SEED = "000_a29354363e8b3bf8.txt"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    need(CORPUS)
    seed = need(SEEDS / SEED)
    tmp = tmp_path_factory.mktemp("seeded")
    shutil.copy(seed, tmp / SEED)
    db = str(tmp / "accords.db")
    res = cli("ingest", "--db", db, "-q", str(tmp / SEED), str(CORPUS))
    assert res.exit_code == 0, res.output
    return db


def test_pair_shows_the_seed_trade_figure(seeded):
    res = cli("pair", "KAZ", "SRB", "--db", seeded)
    assert res.exit_code == 0 and "107.7 million USD" in res.stdout
    summary = json.loads(cli("pair", "KAZ", "SRB", "--db", seeded, "--json").stdout)
    values = [p["value"] for p in summary["figures"]["points"] if p["metric"] == "trade_turnover"]
    assert 107_700_000 in values


def test_commitments_list_the_special_control_commitment(seeded):
    res = cli("commitments", "--country", "KAZ", "--db", seeded, "--json", "--limit", "500")
    texts = [c["text"] for c in json.loads(res.stdout)]
    assert any("особый контроль" in t for t in texts)
    res = cli("commitments", "--country", "KAZ", "--db", seeded)
    assert res.exit_code == 0 and "особый" in res.stdout   # the table wraps the clause
