"""Commitments of round 11 of real text (the set real17): directions of cooperation the sides
fixed ("Определили новые направления …", "определены направления"), a plural verb whose
subject the report leaves out, and a plan stated by a line under a quote. Every sentence here
is written for the test."""
from __future__ import annotations

import pytest

from test_commitments import LEAD, PEOPLE, run


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
    # the importance of a thing to do is an intention, of a state a statement about it
    ("Токаев отметил важность развития сотрудничества с Узбекистаном.", [("KAZ", "intend")]),
]


@pytest.mark.parametrize("sentence, expected", RUSSIAN)
def test_russian_sentences(sentence, expected):
    assert [(a, m) for a, m, _ in run(LEAD + sentence, "ru", PEOPLE)] == expected
