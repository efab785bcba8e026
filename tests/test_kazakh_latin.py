"""Kazakh in Latin letters (the 2018 alphabet of egemen.kz's Latin edition): read through the
Cyrillic rules, spans and names given back in the Latin text. Sentences written for the test."""
from __future__ import annotations

from accords.nlp.kazakh_latin import kazakh_latin_alphabet, to_latin, transliterate
from accords.pipeline import extract_text

TEXT = ("Qazaqstan Premer-Mınıstri Oljas Bektenovti Tájikstan Prezıdenti Emomalı Rahmon qabyldady. "
        "Kezdesýde taraptar saýda-ekonomıkalyq yntymaqtastyqty talqylady. Úkimetter aldyna taýar "
        "aınalymyn $2 mlrd-qa deıin arttyrý mindeti qoıyldy. Qazaqstan tarapy birlesken "
        "jobalardy iske asyrýǵa daıyn.")


def test_the_alphabet_is_told_and_other_latin_texts_are_left_alone():
    assert kazakh_latin_alphabet(TEXT) == "2018"
    assert kazakh_latin_alphabet("President José Núñez of Peru met the Emir of Qatar in Doha; Iraq "
                                 "and Qatar signed deals with Perú and México, said Álvaro Gómez.") is None
    assert kazakh_latin_alphabet("Azərbaycan və Qazaxıstan arasında ticarət dövriyyəsi artıb, "
                                 "Qazaxıstan Prezidenti Qasım-Jomart Toqayev bildirib.") is None
    assert kazakh_latin_alphabet("Oʻzbekiston va Qozogʻiston oʻrtasidagi savdo hajmi oshdi, dedi "
                                 "Qozogʻiston Prezidenti.") is None
    assert kazakh_latin_alphabet("Қазақстан Президенті Тоқаев") is None


def test_words_are_transliterated_and_spans_map_back():
    n = transliterate("Qazaqstannyń shamamen quny $190 mln", "2018")
    assert n.text == "Қазақстанның шамамен құны $190 млн"
    assert n.span(13, 20) == (13, 21)        # "шамамен" is "shamamen" in the Latin text
    assert to_latin("Қасым-Жомарт Тоқаев", "2018") == "Qasym-Jomart Toqaev"


def test_a_kazakh_latin_release_gets_its_record_in_its_own_letters():
    rec = extract_text(TEXT, date="2024-05-01", lang="kk").to_dict()
    assert [c["code"] for c in rec["countries"]] == ["KAZ", "TJK"]
    names = {p["name"]: p for p in rec["persons"]}
    assert set(names) == {"Oljas Bektenov", "Emomalı Rahmon"}
    assert names["Emomalı Rahmon"]["country"] == "TJK"
    assert [(f["metric"], f["kind"], f["value"]) for f in rec["figures"]] == [
        ("trade_turnover", "target", 2e9)]
    for c in rec["commitments"]:
        s, e = c["evidence"]
        assert TEXT[s:e] == c["text"]         # the Latin words, where they stand
    assert ("KAZ", "ready") in [(c["actor"], c["modality"]) for c in rec["commitments"]]
