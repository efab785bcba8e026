"""Round 32: rules from fresh real releases read without gold, kept where the blind sets did not
fall. Every sentence here is written for the test; each case fails without its rule."""
import pytest

from test_round_support import commitments as _commitments, figures as _figures


def figures(text: str, lang: str = "ru"):
    return _figures(text, lang)


def commitments(text: str, lang: str = "ru"):
    return _commitments(text, lang)


# -- figures -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Импорт Казахстана из Турции за девять месяцев 2024 года вырос до 2 млрд 315 млн 400 тыс. "
     "долларов.", 2_315_400_000),
    ("Экспорт Узбекистана в Китай за январь-июнь 2025 года достиг 3 млрд 48 млн 17 тыс. долларов "
     "США.", 3_048_017_000),
])
def test_russian_an_amount_in_three_parts_is_read_whole(text, value):
    assert [v for _, _, v, _ in figures(text)] == [value]


@pytest.mark.parametrize("text, metric", [
    ("В 2023 году Казахстан экспортировал в Китай меди на $2 млрд.", "exports"),
    ("В 2023 году Египет импортировал из Индии риса на $700 млн.", "imports"),
])
def test_russian_goods_worth_na_an_amount_under_a_trade_verb(text, metric):
    assert figures(text) == [(metric, "actual", 2e9 if metric == "exports" else 7e8, "USD")]


@pytest.mark.parametrize("text, metric", [
    ("По предварительным подсчетам, подписанные соглашения привлекут около 5 млрд долларов "
     "инвестиций из Саудовской Аравии в экономику Узбекистана.", "investment"),
    ("ОАЭ вложат 10 млрд долларов в экономику Казахстана.", "investment"),
    ("Армения и Иран подпишут контракты на 300 млн долларов.", "agreements_value"),
])
def test_russian_deals_and_investment_still_to_come_are_forecasts(text, metric):
    assert [(m, k) for m, k, _, _ in figures(text)] == [(metric, "forecast")]


def test_a_headline_deal_to_be_signed_is_the_body_deal_signed():
    text = ("Армения и Иран подпишут пакет соглашений на 4,6 млрд долларов\n"
            "Президенты Армении и Ирана провели переговоры. В ходе визита подписывается пакет "
            "инвестиционных соглашений на 4,6 млрд долларов в сферах энергетики и транспорта.")
    assert [(m, k) for m, k, _, _ in figures(text)] == [("agreements_value", "actual")]


@pytest.mark.parametrize("text, kept", [
    ("Товарооборот между Россией и Катаром в 2024 году достиг 150 млн долларов. Кроме того, "
     "товарооборот Катара со странами Евразийского экономического союза составил 900 млн долларов.",
     [150e6]),
    ("Посол ОАЭ Мохаммед аль-Джабер отметил, что товарооборот между нами и странами ЕАЭС достиг "
     "30 млрд долларов, а с Россией – 10 млрд долларов.", [10e9]),
])
def test_russian_trade_with_a_bloc_is_no_figure_of_the_pair(text, kept):
    assert [v for _, _, v, _ in figures(text)] == kept


def test_russian_a_margin_over_a_third_state_is_no_figure():
    found = figures("В 2023 году Турция закупила у Азербайджана товаров на 3,2 млрд долларов, "
                    "обогнав Италию на 150 млн долларов.")
    assert [v for _, _, v, _ in found] == [3.2e9]


def test_russian_a_change_with_an_aside_before_its_amount_is_a_change():
    found = figures("Товарооборот между Россией и Китаем вырос, по данным таможни, на 2 млрд "
                    "долларов и составил 30 млрд долларов.")
    assert [v for _, _, v, _ in found] == [30e9]


def test_russian_a_state_loan_is_a_figure():
    assert figures("Россия согласилась выдать Египту госкредит на $25 млрд на строительство "
                   "АЭС.") == [("other", "actual", 25e9, "USD")]


def test_russian_a_ceiling_to_come_does_not_make_the_grant_a_goal():
    found = figures("USAID выделит Грузии грант в размере 67 млн долларов с возможностью "
                    "увеличения до 100 млн долларов.")
    assert found[:1] == [("other", "actual", 67e6, "USD")]


