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


# -- second batch ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Trade between Uganda and Kenya amounted to $400 million in 2021, increasing by $25.5 million "
     "compared to the same period in 2020.", [("trade_turnover", "actual", 4e8, "USD")]),
    ("Trade between Chile and Korea reached $11 billion in 2022, increasing 18.5 percent from 2021, "
     "of which Chile's exports were $7 billion.",
     [("trade_turnover", "actual", 11e9, "USD"), ("exports", "actual", 7e9, "USD")]),
])
def test_english_increasing_by_or_by_a_percent_tells_a_change_not_a_goal(text, want):
    assert figures(text) == want


def test_english_increasing_trade_to_an_amount_is_still_a_goal():
    text = "Chile and Korea agreed on increasing trade to $5 billion by 2030."
    assert figures(text) == [("trade_turnover", "target", 5e9, "USD")]


@pytest.mark.parametrize("text", [
    "The combined value of exports and imports between Austria and Hungary was EUR 12 billion in 2021.",
    "Exports and imports between Qatar and Japan totalled $14 billion in 2023.",
    "The sum of Colombia's imports and exports with Spain reached $1.9 billion in 2023.",
])
def test_english_exports_and_imports_together_are_the_trade(text):
    assert [m for m, _, _, _ in figures(text)] == ["trade_turnover"]


def test_english_push_trade_up_to_is_a_goal():
    text = "Brazil and Egypt agreed to push bilateral trade to $5 billion in the coming years."
    assert [(m, k) for m, k, _, _ in figures(text)] == [("trade_turnover", "target")]


def test_english_rp_is_the_rupiah():
    text = ("Indonesia and Korea signed a port project worth Rp. 7 trillion, while a Korean loan of "
            "Rp 3.5 trillion will finance the road.")
    assert [(v, c) for _, _, v, c in figures(text)] == [(7e12, "IDR"), (3.5e12, "IDR")]


def test_russian_to_aim_to_exceed_an_amount_is_a_goal():
    text = ("Товарооборот Бразилии и Китая в 2024 году составил 150 млрд долларов, а теперь мы "
            "стремимся превысить 170 млрд долларов.")
    assert [(k, v) for _, k, v, _ in figures(text, "ru")] == [("actual", 150e9), ("target", 170e9)]


def test_russian_may_exceed_is_still_a_forecast():
    text = "Товарооборот России и Китая может превысить 250 млрд долларов в 2025 году."
    assert [k for _, k, _, _ in figures(text, "ru")] == ["forecast"]


def _periods(text: str, lang: str = "ru"):
    from test_round_support import record
    return [(f.value, f.period) for f in record(text, lang).figures]


def test_russian_a_year_that_ends_the_sentence_is_the_last_amounts():
    text = "Товарооборот Греции и Вьетнама вырос с 1,2 млрд долларов в 2015 году до 3,4 млрд долларов в 2022."
    assert _periods(text) == [(1.2e9, "2015"), (3.4e9, "2022")]


def test_russian_more_than_n_times_is_a_multiple_not_a_comparison():
    text = ("Товарооборот Мексики и России увеличился более чем в 30 раз - с 4 миллионов долларов в "
            "2010 году до 130 миллионов долларов в 2017-м.")
    assert _periods(text) == [(4e6, "2010"), (1.3e8, "2017")]


def test_russian_more_than_in_a_year_is_still_a_comparison():
    text = ("Товарооборот Мексики и России в 2023 году составил 130 миллионов долларов, что больше, чем "
            "в 2010 году.")
    assert _periods(text) == [(1.3e8, "2023")]


@pytest.mark.parametrize("text, actor", [
    ("Правительства Туркменистана и Ирана подписали соглашение. Стороны примут все необходимые меры "
     "для упрощения визового режима.", "JOINT"),
    ("Правительства Туркменистана и Ирана подписали соглашение. Иран примет меры для увеличения "
     "поставок газа в Туркменистан.", "IRN"),
])
def test_russian_to_take_measures_is_a_deed_not_an_announcement(text, actor):
    assert commitments(text, "ru") == [(actor, "commit")]


