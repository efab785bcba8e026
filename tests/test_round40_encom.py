"""Round 40 (English commitments and figures of fresh releases on relations between two states):
a call to act ("the time has come to"), two states one of which keeps its article, "they were"
and "and are" before a state word, the ties' own course as a forecast, courtesies offered,
agencies' verbs ("echoed", "affirmed to", "confirmed continuing to"), "the agreed projects",
"openness to", a hope of being able to act, what a party will become, "the Emirates", and on the
figures' side a place after "from", "with X reaching $Y" and a change added with its own period —
each rule measured on every real-text set. Every sentence here is written for the test in the
style of the releases read (their addresses are cited); it fails without its rule, or (marked
"guard: as before") guards what the rule must leave alone."""
import pytest

from test_round_support import commitments, figures, record  # noqa: F401


# -- a call to act: "the time has come to" -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # astanatimes.com/2023/01/kazakhstan-to-intensify-cooperation-with-uae-says-president-tokayev:
    # the sayer after an inverted verb, with no subject before the cue
    ("The time has come to lift trade between Kenya and Ethiopia to a new level, said President "
     "William Ruto of Kenya at the talks.", [("KEN", "intend")]),
    # worldtribunepak.com/?p=21759: reported, "said that it is time to"
    ("Kenyan Trade Minister Lee Kinyanjui said that it is time to boost trade ties with Ethiopia.",
     [("KEN", "intend")]),
    # guard: as before — no call to act for the ties ("it is time" with no "that")
    ("It is time to say goodbye, the Kenyan minister said at the airport.", []),
])
def test_the_time_has_come_to_act(text, expected):
    assert commitments(text) == expected


# -- a subject of two states whose second name has its article ----------------------------------

@pytest.mark.parametrize("text, expected", [
    # arabnews.jp/en/japan/article_65400: the first conjunct's subject after "that"
    ("The ministers confirmed that Kenya and the United Kingdom support the peace process, and will "
     "closely cooperate on trade.", [("JOINT", "commit")]),
    # the sentence's opening subject of a past predicate after "and"
    ("Kenya and the United Kingdom welcomed the talks and pledged to double their trade.",
     [("JOINT", "commit")]),
    # guard: as before — a name without its article
    ("The ministers confirmed that Kenya and Uganda support the peace process, and will closely "
     "cooperate on trade.", [("JOINT", "commit")]),
])
def test_two_states_one_with_its_article(text, expected):
    assert commitments(text) == expected


# -- "they" and "and are" carry the subject to a state word --------------------------------------

@pytest.mark.parametrize("text, expected", [
    # en.antaranews.com/news/74043: "they were eager to" after the two sayers
    ("Kenya and Uganda held talks on Monday. The two ministers stated they were eager to continue "
     "cooperation in the education sector.", [("JOINT", "intend")]),
    # guard: as before — "were looking forward to" a meeting is no state word
    ("Kenya and Uganda held talks on Monday. Both ministers said they were looking forward to the "
     "joint committee in Nairobi next month.", []),
    # en.antaranews.com/news/312330: "and are committed to" after the opening subject, nothing reported
    ("Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo welcomed the "
     "new road project and are committed to working together on its financing.", [("JOINT", "commit")]),
])
def test_they_were_and_and_are_before_a_state_word(text, expected):
    assert commitments(text) == expected


# -- figures: "from <a place> to $X" is no movement's start ---------------------------------------

def test_a_goal_of_imports_from_a_state_and_of_exports():
    # en.trend.az/casia/uzbekistan/3714945.html: two goals, the first after "from Azerbaijan to"
    text = "Kenya plans to increase the volume of imports from Uganda to $400 million, and exports to $700 million."
    assert [(f[0], f[1], f[2]) for f in figures(text)] == [("imports", "target", 4e8), ("exports", "target", 7e8)]


def test_a_movement_from_a_level_to_a_goal():
    # guard: as before — "from $X to $Y" — the level now and the goal
    text = "Kenya plans to increase its exports to Uganda from $400 million to $700 million."
    assert [(f[0], f[1], f[2]) for f in figures(text)] == [("exports", "actual", 4e8), ("exports", "target", 7e8)]


