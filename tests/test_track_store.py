"""Tracking on the store (SQLite and PostgreSQL): follow-up links, editors' decisions with
their audit trail, statuses that survive re-extraction, overdue, events, the CLI."""
from __future__ import annotations

import json
from datetime import date

import pytest

from accords.record import Commitment, Country, Event, Figure, Person, Sector
from accords.store import open_store
from accords.store.export import plover_events
from accords.store.track_edit import NotFound, decide_link, set_commitment_status
from accords.store.track_people import list_events, list_persons, person_timeline
from accords.store.track_read import commitment_detail, list_commitments, pair_summary
from accords.store.track_run import run_track
from accords.track.commitments import StatusError
from test_store_support import cli, db_url, make_record, prepared, rows, span  # noqa: F401

PROMISE = ("Премьер-министр Казахстана Олжас Бектенов провел переговоры с Президентом Сербии "
           "Александром Вучичем в Астане. Казахстан и Сербия договорились открыть прямое "
           "авиасообщение между Астаной и Белградом до конца 2025 года. По итогам 2025 года "
           "товарооборот составил 107,7 млн долларов США.")
COPY_EN = ("Prime Minister of Kazakhstan Olzhas Bektenov held talks with President of Serbia "
           "Aleksandar Vucic in Astana. Kazakhstan and Serbia agreed to open direct flights "
           "between Astana and Belgrade by the end of 2025.")
DONE = ("Первый прямой рейс Астана — Белград выполнен 1 сентября: прямое авиасообщение между "
        "Казахстаном и Сербией открыто.")
OTHER = "В Белграде открыт Дом казахской культуры: посол Казахстана в Сербии принял участие."
CLAUSE = "Казахстан и Сербия договорились открыть прямое авиасообщение между Астаной и Белградом до конца 2025 года."


def _countries(t, *pairs):
    return [Country(code=c, mentions=[span(t, w)]) for c, w in pairs]


def promise_record(text=PROMISE, clause=CLAUSE):
    return make_record(
        text, id="promise", published="2025-03-10", title="Переговоры",
        countries=_countries(text, ("KAZ", "Казахстан"), ("SRB", "Сербии")),
        persons=[Person(name="Олжас Бектенов", role="Премьер-министр", role_class="head_of_government",
                        country="KAZ", mentions=[span(text, "Олжас Бектенов")]),
                 Person(name="Александр Вучич", role="Президент", role_class="head_of_state",
                        country="SRB", mentions=[span(text, "Александром Вучичем")])],
        events=[Event(type="CONSULT", participants=["KAZ", "SRB"], evidence=span(text, "провел переговоры"))],
        sectors=[Sector(id="transport_logistics", evidence=[span(text, "авиасообщение")])],
        figures=[Figure(metric="trade_turnover", kind="actual", value=107_700_000, currency="USD",
                        period="2025", countries=["KAZ", "SRB"], evidence=span(text, "107,7 млн долларов США"))],
        commitments=[Commitment(actor="JOINT", modality="agreed", text=clause, sectors=["transport_logistics"],
                                deadline="2025", evidence=span(text, clause))])


def en_record():
    t = COPY_EN
    clause = "Kazakhstan and Serbia agreed to open direct flights between Astana and Belgrade by the end of 2025."
    return make_record(
        t, id="copy-en", published="2025-03-10", lang="en",
        countries=_countries(t, ("KAZ", "Kazakhstan"), ("SRB", "Serbia")),
        persons=[Person(name="Olzhas Bektenov", role="Prime Minister", role_class="head_of_government",
                        country="KAZ", mentions=[span(t, "Olzhas Bektenov")]),
                 Person(name="Aleksandar Vucic", role="President", role_class="head_of_state",
                        country="SRB", mentions=[span(t, "Aleksandar Vucic")])],
        events=[Event(type="CONSULT", participants=["KAZ", "SRB"], evidence=span(t, "held talks"))],
        figures=[Figure(metric="trade_turnover", kind="actual", value=110_000_000, currency="USD",
                        period="2025", countries=["KAZ", "SRB"], evidence=span(t, "Kazakhstan"))],
        commitments=[Commitment(actor="JOINT", modality="agreed", text=clause, deadline="2025",
                                evidence=span(t, clause))])


def later_record(text, id, published):
    return make_record(text, id=id, published=published,
                       countries=_countries(text, ("KAZ", "Казах"), ("SRB", "Серби")),
                       sectors=[Sector(id="transport_logistics", evidence=[span(text, text.split()[0])])]
                       if "рейс" in text else [])


