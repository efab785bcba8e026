"""Round 40 (Russian commitments): fresh Russian releases on relations between two states
(agencies, ministries, presidents' offices) read against the spec, each rule measured on every
real-text set. Every sentence here is written for the test; it fails without its rule, or
(marked "guard: as before") guards what the rule must leave alone."""
import pytest

from test_round_support import commitments  # noqa: F401


# -- a request to pass on greetings --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "приветствия" passed on are courtesy, not a request to the other party (as on gazeta.ru:
    # a president asks his guest to pass greetings to his leader)
    ("В ходе встречи президент Египта попросил министра России передать от него приветствия "
     "президенту России.", []),
    # guard: as before: a real request to the other side
    ("Президент Египта попросил Россию передать Египту современные технологии.", [("EGY", "request")]),
])
def test_greetings_passed_on_are_no_request(text, expected):
    assert commitments(text, "ru") == expected


# -- a conviction about a thing ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the speaker's forecast of the relationship (as on interfax.ru and mirnov.ru)
    ("«Я абсолютно убежден: белорусско-китайское сотрудничество будет только укрепляться», — "
     "сказал президент Беларуси Александр Лукашенко.", []),
    ("«Уверен, все планы удастся реализовать», — сказал президент России Владимир Путин на встрече "
     "с председателем КНР Си Цзиньпином.", []),
    # guard: as before: a party's own future after "уверен" is still its commitment
    ("«Уверен, что мы будем и дальше развивать наше сотрудничество», — сказал президент Казахстана "
     "Касым-Жомарт Токаев на встрече с президентом Узбекистана.", [("KAZ", "commit")]),
    # guard: as before: a thing's future with no conviction is both sides' step
    ("Белорусско-китайское сотрудничество будет укрепляться.", [("JOINT", "intend")]),
])
def test_a_conviction_about_a_thing_binds_no_one(text, expected):
    assert commitments(text, "ru") == expected


# -- "он" after a titled subject ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "он" is the one a title made the subject after the last name, not that name (a host thanked)
    ("Делегация Турции во главе с премьер-министром Реджепом Тайипом Эрдоганом прибыла в Бишкек. "
     "Он поблагодарил президента Кыргызстана Алмазбека Атамбаева за гостеприимство. Глава правительства "
     "отметил, что отношения с Кыргызстаном важны. Он выразил надежду на рост товарооборота.",
     [("TUR", "intend")]),
    # … or a title with its state, as on vestikavkaza.ru: "американский лидер …, он подчеркнул"
    ("Президент России Владимир Путин пригласил Дональда Трампа в Москву. В ответ американский лидер "
     "не стал исключать такой возможности, он подчеркнул, что готов рассмотреть ее.",
     [("RUS", "propose"), ("USA", "ready")]),
    # guard: as before: no title since the last name, "он" is that name
    ("Президент России Владимир Путин встретился с президентом Казахстана. Он подчеркнул, что Россия "
     "готова расширять поставки.", [("RUS", "ready")]),
])
def test_he_after_a_titled_subject_is_that_subject(text, expected):
    assert commitments(text, "ru") == expected


# -- what a meeting ought to bring about ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # an effect expected of a forum, of the deed just told, of contacts (as on newskiev.ru)
    ("Министр торговли Казахстана встретился с министром Афганистана. В Алматы пройдет деловой форум, "
     "который должен способствовать развитию торговли между странами.", []),
    ("Министр торговли Казахстана анонсировал проведение делового форума с Афганистаном, что должно "
     "способствовать развитию торговли между странами.", []),
    ("На этой неделе состоятся консультации России и США, они должны снять препятствия в работе "
     "посольств, заявил министр иностранных дел России.", []),
    # guard: as before: a state's own duty
    ("Министр торговли Казахстана встретился с министром Афганистана. Казахстан должен нарастить "
     "поставки зерна в Афганистан.", [("KAZ", "commit")]),
])
def test_what_a_meeting_ought_to_bring_about_binds_no_one(text, expected):
    assert commitments(text, "ru") == expected


