"""Round 21 of persons on real text: a title in the lead, the name in the next sentence."""
from __future__ import annotations

from accords.pipeline import extract_text


def persons(text: str, lang: str = "en") -> list[tuple]:
    rec = extract_text(text, lang=lang).to_dict()
    return [(p["name"], p["role_class"], p["country"]) for p in rec["persons"]]


def test_a_lead_that_gives_the_title_names_the_speaker_in_the_next_sentence():
    text = ("Turkiye and Brazil are aiming to raise trade, the Turkish foreign minister has said.\n\n"
            "\"We want to increase trade,\" Mevlut Cavusoglu told a news conference following a meeting "
            "with his Brazilian counterpart Carlos Franca.")
    assert ("Mevlut Cavusoglu", "minister", "TUR") in persons(text)
    # a name two sentences on is someone else
    text = ("Turkiye and Brazil are aiming to raise trade, the Turkish foreign minister has said. Tourism "
            "grew. Journalist Ayse Kaya wrote about it.")
    assert ("Ayse Kaya", "minister", "TUR") not in persons(text)
