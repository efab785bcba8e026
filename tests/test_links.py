"""The link gold set (tests/links): commitment links, event clusters and persons across
ru/en must stay at or above the targets docs/quality.md reports."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "links"))
from score import all_scores  # noqa: E402


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    return all_scores("sqlite:///" + str(tmp_path_factory.mktemp("links") / "links.db"))


def test_commitment_links(scores):
    links = scores["links"]
    assert links["precision"] >= 0.8, links["false"]
    assert links["recall"] >= 0.7, links["missed"]


def test_event_clusters(scores):
    assert scores["events"]["f1"] >= 0.9, scores["events"]


def test_person_resolution(scores):
    assert scores["persons"]["f1"] >= 0.95, scores["persons"]
