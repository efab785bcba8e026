"""Pure parts of tracking: transliteration, status cues, deadlines, figure series, persons."""
from __future__ import annotations

from datetime import date

import pytest

from accords.track.commitments import (StatusError, check_status, deadline_end, is_overdue,
                                       reattach)
from accords.track.cues import CONTRADICTED, DROPPED, FULFILLED, IN_PROGRESS, has_cue, status_cue
from accords.track.figures import series, target_progress
from accords.track.persons import Appearance, resolve, role_periods
from accords.track.translit import skeleton


@pytest.mark.parametrize("ru, en", [("Бектенов", "Bektenov"), ("Токаев", "Tokayev"),
                                    ("Касым-Жомарт", "Kassym-Jomart"), ("Вучич", "Vučić"),
                                    ("Мирзиёев", "Mirziyoyev"), ("Алиев", "Aliyev"),
                                    ("Джурич", "Djuric"), ("Лукашенко", "Lukashenko")])
def test_one_skeleton_for_both_scripts(ru, en):
    assert skeleton(ru) == skeleton(en)


def test_different_names_keep_different_skeletons():
    assert skeleton("Путин") != skeleton("Пушкин")
    assert skeleton("Алиев") != skeleton("Алимов")


@pytest.mark.parametrize("sentence, promise, expected", [
    ("Соглашение было подписано 5 марта.", "", "fulfilled"),
    ("Соглашение будет подписано в марте.", "", None),
    ("The plant will be launched next year.", "", None),
    ("The plant was launched on Monday.", "", "fulfilled"),
    ("Завод так и не был построен.", "", "dropped"),
    ("Проект отложен на неопределенный срок.", "", "dropped"),
    ("Россия приостановила поставки.", "", "contradicted"),
    ("Строительство ведется, завершен первый этап.", "", "in_progress"),
    ("Начато строительство станции.", "договорились начать строительство", "fulfilled"),
    ("Начато строительство станции.", "договорились построить станцию", "in_progress"),
    ("В Астане состоялись переговоры.", "", None),
])
def test_status_cues(sentence, promise, expected):
    cue = status_cue(sentence, promise)
    assert (cue[0] if cue else None) == expected


@pytest.mark.parametrize("sentence", [
    "СОГЛАШЕНИЕ ПОДПИСАНО В МАРТЕ.", "Завод Открыт.", "Проект ОТЛОЖЕН.", "The Plant Was LAUNCHED.",
    "Поставки Приостановлены.", "Переговоры состоялись в Астане.", "Стороны обсудили повестку.",
    "Work Has Begun on the bridge.", "", "İstanbul hosted the talks.",
])
def test_cue_prefilter_agrees_with_the_cues(sentence):
    """The lower-cased one-pass check finds a cue exactly where one of the four finds one."""
    any_of_four = any(rx.search(sentence) for rx in (FULFILLED, IN_PROGRESS, CONTRADICTED, DROPPED))
    assert has_cue(sentence) == any_of_four


def test_deadlines_and_overdue():
    assert deadline_end("2026") == date(2026, 12, 31)
    assert deadline_end("2026-02") == date(2026, 2, 28)
    assert deadline_end("2025-01/2025-08") == date(2025, 8, 31)
    assert deadline_end("2026-05-10") == date(2026, 5, 10)
    assert deadline_end("soon") is None
    today = date(2026, 1, 1)
    assert is_overdue("open", "2025", today) and is_overdue("in_progress", "2025-06", today)
    assert not is_overdue("fulfilled", "2025", today) and not is_overdue("dropped", "2025", today)
    assert not is_overdue("open", "2026", today) and not is_overdue("open", None, today)
    with pytest.raises(StatusError):
        check_status("overdue")
    assert check_status("overdue", allow_overdue=True) == "overdue"


def test_reattach_follows_a_moved_span_of_the_same_actor():
    tracked = [{"id": 1, "actor": "KAZ", "span_start": 100, "span_end": 180},
               {"id": 2, "actor": "SRB", "span_start": 300, "span_end": 360}]
    current = [{"id": 11, "actor": "KAZ", "span_start": 95, "span_end": 180},
               {"id": 12, "actor": "KAZ", "span_start": 300, "span_end": 360}]
    assert reattach(tracked, current) == {1: 11, 2: None}


def _fig(value, period, story, kind="actual", published=date(2025, 2, 1), doc=1):
    return {"metric": "trade_turnover", "kind": kind, "currency": "USD", "period": period,
            "value": value, "story_id": story, "document_id": doc, "published": published}


