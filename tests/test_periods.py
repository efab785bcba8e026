"""Period mentions resolved against the publication date, on phrases written for this test."""
from __future__ import annotations

from datetime import date

import pytest

from accords.extractors.figures.periods import find_periods

D = date.fromisoformat

# text, published, expected period, expected kind
PERIODS = [
    ("в 2025 году", D("2025-11-15"), "2025", "plain"),
    ("за 2022 год", None, "2022", "plain"),
    ("в 2020-м году", None, "2020", "plain"),
    ("по итогам 2024 года", None, "2024", "end"),
    ("за январь–октябрь 2022 года", None, "2022-01/2022-10", "plain"),
    ("за январь-июнь 2002 года", None, "2002-01/2002-06", "plain"),
    ("с января по сентябрь 2023 года", None, "2023-01/2023-09", "plain"),
    ("в январе-апреле", D("2023-06-07"), "2023-01/2023-04", "plain"),
    ("в январе–ноябре", D("2024-01-10"), "2023-01/2023-11", "plain"),
    ("в первом полугодии 2002 года", None, "2002-01/2002-06", "plain"),
    ("во втором полугодии 2023 года", None, "2023-07/2023-12", "plain"),
    ("в первом квартале 2022 года", None, "2022-01/2022-03", "plain"),
    ("в III квартале 2024 года", None, "2024-07/2024-09", "plain"),
    ("в первом квартале", D("2025-06-01"), "2025-01/2025-03", "plain"),
    ("по итогам 11 месяцев", D("2024-01-10"), "2023-01/2023-11", "plain"),
    ("за 8 месяцев текущего года", D("2025-10-01"), "2025-01/2025-08", "plain"),
    ("за четыре месяца текущего года", D("2024-06-01"), "2024-01/2024-04", "plain"),
    ("за четыре месяца текущего года", None, None, "plain"),
    ("за первые девять месяцев 2023 года", None, "2023-01/2023-09", "plain"),
    ("в мае 2023 года", None, "2023-05", "plain"),
    ("в прошлом году", D("2023-06-07"), "2022", "plain"),
    ("в прошлом году", None, None, "plain"),
    ("в этом году", D("2017-11-27"), "2017", "plain"),
    ("с начала года", D("2025-08-15"), "2025-01/2025-08", "plain"),   # to the month of publication
    ("since the start of the year", D("2025-01-20"), "2025-01", "plain"),
    ("за первую половину текущего года", D("2022-11-01"), "2022-01/2022-06", "plain"),
    ("in 2022/23", None, "2022-04/2023-03", "plain"),                  # a fiscal year: April to March
    ("for 2007-08", None, "2007-04/2008-03", "plain"),
    ("in FY 2018/19 ending June", None, "2018-07/2019-06", "plain"),
    ("в 2017–2020 годах", None, "2017/2020", "plain"),
    ("exceeded $9 billion in late 2022", None, "2022", "plain"),
    ("к 2030 году", None, "2030", "target"),
    ("до 2027 года", None, "2027", "target"),
    ("на 2020 год", None, "2020", "target"),
    ("с 2015 года", None, "2015", "since"),
    ("на 2017–2020 годы", None, "2017/2020", "target"),
    ("по сравнению с аналогичным периодом 2001 года", None, "2001", "compare"),
    ("чем годом ранее в 2022 году", None, "2022", "compare"),
    ("in 2024", D("2025-06-02"), "2024", "plain"),
    ("for 2021", None, "2021", "plain"),
    ("by 2030", None, "2030", "target"),
    ("by the end of 2021", None, "2021", "end"),
    ("since 1992", None, "1992", "since"),
    ("In January-March of 2024", None, "2024-01/2024-03", "plain"),
    ("in January–September 2024", None, "2024-01/2024-09", "plain"),
    ("For 11 months of 2019", None, "2019-01/2019-11", "plain"),
    ("in the first quarter of 2022", None, "2022-01/2022-03", "plain"),
    ("in the first half of 2023", None, "2023-01/2023-06", "plain"),
    ("Q3 2024", None, "2024-07/2024-09", "plain"),
    ("H1 2023", None, "2023-01/2023-06", "plain"),
    ("in the first five months of this year", D("2024-07-01"), "2024-01/2024-05", "plain"),
    ("Last May", D("2024-01-08"), "2023-05", "plain"),
    ("in May 2023", None, "2023-05", "plain"),
    ("last year", D("2024-02-10"), "2023", "plain"),
    ("in a year", D("2024-05-24"), "2023", "plain"),
    ("than the same period last year", D("2022-05-01"), "2021", "compare"),
    ("up 8.4% from 2022", None, "2022", "compare"),
    ("за последние 10 лет", D("2024-01-01"), None, "since"),
    ("over the past five years", D("2024-01-01"), None, "since"),
    # the current year's end, no year written: the publication year
    ("по итогам года", D("2025-09-01"), "2025", "end"),
    ("до конца года", D("2025-09-01"), "2025", "end"),
    ("by the end of the year", D("2024-06-01"), "2024", "end"),
    ("by year-end", D("2024-06-01"), "2024", "end"),
    # the coming year
    ("в следующем году", D("2025-09-01"), "2026", "plain"),
    ("next year", D("2025-09-01"), "2026", "plain"),
    # a day of a month is an event's date (a dateline), not a figure's period
    ("ТАШКЕНТ, 14 апреля", D("2025-09-01"), "2025-04", "date"),
    ("ANKARA, June 2 (Reuters)", D("2025-09-01"), "2025-06", "date"),
    ("в апреле", D("2025-09-01"), "2025-04", "plain"),
    ("over the past decade", D("2025-09-01"), None, "since"),
    ("за последнее десятилетие", D("2025-09-01"), None, "since"),
    # "полгода" and a year written "2021-го", "в 2020-м"
    ("за первые полгода 2021-го", None, "2021-01/2021-06", "plain"),
    ("в 2020-м", None, "2020", "plain"),
    # a span of months across two years, days optional
    ("с 20 марта 2020 года по 18 февраля 2021 года", None, "2020-03/2021-02", "plain"),
    ("from March 20, 2020 through February 18, 2021", None, "2020-03/2021-02", "plain"),
    ("between March 2020 and February 2021", None, "2020-03/2021-02", "plain"),
    ("с января 2021 года по март 2021 года", None, "2021-01/2021-03", "plain"),
]


