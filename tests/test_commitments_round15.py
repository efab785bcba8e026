"""Round 15 of commitments on real text: written sentences in the shapes fresh public
releases use (docs/quality.md, "Round 15"), each with a near miss that must stay out."""
from __future__ import annotations

from accords.pipeline import extract_text


def commitments(text: str, lang: str = "en", date: str | None = None) -> list[tuple[str, str]]:
    rec = extract_text(text, lang=lang, date=date).to_dict()
    return [(c["actor"], c["modality"]) for c in rec["commitments"]]


LEAD = "India and China held talks in New Delhi. "


def test_a_day_between_the_verb_and_to_keeps_the_cue():
    for said in ("India and China committed on Thursday to doubling bilateral trade.",
                 "India and China vowed today to raise bilateral trade.",
                 "India and China pledged on 12 May to open new consulates."):
        assert commitments(LEAD + said) == [("JOINT", "commit")], said
    # a day with no cue around it is no commitment
    assert commitments(LEAD + "India and China met on Thursday to discuss trade.") == []


def test_agreeing_that_a_thing_is_so_is_a_shared_view():
    for said in ("They agreed that problems mentioned at the last meeting have been settled.",
                 "The two sides agreed that cooperation matches the interests of both peoples.",
                 "The two sides agreed that since last year they have worked closely together to "
                 "maintain stability."):
        assert commitments(LEAD + said) == [], said
    for said in ("They agreed that the ministers will meet once a year.",
                 "They agreed that both countries have to step up cooperation.",
                 "They agreed to set up a joint working group."):
        assert commitments(LEAD + said) == [("JOINT", "agreed")], said


def test_a_counterpart_named_in_apposition_is_the_second_subject():
    said = ("Prime Minister Manmohan Singh and his visiting Chinese counterpart, Wen Jiabao, "
            "pledged to expand trade.")
    assert commitments(LEAD + said) == [("JOINT", "commit")]
    # a single name in apposition stays that one side's
    assert commitments(LEAD + "China's Premier, Wen Jiabao, pledged to expand trade.") == [("CHN", "commit")]


def test_we_after_he_and_i_have_agreed_are_both_sides():
    text = ("President Hu and I have agreed that economic engagement between India and China will "
            "receive our urgent attention. We will endeavour to raise bilateral trade.")
    assert commitments(text) == [("JOINT", "agreed"), ("JOINT", "commit")]
    # without the pair, a "we" nobody places is nobody's
    assert commitments("India and China held talks. We will endeavour to raise bilateral trade.") == []


RU_LEAD = ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Узбекистана "
           "Шавкатом Мирзиёевым. ")


def test_what_a_meeting_will_bring_about_is_a_forecast():
    for said in ("«Наша встреча еще более укрепит узы дружбы, выведет отношения на новый уровень», "
                 "– отметил Мирзиёев.",
                 "По его словам, визит придаст новый импульс сотрудничеству."):
        assert commitments(RU_LEAD + said, "ru") == [], said
    # the sides as the subject bind themselves
    assert commitments(RU_LEAD + "Стороны укрепят сотрудничество в энергетике.", "ru") == [("JOINT", "commit")]


def test_a_proposal_to_act_together_is_the_proposers():
    lead = ("Премьер-министр России Михаил Мишустин провел переговоры с главой правительства "
            "Киргизии Адылбеком Касымалиевым. ")
    assert commitments(lead + "Он предложил совместно проработать запуск новых инициатив.", "ru") \
        == [("RUS", "propose")]
    # working together is still both sides' when it is no proposal
    assert commitments(lead + "«Мы будем вместе работать над запуском новых инициатив», — сказал "
                              "Мишустин.", "ru") \
        == [("JOINT", "commit")]


def test_kazakh_sides_confirming_their_commitments():
    text = ("Қазақстан мен Қытай сыртқы істер министрлері кездесті. Кездесуде тараптар саяси "
            "диалогты тереңдетуге өз міндеттемелерін растады.")
    assert commitments(text, "kk") == [("JOINT", "commit")]


def test_what_a_visit_will_bring_about_is_a_forecast_in_english_too():
    lead = "Russia and Belarus held talks in Minsk. "
    for said in ('"We hope that your visit to Belarus will help balance trade," Putin said.',
                 "The talks will give a new impetus to trade."):
        assert commitments(lead + said) == [], said
    assert commitments(lead + '"Our countries will give new impetus to trade," Putin said.') \
        == [("JOINT", "commit")]


def test_committed_themselves_to():
    said = ("Lee said the two presidents committed themselves to working with their legislatures "
            "to approve the FTA.")
    assert commitments("Korea and the United States held talks. " + said) == [("JOINT", "commit")]


