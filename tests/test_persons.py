"""persons: names in the nominative, titles, role classes and states on texts written here."""
from __future__ import annotations

import pytest

from accords.pipeline import extract_text
from accords.extractors.persons.names import normalize_ru, surname_key
from accords.extractors.persons.roles import classify


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
    (["Джорджей", "Мелони"], ["Ins", "Ins"], None, "Джорджа Мелони"),
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


# ---------------------------------------------------------------- generalisation round

@pytest.mark.parametrize("words, cases, genders, hint, expected", [
    # pymorphy reads "Руслана" as a feminine nominative; the genitive title and natasha's
    # masculine tags decide
    (["Руслана", "Ахметова"], ["Gen", "Gen"], ["Masc", "Masc"], "Gen", "Руслан Ахметов"),
    (["Абдулле", "Назарову"], ["Dat", "Dat"], ["Masc", "Masc"], "Dat", "Абдулла Назаров"),
    (["Сатоси", "Ямадой"], ["Ins", "Nom"], ["Masc", "Masc"], "Ins", "Сатоси Ямада"),
    (["Айдой", "Балаевой"], ["Ins", "Nom"], ["Masc", "Masc"], None, "Айда Балаева"),
    (["Эдиля", "Байсалова"], ["Gen", "Acc"], ["Masc", "Masc"], "Gen", "Эдиль Байсалов"),
    (["Абдуллы", "Каримова"], ["Gen", "Gen"], ["Masc", "Masc"], None, "Абдулла Каримов"),
    (["Нурлана", "Сарсенова"], ["Nom", "Nom"], ["Fem", "Fem"], None, "Нурлана Сарсенова"),
    # a last word pymorphy knows only as a woman's first name is a surname here
    (["Салима", "бин", "Рашида", "Аль", "Тани"], ["Gen", None, "Gen", None, "Gen"],
     ["Masc", None, "Masc", None, "Masc"], "Gen", "Салим бин Рашид Аль Тани"),
    (["Ван", "Цзюнем"], ["Ins", "Ins"], ["Masc", "Masc"], None, "Ван Цзюнь"),
    (["Мариной", "Зелинской"], ["Ins", "Ins"], ["Fem", "Fem"], None, "Марина Зелинская"),
])
def test_normalize_ru_case_and_gender_agree(words, cases, genders, hint, expected):
    assert " ".join(normalize_ru(words, cases, hint, genders)) == expected


def test_names_in_oblique_cases_in_context():
    ps = persons("Переговоры прошли под председательством министра экономики Казахстана "
                 "Руслана Ахметова и министра торговли Грузии Тамаза Беридзе.")
    assert {"Руслан Ахметов", "Тамаз Беридзе"} <= set(ps)


def test_name_never_crosses_a_sentence_end():
    text = ("«Мы готовы к сотрудничеству», — заявил премьер-министр Кореи Ким Чен Су.\n\n"
            "Петров пригласил корейские компании в Казань.")
    ps = persons(text)
    assert all("." not in name for name in ps)
    assert "Ким Чен Су" in ps


def test_regional_heads_take_the_state_of_their_region():
    ps = persons("Аким Карагандинской области Ержан Маратов встретился с губернатором Омской "
                 "области Иваном Лесковым. Делегацию Республики Татарстан во главе с Раисом "
                 "республики Фаридом Гариповым принял министр.")
    assert (ps["Ержан Маратов"].role_class, ps["Ержан Маратов"].country) == ("regional_head", "KAZ")
    assert (ps["Иван Лесков"].role_class, ps["Иван Лесков"].country) == ("regional_head", "RUS")
    assert (ps["Фарид Гарипов"].role_class, ps["Фарид Гарипов"].country) == ("regional_head", "RUS")


def test_plural_title_over_a_list_of_states_and_names():
    ps = persons("Министры транспорта Казахстана, Кыргызстана и Таджикистана Арман Сейтов, "
                 "Бакыт Осмонов и Фаррух Назаров подписали протокол в Бишкеке.")
    got = {n: (p.role_class, p.country) for n, p in ps.items()}
    assert got == {"Арман Сейтов": ("minister", "KAZ"), "Бакыт Осмонов": ("minister", "KGZ"),
                   "Фаррух Назаров": ("minister", "TJK")}


def test_plural_bare_title_names_the_untitled_partner():
    ps = persons("Иван Петров провел телефонный разговор с Президентом Кыргызстана Бакытом "
                 "Асановым. Главы государств обсудили торговлю между Россией и Кыргызстаном.")
    assert ps["Иван Петров"].role_class == "head_of_state"
    assert ps["Иван Петров"].country == "RUS"


def test_business_counterpart_of_a_meeting():
    ps = persons("Белорусско-узбекские переговоры прошли в Ташкенте. Белорусский министр "
                 "промышленности провел встречу с председателем правления АО «Узнефтегазмаш» "
                 "Бахромом Юсуповым.")
    assert ps["Бахром Юсупов"].role_class == "business"
    assert ps["Бахром Юсупов"].country == "UZB"


def test_english_particles_honorifics_and_eponyms():
    text = ("Uzbekistan and Saudi Arabia signed deals. Uzbek Deputy Minister of Energy Aziz "
            "Rakhimov and Nordic Power chairman Omar Haddad signed the agreements, while Saudi Minister "
            "of Energy Prince Faisal bin Ahmed visited the King Fahd University. Prince Faisal "
            "said the Kingdom was ready to invest. European Commission President Ursula von der "
            "Leyen sent a letter.")
    ps = persons(text, "en")
    assert "Faisal bin Ahmed" in ps and len(ps["Faisal bin Ahmed"].mentions) == 2
    assert ps["Faisal bin Ahmed"].role == "Saudi Minister of Energy"
    assert not any(n.endswith("Fahd") for n in ps)
    assert (ps["Omar Haddad"].role_class, ps["Omar Haddad"].country) == ("business", "SAU")
    assert ps["Ursula von der Leyen"].role_class == "other_official"
    assert ps["Ursula von der Leyen"].country is None


def test_presidential_aide_takes_the_president_state():
    text = ("President of Kazakhstan Nurlan Abenov will visit Japan at the invitation of Prime "
            "Minister Kenji Sato, presidential press secretary Daulet Ermekov said.")
    ps = persons(text, "en")
    assert ps["Daulet Ermekov"].country == "KAZ"


# ---------------------------------------------------------------- round 2: generalisation

def test_en_title_with_and_inside_keeps_the_name():
    ps = persons("Tajik Minister of Energy and Water Resources Farrukh Nazarov met with Indian "
                 "Minister of Power and Renewable Energy Rajesh Kumar in Dushanbe.", "en")
    assert set(ps) == {"Farrukh Nazarov", "Rajesh Kumar"}
    assert ps["Rajesh Kumar"].role_class == "minister" and ps["Rajesh Kumar"].country == "IND"


def test_en_ambassador_to_state_then_name():
    ps = persons("ALMATY. Kazakh Deputy Foreign Minister Yerlan Sadykov met with Turkish "
                 "Ambassador to Kazakhstan Mehmet Ali Demir to discuss trade.", "en")
    assert ps["Mehmet Ali Demir"].role_class == "ambassador"
    assert ps["Mehmet Ali Demir"].country == "TUR"


def test_en_delegation_head_takes_delegation_state():
    ps = persons("A Uzbek-Chinese investment forum was held in Tashkent. The Uzbek delegation was "
                 "headed by Deputy Minister of Energy Jasur Karimov, and the Chinese delegation by "
                 "Vice Minister of Commerce Li Wei.", "en")
    assert ps["Jasur Karimov"].country == "UZB"
    assert ps["Li Wei"].country == "CHN"


def test_en_deputy_chairman_of_cabinet():
    assert classify("en", "deputy chairman of the cabinet of ministers".split()) \
        == "deputy_head_of_government"


def test_en_company_head_in_list_after_ambassador():
    ps = persons("A Turkish-Kyrgyz plant opened in Bishkek. The ceremony was attended by Kyrgyz "
                 "Minister of Energy Taalaibek Ibraev, Turkey’s Ambassador to Kyrgyzstan Ali Kaya "
                 "and Kalyon Holding CEO Cemal Kalyoncu.", "en")
    assert ps["Ali Kaya"].country == "TUR"
    assert ps["Cemal Kalyoncu"].role_class == "business"
    assert ps["Cemal Kalyoncu"].country == "TUR"


