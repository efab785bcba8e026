"""The spec's matching rules on hand-made cases (accords/eval/scoring.py)."""
from __future__ import annotations

import pytest

from accords.eval.scoring import score_corpus, score_document, surname_key

TEXT = "Казахстан готов поставлять зерно. Стороны договорились расширить торговлю до 2030 года."


def fig(**kw):
    base = {"metric": "trade_turnover", "kind": "actual", "value": 107_700_000, "currency": "USD",
            "period": "2025", "change_pct": 7.6, "approx": None, "sector": None}
    return {**base, **kw}


def gold(**kw):
    base = {"id": "x", "countries": [], "persons": [], "events": [], "sectors": [], "figures": [],
            "commitments": []}
    return {**base, **kw}


def pred(**kw):
    base = {"countries": [], "persons": [], "events": [], "sectors": [], "figures": [], "commitments": []}
    return {**base, **kw}


def t(ds, name):
    v = ds.tallies[name]
    return v.tp, v.fp, v.fn


def test_countries_events_sectors_are_sets():
    ds = score_document(
        pred(countries=[{"code": "KAZ"}, {"code": "RUS"}],
             events=[{"type": "CONSULT"}, {"type": "CONSULT"}, {"type": "AGREE"}],
             sectors=[{"id": "trade"}]),
        gold(countries=["KAZ", "SRB"], events=["CONSULT"], sectors=["trade", "energy"]), TEXT)
    assert t(ds, "countries") == (1, 1, 1)
    assert t(ds, "events") == (1, 1, 0)          # two CONSULT events are one type
    assert t(ds, "sectors") == (1, 0, 1)


@pytest.mark.parametrize("a,b,same", [
    ("Олжас Бектенов", "Бектенов", True),
    ("Пётр Алёшин", "Петр Алешин", True),        # ё as е
    ("Касым-Жомарт Токаев", "Токаев", True),
    ("Шавкат Мирзиёев", "Мирзиеев", True),
    ("Olzhas Bektenov", "bektenov", True),
    ("Александр Вучич", "Вучича", False),        # an oblique form is another surname
])
def test_persons_match_by_surname(a, b, same):
    assert (surname_key(a) == surname_key(b)) is same


def test_person_attributes_are_scored_only_on_matched_pairs():
    ds = score_document(
        pred(persons=[{"name": "Олжас Бектенов", "role_class": "minister", "country": "KAZ"},
                      {"name": "Иван Иванов", "role_class": "other", "country": None}]),
        gold(persons=[{"name": "Олжас Бектенов", "role_class": "head_of_government", "country": "KAZ"},
                      {"name": "Александр Вучич", "role_class": "head_of_state", "country": "SRB"}]), TEXT)
    assert t(ds, "persons") == (1, 1, 1)
    assert (ds.accuracies["role_class"].right, ds.accuracies["role_class"].total) == (0, 1)
    assert (ds.accuracies["person_country"].right, ds.accuracies["person_country"].total) == (1, 1)


def test_one_prediction_matches_at_most_one_gold():
    ds = score_document(pred(persons=[{"name": "Токаев", "role_class": "other", "country": None}]),
                        gold(persons=[{"name": "Касым-Жомарт Токаев", "role_class": "head_of_state", "country": "KAZ"},
                                      {"name": "Токаев", "role_class": "other", "country": None}]), TEXT)
    assert t(ds, "persons") == (1, 0, 1)
    ds = score_document(pred(figures=[fig()]), gold(figures=[fig(), fig()]), TEXT)
    assert t(ds, "figures") == (1, 0, 1)


@pytest.mark.parametrize("p,matches", [
    (fig(), True),
    (fig(value=107_700_000 * 1.0049), True),       # within 0.5 %
    (fig(value=107_700_000 * 1.0051), False),
    (fig(period="2024"), False),
    (fig(period=None), False),
    (fig(kind="target"), False),
    (fig(metric="exports"), False),
    (fig(currency="EUR"), False),
    (fig(approx="about", sector="energy"), True),   # approx and sector are not matched on
])
def test_figure_matching(p, matches):
    ds = score_document(pred(figures=[p]), gold(figures=[fig()]), TEXT)
    assert t(ds, "figures") == ((1, 0, 0) if matches else (0, 1, 1))


@pytest.mark.parametrize("change,ok", [(7.6, True), (7.64, True), (7.66, False), (None, False), (-7.6, False)])
def test_change_pct_accuracy_within_005(change, ok):
    ds = score_document(pred(figures=[fig(change_pct=change)]), gold(figures=[fig()]), TEXT)
    assert ds.accuracies["change_pct"].right == int(ok) and ds.accuracies["change_pct"].total == 1


def test_change_pct_both_null_is_right():
    ds = score_document(pred(figures=[fig(change_pct=None)]), gold(figures=[fig(change_pct=None)]), TEXT)
    assert ds.accuracies["change_pct"].right == 1


def commitment(actor, start, end, modality="commit"):
    return {"actor": actor, "modality": modality, "text": TEXT[start:end], "evidence": [start, end]}


def test_commitments_match_on_actor_and_half_overlap():
    quote = "Стороны договорились расширить торговлю до 2030 года"
    s = TEXT.index(quote)
    e = s + len(quote)
    g = gold(commitments=[{"actor": "JOINT", "modality": "agreed", "quote": quote}])
    whole = score_document(pred(commitments=[commitment("JOINT", s, e + 1, "agreed")]), g, TEXT)
    assert t(whole, "commitments") == (1, 0, 0) and whole.accuracies["modality"].right == 1
    half = score_document(pred(commitments=[commitment("JOINT", s, s + 8)]), g, TEXT)  # short span inside
    assert t(half, "commitments") == (1, 0, 0) and half.accuracies["modality"].right == 0
    other_actor = score_document(pred(commitments=[commitment("KAZ", s, e)]), g, TEXT)
    assert t(other_actor, "commitments") == (0, 1, 1)
    elsewhere = score_document(pred(commitments=[commitment("JOINT", 0, s - 1)]), g, TEXT)
    assert t(elsewhere, "commitments") == (0, 1, 1)


def test_overlap_below_half_of_the_shorter_span_does_not_match():
    quote = "Стороны договорились"
    s = TEXT.index(quote)
    g = gold(commitments=[{"actor": "JOINT", "modality": "agreed", "quote": quote}])
    # predicted span overlaps the gold by 9 of its 20 characters: less than half of the shorter
    ds = score_document(pred(commitments=[commitment("JOINT", s - 20, s + 9)]), g, TEXT)
    assert t(ds, "commitments") == (0, 1, 1)


def test_micro_averages_and_headline():
    d1 = (pred(countries=[{"code": "KAZ"}]), gold(countries=["KAZ"]), TEXT)
    d2 = (pred(countries=[{"code": "RUS"}]), gold(countries=["KAZ", "SRB"]), TEXT)
    score = score_corpus([d1, d2])
    c = score.tallies["countries"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 2)
    assert c.precision == pytest.approx(0.5) and c.recall == pytest.approx(1 / 3)
    assert c.f1 == pytest.approx(0.4)
    assert score.headline == pytest.approx(0.4 / 6)   # the other five types score 0