def test_russian_to_receive_a_delegation_is_still_an_announcement():
    assert commitments("Президент Ирана примет делегацию Туркменистана.", "ru") == []


@pytest.mark.parametrize("text, want", [
    ("Malaysia and Indonesia are hoping to conclude discussions on the agreement in the next two "
     "months.", [("JOINT", "intend")]),
    ("The Prime Minister of Pakistan also renewed his invitation to the Amir of Qatar to undertake "
     "an official visit to Pakistan.", [("PAK", "propose")]),
])
def test_english_hoping_to_and_a_renewed_invitation(text, want):
    assert commitments(text) == want


# -- third batch -------------------------------------------------------------------------------

def _countries(text: str, lang: str = "ru"):
    from test_round_support import record
    return sorted(c.code for c in record(text, lang).countries)


@pytest.mark.parametrize("text, want", [
    ("Стоимость строительства нового терминала в порту составит порядка 45 млн долл. США, сообщил "
     "министр транспорта Армении по итогам встречи с делегацией Египта.", ["ARM", "EGY"]),
    ("Стоимость проекта составит порядка 180 млн долл США, сообщил министр Кыргызстана после встречи "
     "с делегацией ОАЭ.", ["ARE", "KGZ"]),
])
def test_russian_the_abbreviated_us_dollar_is_no_state(text, want):
    assert _countries(text) == want


def test_russian_the_us_is_still_a_state():
    assert _countries("Министр Армении встретился с послом США.") == ["ARM", "USA"]


@pytest.mark.parametrize("text, value", [
    ("В 2024 году Казахстан и Монголия наторговали более чем на треть миллиарда долларов.", 333_333_300),
    ("Товарооборот Армении и Египта в 2024 году превысил четверть миллиарда долларов.", 250_000_000),
])
def test_russian_a_third_or_a_quarter_of_a_billion(text, value):
    assert [(k, round(v, -1)) for _, k, v, _ in figures(text, "ru")] == [("actual", value)]


@pytest.mark.parametrize("text", [
    "Pakistan and China signed two MoUs worth $900 million.",
    "Pakistan and China signed two MOUs worth $900 million in Beijing.",
])
def test_english_mous_are_agreements_not_a_name(text):
    assert figures(text) == [("agreements_value", "actual", 9e8, "USD")]


def test_english_a_fiscal_year_with_its_months_in_brackets():
    text = "Pakistan exports to China stood at $2.5 billion during fiscal year 2022-23 (July-June)."
    assert _periods(text, "en") == [(2.5e9, "2022-07/2023-06")]


@pytest.mark.parametrize("text, kind", [
    ("The minister said trade between Pakistan and China would surpass $8 billion this year.", "forecast"),
    ("Korea and Vietnam want to surpass $10 billion in trade.", "target"),
    ("Bilateral trade between India and Saudi Arabia is to hit $60 billion by 2015.", "target"),
])
def test_english_surpass_and_hit_still_to_come(text, kind):
    assert [k for _, k, _, _ in figures(text)] == [kind]


def test_english_hit_in_a_past_year_is_a_result():
    assert [k for _, k, _, _ in figures("Trade between Chile and China hit $60 billion in 2015.")] == ["actual"]


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a memorandum. The two ministers said they would work together to curb "
    "illegal fishing.",
    "Chile and Peru signed a memorandum. Both leaders said they would expand trade.",
])
def test_english_two_offices_who_said_they_would_are_both_sides(text):
    assert commitments(text) == [("JOINT", "commit")]


@pytest.mark.parametrize("text", [
    "Россия и Мьянма подписали соглашение. Центральные банки двух стран планируют перейти на "
    "расчеты в национальных валютах.",
    "Россия и Мьянма подписали соглашение. Министерства обеих стран намерены расширить "
    "сотрудничество в энергетике.",
])
def test_russian_the_bodies_of_both_countries_are_joint(text):
    assert commitments(text, "ru") == [("JOINT", "intend")]


