"""The normalised copy of a text and its map back to the caller's text."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings, strategies as st

from accords.nlp.normalise import _LOOKALIKE, normalise, normalise_text
from accords.pipeline import extract_text

_FOLD = str.maketrans(_LOOKALIKE)


def fold(text: str) -> str:
    """Look-alike letters as Cyrillic: a piece cut out of a mixed word is judged alone."""
    return text.translate(_FOLD)

# letters, combining marks, Hangul jamo, CR/LF, BOM, spaces: what makes NFC and newline
# normalisation change lengths
PIECES = st.sampled_from(["a", "e", "и", "й", "\u0301", "\u0308", "\u0306", "\u0327", "\u0323",
                          "\u1100", "\u1161", "\u11a8", "\r", "\n", "\r\n", "\ufeff", " ",
                          "\u212b", "\u0b47", "\u0b3e", "Å", "\U00017000", "ё", "\u03bf", "к"])
TEXTS = st.one_of(st.lists(PIECES, max_size=30).map("".join), st.text(max_size=40))


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.data())
def test_map_back_is_valid_for_every_span(raw, data):
    norm = normalise(raw)
    assert norm.text == normalise_text(raw)
    n = len(norm.text)
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    a, b = norm.span(s, e)
    assert 0 <= a <= b <= len(raw)
    assert fold(norm.text[s:e]) in fold(normalise_text(raw[a:b]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(PIECES, min_size=1, max_size=6).map("".join), max_size=12))
def test_spans_of_whole_pieces_map_exactly(words):
    """A span made of whole words (what tokens are) maps onto exactly the caller's
    characters that normalise to it."""
    raw = " ".join(words)
    norm = normalise(raw)
    pos = 0
    for w in normalise_text(raw).split(" "):
        a, b = norm.span(pos, pos + len(w))
        assert fold(normalise_text(raw[a:b])) == fold(norm.text[pos:pos + len(w)])
        pos += len(w) + 1


def test_windows_file_offsets_index_the_original():
    raw = "\ufeffПервая строка.\r\nВторая строка.\r\nТретья."
    norm = normalise(raw)
    s = norm.text.index("Третья")
    a, b = norm.span(s, s + len("Третья"))
    assert raw[a:b] == "Третья"


def test_decomposed_letters_map_to_whole_letters():
    raw = unicodedata.normalize("NFD", "Сотрудничество и Йемен, ёлка")
    norm = normalise(raw)
    s = norm.text.index("Йемен")
    a, b = norm.span(s, s + 5)
    assert unicodedata.normalize("NFC", raw[a:b]) == "Йемен"
    assert not norm.identical


def test_text_already_normal_maps_to_itself():
    norm = normalise("Обычный текст.\nВторая строка.")
    assert norm.identical and norm.span(3, 9) == (3, 9)


def test_latin_and_greek_look_alikes_inside_russian_words_are_read_as_cyrillic():
    raw = ("Д\u03bfкумент п\u03bfдписан п\u03bf итогам переговоров президента России Владимира "
           "Путина с председателем КНР Си Цзиньпин\u03bfм. Стороны дoговорились о встрече.")
    norm = normalise(raw)
    assert "Документ подписан по итогам" in norm.text and "договорились" in norm.text
    assert len(norm.text) == len(raw)
    rec = extract_text(raw, lang="ru")
    assert {p.name for p in rec.persons} == {"Владимир Путин", "Си Цзиньпин"}
    c = rec.commitments[0]
    assert c.text == raw[c.evidence[0]:c.evidence[1]] and "дoговорились" in c.text   # the caller's letters
    # Latin words and mostly-Latin words are left alone
    assert normalise_text("Apple и Samsung, CEO, iPhone") == "Apple и Samsung, CEO, iPhone"


def test_lone_surrogates_become_replacement_characters_one_for_one():
    # a str decoded with "surrogateescape", or a multibyte letter cut in two, holds lone
    # surrogates: UTF-8 cannot write them, so they must not reach the hash or the record
    from accords.nlp.normalise import normalise, normalise_text
    from accords.pipeline import extract_text
    raw = "Президент Казахстана Токаев \udcd0 провел переговоры с Президентом России Путиным.\udc80"
    assert normalise_text(raw) == raw.replace("\udcd0", "\ufffd").replace("\udc80", "\ufffd")
    assert normalise(raw).span(0, 9) == (0, 9)
    rec = extract_text(raw, lang="ru")
    assert sorted(p.name for p in rec.persons) == ["Путин", "Токаев"]
    rec.model_dump_json()    # writable


def test_brackets_around_an_inserted_given_name_are_read_as_spaces():
    from accords.nlp.normalise import normalise, normalise_text
    text = "министр [Мехмет] Муш, сноска [1] и [Прим. ред.] остаются"
    assert normalise_text(text) == "министр  Мехмет  Муш, сноска [1] и [Прим. ред.] остаются"
    n = normalise(text)
    assert text[slice(*n.span(8, 20))] == "[Мехмет] Муш"     # offsets and the caller's text kept
