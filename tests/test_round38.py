"""Round 38: phrase families read on fresh public releases (Kazakh commitments and figures,
English first-person quotes, Russian figures in harder shapes, English aid figures), each rule
measured on every real-text set. Every sentence here is written for the test; it fails without
its rule, or (marked "as before") guards what the rule must leave alone."""
import pytest

from test_round_support import commitments, record  # noqa: F401


# -- Kazakh figures -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # thousands written with a space, the last group with its decimals
    ("Қазақстан мен Қытай арасындағы тауар айналымы 2023 жылы 35 607,2 мың АҚШ долларын құрады.", 35607200),
    # "долл." is the dollar, as "доллар" is
    ("Қазақстан мен Ресей арасындағы экспорт 347,6 млн. долл. құрады.", 347600000),
    # as before: a plain group of thousands
    ("Қазақстан мен Қытай арасындағы тауар айналымы 1 200 млн долларға жетті.", 1200000000),
])
def test_kazakh_amounts_in_spaced_thousands_and_abbreviated_dollars(text, value):
    assert [(f.value, f.currency) for f in record(text, "kk").figures] == [(value, "USD")]


@pytest.mark.parametrize("text, kind", [
    # "дейін" before a finite verb of growth or fall is the level reached: a result
    ("Қазақстан мен Ресей арасындағы тауар айналымы 17 млн долларға дейін өсті.", "actual"),
    ("Қазақстан мен Ресей арасындағы экспорт 12,2 млн долларға дейін төмендеді.", "actual"),
    # as before: "дейін" before a goal is a target
    ("Қазақстан мен Қытай тауар айналымын 10 млрд долларға дейін арттыруды көздеп отыр.", "target"),
])
def test_kazakh_up_to_before_a_finite_verb_of_change_is_a_result(text, kind):
    assert [f.kind for f in record(text, "kk").figures] == [kind]


# -- English speakers --------------------------------------------------------------------------

def test_a_name_then_a_day_then_said_is_the_subject():
    text = ("US Commerce Secretary Gina Raimondo met Indian Commerce Minister Piyush Goyal in New Delhi. "
            "Goyal on Friday said the talks were fruitful. "
            "\"We will increase purchases of energy,\" he said.")
    assert commitments(text) == [("IND", "commit")]


def test_an_ambassador_to_the_host_is_not_the_hosts_object():
    # "of Angola to Ethiopia," ends in a state's name, not in an object's title ("with his counterpart,")
    text = ("Ethiopian Foreign Minister Taye Atske Selassie received a delegation from Angola in Addis Ababa. "
            "The Ambassador of Angola to Ethiopia, Miguel Domingos said the visit opened a new chapter. "
            "\"We will open a trade office in Addis Ababa next year,\" he said.")
    assert commitments(text) == [("AGO", "commit")]


# -- English courtesies and hedges ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a wish to thank or to stress frames the speech
    ("Prime Minister Modi met President Ramaphosa of South Africa. \"I would like to thank President "
     "Ramaphosa for his hospitality,\" Modi said.", []),
    ("Prime Minister Modi met President Ramaphosa of South Africa. \"We would like to express our "
     "gratitude to the people of South Africa,\" Modi said.", []),
    # as before: a wish to do a thing intends it
    ("Prime Minister Modi met President Ramaphosa of South Africa. \"India would like to work hand in hand "
     "with South Africa on renewable energy,\" Modi said.", [("IND", "intend")]),
])
def test_a_wish_to_thank_or_to_stress_promises_nothing(text, expected):
    assert commitments(text) == expected


@pytest.mark.parametrize("text, expected", [
    # glad to be of help is an offer
    ("Prime Minister Modi met President Ramaphosa of South Africa. \"We would be very glad to be "
     "supportive of South Africa in renewable energy,\" Modi said.", [("IND", "ready")]),
    # as before: glad to be here is a courtesy
    ("Prime Minister Modi met President Ramaphosa of South Africa. \"I am very glad to be here in "
     "Pretoria,\" Modi said.", []),
])
def test_glad_to_be_of_help_is_readiness_glad_to_be_here_a_courtesy(text, expected):
    assert commitments(text) == expected


def test_a_hedged_future_binds_no_one():
    text = ("President Tokayev met President Japarov in Astana. \"Perhaps Kyrgyzstan will be interested "
            "in joining the project,\" Tokayev said.")
    assert commitments(text) == []


