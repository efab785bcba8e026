"""Round 25: rules from real releases' misses (the work sets real1–real153 and the new ones).
Every sentence here is written for the test; each case fails without its rule."""
from accords.pipeline import extract_text


def commitments(text: str, lang: str = "ru", date: str = "2025-04-02"):
    return [(c.actor, c.modality) for c in extract_text(text, date=date, lang=lang).commitments]


def figures(text: str, lang: str = "ru", date: str = "2025-04-02"):
    return [(f.metric, f.kind, f.value, f.period) for f in extract_text(text, date=date, lang=lang).figures]


_EMIR_AND_PRESIDENT = ("Qatari Emir Tamim bin Hamad Al Thani received Kenyan President William "
                       "Ruto in Doha.\n\n")


def test_the_emir_is_the_monarch_not_the_president_he_met():
    assert commitments(_EMIR_AND_PRESIDENT + "The Emir expressed his desire to expand trade.",
                       lang="en") == [("QAT", "intend")]
    assert commitments(_EMIR_AND_PRESIDENT + "The Emir said he wants to expand trade.",
                       lang="en") == [("QAT", "intend")]


def test_the_president_is_no_king():
    text = ("Kenyan President William Ruto met King Abdullah II of Jordan in Amman.\n\n"
            "The President said Nairobi is ready to expand trade.")
    assert commitments(text, lang="en") == [("KEN", "ready")]