# -- an invitation received ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the one invited is the passive's subject; the invitation is the other side's (as on uznews.uz)
    ("Состоялся телефонный разговор президентов Узбекистана и США, в ходе которого Шавкат Мирзиёев "
     "был приглашён на саммит в Майами.", [("USA", "propose")]),
    # … or the agent's, named in the instrumental
    ("Премьер-министр Вьетнама был приглашен Президентом России на экономический форум в Москве.",
     [("RUS", "propose")]),
    # … or the other side's, a plural with no subject and the one invited as its object
    ("Губернатор Самарской области встретился с делегацией провинции Ганьсу Китая. Губернатора "
     "Самарской области пригласили на выставку, которая в сентябре пройдет в Китае.", [("CHN", "propose")]),
    # guard: as before: the inviter as the subject
    ("Президент Узбекистана Шавкат Мирзиёев пригласил президента США посетить Ташкент.", [("UZB", "propose")]),
])
def test_an_invitation_received_is_the_inviters(text, expected):
    assert commitments(text, "ru") == expected


# -- a clause of time ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the future inside "после того как" says when, it binds no one of its own (as on ntv.ru)
    ("Президент США подтвердил готовность посетить Россию, после того как сроки визита будут "
     "согласованы по дипломатическим каналам.", [("USA", "ready")]),
    # guard: as before: "как только" with one commitment before it (the parse already kept one)
    ("Казахстан и Китай подпишут соглашение, как только будут завершены внутригосударственные "
     "процедуры.", [("JOINT", "commit")]),
    # guard: as before: the same future standing alone
    ("Сроки визита президента США в Россию будут согласованы по дипломатическим каналам.",
     [("JOINT", "agreed")]),
])
def test_a_future_in_a_clause_of_time_binds_no_one(text, expected):
    assert commitments(text, "ru") == expected


# -- an indirect question ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # an interview's topics announced, "О том, …, рассказал посол"
    ("О том, какие проекты Вьетнам готов предложить российским партнерам, рассказал в интервью "
     "посол Вьетнама в России.", []),
    # a question a meeting discussed (as on mirnov.ru)
    ("«Уверен, все планы удастся реализовать», — подчеркнул президент России Владимир Путин. На "
     "встрече обсуждали, что еще надо для этого сделать.", []),
    # guard: as before: the ambassador's own statement
    ("Вьетнам готов предложить российским партнерам новые проекты, рассказал в интервью посол "
     "Вьетнама в России.", [("VNM", "ready")]),
])
def test_an_indirect_question_binds_no_one(text, expected):
    assert commitments(text, "ru") == expected


# -- states inside a quoted name ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the states of a project's name do not hold the view; the one who notes it does
    ("Председатель КНР Си Цзиньпин встретился с президентом Кыргызстана Садыром Жапаровым. Кроме "
     "того, он отметил важность строительства железной дороги «Китай-Кыргызстан-Узбекистан».",
     [("CHN", "intend")]),
    # guard: as before: both states named outside a name hold it together
    ("Председатель КНР Си Цзиньпин встретился с президентом Кыргызстана Садыром Жапаровым. Отмечена "
     "важность строительства железной дороги между Китаем и Кыргызстаном.", [("JOINT", "intend")]),
])
def test_states_inside_a_quoted_name_own_no_view(text, expected):
    assert commitments(text, "ru") == expected


# -- what a document will bring about ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a paper's effect foretold, no one's deed
    ("Россия и Казахстан подпишут Декларацию о союзничестве, написал президент Казахстана Касым-Жомарт "
     "Токаев. Документ «откроет новую эру в двусторонних связях, подтвердит высокий уровень взаимного "
     "доверия», сообщил Токаев.", [("JOINT", "commit")]),
    # guard: as before: the signing itself, both sides'
    ("Россия и Казахстан подпишут Декларацию о союзничестве.", [("JOINT", "commit")]),
])
def test_what_a_document_will_bring_about_binds_no_one(text, expected):
    assert commitments(text, "ru") == expected