def test_dates_in_brackets_say_what_the_period_before_them_is():
    text = ("Iran exported goods worth $38 million during the first 11 months of last Iranian year "
            "(from March 20, 2020 through February 18, 2021).")
    assert [p.value for p in find_periods(text, D("2021-04-06"))] == ["2020-03/2021-02"]
    # a span backwards in time or over more than a year is no span
    assert all(p.value != "2021-03/2020-02" for p in find_periods("с марта 2021 года по февраль 2020 года"))


@pytest.mark.parametrize("text,published,value,kind", PERIODS,
                         ids=[f"{p[0]}@{p[1]}" for p in PERIODS])
def test_period_table(text, published, value, kind):
    found = find_periods(text, published)
    assert len(found) == 1, [p.text for p in found]
    assert found[0].value == value
    assert found[0].kind == kind


def test_no_period_in_plain_text():
    assert find_periods("Стороны обсудили сотрудничество в области энергетики.", D("2025-01-01")) == []
    assert find_periods("", None) == []
    assert find_periods("The minister may visit Tashkent.", D("2025-01-01")) == []


def test_year_only_flag():
    ys = find_periods("к 2030 году, за январь–июнь 2025 года", None)
    assert [(p.value, p.year_only) for p in ys] == [("2030", True), ("2025-01/2025-06", False)]



def test_year_end_does_not_take_a_written_year():
    found = find_periods("по итогам 2023 года и до конца года", D("2025-05-01"))
    assert [(p.value, p.kind) for p in found] == [("2023", "end"), ("2025", "end")]


@pytest.mark.parametrize("text,published,value", [
    ("Товарооборот с начала года превысил 5 млрд долларов по состоянию на октябрь.",
     D("2022-12-09"), "2022-01/2022-10"),
    ("Trade since the start of the year reached $2 billion as of September 30.",
     D("2024-11-02"), "2024-01/2024-09"),
    # a month after the publication month cannot end the year so far
    ("С начала года товарооборот составил 3 млрд долларов по состоянию на декабрь.",
     D("2022-06-01"), "2022-01/2022-06"),
    # in the next sentence it says nothing of this one
    ("С начала года товарооборот составил 3 млрд долларов. По состоянию на май цены выросли.",
     D("2022-06-01"), "2022-01/2022-06"),
])
def test_year_so_far_ends_with_the_month_it_is_stated_as_of(text, published, value):
    ytd = [p for p in find_periods(text, published) if p.text.lower().startswith(("с начала", "since"))]
    assert [p.value for p in ytd] == [value]


def test_a_comparison_word_must_be_a_whole_word():
    from datetime import date
    from accords.extractors.figures.periods import find_periods
    text = "Thanks to joint efforts, last year the bilateral trade amounted to $1.4 billion."
    [p] = find_periods(text, date(2023, 5, 4))
    assert (p.value, p.kind) == ("2022", "plain")
    text = "Trade rose 10% compared with last year."
    [p] = find_periods(text, date(2023, 5, 4))
    assert p.kind == "compare"
