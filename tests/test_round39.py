"""Round 39: whole fresh public releases read against the spec (Russian and English
commitments and figures, Kazakh persons, events and sectors, events and sectors in Russian and
English), each rule measured on every real-text set. Every sentence here is written for the
test; it fails without its rule, or (marked "as before") guards what the rule must leave alone."""
import pytest

from test_round_support import commitments, record  # noqa: F401


# -- Kazakh sectors ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a portfolio of two areas joined by "және" names a minister, not an area of cooperation
    ("Қазақстанның Экология және табиғи ресурстар министрі Түркия елшісімен кездесті. "
     "Тараптар сауда саласындағы ынтымақтастықты талқылады.", {"trade"}),
    # as before: an area with "және" and no minister after it
    ("Қазақстан мен Түркия экология және сауда салаларындағы ынтымақтастықты талқылады.",
     {"environment", "trade"}),
])
def test_a_kazakh_portfolio_of_two_areas_is_no_sector(text, expected):
    assert {s.id for s in record(text, "kk").sectors} == expected
