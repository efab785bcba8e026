"""Round 14 of commitments on real text: written sentences in the shapes fresh public
releases use (docs/quality.md, "Round 14"), each with a near miss that must stay out."""
from __future__ import annotations

from accords.pipeline import extract_text


def commitments(text: str, lang: str = "ru") -> list[tuple[str, str, str]]:
    rec = extract_text(text, lang=lang).to_dict()
    return [(c["actor"], c["modality"], c["text"]) for c in rec["commitments"]]


def test_a_sentence_with_no_subject_goes_on_with_the_previous_sentences():
    lead = ("Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом "
            "Турции Реджепом Тайипом Эрдоганом. Глава государства рассказал о ходе реформ. ")
    for said in ("А также пообещал вернуться к обсуждению проекта.",
                 "Также пообещал вернуться к обсуждению проекта."):
        assert [(a, m) for a, m, _ in commitments(lead + said)] == [("KAZ", "commit")], said
    # a conjunction opening the sentence is no subject; a subject of its own is kept
    got = commitments(lead + "А турецкий лидер пообещал вернуться к обсуждению проекта.")
    assert [(a, m) for a, m, _ in got] == [("TUR", "commit")]
    # a subject of another gender or number is not carried
    lead2 = ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Турции "
             "Реджепом Тайипом Эрдоганом. Стороны обсудили торговлю. ")
    assert commitments(lead2 + "Также пообещала вернуться к обсуждению проекта.") == []


def test_agreed_describing_a_noun_reports_a_past_agreement():
    for said in ("The sides reviewed the implementation of the projects agreed during the visit.",
                 "The ministers discussed the issues agreed by the two countries last year."):
        assert commitments(said, "en") == [], said
    for said in ("The sides agreed during the visit to expand trade.",
                 "The two leaders agreed at the meeting to open a consulate."):
        assert [(a, m) for a, m, _ in commitments(said, "en")] == [("JOINT", "agreed")], said


def test_a_party_working_to_an_end_is_an_effort_under_way():
    lead = "Kazakhstan's foreign minister met his Chinese counterpart. "
    got = commitments(lead + "He said that the Chinese side is working on a new logistics hub.", "en")
    assert [(a, m) for a, m, _ in got] == [("CHN", "intend")]
    # carrying out what was agreed is a commitment being kept
    got = commitments(lead + "He said that the Chinese side is working to realize the agreements.", "en")
    assert [(a, m) for a, m, _ in got] == [("CHN", "commit")]
    got = commitments(lead + "The parties are working on the implementation of joint projects.", "en")
    assert [(a, m) for a, m, _ in got] == [("JOINT", "commit")]
    assert commitments(lead + "Engineers are working on the new bridge.", "en") == []


def test_what_a_clause_opened_by_etomu_serves_is_its_subject_after_the_verb():
    lead = "Президент Казахстана провел переговоры с Президентом Узбекистана. "
    for said in ("Этому будут способствовать заключенные в четверг межбанковские соглашения.",
                 "Этому будут способствовать заключенные соглашения, отметил Президент Казахстана."):
        assert commitments(lead + said) == [], said
    got = commitments(lead + "Для достижения цели будут развивать логистику.")
    assert [(a, m) for a, m, _ in got] == [("JOINT", "commit")]


def test_calling_on_a_minister_is_a_visit_calling_on_a_party_to_act_a_request():
    lead = "Kazakhstan and Pakistan discussed trade. "
    visit = lead + "The Kazakh ambassador called on the Minister for Economic Affairs of Pakistan."
    assert commitments(visit, "en") == []
    assert [e.type for e in extract_text(visit, lang="en").events] == ["CONSULT", "CONSULT"]
    ask = lead + "Kazakhstan called on Pakistan to open its market for grain."
    assert [(a, m) for a, m, _ in commitments(ask, "en")] == [("KAZ", "request")]
    errand = "The ambassador called on the minister to speed up the visas."
    assert extract_text(errand, lang="en").events == []


def test_a_lower_case_plural_subject_of_both_sides_carries_over_and():
    lead = "President Moon Jae-in and President Joe Biden released a joint statement. "
    got = commitments(lead + "The leaders also condemned violence against the community and "
                             "pledged to work together on vaccines.", "en")
    assert [(a, m) for a, m, _ in got] == [("JOINT", "commit")]
    assert commitments(lead + "The minister also condemned violence and pledged to expand trade.", "en") == []


def test_a_hyphenated_abbreviation_does_not_end_the_statement():
    got = commitments("China and the US held talks. The two sides reaffirmed their commitment to "
                      "building a positive China-U.S. relationship for the 21st century.", "en")
    assert [t for _, _, t in got] == ["The two sides reaffirmed their commitment to building a "
                                      "positive China-U.S. relationship for the 21st century."]