def test_russian_one_countrys_ministry_stays_its_own():
    text = ("Россия и Мьянма подписали соглашение. Министерство энергетики России намерено расширить "
            "сотрудничество с Мьянмой.")
    assert commitments(text, "ru") == [("RUS", "intend")]


@pytest.mark.parametrize("text, lang, modality", [
    ("Kenya and Brazil held talks in Nairobi on Monday. They expressed readiness to expand trade in "
     "coffee.", "en", "ready"),
    ("Казахстан и Китай провели переговоры в Астане. Они выразили готовность расширять торговлю.",
     "ru", "ready"),
])
def test_they_after_two_states_opening_the_sentence_before_are_both(text, lang, modality):
    assert commitments(text, lang) == [("JOINT", modality)]


# -- fourth batch ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, modality", [
    ("The presidents of Chile and Peru met in Lima. The two leaders renewed their commitment to "
     "deepen economic integration.", "intend"),
    ("The presidents of Chile and Peru met in Lima. The two leaders recognised the importance of "
     "expanding trade.", "intend"),
])
def test_english_renewed_and_recognised_state_a_position(text, modality):
    assert commitments(text) == [("JOINT", modality)]


@pytest.mark.parametrize("text", [
    "Посол Казахстана встретился с вице-президентом Вьетнама. Кошербаев подтвердил приглашение "
    "президента Вьетнама посетить Казахстан.",
    "Посол Казахстана встретился с вице-президентом Вьетнама. Он напомнил о приглашении председателя "
    "Вьетнама посетить Казахстан.",
])
def test_russian_an_invitation_to_visit_a_state_is_that_states(text):
    assert commitments(text, "ru") == [("KAZ", "propose")]


# -- fifth batch -------------------------------------------------------------------------------

def test_english_elevate_trade_to_is_a_goal():
    text = "Kazakhstan and Turkey signed an agreement to elevate their trade to $10 billion."
    assert [(m, k) for m, k, _, _ in figures(text)] == [("trade_turnover", "target")]


def test_an_amount_restated_in_square_brackets_is_one_figure():
    text = "China gave Ethiopia a grant of 300 million yuan [roughly $45 million] for the railway."
    assert figures(text) == [("other", "actual", 3e8, "CNY")]


@pytest.mark.parametrize("text, lang", [
    ("Президенты Кении и Турции провели переговоры. Дорожная карта, как ожидается, будет подписана "
     "до конца года.", "ru"),
    ("Президенты Кении и Турции провели переговоры. Как ожидается, по итогам встречи будут подписаны "
     "более 40 документов.", "ru"),
    ("Kenya and Turkey held talks. A new trade agreement is expected to be signed soon.", "en"),
])
def test_what_is_expected_to_happen_is_a_forecast(text, lang):
    assert commitments(text, lang) == []


def test_russian_a_signing_announced_plainly_is_still_a_commitment():
    text = "Президенты Кении и Турции провели переговоры. Дорожная карта будет подписана до конца года."
    assert commitments(text, "ru") == [("JOINT", "commit")]


@pytest.mark.parametrize("text", [
    "Товарообмен между Ираном и Арменией в 2023 году достиг 700 миллионов долларов.",
    "Объем обменов между Ираном и Арменией в 2023 году достиг 700 миллионов долларов.",
])
def test_russian_the_exchange_of_goods_is_the_trade(text):
    assert figures(text, "ru") == [("trade_turnover", "actual", 7e8, "USD")]


def test_russian_an_appeal_to_the_other_side_to_act_is_a_request():
    text = ("Министр иностранных дел Чехии обратился к ангольской стороне оказать содействие в "
            "восстановлении разрушенных школ.")
    assert commitments(text, "ru") == [("CZE", "request")]