def test_ru_chairman_of_region_is_regional_head():
    ps = persons("В Худжанде открылось совместное таджикско-узбекское предприятие. В церемонии "
                 "участвовали хоким Наманганской области Шавкат Абдуразаков и председатель "
                 "Согдийской области Таджикистана Рахмон Рахмонзода.")
    assert ps["Рахмон Рахмонзода"].role_class == "regional_head"
    assert ps["Рахмон Рахмонзода"].country == "TJK"


def test_ru_province_name_is_not_part_of_the_person():
    ps = persons("Министр промышленности Казахстана Ерлан Жумабаев и председатель народного "
                 "комитета провинции Тханьхоа Нгуен Ван Тхань открыли завод во Вьетнаме.")
    assert ps["Нгуен Ван Тхань"].role_class == "regional_head"


def test_ru_body_name_after_title_is_not_a_person():
    ps = persons("Председатель Сената Узбекистана Танзила Каримова встретилась с Председателем "
                 "Раджья Сабхи (верхней палаты Парламента) Республики Индия Джагдипом Дханкаром. "
                 "Стороны подписали меморандум между Сенатом и Раджья Сабхой.")
    assert set(ps) == {"Танзила Каримова", "Джагдип Дханкар"}
    assert ps["Джагдип Дханкар"].role_class == "parliament"
    assert ps["Джагдип Дханкар"].country == "IND"


def test_ru_head_of_the_company_named_before():
    ps = persons("Казахстан и Киргизия запустили совместное производство. В проекте участвует "
                 "казахстанская компания «Степь Агро». Директор компании Нурлан Сейткали сообщил, "
                 "что завод заработает летом.")
    assert ps["Нурлан Сейткали"].role_class == "business"
    assert ps["Нурлан Сейткали"].country == "KAZ"


def test_ru_name_after_long_state_name_and_short_repeat():
    ps = persons("В Ханое прошло заседание межправкомиссии под председательством Заместителя "
                 "Премьер-министра Республики Казахстан Серика Жумангарина и Заместителя "
                 "Премьер-министра Социалистической Республики Вьетнам Чан Хонг Ха. Чан Хонг Ха "
                 "отметил рост торговли.")
    assert ps["Чан Хонг Ха"].role_class == "deputy_head_of_government"
    assert ps["Чан Хонг Ха"].country == "VNM"
    assert len(ps) == 2


def test_en_government_official_takes_dateline_state():
    ps = persons("BAKU, May 3. /Trend/. Kazakh Prime Minister Olzhas Bektenov will pay an official "
                 "visit to Azerbaijan next week, government spokesperson Aygun Mammadova told "
                 "reporters.", "en")
    assert ps["Aygun Mammadova"].role_class == "other_official"
    assert ps["Aygun Mammadova"].country == "AZE"


def test_ru_place_name_after_place_noun_is_not_a_person():
    ps = persons("В порту Кирилла Каспийской области губернатор области Андрей Смирнов открыл "
                 "новый терминал.")
    assert "Кирилл" not in ps and "Кирилла" not in ps
    assert "Андрей Смирнов" in ps


def test_ru_lone_word_tagged_as_place_elsewhere_is_not_a_person():
    ps = persons("В порту Оля Астраханской области открыт терминал. Паромная линия Оля – Актау "
                 "начнет работу летом, сообщил губернатор области Андрей Смирнов.")
    assert "Оля" not in ps
    assert "Андрей Смирнов" in ps


def test_en_company_word_before_name_is_not_part_of_it():
    ps = persons("Kyrgyz President Sadyr Japarov received the Chairman of the Board of Korea "
                 "Eximbank Yoon Hee-sung in Bishkek.", "en")
    assert "Yoon Hee-sung" in ps
    assert ps["Yoon Hee-sung"].role_class == "business"


def test_ru_head_of_a_parliament_the_lemmatiser_does_not_know():
    ps = persons("Председатель Жогорку Кенеша Нурланбек Шакиев встретился с Председателем "
                 "Великого Национального Собрания Турции Нуманом Куртулмушем.")
    assert ps["Нурланбек Шакиев"].role_class == "parliament"
    assert ps["Нурланбек Шакиев"].country == "KGZ"


def test_side_represented_by():
    ps = persons("On the Uzbek side, the document was signed by Minister of Energy Jurabek "
                 "Mirzamahmudov, and on the Saudi side by ACWA Power chairman Mohammad Abunayyan.",
                 "en")
    assert ps["Mohammad Abunayyan"].country == "SAU"
    ps = persons("Казахстан и Китай подписали соглашение. Казахстанскую сторону представлял "
                 "министр энергетики Ерлан Аккенженов.")
    assert ps["Ерлан Аккенженов"].country == "KAZ"


def test_en_lone_word_after_the_is_part_of_a_title():
    ps = persons("Chairman of the Mazhilis Yerlan Koshanov met with Speaker of the Grand National "
                 "Assembly of Turkey Numan Kurtulmus.", "en")
    assert set(ps) == {"Yerlan Koshanov", "Numan Kurtulmus"}
    assert ps["Numan Kurtulmus"].country == "TUR"


def test_delegation_list_members_share_its_state():
    ps = persons("Переговоры Казахстана и Турции прошли в Анкаре. С казахстанской стороны участие "
                 "приняли заместитель министра Ерлан Сабитов и посол Ерлан Ахметов.")
    assert ps["Ерлан Ахметов"].country == "KAZ"
    ps = persons("The Kazakh delegation was led by Deputy Minister Yerlan Sabitov, Ambassador Yerlan "
                 "Akhmetov and KTZ chairman Nurlan Sauranbayev. Talks with Turkey were held in "
                 "Ankara.", "en")
    assert ps["Yerlan Akhmetov"].country == "KAZ"
    assert ps["Nurlan Sauranbayev"].country == "KAZ"


def test_a_list_after_a_states_government_and_a_colon_is_of_that_state():
    ps = persons("Министр промышленности России провел переговоры в Ташкенте. Состоялись также "
                 "встречи с руководством правительства Узбекистана: премьер-министром Нурланом "
                 "Каримовым и заместителем премьер-министра Тимуром Алиевым, сообщили в Минпромторге РФ.")
    assert ps["Тимур Алиев"].country == "UZB"


def test_ru_title_with_a_list_of_portfolios():
    ps = persons("Министр сельского хозяйства, лесного хозяйства и рыболовства Японии Кэндзи "
                 "Ямада провел переговоры с заместителем министра энергетики, науки и технологий "
                 "Таиланда Сомчаем Пратом в Астане.")
    assert (ps["Кэндзи Ямада"].role_class, ps["Кэндзи Ямада"].country) == ("minister", "JPN")
    assert (ps["Сомчай Прат"].role_class, ps["Сомчай Прат"].country) == ("deputy_minister", "THA")


def test_ru_full_name_natasha_missed_once_is_found_by_its_other_mention():
    ps = persons("АСТАНА, 3 июня — Агентство. Президент Турецкой Республики Мустафа Кемаль Озбек "
                 "посетит Казахстан. Запланированы переговоры Мустафы Кемаля Озбека и главы государства.")
    p = ps["Мустафа Кемаль Озбек"]
    assert (p.role_class, p.country) == ("head_of_state", "TUR")


def test_ru_adjectival_surname_in_oblique_case_joins_the_person():
    ps = persons("Вице-премьер Беларуси Леонид Ковальский встретился с коллегой. "
                 "По словам Ковальского, товарооборот вырос.")
    assert list(ps) == ["Леонид Ковальский"]


def test_ru_local_heads_and_friendship_group():
    ps = persons("В церемонии участвовал глава исполнительной власти Губинского района "
                 "Азербайджана Рашад Алиев. Губернатор Хабаровского края Олег Иванов встретился с "
                 "председателем группы дружбы «Италия – Россия» Марко Росси.")
    assert (ps["Рашад Алиев"].role_class, ps["Рашад Алиев"].country) == ("regional_head", "AZE")
    assert (ps["Олег Иванов"].role_class, ps["Олег Иванов"].country) == ("regional_head", "RUS")
    assert ps["Марко Росси"].role_class == "parliament"


