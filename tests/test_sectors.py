"""sectors: lexicon matching over lemmas, names and asides kept out, evidence offsets."""
from __future__ import annotations

from datetime import date

import pytest

from accords.extractors import sectors
from accords.nlp import Analysis, analyze
from accords.record import SECTOR_IDS, Record


def ids(text: str, lang: str = "ru") -> list[str]:
    doc = analyze(text, lang=lang, published=date(2025, 5, 1))
    return sorted(s.id for s in sectors.extract(doc, Record()))


def test_inflected_phrases_and_abbreviations():
    text = ("Стороны обсудили развитие агропромышленного комплекса, цифровизацию, "
            "искусственный интеллект, ИИ и работу Среднего коридора.")
    assert ids(text) == ["agriculture", "digital", "transport_logistics"]


def test_one_phrase_two_sectors_and_longest_match():
    # "перерабатывающая промышленность" is both farming and industry
    assert ids("Интерес представляет перерабатывающая промышленность.") == ["agriculture", "industry"]
    # a grain deal and humanitarian aid are not the farming or humanitarian spheres
    assert ids("Он отметил роль Турции в заключении зерновой сделки.") == []
    assert ids("Россия направила гуманитарную помощь.") == []


def test_every_sector_has_words_in_both_lexicons():
    ru = ("Торговля, инвестиции, промышленность, энергетика, логистика, цифровизация, "
          "сельское хозяйство, строительство, туризм, образование, наука, здравоохранение, "
          "культура, оборона, гражданская авиация, финансы, водные ресурсы, недропользование, "
          "экология.")
    en = ("Trade, investment, industry, energy, logistics, digitalization, agriculture, "
          "construction, tourism, education, science, healthcare, culture, defense, "
          "civil aviation, finance, water, mining, ecology.")
    assert ids(ru) == sorted(SECTOR_IDS)
    assert ids(en, "en") == sorted(SECTOR_IDS)


def test_names_and_titles_do_not_count():
    text = ("Министр энергетики Иван Петров выступил на инвестиционном форуме. Заседание "
            "межправительственной комиссии по научно-техническому сотрудничеству открылось.")
    assert ids(text) == []
    en = ("The Minister of Trade and Integration spoke at the Digital Almaty Forum. "
          "The commission on economic cooperation met.")
    assert ids(en, "en") == []


def test_aside_sentence_does_not_count():
    text = "Президенты обсудили транспорт. Ранее министр обсудил инвестиционные проекты с банком."
    assert ids(text) == ["transport_logistics"]


def test_words_with_other_senses():
    assert ids("Об этом сообщает Газета.Ru. Реклама. Новости.") == []
    assert ids("It is important. It was noted.", "en") == []
    assert ids("IT companies and the digital economy grow.", "en") == ["digital"]


def test_generic_head_yields_to_the_sector_of_its_object():
    # building a plant, a school or a wind farm is that sector's topic, not construction
    assert ids("Обсуждено строительство нефтеперерабатывающего завода и школ.") == [
        "education", "energy"]
    assert ids("They discussed the construction of wind farms and hospitals.", "en") == [
        "energy", "healthcare"]
    # building a road or a bridge is construction work as well as transport
    assert ids("Обсуждено строительство моста.") == ["construction", "transport_logistics"]
    assert ids("They discussed the construction of a railway.", "en") == [
        "construction", "transport_logistics"]
    # coordination is not an object: both sectors count
    assert ids("Сотрудничество в сфере строительства и энергетики.") == ["construction", "energy"]
    # "X industry" is X
    assert ids("Обсуждена нефтегазовая промышленность.") == ["energy"]
    assert ids("Cooperation in the oil and gas industry.", "en") == ["energy"]
    assert ids("Речь шла о производстве электроэнергии.") == ["energy"]
    assert ids("Речь шла о производстве стекла.") == ["industry"]


def test_more_ways_to_name_a_sector():
    assert ids("Стороны обсудили цифровизацию таможни.") == ["digital"]
    assert ids("Обсуждены критически важные минералы.") == ["mining"]
    assert ids("Обсуждено развитие солнечной генерации.") == ["energy"]
    assert ids("Стороны обсудили охрану лесов и биоразнообразие.") == ["environment"]
    assert ids("Обсуждена подготовка специалистов.") == ["education"]
    assert ids("Работают предприятия с участием иностранного капитала.") == ["investment"]
    assert ids("Обсуждено создание совместных производств и глубокая переработка хлопка.") == [
        "industry"]
    assert ids("Обсуждены условия кредитования.") == ["finance"]
    assert ids("Exports of sunflower oil and rapeseed oil grew.", "en") == ["agriculture", "trade"]


def test_words_in_names_and_related_headlines_do_not_count():
    assert ids("Students studied at the University of Science and Technology.", "en") == ["education"]
    assert ids("Груз доставлен совместно со Всемирной продовольственной программой.") == []
    assert ids("Производство грузовых автомобилей выросло.") == ["industry"]
    assert ids("Министры обсудили торговлю.\n\nЧитайте также:\nЧисло туристов выросло") == ["trade"]
    assert ids("Trade grew.\n\nRelated: New solar plant opens in Samarkand", "en") == ["trade"]


def test_evidence_points_to_every_mention():
    text = "Товарооборот вырос. Растет и взаимная торговля, отметил министр."
    doc = analyze(text, lang="ru")
    (trade,) = sectors.extract(doc, Record())
    assert trade.id == "trade"
    assert [text[s:e] for s, e in trade.evidence] == ["Товарооборот", "торговля"]


def test_sectors_in_span_helper():
    text = "Стороны обсудили энергетику. Отдельно говорили о туризме."
    doc = analyze(text, lang="ru")
    assert sectors.sectors_in(doc, 0, text.index(".") + 1) == ["energy"]


@pytest.mark.parametrize("text", ["", "...", "12345", "«»—", "IT", "Реклама"])
def test_odd_text_never_crashes(text):
    assert ids(text) in ([], ["digital"])
    assert ids(text, "en") in ([], ["digital"])


def test_empty_analysis_never_crashes():
    for lang in ("ru", "en"):
        doc = Analysis(text="  \n", lang=lang, published=None, sents=[], tokens=[], spans=[])
        assert sectors.extract(doc, Record()) == []


def test_dev_set_f1(dev_docs, dev_gold):
    gold = {g["id"]: set(g["sectors"]) for g in dev_gold}
    tp = fp = fn = 0
    for d in dev_docs:
        doc = analyze(d["text"], lang=d["lang"])
        pred = {s.id for s in sectors.extract(doc, Record())}
        g = gold.get(d["id"], set())
        tp, fp, fn = tp + len(pred & g), fp + len(pred - g), fn + len(g - pred)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.8, f1
