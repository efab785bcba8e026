"""Round 39: whole fresh public releases read against the spec (Russian and English
commitments and figures, Kazakh persons, events and sectors, events and sectors in Russian and
English), each rule measured on every real-text set. Every sentence here is written for the
test; it fails without its rule, or (marked "as before") guards what the rule must leave alone."""
import pytest

from accords.pipeline import extract_text

from test_round_support import commitments, record  # noqa: F401


# -- Kazakh sectors ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a portfolio of two areas joined by "және" names a minister, not an area of cooperation
    ("Қазақстанның Экология және табиғи ресурстар министрі Түркия елшісімен кездесті. "
     "Тараптар сауда саласындағы ынтымақтастықты талқылады.", {"trade"}),
    # as before: an area with "және" and no minister after it
    ("Қазақстан мен Түркия экология және сауда салаларындағы ынтымақтастықты талқылады.",
     {"environment", "trade"}),
])
def test_a_kazakh_portfolio_of_two_areas_is_no_sector(text, expected):
    assert {s.id for s in record(text, "kk").sectors} == expected


# -- Russian commitments -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a plan whose subject is an amount is a figure's target, no one's deed
    ("По словам министра, в этом году планируется 5,3 миллиарда долларов товарооборота между "
     "Россией и Узбекистаном.", []),
    # as before: a deed planned, with its cost
    ("В этом году планируется построить завод стоимостью 1 млрд долларов в Узбекистане с участием России.",
     [("JOINT", "intend")]),
])
def test_a_plan_whose_subject_is_an_amount_binds_no_one(text, expected):
    assert commitments(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    # a guess at what may happen, hedged by the speaker
    ("Возможно, Россия и Турция подпишут новое соглашение о поставках газа.", []),
    ("Не исключено, что Россия и Турция подпишут новое соглашение о поставках газа.", []),
    # as before: the plain future
    ("Россия и Турция подпишут новое соглашение о поставках газа.", [("JOINT", "commit")]),
])
def test_a_hedged_russian_future_binds_no_one(text, expected):
    assert commitments(text, "ru") == expected


# -- Russian figures ---------------------------------------------------------------------------

def test_a_year_in_the_next_clause_before_the_next_amount_is_that_amounts():
    text = ("Стороны намерены довести товарооборот в этом году до 5,3 млрд долларов, а в 2019 году – "
            "до 7 млрд долларов.")
    assert [(f.value, f.period) for f in extract_text(text, date="2018-05-01", lang="ru").figures] \
        == [(5.3e9, "2018"), (7e9, "2019")]
    # as before: a year right after the amount, in its clause, is its own
    text = "Стороны намерены довести товарооборот до 5 млрд долларов в 2019 году, 7 млрд долларов в 2020 году."
    assert [(f.value, f.period) for f in extract_text(text, date="2018-05-01", lang="ru").figures][0] \
        == (5e9, "2019")


@pytest.mark.parametrize("quote, expected", [
    # "— пригласил X" attributes the quote, and "хотел бы предложить" is a proposal
    ("«Хотел бы предложить вам в удобное время посетить Кыргызстан с официальным визитом», — "
     "пригласил Акылбек Жапаров российского коллегу.", [("KGZ", "propose", "Хотел бы предложить")]),
    # as before: "хочу пригласить" was found already
    ("«Хочу пригласить Вас посетить Кыргызстан», — сказал Акылбек Жапаров российскому коллеге.",
     [("KGZ", "propose", "Хочу пригласить Вас")]),
    # as before: "хотел бы отметить" is a courtesy
    ("«Хотел бы отметить высокий уровень отношений», — сказал Акылбек Жапаров российскому коллеге.", []),
])
def test_a_wish_to_propose_or_invite_is_a_proposal(quote, expected):
    text = "Премьер-министр Кыргызстана Акылбек Жапаров провел переговоры с Михаилом Мишустиным. " + quote
    assert [(c.actor, c.modality, c.text[:len(e[2])]) for c, e in zip(record(text, "ru").commitments, expected)] \
        == expected and len(record(text, "ru").commitments) == len(expected)


# -- English figures ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a hyphenated amount with a space after its scale or its "U.S."
    ("Trade between China and Kazakhstan reached 68-billion U.S. dollars in 2023.", [(68e9, "USD")]),
    ("China will provide a 230-million-U.S. dollar loan to Ethiopia.", [(230e6, "USD")]),
    # as before: all hyphens
    ("China and Ethiopia signed a 5-billion-dollar deal.", [(5e9, "USD")]),
])
def test_hyphenated_amounts_with_a_space_after_the_scale(text, expected):
    assert [(f.value, f.currency) for f in record(text, "en").figures] == expected


def test_a_year_then_its_quarter():
    text = "Bilateral trade between Korea and Vietnam reached $27bn in 2022 Q3."
    assert [f.period for f in record(text, "en").figures] == ["2022-07/2022-09"]


