"""Projects: named initiatives, programmes, facilities and events, each with its evidence."""
from __future__ import annotations

import pytest

from accords.extractors import projects
from accords.nlp import analyze
from accords.record import Record


def names(text: str, lang: str = "ru") -> dict[str, str]:
    doc = analyze(text, lang)
    out = {}
    for p in projects.extract(doc, Record()):
        s, e = p.evidence
        out[p.name] = text[s:e]
    return out


def test_russian_names_around_cue_nouns():
    text = ("Стороны обсудили развитие Среднего коридора и Транскаспийского международного "
            "транспортного маршрута, участие в инициативе «Один пояс — один путь» и строительство "
            "газопровода Туркменистан — Узбекистан — Казахстан — Китай. В Казахстане создан "
            "Международный центр искусственного интеллекта Alem.ai и реализуется пилотная зона "
            "CryptoCity. Делегация приглашена на EXPO 2027 в Белграде и на Павлодарский алюминиевый завод.")
    got = names(text)
    assert got["Средний коридор"] == "Среднего коридора"
    assert got["Транскаспийский международный транспортный маршрут"] == \
        "Транскаспийского международного транспортного маршрута"
    assert got["Один пояс — один путь"] == "Один пояс — один путь"
    assert got["газопровод Туркменистан — Узбекистан — Казахстан — Китай"].startswith("газопровода")
    assert got["Alem.ai"] == "Alem.ai"
    assert got["CryptoCity"] == "CryptoCity"
    assert got["EXPO 2027"] == "EXPO 2027"
    assert "Павлодарский алюминиевый завод" in got


def test_year_of_as_a_named_initiative():
    got = names("В рамках объявленного Главой государства Года цифровизации и искусственного интеллекта "
                "запущены новые проекты.")
    assert "Год цифровизации и искусственного интеллекта" in got


@pytest.mark.parametrize("text", [
    "Новый проект будет реализован в следующем году.",
    "Программа визита включает встречи с бизнесом.",
    "Стороны обсудили транспортные коридоры и логистические центры.",
    "Компания «Казахстан темир жолы» увеличила перевозки.",
])
def test_common_nouns_are_not_projects(text):
    assert names(text) == {}


def test_english_capitalised_runs_with_a_cue():
    text = ("Bektenov spoke at the Astana International Forum on May 29. The parties discussed the "
            "Trans-Caspian International Transport Route and the Karagandy–Zhezkazgan highway. "
            "Trade grew by 10%.")
    got = names(text, "en")
    assert set(got) == {"Astana International Forum", "Trans-Caspian International Transport Route",
                        "Karagandy–Zhezkazgan highway"}


@pytest.mark.parametrize("text", ["", "«", "EXPO", "Forum", "— , —", "1234"])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_odd_texts_do_not_crash(text, lang):
    doc = analyze(text, lang)
    assert isinstance(projects.extract(doc, Record()), list)
