"""Round 38 (English figures): aid wordings read on fresh public releases of loans, grants,
deposits and debt relief between states, each rule measured on every real-text set. Every
sentence here is written for the test; it fails without its rule, or (marked "as before")
guards what the rule must leave alone."""
import pytest

from test_round_support import figures, record  # noqa: F401


# -- aid verbs and nouns (metric "other") ---------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Norway lent Ghana $90 million for its rural clinics.", 90e6),
    ("Qatar deposited $3 billion with the central bank of Turkey.", 3e9),
    ("The new $410 million drawdown for Ukraine was announced by the United States.", 410e6),
    ("Germany earmarked EUR 45 million for Jordan's water network.", 45e6),
    ("Kazakhstan has set aside $4 million for flood victims in Kyrgyzstan.", 4e6),
    ("Last year Italy wrote off $120 million owed by Tunisia.", 120e6),
    ("France forgave $75 million of Mali's loans.", 75e6),
])
def test_a_verb_of_lending_or_giving_names_aid(text, value):
    assert [(m, v) for m, _, v, _ in figures(text)] == [("other", value)]


def test_a_debt_written_off_is_aid_given():
    # the debt right before its amount is what the write-off gives, not a debt's size
    assert [(m, v) for m, _, v, _ in figures(
        "Russia will write off Mongolia's debt of $170 million.")] == [("other", 170e6)]


@pytest.mark.parametrize("text", [
    # a debt whose size a clause of its own tells stays a debt, write-off or not
    "Russia and Laos agreed on a write-off of Laos's debt, which at that time stood at $310 million.",
    # as before: a debt's size with no write-off
    "Mongolia's debt to Russia amounts to $170 million.",
])
def test_a_debt_stock_is_no_figure(text):
    assert figures(text) == []
