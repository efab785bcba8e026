"""Round 18 of commitments on real text: written sentences in the shapes of the work sets
real51 and real52 (docs/quality.md, "Round 18"), each with a near miss that must stay out."""
from __future__ import annotations

from accords.pipeline import extract_text


def commitments(text: str, lang: str = "ru", date: str | None = None) -> list[tuple[str, str]]:
    rec = extract_text(text, lang=lang, date=date).to_dict()
    return [(c["actor"], c["modality"]) for c in rec["commitments"]]


def test_a_dash_paragraph_under_a_sayer_is_the_sayers():
    text = ("Министр иностранных дел Армении Арарат Мирзоян провел переговоры с коллегой из Греции.\n"
            "Арарат Мирзоян отметил, что стороны определили приоритеты на ближайший год.\n"
            "– Мы расширим сотрудничество в энергетике и транспорте.")
    assert commitments(text) == [("ARM", "commit")]
    # the sayer may stand after the verb
    text = ("Об этом заявил журналистам министр иностранных дел Армении Арарат Мирзоян после "
            "переговоров с коллегой из Греции.\n"
            "– Мы расширим сотрудничество в энергетике и транспорте.")
    assert commitments(text) == [("ARM", "commit")]


def test_a_dash_paragraph_under_narrative_or_a_question_has_no_sayer_from_above():
    # no verb of saying above: nobody is quoted
    text = ("Министры иностранных дел Армении и Греции провели переговоры в Афинах.\n"
            "– Мы расширим сотрудничество в энергетике и транспорте.")
    assert ("ARM", "commit") not in commitments(text)
    # an interview's turn: the question above is the journalist's
    text = ("Арарат Мирзоян ответил на вопросы журналистов.\n"
            "– Как вы оцениваете переговоры с Грецией?\n"
            "– Мы расширим сотрудничество в энергетике и транспорте.")
    rec = extract_text(text, lang="ru").to_dict()
    assert [q["speaker"] for q in rec["quotes"]] == []


def test_what_we_hope_the_other_side_will_do_is_our_wish_not_its_promise():
    text = ('Chinese President Xi Jinping met US President Donald Trump in Beijing. "We are also '
            'hoping that the American side will export more technologies to China," Xi said.')
    assert commitments(text, lang="en") == [("CHN", "intend")]
    # what the other side itself says it will do is its own
    text = ('Chinese President Xi Jinping met US President Donald Trump in Beijing. "The American '
            'side will export more technologies to China," Trump said.')
    assert commitments(text, lang="en") == [("USA", "commit")]


def test_a_participle_after_a_reported_clause_takes_that_clauses_subject():
    text = ("Turkish President Recep Tayyip Erdogan said on Saturday that Turkey and Russia have "
            "signed a roadmap for economic cooperation, intending to bring trade turnover between "
            "the countries to USD 100 billion.")
    assert commitments(text, lang="en") == [("JOINT", "intend")]
    text = ("Turkish President Recep Tayyip Erdogan met Vladimir Putin in Sochi on Friday, "
            "intending to bring trade turnover between the countries to USD 100 billion.")
    assert commitments(text, lang="en") == [("TUR", "intend")]


def test_an_intention_owned_by_both_countries_is_joint_whoever_tells_it():
    lead = "Белоруссия и Россия провели форум регионов. "
    assert commitments(lead + "По словам премьера Белоруссии Романа Головченко, в документе "
                              "отражены намерения двух стран расширять торговлю.") == [("JOINT", "intend")]
    # an intention of one side's companies is that side's
    assert commitments(lead + "Премьер Белоруссии Роман Головченко подтвердил готовность "
                              "белорусских компаний расширять поставки.") == [("BLR", "ready")]


