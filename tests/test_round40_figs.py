"""Round 40 (figures): money figures of fresh public releases on two states' trade, deals and
investment (Russian and English) read against the spec, each rule measured on every real-text
set. Every sentence here is written for the test; it fails without its rule, or (marked "as
before") guards what the rule must leave alone."""
import pytest

from accords.pipeline import extract_text

from test_round_support import figures  # noqa: F401


def facts(text: str, lang: str, date: str = "2024-05-14"):
    return [(f.metric, f.kind, f.value, f.currency, f.period)
            for f in extract_text(text, date=date, lang=lang).figures]


# -- deals summed before their noun ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # deals after "in" qualified by a word or two
    ("China and the United States signed $5 billion in new commercial deals.",
     [("agreements_value", "actual", 5e9, "USD")]),
    # an amount whose restatement in another currency is the sum of the deals
    ("The Philippines and Russia signed USD 875 million or about PHP44 billion in business deals.",
     [("agreements_value", "actual", 875e6, "USD")]),
    # as before: deals right after "in"
    ("China and the United States signed $5 billion in deals.", [("agreements_value", "actual", 5e9, "USD")]),
    # as before: projects after "in" are where an investment goes
    ("China invested $5 billion in new projects in the United States.", [("investment", "actual", 5e9, "USD")]),
])
def test_deals_after_in_may_be_qualified(text, expected):
    assert figures(text) == expected


# -- one state's trade with the world ---------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # the world's trade owned by a possessive state
    ("Trade between Uzbekistan and Tajikistan exceeded $110 million in 2023. "
     "Tajikistan's foreign trade turnover amounted to about $3.6 billion.", "en", [110e6]),
    ("Trade between Azerbaijan and Tajikistan totaled $4.4 million in 2023. "
     "Azerbaijan's foreign trade decreased 9.24 percent and totaled $12.52 billion.", "en", [4.4e6]),
    ("Trade between China and Malaysia reached $190 billion in 2023. "
     "China's overall trade in goods rose 7.6 percent to reach $5.9 trillion.", "en", [190e9]),
    # "внешний товарооборот" of one state named after it
    ("Товарооборот Узбекистана и России в 2023 году составил $9,8 млрд. Внешний товарооборот "
     "Узбекистана в 2023 году составил $63 млрд.", "ru", [9.8e9]),
    # as before: a possessive state's trade with the partner named after it
    ("Azerbaijan and Tajikistan discussed trade. Azerbaijan's trade turnover with Tajikistan "
     "totaled $4.4 million in 2023.", "en", [4.4e6]),
])
def test_a_possessive_states_foreign_trade_is_its_trade_with_the_world(text, lang, expected):
    assert [f[2] for f in facts(text, lang)] == expected


# -- a trade between a party and a state the story is not about -------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # the other side named only beside amounts, in a story about China and Russia
    ("Товарооборот Китая и России в 2023 году вырос на 26% и достиг $240 млрд. К сравнению, "
     "торговля между Китаем и США в 2023 году сократилась на 11% до $664 млрд.", "ru", [240e9]),
    ("Trade between India and China reached $118.4 billion in 2023. Two-way commerce between "
     "India and the United States amounted to $190.1 billion in 2023.", "en", [118.4e9]),
    # as before: a state the story also names elsewhere (a delegation's second destination)
    ("The minister will lead a delegation to Ghana and Nigeria. Trade between South Africa and "
     "Ghana reached R10.8 billion in 2014, and trade between South Africa and Nigeria reached "
     "R66.2 billion in 2014.", "en", [10.8e9, 66.2e9]),
])
def test_trade_between_a_party_and_a_state_named_only_beside_amounts_is_not_the_parties(text, lang, expected):
    assert [f[2] for f in facts(text, lang)] == expected


# -- periods and digits -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # from January of the year named to the month of publication, as "с начала 2024 года"
    ("Since early 2024, trade between Uzbekistan and Tajikistan grew by 85 percent, exceeding $110 million.",
     "2024-01/2024-05"),
    ("Since the beginning of 2024, trade between Uzbekistan and Tajikistan exceeded $110 million.",
     "2024-01/2024-05"),
    # as before: the start of this year
    ("Since the beginning of the year, trade between Uzbekistan and Tajikistan exceeded $110 million.",
     "2024-01/2024-05"),
])
def test_since_the_beginning_of_a_named_year(text, expected):
    assert [f[4] for f in facts(text, "en")] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a stray space after a Russian decimal comma, before the scale word
    ("Стоимость казахстанско-китайского проекта составляет 124, 9 млн долларов.", [124.9e6]),
    # as before: a decimal comma with no space
    ("Стоимость казахстанско-китайского проекта составляет 124,9 млн долларов.", [124.9e6]),
])
def test_a_stray_space_after_a_decimal_comma(text, expected):
    assert [f[2] for f in facts(text, "ru")] == expected


