"""Round 37: phrase families read on fresh public releases (wording of many sites, not of one),
each rule measured on every real-text set. Every sentence here is written for the test; it
fails without its rule, or (marked "as before") guards what the rule must leave alone."""
import pytest

from test_round_support import commitments, record  # noqa: F401


# -- figures ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, periods", [
    # Pakistan's and Bangladesh's fiscal years run July to June, and their releases count months of them
    ("Pakistan's exports to Iran were $410 million during July-March (2023-24) against "
     "$380 million during July-March (2022-23).", ["2023-07/2024-03", "2022-07/2023-03"]),
    ("Bangladesh's exports to Japan stood at $1.4 billion in July-June 2021-22.", ["2021-07/2022-06"]),
    ("Pakistan's exports to Kenya reached $250 million in 2022-23.", ["2022-07/2023-06"]),
    ("Pakistan's exports to Kenya reached $250 million in FY24.", ["2023-07/2024-06"]),
    # elsewhere the fiscal year is April to March, as before
    ("India's exports to Japan reached $5 billion in 2022-23.", ["2022-04/2023-03"]),
    ("India's exports to Japan reached $5 billion in April-December 2023-24.", ["2023-04/2023-12"]),
])
def test_months_and_years_of_a_fiscal_year(text, periods):
    assert [f.period for f in record(text, "en").figures] == periods


def test_the_current_fiscal_of_a_pakistani_release_started_in_july():
    rec = record("Pakistan's exports to Oman grew to $300 million in the current fiscal year.", "en")
    assert [f.period for f in rec.figures] == ["2023-07/2024-06"]


@pytest.mark.parametrize("text", [
    "Если в 2017 году товарооборот Казахстана и Турции составлял 3,2 миллиарда долларов, то к 2023 "
    "году он увеличился до 6,9 миллиарда долларов.",
    "В 2017 году товарооборот Казахстана и Турции составлял 3,2 миллиарда долларов, а к 2023 году "
    "он вырос до 6,9 миллиарда долларов.",
])
def test_a_past_by_year_in_the_next_clause_is_the_second_results(text):
    # "к 2023 году" told in 2024 dates the result after it, not the amount before its comma
    assert [f.period for f in record(text, "ru").figures] == ["2017", "2023"]


# -- commitments ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Президенты встретились в Минске. Беларусь и Россия должны выйти на товарооборот в 60 "
    "миллиардов долларов.",
    "Президенты России и Казахстана встретились. Стороны должны выйти на товарооборот в 30 "
    "миллиардов долларов.",
])
def test_parties_that_must_reach_an_amount_bind_themselves(text):
    # the parties named as the subject of "должны", like "мы должны", commit; no forecast
    assert commitments(text, "ru") == [("JOINT", "commit")]


def test_an_amount_that_must_come_stays_a_forecast():
    # as before: the quantity itself as the subject binds no one
    text = "Президенты России и Казахстана встретились. Товарооборот должен выйти на 30 миллиардов долларов."
    assert commitments(text, "ru") == []


@pytest.mark.parametrize("text, actor", [
    ("Правительство России приняло решение безвозмездно предоставить Киргизии 30 миллионов долларов.", "RUS"),
    ("В марте Япония приняла решение отсрочить Украине выплаты по кредиту.", "JPN"),
])
def test_one_states_decision_taken_is_its_agreed(text, actor):
    assert commitments(text, "ru") == [(actor, "agreed")]


@pytest.mark.parametrize("text, expected", [
    ("Компания «Газпром» приняла решение построить завод в Узбекистане.", []),
    ("По итогам переговоров президентов России и Казахстана принято решение о создании совместной "
     "комиссии.", [("JOINT", "agreed")]),
])
def test_a_companys_decision_binds_no_state_and_a_meetings_is_both_sides(text, expected):
    # as before
    assert commitments(text, "ru") == expected


@pytest.mark.parametrize("verb", ["пообещал", "заметил"])
def test_a_quote_closed_by_a_promise_or_a_remark_is_the_speakers(verb):
    text = ("Премьер-министр России Михаил Котов провел переговоры с Казахстаном. «Мы поставим в "
            f"Казахстан дополнительно 100 тысяч тонн зерна», — {verb} Котов.")
    assert commitments(text, "ru") == [("RUS", "commit")]


