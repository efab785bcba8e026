"""The money grammar on a table of expressions written for this test (Russian and English)."""
from __future__ import annotations

import pytest

from accords.extractors.figures.currency import resolve_currency
from accords.extractors.figures.money import find_money, parse_money, parse_number

# text, lang, value, currency codes, approx
MONEY = [
    # symbol before / after, decimal commas and points, scales
    ("$107,7 млн", "ru", 107_700_000, ("USD",), None),
    ("107,7 млн долларов", "ru", 107_700_000, ("USD",), None),
    ("1,4 млрд долл. США", "ru", 1_400_000_000, ("USD",), None),
    ("24,2 млрд $", "ru", 24_200_000_000, ("USD",), None),
    ("$4,2 млрд.", "ru", 4_200_000_000, ("USD",), None),
    ("$ 491,7 млн", "ru", 491_700_000, ("USD",), None),
    ("2,78 млрд долларов США", "ru", 2_780_000_000, ("USD",), None),
    ("70 миллионов долларов США", "ru", 70_000_000, ("USD",), None),
    ("12 тыс. долларов", "ru", 12_000, ("USD",), None),
    ("3 трлн рублей", "ru", 3_000_000_000_000, ("RUB",), None),
    ("1 200 млн рублей", "ru", 1_200_000_000, ("RUB",), None),
    ("1\u00a0200 млн рублей", "ru", 1_200_000_000, ("RUB",), None),
    ("15 000 000 евро", "ru", 15_000_000, ("EUR",), None),
    ("500 млн евро", "ru", 500_000_000, ("EUR",), None),
    ("€2bn", "en", 2_000_000_000, ("EUR",), None),
    ("$3 billion", "en", 3_000_000_000, ("USD",), None),
    ("$11.4 billion", "en", 11_400_000_000, ("USD",), None),
    ("$4.1 billion", "en", 4_100_000_000, ("USD",), None),
    ("US$ 250 million", "en", 250_000_000, ("USD",), None),
    ("USD 2.5 billion", "en", 2_500_000_000, ("USD",), None),
    ("USD5bn", "en", 5_000_000_000, ("USD",), None),
    ("$3m", "en", 3_000_000, ("USD",), None),
    ("1,200 million euros", "en", 1_200_000_000, ("EUR",), None),
    ("$1,250,000", "en", 1_250_000, ("USD",), None),
    ("2.4 billion US dollars", "en", 2_400_000_000, ("USD",), None),
    ("£40 million", "en", 40_000_000, ("GBP",), None),
    ("Rs 500 crore", "en", 5_000_000_000, ("INR", "NPR"), None),     # India's unless Nepal is the party
    # currencies of the region by name, any case
    ("500 млрд тенге", "ru", 500_000_000_000, ("KZT",), None),
    ("2,5 трлн сумов", "ru", 2_500_000_000_000, ("UZS",), None),
    ("40 млрд узбекских сумов", "ru", 40_000_000_000, ("UZS",), None),
    ("100 млн сомов", "ru", 100_000_000, ("KGS",), None),
    ("100 млн сомони", "ru", 100_000_000, ("TJS",), None),
    ("10 млн туркменских манатов", "ru", 10_000_000, ("TMT",), None),
    ("10 млн азербайджанских манатов", "ru", 10_000_000, ("AZN",), None),
    ("10 млн манатов", "ru", 10_000_000, ("AZN", "TMT"), None),
    ("111 млрд белорусских рублей", "ru", 111_000_000_000, ("BYN",), None),
    ("3 трлн российских рублей", "ru", 3_000_000_000_000, ("RUB",), None),
    ("5 млн бел. руб.", "ru", 5_000_000, ("BYN",), None),
    ("7 млрд юаней", "ru", 7_000_000_000, ("CNY",), None),
    ("300 млн турецких лир", "ru", 300_000_000, ("TRY",), None),
    ("80 млрд рупий", "ru", 80_000_000_000, ("INR",), None),
    ("2 млрд иен", "ru", 2_000_000_000, ("JPY",), None),
    ("150 млн дирхамов", "ru", 150_000_000, ("AED", "MAD"), None),   # the party's dirham
    ("4 млрд риялов", "ru", 4_000_000_000, ("SAR",), None),
    ("SR403bn", "en", 403_000_000_000, ("SAR",), None),              # the Saudi riyal's "SR"
    ("20 млн фунтов стерлингов", "ru", 20_000_000, ("GBP",), None),
    ("1.6 trillion tenge", "en", 1_600_000_000_000, ("KZT",), None),
    ("KZT 300 billion", "en", 300_000_000_000, ("KZT",), None),
    ("5 billion yuan", "en", 5_000_000_000, ("CNY",), None),
    ("1 млрд руб.", "ru", 1_000_000_000, ("RUB",), None),
    # amounts in words
    ("полмиллиарда долларов", "ru", 500_000_000, ("USD",), None),
    ("почти полумиллиарда долларов", "ru", 500_000_000, ("USD",), "about"),
    ("полтора миллиарда долларов", "ru", 1_500_000_000, ("USD",), None),
    ("двух миллиардов евро", "ru", 2_000_000_000, ("EUR",), None),
    ("более триллиона российских рублей", "ru", 1_000_000_000_000, ("RUB",), "more_than"),
    ("half a billion dollars", "en", 500_000_000, ("USD",), None),
    ("a billion dollars", "en", 1_000_000_000, ("USD",), None),
    ("about $1 billion 786 million", "en", 1_786_000_000, ("USD",), "about"),
    ("1 млрд 786 млн долларов", "ru", 1_786_000_000, ("USD",), None),
    # qualifiers
    ("свыше 2 млрд долларов", "ru", 2_000_000_000, ("USD",), "more_than"),
    ("более $91 млрд", "ru", 91_000_000_000, ("USD",), "more_than"),
    ("около 3 млрд долларов", "ru", 3_000_000_000, ("USD",), "about"),
    ("порядка 10 млн евро", "ru", 10_000_000, ("EUR",), "about"),
    ("почти 40 млрд белорусских рублей", "ru", 40_000_000_000, ("BYN",), "about"),
    ("менее 1 млрд долларов", "ru", 1_000_000_000, ("USD",), "less_than"),
    ("превысил 3 трлн российских рублей", "ru", 3_000_000_000_000, ("RUB",), "more_than"),
    ("over $44.1 million", "en", 44_100_000, ("USD",), "more_than"),
    ("more than $180 million", "en", 180_000_000, ("USD",), "more_than"),
    ("nearly $2 billion", "en", 2_000_000_000, ("USD",), "about"),
    ("exceeding $35 billion", "en", 35_000_000_000, ("USD",), "more_than"),
    ("less than $5 million", "en", 5_000_000, ("USD",), "less_than"),
    # ranges read as their lower bound, "at least"
    # ranges: the midpoint, about (the spec's convention)
    ("3–5 млрд долларов", "ru", 4_000_000_000, ("USD",), "about"),
    # a minus sign (U+2212) as the range dash, a space after the dollar sign
    ("$ 500−700 млн", "ru", 600_000_000, ("USD",), "about"),
    ("500−700 млн долларов", "ru", 600_000_000, ("USD",), "about"),
    ("$3-4 млрд", "ru", 3_500_000_000, ("USD",), "about"),
    ("от 3 до 5 млрд долларов", "ru", 4_000_000_000, ("USD",), "about"),
    ("от $300 млн до $1 млрд", "ru", 650_000_000, ("USD",), "about"),
    ("between $3 and $5 billion", "en", 4_000_000_000, ("USD",), "about"),
    ("1,5 трлн вьетнамских донгов", "ru", 1_500_000_000_000, ("VND",), None),
    ("300 млрд вон", "ru", 300_000_000_000, ("KRW",), None),
    ("12 млн грузинских лари", "ru", 12_000_000, ("GEL",), None),
    ("40 млрд тугриков", "ru", 40_000_000_000, ("MNT",), None),
    ("7 млн швейцарских франков", "ru", 7_000_000, ("CHF",), None),
    ("KRW 80 billion", "en", 80_000_000_000, ("KRW",), None),
    ("2 billion Korean won", "en", 2_000_000_000, ("KRW",), None),
    ("500 million Hong Kong dollars", "en", 500_000_000, ("HKD",), None),
]


