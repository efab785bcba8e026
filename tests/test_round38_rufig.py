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


# -- halves and quarters with an Arabic ordinal, "за полный год", a bare "за полгода" ------

@pytest.mark.parametrize("phrase, expected", [
    ("в 1 полугодии 2019 года", "2019-01/2019-06"),
    ("по итогам 2 полугодия 2018 года", "2018-07/2018-12"),
    ("в 1 квартале 2020 года", "2020-01/2020-03"),
    ("во 2-м квартале", "2023-04/2023-06"),
    ("за 3 квартал 2022 года", "2022-07/2022-09"),
    ("за 3 квартала 2022 года", "2022-01/2022-09"),     # three quarters (as before)
    ("за полный год", "2023"),
    ("за полгода", "2023-01/2023-06"),
])
def test_periods_with_arabic_ordinals_and_bare_halves(phrase, expected):
    from datetime import date

    from accords.extractors.figures.periods import find_periods
    assert [p.value for p in find_periods(phrase, date(2023, 9, 1))] == [expected]


@pytest.mark.parametrize("phrase", ["за последние полгода", "через полгода", "полгода назад"])
def test_half_a_year_before_or_ahead_is_no_period(phrase):
    # as before
    from datetime import date

    from accords.extractors.figures.periods import find_periods
    assert [p.value for p in find_periods(phrase, date(2023, 9, 1))] == []


def test_an_arabic_half_is_no_whole_year():
    text = "Экспорт Армении в Иран в 1 полугодии 2019 года достиг $120 млн."
    assert [f.period for f in record(text, "ru").figures] == ["2019-01/2019-06"]


# -- a period inside a trailing "после падения …" clause ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Экспорт Вьетнама в Японию сократился на 12% до 1,9 миллиарда долларов после падения на 4% "
     "в апреле.", [None]),
    ("Импорт Японии из Вьетнама вырос до 2,4 миллиарда долларов на фоне роста на 6% в феврале.", [None]),
    # a period right after the amount, no such clause: the amount's (as before)
    ("Импорт Японии из Вьетнама вырос до 2,4 миллиарда долларов в феврале.", ["2023-02"]),
])
def test_a_period_after_an_earlier_change_is_not_the_amounts(text, expected):
    from accords.pipeline import extract_text
    assert [f.period for f in extract_text(text, date="2023-06-20", lang="ru").figures] == expected


# -- "Речь идет о сумме в …" after the sentence naming the metric ------------------------

def test_speaking_of_a_sum_goes_on_with_the_metric_before():
    text = ("Основная часть французского импорта в марте 2024 года пришлась на Китай. Речь идет о сумме "
            "в 6,1 миллиарда евро.")
    assert figures(text, "ru") == [("imports", "actual", 6.1e9, "EUR")]


@pytest.mark.parametrize("text", [
    # a size with its own noun subject: that noun's, no metric (as before)
    "Экспорт пшеницы из России в Египет растет. Цена за тонну составила 250 долларов.",
    # a list of goods on offer after "Это": no result (as before; work real40 shows it)
    "Казахстан заинтересован в экспорте продукции в Грузию. Это 80 товарных позиций на сумму $200 млн.",
])
def test_amounts_with_no_metric_of_their_own_stay_without_one(text):
    assert figures(text, "ru") == []


# -- goods sold and shipped named by "продукция" ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Продажи японской продукции в Казахстан в 2023 году выросли до $900 млн.",
     [("exports", "actual", 9e8, "USD")]),
    ("Турция поставила в марте продукции почти на 1,5 млрд долларов в Ирак.",
     [("exports", "actual", 1.5e9, "USD")]),
    # a sale of shares is no export (as before)
    ("Продажа акций банка Катару принесла $400 млн.", []),
])
def test_products_sold_or_shipped_are_exports(text, expected):
    assert figures(text, "ru") == expected


# -- increments read as levels ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Этот показатель увеличился по сравнению с аналогичным периодом прошлого года на 42,5 миллиона "
    "долларов, или на 3,1%.",
    "Экспорт Вьетнама в Турцию в мае сократился на 64 процента (1,2 млрд долларов).",
])
def test_increments_told_after_a_comparison_or_a_percent_are_no_levels(text):
    assert figures("Товарооборот Узбекистана и Турции в январе–мае составил 3,3 млрд долларов. " + text, "ru") \
        == [("trade_turnover", "actual", 3.3e9, "USD")]


@pytest.mark.parametrize("text, value", [
    # the level after "до", and a bracketed percent after the level (as before)
    ("Товарооборот Узбекистана и Турции вырос на 12,5%, до $3,6 млрд.", 3.6e9),
    ("Товарооборот Узбекистана и Турции вырос до рекордных $7 млрд (+41%).", 7e9),
    ("During the talks, trade between Uzbekistan and Turkey increased by 28% ($3.6 billion).", 3.6e9),
])
def test_levels_after_a_change_stay_levels(text, value):
    lang = "en" if text.startswith("During") else "ru"
    assert [f.value for f in record(text, lang).figures] == [value]


# -- a fall to come, and "по прогнозам" ---------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Товарооборот Франции и Китая по итогам года, по прогнозам, останется на уровне $90 млрд.", "forecast"),
    ("По данным министерства, товарооборот Франции и Китая сократится до $80 млрд.", "forecast"),
    ("Товарооборот Франции и Китая, как считают в Париже, упадет до $75 млрд.", "forecast"),
    # a fall already past (as before)
    ("Товарооборот Франции и Китая в 2023 году сократился до $80 млрд.", "actual"),
])
def test_forecasts_and_falls_to_come(text, kind):
    assert [f.kind for f in record(text, "ru").figures] == [kind]


# -- the bracketed change of a dropped restatement ----------------------------------------

def test_a_restatements_bracketed_change_goes_to_the_kept_figure():
    text = ("За шесть месяцев 2023 года товарооборот Японии и Вьетнама достиг $8 млрд. «Среди партнеров "
            "Вьетнама в регионе выделяются Корея — $12 млрд (рост на 5%) и Япония — $8 млрд (рост на 21%)», — "
            "отметил министр.")
    got = [(f.value, f.change_pct) for f in record(text, "ru").figures if f.value == 8e9]
    assert got == [(8e9, 21.0)]


def test_the_kept_figures_own_change_stays():
    # as before: the kept figure states its own change
    text = ("За шесть месяцев 2023 года товарооборот Японии и Вьетнама вырос на 18% и достиг $8 млрд. "
            "«Япония — $8 млрд (рост на 21%)», — отметил министр.")
    got = [(f.value, f.change_pct) for f in record(text, "ru").figures if f.value == 8e9]
    assert got == [(8e9, 18.0)]
