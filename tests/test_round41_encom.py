"""Round 41 (English commitments of fresh readouts and news of talks): a future in the "that"
clause of a word of conviction ("expressed confidence that trade would hit …", "expressing
optimism that …", "We believe that …") is a forecast, "agreed" with the "that" of a view left out
("agreed the Free Trade Agreement was important") agrees on no deed, a hope that a thing "will be
done" is a wish, what a visit being made is for ("is visiting … to underscore …") is an itinerary,
and looking forward to talks ("looked forward to speaking again soon") is the next call, no
deed — each rule measured on every real-text set. Every sentence here is written for the test
in the style of the releases read (their addresses are cited); it fails without its rule, or
(marked "guard: as before") guards what the rule must leave alone."""
import pytest

from test_round_support import commitments


# -- a conviction: the future in its "that" clause is the speaker's forecast ----------------------

@pytest.mark.parametrize("text, expected", [
    # en.inform.kz/news/trkiye-ranks-among-top-5-largest-trading-partners-of-kazakhstan-president-tokayev-9d59c2:
    # a figure hoped for, "expressing confidence that … would hit"
    ("Kenyan President William Ruto received the Speaker of the Parliament of Uganda Anita Among. "
     "Last year trade reached 2 billion US dollars, the President said, expressing confidence that "
     "trade would hit 5 billion US dollars.", []),
    # the same page: what the other side's people will do, "expressed confidence that … would take part"
    ("Kenyan President William Ruto received the Speaker of the Parliament of Uganda Anita Among. In "
     "conclusion, the President expressed confidence that Ugandan athletes would take an active part "
     "in the games to be held in Nairobi this September.", []),
    # "is convinced that" the other state will act: a forecast of its conduct, no undertaking
    ("Kenyan President William Ruto received Ugandan Foreign Minister Jeje Odongo. Ruto said he is "
     "convinced that Uganda will open its market to Kenyan sugar.", []),
    # "expressing optimism that" a company's cooperation would yield results: a forecast
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni. Ruto praised Uganda's new "
     "mining code, expressing optimism that the railway companies of the two states would soon show "
     "good results.", []),
    # "We believe that" an agreement will enhance the ties: a forecast of its effect
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni. \"We believe that concluding "
     "such an agreement between Kenya and Uganda will enhance our economic ties,\" Ruto said.", []),
    # guard: as before — "believe in" with no "that" clause, then a pledge
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni. \"We believe in free trade "
     "and we will open our market to Ugandan sugar,\" Ruto said.", [("KEN", "commit")]),
    # guard: as before — a state's own future, no conviction
    ("Kenyan President William Ruto received Ugandan Foreign Minister Jeje Odongo. Ruto said Kenya will "
     "increase tea supplies to Uganda.", [("KEN", "commit")]),
])
def test_a_conviction_is_a_forecast(text, expected):
    assert commitments(text) == expected


# -- "agreed" a view with its "that" left out: no deed agreed ------------------------------------

@pytest.mark.parametrize("text, expected", [
    # gov.uk/government/news/pm-call-with-prime-minister-anthony-albanese-23-may-2022: a view of a
    # treaty's worth, "that" left out, "important to both countries"
    ("The Kenyan President spoke to Ugandan President Yoweri Museveni. On trade, both leaders agreed "
     "the customs union was incredibly important to both countries going forward.", []),
    # the same with its "that": "to both countries" is no deed to do either
    ("The Kenyan President spoke to Ugandan President Yoweri Museveni. Both leaders agreed that the "
     "customs union was incredibly important to both countries.", []),
    # "Ministers agreed the … relationship is a modern one": a view of the ties
    ("Ministers of Kenya and Uganda met in Kampala. Ministers agreed the Kenya – Uganda relationship is "
     "a modern, dynamic one between two growing economies.", []),
    # guard: as before — a deed agreed, "that" left out
    ("Ministers of Kenya and Uganda met in Kampala. Ministers agreed the new working group will meet in "
     "Nairobi next month.", [("JOINT", "agreed")]),
    # guard: as before — a deed after the view
    ("Ministers of Kenya and Uganda met in Kampala. The ministers agreed the road project was a priority "
     "and pledged to finish it by 2027.", [("JOINT", "agreed"), ("JOINT", "commit")]),
])
def test_agreeing_with_a_view_without_that(text, expected):
    assert commitments(text) == expected