# -- a predicate after "and" in a new reported clause -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # chinaservicesinfo.com/s/201811/01/…/xi-trump-discuss-trade-in-phone-call_2.html: "adding that"
    # opens a clause of its own subject; its "and would like to" is that subject's, not the hope's
    ("He said he hopes the two countries will make joint efforts to prepare for the meeting, adding "
     "that Kenya attaches importance to its trade with Uganda and would like to expand its exports.",
     [("JOINT", "intend"), ("KEN", "intend")]),
    # guard: as before — the same subject goes on ("… is ready to … and would like to …")
    ("Kenya is ready to build the road and would like to expand its exports to Uganda.",
     [("KEN", "ready"), ("KEN", "intend")]),
])
def test_and_in_a_new_reported_clause(text, expected):
    assert commitments(text) == expected


# -- the ties' own course is a forecast ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # tass.com/world/1099317: a confidence that the relations will develop
    ("\"I am confident that Kenyan-Ugandan relations will progressively develop for the benefit of our "
     "peoples,\" said President Ruto of Kenya.", []),
    ("President Ruto of Kenya said the Kenya-Uganda relationship will grow stronger every year.", []),
    # guard: as before — a hope for the ties is a wish kept
    ("President Ruto of Kenya hoped that the relations between Kenya and Uganda would reach new heights.",
     [("KEN", "intend")]),
])
def test_the_course_of_the_ties_is_a_forecast(text, expected):
    assert commitments(text) == expected


# -- an offer of courtesies is no offer -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # menafn.com/1107071021: congratulations offered to the new minister
    ("In response, Secretary Blinken offered his congratulations to Minister Kamikawa of Japan.", []),
    ("Kenyan President William Ruto offered his condolences to the Ugandan people.", []),
    # guard: as before — the one offered to named between, then a deed
    ("Kenya also offered Uganda to invest in its new railway.", [("KEN", "ready")]),
    # guard: as before — an offer of help named as a noun
    ("Kenya offered its support to Uganda in building the port.", [("KEN", "ready")]),
])
def test_an_offer_of_courtesies(text, expected):
    assert commitments(text) == expected


# -- an agreement's both sides are not carried to one side's pledge --------------------------------

@pytest.mark.parametrize("text, expected", [
    # the pattern of a Vietnamese release's English: "He agreed on …, and affirmed to …" — his own pledge
    ("President Museveni of Uganda received Prime Minister Ruto of Kenya. He agreed on the road link "
     "between Kenya and Uganda, and vowed to speed up the work.", [("JOINT", "agreed"), ("KEN", "commit")]),
    # guard: as before — both sides named as the subject go on
    ("Kenya and Uganda agreed to build a road and vowed to open a border post.",
     [("JOINT", "agreed"), ("JOINT", "commit")]),
])
def test_an_agreement_is_not_carried_to_a_pledge(text, expected):
    assert commitments(text) == expected


# -- verbs of stating and pledges of Asian agencies' English ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    # en.antaranews.com/news/312330: "echoed X's commitment to"
    ("Kenyan Foreign Minister Musalia Mudavadi echoed Kenya's commitment to building stronger "
     "cooperation with Uganda.", [("KEN", "intend")]),
    # en.vietnamplus.vn/vietnamese-malaysia-foreign-ministers-hold-talks/223786.vnp: "affirmed to"
    ("Kenyan Foreign Minister Musalia Mudavadi and his Ugandan counterpart Jeje Odongo held talks. "
     "They affirmed to maintain close coordination at regional forums.", [("JOINT", "commit")]),
    # menafn.com/1107071021: "confirmed continuing to"
    ("Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo confirmed "
     "continuing to work closely together on regional security.", [("JOINT", "commit")]),
    # guard: as before — "affirmed to the press" is no pledge
    ("Kenyan Foreign Minister Musalia Mudavadi affirmed to the press that the talks went well.", []),
])
def test_echoed_affirmed_to_and_confirmed_continuing(text, expected):
    assert commitments(text) == expected


# -- "the Emirates" is the UAE ---------------------------------------------------------------------

def test_the_emirates_as_the_subject():
    # mirror.akorda.kz/en/events/during-his-visit-to-shymkent-…: "the Emirates will build"
    text = ("President Tokayev met the President of the UAE. In addition, at the request of Kazakhstan, "
            "the Emirates will build a new hospital in Shymkent.")
    assert commitments(text) == [("ARE", "commit")]