def test_english_important_is_no_import():
    assert figures("Kazakhstan and India held talks. It is important to implement the joint "
                   "programme worth $300 million.", "en") == []


@pytest.mark.parametrize("text", [
    "Bilateral trade between Pakistan and China has been doubling to $4.5 billion in 2018.",
    "Trade between Kenya and Uganda kept increasing, to around $6 billion in 2023.",
])
def test_english_a_rise_to_an_amount_in_a_past_year_is_a_result(text):
    assert [k for _, k, _, _ in figures(text, "en")] == ["actual"]


def test_english_an_expectation_further_from_its_reach_is_a_forecast():
    found = figures("Putin said he expected bilateral trade between Russia and China to reach "
                    "$100 billion by 2015.", "en")
    assert [k for _, k, _, _ in found] == ["forecast"]


def test_russian_a_gapped_clause_goes_on_with_the_expectation():
    found = figures("Министр ожидает, что экспорт Казахстана в Китай в этом году составит $15 млрд, "
                    "а импорт – около $5 млрд.")
    assert [(m, k) for m, k, _, _ in found] == [("exports", "forecast"), ("imports", "forecast")]


def test_russian_goods_supplied_with_the_receiver_between():
    found = figures("В 2024 году Россия поставила Белоруссии товаров на $1,8 млрд.")
    assert found == [("exports", "actual", 1.8e9, "USD")]


def test_english_the_metric_right_after_in_is_the_amounts_own():
    found = figures("India and the UAE held talks. The UAE recorded AED4 billion in imports, AED2.8 "
                    "billion in exports with India in 2023.", "en")
    assert [m for m, _, _, _ in found] == ["imports", "exports"]


def test_english_the_countrys_total_exports_are_no_bilateral_figure():
    assert figures("Pakistan and Bangladesh held talks. The minister said the total exports of the "
                   "country have crossed $50 billion.", "en") == []


@pytest.mark.parametrize("text, value, currency", [
    ("Trade between Egypt and China reached about dlrs 7.1 billion in 2022.", 7.1e9, "USD"),
    ("Trade between Egypt and China reached US dlrs 1.4 billion in 2022.", 1.4e9, "USD"),
    ("Trade between Malaysia and China reached 110.5 billion RM in 2022.", 110.5e9, "MYR"),
])
def test_english_wire_currency_forms(text, value, currency):
    assert [(v, c) for _, _, v, c in figures(text, "en")] == [(value, currency)]


@pytest.mark.parametrize("text, metric", [
    ("The FDI from South Korea to Vietnam amounted to $20.82 million in 2023.", "investment"),
    ("Japan's ODA to Vietnam totaled $1.5 billion in 2022.", "other"),
])
def test_english_an_acronym_is_no_name(text, metric):
    assert [m for m, _, _, _ in figures(text, "en")] == [metric]


def test_english_from_its_current_value_is_the_level_now():
    found = figures("Turkey and Malaysia aim to raise bilateral trade from its current value of $10 "
                    "billion to $15 billion.", "en")
    assert [k for _, k, _, _ in found] == ["actual", "target"]


def test_english_a_wire_dateline_opens_the_sentence():
    found = figures("MOSCOW, March 3 (TASS) -- Trade between Russia and India reached 65 billion "
                    "dollars in 2023.", "en")
    assert found == [("trade_turnover", "actual", 65e9, "USD")]


@pytest.mark.parametrize("text, kept", [
    ("Китай и Россия провели переговоры. Общий объем внешней торговли КНР в 2023 году снизился до "
     "$5,94 трлн. Товарооборот России и Китая достиг $240 млрд.", [240e9]),
    ("Кыргызстан и Китай провели переговоры. Всего поступление прямых иностранных инвестиций за 2023 "
     "год составило $900 млн. Китай инвестировал в Кыргызстан $300 млн.", [300e6]),
])
def test_russian_a_states_total_with_all_partners_is_no_figure_of_the_pair(text, kept):
    assert [v for _, _, v, _ in figures(text)] == kept


def test_kazakh_latin_ts_is_ts_in_the_loanwords_ending():
    found = figures("Qazaqstan men Qytaı et klasteri týraly memorandýmǵa qol qoıdy. Qytaı "
                    "tarapynan keletin ınvestıtsııanyń jalpy kólemi 25 mln. dollar.", "kk")
    assert found == [("investment", "actual", 25e6, "USD")]


