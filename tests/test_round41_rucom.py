"""Round 41 (Russian commitments in commissions, business councils, regional ties and foreign
ministries' releases): fresh Russian releases read against the spec, each rule measured on every
real-text set. Every sentence here is written for the test; it fails without its rule, or
(marked "guard: as before") guards what the rule must leave alone."""
import pytest

from test_round_support import commitments  # noqa: F401


# -- two position nouns joined by "и" ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # one stance said with two words is one commitment (as on tafsilar.info: the ministers "noted
    # the importance and need" of going on working together)
    ("Главы МИД Армении и Ирана отметили важность и необходимость скорейшего запуска паромной "
     "линии.", [("JOINT", "intend")]),
    # the stronger word gives the force (interest and readiness: readiness)
    ("Министр энергетики Казахстана подтвердил заинтересованность и готовность поставлять уран "
     "во Францию.", [("KAZ", "ready")]),
    # guard: as before: two stances of one party in two clauses stay two
    ("Казахстан подтверждает заинтересованность в поставках зерна, и Казахстан готов построить "
     "в Египте элеватор.", [("KAZ", "intend"), ("KAZ", "ready")]),
    # guard: as before: a noun alone is one commitment
    ("Москва подтверждает готовность увеличивать поставки пшеницы в Египет.", [("RUS", "ready")]),
])
def test_two_nouns_joined_by_and_are_one_statement(text, expected):
    assert commitments(text, "ru") == expected


# -- a duty to think a thing over; what a visit ought to turn out -------------------------------

@pytest.mark.parametrize("text, expected", [
    # to have to think it over is the speaker's musing, no deed (as on katun24.online: a governor
    # on a honey trade with a Kazakh region)
    ("Губернатор Алтайского края России Виктор Томенко встретился с акимом области Казахстана. "
     "«Надо подумать, как всё это лучше организовать», — сказал губернатор.", []),
    # to bear a thing in mind is no deed either
    ("Посол Венгрии Иштван Надь встретился с министром Беларуси. «Надо принимать во внимание и "
     "логистику, и цены на удобрения», — сказал посол.", []),
    # what visits ought to turn out is an outcome hoped of them (as on a ministry's release)
    ("Министр иностранных дел Венгрии рассказал о сложной подготовке визитов в страны Латинской "
     "Америки, ведь они должны оказаться полезными.", []),
    # guard: as before: a duty to do a deed stays a commitment
    ("Губернатор Алтайского края России Виктор Томенко встретился с акимом области Казахстана. "
     "«Нам надо увеличить поставки меда в Казахстан», — сказал губернатор.", [("RUS", "commit")]),
])
def test_a_duty_to_think_or_an_outcome_is_no_commitment(text, expected):
    assert commitments(text, "ru") == expected


# -- the subject after a fronted adjunct ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "главы" after "в ходе разговора" is the subject, not "of the head" (as in MFA releases on
    # ministers' calls)
    ("Министр иностранных дел Кыргызстана провел телефонный разговор с министром Чехии. В ходе "
     "телефонного разговора главы ведомств подтвердили готовность развивать сотрудничество.",
     [("JOINT", "ready")]),
    ("Министр иностранных дел России провел встречу с министром Малайзии. На встрече главы ведомств "
     "подтвердили настрой на укрепление координации в ООН.", [("JOINT", "intend")]),
    # guard: as before: the parse's own subject
    ("Министр иностранных дел России провел встречу с министром Малайзии. В ходе встречи стороны "
     "подтвердили настрой на укрепление координации в ООН.", [("JOINT", "intend")]),
])
def test_a_nominative_after_a_fronted_adjunct_is_the_subject(text, expected):
    assert commitments(text, "ru") == expected


# -- an understanding reached on questions of a deed ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the questions of a deed to be done name what was agreed (as in ministries' releases on talks)
    ("Министры обороны Чили и Аргентины встретились в Сантьяго. Было достигнуто взаимопонимание по "
     "вопросам расширения военного образования.", [("JOINT", "agreed")]),
    ("Министры обороны Чили и Аргентины встретились в Сантьяго. Стороны достигли взаимопонимания по "
     "вопросам дальнейшего развития обмена кадетами.", [("JOINT", "agreed")]),
    # guard: as before: agreements on "most questions" name nothing to do
    ("Министры обороны Чили и Аргентины встретились в Сантьяго. По большинству вопросов достигнуты "
     "договоренности.", []),
])
def test_an_understanding_on_questions_of_a_deed_is_agreed(text, expected):
    assert commitments(text, "ru") == expected


