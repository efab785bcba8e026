"""The Kazakh path: endings, names, language detection and each fact type on short texts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from accords import extract
from accords.extractors.kazakh.names import nominative
from accords.nlp.kazakh import inflects, kazakh_lemma
from accords.nlp.lang import detect_language

HERE = Path(__file__).resolve().parent
TEXT = ("25 қыркүйекте Қазақстан президенті Қасым-Жомарт Тоқаев Нью-Йоркте АҚШ президенті "
        "Дональд Трамппен кездесті. АҚШ пен Қазақстан арасындағы тауар айналымы 2018 жылы "
        "37 пайызға ұлғайып, 2,24 миллиард долларға жеткен. Былтыр өзара алыс-беріс 800 млн "
        "долларға жуықтаған. Екі жақ көлік-логистика саласындағы әріптестікті кеңейтпек.")


@pytest.mark.parametrize("word,stem", [("Қазақстанның", "қазақстан"), ("Қазақстанға", "қазақстан"),
                                       ("Қазақстанмен", "қазақстан"), ("Қазақстанда", "қазақстан"),
                                       ("АҚШ-пен", "ақш"), ("қазақстандық", "қазақстан"),
                                       ("Трамппен", "трамп")])
def test_inflected_forms_match_their_stem(word, stem):
    assert inflects(word.lower(), stem)


def test_other_words_do_not_match_a_stem():
    assert not inflects("қазақстанбай", "қазақстан")
    assert not inflects("ресейбекова", "ресей")
    assert kazakh_lemma("Қазақстанның") == "қазақстан"
    assert kazakh_lemma("су") == "су"


@pytest.mark.parametrize("word,name", [("Тоқаевтың", "Тоқаев"), ("Трамппен", "Трамп"),
                                       ("Назарбаевтың", "Назарбаев"), ("Рахмон", "Рахмон"),
                                       ("Байден", "Байден"), ("Путинге", "Путин")])
def test_surnames_in_the_nominative(word, name):
    assert nominative(word) == name


def test_kazakh_is_detected_and_russian_is_not_taken_for_it():
    assert detect_language(TEXT) == "kk"
    assert detect_language("Президент Казахстана Касым-Жомарт Токаев встретился с "
                           "Президентом США Дональдом Трампом в Нью-Йорке.") == "ru"


@pytest.fixture(scope="module")
def record():
    return extract(TEXT, lang="kk", date="2019-09-26").to_dict()


def test_states_and_persons(record):
    assert [c["code"] for c in record["countries"]] == ["KAZ", "USA"]
    people = {p["name"]: (p["role_class"], p["country"]) for p in record["persons"]}
    assert people == {"Қасым-Жомарт Тоқаев": ("head_of_state", "KAZ"),
                      "Дональд Трамп": ("head_of_state", "USA")}


def test_events_and_sectors(record):
    assert {e["type"] for e in record["events"]} == {"CONSULT"}
    assert {s["id"] for s in record["sectors"]} == {"trade", "transport_logistics"}


def test_figures_with_period_change_and_approximation(record):
    got = [(f["metric"], f["value"], f["currency"], f["period"], f["change_pct"], f["approx"])
           for f in record["figures"]]
    assert got == [("trade_turnover", 2.24e9, "USD", "2018", 37.0, None),
                   ("trade_turnover", 8e8, "USD", "2018", None, "about")]


def test_commitment_of_both_sides(record):
    [c] = record["commitments"]
    assert (c["actor"], c["modality"], c["sectors"]) == ("JOINT", "intend", ["transport_logistics"])
    assert TEXT[c["evidence"][0]:c["evidence"][1]] == c["text"]


def test_a_future_visit_is_no_event():
    rec = extract("Тәжікстан Президенті Эмомали Рахмон Қазақстанға ресми сапармен келеді.",
                  lang="kk").to_dict()
    assert rec["events"] == []
    assert [(p["name"], p["country"]) for p in rec["persons"]] == [("Эмомали Рахмон", "TJK")]


def test_the_team_set_is_well_formed():
    docs = [json.loads(x) for x in (HERE / "kazakh" / "docs.jsonl").read_text().splitlines()]
    gold = {g["id"]: g for g in map(json.loads, (HERE / "kazakh" / "gold.jsonl").read_text().splitlines())}
    assert len(docs) >= 8 and all(d["lang"] == "kk" for d in docs)
    for d in docs:
        assert all(c["quote"] in d["text"] for c in gold[d["id"]]["commitments"])


def test_kazakh_trade_volume_hyphenated_and_a_headline_restatement_is_one_figure():
    from accords.pipeline import extract_text
    text = ("Қазақстан мен Қытай арасындағы сауда-саттық көлемі 44 млрд долларға жетті\n"
            "Мәселен, 2024 жылы екіжақты сауда-саттық көлемі 44 миллиард долларға жетті. "
            "2005 жылдан бері қытайлық кәсіпорындар Қазақстанға 27 миллиард доллардан астам "
            "инвестиция құйды.")
    rec = extract_text(text, lang="kk", date="2025-08-30")
    assert [(f.metric, f.value, f.period) for f in rec.figures] == [
        ("trade_turnover", 44e9, "2024"), ("investment", 27e9, None)]


def test_kazakh_intentional_future_with_a_person_ending_and_an_invitation():
    from accords.pipeline import extract_text
    text = ("Қасым-Жомарт Тоқаев Түркия Сыртқы істер министрі Мевлүт Чавушоғлуды қабылдады. "
            "Біз Қазақстан мен Түркия арасындағы бірлескен қызметіміздің аясын кеңейтпекшіміз. "
            "Мемлекет басшысы Түркия Президентін Қазақстанға сапармен келуге шақырғанын айтты.")
    rec = extract_text(text, lang="kk", date="2022-03-01")
    assert [c.modality for c in rec.commitments] == ["intend", "propose"]


def test_the_one_invited_is_not_the_one_who_invites():
    # the Kazakh leader (nominative) invites the Turkish President (dative, "Ердоғанға"):
    # neither the addressee nor the state in his title is the actor
    from accords.pipeline import extract_text
    text = ("Қасым-Жомарт Тоқаев Түркия Сыртқы істер министрі Мевлүт Чавушоғлуды қабылдады.\n\n"
            "Қазақстан көшбасшысы Түркия Президенті Режеп Тайип Ердоғанға сәлемін жолдап, оны "
            "Қазақстанға сапармен осы жылы келуге шақырғанын тағы да нақтылады.")
    rec = extract_text(text, lang="kk", date="2022-03-01")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("KAZ", "propose")]


def test_kazakh_this_indicator_takes_the_metric_before_and_documents_have_a_worth():
    from accords.pipeline import extract_text
    text = ("Қазақстан Президенті Қырғызстан Президентімен кездесті. Елдер арасындағы өзара сауда "
            "2 миллиард долларға жетті. Тараптар бұл көрсеткішті 3 миллиард долларға дейін арттыру "
            "мақсатын қойды. Жиында құны 1,7 млрд АҚШ доллары болатын, 34 құжатқа қол қойылды.")
    rec = extract_text(text, lang="kk", date="2026-02-16")
    assert [(f.metric, f.kind, f.value) for f in rec.figures] == [
        ("trade_turnover", "actual", 2e9), ("trade_turnover", "target", 3e9),
        ("agreements_value", "actual", 1.7e9)]
    # an amount with no metric and no pointer back is no figure of the relationship
    rec = extract_text("Қазақстан Президенті Қырғызстан Президентімен кездесті. Ескерткіш 5 миллион "
                       "долларға тұрғызылды.", lang="kk", date="2026-02-16")
    assert rec.figures == []


def test_a_headline_commits_nobody_and_we_are_the_speakers_side():
    from accords.pipeline import extract_text
    text = ("Қазақстан мен Өзбекстан ынтымақтастықты жалғастырмақ\n\n"
            "Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен кездесті. «Біз "
            "ынтымақтастықты жан-жақты дамытуға ниеттіміз», — деп атап өтті ол.")
    rec = extract_text(text, lang="kk", date="2025-05-01")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("KAZ", "intend")]
    assert rec.commitments[0].text.startswith("«Біз")


def test_kazakh_periods_per_amount_and_compound_amounts():
    # "last year" and "the first 4 months of this year" in one sentence, each for its amount;
    # "3 млрд 100 млн" is one amount
    from accords.pipeline import extract_text
    text = ("Олжас Бектенов Өзбекстан Премьер-министрімен кездесті. Былтыр тауар айналымы шамамен "
            "$4,5 млрд құраса, ағымдағы жылдың 4 айында бұл көрсеткіш $1,2 млрд-тан асты. Жалпы құны "
            "3 млрд 100 млн доллар болатын 69 жобаны іске асыру жоспарда.")
    rec = extract_text(text, lang="kk", date="2024-07-12")
    assert [(f.metric, f.value, f.period) for f in rec.figures] == [
        ("trade_turnover", 4.5e9, "2023"), ("trade_turnover", 1.2e9, "2024-01/2024-04"),
        ("project_value", 3.1e9, None)]


def test_kazakh_months_after_this_year_and_a_growth_goes_to_its_nearest_amount():
    # "биылғы қаңтар-маусым айларында": January to June of this year; the growth written
    # before the first amount is not the second amount's
    from accords.pipeline import extract_text
    text = ("Өткен жылы екі ел арасындағы тауар айналымы 12,5%-ға өсіп, $640 млн-ды құрады, "
            "биылғы қаңтар-мамыр айларында $310 млн-ға жетті. Өткен жылғы инвестиция көлемі "
            "$90 млн-ды құрады.")
    rec = extract_text(text, lang="kk", date="2025-07-01")
    assert [(f.metric, f.value, f.period, f.change_pct) for f in rec.figures] == [
        ("trade_turnover", 6.4e8, "2024", 12.5), ("trade_turnover", 3.1e8, "2025-01/2025-05", None),
        ("investment", 9e7, "2024", None)]


def test_a_guest_met_on_arrival_is_a_meeting():
    from accords.pipeline import extract_text
    met = extract_text("Қазақстан Премьер-министрі Өзбекстан Премьер-министрін елорда әуежайында "
                       "күтіп алды.", lang="kk", date="2024-08-08")
    will = extract_text("Қазақстан Премьер-министрі ертең Өзбекстан Премьер-министрімен кездеседі.",
                        lang="kk", date="2024-08-08")
    assert "CONSULT" in [e.type for e in met.events] and "CONSULT" not in [e.type for e in will.events]


@pytest.mark.parametrize("text, events", [
    ("Бүгін Қасым-Жомарт Тоқаев ресми Сеулге мемлекеттік сапарын аяқтады.", ["CONSULT"]),
    ("Жобаларды іске асыру барысы Алматыда өткен үкіметаралық комиссияның 21-ші отырысында талқыланды.",
     ["CONSULT"]),
    # a council's session took place (the spec's CONSULT) and a document was signed there
    ("Тоқаев пен Жапаров Жоғарғы мемлекетаралық кеңестің отырысында маңызды құжатқа қол қойды.",
     ["AGREE", "CONSULT"]),
    # a visit to come is no event
    ("Келесі жылы Тоқаев Сеулге сапармен барады.", []),
])
def test_a_visit_ended_and_a_session_that_discussed_are_meetings(text, events):
    rec = extract(text, lang="kk", date="2024-07-12")
    assert sorted({e.type for e in rec.events}) == events


@pytest.mark.parametrize("text, expected", [
    # a thing in the plan, a goal envisaged: both sides', by nobody named
    ("Қазақстан мен Өзбекстан ынтымақтастықты дамытуда. Жалпы құны 3 млрд доллар болатын 69 жобаны "
     "іске асыру жоспарда.", [("JOINT", "intend")]),
    ("Қазақстан мен Өзбекстан ынтымақтастықты дамытуда. Нәтижесінде 15 мыңға жуық жұмыс орнын ашу "
     "көзделген.", [("JOINT", "intend")]),
    # the importance of a thing to do noted by an akim: Kazakhstan's
    ("Ақмола облысының әкімі Иран елшісімен кездесті. Облыс әкімі инвестициялық жобаларды іске асыру "
     "үшін ынтымақтастықты дамытудың маңыздылығын атап өтті.", [("KAZ", "intend")]),
])
def test_plans_goals_and_an_akims_words(text, expected):
    rec = extract(text, lang="kk", date="2024-07-12")
    assert [(c.actor, c.modality) for c in rec.commitments] == expected


@pytest.mark.parametrize("text, expected", [
    ("Тоқаев пен Жапаров кездесті. Қос мемлекеттің «жол картасы» әзірленеді.", [("JOINT", "commit")]),
    ("Тоқаев пен Жапаров кездесті. 2020 жылға дейін тауар айналымы 1 млрд долларға дейін жетеді деп "
     "белгіленді.", [("JOINT", "agreed")]),
])
def test_a_roadmap_to_be_drawn_up_and_a_goal_set_are_both_sides(text, expected):
    rec = extract(text, lang="kk", date="2017-12-01")
    assert [(c.actor, c.modality) for c in rec.commitments] == expected


def test_peoples_names_as_adjectives_and_hyphenated_pairs_are_state_mentions():
    text = ("Қазақ-қырғыз қарым-қатынасына сызат түспейді. Бүгін Астанаға ресми сапармен қырғыз "
            "елінің президенті Сооронбай Жээнбеков келді.")
    rec = extract(text, lang="kk", date="2017-12-01")
    assert sorted(c.code for c in rec.countries) == ["KAZ", "KGZ"]
    assert [(p.name, p.country) for p in rec.persons] == [("Сооронбай Жээнбеков", "KGZ")]


def test_a_state_adjective_before_an_object_is_not_the_subject():
    text = ("Қазақстан Сыртқы істер министрі Мұрат Нұртілеу Германия елшісін қабылдады. Министр неміс "
            "компанияларын Қазақстанның өңдеу өнеркәсібіне инвестиция салуға шақырды.")
    rec = extract(text, lang="kk", date="2024-03-01")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("KAZ", "propose")]


def test_a_consul_general_is_an_official_of_the_state_before_the_title():
    text = ("Шығыс Қазақстан облысының әкімі Ермек Көшербаев Ресейдің Өскемендегі бас консулы Алан "
            "Хетагуровпен кездесті.")
    rec = extract(text, lang="kk", date="2024-01-01")
    assert ("Алан Хетагуров", "other_official", "RUS") in [(p.name, p.role_class, p.country) for p in rec.persons]


@pytest.mark.parametrize("text, expected", [
    # during a visit, taking part in a council, at a session, met: the talks took place
    ("Президент Қасым-Жомарт Тоқаев Қытайға жасаған ресми іс-сапары барысында қазақ-қытай "
     "іскерлік кеңесіне қатысып, сөз сөйледі.", ["CONSULT"]),
    ("Тоқаев пен Жапаров Жоғарғы мемлекетаралық кеңестің отырысында сөз сөйледі.", ["CONSULT"]),
    ("Бұл екі ел президенттерінің екінші мәрте жүздескен кезі.", ["CONSULT"]),
    # a plan is no event
    ("Келесі жылы екі ел президенттері кездесуді жоспарлап отыр.", []),
])
def test_kazakh_talks_told_other_ways(text, expected):
    assert sorted({e["type"] for e in extract(text, lang="kk").to_dict()["events"]}) == expected


def test_an_agreement_reached_in_kazakh_is_agreed():
    text = ("Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен телефон арқылы сөйлесті. Тараптар Президент "
            "Шавкат Мирзиёевтің Қазақстанға мемлекеттік сапарын жыл соңына дейін ұйымдастыру жөнінде "
            "уағдаластыққа қол жеткізді.")
    got = [(c["actor"], c["modality"]) for c in extract(text, lang="kk").to_dict()["commitments"]]
    assert got == [("JOINT", "agreed")]


def test_decisions_taken_are_an_agreement():
    text = ("Қасым-Жомарт Тоқаев Ташкентке барды. Мемлекет басшысын Өзбекстан Президенті Шавкат Мирзиёев "
            "қарсы алды. Жоғары Мемлекетаралық кеңес аясында бірқатар шешімдер қабылданды.")
    rec = extract(text, lang="kk").to_dict()
    assert "AGREE" in {e["type"] for e in rec["events"]}
    assert [(c["actor"], c["modality"]) for c in rec["commitments"]] == [("JOINT", "agreed")]


def test_chained_goals_take_each_its_own_period_and_both_are_targets():
    text = ("Қазақстан Президенті Қасым-Жомарт Тоқаев Қырғызстан Президенті Садыр Жапаровпен "
            "кездесті. Өткен жылы екі ел арасындағы тауар айналымы 1,5 миллиард доллар болды. "
            "Екі ел тауар айналымын биыл 2 млрд долларға, ал 2030 жылға қарай 5 млрд долларға "
            "жеткізуді көздеп отыр.")
    rec = extract(text, lang="kk", date="2025-04-10")
    got = [(f.kind, f.value, f.period) for f in rec.figures]
    assert got == [("actual", 1.5e9, "2024"), ("target", 2e9, "2025"), ("target", 5e9, "2030")]


def test_a_year_compared_with_is_not_the_period():
    text = ("Қазақстан мен Беларусь арасындағы байланыстар талқыланды. Жыл басынан бері "
            "екіжақты тауар айналымы өткен жылмен салыстырғанда 20%-ға артып, 700 млн "
            "долларды құрады.")
    rec = extract(text, lang="kk", date="2025-09-15")
    assert [(f.value, f.period, f.change_pct) for f in rec.figures] == [(7e8, "2025-01/2025-09", 20.0)]


def test_press_secretary_roles_with_their_state_and_interest_as_intention():
    text = ("Бүгін Қазақстан Республикасы Президенті Қасым-Жомарт Тоқаев Қырғыз Республикасының "
            "Президенті Садыр Жапаровпен телефон арқылы сөйлесті. Бұл туралы Президенттің баспасөз "
            "хатшысы Берік Уәли хабарлады. Тараптар екі ел арасындағы ынтымақтастықты одан әрі "
            "тереңдетуге қызығушылық білдірді. Сонымен қатар, тараптар Астанада өтетін саммиттің "
            "маңыздылығын атап өтті.")
    rec = extract(text, lang="kk", date="2025-04-10")
    people = {p.name: p for p in rec.persons}
    assert people["Садыр Жапаров"].role == "Қырғыз Республикасының Президенті"
    assert (people["Берік Уәли"].role_class, people["Берік Уәли"].country) == ("other_official", "KAZ")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("JOINT", "intend")]


def test_what_will_be_achieved_or_worked_out_in_the_passive_binds_both_sides():
    lead = ("Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен "
            "телефон арқылы сөйлесті. ")
    for said in ("Бұған жаңа бірлескен жобаларды іске қосу арқылы қол жеткізіледі.",
                 "Сапар мерзімі дипломатиялық арналар арқылы пысықталады."):
        rec = extract(lead + said, lang="kk", date="2025-04-10")
        assert [(c.actor, c.modality) for c in rec.commitments] == [("JOINT", "commit")], said


def test_thanks_for_an_invitation_given_is_no_proposal():
    text = ("Қасым-Жомарт Тоқаев Шавкат Мирзиёевке Ташкентке мемлекеттік сапармен келуге шақырғаны "
            "және дәстүрлі қонақжайлық танытқаны үшін ризашылығын білдірді.")
    assert extract(text, lang="kk", date="2025-11-15").commitments == []
    invite = "Қасым-Жомарт Тоқаев Шавкат Мирзиёевті Астанаға келуге шақырды."
    assert [c.modality for c in extract(invite, lang="kk", date="2025-11-15").commitments] == ["propose"]


def test_chairman_of_the_prc_initials_and_the_white_house():
    """"ҚХР Төрағасы" is the head of state; "Д.Трамппен" is the leader with an initial;
    "Ақ үйше" (to the White House) after a title is no name."""
    rec = extract("АҚШ Президенті Д.Трамппен кездесті. Елбасы Ақ үйше арнайы шақырғаны үшін "
                  "алғысын білдірді. ҚХР Төрағасы Си Цзиньпин телефон арқылы сөйлесті.",
                  lang="kk")
    got = {p.name: (p.role_class, p.country) for p in rec.persons}
    assert got["Дональд Трамп"] == ("head_of_state", "USA")
    assert got["Си Цзиньпин"] == ("head_of_state", "CHN")
    assert "Ақ" not in got


def test_a_pair_of_state_names_and_a_dollar_named_by_its_state():
    """"Қазақстан-Әзербайжан тікелей инвестиция қоры" names both sides where nothing else
    does; "АҚШ доллары" is the currency, not the state."""
    rec = extract("Мемлекеттер басшылары келіссөздер жүргізді. Екі тарап Қазақстан-Әзербайжан "
                  "тікелей инвестиция қорының қызметін жандандыруға келісті.", lang="kk")
    assert [c.code for c in rec.countries] == ["KAZ", "AZE"]
    rec = extract("Алматы әкімі Корея Республикасының губернаторымен кездесті. Корея "
                  "Республикасы 9,5 млрд. АҚШ доллары инвестиция салды.", lang="kk")
    assert "USA" not in [c.code for c in rec.countries]


def test_figures_with_a_worded_number_a_bracketed_base_and_this_indicator():
    rec = extract("Қазақстан мен Әзербайжан президенттері кездесті. Екіжақты тауар айналымын "
                  "бір миллиард долларға дейін жеткізуге уағдаласты.", lang="kk", date="2025-10-21")
    assert [(f.metric, f.kind, f.value) for f in rec.figures] == [("trade_turnover", "target", 1e9)]
    rec = extract("Қазақстан мен Корея арасындағы тауар айналымы қарқынды өсуде. 2023 жылы бұл "
                  "көрсеткіш 2022 жылмен салыстырғанда 21% - ға артып, (2022 ж. - 1,05 млрд. "
                  "АҚШ) 1,27 млрд. АҚШ долларын құрады.", lang="kk", date="2024-03-01")
    got = sorted((f.metric, f.value, f.period, f.change_pct) for f in rec.figures)
    assert got == [("trade_turnover", 1.05e9, "2022", None), ("trade_turnover", 1.27e9, "2023", 21.0)]


@pytest.mark.parametrize("said, expected", [
    ("Қос тарап бірлескен кәсіпорындар құруға ниет танытты.", ("JOINT", "intend")),
    ("Үкіметтерге қысқа мерзім ішінде жол картасын қабылдау тапсырылды.", ("JOINT", "commit")),
    ("Қасым-Жомарт Тоқаев: «Қарым-қатынасымызды одан әрі дамыту үшін бар күш-жігерімізді "
     "саламыз», – деді.", ("KAZ", "commit")),
])
def test_kazakh_intentions_instructions_and_efforts(said, expected):
    rec = extract("Қазақстан Президенті Әзербайжан Президентімен келіссөздер жүргізді. " + said,
                  lang="kk", date="2025-10-21")
    assert [(c.actor, c.modality) for c in rec.commitments] == [expected]


def test_a_planned_attendance_is_an_itinerary():
    rec = extract("Қазақстан Президенті Ресей Президентімен кездесті. Президент Ұжымдық қауіпсіздік "
                  "кеңесінің сессиясына қатысады деп жоспарланған.", lang="kk", date="2025-10-21")
    assert rec.commitments == []


def test_an_arab_name_with_particles_and_a_name_set_off_before_its_title():
    rec = extract("Президент Қатар Әмірі Тәмим бен Хамад Әл Тәниге алғыс айтты. Түркия Президенті "
                  "Ердоған бен Путин кездесті.", lang="kk")
    got = {p.name: (p.role_class, p.country) for p in rec.persons}
    assert got["Тәмим бен Хамад Әл Тәни"] == ("head_of_state", "QAT")
    assert "Реджеп Тайип Ердоған" in got          # "бен" between two leaders is "and"
    rec = extract("Франция президентінің сапары. Айдос Сарым, ҚР Парламенті Мәжілісінің депутаты: "
                  "Өткен жылы біздің президент Францияда болған еді.", lang="kk")
    assert [(p.name, p.role_class, p.country) for p in rec.persons] == [
        ("Айдос Сарым", "parliament", "KAZ")]


def test_what_a_visit_will_bring_commits_no_one_and_a_percent_more_is_growth():
    rec = extract("Ертең елімізге Франция президенті ресми сапармен келеді. Екі ел арасындағы "
                  "тауар айналымы биыл қаңтар-тамыз аралығында 2 миллиард 700 миллион долларға "
                  "жетті. Бұл былтырғы көрсеткішпен салыстырғанда 21 процентке көп. Ал Франция "
                  "президентінің Қазақстанға келуі байланысқа жаңа серпіліс бермек.",
                  lang="kk", date="2023-10-31")
    assert rec.commitments == []
    assert [(f.value, f.period, f.change_pct) for f in rec.figures] == [(2.7e9, "2023-01/2023-08", 21.0)]


def test_ministers_gathered_is_a_meeting():
    rec = extract("Түркі мемлекеттерінің сыртқы істер министрлері бас қосты. Сыртқы істер министрі "
                  "Мұрат Нұртілеу сөз сөйледі.", lang="kk")
    assert [e.type for e in rec.events] == ["CONSULT"]


def test_an_intention_governs_the_effort_it_names():
    rec = extract("Қазақстан Президенті Қырғызстан Президентімен кездесті. Қасым-Жомарт Тоқаев: «Біз "
                  "ынтымақтастықты дамытуға бар күш-жігерімізді салуға ниеттіміз», – деді.",
                  lang="kk", date="2025-10-21")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("KAZ", "intend")]


def test_n_months_of_a_year_a_percent_more_next_and_a_half():
    rec = extract("Қазақстан мен Пәкістан өкілдері кездесті. 2022 жылдың 9 айында Қазақстан мен "
                  "Пәкістан арасындағы өзара тауар айналым көлемі 57 млн долларға жетті. Бұл өткен "
                  "жылдың сәйкес кезеңімен салыстырғанда 18% көп. Ал қазақстандық агро өнімдердің "
                  "экспорты 7 жарым млн доллардан асқан.", lang="kk", date="2022-11-01")
    assert [(f.metric, f.value, f.period, f.change_pct) for f in rec.figures] == [
        ("trade_turnover", 57e6, "2022-01/2022-09", 18.0), ("exports", 7.5e6, None, None)]


def test_a_given_name_that_looks_inflected_and_an_arabic_article():
    rec = extract("Сенат төрағасы Дариға Назарбаева БАӘ-нің ҚР-дағы елшісі Мұхаммед әл-Джабермен "
                  "кездесті.", lang="kk")
    assert {p.name: p.country for p in rec.persons} == {"Дариға Назарбаева": "KAZ",
                                                       "Мұхаммед әл-Джабер": "ARE"}


@pytest.mark.parametrize("said, expected", [
    # "between the two states" is where the thing runs; the one who invites is the speaker's side
    ("Назарбаева екі мемлекет арасындағы парламенттік алмасулар өзекті екенін айтып, БАӘ "
     "депутаттарын Қазақстанға шақырды.", [("KAZ", "propose")]),
    ("Екі мемлекет сауданы кеңейтуге ниетті.", [("JOINT", "intend")]),
    # the market of the other side after a subject is no second subject
    ("Қазақстан Пәкістан нарығына 85 тауар түрі бойынша жеткізу көлемін арттыруға ниетті.",
     [("KAZ", "intend")]),
    ("Қазақстан мен Пәкістан сауданы кеңейтуге ниетті.", [("JOINT", "intend")]),
])
def test_who_commits_between_the_two_and_the_others_market(said, expected):
    rec = extract("Сенат төрағасы Дариға Назарбаева БАӘ-нің ҚР-дағы елшісі Мұхаммед әл-Джабермен "
                  "кездесті. Пәкістан мен Қазақстан өкілдері кездесті. " + said, lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == expected


def test_our_duty_is_the_speakers_side_unless_done_together():
    lead = ("Иран Ислам Республикасының президенті Масуд Пезешкиан Қасым-Жомарт Тоқаевпен "
            "келіссөз жүргізді. — ")
    rec = extract(lead + "Бұл байланыстарды тереңдете түсуге міндетіміз, - деді Иран президенті.",
                  lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("IRN", "commit")]
    rec = extract(lead + "Қаржы секторындағы бірлескен қызметіміздің аясын кеңейтпекшіміз.", lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("JOINT", "intend")]


def test_industry_branches_are_industry_as_in_russian():
    rec = extract("Еліміз Пәкістанға мұнай-химия, металлургия, фармацевтика салаларының өнімдерін "
                  "жеткізуге дайын.", lang="kk")
    assert [s.id for s in rec.sectors] == ["industry"]


def test_said_at_their_meeting_is_a_meeting():
    rec = extract("Бұл туралы Сауда министрі Серік Жұманғарин мен Пәкістан үкіметтік делегациясының "
                  "кездесуінде айтылды.", lang="kk")
    assert [e.type for e in rec.events] == ["CONSULT"]


def test_states_beyond_the_neighbours_by_their_kazakh_names():
    rec = extract("Ақордада мемлекет басшысы Қасым-Жомарт Тоқаев пен Конго Республикасының президенті "
                  "Дени Сассу-Нгессо келіссөз жүргізді. Мәжіліс төрағасы Ерлан Қошановты қабылдаған "
                  "Беларүс президенті мәлімдеме жасады.", lang="kk")
    assert {c.code for c in rec.countries} == {"KAZ", "COG", "BLR"}
    assert {p.name: p.country for p in rec.persons}["Дени Сассу-Нгессо"] == "COG"


@pytest.mark.parametrize("said, expected", [
    # a region of Kazakhstan acts for it
    ("— Ақтөбе облысы қытайлық компаниялармен бірлескен жобаларды жүзеге асыруға дайын.",
     [("KAZ", "ready")]),
    # "the two countries' parliaments between": no joint subject; the named speaker's side
    ("Төраға Махмадтоир Зокирзода екі ел парламенттері арасындағы ықпалдастықты нығайтуға "
     "ниетті екенін білдірді.", [("TJK", "intend")]),
    # a pair in the genitive owns what follows: both sides
    ("Билік Қазақстан мен Тәжікстанның екі өңірі арасындағы сауданың әлеуетін кеңейтпекші.",
     [("JOINT", "intend")]),
])
def test_a_region_a_named_speaker_and_a_genitive_pair(said, expected):
    lead = ("Тәжікстан Республикасында сапармен жүрген Президент Қасым-Жомарт Тоқаев Тәжікстанның "
            "Маджлиси Оли төрағасы Махмадтоир Зокирзодамен кездесті. ")
    rec = extract(lead + said, lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == expected
    got = {p.name: (p.role_class, p.country) for p in rec.persons}
    assert got["Қасым-Жомарт Тоқаев"] == ("head_of_state", "KAZ")     # "Тәжікстан Республикасында": the host
    assert got["Махмадтоир Зокирзода"] == ("parliament", "TJK")


def test_i_proposed_i_ask_our_goals_and_what_a_project_is_aimed_at():
    lead = "Беларусь Президенті Александр Лукашенко Мәжіліс төрағасы Ерлан Қошановты қабылдады. "
    rec = extract(lead + "«Бір-бірімізді жоғалтып алмауды өтініп сұраймын. Әлі де алға қойған "
                         "мақсаттарымыз бар», – деді Александр Лукашенко.", lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("BLR", "request"), ("BLR", "intend")]
    rec = extract("Қасым-Жомарт Тоқаев пен Конго Республикасының президенті Дени Сассу-Нгессо "
                  "келіссөз жүргізді. Мен Конго жастарына Қазақстанда білім алуды ұсындым, - деді "
                  "Тоқаев.", lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("KAZ", "propose")]
    rec = extract("Қазақстан мен Қытай өкілдері кездесті. Бұл жоба өндіріс орындарын тұрақты "
                  "энергиямен қамтамасыз етуге бағытталған. Келісімдерді құқықтық тұрғыдан "
                  "қамтамасыз ету мәселелері сөз болды.", lang="kk")
    assert rec.commitments == []


def test_doing_a_thing_called_important_is_an_intention():
    rec = extract("Қазақстан мен Конго Республикасы келіссөз жүргізді. Екі ел арасында байланыс "
                  "орнату өте маңызды. Конго маңызды мемлекет.", lang="kk")
    assert [c.modality for c in rec.commitments] == ["intend"]


def test_the_volume_of_supplies_is_exports():
    rec = extract("Қазақстан мен Пәкістан өкілдері кездесті. Қазақстандық агро өнімдерді жеткізу "
                  "көлемі 7 жарым млн доллардан асқан.", lang="kk", date="2024-10-15")
    assert [(f.metric, f.kind, f.value, f.approx) for f in rec.figures] == [
        ("exports", "actual", 7.5e6, "more_than")]


def test_a_quote_in_the_first_person_is_the_speaker_named_after_it():
    rec = extract("Мәжіліс төрағасы Ерлан Қошановты Беларусь басшысы қабылдады. «Біз сауданы "
                  "кеңейтуге ниеттіміз», – деді Александр Лукашенко кездесуде.", lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("BLR", "intend")]


def test_strives_eager_capital_inflow_a_range_half_a_billion_and_years_ago():
    rec = extract("Қазақстан мен Оман министрлері кездесті. — Қазақстан Оманның жетекші серіктесі бола "
                  "отырып, ынтымақтастықтың әлеуетін толық іске асыруға ұмтылады. Бүгінгі күнге дейін "
                  "жалпы капитал ағыны 253 миллион доллардан асты.", lang="kk", date="2025-02-24")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("KAZ", "intend")]
    assert [(f.metric, f.value, f.approx) for f in rec.figures] == [("investment", 2.53e8, "more_than")]
    rec = extract("Қазақстан-Вьетнам үкіметаралық комиссиясының отырысы өтті. Осыдан 4 жыл бұрын қос "
                  "тараптың тауар айналымы 50-60 миллион доллар көлемінде болса, былтыр бұл көрсеткіш "
                  "жарты миллиард долларға жеткен.", lang="kk", date="2019-10-23")
    assert [(f.value, f.period, f.approx) for f in rec.figures] == [
        (5.5e7, "2015", "about"), (5e8, "2018", None)]


def test_each_other_is_both_sides_and_a_great_interest_is_an_intention():
    lead = "Қазақстан мен Армения сыртқы істер министрлері кездесті. "
    rec = extract(lead + "Армения – Қазақстанның сенімді серіктесі және қазақ-армян байланыстары "
                         "бір-бірінің мүдделерін ескеруге дайын.", lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("JOINT", "ready")]
    rec = extract("Ауыл шаруашылығы министрі Айдарбек Сапаров Грузия елшісімен кездесті. Айдарбек "
                  "Сапаров өзара сауда құрылымын әртараптандыруға қызығушылық зор екенін атап өтті.",
                  lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("KAZ", "intend")]


def test_turkmen_is_not_turkish_with_an_ending():
    rec = extract("Түрікменстан Президентінің Қазақстанға мемлекеттік сапары басталды. Биыл "
                  "қазақ-түрікмен қатынасына 30 жыл. Түрікмен тарапы келісті.", lang="kk")
    assert {c.code for c in rec.countries} == {"KAZ", "TKM"}


def test_a_kazakh_citys_delegation_acts_for_kazakhstan():
    rec = extract("Облыс әкімі Асхат Шахаров бастаған ақтөбелік делегация Қытай Халық Республикасына "
                  "сапар жасады. Пекиндегі келіссөздер барысында төрт меморандум бекіді.", lang="kk")
    assert {c.code for c in rec.countries} == {"KAZ", "CHN"}


def test_the_head_of_state_instructed_the_government():
    rec = extract("Қазақстан мен Өзбекстан президенттері кездесті. Мемлекет басшысы Үкіметке екі ел "
                  "арасындағы жобаларды жеделдетуді тапсырды.", lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("KAZ", "commit")]


def test_a_surname_in_berdi_keeps_its_ending():
    rec = extract("Қазақстан Республикасының Сыртқы істер министрі Мұхтар Тілеуберді Қырғызстан "
                       "Республикасының Сыртқы істер министрі Чингиз Айдарбековпен телефон арқылы "
                       "сөйлесті.", lang="kk")
    assert [p.name for p in rec.persons] == ["Мұхтар Тілеуберді", "Чингиз Айдарбеков"]


def test_more_well_known_leaders_stand_without_a_title():
    rec = extract("Қасым-Жомарт Тоқаев Исламабад қаласында қонақжайлық көрсеткені үшін Асиф Али "
                  "Зардариге алғыс айтты.", lang="kk")
    ps = {p.name: p for p in rec.persons}
    assert (ps["Асиф Али Зардари"].role_class, ps["Асиф Али Зардари"].country) == ("head_of_state", "PAK")


def test_an_event_that_will_be_held_is_no_commitment():
    rec = extract("Түркістан облысы мен Шэньси провинциясы келісімге қол қойды. Алда Қазақстан-Қытай "
                  "тауарларының көрмелері өткізілмек.", lang="kk")
    assert rec.commitments == []
    rec = extract("Қазақстан мен Қытай сауда айналымын арттырмақ.", lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("JOINT", "intend")]


def test_we_are_ready_for_joint_projects_is_the_speakers_side():
    rec = extract("Қазақстан Премьер-Министрі Олжас Бектенов Оман елшісімен кездесті. «Бірлескен "
                  "жобаларды іске асыруға толық қолдау көрсетуге дайынбыз», – деді ол.", lang="kk")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("KAZ", "ready")]
    # "our joint activity" with no stance of one side stays both sides'
    rec = extract("Қазақстан мен Қытай бірлескен қызметіміздің аясын кеңейтпекшіміз.", lang="kk")
    assert [c.actor for c in rec.commitments] == ["JOINT"]


def test_this_period_is_the_period_of_the_figure_before():
    text = ("Қазақстан мен Әзербайжан арасындағы тауар айналымы 2022 жылы $461,9 млн құрады. "
            "Бұл ретте Қазақстан экспорты осы кезеңде 30,4%-ға өсіп, $375,3 млн құрады.")
    rec = extract(text, date="2023-11-24", lang="kk")
    assert [(f.metric, f.value, f.period) for f in rec.figures] == [
        ("trade_turnover", 461.9e6, "2022"), ("exports", 375.3e6, "2022")]
    # with no figure before, "осы кезеңде" gives none
    rec = extract("Қазақстан экспорты осы кезеңде 30,4%-ға өсіп, $375,3 млн құрады.", date="2023-11-24", lang="kk")
    assert [f.period for f in rec.figures] == [None]
