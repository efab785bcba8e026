"""Quotes: direct speech in its press-release shapes, each tied to a person of the record."""
from __future__ import annotations

import pytest

from accords.extractors import quotes
from accords.nlp import analyze
from accords.record import Person, Record


def record_for(doc, persons, sectors=()) -> Record:
    """A record with hand-made persons whose mentions are found by surname."""
    out = []
    for name, role_class, country in persons:
        key = quotes.surname_key(name)
        mentions = [(t.start, t.stop) for t in doc.tokens
                    if t.text.lower().replace("ё", "е").startswith(key) and len(t.text) - len(key) <= 3]
        out.append(Person(name=name, role_class=role_class, country=country, mentions=mentions))
    return Record(persons=out, sectors=list(sectors))


PEOPLE = [("Олжас Бектенов", "head_of_government", "KAZ"),
          ("Роман Головченко", "head_of_government", "BLR"),
          ("Михаил Мишустин", "head_of_government", "RUS"),
          ("Шавкат Мирзиёев", "head_of_state", "UZB")]


def run(text: str, lang: str = "ru", persons=PEOPLE):
    doc = analyze(text, lang)
    rec = record_for(doc, persons)
    return doc, quotes.extract(doc, rec)


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_dash_paragraph_with_attribution_tail(dash):
    text = ("Премьер-министр Олжас Бектенов провел встречу с делегацией.\n\n"
            f"{dash} Мы высоко ценим наше партнерство. Работа будет продолжена, {dash} подчеркнул Олжас Бектенов.")
    doc, qs = run(text)
    assert len(qs) == 1
    q = qs[0]
    assert q.speaker == "Олжас Бектенов"
    assert q.text == "Мы высоко ценим наше партнерство. Работа будет продолжена"
    assert text[q.evidence[0]:q.evidence[1]] == q.text


def test_guillemets_with_pronoun_speaker():
    text = ("Михаил Мишустин провел переговоры с Романом Головченко в Минске. "
            "«Наше сотрудничество развивается очень динамично», — сказал он.")
    _, qs = run(text)
    assert [(q.speaker, q.text) for q in qs] == [
        ("Михаил Мишустин", "Наше сотрудничество развивается очень динамично")]


def test_role_phrase_resolves_to_the_person_with_that_role_and_state():
    text = ("Михаил Мишустин встретился с Романом Головченко. "
            "\"Эти показатели стали результатом совместной работы\", — сказал белорусский премьер.")
    _, qs = run(text)
    assert len(qs) == 1 and qs[0].speaker == "Роман Головченко"


def test_colon_attribution():
    text = "Шавкат Мирзиёев: «Мы открыты для всех инвесторов из Казахстана и будем их поддерживать»."
    _, qs = run(text)
    assert len(qs) == 1
    assert qs[0].speaker == "Шавкат Мирзиёев"
    assert qs[0].text.startswith("Мы открыты для всех инвесторов")


def test_partial_quote_after_a_verb_of_saying():
    text = "Как подчеркнул Мирзиёев, стороны «условились и далее развивать транспортные связи в регионе»."
    _, qs = run(text)
    assert [q.speaker for q in qs] == ["Шавкат Мирзиёев"]
    assert qs[0].text == "условились и далее развивать транспортные связи в регионе"


def test_quoted_names_are_not_speech():
    text = ("Олжас Бектенов отметил, что стороны участвуют в инициативе «Один пояс — один путь», "
            "а компания «Казахстан темир жолы» расширяет перевозки.")
    _, qs = run(text)
    assert qs == []


def test_nested_quote_keeps_its_closing_mark():
    text = "«Российская сторона готова продолжить поставки газа по \"Турецкому потоку\"», — сказал Мишустин."
    _, qs = run(text)
    assert len(qs) == 1 and qs[0].text.endswith("\"Турецкому потоку\"")


def test_english_quote_said_name():
    persons = [("Askar Mamin", "head_of_government", "KAZ")]
    text = ("Askar Mamin met his Russian counterpart in Almaty.\n\n"
            "“We plan to continue cooperation with Russian partners,” said Mamin.")
    _, qs = run(text, "en", persons)
    assert [(q.speaker, q.text) for q in qs] == [
        ("Askar Mamin", "We plan to continue cooperation with Russian partners")]


@pytest.mark.parametrize("text", ["", "«", "»«", "— , —", "\"\"\"", "“”", "- \n- ", "«А» — сказал.",
                                  "— Текст, — подчеркнул он.", "Мы."])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_odd_texts_do_not_crash(text, lang):
    doc = analyze(text, lang)
    assert isinstance(quotes.extract(doc, Record()), list)


