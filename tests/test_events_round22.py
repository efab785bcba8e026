"""Round 22 of events on real text: talks that concluded, a visit received, a joint press
conference (docs/quality.md, "Round 22"), each with a near miss."""
from __future__ import annotations

from accords.pipeline.extract import extract_text


def events(text: str, lang: str = "en") -> list[str]:
    return sorted(e["type"] for e in extract_text(text, lang=lang).to_dict()["events"])


def test_talks_that_concluded_were_held():
    assert "CONSULT" in events("The third round of trilateral talks between Greece, Cyprus and Egypt "
                               "concluded in Athens on Wednesday.")
    # talks to come are no meeting
    assert "CONSULT" not in events("Trilateral talks between Greece, Cyprus and Egypt will be held in "
                                   "Athens next month.")


def test_a_visit_received_and_a_joint_press_conference_are_meetings():
    assert events("President Joko Widodo delivered three messages when receiving the visit of Chinese "
                  "Foreign Minister Wang Yi at the Presidential Palace.") == ["CONSULT"]
    assert events("Chinese Foreign Minister Wang Yi spoke at a joint press conference with Kazakhstan's "
                  "Foreign Minister in Astana.") == ["CONSULT"]


def test_an_intergovernmental_commission_in_session_is_a_meeting():
    assert events("Вице-премьер Кыргызстана сообщил об этом во время заседания кыргызско-китайской "
                  "межправкомиссии в Бишкеке.", lang="ru") == ["CONSULT"]
    assert events("Вице-премьер Кыргызстана сообщил об этом во время кыргызско-китайской межправкомиссии "
                  "в Бишкеке.", lang="ru") == ["CONSULT"]


def test_a_debt_written_off_is_aid():
    assert events("Россия списала Лаосу $890 миллионов долга.", lang="ru") == ["AID"]
    assert events("Russia wrote off $890 million of Laos's debt.") == ["AID"]
    # a debt only discussed is none
    assert "AID" not in events("Россия и Лаос обсудят долг Лаоса в $890 миллионов.", lang="ru")
