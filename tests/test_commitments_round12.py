"""Commitments of round 12 of real text: a statement made twice (the lead and the paragraph
that restates it) counts in both places, as the spec counts each place a commitment is
stated. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from test_commitments import EN_LEAD, EN_PEOPLE, LEAD, PEOPLE, run


def test_a_restated_commitment_counts_in_each_place():
    text = (LEAD + "Стороны договорились увеличить поставки зерна.\n"
            "Казахстан и Узбекистан договорились увеличить поставки зерна.")
    found = run(text, "ru", PEOPLE)
    assert [(a, m) for a, m, _ in found] == [("JOINT", "agreed"), ("JOINT", "agreed")]
    en = (EN_LEAD + "The countries agreed to ease cross-border trade.\n"
          "Kazakhstan and Uzbekistan have agreed to ease cross-border trade.")
    assert [(a, m) for a, m, _ in run(en, "en", EN_PEOPLE)] == [("JOINT", "agreed"), ("JOINT", "agreed")]

