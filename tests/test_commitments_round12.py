"""Commitments of round 12 of real text: a statement made twice (the lead and the paragraph
that restates it) counts in both places, as the spec counts each place a commitment is
stated. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from test_commitments import EN_LEAD, EN_PEOPLE, LEAD, PEOPLE, run


def test_a_restated_commitment_counts_in_each_place():
    text = (LEAD + "Стороны договорились увеличить поставки зерна.\n"
            "Казахстан и Узбекистан договорились увеличить поставки зерна.")
    found = run(text, "ru", PEOPLE)
    assert [(a, m) for a, m, _ in found] == [("JOINT", "agreed"), ("JOINT", "agreed")]
    en = (EN_LEAD + "The countries agreed to ease cross-border trade.\n"
          "Kazakhstan and Uzbekistan have agreed to ease cross-border trade.")
    assert [(a, m) for a, m, _ in run(en, "en", EN_PEOPLE)] == [("JOINT", "agreed"), ("JOINT", "agreed")]



RUSSIAN = [
    # unquoted words closed by a verb of saying and its subject are the sayer's
    ("Товарооборот достиг 5 млрд долларов, надо довести его до 15 млрд долларов, сказал Мирзиёев.",
     [("UZB", "propose")]),
    # a shared interest the speaker's side "has" without "есть" is both sides'
    ("«У нас общая заинтересованность в том, чтобы наращивать торговлю», - сказал Мирзиёев.",
     [("JOINT", "intend")]),
    # receiving is the giver's deed, not the receiver's commitment
    ("Узбекистан безвозмездно получит от Казахстана 28 миллионов долларов на совместные проекты.", []),
    # arriving at figures is a forecast, not a commitment
    ("«Мы выйдем на те цифры, которые были в докризисный год», - сказал Мирзиёев.", []),
    # "когда …" conditions the statement; it commits nobody itself
    ("«Мы готовы поставлять технику, когда вы будете в этом заинтересованы», - сказал Мирзиёев.",
     [("UZB", "ready")]),
    # a noun that only states a fact ("говорит о важности") takes no sayer
    ("Уже есть авиасообщение между странами, что говорит о важности взаимодействия, отметил Мирзиёев.", []),
]


@pytest.mark.parametrize("sentence, expected", RUSSIAN)
def test_russian_sentences(sentence, expected):
    assert [(a, m) for a, m, _ in run(LEAD + sentence, "ru", PEOPLE)] == expected


ENGLISH = [
    # a participle's vow and the finite agreement after it are two commitments
    ("Kazakhstan and Uzbekistan on Monday vowing to strengthen regional cooperation in many spheres, "
     "agreed to take the annual trade from $1 billion to $5 billion.",
     [("JOINT", "commit"), ("JOINT", "agreed")]),
    ("Uzbekistan vows to double its purchases of Kazakh grain.", [("UZB", "commit")]),
    ("The minister recalled the vows of the founders.", []),
    # encouraging both sides is a proposal; a first person closed by "X confirmed" is X's
    ("Mirziyoyev encouraged both sides to strive for the goal to double bilateral trade.", [("UZB", "propose")]),
    ("I highlighted the importance of deepening trade between our countries, Shavkat Mirziyoyev "
     "confirmed on social media.", [("UZB", "intend")]),
    # what the sides concurred they would do is one agreement, its content no commitment of its own
    ("The two ministers concurred that the two countries would continue to cooperate on energy.",
     [("JOINT", "agreed")]),
    ("Mirziyoyev said he especially hoped to bolster cooperation in energy.", [("UZB", "intend")]),
    ("Mirziyoyev spoke of the talks, encouraging both sides to deepen cooperation.", [("UZB", "propose")]),
    ("Bektenov reiterated his invitation to Mirziyoyev to undertake an official visit to Kazakhstan.",
     [("KAZ", "propose")]),
    ("“We agree that the two countries will respond to each other's needs,” Mirziyoyev stated.",
     [("JOINT", "agreed")]),
    # a request to the other side's leader, named by title and surname
    ("Mirziyoyev called on Prime Minister Bektenov to lift the new import tariffs on Uzbek fruit.",
     [("UZB", "request")]),
    # a visit announced, with its day between the modal and the verb
    ("Mirziyoyev will on Sunday undertake a working visit to Astana for talks with Bektenov.", []),
    # taking measures is a deed; taking part in a forum announces a visit
    ("Uzbekistan will take measures to simplify customs procedures.", [("UZB", "commit")]),
    ("Uzbekistan will take part in the Astana International Forum.", []),
    # a name set off by commas before the verb is the subject ("Uzbekistan's minister, X, expressed …")
    ("Uzbekistan’s Prime Minister, Shavkat Mirziyoyev, expressed an ambitious goal to raise trade "
     "between the two countries to $500 million.", [("UZB", "intend")]),
]


@pytest.mark.parametrize("sentence, expected", ENGLISH)
def test_english_sentences(sentence, expected):
    assert [(a, m) for a, m, _ in run(EN_LEAD + sentence, "en", EN_PEOPLE)] == expected


def test_a_statement_both_leaders_sign_speaks_for_both():
    text = ("Olzhas Bektenov and Shavkat Mirziyoyev met in Tashkent on 7 February.\n"
            "The Prime Ministers reaffirmed the unique nature of the relationship. We are committed to "
            "working together to strengthen our relationship. We will take measures to boost trade.")
    assert [(a, m) for a, m, _ in run(text, "en", EN_PEOPLE)] == [("JOINT", "commit"), ("JOINT", "commit")]
    # a text that only reports the meeting gives an unquoted "we" to nobody
    report = ("Olzhas Bektenov met Shavkat Mirziyoyev in Tashkent on 7 February.\n"
              "The talks covered trade. We will take measures to boost trade.")
    assert run(report, "en", EN_PEOPLE) == []
