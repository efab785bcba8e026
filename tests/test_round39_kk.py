"""Round 39 (Kazakh): whole releases read on fresh public pages — event cues with no tense of
their own, two titles one person holds, states named as a venue or inside another's name or a
career, sector and title words the lexicon lacked. Every sentence here is written for the test;
it fails without its rule, or (marked "as before") guards what the rule must leave alone."""
import pytest

from test_round_support import events, record  # noqa: F401


def _persons(text):
    return {p.name: (p.role_class, p.country) for p in record(text, "kk").persons}


def _countries(text):
    return [c.code for c in record(text, "kk").countries]


def _sectors(text):
    return sorted(s.id for s in record(text, "kk").sectors)


# -- events: a locative occasion read by the sentence's final verb -----------------------------

@pytest.mark.parametrize("text, expected", [
    # the final verb is an aorist or a plan: the talks are ahead
    ("Сапар аясында Жапар Ибраев Моңғолия министрімен келіссөздер жүргізеді.", []),
    ("Бұл кездесуде көлік пен логистика мәселелері талқыланады деп күтілуде.", []),
    ("Сапар барысында Үкімет басшысымен кездесулер жоспарланып отыр.", []),
    ("Келіссөздер барысында тараптар ынтымақтастықтың жаңа бағыттарын талқылайды.", []),
    # … and so is a closing report that follows it
    ("Сапар аясында ол Вьетнам басшылығымен келіссөздер жүргізбек, деп хабарлайды агенттік.", []),
    # as before: told in the past, the occasion took place
    ("Сапар аясында Жапар Ибраев Моңғолия министрімен келіссөздер жүргізді.", ["CONSULT"]),
    ("Кездесуде тараптар сауда байланыстарын талқылады, деп хабарлайды агенттік.", ["CONSULT"]),
])
def test_an_untensed_occasion_takes_the_tense_of_the_final_verb(text, expected):
    assert events(text, "kk") == expected


@pytest.mark.parametrize("text, expected", [
    # a converb of meeting in a past sentence is a meeting held
    ("Былтыр күзде Президент Римде Италия басшысымен кездесіп, оны Астанаға шақырған болатын.", ["CONSULT"]),
    # as before: the same converb in a sentence that looks ahead
    ("Ертең Президент Римде Италия басшысымен кездесіп, екіжақты байланыстарды талқылайды.", []),
])
def test_a_converb_of_meeting_counts_when_the_sentence_is_past(text, expected):
    assert events(text, "kk") == expected


# -- persons: two titles of one man, and the state his title belongs to ------------------------

def test_two_titles_joined_by_and_also_keep_the_first():
    # "әрі" joins two titles one man holds; the place after his name is not part of it
    text = ("Қазақстан Республикасы Премьер-министрінің орынбасары әрі Сыртқы істер министрі Бекзат "
            "Сапаров Алматы облысына жұмыс сапарымен барды.")
    assert _persons(text)["Бекзат Сапаров"] == ("deputy_head_of_government", "KAZ")


def test_a_joint_bodys_name_between_two_titles_keeps_the_first_and_its_state():
    text = ("Қазақстан елшісі Моңғолияның Тау-кен министрі, Қазақстан-Моңғолия үкіметаралық "
            "комиссиясының төрағасы Батболд Эрдэнэмен кездесті.")
    assert _persons(text)["Батболд Эрдэнэ"] == ("minister", "MNG")


@pytest.mark.parametrize("text, country", [
    # a state in the dative is where he went, not his
    ("Ауғанстанға жұмыс сапарымен барған Премьер-министрдің орынбасары Серік Бекболатов кабинет "
     "басшыларымен кездесті.", "KAZ"),
    # a capital in the locative is where he was
    ("Бейжіңде Премьер-министрдің орынбасары Серік Бекболатов Қытай делегациясымен кездесті.", "KAZ"),
    # the state that invited him
    ("Қытай тарапының шақыруымен Премьер-министрдің орынбасары Серік Бекболатов Бейжіңге барды.", "KAZ"),
    # as before: a state in the nominative qualifies the title after it
    ("Тоқаев Түркия Премьер-министрінің орынбасары Мехмет Йылдызды қабылдады.", "TUR"),
])
def test_a_state_in_another_case_before_a_title_is_not_its_holders(text, country):
    people = _persons(text)
    name = next(n for n in people if n != "Қасым-Жомарт Тоқаев")
    assert people[name][1] == country


def test_a_woman_chairing_a_chamber_is_parliament():
    text = "Әзербайжан Ұлттық мәжілісі төрайымы Айгүл Мәмедова Астанаға келді."
    assert _persons(text)["Айгүл Мәмедова"] == ("parliament", "AZE")


# -- countries: a venue, a state inside another's name, a career -------------------------------

@pytest.mark.parametrize("text, expected", [
    # the city of a meeting, given with its state in the genitive
    ("Сенат басшысы Австрияның Вена қаласында өткен конференцияға қатысты. Конференцияда "
     "Қазақстанның ұстанымы айтылды.", ["KAZ"]),
    # Northern Ireland inside the UK's full name is not Ireland
    ("Қазақстан мен Ұлыбритания және Солтүстік Ирландия Біріккен Корольдігі ынтымақтастықты "
     "талқылады.", ["KAZ", "GBR"]),
    # as before: a state named as a side in the lead
    ("Қазақстан Сенатының басшысы Австрия парламентінің төрағасымен Вена қаласында кездесті.",
     ["KAZ", "AUT"]),
])
def test_a_venue_or_a_name_inside_another_is_no_side(text, expected):
    assert _countries(text) == expected


def test_a_post_held_before_is_a_career_not_a_side():
    text = ("Жаңа елші Тоқаевқа сенім грамотасын тапсырды. Ол бұған дейін Жапониядағы елші "
            "қызметін атқарған. Кейін Жапониядағы тәжірибесі туралы айтты.")
    assert "JPN" not in _countries(text)


# -- sectors -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Тараптар аграрлық салалардағы ынтымақтастықты талқылады.", ["agriculture"]),
    ("Тараптар геобарлау саласындағы ынтымақтастықты талқылады.", ["mining"]),
    ("Тараптар екі елдің колледждері арасындағы байланысты талқылады.", ["education"]),
    # a sports arena is a venue, not sport
    ("Көрме «Ертіс арена» спорт кешенінде өтті.", []),
    # as before: sport itself
    ("Тараптар спорт саласындағы ынтымақтастықты талқылады.", ["culture"]),
])
def test_sector_words_the_lexicon_lacked_and_a_sports_venue(text, expected):
    assert _sectors(text) == expected
