"""Round 22 of persons on real text: the state of an official from the delegation he heads."""
from __future__ import annotations

from accords.pipeline import extract_text


def states(text: str) -> dict:
    rec = extract_text(text, lang="en", date="2024-05-30").to_dict()
    return {p["name"]: p["country"] for p in rec["persons"]}


def test_the_head_of_a_delegation_of_a_state_named_with_of():
    text = ("ISLAMABAD: Kuwait and Pakistan on Thursday agreed to enhance cooperation.\n\n"
            "A high-level delegation of Pakistan, headed by Minister of Investment board, "
            "Privatization and Communications Abdul Aleem Khan represented Pakistan in the Joint "
            "Ministerial Commission meeting.")
    assert states(text)["Abdul Aleem Khan"] == "PAK"
    # the state of a delegation's destination is not the head's
    text = ("Kuwait and Pakistan on Thursday agreed to enhance cooperation.\n\n"
            "A delegation to Pakistan, headed by Kuwaiti Minister of Finance Anwar Al-Mudhaf, "
            "attended the meeting.")
    assert states(text)["Anwar Al-Mudhaf"] == "KWT"


def test_a_kazakh_lead_title_is_named_in_the_next_sentence():
    rec = extract_text("Павлодар облысының әкімі Германияның Қазақстандағы Елшісі Рольф Мафаэльмен "
                       "кездесті. Болат Бақауов неміс инвесторларын Павлодарға жұмыс істеуге шақырды.",
                       lang="kk").to_dict()
    people = {p["name"]: (p["role_class"], p["country"]) for p in rec["persons"]}
    assert people["Болат Бақауов"] == ("regional_head", "KAZ")
    # a next sentence that opens with no name names nobody
    rec = extract_text("Павлодар облысының әкімі Германияның Қазақстандағы Елшісі Рольф Мафаэльмен "
                       "кездесті. Неміс инвесторлары Павлодарға келеді.", lang="kk").to_dict()
    assert [p["name"] for p in rec["persons"]] == ["Рольф Мафаэль"]


def test_a_full_ambassadors_title_after_a_name_and_comma():
    rec = extract_text("Чжан Вэньчуань, Чрезвычайный и Полномочный Посол Китая в Беларуси:\n\n"
                       "«Мы будем отстаивать этот курс».", lang="ru").to_dict()
    assert [(p["name"], p["role_class"], p["country"]) for p in rec["persons"]] == [
        ("Чжан Вэньчуань", "ambassador", "CHN")]
    assert [(c["actor"], c["modality"]) for c in rec["commitments"]] == [("CHN", "commit")]


def test_well_known_office_holders_named_without_a_state():
    rec = extract_text("Вьетнам и Россия: Нгуен Фу Чонг принял делегацию. Вэнь Цзябао встретился с "
                       "Владимиром Путиным.", lang="ru", date="2010-05-01").to_dict()
    got = {p["name"]: p["country"] for p in rec["persons"]}
    assert got.get("Вэнь Цзябао") == "CHN" and got.get("Владимир Путин") == "RUS"
    rec = extract_text("Sultan Hassanal Bolkiah received Malaysian Prime Minister Anwar Ibrahim.",
                       lang="en", date="2024-05-01").to_dict()
    assert {p["name"]: p["country"] for p in rec["persons"]}.get("Hassanal Bolkiah") == "BRN"