def test_refusing_to_slow_down_is_an_intention_to_go_on():
    lead = "Премьер-министр Беларуси Роман Головченко прокомментировал переговоры с Россией. "
    assert commitments(lead + "Мы не намерены останавливаться на достигнутом, сказал он.") == [
        ("BLR", "intend")]
    # refusing anything else is no commitment
    assert commitments(lead + "Мы не собираемся повышать цены, сказал он.") == []


def test_an_imperfective_present_the_tagger_calls_future_is_no_plan():
    lead = "Президент Беларуси Александр Лукашенко провел встречу с послом Китая. "
    assert commitments(lead + "«По экспорту мы очень сильно не дорабатываем», — сказал Лукашенко.") == []
    assert commitments(lead + "«Мы обеспечим рост экспорта в Китай», — сказал Лукашенко.") == [
        ("BLR", "commit")]


def test_a_goal_we_see_is_an_intention():
    text = ("Вице-премьер России Дмитрий Чернышенко провел заседание комиссии с Вьетнамом. «Как "
            "ориентир видим цель в $10 млрд товарооборота к 2025 году», — сказал Чернышенко.")
    assert commitments(text) == [("RUS", "intend")]


def test_preparing_for_a_visit_is_no_commitment_but_preparing_a_joint_venture_is():
    assert commitments("Путин прилетит в Индию. До этого сообщалось, что Нью-Дели тщательно "
                       "готовится к визиту Путина.") == []
    assert commitments("Казахстан и Узбекистан готовятся к созданию совместного предприятия.") == [
        ("JOINT", "intend")]


def test_a_bare_president_is_the_last_head_of_state_named_whatever_his_title():
    text = ("В ходе переговоров с Президентом Узбекистана Шавкатом Мирзиёевым глава государства "
            "Касым-Жомарт Токаев обозначил приоритеты. «Достигнуто единодушие», — отметил Президент "
            "Казахстана. Особый потенциал, по его словам, есть в сельском хозяйстве. Президент "
            "предложил перейти от простой торговли к формированию производственных цепочек.")
    assert commitments(text) == [("KAZ", "propose")]


def test_goals_set_before_are_no_new_goal_but_one_we_can_set_is():
    lead = "Вице-премьер России Дмитрий Чернышенко провел заседание комиссии с Венесуэлой. "
    assert commitments(lead + "Выполнение поставленных в Плане целей приведет к росту "
                              "товарооборота России и Венесуэлы.") == []
    assert commitments(lead + "«Мы можем поставить цель в $400 млн товарооборота к 2030 году», — "
                              "сказал Чернышенко.") == [("RUS", "intend")]


def test_reaching_an_understanding_to_act_is_an_agreement():
    text = ("India and the US on Saturday concluded their talks in New Delhi, broadly reaching an "
            "understanding to finalise the first tranche of the bilateral trade agreement by fall 2025.")
    assert commitments(text, lang="en") == [("JOINT", "agreed")]
    # an understanding of a situation is no agreement to act
    assert commitments("India and the US reached an understanding on the situation in the region.",
                       lang="en") == []


def test_what_carrying_out_a_plan_will_bring_is_a_forecast_in_english_too():
    lead = "Kazakhstan's Prime Minister met the Prime Minister of Kyrgyzstan. "
    assert commitments(lead + "He emphasized that the implementation of the road map will "
                              "undoubtedly lead to an increase in mutual trade.", lang="en") == []
    assert commitments(lead + "Kazakhstan will increase its exports to Kyrgyzstan.", lang="en") == [
        ("KAZ", "commit")]


def test_managing_to_reach_agreements_on_acts_is_agreed():
    lead = "Президенты Кыргызстана и Узбекистана провели встречу в Ташкенте. "
    assert commitments(lead + "Кроме того, удалось достигнуть договоренностей по усилению кооперации "
                              "между предприятиями.") == [("JOINT", "agreed")]
    assert commitments(lead + "Удалось достичь договоренности на 17 млн долларов.") == []


