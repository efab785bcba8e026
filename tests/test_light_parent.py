"""What a process pays before its first document: the parent of a worker pool loads no model
code, language detection is cheap on a normal document, and workers forked after ``prestart``
extract as before."""
from __future__ import annotations

import subprocess
import sys

import pytest

from accords.nlp import lang as lang_mod
from accords.nlp.lang import LOW_ACCURACY_FROM, detect_language

# texts written for this test: one of each language, long enough for the fast mode
RU = ("Министр иностранных дел провел переговоры с послом соседней страны. Стороны обсудили "
      "торговлю, транспорт и энергетику, договорились подготовить визит главы государства "
      "осенью и провести заседание межправительственной комиссии в столице. ") * 2
EN = ("The foreign minister held talks with the ambassador of a neighbouring country. The "
      "sides discussed trade, transport and energy, and agreed to prepare a state visit in "
      "the autumn and to hold a meeting of the intergovernmental commission. ") * 2
KK = ("Сыртқы істер министрі көрші елдің елшісімен келіссөз жүргізді. Тараптар сауда, көлік "
      "және энергетика салаларындағы ынтымақтастықты талқылап, күзде мемлекет басшысының "
      "сапарын дайындауға келісті. ") * 3


def test_the_parent_of_a_pool_imports_no_model_code():
    code = ("import sys, accords, accords.store, accords.pipeline.ingest, accords.cli; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('natasha', 'slovnet', 'navec', 'lingua') or m.startswith('accords.extractors')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_record_reads_back_without_the_extractors_code():
    """What a worker sends its parent: unpickling it must not import the extractors (their
    figures are the record's own ``Figure`` once the consistency check is done)."""
    import pickle

    import accords
    from accords.record import Figure

    rec = accords.extract("Товарооборот Казахстана и Сербии в 2025 году составил 107,7 млн "
                          "долларов, что на 7,6% больше, чем годом ранее.", date="2026-02-01")
    assert rec.figures and all(type(f) is Figure for f in rec.figures)
    assert rec.figures[0].value == 107_700_000 and rec.figures[0].change_pct == 7.6
    data = pickle.dumps(rec)
    assert b"accords.extractors" not in data
    assert pickle.loads(data).to_dict() == rec.to_dict()


def test_the_package_still_extracts_on_first_use():
    import accords

    rec = accords.extract("Президент Казахстана провел переговоры с Президентом Узбекистана.")
    assert {c.code for c in rec.countries} >= {"KAZ", "UZB"}


@pytest.mark.parametrize("text,lang", [(RU, "ru"), (EN, "en"), (KK, "kk")])
def test_a_normal_document_is_detected_in_the_fast_mode(text, lang):
    assert len(text) >= LOW_ACCURACY_FROM
    lang_mod._detector.cache_clear()
    assert detect_language(text) == lang
    assert [args for args in _built()] == [True]


def test_a_short_text_gets_the_accurate_mode():
    lang_mod._detector.cache_clear()
    assert detect_language("Стороны договорились о визите.") == "ru"
    assert detect_language("The sides agreed on a visit.") == "en"
    assert [args for args in _built()] == [False]


def _built() -> list[bool]:
    """Which detectors were built since the cache was cleared (True: the fast one)."""
    info = lang_mod._detector.cache_info()
    built = []
    for low in (True, False):
        before = lang_mod._detector.cache_info().hits
        lang_mod._detector(low)
        if lang_mod._detector.cache_info().hits > before:
            built.append(low)
    assert info.currsize == len(built)
    return built