def test_en_corporate_vice_president_and_minister_delegate_in_the_delegation():
    ps = persons("President Ahmad Karimov received a Malaysian delegation led by Minister Delegate "
                 "for Foreign Trade Aisha Rahman. The delegation also included Petronas Executive "
                 "Vice President Hamid Osman.", lang="en")
    assert "Delegate" not in ps
    assert (ps["Aisha Rahman"].role_class, ps["Aisha Rahman"].country) == ("minister", "MYS")
    assert (ps["Hamid Osman"].role_class, ps["Hamid Osman"].country) == ("business", "MYS")


def test_ru_foreign_a_surname_after_an_instrumental_title():
    ps = persons("Посол встретился с министром торговли Ганы Кофи Аддомой. "
                 "Кофи Аддома предложил расширить поставки.")
    assert list(ps) == ["Кофи Аддома"]


def test_ru_source_of_figures_is_not_a_person():
    ps = persons("По данным Госкомстата, товарооборот вырос. По словам Петрова, рост продолжится.")
    assert "Госкомстат" not in ps and "Госкомстата" not in ps
    assert "Петров" in ps


def test_en_names_with_latin_extended_letters():
    ps = persons("President of Serbia Dragan Petrović met Minister Łukasz Żak in Belgrade.", lang="en")
    assert "Dragan Petrović" in ps and "Łukasz Żak" in ps


def test_company_named_earlier_with_a_state_adjective_gives_its_head_state():
    ps = persons("Министр Казахстана Ерлан Нуров и министр Турции Мехмет Озтюрк открыли завод, "
                 "созданный турецкой компанией «Анадолумаш». «Мы довольны», — сказал генеральный "
                 "директор «Анадолумаша» Али Йылмаз.")
    assert (ps["Али Йылмаз"].role_class, ps["Али Йылмаз"].country) == ("business", "TUR")
    ps = persons("Kazakhstan and France signed deals. The French company Alstom will build trains. "
                 "Prime Minister Olzhas Bektenov met Alstom Senior Vice President Pierre Dubois.",
                 lang="en")
    assert (ps["Pierre Dubois"].role_class, ps["Pierre Dubois"].country) == ("business", "FRA")


def test_businessman_of_the_one_business_delegation():
    ps = persons("Президент Узбекистана Шавкат Мирзиёев принял деловую делегацию Франции во главе с "
                 "министром Клер Моро. Во встрече участвовал старший вице-президент компании Alstom "
                 "Лоран Жирар.")
    assert (ps["Лоран Жирар"].role_class, ps["Лоран Жирар"].country) == ("business", "FRA")


def test_untitled_name_beside_a_leader_takes_the_title_the_text_gives_its_state():
    text = ("Президент Турции Мустафа Озбек посетит Кыргызстан, сообщила руководитель "
            "пресс-службы президента Кыргызстана Айгуль Асанова. Запланированы переговоры "
            "Талгата Бекова и Мустафы Озбека.")
    p = persons(text)["Талгат Беков"]
    assert (p.role_class, p.country) == ("head_of_state", "KGZ")
    p = persons("Президент Турции Мустафа Озбек посетит Кыргызстан. Запланированы переговоры "
                "Талгата Бекова и Мустафы Озбека.")["Талгат Беков"]
    assert p.role_class == "other"           # no title for him anywhere in the text


def test_compound_adjective_in_headline_is_no_person():
    text = ("В Ташкенте прошло заседание Казахстанско-узбекской комиссии\n\n"
            "ТАШКЕНТ, 2 апреля. Премьер-министр Узбекистана Абдулла Арипов принял посла Казахстана "
            "Ерлана Карина.")
    got = persons(text)
    assert not any("-" in n and n.lower().startswith("казахстанско") for n in got), got
    assert "Абдулла Арипов" in got


def test_tajik_parliament_chair():
    text = ("Душанбе, 3 марта. Председатель Маджлиси намояндагон Маджлиси Оли Республики Таджикистан "
            "Мухаммадтоир Зокирзода принял посла Японии Такэси Кимуру.")
    got = persons(text)
    assert "Маджлиси Оли" not in got, got
    p = got["Мухаммадтоир Зокирзода"]
    assert (p.role_class, p.country) == ("parliament", "TJK")


def test_english_ministry_words_are_not_names():
    text = ("PRETORIA, 2 May 2026 - The Minister of International Relations and Cooperation, "
            "Thandi Mokoena, today received the Minister of Mines and Petroleum of Brazil, Mauro Lima. "
            "Lima also met Deputy President Sipho Dlamini.")
    got = persons(text, "en")
    assert "Relations" not in got and "Thandi Mokoena" in got, got
    assert got["Sipho Dlamini"].role_class == "deputy_head_of_government"


def test_turkmen_upper_house_chair():
    text = ("Ашхабад. Председатель Халк Маслахаты Туркменистана Бахтияр Ораздурдыев принял делегацию "
            "Ирана во главе с министром дорог Мехрдадом Базрпашем.")
    p = persons(text)["Бахтияр Ораздурдыев"]
    assert (p.role_class, p.country) == ("parliament", "TKM")


def test_english_presiding_officers_are_parliament():
    text = ("ROME, 3 March 2026. Italian Senate President Marco Bellini received a delegation of the "
            "Kazakh parliament led by Yerlan Koshanov, Chairman of the Mazhilis of Kazakhstan.")
    got = persons(text, "en")
    assert got["Marco Bellini"].role_class == "parliament"
    assert (got["Yerlan Koshanov"].role_class, got["Yerlan Koshanov"].country) == ("parliament", "KAZ")


def test_english_state_before_portfolio():
    text = ("The loan agreement was signed in Doha by Kyrgyz Finance Minister Almaz Baketaev and "
            "Qatar Fund Director General Khalid Al-Thani.")
    got = persons(text, "en")
    p = got["Almaz Baketaev"]
    assert (p.role_class, p.country) == ("minister", "KGZ")


def test_npc_standing_committee_is_parliament():
    text = ("Астана, 2 июня. Председатель Сената Казахстана Маулен Ашимбаев встретился с заместителем "
            "председателя Постоянного комитета ВСНП Ван Хунчжуном.")
    p = persons(text)["Ван Хунчжун"]
    assert (p.role_class, p.country) == ("parliament", "CHN")


def test_english_names_with_initials_coordination_and_page_words():
    from accords.pipeline import extract_text
    rec = extract_text("Presidents Luiz Inácio Lula da Silva of Brazil and Claudia Sheinbaum of Mexico held a "
                       "telephone conversation. According to a statement from the Planalto Palace, Vice "
                       "President Geraldo Alckmin will visit Mexico.", lang="en")
    names = [p.name for p in rec.persons]
    assert "Claudia Sheinbaum" in names and "Luiz Inácio Lula da Silva" in names
    assert not any("Palace" in n for n in names)
    rec = extract_text("Secretary of State Antony J. Blinken spoke with Pakistani Foreign Minister Bilawal "
                       "Bhutto Zardari.", lang="en")
    assert [p.name for p in rec.persons][0] == "Antony J. Blinken"
    rec = extract_text("By Hu Yongqi Updated: 2016-09-01 07:07\nChinese President Xi Jinping met Canadian "
                       "Prime Minister Justin Trudeau.", lang="en")
    assert "Hu Yongqi" in [p.name for p in rec.persons]