@pytest.fixture
def tracked(db_url):
    store = open_store(db_url, create=True)
    store.write([prepared(PROMISE, promise_record()), prepared(COPY_EN, en_record()),
                 prepared(DONE, later_record(DONE, "done", "2025-09-02")),
                 prepared(OTHER, later_record(OTHER, "other", "2025-05-01"))])
    run_track(store)
    return store


def _promise(store):
    (c,) = [c for c in list_commitments(store, country="KAZ") if c["document"]["lang"] == "ru"]
    return c


def test_follow_up_suggests_and_editor_decides(tracked):
    store = tracked
    c = _promise(store)
    assert c["status"] == "open" and c["suggested_status"] == "fulfilled"
    detail = commitment_detail(store, c["id"])
    assert [l["text"][:20] for l in detail["links"]] == ["Первый прямой рейс А"]   # not the culture house
    link = detail["links"][0]
    assert link["suggested_status"] == "fulfilled" and link["decision"] is None
    entry = decide_link(store, link["id"], True, "editor-1", "checked the airline's schedule")
    assert (entry["from_status"], entry["to_status"]) == ("open", "fulfilled")
    detail = commitment_detail(store, c["id"])
    assert detail["status"] == "fulfilled" and detail["links"][0]["decision"] == "accepted"
    (audit,) = detail["audit"]
    assert audit["who"] == "editor-1" and audit["note"] == "checked the airline's schedule"
    assert audit["action"] == "accept" and audit["at"]
    set_commitment_status(store, c["id"], "in_progress", "editor-2", "only one flight a week")
    assert [a["to"] for a in commitment_detail(store, c["id"])["audit"]] == ["fulfilled", "in_progress"]
    with pytest.raises(StatusError):
        set_commitment_status(store, c["id"], "done", "editor-2")
    with pytest.raises(StatusError):
        set_commitment_status(store, c["id"], "open", " ")
    with pytest.raises(NotFound):
        decide_link(store, 10_000, True, "x")


def test_statuses_and_decisions_survive_reextraction(tracked):
    store = tracked
    c = _promise(store)
    link = commitment_detail(store, c["id"])["links"][0]
    decide_link(store, link["id"], True, "editor", None)
    # re-extraction rewrites every fact row; the new extractor moves the span a little
    moved = CLAUSE[:-1]   # without the full stop
    doc_id = c["document"]["id"]
    store.replace([(doc_id, promise_record(clause=moved), PROMISE)])
    run_track(store)
    after = commitment_detail(store, c["id"])
    assert after["status"] == "fulfilled" and not after["orphaned"]
    assert after["text"] == moved
    assert [(l["id"], l["decision"]) for l in after["links"]] == [(link["id"], "accepted")]
    fact = rows(store, "SELECT id FROM commitments WHERE document_id = :d", d=doc_id)
    tracked_rows = rows(store, "SELECT commitment_id FROM commitment_tracks WHERE id = :i", i=c["id"])
    assert tracked_rows[0]["commitment_id"] == fact[0]["id"]
    # a commitment the new extractor no longer finds is kept, marked orphaned
    store.replace([(doc_id, promise_record().model_copy(update={"commitments": []}), PROMISE)])
    run_track(store)
    gone = commitment_detail(store, c["id"])
    assert gone["orphaned"] and gone["status"] == "fulfilled"


def test_overdue_and_status_filters(tracked):
    store = tracked
    today = date(2026, 3, 1)
    overdue = list_commitments(store, country="KAZ", status="overdue", today=today)
    assert len(overdue) == 2 and all(c["overdue"] for c in overdue)
    assert list_commitments(store, country="KAZ", status="overdue", today=date(2025, 6, 1)) == []
    c = _promise(store)
    set_commitment_status(store, c["id"], "fulfilled", "editor")
    assert len(list_commitments(store, country="KAZ", status="overdue", today=today)) == 1
    assert [x["id"] for x in list_commitments(store, status="fulfilled")] == [c["id"]]
    assert list_commitments(store, country="UZB") == []