def test_extending_invitations_is_a_proposal():
    text = ("Azerbaijan's Minister of Agriculture Majnun Mammadov met the Bulgarian delegation. He "
            "extended invitations to Bulgarian companies to participate in the reconstruction "
            "efforts in Karabakh.")
    assert commitments(text, lang="en") == [("AZE", "propose")]


def test_an_aside_between_the_sayer_and_the_verb_is_passed():
    text = ("Pakistan's Commerce Adviser Abdul Razak Dawood met the Uzbek ambassador. Abdul Razak "
            "Dawood, on the occasion, stressed the need to make the trade and investment relations "
            "more broad based.")
    assert commitments(text, lang="en") == [("PAK", "propose")]


def test_being_set_to_do_is_an_intention():
    assert commitments("Россия и Пакистан решительно настроены диверсифицировать двустороннюю "
                       "торговлю и увеличить товарооборот.") == [("JOINT", "intend")]
    assert commitments("Оборудование было настроено правильно.") == []


def test_accepting_an_invitation_to_visit_is_an_intention():
    assert commitments("Президент Белоруссии Александр Лукашенко принял приглашение посетить "
                       "Вьетнам.") == [("BLR", "intend")]
    assert commitments("Cuban President Miguel Diaz-Canel has accepted the invitation of Vladimir "
                       "Putin to visit Russia.", lang="en") == [("CUB", "intend")]
    # a proposal accepted with nothing to do after it is no plan
    assert commitments("Президент Белоруссии Александр Лукашенко принял предложение вьетнамской "
                       "стороны.") == []


def test_an_invitation_received_and_a_stay_announced_are_no_commitments():
    assert commitments("Malaysian Prime Minister Anwar Ibrahim today said he has been invited to "
                       "visit the United Arab Emirates and Saudi Arabia in October.", lang="en") == []
    assert commitments("Malaysian Prime Minister Anwar Ibrahim met the UAE minister. Anwar said he "
                       "will be in UAE from Oct 5 to 6 for a working visit.", lang="en") == []
    assert commitments("Malaysia invited Saudi companies to invest in its digital economy.",
                       lang="en") == [("MYS", "propose")]


def test_a_second_predicate_opened_by_was_shares_the_reported_subject():
    text = ("The envoy said that the State of Qatar attached great importance to its fraternal "
            "relations with Pakistan, and was very keen to further strengthen the existing ties "
            "between the two brotherly countries.")
    assert commitments(text, lang="en") == [("QAT", "intend")]


def test_a_thing_needed_with_nothing_to_do_is_no_commitment():
    lead = "Президент Беларуси Александр Лукашенко встретился с послом Узбекистана. "
    assert commitments(lead + "«Все, что мы умеем делать от сельского хозяйства до машиностроения, — это "
                              "все очень нужно узбекскому государству», — отметил глава государства.") == []
    assert commitments(lead + "«Нам нужно нарастить поставки техники в Узбекистан», — отметил глава "
                              "государства.") == [("BLR", "commit")]


def test_a_priority_stated_as_a_noun_is_an_intention():
    assert commitments("Вице-премьеры России и Вьетнама провели заседание комиссии. «Укрепление "
                       "стратегического партнерства с Вьетнамом - один из приоритетов российской "
                       "внешней политики в регионе», — сказал Чернышенко.") == [("RUS", "intend")]
    assert commitments("Премьер-министр Казахстана Олжас Бектенов встретился с председателем "
                       "Синьцзяна. «Важным направлением нашего взаимодействия является расширение "
                       "инвестиционного сотрудничества», — отметил Бектенов.") == [("KAZ", "intend")]
    assert commitments("Россия и Мьянма провели переговоры. Одним из приоритетных направлений "
                       "остается реализация проектов в специальной экономической зоне «Давэй».") == [
        ("JOINT", "intend")]
    # a priority partner is no thing to do
    assert commitments("Россия и Казахстан провели переговоры. Китай — наш приоритетный партнер.") == []