def test_russian_titles_read_in_the_nominative_singular():
    """The title as users read it, not in the case the sentence needed; the evidence still
    points at the words as written."""
    text = ("Премьер-министр Казахстана Олжас Бектенов провел переговоры с Председателем "
            "Правительства Сербии Джуро Мацутом и с Чрезвычайным и Полномочным Послом Японии "
            "Такэси Ямадой. Министрами иностранных дел Ирана Аббасом Аракчи и Египта Бадром "
            "Абдель Ати подписан протокол. Позже он встретился с премьеру Госсовета КНР "
            "Ли Цяном и с индийским коллегой Нарендрой Моди.")
    rec = extract_text(text, lang="ru")
    roles = {p.name: p.role for p in rec.persons}
    assert roles["Олжас Бектенов"] == "Премьер-министр Казахстана"
    assert roles["Джуро Мацут"] == "Председатель Правительства Сербии"
    assert roles["Аббас Аракчи"] == "Министр иностранных дел Ирана"
    assert roles["Нарендра Моди"] == "индийский коллега"
    ambassador = next(p for p in rec.persons if p.role and "Посол" in p.role)
    assert ambassador.role == "Чрезвычайный и Полномочный Посол Японии"
    assert "Послом" in text[ambassador.mentions[0][0] - 40:ambassador.mentions[0][0]]


def test_nominative_phrase_keeps_what_follows_the_head():
    from accords.nlp.analysis import analyze
    from accords.nlp.morph import nominative_phrase
    doc = analyze("Он говорил с первым заместителем премьер-министра Узбекистана.", "ru")
    toks = doc.tokens_in(doc.text.index("первым"), doc.text.index("."))
    assert nominative_phrase(toks, 1, singular=True) == "первый заместитель премьер-министра Узбекистана"


def test_a_well_known_leader_named_without_title_acts_for_his_state():
    ps = persons("Президент Узбекистана Шавкат Мирзиёев по приглашению Владимира Путина совершил "
                 "государственный визит в Москву. Мирзиёев провел переговоры с Владимиром Путиным.")
    assert ps["Владимир Путин"].country == "RUS"


def test_a_well_known_leader_with_a_bare_title_acts_for_his_state():
    # a state guessed for a bare title from the context ("президент" in an Armenian setting)
    # yields to the leaders lexicon; a state the title itself names does not
    from accords.extractors.persons.build import _known_leaders_states
    from accords.extractors.persons.model import Mention, PersonDraft, Title
    from accords.nlp import analyze
    text = "Президент (Владимир Путин) просил передать привет, сказал премьер Армении."
    doc = analyze(text, lang="ru")
    a = text.index("Владимир")
    mention = Mention(a, a + len("Владимир Путин"), 0, 0, ["Владимир", "Путин"])
    bare = PersonDraft(mentions=[mention], name_words=["Владимир", "Путин"], country="ARM",
                       title=Title(0, 9, "head_of_state"))
    named = PersonDraft(mentions=[mention], name_words=["Владимир", "Путин"], country="ARM",
                        title=Title(0, 9, "head_of_state", "ARM", ["ARM"]))
    _known_leaders_states(doc, [bare, named])
    assert (bare.country, named.country) == ("RUS", "ARM")


def test_us_titles_name_their_state():
    ps = persons("Deputy Secretary of State Wendy Sherman and Republic of Korea (ROK) First Vice "
                 "Foreign Minister Cho Hyun-dong held a call today.", "en")
    assert (ps["Wendy Sherman"].country, ps["Cho Hyun-dong"].country) == ("USA", "KOR")


def test_an_english_title_with_an_article_before_a_comma_is_another_persons():
    ps = persons("Prime Minister Nguyen Xuan Phuc received Russian Ambassador to Vietnam Konstantin "
                 "Vnukov in Hanoi. Speaking to the Russian diplomat, PM Phuc welcomed the meeting.", "en")
    assert ps["Nguyen Xuan Phuc"].country == "VNM"
    assert ps["Konstantin Vnukov"].country == "RUS"


def test_a_first_name_and_patronymic_is_the_person_named_in_full():
    ps = persons("Премьер-министр Беларуси Сергей Румас и председатель правительства РФ Дмитрий "
                 "Медведев провели встречу. \"Я пригласил своего российского коллегу Дмитрия "
                 "Анатольевича на Европейские игры\", - сказал Сергей Румас. Министр иностранных "
                 "дел Сербии Милан Петрович прибыл в Минск.")
    assert set(ps) == {"Сергей Румас", "Дмитрий Медведев", "Милан Петрович"}
    assert len(ps["Дмитрий Медведев"].mentions) == 2


def test_an_ordinal_is_never_a_person():
    ps = persons("Председатель правительства РФ Михаил Мишустин встретился с Си Цзиньпином. «Как раз "
                 "в Ханчжоу вчера провели Тридцатую регулярную встречу глав правительств», — сказал "
                 "Премьер.")
    assert "Тридцатуй" not in ps and not any(n.startswith("Тридцат") for n in ps)


def test_a_headline_noun_glued_to_a_name_and_a_polite_pronoun_are_not_names():
    ps = persons("Визит Шавкат Мирзиёев в ОАЭ завершился подписанием соглашений. «Рад встрече с Вами», "
                 "— сказал Президент Узбекистана Шавкат Мирзиёев.")
    assert set(ps) == {"Шавкат Мирзиёев"}


@pytest.mark.parametrize("text, lang, name, role_class", [
    # the one they are the counterpart of has a title and no name in the sentence
    ("В ходе визита глава Узбекистана провел переговоры со своим турецким коллегой "
     "Реджепом Эрдоганом.", "ru", "Реджеп Эрдоган", "head_of_state"),
    # or is named in the sentence before
    ("The delegation was led by First Deputy Prime Minister Askar Mamin. His Belarusian "
     "counterpart Vasily Matyushevsky headed the other side.", "en", "Vasily Matyushevsky",
     "deputy_head_of_government"),
    # nobody to be the counterpart of: no class
    ("Вчера в Ташкент прибыл турецкий коллега Мехмет Озкан.", "ru", "Мехмет Озкан", "other"),
])
def test_a_counterpart_takes_the_class_of_a_title_without_a_name_or_of_the_sentence_before(
        text, lang, name, role_class):
    assert persons(text, lang)[name].role_class == role_class


def test_a_dateline_city_is_no_person_but_a_name_before_a_date_in_a_sentence_is():
    text = ("Министр промышленности России встретился с Президентом Египта Абдул-Фаттахом Ас-Сиси\n\n"
            "Каир, 9 октября. – Товарооборот России и Египта вырос. Лукашенко, 9 октября, "
            "заявил о планах.")
    names = set(persons(text))
    assert "Каир" not in names and "Лукашенко" in names


def test_an_agency_after_a_dateline_is_no_person():
    text = ("Премьер-министр Беларуси Роман Головченко назвал это прорывом.\n\n19 июля, Позірк. "
            "Контракты на 85 млн долларов подписаны 18 июля между Беларусью и Никарагуа.")
    assert set(persons(text)) == {"Роман Головченко"}


def test_a_lone_capitalised_common_noun_is_no_person_in_english():
    text = ("Deputy Prime Minister Ishaq Dar met Foreign Minister Hakan Fidan. Highlighting "
            "bilateral cooperation on Islamophobia, Dar thanked Fidan.")
    assert set(persons(text, "en")) == {"Ishaq Dar", "Hakan Fidan"}


def test_a_known_leader_written_by_one_name_is_a_person_in_english():
    text = ('"I propose revitalizing the ferry route," Jokowi said after meeting Philippine '
            "President Ferdinand Marcos Jr.")
    ps = persons(text, "en")
    assert ps["Jokowi"].country == "IDN" and "Ferdinand Marcos Jr" in ps
    # an unknown single capitalised word is still no person
    assert "Bogor" not in persons("The talks were held in Bogor on Monday. Jokowi thanked the guests.", "en")


@pytest.mark.parametrize("text, name, role_class, country", [
    # a word of address after a comma stands between the title and the name
    ("Министр встретился с вице-президентом ОАЭ, шейхом Мансуром ибн Заидом Аль Нахайяном.",
     "Мансур ибн Заид Аль Нахайян", "other_official", "ARE"),
    ("Делегацию принял эмир Катара, шейх Тамим бен Хамад Аль Тани.",
     "Тамим бен Хамад Аль Тани", "head_of_state", "QAT"),
    # "возглавляющий" in apposition reads as the head of what follows
    ("Адылбек Касымалиев, возглавляющий Кабинет министров Кыргызстана, провел переговоры.",
     "Адылбек Касымалиев", "head_of_government", "KGZ"),
    ("Джейхун Байрамов, возглавляющий МИД Азербайджана, прибыл в Ташкент.",
     "Джейхун Байрамов", "minister", "AZE"),
])
def test_a_title_reached_past_a_word_of_address_or_a_heading_participle(text, name, role_class, country):
    p = persons(text)[name]
    assert (p.role_class, p.country) == (role_class, country)



