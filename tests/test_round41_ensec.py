"""Round 41 (sectors of English releases, helper "ensec"): phrase families read on fresh public
English pages, each rule measured on every real-text set. Every sentence here is written for the
test; it fails without its rule, or (marked "guard: as before") guards what the rule must leave
alone."""
import pytest

from test_round_support import record  # noqa: F401


def sectors(text: str, lang: str = "en"):
    return sorted(s.id for s in record(text, lang).sectors)


# -- sectors: culture listed with history, language, religion is a shared heritage ---------------

@pytest.mark.parametrize("text, expected", [
    # "similarities in language and culture" (financialtribune.com/node/119220, an Iranian
    # minister in Tajikistan); "united by deep human, cultural, historical ... ties" in real releases
    ("The minister said the visit was easy because of similarities in language and culture.",
     []),
    ("Turkey and Azerbaijan are united by deep cultural, historical and linguistic ties.", []),
    ("Egypt and Sudan are bound together by history, religion and culture, the minister said.", []),
    # guard: as before: a heritage named as an area of work is culture
    ("The ministers agreed to expand cooperation in cultural and historical heritage.", ["culture"]),
    ("The two sides agreed to hold cultural events and religious exchanges.", ["culture"]),
    # guard: as before: culture in a list of areas
    ("The sides agreed to deepen cooperation in trade, culture and education.",
     ["culture", "education", "trade"]),
])
def test_culture_among_heritage_words_is_a_backdrop(text, expected):
    assert sectors(text) == expected


# -- sectors: "cultural-humanitarian" as one hyphenated word ------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "cooperation in political, trade-economic and cultural-humanitarian spheres"
    # (en.inform.kz/amp/kazakh-russian-fms-meet-in-nur-sultan_a3573598/)
    ("The ministers reviewed cooperation in the cultural-humanitarian sphere.", ["culture"]),
    ("The sides noted progress in humanitarian-cultural ties.", ["culture"]),
])
def test_hyphenated_cultural_humanitarian_is_culture(text, expected):
    assert sectors(text) == expected


# -- sectors: the airport a leader arrived at; the climate of the talks -------------------------

@pytest.mark.parametrize("text, expected", [
    # a leader "arrived at ... International Airport" (the airport is where the visit began)
    ("The President arrived at Soekarno-Hatta International Airport on Sunday evening.", []),
    ("On his arrival at the international airport, the premier was met by the foreign minister.", []),
    # "At the Heydar Aliyev International Airport ... officials greeted President ..." and "From
    # the airport the motorcade ... went" (mfa.gov.tm/en/news/364); "the first foreign head of
    # state to land at the new Tashkent East Airport" (qalampir.uz/n/127096)
    ("At the Zvartnots International Airport, officials greeted the Prime Minister.", []),
    ("From the airport the motorcade of the guest went to the residence.", []),
    ("The President was the first foreign leader to land at the new Samarkand Airport.", []),
    # "the climate of dialogue between the two countries"
    ("The ministers praised the climate of dialogue that the two states have built.", []),
    ("The leaders praised the climate of trust in bilateral relations.", []),
    # guard: as before: an airport as a project is civil aviation, climate action is environment
    ("Japan will fund the airport development project in Colombo.", ["civil_aviation"]),
    ("The sides agreed to work together on climate action.", ["environment"]),
])
def test_arrival_airport_and_climate_of_talks(text, expected):
    assert sectors(text) == expected


# -- sectors: "humanitarian issues" on the agenda are a crisis, not humanitarian ties -----------

@pytest.mark.parametrize("text, expected", [
    # a refugees' "humanitarian issue" discussed at talks: the same family as "humanitarian
    # situation" (written sentences)
    ("The leaders also discussed the humanitarian issue of the refugees in the camps.", []),
    ("The ministers discussed terrorism and humanitarian issues in the region.", ["defense_security"]),
    # guard: as before: cultural and humanitarian cooperation is culture
    ("The sides agreed to expand cultural and humanitarian cooperation.", ["culture"]),
])
def test_humanitarian_issues_are_no_culture(text, expected):
    assert sectors(text) == expected


# -- events: a sum announced "in loans" to a state is aid ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "it will extend ¥132.7 billion (about $1.2 billion) in loans to Bangladesh" (a work set's
    # wording; the sentences are written): the pledge names the aid with its amount
    ("The government said it will extend 90 billion yen (about $800 million) in loans to Sri Lanka.",
     ["AID"]),
    ("Kuwait will provide $50 million in grants to Jordan for schools.", ["AID"]),
    # guard: as before: a loan only considered is none
    ("Japan is ready to consider a further loan to Sri Lanka.", []),
])
def test_sum_in_loans_is_aid(text, expected):
    assert sorted({e.type for e in record(text, "en").events}) == expected
