"""Round 41 (persons, Russian and English): title and name patterns read on fresh
public releases (ministries' and agencies' pages), each rule measured on every real-text set.
Every sentence here is written for the test; it fails without its rule, or (marked "guard: as
before") guards what the rule must leave alone."""
import pytest

from test_round_support import record


def persons(text: str, lang: str = "ru"):
    return {p.name: (p.role_class, p.country) for p in record(text, lang).persons}


# -- persons: a title set off by a comma after a name still governs the next title ------------

@pytest.mark.parametrize("text, name, expected", [
    # "глава МИД РФ Сергей Лавров, помощник президента РФ Юрий Ушаков, пресс-секретарь главы
    # государства Дмитрий Песков" (cigr.net on a Putin-Hollande meeting)
    ("В беседе участвуют глава МИД РФ Сергей Лавров, помощник президента РФ Юрий Ушаков, "
     "пресс-секретарь главы государства Дмитрий Песков.", "Юрий Ушаков", ("other_official", "RUS")),
    ("В беседе участвуют глава МИД РФ Сергей Лавров, помощник президента РФ Юрий Ушаков, "
     "пресс-секретарь главы государства Дмитрий Песков.", "Дмитрий Песков", ("other_official", None)),
    # guard: as before: a title set off after one name and joined by "и" is not the next one's
    ("Виктор Каранкевич, заместитель премьер-министра Беларуси, и министр Казахстана Ерлан Карин "
     "провели встречу.", "Ерлан Карин", ("minister", "KAZ")),
])
def test_comma_title_governs_the_next(text, name, expected):
    assert persons(text)[name] == expected


# -- persons: "замглавы" is a deputy's title ----------------------------------------------------

@pytest.mark.parametrize("text, name, expected", [
    # "Замглавы российского МИД Сергей Рябков" (РИАМО on the US ambassador's credentials)
    ("Замглавы российского МИД Сергей Рябков встретился с новым послом США.", "Сергей Рябков",
     ("deputy_minister", "RUS")),
    ("На встрече были замглавы Минфина РФ Дмитрий Панкин и министр финансов Сербии Синиша Мали.",
     "Дмитрий Панкин", ("deputy_minister", "RUS")),
    ("Замглавы администрации президента Максим Орешкин выступил на форуме.", "Максим Орешкин",
     ("other_official", None)),
])
def test_zamglavy_is_a_deputy(text, name, expected):
    assert persons(text)[name] == expected


def test_zamglavy_role_stays_as_written():
    rec = record("Замглавы российского МИД Сергей Рябков встретился с новым послом США.", "ru")
    assert [p.role for p in rec.persons if p.name == "Сергей Рябков"] == ["Замглавы российского МИД"]


# -- persons: two full names side by side are two persons ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "пресс-секретарь Владимира Путина Дмитрий Песков" (anna-news on the Helsinki talks)
    ("В переговорах участвуют министр иностранных дел Сергей Лавров и пресс-секретарь Владимира "
     "Путина Дмитрий Песков.", {"Владимир Путин": ("other", "RUS"),
                                 "Дмитрий Песков": ("other_official", "RUS")}),
    ("Помощник Владимира Путина Юрий Ушаков заявил журналистам, что встреча пройдет в Кремле.",
     {"Владимир Путин": ("other", "RUS"), "Юрий Ушаков": ("other_official", "RUS")}),
    # the first keeps the title in the complement
    ("Пресс-секретарь президента России Владимира Путина Дмитрий Песков заявил журналистам.",
     {"Владимир Путин": ("head_of_state", "RUS"), "Дмитрий Песков": ("other_official", "RUS")}),
])
def test_two_full_names_are_two_persons(text, expected):
    got = persons(text)
    assert {k: got.get(k) for k in expected} == expected


# -- persons: parliament chairs and the head of a diplomacy --------------------------------------

@pytest.mark.parametrize("text, name, expected", [
    # "с главой российской дипломатии Сергеем Лавровым" (a Turkmen foreign ministry report)
    ("Министр провел переговоры с главой российской дипломатии Сергеем Лавровым в Москве.",
     "Сергей Лавров", ("minister", "RUS")),
    # "председателем комитета Совета Федерации по международным делам" (an agency's report)
    ("Посол встретился с председателем комитета Совета Федерации по международным делам "
     "Григорием Карасиным.", "Григорий Карасин", ("parliament", "RUS")),
    ("Министр встретился с председателем комитета Госдумы по международным делам Леонидом "
     "Слуцким.", "Леонид Слуцкий", ("parliament", "RUS")),
    # "председателем Совета Республики Национального Собрания Республики Беларусь"
    ("Министр встретился с председателем Совета Республики Национального Собрания Республики "
     "Беларусь Геннадием Новицким.", "Геннадий Новицкий", ("parliament", "BLR")),
])
def test_parliament_chairs_and_diplomacy_head(text, name, expected):
    assert persons(text)[name] == expected


# -- events: credentials presented by several envoys; acts still awaited -------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # "ambassadors of four nations present credentials" (Siasat, a ceremony of several envoys)
    ("The ambassadors of Mexico and Chile presented their credentials to the President of India.",
     "en", ["CONSULT"]),
    # guard: as before: one envoy's credentials
    ("The ambassador of Chile presented his credentials to the President of India.", "en",
     ["CONSULT"]),
    # a signing still expected after the visit is no agreement yet
    ("The signing of several memorandums of understanding between Kenya and China is expected.",
     "en", []),
    # guard: as before: an agreement signed that is expected to do something was signed
    ("The agreement signed by Kenya and China is expected to boost trade.", "en", ["AGREE"]),
    # a short participle coordinated with a future one shares its "будут"
    ("По итогам переговоров президентов России и Китая будут приняты решения и подписаны "
     "документы.", "ru", []),
    # guard: as before: signed documents are an agreement
    ("По итогам переговоров президентов России и Китая были подписаны документы.", "ru",
     ["AGREE", "CONSULT"]),
])
def test_credentials_of_several_and_acts_awaited(text, lang, expected):
    from test_round_support import events
    assert events(text, lang) == expected