def test_a_bare_title_of_another_state_is_not_a_known_leaders_title():
    text = ("Александр Лукашенко: товарооборот с Египтом – это хорошее начало\n"
            "Беларусь и Египет договорились о трансформации взаимоотношений.\n"
            "В Минске с официальным визитом находится президент Египта. Во Дворце Независимости "
            "Александр Лукашенко тепло поприветствовал зарубежного гостя.")
    assert persons(text)["Александр Лукашенко"].country == "BLR"
    # the bare title of his own state is still his
    text = ("Александр Лукашенко провел встречу в Минске. Президент Беларуси подчеркнул, "
            "что отношения развиваются.")
    assert persons(text)["Александр Лукашенко"].role_class == "head_of_state"


@pytest.mark.parametrize("text, name, role_class, country", [
    # a title in apposition after a state's possessive or a state's name
    ("Murat Nurtleu held a phone conversation with Batmunkh Battsetseg, Mongolia's Minister of "
     "Foreign Affairs.", "Batmunkh Battsetseg", "minister", "MNG"),
    ("Speaking in Accra, Amer Al Alawi, the UAE Ambassador to Ghana, said trade had grown.",
     "Amer Al Alawi", "ambassador", "ARE"),
    ("The aid was unveiled by Uzra Zeya, the US Under Secretary of State for Civilian Security.",
     "Uzra Zeya", "deputy_minister", "USA"),
    # a full name after a counterpart is a person
    ("Iran’s Foreign Minister Hossein Amir-Abdollahian met with visiting Turkish counterpart Hakan Fidan.",
     "Hakan Fidan", "minister", "TUR"),
])
def test_english_titles_after_a_states_possessive_and_a_name_after_a_counterpart(text, name, role_class, country):
    p = persons(text, "en")[name]
    assert (p.role_class, p.country) == (role_class, country)


def test_a_single_word_after_a_counterpart_is_still_no_person_by_itself():
    assert "Talks" not in persons("The minister met his Turkish counterpart. Talks followed.", "en")


@pytest.mark.parametrize("text, name", [
    ("Подписание состоялось в присутствии министра финансов Таджикистана Файзиддина Каххорзода.",
     "Файзиддин Каххорзода"),
    ("Встреча с вице-премьером Таджикистана Сулаймоном Зиёзода прошла в Душанбе.", "Сулаймон Зиёзода"),
])
def test_surnames_in_zoda_do_not_decline(text, name):
    assert name in persons(text)


def test_english_counterpart_and_under_secretary_set_off_by_commas_and_an_event_is_no_name():
    ps = persons("Indonesian Foreign Minister Retno Marsudi and her Indian counterpart, Subrahmanyam "
                 "Jaishankar, discussed trade.", "en")
    assert ps["Subrahmanyam Jaishankar"].role_class == "minister"
    ps = persons("Abdullah bin Ahmed Al Saleh, Under-Secretary of the Ministry of Economy, met a US "
                 "delegation.", "en")
    assert ps["Abdullah bin Ahmed Al Saleh"].role_class == "deputy_minister"
    assert persons("The ROK and China will host the APEC Economic Leaders' Meeting this year.", "en") == {}


@pytest.mark.parametrize("text, name, country", [
    ("King Mswati III of Eswatini met President Xi Jinping in Beijing.", "Mswati III", "SWZ"),
    ("Philippine President Benigno S. Aquino III held talks with Japanese Prime Minister Shinzo Abe.",
     "Benigno S. Aquino III", "PHL"),
    ("The minister praised the guidance of His Majesty King Mohammed VI in the talks.", "Mohammed VI", "MAR"),
])
def test_a_regnal_number_is_part_of_the_name(text, name, country):
    rec = extract_text(text, lang="en")
    assert (name, country) in [(p.name, p.country) for p in rec.persons]


@pytest.mark.parametrize("text, lang, not_a_person", [
    ("The help was unveiled by Uzra Zeya, the US Under Secretary of State for Civilian Security, "
     "Democracy, and Human Rights.", "en", "Human Rights"),
    ("Trump vowed to Make America Great Again during the talks with Prime Minister Modi.", "en", "Great Again"),
    (" date 2025-08-12 Ричмонд\nЛидеры Узбекистана и Индии поговорили по телефону.", "ru", "Ричмонд"),
])
def test_words_that_are_no_ones_name(text, lang, not_a_person):
    rec = extract_text(text, lang=lang)
    assert not_a_person not in [p.name for p in rec.persons]
    if lang == "en" and "Zeya" in text:
        assert "Uzra Zeya" in [p.name for p in rec.persons]


@pytest.mark.parametrize("text, name, role_class", [
    ("Bangladesh Foreign Secretary Masud Bin Momen witnessed the ceremony.", "Masud Bin Momen", "other_official"),
    ("Argentine Undersecretary on Foreign Policy, International Trade and Worship Claudio Javier "
     "Rozencwaig signed the MoU.", "Claudio Javier Rozencwaig", "deputy_minister"),
])
def test_long_titles_before_a_name(text, name, role_class):
    rec = extract_text(text, lang="en")
    assert (name, role_class) in [(p.name, p.role_class) for p in rec.persons]
    assert "Policy" not in [p.name for p in rec.persons]


def test_a_title_set_off_by_a_comma_before_mr_and_initials():
    rec = extract_text("The External Affairs Minister, Mr S.M. Krishna, has said trade will grow.", lang="en")
    assert [(p.name, p.role_class) for p in rec.persons] == [("Krishna", "minister")]


@pytest.mark.parametrize("text, lang, name, country", [
    ("Foreign Minister Ayesha Rahman and her Afghan counterpart discussed transit trade. "
     "Pakistan is committed to closer ties, she said.", "en", "Ayesha Rahman", "PAK"),
    ("Foreign Minister Ayesha Rahman met her Afghan counterpart in Islamabad. Pakistan and "
     "Afghanistan discussed trade.", "en", "Ayesha Rahman", "PAK"),
    ("Министр иностранных дел Ержан Ахметов провел переговоры со своим узбекским коллегой. "
     "Казахстан и Узбекистан обсудили транзит.", "ru", "Ержан Ахметов", "KAZ"),
])
def test_a_person_is_not_of_the_state_of_their_counterpart(text, lang, name, country):
    assert persons(text, lang)[name].country == country


def test_a_bare_head_of_state_is_the_first_president_the_release_names():
    text = ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Турции "
            "Реджепом Тайипом Эрдоганом. «Мы откроем новый рейс», — сказал Глава государства.")
    rec = extract_text(text, lang="ru")
    assert [q.speaker for q in rec.quotes] == ["Касым-Жомарт Токаев"]


@pytest.mark.parametrize("text, name, role_class", [
    ("Afghanistan's Acting Foreign Minister, Mawlawi Amir Khan Muttaqi, met the Chinese envoy.",
     "Amir Khan Muttaqi", "minister"),
    ("Afghanistan's Acting Foreign Minister Amir Khan Muttaqi met the Chinese envoy.",
     "Amir Khan Muttaqi", "minister"),
    ("Qatari Emir Tamim bin Hamad Al Thani met the Chinese envoy.", "Tamim bin Hamad Al Thani",
     "head_of_state"),
])
def test_a_title_word_that_is_a_given_name_after_another_title(text, name, role_class):
    assert persons(text, "en")[name].role_class == role_class


@pytest.mark.parametrize("text, name, role, country", [
    ("Iran's Trade Minister Reza Amini met Pakistani officials.", "Reza Amini",
     "Iran's Trade Minister", "IRN"),
    ("Bangladesh Industry Minister Dilip Barua met Indian officials.", "Dilip Barua",
     "Bangladesh Industry Minister", "BGD"),
    ("Deputy Energy Minister Ali Karimov met the visiting officials.", "Ali Karimov",
     "Deputy Energy Minister", None),
])
def test_a_minister_named_by_the_field_before_the_word(text, name, role, country):
    p = persons(text, "en")[name]
    assert (p.role, p.country) == (role, country)
    assert p.role_class == ("deputy_minister" if role.startswith("Deputy") else "minister")


