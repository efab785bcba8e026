"""Round 16 of commitments on real text: written sentences in the shapes fresh public
releases use (docs/quality.md, "Round 16"), each with a near miss that must stay out."""
from __future__ import annotations

from accords.pipeline import extract_text


def commitments(text: str, lang: str = "en", date: str | None = None) -> list[tuple[str, str]]:
    rec = extract_text(text, lang=lang, date=date).to_dict()
    return [(c["actor"], c["modality"]) for c in rec["commitments"]]


LEAD = "The prime ministers of Uzbekistan and Tajikistan met in Tashkent. "


def test_an_agreement_reached_with_nobody_named_binds_both_sides():
    for said in ("Agreements were reached on joint preparation for the implementation of a "
                 "number of investment projects.",
                 "An agreement was reached to launch a joint venture in agricultural engineering.",
                 "Agreement has been reached on establishing a joint transport commission."):
        assert commitments(LEAD + said) == [("JOINT", "agreed")], said
    # "reached on" a day says when, not what
    assert commitments(LEAD + "The agreement was reached on Tuesday during a joint briefing.") == []


CALL = "ISLAMABAD: US Ambassador Donald Blome called on Commerce Minister Jam Kamal Khan. "


def test_a_call_on_a_minister_and_what_was_discussed_is_no_request():
    said = ("ISLAMABAD: US Ambassador Donald Blome called on Federal Minister for Commerce Jam "
            "Kamal Khan and discussed ways to strengthen trade.")
    assert commitments(said) == []
    asked = ("Chinese President Xi Jinping met Pakistani Prime Minister Shehbaz Sharif. Xi called "
             "on Pakistan to protect Chinese workers.")
    assert commitments(asked) == [("CHN", "request")]


def test_a_bare_title_and_the_other_sides_named_title_are_both_sides():
    for said in ("The minister and the US Ambassador expressed their determination to sustain "
                 "the momentum of trade.",
                 "The meeting concluded with the minister and the US Ambassador expressing their "
                 "determination to sustain the momentum of trade."):
        assert commitments(CALL + said) == [("JOINT", "intend")], said
    # both titles of one side: that side alone
    said = "The ambassador and the US trade representative expressed their determination to sustain trade."
    assert commitments(CALL + said) == [("USA", "intend")]


RU = "Министр иностранных дел России Сергей Лавров встретился с главой МИД Турции Хаканом Фиданом. "


def test_russian_agreed_impersonally_spoke_in_favour_and_a_shared_mood_confirmed():
    cases = [
        ("Стороны обменялись мнениями. Условлено сообща противодействовать общим вызовам.",
         [("JOINT", "agreed")]),
        ("Лавров и Фидан высказались за дальнейшее содействие урегулированию конфликтов.",
         [("JOINT", "propose")]),
        ("Подтвержден обоюдный настрой на наращивание связей в торгово-экономической сфере.",
         [("JOINT", "intend")]),
    ]
    for said, expected in cases:
        assert commitments(RU + said, lang="ru") == expected, said
    assert commitments(RU + "Министры высказались о ситуации в регионе.", lang="ru") == []


def test_a_things_role_is_no_commitment_and_support_for_measures_is_a_proposal():
    lead = "Президент России Владимир Путин провел переговоры с председателем КНР Си Цзиньпином. "
    assert commitments(lead + "Российско-китайский фонд будет играть важную роль в финансировании "
                       "этих проектов.", lang="ru") == []
    assert commitments(lead + "Стороны высказались в поддержку мер по совершенствованию механизма "
                       "регулярных встреч глав правительств.", lang="ru") == [("JOINT", "propose")]


UZ = ("Uzbek President Shavkat Mirziyoyev held talks with Russian leader Vladimir Putin. "
      "\"We have a very vast agenda. ")


def test_an_agenda_and_a_frame_of_speech_commit_no_one():
    said = "\" the Uzbek president said."
    assert commitments(UZ + "We will touch upon all issues." + said) == []
    assert commitments(UZ + "I have to say that the roadmap is indeed being implemented." + said) == []
    assert commitments(UZ + "We have to increase trade to $20 billion." + said) == [("UZB", "commit")]


def test_a_call_on_the_neighbouring_country_is_a_request_to_the_other_side():
    lead = "Президент Белоруссии Александр Лукашенко встретился с Владимиром Путиным. "
    assert commitments(lead + "Он призвал соседнюю страну производить больше оборудования.",
                       lang="ru") == [("BLR", "request")]
    assert commitments(lead + "Он призвал белорусскую сторону производить больше оборудования.",
                       lang="ru") == []