# -- commitments, Russian -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Работа межправительственной комиссии будет продолжена.",
    "Будет налажено прямое авиасообщение между Астаной и Ханоем.",
])
def test_russian_continued_and_established_in_the_future_passive(sentence):
    found = commitments("Казахстан и Вьетнам провели переговоры. " + sentence)
    assert found == [("JOINT", "commit")]


@pytest.mark.parametrize("sentence", [
    "Египет вышел с предложением, чтобы Росатом направил делегацию в Каир.",
    "Египетская сторона вышла с инициативой провести бизнес-форум в Каире.",
])
def test_russian_came_out_with_a_proposal(sentence):
    assert commitments("Россия и Египет провели переговоры. " + sentence) == [("EGY", "propose")]


@pytest.mark.parametrize("sentence, expected", [
    ("Стороны пришли к согласию расширить сотрудничество в энергетике.", [("JOINT", "agreed")]),
    ("«Нам предстоит принять меры для развития двусторонней торговли», – сказал Токаев.",
     [("KAZ", "commit")]),
    ("В ближайшее время предстоит визит президента в Монголию.", []),
    ("Будут предприняты дальнейшие шаги для углубления партнерства.", [("JOINT", "commit")]),
])
def test_russian_agreement_reached_and_what_lies_ahead(sentence, expected):
    found = commitments("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом "
                        "Монголии. " + sentence)
    assert found == expected


def test_russian_a_plan_stated_as_a_noun():
    found = commitments("Президент Казахстана Касым-Жомарт Токаев и Президент Монголии Ухнаагийн Хурэлсух "
                        "провели переговоры. «Наши планы — построить новый завод», – сказал Токаев.")
    assert found == [("KAZ", "intend")]


@pytest.mark.parametrize("sentence, expected", [
    ("Отмечена важность документов, подписанных в ходе визита.", []),
    ("Отмечена важность развития сотрудничества.", [("JOINT", "intend")]),
])
def test_russian_the_importance_of_documents_signed_is_a_view(sentence, expected):
    assert commitments("Казахстан и Франция провели переговоры. " + sentence) == expected


def test_russian_an_unowned_goal_said_by_one_side_is_that_sides():
    found = commitments("Россия и США провели консультации. Официальный представитель МИД России "
                        "Мария Захарова отметила, что целью является конкретизация параметров диалога.")
    assert found == [("RUS", "intend")]


@pytest.mark.parametrize("sentence", [
    "Председатель КНР подчеркнул, что странам необходимо продвигать сотрудничество в области энергетики.",
    "Премьер-министр Вьетнама отметил, что сторонам важно искать новые решения, чтобы укрепить связи.",
])
def test_russian_what_the_countries_need_or_find_important_is_both_sides(sentence):
    found = commitments("Президент Вьетнама и Председатель КНР Си Цзиньпин провели переговоры. " + sentence)
    assert [a for a, _ in found] == ["JOINT"]


# -- commitments, English -------------------------------------------------------------------------

OPENING = "President Prabowo of Indonesia held talks with Prime Minister Ishiba of Japan. "


@pytest.mark.parametrize("sentence, expected", [
    ('"We urge Indonesia to speed up the approval," the Japanese minister said.', [("JPN", "request")]),
    ("Indonesia considers it important to deepen trade with Japan.", [("IDN", "intend")]),
    ("The minister affirmed Indonesia's keenness in enhancing cooperation with Japan.", [("IDN", "intend")]),
])
def test_english_cues_of_the_read_outs(sentence, expected):
    assert commitments(OPENING + sentence, "en") == expected


JAPAN_US = "Japanese Foreign Minister Yoko Kamikawa met US Secretary of State Antony Blinken. "


@pytest.mark.parametrize("sentence, expected", [
    ("“I’d like to build a good relationship with Secretary Blinken,” Kamikawa said.", [("JPN", "intend")]),
    ("“We’ll keep working with Japan on energy,” Blinken said.", [("USA", "commit")]),
    ("Kamikawa expressed Japan's enthusiasm for strengthening the alliance.", [("JPN", "intend")]),
    ("Blinken pressed for more Japanese investment in American factories.", [("USA", "request")]),
    ("Kamikawa held telephone talks at request with Secretary Blinken.", []),
])
def test_english_contractions_and_more_read_out_wording(sentence, expected):
    assert commitments(JAPAN_US + sentence, "en") == expected