def test_a_ministrys_department_named_after_a_region_is_no_state_and_no_name():
    rec = extract_text("Iran's trade director of the Europe and America Department Behrouz Olfat "
                       "said the commission with Tajikistan was held.", lang="en")
    assert {c.code for c in rec.countries} == {"IRN", "TJK"}
    assert [p.name for p in rec.persons] == ["Behrouz Olfat"]


@pytest.mark.parametrize("text, name, role_class, country", [
    ("Специальный посланник Президента США по Южной и Центральной Азии Серджио Гор прибыл в Ташкент.",
     "Серджио Гор", "ambassador", "USA"),
    ("Спецпредставитель Президента России по Ближнему Востоку Михаил Богданов прибыл в Дамаск.",
     "Михаил Богданов", "other_official", "RUS"),
    ("Делегация США посетила МИД Узбекистана, где провела встречу с министром иностранных дел "
     "Бахтиером Саидовым.", "Бахтиер Саидов", "minister", "UZB"),
])
def test_envoys_and_the_minister_of_the_ministry_named(text, name, role_class, country):
    p = persons(text)[name]
    assert (p.role_class, p.country) == (role_class, country)


@pytest.mark.parametrize("text, name, role_class, country", [
    ("President of the Investment Promotion Agency of Azerbaijan Yusif Abdullayev said trade grew.",
     "Yusif Abdullayev", "other_official", "AZE"),
    ("President of Export and Investment Promotion Agency Yusif Abdullayev said trade grew.",
     "Yusif Abdullayev", None, None),
    ("Президент Ассоциации предпринимателей Казахстана Иван Петров выступил на форуме.",
     "Иван Петров", "other_official", "KAZ"),
])
def test_the_head_of_a_body_of_a_state_is_no_head_of_state(text, name, role_class, country):
    lang = "ru" if text[0] in "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ" else "en"
    got = persons(text, lang)
    assert name in got and "Promotion" not in got
    if role_class:
        assert (got[name].role_class, got[name].country) == (role_class, country)


def test_a_long_title_complement_and_a_committee_between_two_states():
    text = ("Президент Беларуси Александр Лукашенко заявил на встрече с председателем Комитета "
            "высокого уровня по сотрудничеству между законодательными органами Беларуси и Китая "
            "Чжан Цинвэем, передает корреспондент БЕЛТА.")
    p = persons(text)["Чжан Цинвэй"]
    assert p.role.startswith("председатель Комитета высокого уровня") and p.role_class == "other_official"
    assert p.country == "CHN"
    assert persons("Лукашенко встретился с председателем Чжан Цинвэем.")["Чжан Цинвэй"]


def test_news_outlets_named_after_states_and_emirate_rulers():
    text = ("DUBAI, (UrduPoint / Pakistan Point News / WAM - 04th Dec, 2021) Sheikh Mohammed bin "
            "Rashid Al Maktoum, Vice President of the UAE, met the Prime Minister of Russia, Mikhail "
            "Mishustin. The meeting was attended by the Deputy Ruler of Dubai. UAE President His "
            "Highness Sheikh Khalifa bin Zayed Al Nahyan sent greetings.")
    rec = extract_text(text, lang="en")
    assert {c.code for c in rec.countries} == {"ARE", "RUS"}
    got = {p.name: p for p in rec.persons}
    assert "Ruler" not in got
    assert got["Khalifa bin Zayed Al Nahyan"].role == "UAE President"


@pytest.mark.parametrize("text, lang, name, country", [
    ("President Maria Lopes will visit Nigeria next February. In Abuja, the President will meet "
     "with President Ade Bello. Brazil and Nigeria have cooperation projects.", "en", "Maria Lopes", "BRA"),
    ("Президент Иван Петров посетит Казахстан в мае. Россия и Казахстан готовят соглашения.", "ru",
     "Иван Петров", "RUS"),
])
def test_the_state_one_visits_is_not_ones_own(text, lang, name, country):
    assert persons(text, lang)[name].country == country


def test_a_title_after_a_membership_in_apposition():
    text = ("WASHINGTON, Oct. 27 (Xinhua) -- Li Wei, a member of the Political Bureau of the Central "
            "Committee and Chinese foreign minister, held talks with U.S. Secretary of State John Smith.")
    p = persons(text, "en")["Li Wei"]
    assert (p.role_class, p.country) == ("minister", "CHN")


def test_an_english_role_is_shown_without_its_article():
    text = ("President of Uzbekistan Shavkat Mirziyoyev received the Minister of Industry and Trade "
            "of the Russian Federation Denis Manturov.")
    assert persons(text, "en")["Denis Manturov"].role == "Minister of Industry and Trade of the Russian Federation"


def test_the_presidents_property_manager_is_no_president():
    text = ("Глава белорусского государства Александр Лукашенко принял с докладом Управделами "
            "президента Виктора Шеймана, который рассказал о визите в Зимбабве.")
    p = persons(text)["Виктор Шейман"]
    assert (p.role_class, p.country) == ("other_official", "BLR")


def test_the_title_of_the_one_met_is_not_the_subjects():
    got = persons("Secretary Krishna Hari Pushkar met the Japanese ambassador in Kathmandu.", "en")
    assert got["Krishna Hari Pushkar"].role_class != "ambassador"
    text = ("Kazakhstan and Japan held talks. Yerlan Karin spoke at the forum. The Kazakh foreign "
            "minister also expressed hope for more flights.")
    assert persons(text, "en")["Yerlan Karin"].role_class == "minister"


def test_names_with_an_elided_article():
    got = persons("The Italian Ambassador Pascual D'Avino met Kazakh minister Sean O'Brien in Astana.", "en")
    assert {"Pascual D'Avino", "Sean O'Brien"} <= set(got)


def test_coordinated_state_adjectives_go_one_to_each_name():
    got = persons("Телефонный разговор российского и американского лидеров Владимира Путина и "
                  "Дональда Трампа продлился два часа.")
    assert (got["Владимир Путин"].country, got["Дональд Трамп"].country) == ("RUS", "USA")
    assert got["Дональд Трамп"].role_class == "head_of_state"
    got = persons("Встреча казахстанского и китайского министров иностранных дел Мурата Нуртлеу и "
                  "Ван И прошла в Астане.")
    assert (got["Мурат Нуртлеу"].country, got["Ван И"].country) == ("KAZ", "CHN")
    # one adjective names one state for all
    got = persons("Встреча российских министров Сергея Лаврова и Антона Силуанова прошла в Москве.")
    assert {p.country for p in got.values()} == {"RUS"}


def test_a_plural_title_the_tagger_reads_as_singular_covers_both_names():
    got = persons("На заседании председательствуют вице-премьер-министры двух стран - Геннадий Зубко "
                  "и Владимир Семашко.")
    assert {n: p.role_class for n, p in got.items()} == {
        "Геннадий Зубко": "deputy_head_of_government", "Владимир Семашко": "deputy_head_of_government"}


def test_an_office_or_an_adverb_is_no_part_of_a_person():
    got = persons("Президент России Владимир Путин провел телефонный разговор с президентом "
                  "Казахстана Касым-Жомартом Токаевым.\n«Подтвержден настрой на укрепление "
                  "партнерства»,— сообщил Кремль.\nКасым-Жомарт Токаев прибудет в Россию 12 ноября.")
    assert sorted(got) == ["Владимир Путин", "Касым-Жомарт Токаев"]
    assert sorted(persons("Сегодня Си Цзиньпин посетил Москву.")) == ["Си Цзиньпин"]


def test_a_states_vice_president_deputises_for_its_head():
    got = persons("Vice President of Turkey Fuat Oktay met Uzbek President Shavkat Mirziyoyev. Vice "
                  "President Laurent Girard of Airbus also attended the meeting.", "en")
    assert (got["Fuat Oktay"].role_class, got["Fuat Oktay"].country) == ("deputy_head_of_government", "TUR")
    assert got["Laurent Girard"].role_class == "other_official"     # no state's


