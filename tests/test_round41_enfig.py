"""Round 41 (English figures): money figures of fresh English releases of state news agencies
and ministries (Kazinform, Trend, Xinhua, WAM, CAPMAS and others) on two states' trade, read
against the spec, each rule measured on every real-text set. Every sentence here is written for
the test; it fails without its rule, or (marked "as before") guards what the rule must leave
alone."""
import pytest

from accords.pipeline import extract_text


def facts(text: str, date: str = "2023-10-19"):
    return [(f.metric, f.kind, f.value, f.currency, f.period, f.change_pct)
            for f in extract_text(text, date=date, lang="en").figures]


# -- a change already measured in percent, then "to reach": where it came to -------------------
# (wording as on rt.com/business/441099-russia-china-trade-growth/,
# en.cairochamber.org.eg/NewspaperPage.aspx?id=679, astanatimes.com/2023/06/kazakhstan-azerbaijan-
# set-to-boost-trade-relations-to-1-billion/, zeenews.india.com/economy/india-us-goods-trade-up-45-
# to-usd-113-bn-in-2021-2435909.html)

@pytest.mark.parametrize("text, expected", [
    ("Trade between Kenya and Egypt has kept growing, rising 18 percent to reach $3 billion in "
     "January-June 2023, the customs office said.",
     [("trade_turnover", "actual", 3e9, "USD", "2023-01/2023-06", 18.0)]),
    ("Egyptian exports to Greece amounted to $700 million in the first half of 2021, while Egyptian "
     "imports from Greece hiked 3.5 percent to reach $250 million, up from $241.5 million.",
     [("exports", "actual", 700e6, "USD", "2021-01/2021-06", None),
      ("imports", "actual", 250e6, "USD", "2021-01/2021-06", None),
      ("imports", "actual", 241.5e6, "USD", "2020-01/2020-06", None)]),
    ("In 2022, trade between Oman and Jordan grew by 25%, reaching $300 million. The upward trend "
     "went on this year, with trade between Oman and Jordan growing by 12%, reaching $150 million.",
     [("trade_turnover", "actual", 300e6, "USD", "2022", 25.0),
      ("trade_turnover", "actual", 150e6, "USD", "2023", 12.0)]),
    ("Trade between Chile and Peru saw a 30 per cent jump in 2022 from 2021 to reach a record of "
     "USD 9 billion, the minister said.",
     [("trade_turnover", "actual", 9e9, "USD", "2022", 30.0)]),
    # as before: a change still to come, after a forecast
    ("Trade between Kenya and Egypt is expected to grow 18 percent to reach $4 billion next year.",
     [("trade_turnover", "forecast", 4e9, "USD", "2024", None)]),
    # as before: a change planned
    ("Kenya and Egypt plan to increase their trade by 18 percent to reach $4 billion.",
     [("trade_turnover", "target", 4e9, "USD", None, None)]),
    # as before: a change still to come, in the infinitive
    ("Trade between Kenya and Egypt needs to rise 18 percent to reach $4 billion.",
     [("trade_turnover", "target", 4e9, "USD", None, None)]),
])
def test_a_measured_change_then_to_reach_is_a_result(text, expected):
    assert facts(text) == expected


# -- "during this period": the period named before ---------------------------------------------
# (wording as on en.trend.az/casia/uzbekistan/3915379.html)

@pytest.mark.parametrize("text, expected", [
    ("Trade between Uzbekistan and China amounted to $5.6 billion from January through May 2024. "
     "This is 3 percent more year-on-year ($5.4 billion in January–May 2023). Exports of "
     "Uzbekistan to China reached $1 billion during this period.",
     [("trade_turnover", "actual", 5.6e9, "USD", "2024-01/2024-05", None),
      ("exports", "actual", 1e9, "USD", "2024-01/2024-05", None)]),
    ("Exports of Kenya to Ghana rose between 2019 and 2022. The envoy spoke to the Daily News by "
     "telephone. Ghana's exports to Kenya stood at $5 million during the period, the envoy said.",
     [("exports", "actual", 5e6, "USD", "2019/2022", None)]),
    # as before: "the period" that names its months
    ("For the period January to June 2023, trade between Malaysia and Brunei reached $690 million.",
     [("trade_turnover", "actual", 690e6, "USD", "2023-01/2023-06", None)]),
])
def test_during_this_period_is_the_period_named_before(text, expected):
    assert facts(text, date="2024-06-23") == expected


# -- close amounts of two different pairs of states are two facts -----------------------------
# (wording as on wionews.com/business-economy/china-overtakes-us-as-indias-top-trading-partner-in-
# fy24-data-shows-720883 and insightssuccess.in/china-surpasses-us-to-emerge-as-indias-top-trading-partner)

@pytest.mark.parametrize("text, expected", [
    # a repeat in the body
    ("Vietnam and Japan held talks in Hanoi.\nVietnam's bilateral trade with Japan stood at $52.4 "
     "billion in 2023. In contrast, Vietnam's two-way trade with the US in 2023 amounted to $52.3 "
     "billion.",
     [52.4e9, 52.3e9]),
    # a lead's amount the body seems to give exactly
    ("Japan has overtaken the US to become Vietnam's largest trading partner in 2023. Vietnam's "
     "bilateral trade with Japan stood at $52.4 billion in 2023, with exports rising by 5% to $24 "
     "billion.\nIn contrast, Vietnam's two-way trade with the US in 2023 amounted to $52.3 billion.",
     [52.4e9, 24e9, 52.3e9]),
    # as before: the same pair's amount told again, a little apart, is one fact
    ("Vietnam and Japan held talks in Hanoi.\nVietnam's bilateral trade with Japan stood at $52.4 "
     "billion in 2023. Trade between Vietnam and Japan came to $52.39 billion in 2023, the ministry "
     "said.",
     [52.4e9]),
])
def test_close_amounts_of_two_pairs_are_two_facts(text, expected):
    assert [f[2] for f in facts(text, date="2024-04-22")] == expected


# -- "a $5 billion increase": the size of a change, not a level -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The minister expected trade between Turkey and Egypt to grow further, forecasting a "
     "$5 billion increase.", []),
    ("Trade between Turkey and Egypt reached $10 billion in 2023, a $2 billion rise over 2022.",
     [("trade_turnover", "actual", 10e9, "USD", "2023", None)]),
    # as before: a deal's worth
    ("Turkey and Egypt signed a $5 billion deal.", [("agreements_value", "actual", 5e9, "USD", None, None)]),
    # as before: "an increase of" after its noun
    ("Trade between Turkey and Egypt reached $10 billion in 2023, an increase of $2 billion.",
     [("trade_turnover", "actual", 10e9, "USD", "2023", None)]),
])
def test_an_amount_before_a_change_noun_is_the_change(text, expected):
    assert facts(text) == expected