# -- a participle after a subject of offices "of" a body ------------------------------------------

def test_a_participle_after_two_bodies_named_with_of():
    # devdiscourse.com/article/international/3327309-…: "The Indian Department of Commerce and the
    # US Trade Representative convened …, aiming to bolster bilateral trade"
    text = ("The Kenyan Ministry of Trade and the Ugandan Ministry of Trade met in Nairobi for a two-day "
            "dialogue, aiming to double bilateral trade by 2030.")
    assert commitments(text) == [("JOINT", "intend")]


# -- figures: "with X reaching $Y" tells how things stand --------------------------------------------

def test_with_exports_reaching_is_a_result():
    # diplomacybeyond.com/india-and-indonesia-target-historic-50-billion-trade-agreement-by-2025/
    text = ("Trade between Kenya and Uganda rose to $3.2 billion in 2023, with Kenya's exports to Uganda "
            "reaching an all-time high of $2.1 billion.")
    assert [(f[0], f[1], f[2]) for f in figures(text)] == [("trade_turnover", "actual", 3.2e9),
                                                           ("exports", "actual", 2.1e9)]


def test_with_the_aim_of_reaching_is_a_goal():
    # guard: as before — "with the aim of reaching" names a goal
    text = "Kenya and Uganda signed a roadmap with the aim of reaching $5 billion in trade by 2030."
    assert [(f[0], f[1], f[2]) for f in figures(text)] == [("trade_turnover", "target", 5e9)]


# -- "the agreed projects": an adjective agrees nothing ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # astanatimes.com/2023/01/kazakhstan-to-intensify-cooperation-with-uae-says-president-tokayev:
    # the hope is the speaker's, the projects were agreed before
    ("\"I have high hopes for the full implementation of the agreed projects,\" the President of "
     "Kenya said.", [("KEN", "intend")]),
    # guard: as before — the sides agreed to do something
    ("The sides agreed to build a new road between Kenya and Uganda.", [("JOINT", "agreed")]),
])
def test_the_agreed_projects(text, expected):
    assert commitments(text) == expected


# -- openness to a deed is readiness --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # tribune.net.ph/2024/06/04/phl-uae-wants-deeper-bilateral-trade-ties
    ("President Ruto acknowledged the close relationship of Kenya and Uganda, and expressed Kenya's "
     "openness to deepen the two countries' cooperation.", [("KEN", "ready")]),
])
def test_openness_to_a_deed(text, expected):
    assert commitments(text) == expected


# -- a hope that a party will be able to act is a wish --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # chinaservicesinfo.com/s/201811/01/…/xi-trump-discuss-trade-in-phone-call_2.html
    ("In a phone call, President Ruto of Kenya said he hopes Kenya will be able to raise its exports "
     "to Uganda.", [("KEN", "intend")]),
    # guard: as before — "will be able to" alone is a forecast of what can be done
    ("President Ruto of Kenya said Kenya will be able to raise its exports to Uganda.", []),
])
def test_a_hope_of_being_able_to(text, expected):
    assert commitments(text) == expected


# -- figures: a change of another period after "adding that" ---------------------------------------

def test_a_change_of_another_period_added_after():
    # trtworld.com/article/12787665: the 31% is the first quarter's, not 2021's
    text = ('"In 2021, our trade volume with Uganda reached 2 billion dollars," the Kenyan minister said, '
            'adding that "in the first quarter of 2022, we recorded an increase of 31 percent."')
    assert [(f.metric, f.period, f.change_pct) for f in record(text, "en").figures] == [
        ("trade_turnover", "2021", None)]


# -- what a party will become is a prophecy --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # jakartaheralder.com/2023/11/04/indonesia-three-island-countries-agree-to-bolster-cooperation/
    ("\"With its large market, Kenya will become a potential trade partner for Uganda,\" the Kenyan "
     "minister remarked.", []),
    # guard: as before — joining is a deed
    ("Kenya will become a member of the Uganda-led trade bloc next year, the Kenyan minister said.",
     [("KEN", "commit")]),
])
def test_what_a_party_will_become(text, expected):
    assert commitments(text) == expected
