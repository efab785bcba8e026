"""Round 38 (Russian figures): phrase families read on fresh public releases, each rule measured
on every real-text set. Every sentence here is written for the test; it fails without its
rule, or (marked "as before") guards what the rule must leave alone."""
import pytest

from test_round_support import figures, record  # noqa: F401


def _periods(text: str) -> list:
    return [(f.metric, f.value, f.period) for f in record(text, "ru").figures]


# -- a money-less sentence between two results --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Вложения Японии в экономику Казахстана в 2022 году выросли на 12% до $9,5 млрд. Главным образом "
     "такой прирост дали проекты в нефтегазовой отрасли. Объем японских инвестиций в Казахстан "
     "составил $3 млрд.",
     [("investment", 9.5e9, "2022"), ("investment", 3e9, "2022")]),
    ("В феврале 2024 года экспорт Италии в Турцию составил 900 млн евро. Это на 4 процента больше, "
     "чем в январе. Импорт из Турции вырос на 3 процента, до 1,1 миллиарда евро.",
     [("exports", 9e8, "2024-02"), ("imports", 1.1e9, "2024-02")]),
])
def test_a_moneyless_sentence_does_not_end_the_period(text, expected):
    assert _periods(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a new period of its own: the next result is not the first one's (as before)
    ("В феврале 2024 года экспорт Италии в Турцию составил 900 млн евро. В 2023 году спрос "
     "заметно упал. Импорт из Турции вырос на 3 процента, до 1,1 миллиарда евро.",
     [("exports", 9e8, "2024-02"), ("imports", 1.1e9, None)]),
    # a paragraph break (as before)
    ("В феврале 2024 года экспорт Италии в Турцию составил 900 млн евро.\nЭто на 4 процента больше, "
     "чем в январе. Импорт из Турции вырос на 3 процента, до 1,1 миллиарда евро.",
     [("exports", 9e8, "2024-02"), ("imports", 1.1e9, None)]),
])
def test_a_new_period_or_paragraph_still_ends_it(text, expected):
    assert _periods(text) == expected
