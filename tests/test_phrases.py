"""The one phrase matcher: its predicates and loop, and that every lexicon matcher uses it."""
from __future__ import annotations

import doctest
import importlib

import pytest

from accords.extractors import phrases
from accords.extractors.phrases import match_words, word_matches


def test_doctests():
    result = doctest.testmod(phrases)
    assert result.attempted >= 5 and result.failed == 0


WORDS = ["министр", "иностранных", "дел", "Казахстана", "и", "Узбекистана"]


def test_consecutive_gaps_skips_and_runs():
    def test(w, j):
        return word_matches(w, WORDS[j].lower())
    assert match_words(len(WORDS), 0, ("министр", "иностранных", "дел"), test) == [0, 1, 2]
    assert match_words(len(WORDS), 0, ("министр", "дел"), test) is None
    assert match_words(len(WORDS), 0, ("министр", "*", "дел"), test) == [0, 2]
    assert match_words(len(WORDS), 0, ("министр", "*", "узбекистана"), test, gap=2) is None
    assert match_words(len(WORDS), 0, ("министр", "дел"), test, skip=lambda j: True, max_skip=1) == [0, 2]
    assert match_words(len(WORDS), 0, ("министр", "казахстана"), test, skip=lambda j: True, max_skip=1) is None
    # one pattern word covering a run of tokens ("Казахстана и Узбекистана" as one slot)
    got = match_words(len(WORDS), 2, ("дел", "казахстана", "и"), test,
                      extend=lambda w, j: j + 3 if w == "казахстана" else j + 1)
    assert got is None     # the run took "и" too
    # "*" as a word of its own (any one word) where a lexicon says so
    assert match_words(len(WORDS), 0, ("министр", "*", "дел"),
                       lambda w, j: w == "*" or test(w, j), gap_word=None) == [0, 1, 2]


@pytest.mark.parametrize("module", [
    "accords.extractors.text",               # modality cues, quote phrases
    "accords.extractors.sectors",
    "accords.extractors.states",
    "accords.extractors.figures.cues",
    "accords.extractors.persons.roles",
    "accords.extractors.events.en_triggers",
    "accords.extractors.organizations",
    "accords.extractors.kazakh.words",
    "accords.extractors.kazakh.money",
])
def test_every_lexicon_matcher_uses_the_one_loop(module):
    assert importlib.import_module(module).match_words is match_words
