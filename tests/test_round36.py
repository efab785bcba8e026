"""Round 36: phrase families read on fresh public releases (wording of many sites, not of one),
each rule measured on every real-text set. Every sentence here is written for the test; it
fails without its rule."""
import pytest

from test_round_support import commitments, record  # noqa: F401


# -- figures ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, periods", [
    ("In 2023 trade between India and Chile was $10 billion and reached $12 billion in 2024.",
     "en", ["2023", "2024"]),
    ("Trade between Peru and Japan was 10 billion dollars last year and grew by 7 percent to "
     "3 billion dollars in the first three months of 2024.", "en", ["2023", "2024-01/2024-03"]),
    ("В 2023 году товарооборот Армении и Ирана составил 700 млн долларов и вырос до 800 млн "
     "долларов в 2024 году.", "ru", ["2023", "2024"]),
])
def test_a_period_before_an_earlier_figure_is_that_ones(text, lang, periods):
    # the second amount names its own period right after it; the one before it is the first's
    assert [f.period for f in record(text, lang).figures] == periods


def test_a_span_of_months_right_after_the_amount_beats_a_year_in_another_clause():
    text = ("Trade between Hungary and Korea set a record last year, and it has already grown by "
            "5 percent to 2.5 billion dollars in the first three months of 2024.")
    assert [f.period for f in record(text, "en").figures] == ["2024-01/2024-03"]


# -- commitments ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Москва рассмотрит предложение Тбилиси о возобновлении авиасообщения.",
    "Россия внимательно рассмотрит идеи Египта по урегулированию.",
])
def test_one_side_reviewing_what_the_other_put_to_it_commits(text):
    # "рассмотреть" announces an agenda ("стороны рассмотрят вопросы"), not when one state
    # answers a proposal the other made
    assert commitments(text, "ru") == [("RUS", "commit")]


def test_an_agenda_of_both_sides_stays_an_announcement():
    # guard: the joint body's session reviewing proposals is an itinerary
    assert commitments("На заседании комиссии стороны рассмотрят предложения бизнеса Армении и "
                       "Грузии.", "ru") == []


@pytest.mark.parametrize("text, actor", [
    ("The Kremlin said it will consider the Finnish President's proposal to hold talks.", "RUS"),
    ("Nepal will give a considered response to India's proposals, the spokesman said.", "NPL"),
])
def test_a_step_answering_the_other_sides_proposal_is_the_step(text, actor):
    # the proposal named as the object is the other side's, the commitment is the answer
    assert commitments(text, "en") == [(actor, "commit")]


def test_a_promise_told_in_the_past_tense_commits():
    # "обещал" + infinitive is the promise "пообещал" is; only its present was read before
    assert commitments("Премьер-министр Армении Никол Пашинян обещал возобновить поставки "
                       "зерна в Иран.", "ru") == [("ARM", "commit")]


def test_an_infinitive_inside_a_condition_is_not_the_promise():
    # guard: "обещал: если сможем сделать, …" promises no deed of its own
    assert commitments("«Я обещал Президенту Армении: если что-то сможем для вас сделать, мы "
                       "готовы сделать», — добавил белорусский лидер.", "ru") == [("BLR", "ready")]


@pytest.mark.parametrize("text, kind", [
    ("Товарооборот Армении и Ирана имеет реальные шансы увеличиться до 3 миллиардов долларов.",
     "forecast"),
    ("Эти договоренности позволят увеличить товарооборот Армении и Ирана до 3 миллиардов "
     "долларов.", "forecast"),
    ("Соглашение о строительстве электростанции в Армении и условиях российского кредита на эти "
     "цели в $3 млрд было подписано.", "actual"),
])
def test_what_may_come_is_a_forecast_and_purposes_are_no_goal(text, kind):
    # "шансы", "позволят": what may come of it; "на эти цели": purposes, not a goal ("цель")
    assert [f.kind for f in record(text, "ru").figures] == [kind]


@pytest.mark.parametrize("text, lang", [
    ("Россия вложит в Армению четыре-пять миллиардов долларов.", "ru"),
    ("Japan will invest four-five billion dollars in Armenia.", "en"),
])
def test_a_range_in_number_words_is_its_midpoint(text, lang):
    # the spec's range convention, for number words ("четырех-пяти"), not only digits
    assert [(f.value, f.approx) for f in record(text, lang).figures] == [(4_500_000_000, "about")]