def test_russian_an_appeal_to_journalists_is_none():
    assert commitments("Министр иностранных дел Чехии обратился к журналистам с заявлением.", "ru") == []


@pytest.mark.parametrize("text", [
    "Посол Беларуси встретился с министром Алжира. «Вся продукция белорусских предприятий нужна в "
    "Алжире», — сказал министр Алжира.",
    "Посол Беларуси встретился с министром Алжира. «Нам нужны белорусские технологии для "
    "переработки газа», — сказал министр Алжира.",
])
def test_russian_a_thing_needed_is_no_obligation(text):
    assert commitments(text, "ru") == []


def test_russian_a_deed_needed_is_still_an_obligation():
    text = ("Посол Беларуси встретился с министром Алжира. «Нам нужно расширить поставки техники», — "
            "сказал посол Беларуси.")
    assert commitments(text, "ru") == [("BLR", "commit")]


@pytest.mark.parametrize("text", [
    "Президент Узбекистана встретился с канцлером Германии. Мирзиёев выразил благодарность за "
    "приглашение посетить Берлин.",
    "Президент Узбекистана встретился с канцлером Германии. Мирзиёев выразил признательность за "
    "принятое приглашение посетить Ташкент.",
])
def test_russian_thanks_for_an_invitation_is_no_invitation(text):
    assert commitments(text, "ru") == []


def test_english_to_work_to_double_trade_is_a_goal_not_a_forecast():
    text = "Kenya and India held talks. The two countries will work to double bilateral trade."
    assert commitments(text) == [("JOINT", "commit")]


def test_english_trade_that_will_double_is_a_forecast():
    assert commitments("Kenya and India held talks. Trade between the two countries will double by 2030.") == []


def test_english_the_pair_is_both_sides():
    text = "Kenya and India held talks in Nairobi. The pair pledged to deepen cooperation in energy."
    assert commitments(text) == [("JOINT", "commit")]


# -- sixth batch -------------------------------------------------------------------------------

def test_english_agreeing_with_someone_that_a_thing_is_so_is_no_agreement():
    text = ("The President of Serbia met the Ambassador of Egypt. He agreed with the Ambassador that "
            "the joint projects are progressing well.")
    assert commitments(text) == []


def test_english_agreeing_with_someone_on_what_should_be_done_still_is():
    text = ("The President of Serbia met the Ambassador of Egypt. He agreed with the Ambassador that "
            "the two countries should expand trade.")
    assert commitments(text) == [("JOINT", "agreed")]


@pytest.mark.parametrize("text, actor", [
    ("The President of Serbia met the Ambassador of Egypt. The two countries have a common goal: to "
     "double trade by 2030.", "JOINT"),
    ("The President of Serbia met the Ambassador of Egypt. He noted the intentions of the Egyptian "
     "side to invest in Serbian agriculture.", "EGY"),
])
def test_english_a_goal_after_a_colon_and_plural_intentions(text, actor):
    assert commitments(text) == [(actor, "intend")]


def test_russian_a_priority_stated_as_a_goal():
    text = ("Посол Германии встретился с министром Казахстана. «Мой приоритет – расширить торговлю между "
            "Германией и Казахстаном», — сказал посол Германии.")
    assert commitments(text, "ru") == [("DEU", "intend")]


@pytest.mark.parametrize("text, lang", [
    ("Trade between Turkey and Nigeria grew from $5.4 billion at the end of 2003 to $25.3 billion by "
     "2020.", "en"),
    ("Товарооборот Турции и Нигерии вырос с 5,4 млрд долларов в 2003 году до 25,3 млрд долларов к "
     "2020 году.", "ru"),
])
def test_a_result_by_a_year_already_past_is_that_years(text, lang):
    assert _periods(text, lang) == [(5.4e9, "2003"), (25.3e9, "2020")]


def test_a_goal_by_a_year_to_come_keeps_its_year():
    text = ("Товарооборот Турции и Нигерии в 2023 году составил 5 млрд долларов, стороны намерены довести "
            "его до 10 млрд долларов к 2030 году.")
    assert _periods(text) == [(5e9, "2023"), (1e10, "2030")]