def test_a_title_set_off_after_a_name_is_no_link_of_the_next_title():
    got = persons("Встречу провели Виктор Каранкевич, заместитель премьер-министра Беларуси, и министр "
                  "Казахстана Ерлан Карин.")
    assert (got["Ерлан Карин"].role_class, got["Ерлан Карин"].country) == ("minister", "KAZ")
    assert got["Виктор Каранкевич"].country == "BLR"


def test_the_side_named_after_a_name_is_its_state():
    got = persons("The delegations were headed by Deputy Prime Minister Sardor Umurzakov from the Uzbek "
                  "side, and Deputy Prime Minister Batyr Atdayev from the Turkmen side.", "en")
    assert (got["Sardor Umurzakov"].country, got["Batyr Atdayev"].country) == ("UZB", "TKM")


def test_an_office_before_an_english_title_is_its_state():
    got = persons("China and the United States held talks. White House press secretary Sean Spicer "
                  "said the talks were productive. Kremlin spokesman Dmitry Peskov agreed.", "en")
    assert (got["Sean Spicer"].country, got["Dmitry Peskov"].country) == ("USA", "RUS")


def test_a_bare_title_after_a_quote_is_not_whom_the_quote_names():
    got = persons('"Только в ближайшие годы предусмотрено строительство дорог", - сказал Назарбаев.\n'
                  '"Заканчиваем строительство магистрали. В этом году мы будем завершать. Я буду просить '
                  'Дмитрия Анатольевича (Дмитрий Медведев. – Авт.) построить дорогу до Казани", - '
                  'уточнил Президент.')
    assert got["Дмитрий Медведев"].role is None
    # with no one else named, the bare title goes to the one the text names before it
    got = persons("Нурсултан Назарбаев провел встречу с инвесторами. «Мы будем строить дороги», — "
                  "уточнил Президент.")
    assert got["Нурсултан Назарбаев"].role_class == "head_of_state"


def test_a_known_leader_the_tagger_missed_after_a_plural_title():
    got = persons("Президенты Владимир Путин и Реджеп Тайип Эрдоган обменялись мнениями по всему спектру "
                  "двусторонних отношений.")
    assert {n: (p.role_class, p.country) for n, p in got.items()} == {
        "Владимир Путин": ("head_of_state", "RUS"), "Реджеп Тайип Эрдоган": ("head_of_state", "TUR")}


def test_an_editors_bracketed_given_name_and_our_minister_in_a_quote():
    got = persons("Президент России Владимир Путин провел переговоры с Президентом Турции Реджепом Тайипом "
                  "Эрдоганом. «В Сочи наш министр торговли [Мехмет] Муш подписал с вице-премьером России "
                  "[Александром] Новаком меморандум», — сказал Тайип Эрдоган.")
    assert (got["Мехмет Муш"].role_class, got["Мехмет Муш"].country) == ("minister", "TUR")
    assert (got["Александр Новак"].role_class, got["Александр Новак"].country) == ("deputy_head_of_government", "RUS")


def test_a_two_word_institution_is_no_name():
    got = persons("President Tokayev met with the Chairman of the Jogorku Kenesh Nurlanbek Shakiev to "
                  "discuss trade.", "en")
    assert "Jogorku Kenesh Nurlanbek Shakiev" not in got
    assert (got["Nurlanbek Shakiev"].role_class, got["Nurlanbek Shakiev"].country) == ("parliament", "KGZ")


def test_a_colleague_from_a_state_an_address_and_a_transcripts_initial():
    got = persons("Прошли переговоры президента Узбекистана Шавката Мирзиёева и его коллеги из Казахстана "
                  "Касым-Жомарта Токаева.")
    assert (got["Касым-Жомарт Токаев"].role_class, got["Касым-Жомарт Токаев"].country) == ("head_of_state", "KAZ")
    got = persons("В.Путин: Уважаемый Нурсултан Абишевич! Уважаемые коллеги!")
    assert sorted(got) == ["В. Путин", "Нурсултан Абишевич"]


def test_a_list_of_offices_takes_the_highest_and_a_bare_title_someone_holds_is_theirs():
    got = persons("His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President, Prime Minister and "
                  "Ruler of Dubai, held discussions with the Chinese President Xi Jinping in Beijing.", "en")
    assert got["Mohammed bin Rashid Al Maktoum"].role_class == "head_of_government"
    got = persons("Сегодня Александр Лукашенко встретился с белорусским послом в Украине Валентином Величко. "
                  "Посол также сообщил о развитии отношений.")
    assert got["Александр Лукашенко"].role_class != "ambassador"


def test_ru_participle_titles_the_tagger_reads_as_verbs():
    """"поверенный", "управляющий" are lemmatised to their verbs; the title lexicon still
    knows them, and the role is shown in the nominative."""
    ps = persons("Министр встретился с временным поверенным в делах посольства России в КНДР "
                 "Александром Мацегорой. Управляющим делами президента Казахстана Айбеком "
                 "Ивановым подписан протокол.")
    assert ps["Александр Мацегора"].role_class == "ambassador"
    assert ps["Александр Мацегора"].country == "RUS"
    assert ps["Айбек Иванов"].role_class == "other_official"
    assert ps["Айбек Иванов"].role == "Управляющий делами президента Казахстана"


def test_ru_long_official_state_name_inside_a_title():
    """"Мексиканских Соединенных Штатов": a word of a state's name the tagger reads as a verb
    neither ends the title nor parts it from the name."""
    ps = persons("Об этом заявил чрезвычайный и полномочный посол Мексиканских Соединенных "
                 "Штатов в Российской Федерации и Республике Беларусь по совместительству "
                 "Альфред Перес Браво.")
    assert ps["Альфред Перес Браво"].role_class == "ambassador"
    assert ps["Альфред Перес Браво"].country == "MEX"


def test_en_charge_d_affaires_with_either_apostrophe():
    for apostrophe in ("'", "’"):
        ps = persons(f"ISLAMABAD: US Charge d{apostrophe}Affaires Natalie Baker met the Minister "
                     "for Commerce and discussed trade ties.", "en")
        assert ps["Natalie Baker"].role_class == "ambassador"
        assert ps["Natalie Baker"].country == "USA"


def test_envoy_meets_an_untitled_minister_of_the_dateline_state():
    """An ambassador calls on a minister in the host's capital: the minister is the host's,
    not the envoy's."""
    ps = persons("АСТАНА. KAZINFORM – Посол США Дэниел Розенблюм встретился с министром "
                 "энергетики Алмасаном Саткалиевым. Стороны обсудили сотрудничество.")
    assert ps["Алмасан Саткалиев"].country == "KAZ"
    ps = persons("ASTANA – Japanese Ambassador Takeshi Ito met with Energy Minister Almas "
                 "Satkaliyev to discuss cooperation.", "en")
    assert ps["Almas Satkaliyev"].country == "KAZ"


def test_en_title_case_headline_run_is_a_name_only_if_written_again():
    ps = persons("US Envoy, Commerce Minister Discuss Means To Strengthen Bilateral Trade\n"
                 "ISLAMABAD – US Ambassador Donald Blome called on Commerce Minister Jam Kamal "
                 "Khan.", "en")
    assert "Discuss Means" not in ps
    assert ps["Jam Kamal Khan"].country == "PAK"
    ps = persons("Tokayev Meets Putin In Moscow\nPresident Kassym-Jomart Tokayev met Russian "
                 "President Vladimir Putin.", "en")
    assert set(ps) == {"Kassym-Jomart Tokayev", "Vladimir Putin"}


def test_en_ambassador_extraordinary_and_plenipotentiary_and_a_based_adjective():
    ps = persons("President Ilham Aliyev has accepted credentials of newly appointed Ambassador "
                 "Extraordinary and Plenipotentiary of the Republic of Latvia Edgars Skuja. "
                 "He also met Dashjamts Batsaikhan, the Sofia-based Ambassador of Mongolia.", "en")
    assert "Extraordinary" not in ps
    assert (ps["Edgars Skuja"].role_class, ps["Edgars Skuja"].country) == ("ambassador", "LVA")
    assert (ps["Dashjamts Batsaikhan"].role_class, ps["Dashjamts Batsaikhan"].country) == ("ambassador", "MNG")


