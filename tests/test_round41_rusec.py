"""Round 41 (Russian sectors, helper "rusec"): phrase families read on fresh public releases
(Russian-language pages of ministries, embassies, regions and agencies), each rule measured on
every real-text set. Every sentence here is written for the test; it fails without its rule, or
(marked "guard: as before") guards what the rule must leave alone."""
import pytest

from test_round_support import record  # noqa: F401


def sectors(text: str, lang: str = "ru"):
    return sorted(s.id for s in record(text, lang).sectors)


# -- sectors: hyphenated compounds that name two areas or a transport one ------------------------

@pytest.mark.parametrize("text, expected", [
    # "водно-энергетическая сфера" (Central Asian releases): water and power both
    ("Президенты обсудили развитие водно-энергетического сотрудничества.", ["energy", "water"]),
    # "сфере дорожно-транспортной инфраструктуры" (arzuw.news on Turkmenistan-Russia talks)
    ("Страны взаимодействуют в сфере дорожно-транспортной инфраструктуры.",
     ["transport_logistics"]),
    # guard: as before: the fuel-and-energy complex is energy
    ("Стороны обсудили проекты в топливно-энергетическом комплексе.", ["energy"]),
])
def test_hyphenated_compounds(text, expected):
    assert sectors(text) == expected


# -- sectors: "охрана окружающей среды" and biodiversity -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    # natasha reads "окружающей" as the verb "окружать": the phrase was missed
    # (china.tmembassy.gov.tm on Turkmen-British memoranda; montsame-style ministry releases)
    ("Министры договорились о сотрудничестве в области охраны окружающей среды.", ["environment"]),
    ("Подписан меморандум о защите биологического разнообразия на Каспийском море.", ["environment"]),
    # guard: as before: a minister's title is no area of cooperation
    ("Премьер-министр принял министра природных ресурсов и окружающей среды соседней страны.", []),
])
def test_environment_protection(text, expected):
    assert sectors(text) == expected


# -- sectors: words that only look like a sector -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "башкан Автономно-территориального образования Гагаузия" (sb.by): a unit, not schooling
    ("Посол встретился с главой автономно-территориального образования и обсудил торговлю.",
     ["trade"]),
    # "совершит гуманитарный рейс" (an emergencies ministry's aid flight): aid, not humanitarian ties
    ("Самолет спасателей совершит гуманитарный рейс в соседнюю страну.", []),
    # guard: as before: education itself
    ("Стороны обсудили сотрудничество в сфере высшего образования.", ["education"]),
])
def test_lookalikes(text, expected):
    assert sectors(text) == expected