@pytest.mark.parametrize("text, expected", [
    # "together" further on in the verb group: "we" are both sides
    ("Japan and Vietnam held talks in Tokyo. Japanese Foreign Minister Kamikawa met her Vietnamese "
     "counterpart. \"We will continue to stand together for peace in the region,\" she said.",
     [("JOINT", "commit")]),
    # as before: "together" past the clause's end is another clause's
    ("Japan and Vietnam held talks in Tokyo. Japanese Foreign Minister Kamikawa met her Vietnamese "
     "counterpart. \"We will continue to support Vietnam, and together we will build a better region,\" "
     "she said.", [("JPN", "commit"), ("JPN", "commit")]),
])
def test_we_together_in_the_verb_group_are_both_sides(text, expected):
    assert commitments(text) == expected


def test_a_call_on_the_other_side_is_a_request():
    text = ("Pakistani Prime Minister Shehbaz Sharif held talks with Chinese Premier Li Qiang in Beijing. "
            "\"We call on China to increase its investment in Pakistan,\" Sharif said.")
    assert commitments(text) == [("PAK", "request")]


@pytest.mark.parametrize("text, expected", [
    # "going to" before a verb is a future
    ("Indian External Affairs Minister Jaishankar met Russian Foreign Minister Lavrov in Moscow. \"We are "
     "going to increase our purchases of Russian fertilisers,\" Jaishankar said.", [("IND", "commit")]),
    # as before: going to a place is travel
    ("Indian External Affairs Minister Jaishankar met Russian Foreign Minister Lavrov in Moscow. \"We are "
     "going to Moscow next month,\" Jaishankar said.", []),
    # glad to announce is a frame of speech, as glad to be here is a courtesy
    ("Indian External Affairs Minister Jaishankar met Russian Foreign Minister Lavrov in Moscow. \"I am "
     "glad to announce that the talks went well,\" Jaishankar said.", []),
    # as before: glad to help is an offer
    ("Indian External Affairs Minister Jaishankar met Russian Foreign Minister Lavrov in Moscow. \"We are "
     "glad to help Russia in the Arctic,\" Jaishankar said.", [("IND", "ready")]),
])
def test_going_to_do_and_glad_to_announce(text, expected):
    assert commitments(text) == expected


# -- Kazakh actors -----------------------------------------------------------------------------

def test_a_kazakh_also_sentence_goes_on_in_the_last_speakers_voice():
    text = ("Қазақстан Президенті Қасым-Жомарт Тоқаев Оман Сұлтаны Хайсам бен Тарикпен кездесті. Тоқаев екі "
            "ел арасындағы сауданы дамытуды ұсынды. Сондай-ақ, ол бірлескен инвестициялық қор құруға ниетті "
            "екенін айтты.")
    assert commitments(text, "kk") == [("KAZ", "propose"), ("KAZ", "intend")]


def test_a_state_side_in_the_instrumental_is_the_partner_not_the_subject():
    # "Қазақстан тарапымен": with the Kazakh side
    text = ("Қазақстан мен Ресей өкілдері кездесті. Ресей компаниясы Қазақстан тарапымен бірлескен зауыт "
            "салуға дайын.")
    assert commitments(text, "kk") == [("RUS", "ready")]


@pytest.mark.parametrize("text, expected", [
    # both states in the genitive own a thing (their history): the subject is the one who speaks
    ("Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен телефон арқылы "
     "сөйлесті. Президент бауырлас екі мемлекеттің тарихы терең екенін атап өтіп, ынтымақтастықты дамытуға "
     "дайын екенін жеткізді.", [("KAZ", "ready")]),
    # as before: what both own acts for them ("екі елдің басшылары", "екі елдің СІМ басшылары")
    ("Қазақстан мен Өзбекстан кездесті. Екі елдің басшылары сауданы арттыруға ниетті.", [("JOINT", "intend")]),
    ("Қазақстан мен Өзбекстан кездесті. Екі елдің СІМ басшылары сауданы арттыруға ниетті.", [("JOINT", "intend")]),
])
def test_both_states_owning_a_thing_are_not_the_subject(text, expected):
    assert commitments(text, "kk") == expected