@pytest.mark.parametrize("text, name, country", [
    ("Аким Жамбылской области Ержан Калиев принял делегацию.", "Ержан Калиев", "KAZ"),
    ("Министр энергетики Кыргызстана Дмитрий Осмонов открыл форум.", "Дмитрий Осмонов", "KGZ"),
    ("Делегацию возглавил Иван Петренко, заместитель министра экономики Беларуси.", "Иван Петренко", "BLR"),
    ("Глава Татарстана Рустам Минниханов прибыл в Ташкент.", "Рустам Минниханов", "RUS"),
    ("Александр Лукашенко провел переговоры с Президентом Кыргызстана.", "Александр Лукашенко", "BLR"),
    ("Uzbekistan’s Deputy Energy Minister Bahrom Karimov opened the forum.", "Bahrom Karimov", "UZB"),
    ("Министры Кыргызстана, Казахстана и Узбекистана Азамат Беков, Ерлан Омаров и Тимур Юсупов "
     "провели совещание.", "Азамат Беков", None),
])
def test_a_person_without_a_state_gets_one_from_how_the_text_introduces_him(text, name, country):
    lang = "en" if text.isascii() or "’" in text else "ru"
    doc = analyze(text, lang)
    rec = record_for(doc, [(name, "other", None)])
    people = quotes.People(doc, rec)
    assert people.country(0) == country
    assert rec.persons[0].country is None   # the record itself is the persons component's


def test_the_speakers_state_from_his_title_places_a_first_person_quote():
    from accords.extractors import commitments
    text = ("Аким Жамбылской области Ержан Калиев встретился с делегацией Кыргызстана.\n\n"
            "«Мы готовы выделить участки под совместные предприятия», — сказал Ержан Калиев.")
    doc = analyze(text, "ru")
    rec = record_for(doc, [("Ержан Калиев", "regional_head", None)])
    rec.quotes = quotes.extract(doc, rec)
    assert [(c.actor, c.modality) for c in commitments.extract(doc, rec)] == [("KAZ", "ready")]


def test_english_quote_continued_after_its_attribution_and_not_taken_from_the_next_paragraph():
    # "he" is the subject the sentence before named (the name after "received" is its object)
    text = ("Uzbek President Shavkat Mirziyoyev received Kazakh Prime Minister Olzhas Bektenov.\n\n"
            "“Trade is a promising direction,” he said. “We consider it necessary to reach "
            "$1 billion in trade.”\n\n"
            "In turn, Bektenov noted that the border regime is developing steadily.")
    persons = [("Shavkat Mirziyoyev", "head_of_state", "UZB"),
               ("Olzhas Bektenov", "head_of_government", "KAZ")]
    _, got = run(text, "en", persons)
    assert [(q.speaker, text[q.evidence[0]:q.evidence[0] + 9]) for q in got] == [
        ("Shavkat Mirziyoyev", "Trade is "), ("Shavkat Mirziyoyev", "We consid")]


def test_quote_pairs_run_over_the_line_breaks_of_a_hard_wrapped_text():
    from accords.extractors.quotes.marks import quote_pairs
    wrapped = ("The minister said the talks went well and that the sides\nagreed on a plan. "
               "\"We will double\nthe volume of trade,\" he added, and the sides\nmet again.")
    [(o, c)] = quote_pairs(wrapped)
    assert wrapped[o + 1:c] == "We will double\nthe volume of trade,"
    # lines of a text that is not wrapped stay apart where the next line opens a quote of its
    # own; a quote left open goes on only to a closing mark the next line has before any opening
    plain = "\"We will double\n\"the trade,\" he said."
    assert all("\n" not in plain[o:c] for o, c in quote_pairs(plain))
    goes_on = "\"We will double\nthe trade,\" he said."
    assert [goes_on[o + 1:c] for o, c in quote_pairs(goes_on)] == ["We will double\nthe trade,"]



def test_a_line_under_a_quote_that_only_names_the_speaker_attributes_it():
    text = ("Премьер-министр Казахстана Олжас Бектенов провел переговоры в Минске.\n"
            "«Мы планируем нарастить товарооборот до $2 млрд»\n"
            "– глава казахстанского правительства\n"
            "Стороны обсудили транзит.")
    _, qs = run(text)
    assert [(q.speaker, q.text) for q in qs] == [("Олжас Бектенов", "Мы планируем нарастить товарооборот до $2 млрд")]
    # a dash line that is a sentence of its own is no attribution
    text = ("Премьер-министр Казахстана Олжас Бектенов провел переговоры в Минске.\n"
            "«Мы планируем нарастить товарооборот до $2 млрд»\n"
            "– Транзит через Казахстан растет.")
    _, qs = run(text)
    assert all(q.speaker != "Олжас Бектенов" for q in qs)