# -- kind --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "with … reaching": where a result stands
    ("China became India's largest trading partner in 2023, with a bilateral trade volume reaching "
     "$118.4 billion.", "actual"),
    ("Belarus shifted its trade flows, with exports to Russia reaching record highs of $18.7 billion "
     "in 2023.", "actual"),
    # as before: "with a view to reaching" names a goal
    ("India and China agreed to expand trade with a view to reaching $150 billion by 2030.", "target"),
])
def test_with_a_noun_reaching_an_amount_is_a_result(text, expected):
    assert [f[1] for f in facts(text, "en")] == [expected]


# -- the level now -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the level now takes no period or change from the lead before it
    ("Trade between Russia and China increased by 20 percent last year.\n\n\"Trade turnover between "
     "our two economies is currently about $80 billion,\" the premier said.", [(None, None)]),
    ("В прошлом году товарооборот России и Китая вырос на 20%.\n\nСейчас товарооборот между нашими "
     "странами составляет около 80 млрд долларов, сказал премьер.", [(None, None)]),
    # as before: a value with no word of the present takes the lead's period and change
    ("Trade between Russia and China increased by 20 percent last year.\n\n\"Trade turnover between "
     "our two economies reached about $80 billion,\" the premier said.", [("2023", 20.0)]),
])
def test_the_level_now_takes_no_period_from_the_lead(text, expected):
    lang = "ru" if "товарооборот" in text else "en"
    assert [(f.period, f.change_pct) for f in extract_text(text, date="2024-05-14", lang=lang).figures] == expected


@pytest.mark.parametrize("text, expected", [
    # an amount named a goal right after it: reaching it is the goal, not an expectation
    ("Erdogan said he believes Ankara and Washington will reach a $100 billion trade target.", ["target"]),
    ("We believe trade between Turkey and the United States will reach the $100 billion target.", ["target"]),
    # as before: an expected level with no goal named
    ("We believe trade between Turkey and the United States will reach $100 billion next year.", ["forecast"]),
])
def test_an_amount_named_a_goal_after_it_is_a_target(text, expected):
    assert [f[1] for f in facts(text, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    # an Indian fiscal year with an apostrophe before its second year
    ("India's exports to the United States increased to $76.11 billion in 2021-'22.", "2021-04/2022-03"),
    ("India's exports to the United States increased to $76.11 billion in 2021–’22.", "2021-04/2022-03"),
    # as before: without the apostrophe
    ("India's exports to the United States increased to $76.11 billion in 2021-22.", "2021-04/2022-03"),
])
def test_a_fiscal_year_with_an_apostrophe(text, expected):
    assert [f[4] for f in facts(text, "en")] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence going on for the period of one state's trade with the world is that trade's part
    ("Товарооборот Узбекистана и России за первый квартал 2020 года составил $1,6 млрд. Внешний "
     "товарооборот Узбекистана за первый квартал 2020 года составил $8,14 млрд. За отчетный период "
     "экспорт товаров сократился на 10,9%, до $3,37 млрд.", "ru", [1.6e9]),
    ("Trade between Azerbaijan and Tajikistan totaled $4.4 million in 2022.\n\nAzerbaijan's foreign "
     "trade turnover grew to $49.2 billion in 2022.\n\nDuring the reporting period, $36.3 billion of "
     "the foreign trade turnover accounted for exports.", "en", [4.4e6]),
    # as before (given the rule above that drops the world total): the sentence names the partner
    ("Товарооборот Узбекистана и России за первый квартал 2020 года составил $1,6 млрд. Внешний "
     "товарооборот Узбекистана за первый квартал 2020 года составил $8,14 млрд. За отчетный период "
     "экспорт товаров в Россию вырос до $0,9 млрд.", "ru", [1.6e9, 0.9e9]),
])
def test_a_sentence_going_on_with_a_states_world_trade_is_its_part(text, lang, expected):
    assert [f[2] for f in facts(text, lang)] == expected
