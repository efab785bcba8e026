"""Round 38 (English figures): aid wordings read on fresh public releases of loans, grants,
deposits and debt relief between states, each rule measured on every real-text set. Every
sentence here is written for the test; it fails without its rule, or (marked "as before")
guards what the rule must leave alone."""
import pytest

from test_round_support import figures, record  # noqa: F401


# -- aid verbs and nouns (metric "other") ---------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Norway lent Ghana $90 million for its rural clinics.", 90e6),
    ("Qatar deposited $3 billion with the central bank of Turkey.", 3e9),
    ("The new $410 million drawdown for Ukraine was announced by the United States.", 410e6),
    ("Germany earmarked EUR 45 million for Jordan's water network.", 45e6),
    ("Kazakhstan has set aside $4 million for flood victims in Kyrgyzstan.", 4e6),
    ("Last year Italy wrote off $120 million owed by Tunisia.", 120e6),
    ("France forgave $75 million of Mali's loans.", 75e6),
])
def test_a_verb_of_lending_or_giving_names_aid(text, value):
    assert [(m, v) for m, _, v, _ in figures(text)] == [("other", value)]


def test_a_debt_written_off_is_aid_given():
    # the debt right before its amount is what the write-off gives, not a debt's size
    assert [(m, v) for m, _, v, _ in figures(
        "Russia will write off Mongolia's debt of $170 million.")] == [("other", 170e6)]


@pytest.mark.parametrize("text", [
    # a debt whose size a clause of its own tells stays a debt, write-off or not
    "Russia and Laos agreed on a write-off of Laos's debt, which at that time stood at $310 million.",
    # as before: a debt's size with no write-off
    "Mongolia's debt to Russia amounts to $170 million.",
])
def test_a_debt_stock_is_no_figure(text):
    assert figures(text) == []


# -- spans of years --------------------------------------------------------------------------

@pytest.mark.parametrize("text, periods", [
    ("Korea lent Ghana $400 million for the year 2018 through 2022.", ["2018/2022"]),
    ("Kuwait lent Jordan $90 million for 2015 to 2019.", ["2015/2019"]),
    # two years written out after a dash, no word of a fiscal year by them: two calendar years
    ("The United States gave Nepal aid of $60 million over a two-year period (2010-2011).", ["2010/2011"]),
    # as before: a fiscal year in its short form, with a slash, or named as one
    ("India's exports to Japan reached $5 billion in 2021-22.", ["2021-04/2022-03"]),
    ("India's exports to Japan reached $5 billion in 2021/2022.", ["2021-04/2022-03"]),
    ("India's exports to Japan reached $5 billion in the 2021-2022 financial year.", ["2021-04/2022-03"]),
    ("India's exports to Japan reached $5 billion in FY 2021-2022.", ["2021-04/2022-03"]),
])
def test_a_span_of_years_is_its_first_and_last_year(text, periods):
    assert [f.period for f in record(text, "en").figures] == periods


@pytest.mark.parametrize("text, periods", [
    ("Korea will raise its loans to Egypt to $2 billion from 2025 to 2029.", ["2025/2029"]),
    ("China pledged to give Laos aid of $300 million during the period between 2024 and 2026.", ["2024/2026"]),
    # a span already past is no goal's period (as before)
    ("China pledged to give Laos aid of $300 million during the period between 2019 and 2021.", [None]),
])
def test_a_goal_takes_a_span_of_years_still_to_come(text, periods):
    rec = record(text, "en")
    assert [(f.kind, f.period) for f in rec.figures] == [("target", p) for p in periods]


# -- a total a done act brought ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Oman gave Yemen $200 million in fuel aid, bringing the total value of its aid to $900 million.",
    "Japan announced a new grant of $5 million to Laos, increasing its annual assistance to $40 million.",
])
def test_where_a_past_act_took_a_total_is_a_result(text):
    assert [k for _, k, _, _ in figures(text)] == ["actual", "actual"]


@pytest.mark.parametrize("text", [
    # as before: a goal, or an act still to come, leaves the total a goal
    "Japan will give Laos a grant of $5 million, bringing the total of its aid to $40 million.",
    "Oman and Yemen aim at bringing their trade to $900 million.",
])
def test_a_total_an_act_to_come_brings_stays_a_goal(text):
    assert figures(text)[-1][1] == "target"


# -- currencies -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, currency", [
    ("Korea lent Ghana 900 million won for a clinic.", "KRW"),
    ("India gave Nepal grants of NRs 310 million.", "NPR"),
    ("India gave Nepal grants of Nepali rupees 25.5 million.", "NPR"),
    # "Rs" in a release about Nepal and China is Nepal's rupee
    ("China will give Nepal aid of Rs 9 billion.", "NPR"),
    # as before: India a party, India's rupee
    ("Japan will give India loans of Rs 9 billion.", "INR"),
])
def test_the_won_and_the_nepali_rupee(text, currency):
    assert [c for _, _, _, c in figures(text)] == [currency]


def test_won_as_a_verb_is_no_currency():
    # as before: "won" before the amount is the verb
    assert [c for _, _, _, c in figures("Korea won a loan deal with Ghana worth $90 million.")] == ["USD"]


# -- an amount restated in dollars -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Japan will provide Laos 4,500 million Japanese Yen (JPY) (approximately $30 million) for roads.",
     [(4.5e9, "JPY")]),
    ("Kuwait signed a 2 million Kuwaiti dinar loan agreement (about $6.5 million) with Togo.",
     [(2e6, "KWD")]),
    ("Kuwait lent Togo 2 million Kuwaiti dinars in soft loans (about $6.5 million).", [(2e6, "KWD")]),
])
def test_a_bracketed_restatement_after_a_code_or_a_noun_is_one_figure(text, expected):
    assert [(v, c) for _, _, v, c in figures(text)] == expected


def test_a_bracket_that_is_no_restatement_keeps_both():
    # as before: a bracket that adds another amount, not "about …", is a figure of its own
    text = "Kuwait lent Togo 2 million Kuwaiti dinars in soft loans (and gave Benin $3 million in aid)."
    assert [(v, c) for _, _, v, c in figures(text)] == [(2e6, "KWD"), (3e6, "USD")]


# -- South-Asian numbers ------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Japan will invest 2.5 lakh crore rupees in India.", 2.5e12),
    ("Japan will provide Bangladesh loans of Tk 7 thousand crore.", 7e10),
    ("Japan will provide Bangladesh loans of Tk 7 thousand and 250 crores.", 7.25e10),
    ("Japan will provide India loans of Rs 1,45,000 crore.", 1.45e12),
    # as before: thousands grouped by three
    ("Japan will provide India loans of Rs 14,500 crore.", 1.45e11),
])
def test_lakhs_crores_and_their_digit_grouping(text, value):
    assert [v for _, _, v, _ in figures(text)] == [value]


def test_a_number_cut_by_a_stray_space_is_dropped():
    # "Rs 31, 700 crore" is Rs 31,700 crore cut in two: no "700 crore" figure
    assert figures("Japan agreed to give India loans worth Rs 31, 700 crore.") == []


def test_a_year_and_a_comma_cut_no_number():
    # as before: a year before the comma is no head of the amount
    assert [v for _, _, v, _ in figures("In 2021, 400 million dollars in aid went from Japan to India.")] == [4e8]
