"""Round 35: what the work sets' errors showed that no convention explains, and a money form real
Central Asian releases write. Every sentence here is written for the test; it fails without its
rule."""
import pytest

from test_round_support import record


@pytest.mark.parametrize("text", [
    "Китай выделит Монголии кредит в 745 млн ам. долларов на строительство дороги.",
    "Китай выделит Монголии кредит в 745 млн.ам.долларов на строительство дороги.",
    "Китай выделит Монголии кредит в 745 млн амер. долларов на строительство дороги.",
])
def test_the_american_dollar_abbreviated_before_a_full_ending_is_usd(text):
    # "ам. долл." was known; "ам. долларов", as Uzbek, Tajik and Mongolian outlets write it, was not
    figures = record(text, "ru").figures
    assert [(f.value, f.currency) for f in figures] == [(745_000_000, "USD")]


# -- commitments ----------------------------------------------------------------------------

from test_round_support import commitments  # noqa: E402


@pytest.mark.parametrize("text, lang", [
    ("Kenya and Japan agreed on a new fund. The fund will invest in small and medium-sized "
     "enterprises.", "en"),
    ("Chile and Peru signed an agreement. This committee will review the progress of the joint "
     "projects every year.", "en"),
])
def test_a_body_the_sides_set_up_acts_for_both(text, lang):
    assert ("JOINT", "commit") in commitments(text, lang)


def test_a_named_body_of_another_is_not_the_sides():
    # guard: "the European Commission" is a third party's body, not the sides' commission
    assert commitments("India and Ghana set up a joint commission. The European Commission will "
                       "monitor trade between the two countries.", "en") == []


@pytest.mark.parametrize("text, want", [
    ("Премьер-министр Молдовы Дорин Речан встретился с президентом Румынии Клаусом Йоханнисом. "
     "По словам Речана, Молдова делает ставку на Румынию в объединении энергосистем.",
     [("MDA", "intend")]),
    ("Министры Узбекистана и Азербайджана провели переговоры. Стороны выразили обоюдную уверенность "
     "в достижении объема взаимной торговли в 2 млрд долларов.", [("JOINT", "intend")]),
])
def test_a_stake_and_confidence_in_reaching_a_goal_are_intentions(text, want):
    assert commitments(text, "ru") == want


@pytest.mark.parametrize("text, want", [
    ("China and Afghanistan held talks in Kabul. China announced on Tuesday that it would provide "
     "$75 million in aid to Afghanistan over the next five years.", "CHN"),
    ("Japan and Bangladesh held talks. The Japanese government said Wednesday it will extend "
     "132.7 billion yen in loans to Bangladesh.", "JPN"),
])
def test_it_after_a_state_that_says_so_is_that_state(text, want):
    assert commitments(text, "en") == [(want, "commit")]


def test_a_future_of_receiving_binds_nobody():
    assert commitments("Pakistan and China held talks. The State Bank of Pakistan will receive a "
                       "15 billion yuan loan from China by Monday.", "en") == []


def test_a_dateline_under_a_headline_is_no_subject():
    # the wire's city opens the line under the headline: "NEW DELHI (Reuters) - France has …"
    text = ("France proposes 1 billion euro credit line for India\n"
            "NEW DELHI (Reuters) - France has proposed to give India a 1 billion euro credit line to "
            "fund urban development projects, Foreign Minister Laurent Fabius said on Tuesday.\n")
    assert commitments(text, "en") == [("FRA", "propose")]


def test_a_target_with_its_amount_between_is_set_by_both():
    assert commitments("India and Indonesia on Saturday set an ambitious $50 billion target for "
                       "bilateral trade over the next six years.", "en") == [("JOINT", "intend")]


def test_a_vision_is_a_goal():
    assert commitments("Turkey and Nigeria held talks. Turkey's trade minister said our vision is to "
                       "double trade with Nigeria in the next five years.", "en") == [("TUR", "intend")]


def test_a_ministry_by_its_abbreviation_acts_for_its_state():
    assert commitments("Россия и Украина обсудили помощь. МЧС России отправит автоколонну с гуманитарной "
                       "помощью на Украину.", "ru") == [("RUS", "commit")]


def test_a_belief_about_what_another_state_will_do_is_no_commitment():
    assert commitments("Новак встретился с министром Индии. Вице-премьер России Александр Новак выразил "
                       "уверенность, что Индия продолжит закупать российскую нефть.", "ru") == []


def test_a_belief_about_ones_own_state_stays():
    # guard: the speaker's own state's future under "уверен, что" is kept
    assert commitments("Путин встретился с Моди. Президент России Владимир Путин выразил уверенность, что "
                        "Россия продолжит поставки нефти в Индию.", "ru") == [("RUS", "commit")]


def test_an_offer_renewed_is_readiness():
    assert commitments("Iran and Iraq held talks. On the second day of the visit, Baghdad repeated its "
                       "offer to mediate between Washington and Tehran.", "en") == [("IRQ", "ready")]


def test_a_subjectless_future_promised_is_the_promisers():
    assert commitments("Замглавы минобороны Индии встретился с послом России. Москва заверила Нью-Дели, "
                       "что поставит оставшиеся батареи С-400 в 2026 году.", "ru") == [("RUS", "commit")]


def test_an_as_aside_after_the_subject_is_no_second_subject():
    assert commitments("Wang Yi met Pakistan's foreign minister. He reaffirmed that China, as Pakistan's "
                       "iron-clad friend, will continue to stand firmly by Pakistan in upholding its "
                       "sovereignty.", "en") == [("CHN", "commit")]


@pytest.mark.parametrize("text, want", [
    ("Замминистра иностранных дел России Евгений Иванов выступил на форуме. «В планах на ближайшие "
     "годы – открытие дипломатических миссий еще в ряде государств Африки», - рассказал Иванов.",
     [("RUS", "intend")]),
    # guard: "в плане" (in terms of) is no plan
    ("Премьер Молдовы встретилась с президентом Румынии. Отношения развиваются в плане энергетики.", []),
])
def test_plans_in_the_plural_are_intentions(text, want):
    assert commitments(text, "ru") == want


def test_a_promise_of_aid_is_a_commitment():
    assert commitments("Iran and Iraq held talks. Iran promised humanitarian aid to Iraq.", "en") == [("IRN", "commit")]


def test_the_sayer_is_the_phrase_right_before_the_verb_of_saying():
    text = ("Turkey and Azerbaijan held talks. Three days after the referendum in Azerbaijan, Turkey's "
            "Foreign Ministry said it will continue to back Baku.")
    assert commitments(text, "en") == [("TUR", "commit")]


def test_counting_on_what_will_happen_is_no_intention_of_ones_own():
    # "рассчитывает, что … будут развиваться": a hope about relations, not "рассчитывает + deed"
    got = commitments("Путин встретился с Вучичем. Кремль рассчитывает, что отношения России и Сербии "
                      "и дальше будут развиваться по восходящей.", "ru")
    assert ("RUS", "intend") not in got


def test_business_pledges_are_no_states():
    assert commitments("The US and Kenya held talks. US companies have pledged $14 billion in new "
                       "investments in Kenya.", "en") == []


def test_a_cue_word_in_quote_marks_is_still_the_cue():
    assert commitments("India and China held talks. Modi, too, expressed his ‘keenness' to work together "
                       "on outstanding issues.", "en") == [("IND", "intend")]