@pytest.mark.parametrize("sentence", [
    "“We will always remember the magnificent welcome,” Blinken said.",
    "The Japan-US relationship will achieve new heights in the coming time.",
    "Japan will never forget the support of the American people.",
])
def test_english_a_feeling_or_a_prophecy_in_the_future_is_no_commitment(sentence):
    assert commitments(JAPAN_US + sentence, "en") == []


def test_russian_a_feeling_in_the_future_is_no_commitment():
    assert commitments("Россия и Вьетнам провели переговоры. «Вьетнамский народ никогда не забудет "
                       "все это», – сказал премьер-министр Вьетнама.") == []


def test_english_thanked_for_its_commitment_is_the_thanked_states():
    found = commitments("President Joko Widodo of Indonesia held talks with Prime Minister Fumio Kishida "
                        "of Japan. Widodo expressed his appreciation to Japan for its commitment to "
                        "developing the east-west line of the MRT.", "en")
    assert found == [("JPN", "intend")]


def test_english_wishes_to():
    found = commitments("Kenyan President William Ruto met Chinese President Xi Jinping. China wishes "
                        "to make joint efforts with Kenya to expand trade.", "en")
    assert found == [("CHN", "intend")]


def test_english_needs_to_is_an_obligation():
    found = commitments("Indian Prime Minister Narendra Modi met Russian President Vladimir Putin. Modi said "
                        "India needs to diversify its exports to Russia.", "en")
    assert found == [("IND", "propose")]


def test_english_a_vow_of_a_thing():
    found = commitments("Chinese President Xi Jinping met US President Joe Biden. Xi vowed joint "
                        "efforts with the United States to expand trade.", "en")
    assert [m for _, m in found] == ["commit"]


def test_english_what_a_programme_seeks_is_no_partys_intention():
    found = commitments(OPENING + "President Prabowo invited Japan to join the Green Port programme, "
                        "which seeks to cut emissions in the harbour before 2030.", "en")
    assert found == [("IDN", "propose")]


# -- commitments, Kazakh --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен кездесті. «Біз екі ел арасындағы "
     "сауда кедергілерін толық жоюымыз керек», – деді Қасым-Жомарт Тоқаев.", [("KAZ", "commit")]),
    ("Олжас Бектенов Түрікменстан делегациясымен кездесті. «Түрікменстанмен шекарада бірлескен "
     "сауда орталығын салу керек деп ойлаймын», – деді Премьер-министр Олжас Бектенов.",
     [("KAZ", "propose")]),
])
def test_kazakh_obligations(text, expected):
    assert commitments(text, "kk") == expected


@pytest.mark.parametrize("text, expected", [
    ("Қазақстан мен Қатар сыртқы істер министрлері кездесті. Тараптардың ортақ міндеті – екі ел "
     "арасындағы инвестициялық ынтымақтастықты кеңейту.", [("JOINT", "intend")]),
    ("Қазақстан мен Вьетнам премьер-министрлері кездесті. Қазақстанның мақсаты – Вьетнамға астық "
     "экспортын екі есе арттыру.", [("KAZ", "intend")]),
    ("Қазақстан мен Вьетнам премьер-министрлері кездесті. Жаңадан ашылғалы отырған консулдықтың "
     "мақсаты — екі ел туризмінің дамуына ықпал ету.", []),
])
def test_kazakh_a_partys_goal_stated_as_a_noun(text, expected):
    assert commitments(text, "kk") == expected


@pytest.mark.parametrize("sentence", [
    "Қасым-Жомарт Тоқаев Әзербайжан Президенті Ильхам Әлиевтің шақыруымен ертең Бакуге аттанбақ.",
    "Өзбекстан Президенті Шавкат Мирзиёев келесі аптада Астанаға ресми сапармен келмек.",
])
def test_kazakh_a_journey_is_an_itinerary(sentence):
    assert commitments(sentence, "kk") == []
