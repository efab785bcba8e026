"""Round 33: rules from fresh real releases read without gold, kept where the blind sets did not
fall. Every sentence here is written for the test; each case fails without its rule."""
import pytest

from test_round_support import commitments, events, figures


# -- figures -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Товарооборот Марокко и Франции в 2024 году составил 14 млрд евро, при этом число "
     "французских туристов выросло на 12%.", 14e9),
    ("Товарооборот Вьетнама и Индии в 2023 году составил 15 млрд долларов, а инфляция во Вьетнаме "
     "снизилась на 3%.", 15e9),
])
def test_russian_a_subject_in_the_next_clause_does_not_take_the_amount(text, value):
    # the parser makes "число" / "инфляция" the subject of "составил": another clause's noun
    assert [(m, v) for m, _, v, _ in figures(text, "ru")] == [("trade_turnover", value)]


@pytest.mark.parametrize("text", [
    "В 2023 году объем товарооборота между Вьетнамом и Россией, большую часть которого составляет "
    "вьетнамский экспорт в Россию, превысил 4 млрд долларов.",
    "Товарооборот Сербии и Китая, основу которого составляют импортные поставки из Китая, достиг "
    "6 млрд евро в 2024 году.",
    "Объем торговли между Перу и Японией, где преобладает экспорт меди, составил 3,2 млрд долларов "
    "в 2023 году.",
])
def test_russian_a_metric_word_in_a_relative_clause_is_not_the_subjects(text):
    assert [m for m, _, _, _ in figures(text, "ru")] == ["trade_turnover"]


def test_russian_a_relative_clause_on_a_place_leaves_the_metric_alone():
    text = "Экспорт Перу в Японию, где растет спрос на медь, составил 3,2 млрд долларов в 2023 году."
    assert [m for m, _, _, _ in figures(text, "ru")] == ["exports"]


# -- commitments -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Сантьяго, 5 августа – Чили и Вьетнам намерены довести товарооборот до 3 млрд долларов.",
     "JOINT"),
    ("Тегеран, 5 августа, ИРНА – Несмотря на санкции, обе страны намерены довести товарооборот "
     "до 5 млрд евро.", "JOINT"),
    ("Ташкент, 18 апреля /Синьхуа/ -- Узбекистан и Китай намерены довести товарооборот до "
     "5 млрд долларов.", "JOINT"),
])
def test_a_wire_dateline_is_no_part_of_the_sentence(text, actor):
    assert commitments(text, "ru") == [(actor, "intend")]


@pytest.mark.parametrize("text, lang", [
    ("«Но вы должны знать, что вы всегда желанный гость в Минске», — заявил Лукашенко президенту "
     "Египта.", "ru"),
    ('"Brussels must understand that the Western Balkans belong in the European Union," the Slovak '
     "Prime Minister said.", "en"),
])
def test_a_duty_to_know_binds_no_one(text, lang):
    assert commitments(text, lang) == []


def test_a_duty_to_act_is_still_a_commitment():
    text = '"We must expand trade with Slovakia," the Hungarian Prime Minister said.'
    assert commitments(text, "en") == [("HUN", "commit")]


@pytest.mark.parametrize("text", [
    "Если контракт будет подписан, Испания станет крупнейшим поставщиком флота Аргентины.",
    "«Если мы сможем сделать это, то Чили и Перу превратятся в крупнейших торговых партнеров», — "
    "сказал министр.",
    "«Хорошей площадкой для этого станет предстоящая в сентябре бизнес-миссия российских компаний "
    "в Армении», — сказал министр экономики России.",
    "Хорошей площадкой для этого станет бизнес-форум Россия – Армения в сентябре.",
])
def test_russian_what_a_party_or_thing_will_become_is_a_forecast(text):
    assert commitments(text, "ru") == []


@pytest.mark.parametrize("text, actor", [
    ("Казахстан станет участником проекта и вложит в него 2 млрд долларов.", "KAZ"),
    ("Узбекистан станет членом ВТО в 2026 году.", "UZB"),
])
def test_russian_joining_is_still_a_deed(text, actor):
    assert commitments(text, "ru") == [(actor, "commit")]


@pytest.mark.parametrize("text", [
    "Chile's Foreign Minister Alberto Klaveren and Peru's Foreign Minister Elmer Schialer expressed "
    "satisfaction with the progress and vowed to further expand this cooperation.",
    "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan expressed "
    "satisfaction with the progress of bilateral trade and vowed to further expand this cooperation.",
])
def test_english_two_named_officials_of_both_sides_are_joint_for_a_second_predicate(text):
    assert commitments(text) == [("JOINT", "commit")]


def test_english_one_named_official_stays_his_states():
    text = ("Chile's Foreign Minister Alberto Klaveren expressed satisfaction with the progress and "
            "vowed to further expand cooperation with Peru.")
    assert commitments(text) == [("CHL", "commit")]


@pytest.mark.parametrize("text", [
    "Қазақстан астығын Вьетнам мен Индонезияға сатпақ.",
    "Қазақстан етін Иран мен Иракқа экспорттамақ, деп хабарлайды агенттік.",
])
def test_kazakh_a_pair_in_the_dative_is_where_goods_go_not_who_acts(text):
    assert commitments(text, "kk") == [("KAZ", "intend")]


def test_kazakh_a_pair_in_the_nominative_is_both_sides():
    assert commitments("Қазақстан мен Вьетнам сауданы арттыруға ниетті.", "kk") == [("JOINT", "intend")]


def test_kazakh_will_be_useful_is_an_evaluation():
    text = ("Жаңа әуе рейсі екі ел арасындағы туризмге пайдалы болмақ, – деді Қазақстанның "
            "Италиядағы елшісі.")
    assert commitments(text, "kk") == []


# -- events ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Президент Монголии отметил, что подписание в рамках настоящего визита Совместного заявления "
    "подтверждает стремление сторон вывести отношения на новый уровень.",
    "Премьер-министр Венгрии отметил, что нынешний визит Президента Вьетнама в Будапешт открывает "
    "новую страницу в отношениях.",
])
def test_russian_the_present_visit_took_place(text):
    assert "CONSULT" in events(text, "ru")
