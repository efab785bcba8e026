"""organizations: natasha's ORG spans cleaned, government bodies by lemmas, states attached."""
from __future__ import annotations

from accords.pipeline import extract_text


def orgs(text: str, lang: str = "ru") -> dict:
    return {o.name: o for o in extract_text(text, lang=lang).organizations}


def test_government_bodies_in_any_case_with_state():
    os_ = orgs("Между Правительством РФ и Кабинетом министров Республики Узбекистан подписан "
               "протокол. Министерство иностранных дел Казахстана приветствовало решение.")
    assert os_["Правительство РФ"].country == "RUS"
    assert any(n.startswith("Кабинет министров") and o.country == "UZB" for n, o in os_.items())
    assert any(n.startswith("Министерство иностранных дел") and o.country == "KAZ" for n, o in os_.items())


def test_mid_with_state_and_mentions_merged():
    os_ = orgs("Как сообщили в МИД России, переговоры продолжатся. В МИД России уточнили детали.")
    assert os_["МИД России"].country == "RUS"
    assert len(os_["МИД России"].mentions) == 2


def test_lowercase_body_needs_a_state():
    os_ = orgs("Правительство рассчитывает на рост. Решение правительства Казахстана принято.")
    assert "Правительство Казахстана" in os_
    assert os_["Правительство Казахстана"].country == "KAZ"


def test_english_patterns():
    os_ = orgs("The Ministry of Foreign Affairs of Kazakhstan and the World Bank Vice President "
               "Anna Rossi discussed UNDP projects with the Kazakh Foreign Ministry.", "en")
    assert os_["Ministry of Foreign Affairs of Kazakhstan"].country == "KAZ"
    assert "World Bank" in os_
    assert "UNDP" in os_
    assert os_["Kazakh Foreign Ministry"].country == "KAZ"
