"""Round 35: what the work sets' errors showed that no convention explains, and a money form real
Central Asian releases write. Every sentence here is written for the test; it fails without its
rule."""
import pytest

from test_round_support import record


@pytest.mark.parametrize("text", [
    "Китай выделит Монголии кредит в 745 млн ам. долларов на строительство дороги.",
    "Китай выделит Монголии кредит в 745 млн.ам.долларов на строительство дороги.",
    "Китай выделит Монголии кредит в 745 млн амер. долларов на строительство дороги.",
])
def test_the_american_dollar_abbreviated_before_a_full_ending_is_usd(text):
    # "ам. долл." was known; "ам. долларов", as Uzbek, Tajik and Mongolian outlets write it, was not
    figures = record(text, "ru").figures
    assert [(f.value, f.currency) for f in figures] == [(745_000_000, "USD")]