# -- a goal with an adjective that names no party ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "главной целью для нас" said by one side's leader is his side's goal (an adjective naming no
    # party is no owner)
    ("Премьер-министр Пакистана отметил рост торговли с Египтом. «Главной целью для нас является "
     "удвоение поставок риса в ближайшие три года», – сказал премьер-министр Пакистана Шахбаз Шариф.",
     [("PAK", "intend")]),
    # guard: as before: a shared goal is both sides'
    ("Премьер-министр Пакистана отметил рост торговли с Египтом. «Нашей общей целью является "
     "удвоение поставок риса в ближайшие три года», – сказал премьер-министр Пакистана Шахбаз Шариф.",
     [("JOINT", "intend")]),
])
def test_a_goal_with_a_plain_adjective_is_the_speakers(text, expected):
    assert commitments(text, "ru") == expected


# -- a sayer closing a goal's sentence with adjuncts of time and place ---------------------------

@pytest.mark.parametrize("text, expected", [
    # "…, сообщил в пятницу иранский посол в Астане …": the day and the post do not make the
    # closing words too long to be the sayer's (as in agency news on ambassadors' statements)
    ("Поставки зерна из Казахстана в Иран растут, а задачей является выход на 5 млн тонн в год, "
     "сообщил в пятницу иранский посол в Астане Али Акбар Джоуками.", [("IRN", "intend")]),
    # guard: as before: a short closing sayer
    ("Египет и Россия обсудили торговлю. Нужно расширять поставки зерна в Египет, заявил в среду "
     "журналистам российский посол в Каире Георгий Борисенко.", [("RUS", "propose")]),
])
def test_a_closing_sayer_with_adjuncts_is_the_speaker(text, expected):
    assert commitments(text, "ru") == expected


# -- "наша страна" with no speaker -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a national outlet's own voice goes on for the state it has just spoken for
    ("Узбекистан готов открыть в Бишкеке торговый дом. Спрос на фрукты растет. Наша страна готова "
     "поставлять в Кыргызстан хлопок и фрукты.", [("UZB", "ready"), ("UZB", "ready")]),
    # a ministry's words given without its name
    ("Казахстан готов нарастить экспорт муки в Афганистан, сообщили в пресс-службе Минсельхоза "
     "Казахстана. «Спрос на муку в Афганистане высокий, и наша страна готова его покрывать», — "
     "сообщили в ведомстве.", [("KAZ", "ready"), ("KAZ", "ready")]),
    # guard: as before: no commitment before to lend a state
    ("Премьер-министр Узбекистана провел переговоры в Бишкеке. Наша страна готова поставлять в "
     "Кыргызстан хлопок.", []),
])
def test_our_country_with_no_speaker_is_the_last_state(text, expected):
    assert commitments(text, "ru") == expected


# -- a deed done by joint effort -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "следует нарастить совместными усилиями" said by one side binds both (as on news.by: a
    # minister after the joint board of the two foreign ministries)
    ("Министр иностранных дел Беларуси Максим Рыженков провел переговоры в Москве. «Мы рассмотрели "
     "ряд направлений, которые следует качественно нарастить совместными усилиями», — сказал министр.",
     [("JOINT", "commit")]),
    ("Министр экономики Армении Геворг Папоян встретился с коллегой из Грузии. Папоян подчеркнул "
     "важность совместных усилий по запуску нового пункта пропуска.", [("JOINT", "intend")]),
    # guard: as before: efforts one side offers to put in stay its own
    ("Президент Казахстана Касым-Жомарт Токаев готов приложить совместные усилия для развития "
     "сотрудничества с Кенией.", [("KAZ", "ready")]),
])
def test_a_deed_by_joint_effort_is_both_sides(text, expected):
    assert commitments(text, "ru") == expected
