"""Commitments of round 10 of real text (the new set real14): agreements the sides hold now
("есть договоренности о …"), a goal set in the Kazakh passive by nobody named ("… жеткізу
көзделіп отыр"), English decisions with nobody named ("It was decided to …") and what the
sides look forward to. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from accords.pipeline import extract_text
from test_commitments import EN_LEAD, EN_PEOPLE, LEAD, PEOPLE, run


RUSSIAN = [
    # the importance of a thing to do is an intention; of a state or a name, a statement about it
    ("Президент Кыргызстана отметил важность развития сотрудничества с ОАЭ.", [("KGZ", "intend")]),
    ("Президент Кыргызстана отметил важность ОАЭ как одного из основных торговых партнеров.", []),
    # agreements the sides hold now
    ("Также есть договоренности о развитии связей в текстильной отрасли и туризме.", [("JOINT", "agreed")]),
    ("Имеется договоренность о проведении бизнес-форума в Ташкенте.", [("JOINT", "agreed")]),
    # an agreement that was, and came to nothing, binds nobody now
    ("Была договоренность о визите, но он не состоялся.", []),
    # the agent of a future passive in the instrumental is the actor; with none, both sides
    ("Казахстанской стороной будет оказано содействие в строительстве школы.", [("KAZ", "commit")]),
    ("Правительством Узбекистана будет создан специальный фонд.", [("UZB", "commit")]),
    ("Вопрос будет проработан в ближайшее время.", [("JOINT", "commit")]),
    # a meeting that will be held is an announcement
    ("В октябре будет проведено заседание межправкомиссии.", []),
    # "совместно" in the clause a necessity governs: both sides, whoever says it
    ("«Нам необходимо совместно работать над расширением транзита», — отметил Токаев.", [("JOINT", "commit")]),
    ("«Нам необходимо активнее работать над расширением транзита», — отметил Токаев.", [("KAZ", "commit")]),
    # "обе/две" put the noun in the genitive singular: still both sides, whoever reports it
    ("Обе страны будут стимулировать прямые контакты между деловыми кругами.", [("JOINT", "commit")]),
    ("Токаев отметил, что обе стороны будут стимулировать прямые контакты.", [("JOINT", "commit")]),
    ("Токаев отметил, что две страны будут развивать транзит.", [("JOINT", "commit")]),
    ("Токаев отметил, что казахстанская сторона будет развивать транзит.", [("KAZ", "commit")]),
]

ENGLISH = [
    # decisions with nobody named, what the sides look forward to, a shared view on a step
    ("It was decided to set up a joint working group on digital payments.", [("JOINT", "agreed")]),
    ("It was agreed to hold the next round of consultations in Astana.", [("JOINT", "agreed")]),
    ("They looked forward to the early conclusion of the transit agreement.", [("JOINT", "intend")]),
    ("Kazakhstan looks forward to welcoming the Uzbek delegation in May.", [("KAZ", "intend")]),
    ("The two leaders shared the view to promote cooperation in critical minerals.", [("JOINT", "intend")]),
    ("The two ministers concurred to accelerate talks on the transit agreement.", [("JOINT", "agreed")]),
    ("The two leaders shared the view that the situation in the region remains difficult.", []),
    ("The Kazakh government is targeting to expand exports to Central Asia.", [("KAZ", "intend")]),
    # a decision recalled as a fact is not this meeting's
    ("He said the matter was decided at an earlier meeting of the ministers.", []),
]


@pytest.mark.parametrize("sentence, expected", RUSSIAN)
def test_russian_sentences(sentence, expected):
    assert [(a, m) for a, m, _ in run(LEAD + sentence, "ru", PEOPLE)] == expected


@pytest.mark.parametrize("sentence, expected", ENGLISH)
def test_english_sentences(sentence, expected):
    assert [(a, m) for a, m, _ in run(EN_LEAD + sentence, "en", EN_PEOPLE)] == expected


def test_a_kazakh_goal_in_the_passive_is_both_sides_and_trade_ties_are_trade():
    text = ("Садыр Жапаров Астанаға келді. Қасым-Жомарт Тоқаев қонақты қарсы алды. Қазіргі таңда "
            "сауда-экономикалық байланысты 2 миллиард долларға жеткізу көзделіп отыр.")
    rec = extract_text(text, lang="kk", date="2024-04-20")
    assert [(c.actor, c.modality) for c in rec.commitments] == [("JOINT", "intend")]
    assert [(f.metric, f.kind, f.value) for f in rec.figures] == [("trade_turnover", "target", 2e9)]