def test_a_necessity_put_on_two_states_in_the_dative_binds_both():
    for said in ("России и Белоруссии следует активизировать работу по промышленной кооперации, "
                 "заявил премьер-министр Белоруссии.",
                 "Казахстану и Узбекистану необходимо нарастить объем торговли.",
                 "Нашим странам следует активизировать работу по кооперации."):
        assert [(a, m) for a, m, _ in commitments(said)] == [("JOINT", "commit")], said
    lead = "Казахстан и Китай провели переговоры. "
    for said in ("Бизнесу нужно активнее использовать эти возможности.",
                 "Следует отметить, что товарооборот вырос.",
                 "Следует подчеркнуть важность сотрудничества.",
                 "Делегация следует в Пекин."):
        assert commitments(lead + said) == [], said


def test_a_question_of_how_things_should_be_binds_no_one():
    text = ("Премьер-министр России провел переговоры с премьер-министром Беларуси. Премьер-министр "
            "проанализировал то, как должно строиться торгово-экономическое сотрудничество.")
    assert commitments(text) == []


def test_a_quantity_that_will_grow_is_a_forecast_not_a_commitment():
    lead = "Azerbaijan and Turkey held talks. "
    said = "I believe that the number of interested Turkish companies will grow even more, he said."
    assert commitments(lead + said, "en") == []
    got = commitments(lead + "Azerbaijan will increase the number of flights to Turkey.", "en")
    assert [(a, m) for a, m, _ in got] == [("AZE", "commit")]


def test_two_hyphenated_surnames_joined_by_and_are_both_sides():
    text = ("Iraq's Prime Minister, Mohammed Shia al-Sudani, met UAE President Sheikh Mohammed bin "
            "Zayed Al Nahyan on Saturday. Al-Sudani and Al Nahyan stressed the importance of "
            "convening the joint committee.")
    assert [(a, m) for a, m, _ in commitments(text, "en")] == [("JOINT", "intend")]


def test_he_with_no_one_named_is_the_official_the_headline_titles():
    text = ("Посол Турции: товарооборот с Казахстаном к концу года вырастет\n\n«У нас есть "
            "долгосрочные планы по торговле. Наша задача в том, чтобы выйти на 10 млрд долларов», — "
            "сказал он.")
    got = commitments(text)
    assert ("TUR", "intend", "Наша задача в том, чтобы выйти на 10 млрд долларов") in got
    assert all(a == "TUR" for a, _, _ in got)
    # a goal said by one side's unnamed official, in a plain lead
    text = "Посол Турции выступил на форуме в Астане. «Наша задача — выйти на 10 млрд долларов», — сказал он."
    assert [(a, m) for a, m, _ in commitments(text)] == [("TUR", "intend")]


def test_a_closing_impersonal_attribution_is_no_part_of_the_statement():
    text = ("Министр иностранных дел Казахстана провел телефонный разговор с главой МИД Турции. "
            "Главы внешнеполитических ведомств подтвердили взаимную приверженность дальнейшему "
            "наращиванию торговли между двумя странами», — отмечается в сообщении.")
    got = commitments(text)
    assert [t for _, _, t in got] == ["Главы внешнеполитических ведомств подтвердили взаимную "
                                      "приверженность дальнейшему наращиванию торговли между двумя странами"]


def test_a_leading_as_it_became_known_is_no_part_of_the_statement():
    text = ("Беларусь и Зимбабве провели переговоры. Как стало сегодня известно, Беларусь поставит в "
            "Зимбабве более 3 тысяч тракторов и 80 комбайнов.")
    assert commitments(text) == [("BLR", "commit", "Беларусь поставит в Зимбабве более 3 тысяч "
                                                   "тракторов и 80 комбайнов.")]


def test_not_only_ready_is_ready():
    lead = "Армения и Россия провели переговоры. "
    got = commitments(lead + "По его словам, Ереван не только готов, но и желает сотрудничать с российскими коллегами.")
    assert [(a, m) for a, m, _ in got] == [("ARM", "ready")]
    assert commitments(lead + "Ереван не готов сотрудничать.") == []


def test_must_say_is_a_frame_of_speech_not_an_obligation():
    lead = "Президент Узбекистана встретился с Президентом России. "
    assert commitments(lead + "«Я должен сказать, что это реально выполняется», - заявил президент.") == []
    got = commitments(lead + "«Мы должны выполнить дорожную карту», - заявил президент Узбекистана.")
    assert [(a, m) for a, m, _ in got] == [("UZB", "commit")]


def test_keenness_on_is_an_intention():
    text = ("President Abdel Fattah El Sisi met his Kenyan counterpart Uhuru Kenyatta. Sisi affirmed "
            "keenness on boosting relations with Kenya in various fields.")
    assert [(a, m) for a, m, _ in commitments(text, "en")] == [("EGY", "intend")]