def test_a_tens_and_a_unit_word_stay_one_number():
    # guard: "eighty-one" is 81, not a range
    assert [f.value for f in record("Trade between India and Armenia reached eighty-one million "
                                    "dollars.", "en").figures] == [81_000_000]


def test_a_future_with_adverbs_before_its_infinitive():
    # "будут и далее вместе работать": three words between the auxiliary and its verb
    assert commitments("Президенты Армении и Египта подтвердили, что страны будут и далее вместе "
                       "работать в интересах развития отношений.", "ru") == [("JOINT", "commit")]


@pytest.mark.parametrize("text, expected", [
    ("Nepal and India held talks. It was also decided that both ministers will meet again in "
     "Kathmandu in March.", [("JOINT", "agreed")]),
    ("Peru and Chile held talks. A decision was taken to open a consulate of Peru in Arica.",
     [("JOINT", "agreed")]),
])
def test_a_decision_with_an_adverb_or_as_a_noun_is_agreed(text, expected):
    assert commitments(text, "en") == expected


@pytest.mark.parametrize("text, actor", [
    ("Ghana and Norway are working towards the reopening of a direct shipping line.", "JOINT"),
    ("The Chilean government said it is working hard to conclude the trade deal with Korea "
     "this year.", "CHL"),
    ("\"Kenya has already begun work on opening new embassies in Asia,\" the minister said.", "KEN"),
])
def test_an_effort_under_way_in_other_words_is_an_intention(text, actor):
    assert commitments(text, "en") == [(actor, "intend")]


def test_the_sayers_state_is_the_one_before_the_post():
    # "India's High Commissioner to the UK said": India's, not both states'
    text = ("We are looking to launch negotiations in November for an interim agreement, Ghana's "
            "High Commissioner to the UK said.")
    assert commitments(text, "en") == [("GHA", "intend")]


# -- Kazakh --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, approx", [
    ("Оған кемі 20 млрд еуро инвестиция тартылады, деді Қазақстан Премьер-министрі Франция "
     "президентімен кездесуде.", "more_than"),
    ("Жобаға салынатын инвестиция көлемі 90 млрд теңгеден асады, деді Қазақстан мен Қатар "
     "өкілдері.", "more_than"),
])
def test_kazakh_at_least_and_exceeds_are_more_than(text, approx):
    # "кемі" before the amount is "at least", not "кем" (less than) after it
    assert [f.approx for f in record(text, "kk").figures] == [approx]


def test_kazakh_it_must_be_said_commits_nobody():
    assert commitments("Бұл Қазақстан мен Франция үшін ауқымды жоба болатынын нақты айту керек.",
                       "kk") == []


@pytest.mark.parametrize("text, periods", [
    ("Trade between Nepal and India was $4.3 billion in 2023-24, a decline from $5.3 billion in "
     "the previous year.", ["2023-04/2024-03", "2022-04/2023-03"]),
    ("Товарооборот Армении и Ирана в 2022 году составил 700 млн долларов против 600 млн долларов "
     "в предыдущем году.", ["2022", "2021"]),
])
def test_the_previous_year_after_an_amount_counts_from_the_period_named(text, periods):
    # not from the day of publication, as "last year" and "в прошлом году" do
    assert [f.period for f in record(text, "ru" if "Товар" in text else "en").figures] == periods


@pytest.mark.parametrize("text, lang, metric", [
    ("Россия даст Сербии в долг еще $100 млн.", "ru", "other"),
    ("Nepal's finance minister received a cheque of US$ 25 million from the Indian ambassador.",
     "en", "other"),
    ("India announced a 218-million-dollar economic package for Nepal.", "en", "other"),
    ("Turkey and Chile are creating a $500 million joint investment fund.", "en", "investment"),
])
def test_money_given_or_pooled_in_other_words(text, lang, metric):
    # a loan "в долг", a cheque, a package, a joint fund's capital: money between the two
    assert [f.metric for f in record(text, lang).figures] == [metric]


@pytest.mark.parametrize("text", [
    "«Сторонам необходимо повышать политическое доверие», — сказал президент Армении на встрече "
    "с премьер-министром Индии.",
    "«Сторонам следует продолжать традиционную дружбу», — сказал президент Армении премьер-министру "
    "Индии.",
])
def test_the_sides_as_whom_a_need_binds_are_both_in_a_quote_too(text):
    # the dative "сторонам" names who should act; one side's speaker does not make it his
    assert commitments(text, "ru") == [("JOINT", "commit")]