@pytest.mark.parametrize("text, expected", [
    # the balance named after the amount is no trade turnover
    ("China and Pakistan recorded a $34.5 billion trade deficit in 2023.", []),
    ("India and China recorded a $5 billion trade surplus in 2023.", []),
    # as before: the trade itself
    ("China and Pakistan recorded $34.5 billion trade in 2023.", [("trade_turnover", 34.5e9)]),
])
def test_a_trade_balance_after_the_amount_is_no_turnover(text, expected):
    assert [(f.metric, f.value) for f in record(text, "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # a loan named "LoC" or "financial support" is what the deal measures
    ("Ethiopia and China signed a 1.22 billion birr financial support agreement.", [("other", 1.22e9)]),
    ("India extended a $4.5 billion LoC to Bangladesh.", [("other", 4.5e9)]),
    # a potential of an amount is no figure
    ("India and Bangladesh have a trade potential of $25 billion.", []),
    # as before: a potential to reach a level is a goal
    ("The economies of India and Bangladesh have huge potential to reach the $2 billion milestone in trade.",
     [("trade_turnover", 2e9)]),
])
def test_loans_named_otherwise_and_a_potential(text, expected):
    assert [(f.metric, f.value) for f in record(text, "en").figures] == expected


def test_an_amount_expected_to_have_an_effect_is_no_forecast():
    text = "Saudi Arabia and China said total investment of $19 billion is expected to drive growth in both countries."
    assert [f.kind for f in record(text, "en").figures] == ["actual"]
    # as before: an amount expected to be signed is to come
    text = "Agreements worth $29.3 billion are expected to be signed between China and Saudi Arabia."
    assert [f.kind for f in record(text, "en").figures] == ["forecast"]


@pytest.mark.parametrize("text, lang", [
    # "the figure" opening the next sentence is the result just given
    ("In January-September 2021, trade turnover between Uzbekistan and Turkmenistan amounted to $700 million. "
     "The figure increased by 34.5 percent compared to the same period last year.", "en"),
    ("За январь-сентябрь 2021 года товарооборот между Узбекистаном и Туркменистаном составил 700 млн "
     "долларов. Этот показатель на 34,5% больше, чем за аналогичный период прошлого года.", "ru"),
])
def test_the_figure_opening_the_next_sentence_takes_its_change(text, lang):
    assert [f.change_pct for f in record(text, lang).figures] == [34.5]


def test_one_states_foreign_trade_turnover_is_its_trade_with_the_world():
    text = ("Uzbekistan and Turkmenistan held talks in Tashkent. The foreign trade turnover of Uzbekistan in "
            "the given period was $37.94 billion. Foreign trade turnover between Uzbekistan and "
            "Turkmenistan reached $700 million.")
    # as before for the second: a partner named makes it the relationship's
    assert [f.value for f in record(text, "en").figures] == [700e6]


@pytest.mark.parametrize("text, expected", [
    # the importance of the visit under way is a view of it
    ("Президент Туркменистана принял делегацию Узбекистана, отметив важность нынешнего визита узбекской делегации.", []),
    # as before: the importance of a thing to do
    ("Президент Туркменистана принял делегацию Узбекистана, отметив важность развития торговли между странами.",
     [("TKM", "intend")]),
])
def test_the_importance_of_the_visit_under_way_is_a_view(text, expected):
    assert commitments(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    # "the sides" bound by a need are both sides, as "стороны" are
    ("President Tokayev met President Mirziyoyev in Tashkent. The sides need to improve logistics, Tokayev said.",
     [("JOINT", "commit")]),
    # as before: "both sides" told what they need is the sayer's advice, as a real set reads it
    ("President Tokayev met President Mirziyoyev in Tashkent. Both sides need to improve logistics, Tokayev said.",
     [("KAZ", "propose")]),
])
def test_the_sides_bound_by_a_need_are_both(text, expected):
    assert commitments(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a position noun that is the subject of a description states no position
    ("Canada and Chile held talks. A shared commitment to democratic values is the bedrock of our "
     "partnership, the minister said.", []),
    # a past agreement told by a participle after a comma
    ("Canada and Chile held talks. The roadmap, agreed upon on the occasion of the last summit, is yielding results.",
     []),
    # as before: a position stated
    ("Canada and Chile held talks. The minister reaffirmed Canada's commitment to invest in Chile.",
     [("CAN", "intend")]),
])
def test_described_positions_and_past_agreements_state_none(text, expected):
    assert commitments(text, "en") == expected


def test_the_second_verb_of_a_relative_clause_keeps_its_subject():
    # the parse joins "стремится" to the main verb; the relative clause's verb stands before its "и"
    text = ("Россия и Кыргызстан провели переговоры. Наши страны связывают узы дружбы и сотрудничества, "
            "которыми Кыргызстан дорожит и стремится к их постоянному укреплению.")
    assert commitments(text, "ru") == [("KGZ", "intend")]


@pytest.mark.parametrize("text, expected", [
    # the whole bloc's trade is not the parties'
    ("Казахстан и Узбекистан провели переговоры. Товарооборот в рамках ШОС в 2023 году составил 890 млрд долларов.", []),
    ("Казахстан и Узбекистан провели переговоры. Товарооборот между всеми странами-участницами организации "
     "достиг 40 млрд долларов.", []),
    # as before: between the two
    ("Казахстан и Узбекистан провели переговоры. Товарооборот между странами в 2023 году составил 4 млрд долларов.",
     [4e9]),
])
def test_trade_within_a_bloc_is_the_blocs(text, expected):
    assert [f.value for f in record(text, "ru").figures] == expected