def test_he_after_a_titled_subject_of_saying_is_that_titled_person():
    people = [("Mukhammedkalyi Abylgaziev", "head_of_government", "KGZ"),
              ("Bakhytzhan Sagintayev", "head_of_government", "KAZ")]
    text = ("Kyrgyz Prime Minister Abylgaziev met Kazakh Prime Minister Sagintayev in Astana. In turn, "
            "the Kazakh prime minister noted that the interaction is developing steadily. "
            "“The treaty is on ratification,” he said.")
    _, qs = run(text, "en", people)
    assert [q.speaker for q in qs] == ["Bakhytzhan Sagintayev"]
    # with no titled subject of saying since the names, "he" is the subject named last
    text = ("Kyrgyz Prime Minister Abylgaziev met Kazakh Prime Minister Sagintayev in Astana. "
            "“The treaty is on ratification,” he said.")
    _, qs = run(text, "en", people)
    assert [q.speaker for q in qs] == ["Mukhammedkalyi Abylgaziev"]


def test_a_quote_after_a_closed_quote_takes_its_own_attribution_and_adding_keeps_the_speaker():
    from accords.pipeline import extract_text
    text = ("President Yoon Suk Yeol of Korea met Saudi Crown Prince Mohammed bin Salman. President Yoon "
            "said, \"Saudi Arabia is our largest partner in the region.\" Crown Prince bin Salman said, "
            "\"Korean companies have greatly contributed to our infrastructure,\" adding, \"I hope to "
            "bolster our cooperation with Korea.\" He said he especially hoped to \"drastically bolster\" "
            "cooperation in energy.")
    speakers = [q.speaker for q in extract_text(text, lang="en").quotes]
    assert speakers[:3] == ["Yoon Suk Yeol", "Mohammed bin Salman", "Mohammed bin Salman"]


def test_a_quote_after_narrative_goes_on_in_the_last_speakers_voice_unless_another_speaks():
    text = ("Премьер-министр Казахстана Олжас Бектенов провел переговоры с Романом Головченко.\n"
            "«Мы обсудили транзит и логистику», — сказал Олжас Бектенов.\n"
            "Стороны также рассмотрели вопросы промышленной кооперации.\n"
            "«Мы и впредь будем наращивать поставки зерна в Беларусь».")
    _, qs = run(text)
    assert [q.speaker for q in qs] == ["Олжас Бектенов", "Олжас Бектенов"]
    # another person who is the subject in between: the quote is nobody's we can name
    text = text.replace("Стороны также рассмотрели", "Головченко также рассмотрел")
    _, qs = run(text)
    assert [q.speaker for q in qs] == ["Олжас Бектенов"]


def test_en_single_quotes_after_a_colon_and_the_sayer_next_to_the_verb():
    from accords.pipeline import extract_text
    text = ("Addressing a joint press conference with President Aliyev of Azerbaijan, President "
            "Recep Tayyip Erdoğan said: 'In 2019, we had a trade volume of nearly $4.5 billion. Our "
            "goal is to increase this amount to $15 billion by 2023.'")
    rec = extract_text(text, lang="en").to_dict()
    assert [(q["speaker"], q["text"][:8]) for q in rec["quotes"]] == [("Recep Tayyip Erdoğan", "In 2019,")]
    assert [(c["actor"], c["modality"]) for c in rec["commitments"]] == [("TUR", "intend")]
    # an apostrophe inside words opens no quote
    rec = extract_text("Erdoğan's visit to Azerbaijan's capital went well, officials said.", lang="en").to_dict()
    assert rec["quotes"] == []


def test_ru_more_verbs_of_saying_after_a_quote():
    from accords.pipeline import extract_text
    text = ("Шавкат Мирзиёев встретился с президентом Таджикистана Эмомали Рахмоном.\n\"Мы можем "
            "довести товарооборот до миллиарда долларов\", - утверждает узбекский лидер Шавкат Мирзиёев.")
    rec = extract_text(text, lang="ru").to_dict()
    assert [q["speaker"] for q in rec["quotes"]] == ["Шавкат Мирзиёев"]
