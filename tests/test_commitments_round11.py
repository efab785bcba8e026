"""Commitments of round 11 of real text (the set real17): directions of cooperation the sides
fixed ("Определили новые направления …", "определены направления"), a plural verb whose
subject the report leaves out, a party's plan for a session of the joint commission, a
proposal confirmed, and English goals, interests and agreements with a counterpart ("agree
with the prime minister to …"). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from test_commitments import EN_LEAD, EN_PEOPLE, LEAD, PEOPLE, run


RUSSIAN = [
    # directions of cooperation the sides fixed are their agreement
    ("Стороны определили новые направления сотрудничества в сфере туризма.", [("JOINT", "agreed")]),
    ("В ходе заседания стороны обсудили торговлю. Определили новые направления сотрудничества "
     "в сфере туризма и цифровых технологий.", [("JOINT", "agreed")]),
    ("На заседании были определены новые направления для наращивания сотрудничества.", [("JOINT", "agreed")]),
    # a plural verb with no subject goes on with the participants; a singular one does not
    ("В ходе заседания стороны обсудили торговлю. Наметили новые шаги по расширению торговли.",
     [("JOINT", "agreed")]),
    # a schedule is no agreement
    ("Вылет делегации намечен на 10.00 из аэропорта Астаны.", []),
    ("Эксперт определил направления своей работы.", []),
    # a party's own plan to hold a session of the joint commission is its intention; talks announced are not
    ("«В текущем году мы планируем провести в Ташкенте третье заседание межправительственной "
     "комиссии», — сказал Токаев.", [("KAZ", "intend")]),
    ("«В текущем году мы планируем провести переговоры в Ташкенте», — сказал Токаев.", []),
    ("Токаев сообщил, что планирует встретиться с премьер-министром Узбекистана.", []),
    # what the sides agreed on ("согласовать"), active in the past or passive
    ("Стороны согласовали план действий.", [("JOINT", "agreed")]),
    ("Согласована повестка заседания.", [("JOINT", "agreed")]),
    ("Меры поддержки будут согласованы между двумя государствами.", [("JOINT", "agreed")]),
    ("Министерство согласовало проект закона с ведомствами.", []),
    # more exports from a state in the passive: that state ships them; more trade: both sides
    ("Объем экспорта природного газа из Узбекистана в Казахстан будет увеличен.", [("UZB", "commit")]),
    ("Объем торговли между Узбекистаном и Казахстаном будет увеличен.", [("JOINT", "commit")]),
    # a proposal confirmed is a proposal; a proposal received is not one's own
    ("Токаев на встрече вновь подтвердил предложение Казахстана о создании совместно с Узбекистаном "
     "инвестиционной компании на паритетных условиях.", [("KAZ", "propose")]),
    ("Мирзиёев подтвердил, что получил предложение о создании совместной компании.", []),
    # the importance of a thing to do is an intention, of a state a statement about it
    ("Токаев отметил важность развития сотрудничества с Узбекистаном.", [("KAZ", "intend")]),
]


@pytest.mark.parametrize("sentence, expected", RUSSIAN)
def test_russian_sentences(sentence, expected):
    assert [(a, m) for a, m, _ in run(LEAD + sentence, "ru", PEOPLE)] == expected


ENGLISH = [
    ("Uzbekistan’s Minister of Investment expressed an ambitious goal to raise trade between the two "
     "countries to $500 million in the coming years.", [("UZB", "intend")]),
    ("“We agree with the prime minister to increase our efforts to reach the target of $5 billion in "
     "trade volume,” Shavkat Mirziyoyev said.", [("JOINT", "agreed")]),
    ("The two sides showed keen interest to take mutual trade forward by removing the bottlenecks.",
     [("JOINT", "intend")]),
    ("The Uzbek side is exploring opportunities to increase investments in Kazakhstan.", [("UZB", "intend")]),
    # the goal of an agreement is both sides'; of a conference, nobody's
    ("A key objective of the agreement is to double the value of bilateral trade by 2030.", [("JOINT", "intend")]),
    ("The objective of the conference is to discuss trade.", []),
    ("Both sides consented to closely work to celebrate the anniversary of diplomatic ties.",
     [("JOINT", "agreed")]),
    # an itinerary, how a call came about, a courtesy call: no commitment
    ("The President will be accompanied by the Minister of Foreign Affairs.", []),
    ("Bektenov, upon request from the Uzbek side, held a telephone conference with Mirziyoyev.", []),
    ("He was talking to Uzbek Foreign Minister Saidov who called on him.", []),
    ("Mirziyoyev called on Kazakhstan to open the border.", [("UZB", "request")]),
    # a goal that was set, a view agreed with, a thing in both countries' interest: no commitment
    ("The goal to reach $5 billion was set in 2019.", []),
    ("We agree with you on this point.", []),
    ("Bektenov said it is in the best of our countries’ interest to develop a stronger partnership.", []),
]


@pytest.mark.parametrize("sentence, expected", ENGLISH)
def test_english_sentences(sentence, expected):
    assert [(a, m) for a, m, _ in run(EN_LEAD + sentence, "en", EN_PEOPLE)] == expected