def test_a_quoted_series_after_according_to_keeps_its_lower_case_subject():
    text = ('The United States and Korea held talks. According to the statement, "the two sides '
            'noted the urgency of the threat, reaffirmed their commitment to a denuclearized '
            'peninsula, and committed to fully implement the resolutions."')
    assert commitments(text) == [("JOINT", "intend"), ("JOINT", "commit")]


def test_a_relative_future_tells_what_a_thing_will_do():
    text = ("Korea and the United States held talks. Bush agreed to work to launch the WEST Program, "
            "which will provide an opportunity for Korean students to study in the United States.")
    assert commitments(text) == [("JOINT", "agreed")]
    # a future of a party stays
    assert commitments("Korea and the United States held talks. The United States will provide "
                       "grants to Korean students.") == [("USA", "commit")]


def test_a_document_that_is_ready_is_no_partys_readiness():
    lead = "Министр иностранных дел России Сергей Лавров провел переговоры с белорусским коллегой. "
    assert commitments(lead + "Соглашение между Москвой и Минском о взаимном признании виз готово.",
                       "ru") == []
    assert commitments(lead + "Белорусская сторона готова подписать соглашение.", "ru") == [("BLR", "ready")]


def test_a_modal_after_and_shares_the_first_predicates_subject():
    lead = "Xi Jinping and Donald Trump spoke over the phone. "
    said = ("He said the United States attaches importance to trade cooperation and would like to "
            "continue to expand export to China.")
    assert commitments(lead + said) == [("USA", "intend")]


def test_the_side_asked_is_not_the_side_asking():
    lead = "Minister Tran Tuan Anh of Vietnam met Brunei's Minister Lim Jock Seng. "
    assert commitments(lead + "The host requested Brunei to assist Vietnam in personnel training.") \
        == [("VNM", "request")]
    assert commitments(lead + "The host called on the Brunei side to open its market.") == [("VNM", "request")]
    # a party named as the asker keeps it
    assert commitments(lead + "Vietnam asked Brunei to open its market.") == [("VNM", "request")]
    # with three parties, nobody is guessed
    assert commitments("Vietnam, Laos and Brunei held talks. The host requested Brunei to assist "
                       "Vietnam in personnel training.") == []


def test_the_need_for_someone_to_act_and_a_title_in_apposition():
    lead = "Pakistan and Kenya held talks in Islamabad. "
    said = ("Abdul Razak Dawood, Adviser to the Prime Minister of Pakistan, stressed the need to make "
            "the trade relations more broad based.")
    assert commitments(lead + said) == [("PAK", "propose")]
    said = "Prime Minister Shehbaz Sharif underlined the need for concerted efforts to achieve the target."
    assert commitments(lead + said) == [("PAK", "propose")]
    # a need nobody is named with, in no one's words, is nobody's proposal
    assert commitments(lead + "There is a need for new roads.") == []


def test_a_wrapped_line_that_cut_the_name_from_its_verb():
    text = ("date 2019-05-03 ANKARA, May 3 (APP): Prime Minister Ahmet Yilmaz Demir\n"
            "Wednesday underlined the need for concerted efforts to reach the\n"
            "target of $3 billion in the bilateral trade between Turkey and\n"
            "Tunisia as soon as possible.\n"
            "He was talking to the Tunisian Foreign Minister who called\n"
            "on him.\n"
            "The Tunisian Foreign Minister arrived in Ankara to discuss\n"
            "bilateral relations and regional issues, the office said.\n")
    assert commitments(text, date="2019-05-03") == [("TUR", "propose")]


def test_kazakh_headline_line_agreements_and_personal_endings():
    text = ("Ердоған Назарбаевты Анкараға шақырды\nНұрсұлтан Назарбаев Түркия Республикасының "
            "Президенті Режеп Тайип Ердоғанмен телефон арқылы сөйлесті. Р.Ердоған Нұрсұлтан "
            "Назарбаевты Жоғары деңгейдегі стратегиялық кеңестің отырысына қатысу үшін Анкараға шақырды.")
    got = extract_text(text, lang="kk").to_dict()["commitments"]
    assert [(c["actor"], c["modality"]) for c in got] == [("TUR", "propose")]
    assert got[0]["text"].startswith("Р.Ердоған")       # not the headline
    text = ("Қасым-Жомарт Тоқаев Украина президенті Владимир Зеленскиймен телефон арқылы сөйлесті. "
            "\"Біз гуманитарлық мәселелер бойынша ынтымақтастық жүргізуге келістік\", - дейді Зеленский.")
    assert commitments(text, "kk") == [("JOINT", "agreed")]
    # the importance of reaching an agreement is no agreement reached
    text = ("Қасым-Жомарт Тоқаев Украина президенті Владимир Зеленскиймен телефон арқылы сөйлесті. "
            "Тоқаев келіссөз барысында уағдаластыққа қол жеткізудің маңызды екенін айтты.")
    assert ("KAZ", "agreed") not in commitments(text, "kk") and ("JOINT", "agreed") not in commitments(text, "kk")


