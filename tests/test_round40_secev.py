"""Round 40 (events and sectors, Russian and English, second helper): phrase families read on
fresh public releases, each rule measured on every real-text set. Every sentence here is written
for the test; it fails without its rule, or (marked "guard: as before") guards what the rule must
leave alone."""
import pytest

from test_round_support import events, record  # noqa: F401


def sectors(text: str, lang: str = "en"):
    return sorted(s.id for s in record(text, lang).sectors)


# -- sectors: the initiative's older name -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "One Belt, One Road" (Trend on Azerbaijan-China, Bernama on Malaysia-China) names the
    # initiative, not road transport
    ('Baku and Beijing discussed cooperation within the "One Belt, One Road" initiative.', []),
    ("The One Belt One Road Association welcomed the memoranda signed by Kuala Lumpur and Beijing.", []),
    # guard: as before: roads themselves are transport
    ("Baku and Beijing agreed to modernise the road linking the two regions.", ["transport_logistics"]),
])
def test_one_belt_one_road_is_no_road(text, expected):
    assert sectors(text) == expected


# -- sectors: humanitarian words that name a crisis or aid, not humanitarian ties ---------------

@pytest.mark.parametrize("text, lang, expected", [
    # "the ongoing war in Gaza, which has caused humanitarian disasters for civilians" (NINA on an
    # Iraq-UAE call): the plural is as much a crisis as the singular
    ("The leaders spoke of the war, which has caused humanitarian disasters for civilians.", "en", []),
    ("The ministers called for faster humanitarian responses to the needs of civilians.", "en", []),
    ("Both sides pledged humanitarian support to civilians in the region.", "en", []),
    ("Министр отметил, что эта гуманитарная поддержка подтвердила партнерский характер связей.",
     "ru", []),
    # guard: as before: humanitarian ties are culture
    ("The ministers agreed to expand cultural and humanitarian cooperation.", "en", ["culture"]),
    ("Стороны договорились развивать гуманитарное сотрудничество.", "ru", ["culture"]),
])
def test_humanitarian_crisis_and_aid_words_are_no_culture(text, lang, expected):
    assert sectors(text, lang) == expected


# -- events: credentials presented or received are an audience ----------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # "вручил ... верительные грамоты президенту" (РГ on Minsk; the Kremlin's ceremonies)
    ("Новый посол Казахстана в Египте вручил верительные грамоты президенту Египта.", "ru",
     ["CONSULT"]),
    ("Президент Киргизии принял верительные грамоты посла Турции.", "ru", ["CONSULT"]),
    # guard: as before: a ceremony still to come is no meeting
    ("Посол Казахстана вручит верительные грамоты президенту Египта в понедельник.", "ru", []),
    # "accepted the Letters of Credence from the ... High Commissioner" (Guyana Chronicle)
    ("President Ali accepted the Letters of Credence from the High Commissioner of Bangladesh.",
     "en", ["CONSULT"]),
])
def test_credentials_presented_are_an_audience(text, lang, expected):
    assert events(text, lang) == expected


# -- events: "received on Monday the minister" --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a time phrase between "received" and the visitor (French-style releases: "a reçu, lundi, le
    # ministre"; AGERPRES: "on Wednesday received at the Cotroceni Palace the Greek Minister")
    ("President Tebboune received on Monday the Italian Foreign Minister Antonio Tajani.",
     ["CONSULT"]),
    ("President Bongo received last Friday Morocco's Foreign Minister in Libreville.", ["CONSULT"]),
    # guard: as before: a thing received is no meeting
    ("The ministry received on Monday a proposal on the visa regime.", []),
])
def test_a_visitor_received_after_a_time_phrase(text, expected):
    assert events(text) == expected


# -- sectors: investment named by its act, its vehicle or half a compound -----------------------

@pytest.mark.parametrize("text, lang, expected", [
    # "до создания совместного инвестфонда" (Радио Беларусь on Minsk and CITIC)
    ("Минск и Пекин обсудили создание совместного инвестфонда.", "ru", ["investment"]),
    ("Президент призвал партнеров перейти к прямому инвестированию.", "ru", ["investment"]),
    ("Стороны подписали инвестиционно-торговые соглашения.", "ru", ["investment", "trade"]),
    ("Стороны обсудили индустриально-инвестиционное сотрудничество.", "ru", ["industry", "investment"]),
    ("The sides agreed to increase trade-investment delegation exchanges.", "en", ["investment", "trade"]),
    ("The leaders put a premium on economic-trade-investment cooperation.", "en", ["investment", "trade"]),
    # "программы торгового-экономического ... сотрудничества" (Коммерсантъ on Russia-Turkey):
    # the compound with a full first half is still trade
    ("Правительство одобрило программу торгового-экономического сотрудничества с Турцией.", "ru",
     ["trade"]),
    ("Стороны обсудили совместные инвестпроекты.", "ru", ["investment"]),
    # guard: as before: other trade compounds stay trade
    ("The sides discussed trade-economic cooperation.", "en", ["trade"]),
])
def test_investment_by_its_act_vehicle_or_compound(text, lang, expected):
    assert sectors(text, lang) == expected


# -- sectors: a long ministry title ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "the Deputy Minister of Foreign Affairs, Foreign Trade and Investments of the Kyrgyz
    # Republic" (24.kg): the last word of a long title is no area of cooperation
    ("Palestine's Ambassador met the Deputy Minister of Foreign Affairs, Foreign Trade and "
     "Investments of the Kyrgyz Republic.", []),
    # guard: as before: investment spoken of after the title counts
    ("The Deputy Minister of Foreign Affairs met the Ambassador and discussed investment.",
     ["investment"]),
])
def test_a_long_ministry_title_is_a_name(text, expected):
    assert sectors(text) == expected


# -- sectors: the pandemic fought together ----------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Hanoi is ready to share its experience in the fight against COVID-19 with Cairo.", "en",
     ["healthcare"]),
    ("Москва передала Ташкенту тест-системы для борьбы с новой коронавирусной инфекцией.", "ru",
     ["healthcare"]),
    # guard: as before: the pandemic named as a backdrop is no health cooperation
    ("Trade between the two countries fell during the COVID-19 pandemic.", "en", ["trade"]),
])
def test_the_pandemic_fought_together_is_health(text, lang, expected):
    assert sectors(text, lang) == expected
