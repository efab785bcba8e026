"""Fuzzing: any text or bytes in, a record out, and every offset valid against the caller's
text. Bounded examples so the suite stays fast; no timing."""
from __future__ import annotations

import copy
import io
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import accords.pipeline.extract as pipeline_extract
from accords import extract
from accords.ingest import InputError, iter_documents
from accords.nlp.normalise import normalise_text

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SENTENCES = [
    "Президент Казахстана Касым-Жомарт Токаев встретился в Астане с Президентом Сербии "
    "Александром Вучичем.",
    "Товарооборот между странами за 2025 год вырос на 12% и составил 1,5 млрд долларов США.",
    "«Мы готовы расширять сотрудничество в энергетике», — заявил министр иностранных дел.",
    "Стороны договорились построить логистический центр до 2027 года.",
    "Prime Minister of Uzbekistan Abdulla Aripov held talks with the President of Kyrgyzstan.",
    "Ёмкость рынка — 10 000 000 000 000 000 000 000 тенге.",
]
NOISE = ["\r\n", "\ufeff", "\U00017000", "<b>", "</p>", "&nbsp;", "\u0301", "中国", "مصر",
         " " * 7, "\t", "9" * 40, "1e308", "и. " * 20, "\n\n", "\u200b", "😀", "Ǆ", "\x0c"]


def spans_of(record) -> list[tuple[str, tuple[int, int], str | None]]:
    """(where, span, text of the fact or None) for every span of every fact."""
    out = []
    for name in type(record).model_fields:
        facts = getattr(record, name)
        if not isinstance(facts, list):
            continue
        for i, fact in enumerate(facts):
            for m in getattr(fact, "mentions", None) or []:
                out.append((f"{name}[{i}].mentions", tuple(m), None))
            ev = getattr(fact, "evidence", None)
            if isinstance(ev, list):
                out += [(f"{name}[{i}].evidence", tuple(e), None) for e in ev]
            elif ev is not None:
                out.append((f"{name}[{i}].evidence", tuple(ev), getattr(fact, "text", None)))
    return out


def extract_and_check(raw: str) -> None:
    """Extract ``raw``; every span lies in it, and the caller's characters there normalise
    to the normalised text at the span the extractors found."""
    seen = {}
    original = pipeline_extract.spans_to_caller

    def spy(record, norm):
        seen["before"], seen["norm"] = copy.deepcopy(record), norm
        return original(record, norm)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline_extract, "spans_to_caller", spy)
        record = extract(raw)
    norm = seen["norm"]
    before, after = spans_of(seen["before"]), spans_of(record)
    assert [w for w, _, _ in before] == [w for w, _, _ in after]
    for (where, (s, e), _), (_, (a, b), text) in zip(before, after):
        assert 0 <= a <= b <= len(raw), (where, a, b)
        assert normalise_text(raw[a:b]) == norm.text[s:e], (where, raw[a:b], norm.text[s:e])
        if text is not None and normalise_text(text) == norm.text[s:e]:
            assert text == raw[a:b] or norm.identical, where


@FUZZ
@given(st.text(max_size=300))
def test_arbitrary_unicode(text):
    extract_and_check(text)


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(NOISE)), max_size=14),
       st.sampled_from(["NFC", "NFD"]), st.booleans())
def test_press_text_with_noise(parts, form, crlf):
    raw = unicodedata.normalize(form, " ".join(parts))
    if crlf:
        raw = "\ufeff" + raw.replace("\n", "\r\n")
    extract_and_check(raw)


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_through_the_reader(data):
    for doc in iter_documents(["-"], stdin=io.BytesIO(data)):
        if isinstance(doc, InputError):
            assert doc.reason and "\n" not in str(doc)
            continue
        extract_and_check(doc.text)


@pytest.mark.parametrize("raw", [
    "\ufeffПрезидент Казахстана Касым-Жомарт Токаев встретился\r\nс Президентом Сербии "
    "Александром Вучичем в Астане.\r\n\r\n«Мы готовы к сотрудничеству», — заявил Токаев.\r\n",
    unicodedata.normalize("NFD", "Ёмкость рынка Казахстана и России — йогурт, 5 млрд рублей. "
                          "Президент России Владимир Путин встретился с Президентом Казахстана."),
])
def test_windows_and_decomposed_documents_keep_their_facts(raw):
    extract_and_check(raw)
    record = extract(raw)
    assert record.countries and record.persons
    for p in record.persons:
        for a, b in p.mentions:
            assert unicodedata.normalize("NFC", raw[a:b]).replace("\r\n", "\n") \
                in unicodedata.normalize("NFC", raw)


KAZAKH_LATIN = [
    "Qazaqstan Premer-Mınıstri Oljas Bektenovti Tájikstan Prezıdenti Emomalı Rahmon qabyldady.",
    "Úkimetter aldyna taýar aınalymyn $2 mlrd-qa deıin arttyrý mindeti qoıyldy.",
    "Qazaqstan tarapy birlesken jobalardy iske asyrýǵa daıyn.",
    "İstanbul Şymkent ǴŃÓÚÝ ıı yy sh ch",
]


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(KAZAKH_LATIN), st.sampled_from(NOISE)), min_size=1, max_size=10))
def test_kazakh_in_latin_letters_with_noise(parts):
    """Read through Cyrillic and mapped back: every span lies in the caller's text and the
    names come back without Cyrillic letters the text did not have."""
    raw = " ".join(parts)
    record = extract(raw)
    for where, (a, b), text in spans_of(record):
        assert 0 <= a <= b <= len(raw), (where, a, b)
        if text is not None and where.startswith("commitments"):
            assert text == raw[a:b], where
    if not any("\u0400" <= ch <= "\u04ff" for ch in raw):
        assert not any("\u0400" <= ch <= "\u04ff" for p in record.persons for ch in p.name)
