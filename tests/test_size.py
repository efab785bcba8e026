"""Documents of any size: the size limit on every input kind, analysis in windows with
capped sentences, and a failing part of the analysis that does not lose the record."""
from __future__ import annotations

import io
import json

import pytest

import accords.nlp.windowed as windowed
from accords import extract
from accords.ingest import InputError, iter_documents
from accords.nlp import analyze
from accords.nlp.normalise import MAX_TEXT_BYTES, TextTooLarge, check_size
from accords.nlp.windows import MAX_SENTENCE_TOKENS, sentence_segments, text_windows

PARA = ("Президент Казахстана Касым-Жомарт Токаев встретился в Астане с Президентом Сербии "
        "Александром Вучичем. Стороны обсудили торговлю и энергетику.")


def test_windows_tile_the_text_and_cut_after_paragraphs():
    text = "\n".join([PARA] * 400)
    windows = text_windows(text, size=5000)
    assert len(windows) > 1 and windows[0][0] == 0 and windows[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(windows, windows[1:]))
    assert all(stop - start <= 5000 for start, stop in windows)
    assert all(text[stop - 1] == "\n" for _, stop in windows[:-1])


def test_text_without_spaces_is_still_cut():
    windows = text_windows("ж" * 12_000, size=5000)
    assert [b - a for a, b in windows] == [5000, 5000, 2000]


def test_long_sentences_are_cut_into_segments():
    tokens = list(range(1000))
    parts = sentence_segments(tokens, limit=100)
    assert sum(len(p) for p in parts) == 1000 and max(len(p) for p in parts) <= 100


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_blank_line_ends_a_sentence_without_a_full_stop(lang):
    text = ("Премьеры намерены довести товарооборот до $1 млрд\n\n\nВ 2007 году товарооборот "
            "превысил 0,7 млрд долларов.\nОн вырос на 5%.")
    doc = analyze(text, lang=lang)
    assert [s.text for s in doc.sents] == [
        "Премьеры намерены довести товарооборот до $1 млрд",
        "В 2007 году товарооборот превысил 0,7 млрд долларов.", "Он вырос на 5%."]
    # a single line break inside a sentence (a wrapped line) does not end it
    wrapped = analyze("Премьеры намерены довести\nтоварооборот до $1 млрд.", lang=lang)
    assert len(wrapped.sents) == 1


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_first_line_without_a_full_stop_is_a_headline(lang):
    text = ("Товарооборот может быть увеличен до $1 млрд\nХотя товарооборот в 2021 году вырос, "
            "стороны намерены довести его до 1 миллиарда долларов.")
    assert [s.text for s in analyze(text, lang=lang).sents] == [
        "Товарооборот может быть увеличен до $1 млрд",
        "Хотя товарооборот в 2021 году вырос, стороны намерены довести его до 1 миллиарда долларов."]
    # further down, a single break before a capital may be a wrapped line: the sentence stays whole
    wrapped = analyze("Встреча прошла в Минске.\nПремьер встретился с министром иностранных дел\n"
                      "Казахстана.", lang=lang)
    assert len(wrapped.sents) == 2


@pytest.mark.parametrize("text,lang,expected", [
    ("The MoU was signed last August.Both sides need to hold talks.", "en",
     ["The MoU was signed last August.", "Both sides need to hold talks."]),
    ("It happened on November 11.The reception followed.", "en",
     ["It happened on November 11.", "The reception followed."]),
    ("Встреча прошла в 2019 году.Президент отметил рост.", "ru",
     ["Встреча прошла в 2019 году.", "Президент отметил рост."]),
    # a full stop glued to the opening quote of the next sentence
    ("Египет остается ключевым партнером.\"Товарооборот вырос на 10%\", - сообщил посол.", "ru",
     ["Египет остается ключевым партнером.", "\"Товарооборот вырос на 10%\", - сообщил посол."]),
    ("Trade grew fast.“We will double it,” he said.", "en", ["Trade grew fast.", "“We will double it,” he said."]),
    # abbreviations and web addresses stay whole
    ("The U.S.Army visited St.Petersburg, Gazeta.uz reported.", "en",
     ["The U.S.Army visited St.Petersburg, Gazeta.uz reported."]),
])
def test_a_full_stop_glued_to_the_next_sentence_ends_it(text, lang, expected):
    assert [s.text for s in analyze(text, lang=lang).sents] == expected


