"""Round 40 (Russian releases of ministries and regions beyond Russia's federal agencies):
fresh public releases read against the spec, each rule measured on every real-text set.
Every sentence here is written for the test; it fails without its rule, or (marked "guard: as
before") guards what the rule must leave alone."""
import pytest

from accords.pipeline import extract_text

from test_round_support import commitments  # noqa: F401


# -- two regions of two states as one subject -------------------------------------------------
# as in https://berezino.by/ru/minshchina-my-toboj-gordimsya/item/30155-aleksandr-turchin-vystupil-na-xi-forume-regionov-belarusi-i-rossii
# ("… области намерены создать совместный … кластер") and
# https://zeml-trub.ru/society/2024/05/06/bryanskij-glava-regiona-aleksandr-bogomaz-i-predsedatel-gomelskogo-oblispolkoma-ivan-krupko-podpisali-plan-meropriyatij-na-2024-2026-gody
# ("в планах … и … областей продолжить развивать сотрудничество")

@pytest.mark.parametrize("text, expected", [
    # the parse hangs the first adjective outside "области": both regions are still the subject
    ("Брестская и Калужская области планируют создать совместное предприятие.", [("JOINT", "intend")]),
    ("Минская и Омская области намерены создать совместный химический кластер.", [("JOINT", "intend")]),
    # guard: as before — two regions of one state are that state
    ("Ташкентская и Наманганская области готовы поставлять сельхозпродукцию в Россию.", [("UZB", "ready")]),
])
def test_two_regions_of_two_states_are_both_sides(text, expected):
    assert commitments(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    # "в планах X": the plans are the genitive's, not the last speaker's
    ("Председатель Гомельского облисполкома Иван Крупко заявил, что Беларусь готова наращивать "
     "поставки техники в Россию. Кроме того, в планах Брянской и Гомельской областей продолжить развивать сотрудничество в "
     "торгово-экономической сфере.", [("BLR", "ready"), ("JOINT", "intend")]),
])
def test_plans_of_two_regions_are_both_sides(text, expected):
    assert commitments(text, "ru") == expected


# -- a change told in the next sentence through the result's pronoun ---------------------------
# as in https://bash.news/news/256534-vizit-rossiiskoi-delegacii-v-uzbekistan-itogi-dlia-baskirii
# ("… оборот достиг порядка 200 миллионов долларов. Причем он увеличился на 16% в сравнении с 2023 годом.")

def _figures(text):
    return [(f.metric, f.period, f.change_pct) for f in extract_text(text, date="2025-12-07", lang="ru").figures]


@pytest.mark.parametrize("text, expected", [
    ("Товарооборот Казахстана и Узбекистана по итогам прошлого года достиг 4 млрд долларов. "
     "Причем он увеличился на 16% в сравнении с 2023 годом.", [("trade_turnover", "2024", 16.0)]),
    ("Товарооборот России и Узбекистана в прошлом году составил 10 млрд долларов. Он вырос на 5%.",
     [("trade_turnover", "2024", 5.0)]),
    # guard: as before — "он" of a person who tells of another metric's change
    ("Товарооборот России и Узбекистана в прошлом году составил 10 млрд долларов. "
     "Он отметил, что экспорт вырос на 5%.", [("trade_turnover", "2024", None)]),
])
def test_the_results_pronoun_carries_its_change(text, expected):
    assert _figures(text) == expected


# -- "внешнеторговый оборот" of a region and the other state is their trade -------------------
# as in https://ehonews.kz/akim-aktyubinskoj-oblasti-i-gubernator-orenburgskoj-obsudili-voprosy-sotrudnichestva
# and https://dzen.ru/a/W8miqTgpFwCqSLMe ("внешнеторговый оборот донского региона и Узбекистана …")

@pytest.mark.parametrize("text, expected", [
    ("Аким Актюбинской области встретился с губернатором Оренбургской области. За 6 месяцев "
     "2019 года внешнеторговый оборот Актюбинской области и России составил 586 млн долларов.",
     [("trade_turnover", "2019-01/2019-06", None)]),
    ("Губернатор Ростовской области принял посла Узбекистана. В прошлом году внешнеторговый оборот "
     "донского региона и Узбекистана превысил 163 млн долларов.", [("trade_turnover", "2024", None)]),
    # guard: as before — one state's trade with the world is no bilateral figure
    ("Президент Монголии принял посла Казахстана. Внешнеторговый оборот Монголии в прошлом году "
     "составил 24 млрд долларов.", []),
])
def test_foreign_trade_of_a_region_and_a_state_is_theirs(text, expected):
    assert _figures(text) == expected


# -- a change over several years is no change against the year before --------------------------
# as in https://pricom.kz/obshhestvo/v-2-raza-vyirosla-torgovlya-mezhdu-pavloda.html ("Объем торговли
# с ней за три года вырос в два раза. В прошлом году объем торговли составил порядка 3 млрд долларов")

@pytest.mark.parametrize("text, expected", [
    ("Аким области встретился с послом России. Объем торговли с Россией за три года вырос в два раза. "
     "В прошлом году объем торговли составил порядка 3 млрд долларов.", [("trade_turnover", "2024", None)]),
    # guard: as before — the span opening the sentence
    ("За последние пять лет товарооборот России и Белоруссии вырос почти вдвое и в 2024 году "
     "превысил 50 миллиардов долларов.", [("trade_turnover", "2024", None)]),
    # guard: as before — a change in the year of the result
    ("Товарооборот России и Белоруссии в прошлом году вырос на 5% и превысил 50 миллиардов долларов.",
     [("trade_turnover", "2024", 5.0)]),
])
def test_a_change_over_years_is_not_against_the_year_before(text, expected):
    assert _figures(text) == expected