def test_a_promise_to_supply_is_a_deed_not_a_verb_of_saying():
    text = "Президенты России и Казахстана провели переговоры в Москве. Россия пообещала поставить Казахстану зерно."
    assert commitments(text, "ru") == [("RUS", "commit")]


def test_a_promise_to_raise_a_question_stays_speech():
    # as before: "поставить вопрос" is saying, not supplying
    text = "Президенты России и Казахстана провели переговоры в Москве. Россия обещала поставить вопрос перед партнерами."
    assert commitments(text, "ru") == []


@pytest.mark.parametrize("text, actor", [
    ("Indian and Nepali officials met in Kathmandu. The Government of India has agreed to provide a "
     "grant to Nepal.", "IND"),
    ("Pakistani and Saudi ministers met in Riyadh. Saudi Arabia has agreed, in principle, to revive "
     "the oil facility for Pakistan.", "SAU"),
    ("Pakistani and Saudi ministers met in Riyadh. The two governments have agreed to revive the oil "
     "facility.", "JOINT"),     # as before
])
def test_one_states_government_agreeing_is_that_states(text, actor):
    assert commitments(text, "en") == [(actor, "agreed")]


def test_a_decision_with_its_month_between_verb_and_to():
    text = ("Russian and Kyrgyz officials met in Moscow. The Russian government decided in March to "
            "provide $30 million of assistance to Kyrgyzstan.")
    assert commitments(text, "en") == [("RUS", "agreed")]


def test_an_order_to_allocate_is_the_givers():
    text = "Президент Азербайджана Ильхам Алиев распорядился выделить Украине из резервного фонда 2 млн долларов."
    assert commitments(text, "ru") == [("AZE", "commit")]


def test_we_with_each_other_is_both_sides():
    text = ("Канцлер Германии Анна Фогель встретилась с президентом Франции. «Мы будем и дальше тесно "
            "сотрудничать друг с другом», — сказала Фогель.")
    assert commitments(text, "ru") == [("JOINT", "commit")]


@pytest.mark.parametrize("text, expected", [
    ("Россия и Киргизия провели переговоры. В Киргизию планируется отправить 25 тысяч тонн зерна.",
     [("RUS", "intend")]),
    ("Россия и Киргизия провели переговоры. Киргизии будет выделено 30 млн долларов.", [("RUS", "commit")]),
    # as before: a plan with no receiver named is both sides'
    ("Россия и Киргизия провели переговоры. Планируется построить новый завод.", [("JOINT", "intend")]),
])
def test_what_is_planned_or_passed_to_one_party_is_the_others_to_give(text, expected):
    assert commitments(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    ("Президент Турции встретился с президентом России. Он заявил, что цель Турции - расширение "
     "сотрудничества с Россией и увеличение объемов торговли.", [("TUR", "intend")]),
    ("Узбекистан и Казахстан провели переговоры. «Мы уверенно движемся к цели по доведению взаимной "
     "торговли до 1 млрд долларов», – сказал министр Узбекистана Тошев.", [("UZB", "intend")]),
    ("Президенты Узбекистана и Казахстана провели переговоры. Лидеры двух стран обозначили целевой "
     "показатель товарооборота в размере 2 млрд долларов США.", [("JOINT", "intend")]),
    # as before: progress on a goal set earlier is no new goal
    ("Узбекистан и Казахстан провели переговоры. «Мы довольно быстро движемся к этой цели», – сказал "
     "министр Узбекистана Тошев.", []),
])
def test_goals_named_as_nouns(text, expected):
    assert commitments(text, "ru") == expected


@pytest.mark.parametrize("text, lang, periods", [
    ("Trade between Kazakhstan and Turkey in 2023 amounted to $6 billion, a 5.3 percent decrease "
     "compared to 2022 ($6.3 billion).", "en", ["2023", "2022"]),
    ("В 2021 году товарооборот Беларуси и Китая вырос на 34,1 процента по сравнению с 2020 годом "
     "(11,8 миллиарда долларов) - до 15,8 миллиарда долларов.", "ru", ["2020", "2021"]),
])
def test_a_base_in_brackets_after_its_year_is_that_years(text, lang, periods):
    assert [f.period for f in record(text, lang).figures] == periods


