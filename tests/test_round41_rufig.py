"""Round 41 (Russian figures): money figures of fresh public economic news (agencies,
governments, ministries: trade with its period and growth, exports, credits) read against the
spec, each rule measured on every real-text set. Every sentence here is written for the test
(some imitate a page's wording, cited); it fails without its rule, or (marked "as before")
guards what the rule must leave alone."""
import pytest

from accords.nlp.analysis import analyze
from accords.pipeline import extract_text


def facts(text: str, date: str = "2023-07-25"):
    return [(f.metric, f.kind, f.value, f.currency, f.period, f.change_pct)
            for f in extract_text(text, date=date, lang="ru").figures]


# -- "млрд долл. США": one sentence --------------------------------------------------------------

def test_dollars_of_the_usa_end_no_sentence():
    # "млрд долл. США" (Xinhua, ministries): the abbreviation's dot before "США" ends no sentence
    text = ("Товарооборот Китая и России составил 31,2 млрд долл. США, что на 27,3 проц. больше, "
            "чем годом ранее. Новое предложение.")
    assert [s.text for s in analyze(text, lang="ru").sents][1] == "Новое предложение."
    assert len(analyze(text, lang="ru").sents) == 2


@pytest.mark.parametrize("text, expected", [
    ("Экспорт Китая в Кыргызстан за первые три месяца составил 14,59 млрд юаней (2,28 млрд долл. "
     "США), что на 16% больше, чем годом ранее.",
     [("exports", "actual", 14.59e9, "CNY", "2022-01/2022-03", 16.0)]),
    # as before: the abbreviation ending a sentence before a capital word
    ("Экспорт Китая в Кыргызстан за первые три месяца составил 2,28 млрд долл. Это на 16% больше, "
     "чем годом ранее.",
     [("exports", "actual", 2.28e9, "USD", "2022-01/2022-03", 16.0)]),
])
def test_a_change_after_dollars_of_the_usa_is_the_figures(text, expected):
    assert facts(text, "2022-04-25") == expected