# -- last batch --------------------------------------------------------------------------------

def test_russian_considers_it_important_to_act():
    text = ("Президенты Чили и Индонезии провели переговоры. Чили считает важным расширить поставки меди в "
            "Индонезию.")
    assert commitments(text, "ru") == [("CHL", "intend")]


def test_russian_considers_it_important_that_a_thing_is_so_is_none():
    text = ("Президенты Чили и Индонезии провели переговоры. Министр считает важным, что переговоры прошли "
            "успешно.")
    assert commitments(text, "ru") == []


def test_russian_confirmed_their_aim_as_a_noun():
    text = "Президенты Чили и Индонезии провели переговоры. Стороны подтвердили нацеленность на расширение торговли."
    assert commitments(text, "ru") == [("JOINT", "intend")]


def test_english_pledge_to_in_the_present():
    assert commitments("China and Kenya held talks. They also pledge to deepen exchanges in culture.") == [
        ("JOINT", "commit")]


@pytest.mark.parametrize("text, want", [
    ("Президенты Беларуси и Египта провели переговоры. Лукашенко выразил надежду, что развитие "
     "взаимодействия по приоритетным направлениям будет и в дальнейшем содействовать укреплению "
     "дружбы и способствовать росту благополучия граждан двух стран.", [("BLR", "intend")]),
    ("«Надеемся, с учетом того, что вас сопровождает представительная делегация, наши "
     "межпарламентские отношения будут активно развиваться», — сказал спикер Госдумы России.",
     [("RUS", "intend")]),
])
def test_russian_the_future_a_hope_is_for_is_no_second_commitment(text, want):
    assert commitments(text, "ru") == want


def test_english_the_need_for_two_named_parties_to_act():
    text = ("Kenya and the UAE held talks. President Ruto expressed the need for Kenya and the UAE to "
            "rejuvenate their bilateral cooperation.")
    assert commitments(text) == [("KEN", "propose")]


@pytest.mark.parametrize("text, actor", [
    ("Chile and Peru held talks. The Chilean and Peruvian Foreign Ministers held a bilateral meeting, "
     "during which they reaffirmed their commitment to working closely on border trade.", "JOINT"),
])
def test_english_during_which_they_are_the_holders_of_the_meeting(text, actor):
    assert commitments(text) == [(actor, "intend")]


def test_russian_we_with_the_colleague_are_both_sides():
    text = ("Министры России и Египта провели переговоры. «Мы с коллегой намерены расширить торговлю», — "
            "сказал министр России.")
    assert commitments(text, "ru") == [("JOINT", "intend")]


def test_russian_we_alone_stay_the_speakers():
    text = ("Министры России и Египта провели переговоры. «Мы намерены расширить торговлю», — сказал "
            "министр России.")
    assert commitments(text, "ru") == [("RUS", "intend")]


def test_english_a_growth_seen_to_reach_an_amount_is_the_result():
    text = ("Trade between Saudi Arabia and Uzbekistan has seen a five-fold growth to reach SAR 289 "
            "million in 2023.")
    assert [(k, c) for _, k, _, c in figures(text)] == [("actual", "SAR")]


@pytest.mark.parametrize("text, lang", [
    ("Turkey and Nigeria held talks. Turkey’s trade with Africa reached $40 billion in 2023.", "en"),
    ("Turkey and Nigeria held talks. Trade between Turkey and Africa reached $40 billion in 2023.", "en"),
    ("Президенты Турции и Нигерии провели переговоры. Товарооборот Турции со странами Африки в 2023 "
     "году достиг 40 млрд долларов.", "ru"),
])
def test_trade_with_a_continent_is_no_figure_of_the_pair(text, lang):
    assert figures(text, lang) == []