def test_series_conflicts_and_targets():
    points = series([_fig(4.4e9, "2024", 1), _fig(4.6e9, "2024", 2, doc=2), _fig(4.41e9, "2024", 3, doc=3),
                     _fig(4.5e9, "2023", 4), _fig(10e9, "2030", 5, kind="target",
                                                 published=date(2024, 12, 22), doc=5)])
    p2024 = next(p for p in points if p["period"] == "2024")
    assert len(p2024["sources"]) == 3
    # 4.4 vs 4.6 and 4.41 vs 4.6 differ by more than 1 %; 4.4 vs 4.41 do not
    assert sorted(c["diff_pct"] for c in p2024["conflicts"]) == [4.13, 4.35]
    (target,) = target_progress(points)
    assert target["target"] == 10e9 and [a["period"] for a in target["actuals"]] == ["2023", "2024"]
    assert target["actuals"][1]["progress_pct"] == 44.0


def test_persons_across_scripts_surnames_and_roles():
    apps = [Appearance(1, "Олжас Бектенов", "Руководитель Администрации", "other_official", "KAZ", date(2024, 1, 20)),
            Appearance(2, "Olzhas Bektenov", "Prime Minister", "head_of_government", "KAZ", date(2024, 5, 24)),
            Appearance(2, "Bektenov", None, None, "KAZ", date(2024, 5, 24)),
            Appearance(3, "Бектенов", None, "head_of_government", None, date(2024, 6, 1)),
            Appearance(3, "Абдулла Арипов", "Премьер-министр", "head_of_government", "UZB", date(2024, 6, 1)),
            Appearance(4, "Иванов", None, None, None, date(2024, 6, 1)),
            Appearance(5, "Пётр Иванов", None, None, "RUS", date(2024, 6, 1)),
            Appearance(6, "Сергей Иванов", None, None, "RUS", date(2024, 6, 1))]
    idents = resolve(apps)
    bektenov = next(i for i in idents if any(a.name == "Olzhas Bektenov" for a in i.appearances))
    assert {a.document_id for a in bektenov.appearances} == {1, 2, 3}
    assert bektenov.name == "Олжас Бектенов" and bektenov.latin == "Olzhas Bektenov"
    # a bare surname shared by two people of one country stays apart
    ivanov = [i for i in idents if any(a.name == "Иванов" for a in i.appearances)]
    assert len(ivanov) == 1 and len(ivanov[0].appearances) == 1
    periods = role_periods(bektenov.appearances)
    assert [(p["role_class"], p["from"], p["to"], p["n_documents"]) for p in periods] == [
        ("other_official", "2024-01-20", "2024-01-20", 1),
        ("head_of_government", "2024-05-24", "2024-06-01", 2)]


def test_sentence_vectors_read_natasha_s_copy_of_navec_once_the_models_are_loaded(monkeypatch):
    import numpy as np
    from natasha import NewsEmbedding

    from accords.nlp.document import _models
    from accords.track import text as track_text

    _models()
    sentence = "Стороны открыли прямое авиасообщение и построили новый завод."
    emb = NewsEmbedding()
    own = np.mean([emb[l] for l in track_text.content_lemmas(sentence) if l in emb], axis=0)
    own /= np.linalg.norm(own)

    def no_second_copy():
        raise AssertionError("navec loaded again beside the tagger's copy")

    monkeypatch.setattr(track_text, "_navec", no_second_copy)
    track_text.vector.cache_clear()
    assert np.allclose(track_text.vector(sentence), own, atol=1e-6)


def test_event_clusters_keep_their_ids_across_runs():
    from accords.track.events import stable_ids

    before = {1: {10, 11}, 2: {20}, 3: {30, 31}}
    # 10-11 gained a report, an earlier event (5) appeared, 20 merged into 30-31's event
    now = [{5}, {10, 11, 12}, {20, 30, 31}]
    assert stable_ids(now, before) == [4, 1, 3]
    # a cluster split in two: the larger part keeps the id, the other gets a new one
    assert stable_ids([{30}, {31, 32}], {3: {30, 31, 32}}) == [4, 3]
    assert stable_ids([{1}, {2}], {}) == [1, 2]


def test_tracking_s_own_navec_gives_natasha_s_vectors_without_importing_natasha():
    import subprocess
    import sys

    import numpy as np
    from natasha import NewsEmbedding

    from accords.track import text as track_text

    emb, own = NewsEmbedding(), track_text._navec()
    for word in ("торговля", "завод", "авиасообщение", "казахстан"):
        assert (word in emb) == (word in own)
        if word in emb:
            assert np.array_equal(emb[word], own[word])
    code = ("import sys; from accords.track.text import _navec; _navec()['завод']; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('natasha', 'slovnet')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