@pytest.mark.parametrize("text,lang,value,codes,approx", MONEY, ids=[m[0] for m in MONEY])
def test_money_table(text, lang, value, codes, approx):
    m = parse_money(text, lang)
    assert m is not None, text
    assert m.value == pytest.approx(value, rel=1e-9)
    assert m.currencies == codes
    assert m.approx == approx


@pytest.mark.parametrize("text", [
    "в 2025 году", "5 тысяч тонн зерна", "на 12,8%", "миллиарды долларов", "16.08.2002 14:03",
    "48 projects", "the sum of efforts", "5 реализованных проектов", "2 батальона", "in 2022 won", "сумма договоренностей", "", "млрд", "$", "COVID-19",
])
def test_not_money(text):
    assert find_money(text) == []


def test_evidence_spans_point_into_the_text():
    text = "Товарооборот составил $4,2 млрд., что на $780 млн. меньше, а экспорт — 1,44 млрд долларов."
    found = find_money(text)
    assert [text[m.start:m.stop] for m in found] == ["$4,2 млрд.", "$780 млн.", "1,44 млрд долларов"]


def test_comma_reads_by_language():
    assert parse_number("1,440", "ru") == 1.44
    assert parse_number("1,440", "en") == 1440
    assert parse_number("1.200.000", "ru") == 1_200_000
    assert parse_number("1 200,5", "ru") == 1200.5


