"""Round 24: rules from real releases' misses (tests/real136–real140 and the older work sets).
Every sentence here is written for the test; each case fails without its rule."""
from accords.pipeline import extract_text


def figures(text: str, lang: str = "ru", date: str = "2025-04-02"):
    return [(f.metric, f.kind, f.value, f.period) for f in extract_text(text, date=date, lang=lang).figures]


def test_aid_given_keeps_no_period_unless_the_text_gives_one():
    # a grant or loan is no flow over a period: the publication's year is not its period
    assert figures("Правительство Японии выделило Монголии грант в размере 2 млн долларов на "
                   "строительство школы.") == [("other", "actual", 2_000_000, None)]
    assert figures("Japan has extended a grant of $2 million to Mongolia for a new school.",
                   lang="en") == [("other", "actual", 2_000_000, None)]


def test_aid_with_its_year_written_keeps_it():
    assert figures("В 2024 году Япония выделила Монголии грант в размере 2 млн долларов на "
                   "строительство школы.") == [("other", "actual", 2_000_000, "2024")]


def test_deals_signed_at_the_meeting_keep_the_publication_year():
    assert figures("По итогам переговоров стороны подписали соглашения на общую сумму 3 млрд "
                   "долларов.") == [("agreements_value", "actual", 3_000_000_000, "2025")]
