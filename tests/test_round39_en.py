"""Round 39 (English whole releases): position nouns owned by a state with no verb of stating
beside them, cue verbs split by an aside or carried over "and", futures that are no party's
deed, a speaker named by a bare title, views that are no commitment, and two levels of a target
in one sentence — each rule measured on every real-text set. Every sentence here is written for
the test; it fails without its rule, or (marked "as before") guards what the rule must leave
alone."""
import pytest

from test_round_support import commitments, figures  # noqa: F401


# -- position nouns that carry their owner ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the position one side is thanked for is that side's
    ("Prime Minister Luvsannamsrai met the Ambassador of Korea in Ulaanbaatar. He thanked the ambassador "
     "for Korea's readiness to help build a hospital in the capital.", [("KOR", "ready")]),
    # a state attribute owns the noun, far from the verb of stating it is the second object of
    ("Secretary Rubio held a call with Foreign Minister Wong of Australia. The Secretary underlined the "
     "depth of the partnership and U.S. commitment to keep working with Canberra on energy.", [("USA", "intend")]),
    # as before: readiness for a thing, no deed
    ("Prime Minister Luvsannamsrai met the Ambassador of Korea in Ulaanbaatar. He thanked the ambassador "
     "for Korea's readiness for the talks.", []),
    # as before: no verb of stating at all ("matches" is Mongolia's word, not Japan's position stated)
    ("Mongolia fully matches Japan's commitment to expand trade.", []),
])
def test_a_position_noun_owned_by_a_state_or_thanked_for(text, expected):
    assert commitments(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a necessity named by a gerund of a deed for the ties
    ("The Kazakh minister noted the necessity of deepening cooperation with Uzbekistan.", [("KAZ", "propose")]),
    # as before: a necessity of a third party's matter is a view
    ("The Kazakh minister noted the necessity of establishing a ceasefire in the region.", []),
    # a need for a thing between two named sides
    ("Minister Wong stressed the need for closer dialogue between Australia and India.", [("AUS", "propose")]),
    # a target stated in the future is a goal, not a forecast
    ("Uzbekistan and Kyrgyzstan said their trade target will reach 2 billion dollars by 2030.",
     [("JOINT", "intend")]),
])
def test_necessity_need_between_and_a_future_target(text, expected):
    assert commitments(text) == expected


# -- verb cues split or carried over ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # an aside between commas between the verb and its "to"
    ("Kenya and Ethiopia decided, at the close of the third round of the joint commission, to build a "
     "new road link.", [("JOINT", "agreed")]),
    # the subject goes on after "and are going to"
    ("Kenya and Ethiopia raised their trade last year and are going to continue the work to remove "
     "barriers.", [("JOINT", "commit")]),
    ("Kenya and Ethiopia have been pushing to open a new border crossing.", [("JOINT", "intend")]),
    ("The two ministers aimed for accelerating the conclusion of the transit agreement.", [("JOINT", "intend")]),
    ("Kenya announced the opening of a trade office in Addis Ababa.", [("KEN", "commit")]),
    # as before: opening an event is a ceremony
    ("The Kenyan minister announced the opening of the business forum in Nairobi.", []),
])
def test_verb_cues_across_an_aside_and_new_verb_cues(text, expected):
    assert commitments(text) == expected


# -- futures that are no party's deed -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "taking part" announces as "take part" does: an itinerary
    ("Prime Minister Starmer said the King and I will be taking part in a ceremony marking the "
     "anniversary in Normandy.", []),
    # as before: "taking measures" is a deed
    ("Prime Minister Starmer said Britain will be taking measures to support Ukraine.", [("GBR", "commit")]),
    # a plan's effect is a forecast of it
    ("The roadmap of cooperation adopted by Kazakhstan and Uzbekistan will give new momentum to trade.", []),
    # as before: no effect phrase after the future
    ("Our cooperation with Uzbekistan will bring new factories to Kazakhstan, the Kazakh minister said.",
     [("KAZ", "commit")]),
])
def test_an_itinerary_or_a_plans_effect_binds_no_one(text, expected):
    assert commitments(text) == expected


# -- a speaker by a bare title ------------------------------------------------------------------

def test_the_title_alone_is_the_person_named_with_it():
    text = ("Secretary of State Antony Blinken met Foreign Secretary David Lammy of the United Kingdom in "
            "London. The Secretary stressed the importance of continued close cooperation on Ukraine.")
    assert commitments(text) == [("USA", "intend")]


# -- views that are no commitment ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the importance of a thing that is: a view
    ("The two ministers reaffirmed the importance of the alliance as the basis of security in the region.", []),
    # as before: the importance of a deed
    ("The two ministers reaffirmed the importance of the early conclusion of the transit agreement.",
     [("JOINT", "intend")]),
    # an agreement with a bank is none of the sides'
    ("Kyrgyzstan has reached an agreement with the Asian Development Bank on a new road project.", []),
    # as before: the two sides' agreement
    ("Kyrgyzstan and Kazakhstan reached an agreement to open new border crossings.", [("JOINT", "agreed")]),
    # the view dropped, the position after "and expressed" keeps "The Presidents" as its subject
    ("Presidents Tokayev and Japarov met in Astana. The Presidents stressed the importance of the "
     "friendship and expressed a desire for closer trade between their countries.", [("JOINT", "intend")]),
])
def test_importance_of_a_thing_and_an_agreement_with_a_body(text, expected):
    assert commitments(text) == expected


# -- figures ----------------------------------------------------------------------------------

def test_a_bare_level_then_an_amount_are_two_targets():
    text = ("President Japarov met President Tokayev of Kazakhstan. Japarov said the trade target would "
            "first reach 2 and then 4 billion US dollars.")
    assert [(f[1], f[2], f[3]) for f in figures(text)] == [("target", 2e9, "USD"), ("target", 4e9, "USD")]