def test_prepared_to_is_ready():
    assert commitments("The Kyrgyz side is prepared to provide assistance to Palestine, the "
                       "foreign minister of Kyrgyzstan said.", "en") == [("KGZ", "ready")]


def test_ready_for_a_thing_is_ready():
    assert commitments("Sweden is ready for a new period in its relations with Vietnam, the "
                       "Swedish ambassador said.", "en") == [("SWE", "ready")]


def test_an_envoys_title_names_the_state_before_the_post():
    # "Ambassador of Israel to Kazakhstan X proposed …, between two countries": Israel's, not both
    assert commitments("Ambassador of Chile to Kenya Maria Lopez proposed to launch direct flights "
                       "between the two countries.", "en") == [("CHL", "propose")]


@pytest.mark.parametrize("text, actor", [
    ('Chile and Ghana held talks.\n\n"We always support each other within international '
     'organizations and will continue to do so," the President of Chile said.', "JOINT"),
    ('Chile and Ghana held talks.\n\n"We have always supported Ghana and will continue to do so," '
     'the President of Chile said.', "CHL"),
])
def test_we_then_and_will_continue(text, actor):
    # "We … and will continue to do so": the opening "we" is the future's subject too
    assert commitments(text, "en") == [(actor, "commit")]


@pytest.mark.parametrize("text, lang", [
    ("India should take necessary steps to remove trade barriers, Nepal's Commerce Minister said.",
     "en"),
    ("Азербайджан должен изменить свое поведение, утверждал армянский премьер Никол Пашинян.", "ru"),
])
def test_an_obligation_put_on_the_other_state_is_the_sayers_proposal(text, lang):
    # the spec: an obligation is a commitment when the party binds itself, a proposal when it
    # addresses the other side — the sayer's, not the state named as subject
    expected = {"en": ("NPL", "propose"), "ru": ("ARM", "propose")}[lang]
    assert commitments(text, lang) == [expected]


def test_an_obligation_a_state_puts_on_itself_stays_its_own():
    # guard
    assert commitments("«Армения должна стать транзитным хабом», — сказал премьер-министр Армении "
                       "Никол Пашинян на встрече с президентом Ирана.", "ru") == [("ARM", "commit")]


@pytest.mark.parametrize("text", [
    "Москва и Ереван согласились на формирование совместной экономической рабочей группы.",
    "Армения и Иран пришли к соглашению о создании совместного банка.",
    "Армения и Иран достигли соглашения о создании совместного банка.",
    "Стороны выразили согласие расширять сотрудничество в энергетике.",
])
def test_consent_in_other_words_is_agreed(text):
    assert commitments(text, "ru") == [("JOINT", "agreed")]


def test_agreements_counted_are_documents_not_an_agreement_to_act():
    # guard: "достигли пяти соглашений о сотрудничестве" counts what was signed
    assert commitments("Армения и Иран в среду достигли пяти соглашений о сотрудничестве в "
                       "различных областях.", "ru") == []


@pytest.mark.parametrize("text, expected", [
    ("Москва обратилась к Еревану с предложением восстановить прямое авиасообщение.",
     [("RUS", "propose")]),
    ("Посол Армении выразил настоятельную просьбу к иранской стороне ускорить предоставление "
     "информации.", [("ARM", "request")]),
    ("Посольство России обратилось в МИД Армении с требованием немедленно выдать визы.",
     [("RUS", "request")]),
    ("Президент Белоруссии выступил с призывом к армянским партнерам переходить к созданию "
     "совместных производств.", [("BLR", "request")]),
])
def test_proposals_requests_and_demands_as_nouns(text, expected):
    assert commitments(text, "ru") == expected


def test_the_state_department_in_lower_case_names_its_state():
    text = ('"Мы готовы продолжать этот диалог с Россией и ждем российского ответа", - отметил '
            'представитель госдепа.')
    assert commitments(text, "ru") == [("USA", "ready")]


@pytest.mark.parametrize("text, period", [
    # published 2024-05-14: the April–March year it falls in, and the one before
    ("Two-way trade between India and Oman is projected to surpass $20 billion in the current "
     "fiscal.", "2024-04/2025-03"),
    ("Trade between Kuwait and India reached $10.5 billion during the last fiscal year.",
     "2023-04/2024-03"),
])
def test_a_fiscal_year_named_from_the_day_of_publication(text, period):
    assert [f.period for f in record(text, "en").figures] == [period]