def test_long_text_is_analysed_in_windows_with_whole_text_offsets(monkeypatch):
    monkeypatch.setattr(windowed, "text_windows", lambda text: text_windows(text, size=2000))
    text = "\n".join([PARA] * 40)
    doc = analyze(text, lang="ru")
    assert all(text[t.start:t.stop] == t.text for t in doc.tokens)
    assert all(text[s.start:s.stop] == s.text for s in doc.sents)
    assert [t.index for t in doc.tokens] == list(range(len(doc.tokens)))
    assert len({t.id for t in doc.tokens}) == len(doc.tokens)   # ids unique across windows
    heads = {t.id for t in doc.tokens}
    assert all(t.head_id in heads or t.head_id.endswith("_0") for t in doc.tokens)
    assert {text[sp.start:sp.stop] for sp in doc.spans} >= {"Касым-Жомарт Токаев", "Сербии"}
    record = extract(text)
    persons = {p.name: p for p in record.persons}
    assert len(persons["Александр Вучич"].mentions) == 40


def test_run_on_line_gets_capped_sentences():
    doc = analyze("и. " * 2000, lang="ru")
    assert doc.tokens and max(len(s.tokens) for s in doc.sents) <= MAX_SENTENCE_TOKENS


def test_odd_code_point_keeps_the_document():
    record = extract("Президент России Владимир Путин встретился с \U00017000 премьером Китая.")
    assert [p.name for p in record.persons] == ["Владимир Путин"]
    assert any("lemmatiser failed" in w for w in record.warnings)


def test_window_on_which_natasha_fails_is_analysed_sentence_by_sentence(monkeypatch):
    real = windowed.tag_window

    def flaky(text):
        if "ОШИБКА" in text:
            raise RuntimeError("tagger broke")
        return real(text)

    monkeypatch.setattr(windowed, "tag_window", flaky)
    text = PARA + " Здесь ОШИБКА анализа. " + PARA
    record = extract(text)
    assert any("analysis failed" in w and "RuntimeError" in w for w in record.warnings)
    assert "Александр Вучич" in {p.name for p in record.persons}
    doc = analyze(text, lang="ru")
    assert "ошибка" in {t.lemma for t in doc.tokens}      # the failing sentence kept its tokens


def test_check_size():
    check_size("а" * 1000)
    with pytest.raises(TextTooLarge, match="too large for one document"):
        check_size("а" * (MAX_TEXT_BYTES // 2 + 1))


def test_extract_refuses_a_text_over_the_limit():
    with pytest.raises(TextTooLarge):
        extract("a" * (MAX_TEXT_BYTES + 1))


def test_jsonl_text_over_the_limit_is_one_error_line(tmp_path):
    p = tmp_path / "big.jsonl"
    with p.open("w") as fh:
        fh.write(json.dumps({"id": "ok", "text": PARA}) + "\n")
        fh.write(json.dumps({"id": "big", "text": "a" * (MAX_TEXT_BYTES + 10)}) + "\n")
        fh.write(json.dumps({"id": "ok2", "text": PARA}) + "\n")
    items = list(iter_documents([str(p)]))
    assert [getattr(i, "id", None) for i in items] == ["ok", None, "ok2"]
    err = items[1]
    assert isinstance(err, InputError) and err.source == f"{p}:2"
    assert "too large" in err.reason and f"{MAX_TEXT_BYTES // 2**20} MB" in err.reason


def test_jsonl_line_over_the_line_limit_is_skipped_without_reading_it_whole(tmp_path, monkeypatch):
    import accords.ingest.jsonl as jsonl
    monkeypatch.setattr(jsonl, "MAX_JSONL_LINE_BYTES", 1000)
    p = tmp_path / "long.jsonl"
    p.write_text(json.dumps({"text": "a" * 5000}) + "\n" + json.dumps({"text": PARA}) + "\n")
    items = list(iter_documents([str(p)]))
    assert isinstance(items[0], InputError) and "line too large" in items[0].reason
    assert items[0].source.endswith(":1") and items[1].text == PARA


def test_stdin_over_the_limit(monkeypatch):
    import accords.ingest.sources as sources
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 100)
    [item] = list(iter_documents(["-"], stdin=io.BytesIO(b"x" * 200)))
    assert isinstance(item, InputError) and "too large" in item.reason


def test_a_text_over_the_limit_is_refused_whole():
    from accords import extract
    from accords.nlp.normalise import TextTooLarge
    with pytest.raises(TextTooLarge, match="too large"):
        extract("Казахстан и Сербия. " * (MAX_TEXT_BYTES // 20 + 1))