def test_a_transcript_label_speaks_its_whole_turn():
    text = ("Переговоры Президента России и Президента Белоруссии.\n\n"
            "В.Путин: Уважаемый Александр Григорьевич! Рад Вас видеть.\n\n"
            "Мы готовы увеличить поставки нефти в Белоруссию.\n\n"
            "А.Лукашенко: Спасибо, Владимир Владимирович.\n\n"
            "Мы готовы поставлять в Россию больше продовольствия.")
    assert commitments(text, "ru") == [("RUS", "ready"), ("BLR", "ready")]


@pytest.mark.parametrize("text, expected", [
    ("Президенты России и Китая провели переговоры. «Я очень рад нашей новой встрече», — сказал Путин.", []),
    ("Президенты России и Китая провели переговоры. «Я тоже на это очень надеюсь», — сказал Путин.", []),
    # as before: gladness to come, and a hope with its content, still count
    ("Президенты Киргизии и Франции провели переговоры. КР будет рада приходу инвесторов из Франции.",
     [("KGZ", "ready")]),
    ("Президенты России и Китая провели переговоры. «Мы надеемся на скорейшее подписание соглашения», "
     "— сказал Путин.", [("RUS", "intend")]),
])
def test_gladness_of_a_thing_and_a_hope_for_what_was_said_commit_no_one(text, expected):
    assert commitments(text, "ru") == expected


@pytest.mark.parametrize("text, metric", [
    ("Белоруссия за тот же период продала Казахстану 7,5 тыс. тонн колбасных изделий на сумму 29,12 млн "
     "долларов.", "exports"),
    ("США за тот же период приобрели у России товаров на 24,51 млрд долларов.", "imports"),
])
def test_goods_sold_or_bought_from_the_other_side(text, metric):
    assert [f.metric for f in record(text, "ru").figures] == [metric]


def test_a_state_that_will_receive_commits_nothing():
    text = ("Узбекистан и Афганистан подписали соглашение. После завершения работ Афганистан будет "
            "получать от Узбекистана до 1000 мегаватт электроэнергии.")
    assert commitments(text, "ru") == []


def test_a_partner_set_off_by_commas_is_no_second_subject():
    text = ("German and Ukrainian ministers met in Kyiv. Germany, together with international "
            "organizations, will provide more humanitarian aid to Ukraine.")
    assert commitments(text, "en") == [("DEU", "commit")]


@pytest.mark.parametrize("text, expected", [
    ("Казахстан и Кыргызстан провели переговоры. Казахстан рассмотрит вопрос открытия наземных пунктов "
     "пропуска для кыргызстанцев.", [("KAZ", "commit")]),
    # as before: questions on an agenda, and the sides' review, announce the talks
    ("Казахстан и Кыргызстан провели переговоры. В ходе визита министр рассмотрит вопросы сотрудничества.", []),
])
def test_one_side_taking_up_one_matter_commits(text, expected):
    assert commitments(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    ("Russian and Egyptian officials met in Cairo. Russia remains a reliable supplier of grain and will "
     "continue humanitarian supplies of grain to Egypt.", [("RUS", "commit")]),
    # an itinerary after "and will" stays one
    ("South African and Ghanaian officials met in Accra. President Ramaphosa of South Africa paid a "
     "visit to Guinea yesterday and will depart for Togo later today.", []),
])
def test_a_state_that_is_and_will_is_the_subject_of_both(text, expected):
    assert commitments(text, "en") == expected


@pytest.mark.parametrize("label_modi, label_kishida", [
    ("Prime Minister Modi", "Prime Minister Kishida"),
    ("PRIME MINISTER MODI", "PRIME MINISTER KISHIDA"),
])
def test_an_english_transcript_label_speaks_its_turn(label_modi, label_kishida):
    text = ("Talks between Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida.\n\n"
            f"{label_modi}: Thank you, Prime Minister. It is a pleasure to welcome you.\n\n"
            "We will increase our investment in Japan's clean energy sector.\n\n"
            f"{label_kishida}: Thank you very much.\n\n"
            "We are ready to expand yen loans for India's railways.")
    assert commitments(text, "en") == [("IND", "commit"), ("JPN", "ready")]


@pytest.mark.parametrize("text, expected", [
    ("Kazakh and Chinese leaders met in Astana. China is a powerful country, and it will continue to "
     "support Kazakhstan.", [("CHN", "commit")]),
    # "it" after a thing's clause is the thing
    ("Kazakh and Chinese leaders met in Astana. The new railway is long, and it will carry goods to Europe.", []),
])
def test_it_after_a_states_clause_is_that_state(text, expected):
    assert commitments(text, "en") == expected