def test_ambiguous_currency_resolved_by_the_parties():
    assert resolve_currency(("AZN", "TMT"), ["KAZ", "TKM"]) == "TMT"
    assert resolve_currency(("AZN", "TMT"), ["AZE", "RUS"]) == "AZN"
    assert resolve_currency(("AZN", "TMT"), []) == "AZN"
    assert resolve_currency(("USD",), ["TKM"]) == "USD"


def test_elided_currency_taken_from_the_amount_before():
    text = ("Товарооборот вырос до 4,1 млрд долларов, а в этом году ожидается рост до 5 млрд. "
            "Экспорт составил 900 млн рублей, импорт — 700 млн.")
    found = find_money(text)
    assert [(text[m.start:m.stop], m.value, m.currencies) for m in found] == [
        ("4,1 млрд долларов", 4_100_000_000, ("USD",)), ("5 млрд.", 5_000_000_000, ("USD",)),
        ("900 млн рублей", 900_000_000, ("RUB",)), ("700 млн.", 700_000_000, ("RUB",))]
    listed = find_money("Экспорт — 98 млн долларов (на 3% меньше), импорт — 61,1 млн. (на 1,2% больше).")
    assert [(m.value, m.currencies) for m in listed] == [(98e6, ("USD",)), (61.1e6, ("USD",))]
    en = find_money("Trade reached $3 billion last year and could hit 3.5 billion in 2026.", "en")
    assert [(m.value, m.currencies) for m in en] == [(3e9, ("USD",)), (3.5e9, ("USD",))]


@pytest.mark.parametrize("text", [
    "Товарооборот составил 2 млрд долларов, поставки газа — 5 млрд кубометров.",
    "Экспорт достиг 300 млн долларов, а численность населения — 20 млн человек.",
    "Товарооборот составил 2 млрд долларов.\nВ стране живут 36 млн.",
    "Товарооборот составил 2 млрд долларов, а поставки газа — 5 млрд. кубометров.",
])
def test_elided_currency_not_for_other_units_or_paragraphs(text):
    assert len(find_money(text)) == 1


@pytest.mark.parametrize("text,lang,code", [
    ("Bilateral trade now stands at Ksh 107 billion.", "en", "KES"),
    ("The deal is worth Tsh 2 trillion.", "en", "TZS"),
    ("Exports reached ₦50 billion.", "en", "NGN"),
    ("The grant of GH₵ 3 million was signed.", "en", "GHS"),
    ("Выручка составила 12 млрд южноафриканских рэндов.", "ru", "ZAR"),
    ("Сделка оценена в 300 млн мексиканских песо.", "ru", "MXN"),
    ("Проект стоит 90 млн гривен.", "ru", "UAH"),
    ("Кредит на 15 млн молдавских леев.", "ru", "MDL"),
    ("Поставки на 8 млрд нигерийских найр.", "ru", "NGN"),
    ("Sales reached R12.5 billion last year.", "en", "ZAR"),
    ("The plant cost 40 billion Kenyan shillings.", "en", "KES"),
    ("It raised 7 million Swedish kronor.", "en", "SEK"),
])
def test_currencies_of_member_states_by_name(text, lang, code):
    """Every member state's currency is read by its name, not only the common ones."""
    (m,) = find_money(text, lang)
    assert m.currencies == (code,)


