"""Commitments, round 6 of real text (tests/real9 work half): goals stated by nouns of action,
interest stated as "есть заинтересованность", efforts under way, "agree to", intents and
keenness as nouns, a proposal "called for" with nobody asked, shared commitments, and "we"
in a joint statement. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from test_commitments import EN_LEAD, EN_PEOPLE, LEAD, run


@pytest.mark.parametrize("sentence, expected", [
    ("«Наша основная цель - дифференциация и расширение торговли», - сказал Токаев.", [("KAZ", "intend")]),
    ("«Наша задача — дальнейшее углубление кооперации», — подчеркнул Мирзиёев.", [("UZB", "intend")]),
    ("По словам Токаева, есть заинтересованность и дальше развивать сотрудничество в энергетике.",
     [("KAZ", "intend")]),
    ("«Сальдо пока отрицательное, но мы стараемся планомерно его снижать», — отметил Токаев.",
     [("KAZ", "intend")]),
    # an indefinite plural future after the sides acted together is their plan
    ("Стороны договорились о новых целях. Для их достижения будут развивать логистику.",
     [("JOINT", "agreed"), ("JOINT", "commit")]),
    # "we" after both leaders talked: both instructed their agencies
    ("«Мы дали указание ведомствам ускорить работу», — сказал Токаев.", [("JOINT", "commit")]),
    # a goal of a meeting is its agenda; past interest and past attempts are history
    ("Цель встречи — обсуждение двусторонних вопросов.", []),
    ("Раньше была заинтересованность в поставках тракторов.", []),
    ("Стороны пытались договориться о поставках, но не смогли.", []),
])
def test_round6_categories_ru(sentence, expected):
    assert [(a, m) for a, m, _ in run(LEAD + sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The governments of Kazakhstan and Uzbekistan agree to strengthen trade relations.", [("JOINT", "agreed")]),
    ("Kazakhstan and Uzbekistan share a commitment to resolve trade disputes.", [("JOINT", "intend")]),
    ("Bektenov announced the intent to provide a loan for the new power line.", [("KAZ", "intend")]),
    ("Mirziyoyev received the delegation, stressing his keenness to develop cooperation in all fields.",
     [("UZB", "intend")]),
    ("Bektenov also called for closer cooperation in science and agriculture.", [("KAZ", "request")]),
    ("Bektenov called on Uzbekistan to open its market to Kazakh grain.", [("KAZ", "request")]),
    ("Bektenov has directed his ministers to prepare the roadmap.", [("KAZ", "commit")]),
    ("We have set an objective to increase trade to $10 billion by 2030, Bektenov said.", [("KAZ", "intend")]),
    # "agree" as an opinion is no agreement to act
    ("Experts agree that trade is growing.", []),
])
def test_round6_categories_en(sentence, expected):
    assert [(a, m) for a, m, _ in run(EN_LEAD + sentence, "en", EN_PEOPLE)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("They said they will work to implement the trade agreement.", [("JOINT", "commit")]),
    ("Bektenov said that Kazakhstan will build a new plant.", [("KAZ", "commit")]),
    ("Mirziyoyev said the two sides will build a new plant.", [("JOINT", "commit")]),
])
def test_the_subject_after_a_verb_of_saying(sentence, expected):
    """"They said | they will …": the subject is the one after the verb of saying."""
    assert [(a, m) for a, m, _ in run(EN_LEAD + sentence, "en", EN_PEOPLE)] == expected


def test_we_in_a_joint_statement_are_both_sides():
    text = ("Joint Statement of Kazakhstan and Uzbekistan\n\n"
            "From 2025 to 2030, we will work together across five pillars. "
            "Our countries will develop new investment opportunities.")
    assert [(a, m) for a, m, _ in run(text, "en", EN_PEOPLE)] == [("JOINT", "commit"), ("JOINT", "commit")]


def test_we_in_a_news_story_without_a_joint_statement_stay_unattributed():
    text = "Kazakhstan and Uzbekistan held talks in Tashkent.\n\nWe will work across five pillars."
    assert run(text, "en", EN_PEOPLE) == []