def test_will_with_an_adverb_before_invest_is_a_goal():
    assert [f.kind for f in record("Japan will also invest $5 billion in Kenya.", "en").figures] \
        == ["target"]



@pytest.mark.parametrize("text", [
    "Россия предоставит Армении кредит объемом $1 млрд. Половина этих денег будет выделена до "
    "конца года.",
    "Армения откроет в России несколько генконсульств. Следующие три генконсульства будут открыты "
    "в Казани, Самаре и Сочи.",
])
def test_an_agentless_passive_pointing_back_is_the_state_that_committed_before(text):
    assert [a for a, _ in commitments(text, "ru")][-1] in ("RUS", "ARM")
    assert len({a for a, _ in commitments(text, "ru")}) == 1


def test_an_agentless_passive_of_a_new_thing_stays_both_sides():
    # guard: nothing points back — the working group is the sides'
    assert commitments("Армения намерена увеличить поставки в Иран. Будет создана совместная "
                       "рабочая группа.", "ru") == [("ARM", "intend"), ("JOINT", "commit")]


@pytest.mark.parametrize("text, actor", [
    ("The Government of Japan has decided to extend a grant of 1 billion yen to Nepal.", "JPN"),
    ("Beijing has decided to provide emergency humanitarian supplies to Nepal, the Chinese Foreign "
     "Ministry said.", "CHN"),
])
def test_one_states_decision_taken_is_its_own_agreed(text, actor):
    assert commitments(text, "en") == [(actor, "agreed")]


def test_a_body_of_a_state_deciding_is_not_the_states_decision():
    # guard: "the Azerbaijani forces have decided to attack" commits no state to the other
    assert commitments("The Armenian forces have decided to withdraw from the border with Iran.",
                       "en") == []


def test_a_passive_agent_after_the_receiver():
    # "will be extended to Nepal by Japan": the agent after the named receiver
    assert commitments("A grant of 1 billion yen will be extended to Kenya by Japan.", "en") \
        == [("JPN", "commit")]


def test_an_occasion_held_by_a_leader_is_no_agent():
    # guard: "will be concluded with a dinner held by the Chancellor" names no agent of the step
    assert commitments("The consultations of India and Germany started on Monday and will be "
                       "concluded with a dinner held by the Federal Chancellor.", "en") == []


def test_kazakh_amount_in_three_parts():
    # "2 миллион 849 мың 836 доллар" was read as 836
    text = "Қазақстан Түркияға 2 миллион 849 мың 836 доллар гуманитарлық көмек бөлді."
    assert [f.value for f in record(text, "kk").figures] == [2_849_836]


@pytest.mark.parametrize("text, value", [
    ("The United Arab Emirates will deposit 11 billion dirhams in the State Bank of Pakistan.",
     11_000_000_000),
    ("Japan announced the provision of Emergency Grant Aid of 1 billion Japanese yen to Nepal.",
     1_000_000_000),
])
def test_a_deposit_and_grant_aid_are_money_given(text, value):
    assert [(f.metric, f.value) for f in record(text, "en").figures] == [("other", value)]


def test_kazakh_allocation_instructed_is_money_given():
    text = ("Мемлекет басшысы Үкіметке Түркия еліне шұғыл көмек ретінде 1 миллион доллар бөлуді "
            "тапсырды, деп хабарлады Қазақстан Президентінің баспасөз қызметі.")
    assert [(f.metric, f.value) for f in record(text, "kk").figures] == [("other", 1_000_000)]


@pytest.mark.parametrize("text, expected", [
    ("Қазақстан мен Жапония ынтымақтастықты талқылады. «Биылғы жылы біз Токиоға тікелей рейстер "
     "ашамыз», – деді Қазақстан Көлік министрі.", [("KAZ", "commit")]),
    ("Қазақстан мен Малайзия кездесті. Қазақстандық тарап \"ашық аспан\" режимін пайдалануды "
     "ұсынып отыр.", [("KAZ", "propose")]),
])
def test_kazakh_we_will_open_and_is_proposing(text, expected):
    assert commitments(text, "kk") == expected


