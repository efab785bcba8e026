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

# -- a growth index: the level against the period before, in percent ---------------------------

@pytest.mark.parametrize("text, expected", [
    # "с темпом роста 127% к …": the index with no verb before it, +27%
    ("В первом полугодии товарооборот Гродненской области с Вьетнамом превысил $90 млн с темпом "
     "роста 118% к январю-июню 2018 года.", 18.0),
    # the index in the next sentence, opened by "Темп роста", with a qualifier
    ("По итогам четырех месяцев товарооборот Узбекистана и Египта составил 61 млн долларов. "
     "Темп роста составил немногим более 101%.", 1.0),
    # regnum.ru/news/1221035.html: "что составляет 61% по сравнению с показателями аналогичного периода"
    ("Товарооборот Белоруссии и России с января по март равняется $5,04 млрд, что составляет 61% "
     "по сравнению с показателями аналогичного периода 2018 года.", -39.0),
    # as before: a growth rate, not an index
    ("Товарооборот Казахстана и Китая составил 20 млрд долларов, темпы роста составили 13%.", 13.0),
    # as before: the index after "Рост —"
    ("Товарооборот Казахстана и Китая составил 20 млрд долларов. Рост — 112,5 процента.", 12.5),
])
def test_a_growth_index_is_the_change_over_100(text, expected):
    assert [f[5] for f in facts(text, "2019-05-10")] == [expected]

# -- a next sentence opening with the base of the comparison ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Объем торговли Армении и Ирана за январь-август составил 480 миллионов долларов. "
     "Относительно аналогичного периода прошлого года взаимная торговля выросла на 7,5%.", 7.5),
    ("Товарооборот Казахстана и Китая за 9 месяцев составил 15 млрд долларов. По сравнению с тем же "
     "периодом прошлого года он увеличился на 10%.", 10.0),
    # as before: another metric's change is not the result's
    ("Товарооборот Казахстана и Китая за 9 месяцев составил 15 млрд долларов. По сравнению с "
     "аналогичным периодом прошлого года экспорт вырос на 20%.", None),
])
def test_a_change_opened_by_its_base_is_the_previous_results(text, expected):
    assert [f[5] for f in facts(text, "2018-11-10")] == [expected]

# -- "Тем самым рост товарооборота составил …": the result's own change, named again ----------

@pytest.mark.parametrize("text, expected", [
    ("По итогам 2013 года товарооборот Туркменистана и Турции достиг нового рекорда — $2,1 млрд. "
     "Тем самым рост товарооборота двух стран составил 22,4%.", [22.4]),
    ("По итогам 2013 года товарооборот Туркменистана и Турции достиг $2,1 млрд. Рост товарооборота "
     "составил 15%.", [15.0]),
    # as before: another metric's growth
    ("По итогам 2013 года товарооборот Туркменистана и Турции достиг $2,1 млрд. Рост экспорта составил 15%.",
     [None]),
    # as before: a change of another year goes to the result after it
    ("В 2012 году товарооборот Узбекистана и Китая составил $3 млрд. В 2013 году рост товарооборота "
     "составил 15%. Товарооборот достиг $3,5 млрд.", [None, 15.0]),
])
def test_a_back_reference_naming_the_metric_restates_its_change(text, expected):
    assert [f[5] for f in facts(text, "2014-03-10")] == expected

# -- Xinhua's way of writing an amount in two currencies ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    # index1520.com (Xinjiang and Kyrgyzstan): "14,59 млрд юаней /2,28 млрд долл. США/, увеличившись …"
    ("Экспорт Китая в Кыргызстан за первые три месяца составил 14,59 млрд юаней /2,28 млрд долл. "
     "США/, увеличившись на 16%.",
     [("exports", "actual", 14.59e9, "CNY", "2022-01/2022-03", 16.0)]),
    ("Товарооборот Китая и России в январе-марте достиг 500 млрд юаней /около 78 млрд долларов США/.",
     [("trade_turnover", "actual", 500e9, "CNY", "2022-01/2022-03", None)]),
    # as before: the restatement in brackets
    ("Экспорт Китая в Кыргызстан за первые три месяца составил 14,59 млрд юаней (2,28 млрд долларов).",
     [("exports", "actual", 14.59e9, "CNY", "2022-01/2022-03", None)]),
])
def test_a_slashed_restatement_is_no_figure(text, expected):
    assert facts(text, "2022-04-25") == expected