def test_en_chairman_of_the_halk_maslakhaty():
    ps = persons("President Shavkat Mirziyoyev met with the National Leader of the Turkmen people, "
                 "Chairman of the Halk Maslakhaty of Turkmenistan Gurbanguly Berdimuhamedov.", "en")
    assert "Halk Maslakhaty" not in ps
    assert (ps["Gurbanguly Berdimuhamedov"].role_class, ps["Gurbanguly Berdimuhamedov"].country) == ("parliament", "TKM")


def test_en_a_long_title_naming_a_body_then_a_comma_and_the_name():
    ps = persons("Brazil's Minister for the National Bank for Economic and Social Development "
                 "(BNDES), Aluísio Mercadante, signed an MOU with Nigeria's Bank of Agriculture.", "en")
    assert (ps["Aluísio Mercadante"].role_class, ps["Aluísio Mercadante"].country) == ("minister", "BRA")


def test_ru_head_of_a_regions_administration_is_a_regional_head():
    ps = persons("Протокол подписали первый заместитель министра иностранных дел Беларуси Валентин "
                 "Величко и глава администрации этого российского региона Николай Максюта.")
    assert ps["Николай Максюта"].role_class == "regional_head"


def test_an_orders_namesake_is_no_person_of_the_text():
    ps = persons("В конце визита президент Ильхам Алиев наградил президента Казахстана Назарбаева "
                 "Орденом Гейдара Алиева.")
    assert set(ps) == {"Ильхам Алиев", "Назарбаев"}


def test_en_a_capitalised_portfolio_in_a_title_is_no_name():
    ps = persons("India and the United States held talks. Suresh Prabhu, Minister of Commerce & "
                 "Industry and Civil Aviation, Government of India, co-chaired the meeting.", "en")
    assert set(ps) == {"Suresh Prabhu"}


def test_a_side_named_before_a_list_of_names_and_an_acting_minister():
    ps = persons("В Ташкенте прошёл межрегиональный форум Узбекистана и Азербайджана. Председателями "
                 "форума с узбекистанской стороны выступили глава Минпромторга Лазиз Кудратов и "
                 "и.о. министра иностранных дел Бахтиёр Саидов.")
    assert ps["Лазиз Кудратов"].country == "UZB"
    assert ps["Бахтиёр Саидов"].country == "UZB"


def test_a_participle_in_a_portfolio_does_not_cut_the_title():
    ps = persons("Министр природных ресурсов и окружающей среды Российской Федерации Александр "
                 "Александрович Козлов подписал протокол.")
    assert (ps["Александр Козлов"].role_class, ps["Александр Козлов"].country) == ("minister", "RUS")


def test_the_head_of_a_chamber_of_commerce_is_business():
    ps = persons("Председатель Торгово-промышленной палаты Узбекистана Даврон Вахабов посетил Минск.")
    assert ps["Даврон Вахабов"].role_class == "business"
    ps = persons("Mohammed Al Otaiba, Chairman of the Dubai Chamber of Commerce, visited Ankara.", "en")
    assert ps["Mohammed Al Otaiba"].role_class == "business"
    # the chamber of a parliament is no business
    ps = persons("Председатель нижней палаты парламента Казахстана Ерлан Кошанов посетил Минск.")
    assert ps["Ерлан Кошанов"].role_class == "parliament"
    ps = persons("Chairman of the Chamber of Deputies of Italy Lorenzo Fontana visited Ankara.", "en")
    assert ps["Lorenzo Fontana"].role_class == "parliament"


def test_en_a_full_name_after_and_keeps_its_first_word():
    ps = persons("Alexander Lukashenko and Recep Tayyip Erdogan talked in the White Palace.", "en")
    assert set(ps) == {"Alexander Lukashenko", "Recep Tayyip Erdogan"}
    # after a title's portfolio the first words still close the title
    ps = persons("Azerbaijan's Minister of Energy and Natural Resources Parviz Shahbazov met the "
                 "Turkish side.", "en")
    assert set(ps) == {"Parviz Shahbazov"}


def test_en_a_rank_a_body_and_a_meeting_are_no_names():
    ps = persons("Chief of Army Staff General Asim Munir was also present during the meeting of "
                 "the leaders of Pakistan and Kuwait.", "en")
    assert set(ps) == {"Asim Munir"}
    ps = persons("According to a press release issued by the PM Office's Media Wing, the leaders "
                 "of Pakistan and Kuwait reaffirmed the desire to strengthen ties.", "en")
    assert ps == {}
    ps = persons("Malaysia and Brunei agreed to strengthen cooperation during the 26th "
                 "Malaysia-Brunei Annual Leaders’ Consultation held on Wednesday.", "en")
    assert ps == {}


def test_a_plans_name_and_a_realms_name_are_no_persons_and_an_ia_surname_in_the_instrumental():
    ps = persons("В фокусе комиссии остается наращивание проектной деятельности в соответствии с "
                 "мероприятиями Плана-2030, сказал Чернышенко.")
    assert set(ps) == {"Чернышенко"}
    ps = persons("Замминистра провёл встречу с нигерийской делегацией во главе с представителем "
                 "Королевства Ифе и исполнительным секретарём бизнес совета Адени Адесоджи.")
    assert set(ps) == {"Адени Адесоджи"}
    ps = persons("Замминистра промышленности России Алексей Груздев провел переговоры с "
                 "замминистра торговли Колумбии Адрианой Мехией.")
    assert set(ps) == {"Алексей Груздев", "Адриана Мехия"}


def test_en_a_word_written_in_lower_case_elsewhere_is_no_name():
    ps = persons("President of Uzbekistan Received Prime Minister of Belarus\nTASHKENT. Today, the "
                 "President of Uzbekistan Shavkat Mirziyoyev received the Prime Minister of Belarus "
                 "Alexander Turchin.", "en")
    assert set(ps) == {"Shavkat Mirziyoyev", "Alexander Turchin"}
    ps = persons("President Vucic met the Kazakh delegation. Vucic said trade would grow.", "en")
    assert set(ps) == {"Vucic"}


def test_en_a_presidents_staff_and_a_commissions_co_chairman_in_a_chain():
    ps = persons("Trade grew by 57 percent, Minister of Agriculture of Azerbaijan, co-chairman of the "
                 "Azerbaijani-Bulgarian Intergovernmental Commission Majnun Mammadov said.", "en")
    assert (ps["Majnun Mammadov"].role_class, ps["Majnun Mammadov"].country) == ("minister", "AZE")
    ps = persons("The chief of the Presidential Administration Sardor Umurzakov hosted the visiting "
                 "Chairman of the Cabinet of Ministers of Kyrgyzstan, head of the presidential "
                 "administration Akylbek Zhaparov.", "en")
    assert ps["Sardor Umurzakov"].role_class == "other_official"
    assert (ps["Akylbek Zhaparov"].role_class, ps["Akylbek Zhaparov"].country) == (
        "head_of_government", "KGZ")
    # a co-chair before a president's title does not hide it
    ps = persons("The committee met under co-chairs Turkish President Recep Tayyip Erdogan and "
                 "Qatari Emir Sheikh Tamim bin Hamad Al Thani.", "en")
    assert ps["Recep Tayyip Erdogan"].role_class == "head_of_state"


def test_a_co_chair_yields_to_the_office_after_it():
    ps = persons("В ходе встречи сопредседатели межправкомиссии – министр строительства и "
                 "жилищно-коммунального хозяйства России Ирек Файзуллин и министр планирования и "
                 "инвестиций Лаоса Кхамтен Вонхпхоси – обсудили шаги.")
    assert (ps["Ирек Файзуллин"].role_class, ps["Ирек Файзуллин"].country) == ("minister", "RUS")


def test_en_malaysian_titles_of_address_are_no_names():
    ps = persons("Malaysia's Defence Minister Datuk Seri Zambry Abd Kadir met the Saudi minister.", "en")
    assert set(ps) == {"Zambry Abd Kadir"}