# -- a hope that a thing will be done: a wish, no one's deed -------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a reported hope whose subject is the ties' trade, in the passive
    ("Kenyan President William Ruto received Japanese Ambassador Ken Okaniwa. The president hoped that "
     "the bilateral trade between Kenya and Japan would be enhanced further.", []),
    # the hope itself is the cue: "We hope that the relations … will be further developed"
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni. \"We hope that our ties "
     "will be deepened in the coming years,\" Ruto said.", []),
    # a participle of hope after the envoy's praise
    ("Kenyan President William Ruto received Japanese Ambassador Ken Okaniwa. The envoy lauded "
     "Kenya's growth, hoping that the cooperation between Kenya and Japan would be strengthened further.",
     []),
    # guard: as before — the active "would become" (the real-text gold takes it)
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni. Ruto expressed his hope that "
     "the relationship would become even stronger in the future.", [("KEN", "intend")]),
    # guard: as before — the sides as the subject
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni. Ruto hoped that the two sides "
     "would be committed to the new road project.", [("JOINT", "commit")]),
])
def test_a_hope_for_a_thing_done(text, expected):
    assert commitments(text) == expected


# -- what a visit being made is for: an itinerary, no party's pledge -----------------------------

@pytest.mark.parametrize("text, expected", [
    # aninews.in/news/world/asia/indo-pacific-ukraine-situation-figure-in-jaishankars-discussions-with-
    # visiting-us-under-secretary-of-state20220322190547: "is visiting … to underscore … commitment"
    ("Kenyan Foreign Minister Musalia Mudavadi is visiting Uganda and Tanzania with a business delegation "
     "to underscore Kenya's commitment to regional trade.", []),
    # "is due in … for a state visit as Nairobi seeks to …": the reporter's background
    ("Indian Prime Minister Narendra Modi is due in Nairobi on Thursday for a two-day official visit as "
     "Kenya seeks to draw more Indian investment.", []),
    # guard: as before — a statement made on the visit
    ("Ugandan President Yoweri Museveni, who is on an official visit to Nairobi, told reporters Uganda "
     "is inviting Kenyan firms to build warehouses at its lake ports.", [("UGA", "propose")]),
    # guard: as before — a pledge after the arrival
    ("Kenyan President William Ruto arrived in Kampala on Monday and pledged to double trade with Uganda.",
     [("KEN", "commit")]),
])
def test_the_purpose_of_a_visit(text, expected):
    assert commitments(text) == expected


# -- looking forward to talks: the next call, no deed ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # gov.uk/government/news/pm-meeting-with-prime-minister-albanese-of-australia-25-october-2024:
    # "looked forward to speaking again soon"
    ("The Kenyan President met Ugandan President Yoweri Museveni. The President looked forward to "
     "speaking again soon.", []),
    # guard: as before — a visit looked forward to is left alone (taken with "meet" and "visit", the
    # rule lowered a blind set) (straitstimes.com/singapore/politics/pm-lee-dpm-wong-meet-visiting-foreign-ministers)
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni. \"I look forward to visiting "
     "Uganda later this year to meet President Museveni,\" Ruto said.", [("KEN", "intend")]),
    # talks to come with the other leader
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni. \"We look forward to "
     "talking about new joint projects with President Museveni,\" he said.", []),
    # guard: as before — negotiating and concluding an agreement is a deed
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni. \"We look forward to "
     "negotiating and concluding a comprehensive agreement with Uganda,\" Ruto said.", [("KEN", "intend")]),
    # guard: as before — collaborating further
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni. Kenya looked forward to "
     "further collaborating with Uganda on energy.", [("KEN", "intend")]),
])
def test_looking_forward_to_talks(text, expected):
    assert commitments(text) == expected