RU_TR = "Президент России Владимир Путин провел переговоры с Президентом Турции Реджепом Тайипом Эрдоганом. "


def test_a_gerund_shares_the_subject_of_its_verb():
    said = "Путин заявил о росте товарооборота, выразив заинтересованность в поддержании данной динамики."
    assert commitments(RU_TR + said, "ru") == [("RUS", "intend")]


def test_plans_of_an_action_with_a_goal():
    said = "Турция и Россия подтвердили планы выведения двусторонней торговли в год до 100 млрд долларов."
    assert commitments(RU_TR + said, "ru", "2022-08-06") == [("JOINT", "intend")]
    # plans of development with no goal are background
    assert commitments(RU_TR + "Стороны обсудили планы развития регионов.", "ru") == []


def test_the_importance_of_an_upcoming_visit_is_the_itinerary():
    lead = "Президент Касым-Жомарт Токаев принял посла России Алексея Бородавкина. "
    said = ("Глава государства отметил важность предстоящего в этом году визита Президента Владимира "
            "Путина в Казахстан.")
    assert commitments(lead + said, "ru") == []
    said = "Глава государства отметил важность развития торгового сотрудничества."
    assert commitments(lead + said, "ru") != []


def test_what_carrying_a_thing_out_will_bring_is_a_forecast():
    lead = "Президент Азербайджана Ильхам Алиев принял в Баку казахстанского премьера Алихана Смаилова. "
    said = '"Создание совместного фонда позволит увеличить инвестиции", - сказал Алиев.'
    assert commitments(lead + said, "ru") == []
    said = '"Азербайджан позволит казахстанским компаниям работать в порту", - сказал Алиев.'
    assert commitments(lead + said, "ru") == [("AZE", "commit")]


def test_english_courtesy_efforts_under_way_and_a_revealed_intention():
    lead = "Russia and Kazakhstan held talks. "
    assert commitments(lead + '"I am very glad to see you," Putin said.') == []
    assert commitments(lead + '"We are glad to supply grain to Kazakhstan," Putin said.') == [("RUS", "ready")]
    assert commitments(lead + "The sides are also working to conclude a range of economic contracts.") \
        == [("JOINT", "intend")]
    assert commitments(lead + "Tokayev revealed Kazakhstan's intention to bring trade volume with Russia "
                              "to $40 billion soon.") == [("KAZ", "intend")]


def test_an_occasion_heading_the_subject():
    lead = "Turkey and Kazakhstan held talks. "
    said = ("The Turkish president expressed confidence that the meeting of the High-Level Strategic "
            "Cooperation Council under the chairmanship of the leaders of the two states will give a great "
            "impetus to cooperation.")
    assert commitments(lead + said) == []


def test_they_after_the_parties_are_both_sides():
    text = ("Kazakhstan and China held talks. The parties touched on cooperation in agriculture and "
            "energy. They affirmed their desire to continue interacting on transboundary rivers.")
    assert commitments(text) == [("JOINT", "intend")]


def test_documents_to_be_signed_during_a_visit_are_its_itinerary():
    text = ("Turkey and Kazakhstan held talks. The parties agreed soon to finalize the coordination of the "
            "agenda and draft documents to be signed during the visit of the Kazakh president to Ankara.")
    assert commitments(text) == [("JOINT", "agreed")]


def test_glad_of_what_happened_is_courtesy():
    lead = "Александр Лукашенко провел встречу с губернатором Рязанской области России Павлом Малковым. "
    assert commitments(lead + "«Я очень рад, что вы сегодня приехали», – заявил Лукашенко.", "ru") == []
    assert commitments(lead + "«Мы рады поставлять вам технику», – заявил Лукашенко.", "ru") == [("BLR", "ready")]


def test_an_ambition_and_the_importance_of_an_upcoming_visit():
    lead = "The UAE and Russia held talks. "
    said = ("The President of the United Arab Emirates, Mohammed bin Zayed Al Nahyan, expressed on Thursday "
            "his ambition to double the trade volume between the UAE and Russia.")
    assert commitments(lead + said) == [("ARE", "intend")]
    said = ("Anwar Gargash, Diplomatic Advisor to the UAE President, stressed the importance of the upcoming "
            "visit of the President to Russia.")
    assert commitments(lead + said) == []
    said = "The UAE President stressed the importance of expanding trade with Russia."
    assert commitments(lead + said) == [("ARE", "intend")]
