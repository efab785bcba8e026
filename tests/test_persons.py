"""persons: names in the nominative, titles, role classes and states on texts written here."""
from __future__ import annotations

import pytest

from accords.extractors import extract_text
from accords.extractors.names import normalize_ru, surname_key
from accords.extractors.roles import classify


def persons(text: str, lang: str = "ru") -> dict:
    rec = extract_text(text, lang=lang)
    return {p.name: p for p in rec.persons}


@pytest.mark.parametrize("words, cases, hint, expected", [
    (["Касым-Жомартом", "Кемелевичем", "Токаевым"], None, None, "Касым-Жомарт Токаев"),
    (["Садыром", "Жапаровым"], ["Ins", "Nom"], None, "Садыр Жапаров"),
    (["Чан", "Ваньцюаню"], ["Nom", "Nom"], "Dat", "Чан Ваньцюань"),
    (["Миеэгомбыном", "Энхболдом"], ["Nom", "Nom"], "Ins", "Миеэгомбын Энхболд"),
    (["Марии", "Захаровой"], None, None, "Мария Захарова"),
    (["Сергей", "Лавровым"], ["Nom", "Ins"], None, "Сергей Лавров"),
    (["Ахмедом", "Абу", "аль-Гейтом"], None, None, "Ахмед Абу аль-Гейт"),
    (["Мевлютом", "Чавушоглу"], None, None, "Мевлют Чавушоглу"),
    (["Бинали", "Йылдырым"], ["Nom", "Nom"], None, "Бинали Йылдырым"),
    (["Аркадия", "Дворковича"], None, None, "Аркадий Дворкович"),
    (["Вучичем"], ["Ins"], None, "Вучич"),
])
def test_normalize_ru(words, cases, hint, expected):
    assert " ".join(normalize_ru(words, cases, hint)) == expected


def test_surname_key():
    assert surname_key("Шавкат Мирзиёев") == "мирзиеев"


@pytest.mark.parametrize("keys, lang, expected", [
    ("премьер-министр", "ru", "head_of_government"),
    ("заместитель председатель правительство", "ru", "deputy_head_of_government"),
    ("глава мид", "ru", "minister"),
    ("глава минобороны", "ru", "minister"),
    ("замминистра нефть", "ru", "deputy_minister"),
    ("пресс-секретарь президент", "ru", "other_official"),
    ("председатель правление", "ru", "business"),
    ("аким область", "ru", "regional_head"),
    ("deputy foreign minister", "en", "deputy_minister"),
    ("vice president", "en", "other_official"),
    ("governor", "en", "regional_head"),
])
def test_classify(keys, lang, expected):
    assert classify(lang, keys.split()) == expected


def test_title_before_and_country():
    ps = persons("Премьер-министр Республики Казахстан Ержан Калиев провел встречу с "
                 "министром иностранных дел Сербии Миланом Петровичем в Астане.")
    assert ps["Ержан Калиев"].role_class == "head_of_government"
    assert ps["Ержан Калиев"].country == "KAZ"
    assert ps["Ержан Калиев"].role.startswith("Премьер-министр")
    assert ps["Милан Петрович"].role_class == "minister"
    assert ps["Милан Петрович"].country == "SRB"


def test_patronymic_dropped_and_surname_merged():
    text = ("Президент Узбекистана Бахтиёр Рахимов принял делегацию. "
            "Переговоры с Бахтиёром Олимовичем Рахимовым прошли в Ташкенте. "
            "Рахимов отметил рост торговли.")
    ps = persons(text)
    assert list(ps) == ["Бахтиёр Рахимов"]
    p = ps["Бахтиёр Рахимов"]
    assert len(p.mentions) == 3
    assert p.role_class == "head_of_state" and p.country == "UZB"


def test_title_after_name():
    ps = persons("Виталий Орлов, заместитель премьер-министра Беларуси, заявил о росте экспорта.")
    assert ps["Виталий Орлов"].role_class == "deputy_head_of_government"
    assert ps["Виталий Орлов"].country == "BLR"


def test_colleague_takes_partner_class_and_adjective_state():
    ps = persons("Премьер-министр Турции Мехмет Озтюрк провел переговоры со своим "
                 "российским коллегой Андреем Соколовым.")
    assert ps["Андрей Соколов"].role_class == "head_of_government"
    assert ps["Андрей Соколов"].country == "RUS"


def test_ordered_pairing():
    ps = persons("Состоялись переговоры президентов России и Таджикистана "
                 "Ивана Петрова и Фаррух Саидова в Душанбе.")
    assert ps["Иван Петров"].country == "RUS"
    assert ps["Иван Петров"].role_class == "head_of_state"
    assert any(p.country == "TJK" and p.role_class == "head_of_state" for p in ps.values())


def test_english_titles_and_merge():
    text = ("ASTANA – Kazakh Prime Minister Nurlan Bekov met with President of Serbia "
            "Dragan Jovanovic. Bekov said trade grew by 7%. "
            "Deputy Foreign Minister Aibek Sadykov and World Bank Vice President Anna Rossi also attended.")
    ps = persons(text, "en")
    assert ps["Nurlan Bekov"].role_class == "head_of_government"
    assert ps["Nurlan Bekov"].country == "KAZ"
    assert len(ps["Nurlan Bekov"].mentions) == 2
    assert ps["Dragan Jovanovic"].country == "SRB"
    assert ps["Dragan Jovanovic"].role_class == "head_of_state"
    assert ps["Aibek Sadykov"].role_class == "deputy_minister"
    assert ps["Anna Rossi"].role_class == "other_official"
    assert ps["Anna Rossi"].country is None


def test_english_glued_words_and_byline():
    text = "By Aigerim Tulegenova\n\nGerman Federal Chancellor MartinKlein visited Astana. Chancellor Klein spoke."
    ps = persons(text, "en")
    assert "Aigerim Tulegenova" in ps
    assert ps["Martin Klein"].role_class == "head_of_government"
    assert ps["Martin Klein"].country == "DEU"
    assert len(ps["Martin Klein"].mentions) == 2


def test_no_junk_persons():
    ps = persons("Фото: пресс-служба. Глава государства подчеркнул важность сотрудничества.")
    assert ps == {}


@pytest.mark.parametrize("text", ["", "Токаев", "President", "Ъ" * 50, "1 2 3", "«»—,,,"])
def test_odd_texts_do_not_crash(text):
    from accords.extractors import organizations, persons as persons_mod
    from accords.nlp.analysis import Analysis, analyze
    from accords.record import Record
    for lang in ("ru", "en"):
        doc = analyze(text, lang) if text.strip() else Analysis(text, lang, None, [], [], [])
        assert isinstance(persons_mod.extract(doc, Record()), list)
        assert isinstance(organizations.extract(doc, Record()), list)


def test_dev_persons_quality(dev_docs, dev_gold):
    from accords.eval.scoring import score_document
    gold = {g["id"]: g for g in dev_gold}
    tp = fp = fn = 0
    rc = cc = total = 0
    for d in dev_docs:
        rec = extract_text(d["text"], lang=d.get("lang"), date=d.get("date"))
        ds = score_document(rec.to_dict(), gold[d["id"]], d["text"])
        t = ds.tallies["persons"]
        tp, fp, fn = tp + t.tp, fp + t.fp, fn + t.fn
        rc += ds.accuracies["role_class"].right
        cc += ds.accuracies["person_country"].right
        total += ds.accuracies["role_class"].total
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.90
    assert rc / total >= 0.80
    assert cc / total >= 0.85
