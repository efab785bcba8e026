"""Round 34: rules from the errors of the real work sets, kept where the blind sets did not
fall. Every sentence here is written for the test; each case fails without its rule."""
import pytest

from test_round_support import PUBLISHED, record


def periods(text: str, lang: str):
    return [(f.metric, f.period) for f in record(text, lang).figures]


# -- the period of deals signed at the reported meeting ------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("По итогам визита стороны подписали 14 соглашений на общую сумму 2 млрд долларов.", "ru"),
    ("The two sides signed 14 agreements worth $2 billion following the talks.", "en"),
    ("Сапар барысында жалпы құны 2 млрд доллар болатын 14 келісімге қол қойылды.", "kk"),
])
def test_deals_in_a_text_that_never_writes_its_year_are_undated(text, lang):
    # real releases' annotators leave such deals undated (32 of 44 in the work sets)
    assert periods(text, lang) == [("agreements_value", None)]


@pytest.mark.parametrize("text, lang", [
    ("Москва, 14 мая 2024 года. По итогам визита стороны подписали 14 соглашений на общую сумму "
     "2 млрд долларов.", "ru"),
    ("TASHKENT, May 14, 2024. The two sides signed 14 agreements worth $2 billion following the "
     "talks.", "en"),
    ("2024 жылғы сапар барысында жалпы құны 2 млрд доллар болатын 14 келісімге қол қойылды.", "kk"),
])
def test_deals_in_a_text_that_writes_its_year_keep_it(text, lang):
    assert PUBLISHED.startswith("2024")
    assert periods(text, lang) == [("agreements_value", "2024")]
