"""Accords runs natasha's three taggers over a whole window (accords/nlp/taggers.py): the
tags, heads, relations and NER spans must be exactly what natasha's own calls give."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from natasha import Doc
from natasha.doc import DocSent

from accords.nlp.document import _models
from accords.nlp.windowed import natasha_doc
from accords.nlp.windows import text_windows

SHARED = Path(__file__).resolve().parents[2] / "shared"
HERE = Path(__file__).resolve().parent

WRITTEN = [
    "Премьер-министр Казахстана Олжас Бектенов встретился с Президентом Сербии "
    "Александром Вучичем. Стороны обсудили торговлю, которая в 2025 году составила "
    "107,7 млн долларов.",
    "Да.",
    "МИД РФ: «Москва готова к диалогу» — заявил С.В. Лавров 12.03.2024 в Женеве!",
    "Итоги\n\nВ Астане прошло заседание межправкомиссии. Подписано 5 документов на $1,2 млрд",
    "... , — ; !",
    "Visit of the Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov в Берлин.",
    # one long sentence and many short ones in the same window
    "Стороны договорились " + ", ".join(f"развивать направление {i}" for i in range(80)) + ". "
    + " ".join(f"Пункт {i}." for i in range(30)),
]


def reference(window: str, sents) -> Doc:
    """natasha's own taggers over the same sentences."""
    m = _models()
    doc = Doc(window)
    doc.segment(m["segmenter"])
    doc.sents = []
    for s in sents:
        cut = DocSent(s.start, s.stop, s.text)
        cut.tokens = [copy.copy(t) for t in s.tokens]
        doc.sents.append(cut)
    doc.tag_morph(m["morph"])
    doc.parse_syntax(m["syntax"])
    doc.tag_ner(m["ner"])
    return doc


def readings(doc):
    tokens = [(t.text, t.start, t.pos, t.feats, t.id, t.head_id, t.rel)
              for s in doc.sents for t in s.tokens]
    spans = [(s.start, s.stop, s.type, s.text, [t.text for t in s.tokens]) for s in doc.spans]
    return tokens, spans


def assert_same(text: str) -> int:
    checked = 0
    for a, b in text_windows(text):
        fast = natasha_doc(text[a:b])
        assert readings(fast) == readings(reference(text[a:b], fast.sents))
        checked += len(fast.tokens)
    return checked


@pytest.mark.parametrize("text", WRITTEN)
def test_written_texts_tag_as_natasha_does(text):
    assert assert_same(text) > 0


def test_every_sentence_gets_a_parse_with_one_root_candidate_set():
    doc = natasha_doc(WRITTEN[0])
    for s in doc.sents:
        ids = {t.id for t in s.tokens}
        for t in s.tokens:
            assert t.head_id.endswith("_0") or t.head_id in ids
            assert t.pos and t.rel


def _russian_texts(path: Path, limit: int) -> list[str]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [d["text"] for d in docs if d.get("lang", "ru") == "ru"][:limit]


def test_real_releases_tag_as_natasha_does():
    texts = _russian_texts(HERE / "real1" / "docs.jsonl", 8)
    if (SHARED / "corpus" / "dev.jsonl").exists():
        texts += _russian_texts(SHARED / "corpus" / "dev.jsonl", 12)
    assert sum(assert_same(t) for t in texts) > 2000