# -- "на X% к …": the base of the change, not the figure's period ----------------------------

@pytest.mark.parametrize("text, expected", [
    # news.zerkalo.io/economics/45077.html: "увеличился на 12,4% к тому же периоду прошлого года — до …"
    ("В первом полугодии экспорт Беларуси в Россию увеличился на 12,4% к тому же периоду прошлого "
     "года — до 19,4 млрд долларов.",
     [("exports", "actual", 19.4e9, "USD", "2023-01/2023-06", 12.4)]),
    ("В январе-мае экспорт Беларуси в Россию вырос на 12% к январю-маю прошлого года и составил "
     "9 млрд долларов.",
     [("exports", "actual", 9e9, "USD", "2023-01/2023-05", 12.0)]),
    ("В первом полугодии товарооборот Армении и России вырос на 8% к прошлому году и составил "
     "3 млрд долларов.",
     [("trade_turnover", "actual", 3e9, "USD", "2023-01/2023-06", 8.0)]),
    # the year the result is for, compared with the year before (read as the period before)
    ("Товарооборот России и Китая в 2022 году вырос на 29% к 2021 году и составил 190 млрд долларов.",
     [("trade_turnover", "actual", 190e9, "USD", "2022", 29.0)]),
    # as before: "к" naming a goal's year
    ("Стороны договорились довести товарооборот до 10 млрд долларов к 2030 году.",
     [("trade_turnover", "target", 10e9, "USD", "2030", None)]),
])
def test_a_base_after_a_percentage_is_no_period(text, expected):
    assert facts(text) == expected

# -- "За аналогичный период прошлого года этот показатель составил …" ------------------------

@pytest.mark.parametrize("text, expected", [
    # vestikavkaza.ru (Iran and Turkey, January–July): the level a year before, same months
    ("В январе-июле товарооборот между Ираном и Турцией составил $9,3 млрд. За аналогичный период "
     "прошлого года этот показатель составил $15,7 млрд.",
     [("trade_turnover", "actual", 9.3e9, "USD", "2023-01/2023-07", None),
      ("trade_turnover", "actual", 15.7e9, "USD", "2022-01/2022-07", None)]),
    ("Товарооборот России и Казахстана в январе-июне составил 12 млрд долларов. За аналогичный "
     "период 2021 года он составлял 9 млрд долларов.",
     [("trade_turnover", "actual", 12e9, "USD", "2023-01/2023-06", None),
      ("trade_turnover", "actual", 9e9, "USD", "2021-01/2021-06", None)]),
])
def test_the_same_months_a_year_before(text, expected):
    assert facts(text, "2023-08-25") == expected

# -- "прирос", "прирастал": growth verbs ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Товарооборот Узбекистана и России в 2022 году прирос на 15% и составил 5 млрд долларов.", 15.0),
    ("В 2022 году экспорт Беларуси в Россию прирастал на 9% и достиг 24 млрд долларов.", 9.0),
    # as before: "вырос"
    ("Товарооборот Узбекистана и России в 2022 году вырос на 15% и составил 5 млрд долларов.", 15.0),
])
def test_prirasti_is_growth(text, expected):
    assert [f[5] for f in facts(text, "2023-03-10")] == [expected]

# -- "почти на 2 млрд": a qualified difference is no level -------------------------------------

@pytest.mark.parametrize("text, expected", [
    # unn.ua (China's trade with Central Asia): "вырос … почти на $X млрд"
    ("Товарооборот Китая и Казахстана вырос в 2022 году почти на 2 млрд долларов, до 24 млрд "
     "долларов.", [("trade_turnover", "actual", 24e9, "USD", "2022", None)]),
    # as before: the difference without a qualifier
    ("Товарооборот Китая и Казахстана в 2022 году вырос на 2 млрд долларов и составил "
     "24 млрд долларов.", [("trade_turnover", "actual", 24e9, "USD", "2022", None)]),
])
def test_a_qualified_difference_is_no_level(text, expected):
    assert facts(text, "2023-03-10") == expected