def test_events_persons_and_pair(tracked):
    store = tracked
    (event,) = list_events(store, pair=("SRB", "KAZ"))
    assert event["n_sources"] == 2 and {s["lang"] for s in event["sources"]} == {"ru", "en"}
    plover = list(plover_events(store, with_text=False))
    assert len([e for e in plover if e["event"] == ["CONSULT"]]) == 1
    assert len(plover[0]["sources"]) == 2
    (bektenov,) = list_persons(store, q="Bektenov")
    assert bektenov["name"] == "Олжас Бектенов" and bektenov["country"] == "KAZ"
    tl = person_timeline(store, bektenov["id"])
    assert tl["spellings"] == ["Olzhas Bektenov", "Олжас Бектенов"]
    assert [r["role_class"] for r in tl["roles"]] == ["head_of_government"]
    assert len(tl["appearances"]) == 2
    s = pair_summary(store, "SRB", "KAZ", today=date(2026, 3, 1))
    assert s["pair"] == ["KAZ", "SRB"] and s["counts"]["events"] == 1
    (point,) = s["figures"]["points"]
    assert point["period"] == "2025" and len(point["sources"]) == 2
    (conflict,) = s["figures"]["conflicts"]
    assert conflict["diff_pct"] == 2.09
    assert s["counts"]["commitments"] == 2 and s["counts"]["overdue"] == 2


def test_cli_commitments_review_and_pair(tracked, db_url):
    store = tracked
    c = _promise(store)
    link_id = commitment_detail(store, c["id"])["links"][0]["id"]
    res = cli("commitments", "--db", db_url, "--country", "KAZ", "--json")
    assert res.exit_code == 0 and len(json.loads(res.stdout)) == 2
    res = cli("commitments", "review", "--db", db_url, "--accept", str(link_id), "--note", "seen", "--who", "ed")
    assert res.exit_code == 0 and "open -> fulfilled" in res.stdout
    res = cli("commitments", "--db", db_url, "--status", "fulfilled", "--json")
    assert [x["id"] for x in json.loads(res.stdout)] == [c["id"]]
    res = cli("commitments", "--db", db_url, "--status", "finished")
    assert res.exit_code == 2 and "unknown status" in res.output
    res = cli("commitments", "review", "--db", db_url, "--set", str(c["id"]), "dropped", "--who", "ed")
    assert res.exit_code == 0 and "fulfilled -> dropped" in res.stdout
    res = cli("commitments", "review", "--db", db_url, "--reject", "99999", "--who", "ed")
    assert res.exit_code == 2 and "no such link" in res.output
    res = cli("pair", "KAZ", "SRB", "--db", db_url)
    assert res.exit_code == 0 and "107.7 million USD" in res.stdout and "dropped" in res.stdout
    res = cli("pair", "KAZ", "SRB", "--db", db_url, "--json")
    assert json.loads(res.stdout)["counts"]["by_status"] == {"dropped": 1, "open": 1}
    res = cli("person", "Bektenov", "--db", db_url)
    assert res.exit_code == 0 and "Олжас Бектенов" in res.stdout
    res = cli("track", "--db", db_url)
    assert res.exit_code == 0 and "suggested links" in res.stdout


def test_cli_review_prompts(tracked, db_url):
    from typer.testing import CliRunner

    from accords.cli import app

    res = CliRunner().invoke(app, ["commitments", "review", "--db", db_url, "--who", "ed"],
                             input="a\nchecked\n")
    assert res.exit_code == 0 and "[a]ccept" in res.stdout
    assert "accept by ed: open -> fulfilled" in res.stdout
    c = _promise(tracked)
    assert commitment_detail(tracked, c["id"])["audit"][0]["note"] == "checked"


def test_an_event_keeps_its_id_when_an_earlier_one_is_stored_later(tracked):
    from accords.store.track_people import list_events

    store = tracked
    (talks,) = [e for e in list_events(store) if e["countries"] == ["KAZ", "SRB"]]
    text = ("Президент Казахстана провел переговоры с Президентом Узбекистана в Ташкенте.")
    earlier = make_record(
        text, id="earlier", published="2024-11-02",
        countries=_countries(text, ("KAZ", "Казахстана"), ("UZB", "Узбекистана")),
        events=[Event(type="CONSULT", participants=["KAZ", "UZB"], evidence=span(text, "провел переговоры"))])
    store.write([prepared(text, earlier)])
    run_track(store)
    events = {tuple(e["countries"]): e for e in list_events(store)}
    assert events[("KAZ", "SRB")]["id"] == talks["id"]            # not renumbered
    assert events[("KAZ", "UZB")]["id"] > talks["id"]             # the new one gets a new id
    assert events[("KAZ", "UZB")]["date_from"] < talks["date_from"]