def test_kazakh_what_is_believed_of_a_deed_is_no_deed():
    # guard: "ашамыз деп сенеміз" — we believe we will open: a hope, not a promise
    assert commitments("«Елдеріміздің астаналары арасында тікелей әуеқатынасын ашамыз деп "
                       "сенеміз», – деді Қазақстан Президенті Жапония премьер-министрімен "
                       "кездесуде.", "kk") == []


@pytest.mark.parametrize("text, actor", [
    ("Эрдоган заявил, что цель Турции — расширение сотрудничества с Арменией.", "TUR"),
    ("Задача Армении — выйти на товарооборот с Ираном в 3 млрд долларов, сказал Пашинян.", "ARM"),
])
def test_a_goal_with_its_owner_before_the_dash(text, actor):
    assert commitments(text, "ru") == [(actor, "intend")]


def test_the_aim_of_a_visit_is_no_goal_of_a_party():
    # guard: "Цель визита — обсуждение …" is the visit's agenda
    assert commitments("Цель визита — обсуждение вопросов сотрудничества Армении и Ирана.", "ru") == []


def test_taking_part_in_building_is_a_deed():
    assert commitments("Россия примет участие в тендерах на строительство новых энергоблоков в "
                       "Армении.", "ru") == [("RUS", "commit")]


def test_taking_part_in_a_summit_is_an_itinerary():
    # guard
    assert commitments("Президент России примет участие в саммите в Ереване.", "ru") == []


def test_was_open_to_is_ready():
    assert commitments("The German finance ministry said on Saturday it was open to considering "
                       "extra spending for Kenya.", "en") == [("DEU", "ready")]


@pytest.mark.parametrize("text, lang, actor", [
    ('"It is a complicated issue and Serbia can always count on Hungary," the Hungarian Prime '
     'Minister said.', "en", "HUN"),
    ("«Армения может рассчитывать на полную поддержку Франции», — говорится в послании президента "
     "Франции.", "ru", "FRA"),
    ("«Можете на нас рассчитывать», — сказал президент Белоруссии премьер-министру Грузии.", "ru",
     "BLR"),
])
def test_the_one_counted_on_commits(text, lang, actor):
    assert commitments(text, lang) == [(actor, "commit")]


def test_counting_on_anothers_support_is_the_receivers_hope():
    # guard: no "can" — "Молдова рассчитывает на поддержку Германии" commits no one
    assert commitments("Армения рассчитывает на поддержку Германии.", "ru") == []


def test_a_headlines_future_gives_way_to_the_bodys_amount():
    # "вырастет до 200 млрд" (forecast) in the headline, "намерены увеличить … до 200 млрд" (a goal)
    # in the body: one fact, the body's
    text = ("Товарооборот Армении и Ирана вырастет до 3 млрд долларов\n\nАрмения и Иран намерены "
            "увеличить двусторонний товарооборот до 3 миллиардов долларов, заявил министр.")
    assert [(f.kind, f.value) for f in record(text, "ru").figures] == [("target", 3_000_000_000)]


def test_a_datelines_date_is_no_figures_period():
    text = ("SEOUL (Sputnik - 07th August, 2020) South Korea will provide Lebanon with $1 million "
            "in humanitarian aid.")
    assert [f.period for f in record(text, "en").figures] == [None]


def test_kazakh_its_volume_takes_the_metric_just_named():
    text = ("Қазақстан мен Әзербайжан арасындағы тауар айналымы биыл үш есе өсті. Оның көлемі үш "
            "айда 100 миллион долларға жетті.")
    assert [(f.metric, f.value) for f in record(text, "kk").figures] == [("trade_turnover", 100_000_000)]


@pytest.mark.parametrize("text, expected", [
    ("Қазақстан үкіметі Сирияға 50 тонна гуманитарлық көмек жібереді.", [("KAZ", "commit")]),
    ("Бұл келісім екі ел арасындағы байланыстарды дамытуға жол ашады.", []),
    ("Путин 27 қарашада Қазақстанға келеді.", []),
])
def test_kazakh_third_person_deeds(text, expected):
    # "жібереді" (will send) said of a state; not "жол ашады" (opens the way), nor a visit
    assert commitments(text, "kk") == expected


def test_kazakh_mutual_support_is_both_sides():
    text = ("«Қазақстан мен Тәжікстан халықаралық бастамаларына өзара қолдау көрсетеді», - деп "
            "тоқталды Қазақстан Сыртқы істер министрінің орынбасары.")
    assert commitments(text, "kk") == [("JOINT", "commit")]