def test_the_pairs_trade_beside_a_continent_is_kept():
    text = ("Президенты Турции и Нигерии провели переговоры. Нигерия – крупнейший партнер Турции в "
            "Африке, товарооборот между странами в 2023 году достиг 4 млрд долларов.")
    assert figures(text, "ru") == [("trade_turnover", "actual", 4e9, "USD")]


# -- fifth wave --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ('Kazakhstan and Japan held talks. "It is essential to expand direct flights between our countries," '
     "the Kazakh minister said.", "KAZ"),
    ("Kazakhstan and Japan held talks. It is crucial for both countries to diversify trade, the minister "
     "said.", "JOINT"),
])
def test_english_essential_and_crucial_as_important(text, actor):
    assert commitments(text) == [(actor, "intend")]


def test_russian_this_figure_stands_for_the_metric_before():
    text = ("Товарооборот Алжира и Беларуси в 2022 году составил 20 млн долларов. В 2023 году эта цифра "
            "упала до 2 млн долларов.")
    assert figures(text, "ru") == [("trade_turnover", "actual", 2e7, "USD"), ("trade_turnover", "actual", 2e6, "USD")]


def test_russian_a_figure_of_a_named_metric_is_not_the_sentence_befores():
    # "цифра" right before "оборота" is no anaphor: the amount is not the exports named before
    text = ("Товарооборот Армении и России вырос. Экспорт Армении в Россию увеличился. «$5,8 млрд — "
            "рекордная цифра оборота Армении и России в 2022 году», — сказал министр Армении.")
    assert "exports" not in [m for m, _, _, _ in figures(text, "ru")]


def test_russian_proposed_to_one_side_is_the_others_proposal():
    text = ("Президент Казахстана встретился с президентом Вьетнама. Вьетнамской стороне было предложено "
            "рассмотреть создание совместного предприятия.")
    assert commitments(text, "ru") == [("KAZ", "propose")]


def test_russian_agreed_in_opinion_on_the_importance():
    text = ("Президенты Узбекистана и Германии провели переговоры. Стороны сошлись во мнении о важности "
            "расширения торговли.")
    assert commitments(text, "ru") == [("JOINT", "intend")]


@pytest.mark.parametrize("text", [
    "Kazakhstan and China are implementing 52 joint projects with an investment volume of $21 billion.",
    "The investment projects portfolio of Uzbekistan and Germany exceeded 20 billion euros in 2023.",
])
def test_english_a_portfolio_of_projects_is_their_value(text):
    assert [m for m, _, _, _ in figures(text)] == ["project_value"]


@pytest.mark.parametrize("text, lang", [
    ("Georgia and Turkey held talks. Georgia’s trade with the CIS countries reached $3 billion in 2023.", "en"),
    ("Президенты России и ОАЭ провели переговоры. Товарооборот России с другими странами БРИКС достиг "
     "294 млрд долларов.", "ru"),
])
def test_trade_with_a_bloc_named_otherwise_is_no_figure_of_the_pair(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Kazakhstan and Germany held talks. Kazakhstan’s trade with Europe reached $40 billion in 2023.", "en"),
    ("Kazakhstan and Egypt held talks. Kazakhstan’s trade with the Arab countries reached $2 billion in 2023.", "en"),
    ("Президенты Казахстана и Германии провели переговоры. Товарооборот Казахстана с Европой в 2023 году "
     "достиг 40 млрд долларов.", "ru"),
    ("Президенты Казахстана и Египта провели переговоры. Товарооборот Казахстана с арабскими странами в "
     "2023 году достиг 2 млрд долларов.", "ru"),
])
def test_trade_with_europe_asia_or_the_arab_countries_is_no_figure_of_the_pair(text, lang):
    assert figures(text, lang) == []


def test_the_pairs_trade_beside_europe_is_kept():
    text = ("Президенты Казахстана и Германии провели переговоры. Германия – главный партнер Казахстана в "
            "Европе, товарооборот между странами в 2023 году достиг 4 млрд долларов.")
    assert figures(text, "ru") == [("trade_turnover", "actual", 4e9, "USD")]