def test_english_words_that_are_currency_codes_are_not_money():
    assert find_money("In all 5 regions the pen 3 was used.", "en") == []


@pytest.mark.parametrize("text, lang, values", [
    # the bare number a change runs to takes the scale and currency it runs from
    ("Товарооборот вырос вдвое: с 58 миллионов долларов до 108 по итогам 2018 года.", "ru",
     [58e6, 108e6]),
    ("Trade rose from $58 million to 108 in 2018.", "en", [58e6, 108e6]),
    # not a year, a unit of another kind, a percentage or a number far from the first
    ("Товарооборот вырос с $58 млн до 2018 года.", "ru", [58e6]),
    ("Товарооборот вырос с 58 млн долларов до 108 тонн.", "ru", [58e6]),
    ("Доля выросла с 58 млн долларов до 12 %.", "ru", [58e6]),
    ("Товарооборот вырос с 58 млн долларов до 9000 по итогам года.", "ru", [58e6]),
])
def test_a_bare_upper_bound_of_a_change_takes_the_amount_it_runs_from(text, lang, values):
    assert [m.value for m in find_money(text, lang)] == values


@pytest.mark.parametrize("text, value, currency", [
    ("breaking the 100-billion-U.S.-dollar mark for the first time", 100e9, "USD"),
    ("a 5-billion-dollar deal on gas supplies", 5e9, "USD"),
    ("the 1.5-billion-euro loan", 1.5e9, "EUR"),
    # a symbol before it: the grammar alone read "$45"
    ("to unveil a $45-billion investment plan", 45e9, "USD"),
    ("a US$5-billion loan", 5e9, "USD"),
])
def test_an_amount_written_as_one_hyphenated_word(text, value, currency):
    [m] = find_money(text, "en")
    assert (m.value, m.currency) == (value, currency)


def test_tl_before_a_number_is_the_turkish_lira():
    [usd, tl] = find_money("a bilateral trade volume of $5 billion (TL 180.53 billion)", "en")
    assert (usd.currency, tl.value, tl.currency) == ("USD", 180.53e9, "TRY")


def test_numerals_with_a_hyphenated_case_ending():
    from accords.extractors.figures.money import find_money
    assert [(m.value, m.text) for m in find_money("5-ти миллиардов долларов достиг", "ru")] == [
        (5e9, "5-ти миллиардов долларов")]
    assert [m.value for m in find_money("от 2-х до 3-х млрд долларов", "ru")] == [2.5e9]
    assert [m.value for m in find_money("10-11 млрд долларов", "ru")] == [10.5e9]


def test_the_tail_of_a_long_worded_number_is_no_amount_of_its_own():
    from accords.extractors.figures.money import find_money
    text = ("concessional loan assistance of up to fifteen billion, nine hundred and one million yen "
            "(¥15,901,000,000) for the project")
    assert [m.value for m in find_money(text, "en")] == [15_901_000_000]
    assert [m.value for m in find_money("a grant of a billion dollars", "en")] == [1e9]


def test_a_year_before_and_is_no_part_of_the_next_amount():
    from accords.extractors.figures.money import find_money
    text = "raising two-way trade to 100 billion USD by 2023 and 150 billion USD by 2030."
    assert [m.value for m in find_money(text, "en")] == [100e9, 150e9]
    assert [m.value for m in find_money("товарооборот 1 млрд 200 млн долларов", "ru")] == [1.2e9]


def test_a_restatement_in_pesos_borrows_no_dollar():
    found = find_money("can be translated to $14.36 billion or P804.78 billion in investment pledges", "en")
    assert [(m.value, m.currencies) for m in found] == [(14.36e9, ("USD",))]
