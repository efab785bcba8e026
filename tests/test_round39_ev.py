"""Round 39 (events and sectors, Russian and English): phrase families read on fresh public
releases, each rule measured on every real-text set. Every sentence here is written for the
test; it fails without its rule, or (marked "as before") guards what the rule must leave alone."""
import pytest

from test_round_support import events, record  # noqa: F401


def sectors(text: str, lang: str = "en"):
    return sorted(s.id for s in record(text, lang).sectors)


# -- sectors: new phrasings ---------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # the initiative's name in reverse order is no road building
    ("Islamabad and Beijing praised the Road and Belt initiative.", "en", []),
    # as before: roads built are transport
    ("Islamabad and Beijing agreed to build new roads in the north.", "en", ["transport_logistics"]),
    # growth that spares nature
    ("Hanoi and Beijing pledged to promote green development together.", "en", ["environment"]),
    ("Ханой и Пекин договорились содействовать зеленому развитию.", "ru", ["environment"]),
    # contacts between peoples, written without hyphens
    ("Colombo and New Delhi reviewed people to people contacts.", "en", ["culture"]),
    ("Colombo and New Delhi welcomed more people to people exchanges.", "en", ["culture"]),
])
def test_new_sector_phrasings(text, lang, expected):
    assert sectors(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the world's financial order is no finance of the relationship
    ("The ministers called for reform of international financial institutions.", "en", []),
    ("The ministers spoke of a fairer international financial architecture.", "en", []),
    # as before: banking between the two is finance
    ("The ministers agreed to expand financial cooperation between their banks.", "en", ["finance"]),
])
def test_the_international_financial_order_is_no_finance(text, lang, expected):
    assert sectors(text, lang) == expected


# -- sectors: a word named in passing -----------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # a brand is no trade
    ("Завод в Гродно выпускает сеялки под торговой маркой «Нива».", "ru", ["industry"]),
    ("Фабрика в Бресте шьет куртки под собственным торговым знаком.", "ru", ["industry"]),
    ("The plant in Penang sells its scooters under a trade mark of its own.", "en", []),
    # aid goods and the flight that carries them
    ("India sent a cargo of tents to Tonga.", "en", []),
    ("India gave two thousand solar lamps to Tonga.", "en", []),
    ("The tents arrived in Nuku'alofa on a humanitarian flight.", "en", []),
    # a place named in passing
    ("The ministers met at the beach resort of Varadero.", "en", []),
    # as before: trade, solar power and cargo named as such
    ("Завод в Гродно увеличил торговлю сеялками с Польшей.", "ru", ["industry", "trade"]),
    ("India and Tonga agreed to build a solar power plant.", "en", ["energy"]),
])
def test_a_brand_a_load_or_a_place_named_in_passing_is_no_sector(text, lang, expected):
    assert sectors(text, lang) == expected


# -- events: denied acts ------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Россия и Египет подготовили проект соглашения, однако дата его подписания пока не назначена.",
     "ru", []),
    ("Соглашение о торговле между Россией и Индией до сих пор не подписано.", "ru", []),
    ("India has not yet signed the trade agreement with Australia.", "en", []),
    ("The trade agreement between India and Australia was never ratified.", "en", []),
    # as before: "не только" and "not only" deny nothing
    ("Россия и Египет не только подписали соглашение, но и обсудили планы.", "ru", ["AGREE", "CONSULT"]),
    ("India and Australia not only signed the agreement but also discussed trade.", "en",
     ["AGREE", "CONSULT"]),
    # as before: a denial under a denial is an act
    ("Посол отметил, что нет ни одного вопроса, по которому Россия и Египет не договорились.", "ru",
     ["AGREE"]),
])
def test_a_denied_act_is_no_event(text, lang, expected):
    assert events(text, lang) == expected


# -- events: new phrasings ----------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # a kind of health care is no aid
    ("Делегация Узбекистана приняла участие в форуме по первичной медико-санитарной помощи в Астане.",
     "ru", ["CONSULT"]),
    # as before: aid given is aid
    ("Россия оказала Сирии гуманитарную помощь.", "ru", ["AID"]),
    # a route resumed is a joint act carried out again
    ("Россия и Вьетнам возобновили прямое авиасообщение между Москвой и Ханоем.", "ru", ["COOPERATE"]),
    # a consensus reached is an agreement
    ("The two sides will carry out the consensus reached by their leaders in Lima.", "en", ["AGREE"]),
    # a visit begun is a visit
    ("Prime Minister Luxon began a three-day visit to Vietnam on Sunday.", "en", ["CONSULT"]),
    ("Prime Minister Luxon started his visit to Vietnam in Hanoi.", "en", ["CONSULT"]),
])
def test_new_event_phrasings(text, lang, expected):
    assert events(text, lang) == expected