def test_a_kazakh_quote_without_we_is_its_speakers():
    # the quote runs on past the sentence; its speaker is named after it
    text = ("Қазақстан Сыртқы істер министрі Ресей елшісі Алексей Бородавкинмен кездесті. «Росатом» компаниясы "
            "Қазақстанда атом электр станциясын салуға дайын. Бұл жоба екі елге де пайдалы», – деді Алексей "
            "Бородавкин.")
    assert commitments(text, "kk") == [("RUS", "ready")]


def test_a_capitalised_first_person_word_opening_the_sentence_is_the_speakers():
    # "Мақсатымыз" (our aim) opens the sentence: a common word, capitalised, not a name
    text = ("Қазақстан Президенті Қасым-Жомарт Тоқаев Моңғолия Президенті Ухнаагийн Хурэлсухпен кездесті. "
            "Тоқаев бизнес-форумда сөз сөйледі. Мақсатымыз – екі ел арасындағы тауар айналымын 1 млрд "
            "долларға жеткізу.")
    assert commitments(text, "kk") == [("KAZ", "intend")]


@pytest.mark.parametrize("text, expected", [
    # a stance word before the noun it describes: "мүдделі мемлекеттермен" (with the interested states)
    ("Қазақстан мен Түркия кездесті. Тараптар мүдделі мемлекеттермен ынтымақтастықты талқылады.", []),
    ("Қазақстан мен Түркия кездесті. Тараптар жоспарланған бірқатар іс-шараларды талқылады.", []),
    # as before: the stance as the predicate
    ("Қазақстан мен Түркия кездесті. Тараптар сауданы арттыруға мүдделі.", [("JOINT", "intend")]),
])
def test_a_kazakh_stance_word_before_its_noun_is_no_stance(text, expected):
    assert commitments(text, "kk") == expected


@pytest.mark.parametrize("text", [
    # what a document provides for is its content
    "Қазақстан мен Қырғызстан меморандумға қол қойды. Құжат екі ел арасындағы сауда мен инвестиция "
    "саласындағы ынтымақтастықты көздейді.",
    # what is planned at a gathering is an itinerary
    "Қазақстан мен Қырғызстан кездесті. Жиында тараптар пікір алмасу жоспарланған.",
    # what a city will become is no one's plan
    "Қазақстан мен Қырғызстан кездесті. Алматы қаласы ірі қаржы орталығына айналмақ.",
])
def test_kazakh_contents_itineraries_and_becomings_commit_no_one(text):
    assert commitments(text, "kk") == []


def test_a_kazakh_state_providing_for_a_thing_still_intends_it():
    # as before
    text = "Қазақстан мен Қырғызстан кездесті. Қазақстан екі ел арасындағы сауданы арттыруды көздейді."
    assert commitments(text, "kk") == [("KAZ", "intend")]


# -- Russian: together in the second thing intended --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Министр иностранных дел Китая Ван И встретился с главой МИД Казахстана. Китайские власти намерены "
     "осуществлять интенсивное взаимодействие с Казахстаном и сообща укреплять позиции ШОС.", [("JOINT", "intend")]),
    # as before: "совместно" after the second verb leaves the subject acting
    ("Министр иностранных дел Китая Ван И встретился с главой МИД Казахстана. Китайские власти намерены "
     "осуществлять интенсивное взаимодействие с Казахстаном и развивать торговлю совместно.", [("CHN", "intend")]),
])
def test_together_before_the_second_thing_intended_makes_it_both_sides(text, expected):
    assert commitments(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    # the case of a list's last name is every name's: China is a goal here, not the one ready
    ("Қазақстан мен Қытай кездесті. Қытай, Гонконг пен Вьетнамға бидай экспорттауға дайын.", []),
    # as before: a list in the nominative acts
    ("Қазақстан мен Қытай кездесті. Қазақстан, Қытай және Ресей ынтымақтастықты дамытуға дайын.",
     [("JOINT", "ready")]),
])
def test_a_kazakh_list_takes_the_case_of_its_last_name(text, expected):
    assert commitments(text, "kk") == expected


def test_a_state_before_around_is_where_not_who():
    # "Иран төңірегіндегі": around Iran; Kazakhstan alone is ready
    text = "Қазақстан мен Иран кездесті. Қазақстан Иран төңірегіндегі жағдайды тұрақтандыруға дайын."
    assert commitments(text, "kk") == [("KAZ", "ready")]
